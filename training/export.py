"""Export a trained run to models/noteguard-phi-ner/ in the Hugging Face layout that
transformers.js loads: config.json (model_type "bert", id2label, label2id), tokenizer.json,
tokenizer_config.json, vocab.txt, onnx/model.onnx (inputs input_ids, attention_mask,
token_type_ids as int64 with dynamic batch and sequence axes; output logits).

--weights fp16 stores every large weight matrix as fp16 with a Cast to fp32 in front (folded by
ONNX Runtime at load). --weights int8 stores every large weight matrix as int8 with one fp32 scale per output channel
and a DequantizeLinear node in front (weight-only quantisation: the arithmetic stays fp32).
evaluate.py --quantized scores exactly those rounded weights.

usage: python3 training/export.py --run-dir training/runs/real --tokenizer DIR --out models/noteguard-phi-ner
"""
from __future__ import annotations

import argparse
import json
import os
import shutil

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

from evaluate import OVERLAP, WINDOW, load_model
from model import BIO_LABELS

OPSET = 14
QUANT_MIN_ELEMENTS = 4096


class Wrapper(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.model(input_ids, attention_mask, token_type_ids)


def _quant_axis(model_param_name: str) -> int:
    # nn.Linear weights are [out, in]; embeddings are [rows, dim]: scale per row in both cases.
    return 0


def fake_quantize_(model: torch.nn.Module):
    """Rounds weights in place to what the int8 export stores (per-row symmetric int8)."""
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.dim() == 2 and p.numel() >= QUANT_MIN_ELEMENTS:
                q, s = _quantize(p.detach().numpy())
                p.copy_(torch.from_numpy(q.astype(np.float32) * s[:, None]))


def _quantize(w: np.ndarray):
    scale = np.abs(w).max(axis=1) / 127.0
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale


def quantize_onnx(model_proto: onnx.ModelProto) -> onnx.ModelProto:
    """Weight-only int8: replace big fp32 initializers by int8 + per-channel scale + DequantizeLinear.
    torch exports a Linear weight either as a [out, in] initializer consumed by Gemm (transB=1) or
    as a transposed [in, out] initializer consumed by MatMul; the scale axis follows the output."""
    g = model_proto.graph
    consumers: dict[str, list] = {}
    for node in g.node:
        for i, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, i))
    new_inits = []
    new_nodes = []
    for init in list(g.initializer):
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < QUANT_MIN_ELEMENTS:
            new_inits.append(init)
            continue
        uses = consumers.get(init.name, [])
        axis = 0
        if any(n.op_type == "MatMul" and i == 1 for n, i in uses):
            axis = 1  # [in, out]
        elif any(n.op_type == "Gemm" and i == 1 and not any(a.name == "transB" and a.i == 1
                                                            for a in n.attribute) for n, i in uses):
            axis = 1
        wm = w if axis == 0 else w.T
        q, s = _quantize(wm)
        if axis == 1:
            q = np.ascontiguousarray(q.T)
        qname, sname, zname = init.name + "_q", init.name + "_scale", init.name + "_zp"
        new_inits.append(numpy_helper.from_array(q, qname))
        new_inits.append(numpy_helper.from_array(s, sname))
        new_inits.append(numpy_helper.from_array(np.zeros(len(s), dtype=np.int8), zname))
        new_nodes.append(helper.make_node("DequantizeLinear", [qname, sname, zname], [init.name],
                                          name=init.name + "_dq", axis=axis))
    del g.initializer[:]
    g.initializer.extend(new_inits)
    nodes = list(g.node)
    del g.node[:]
    g.node.extend(new_nodes + nodes)
    return model_proto


def fp16_onnx(model_proto: onnx.ModelProto) -> onnx.ModelProto:
    """Weight-only fp16: big fp32 initializers stored as fp16 with a Cast back to fp32 in front.
    ONNX Runtime folds the Casts when the session is created, so inference runs fp32 at no cost."""
    g = model_proto.graph
    new_inits, new_nodes = [], []
    for init in list(g.initializer):
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < QUANT_MIN_ELEMENTS:
            new_inits.append(init)
            continue
        hname = init.name + "_fp16"
        new_inits.append(numpy_helper.from_array(w.astype(np.float16), hname))
        new_nodes.append(helper.make_node("Cast", [hname], [init.name], name=init.name + "_cast",
                                          to=TensorProto.FLOAT))
    del g.initializer[:]
    g.initializer.extend(new_inits)
    nodes = list(g.node)
    del g.node[:]
    g.node.extend(new_nodes + nodes)
    return model_proto


def fake_fp16_(model: torch.nn.Module):
    with torch.no_grad():
        for _, p in model.named_parameters():
            if p.dim() == 2 and p.numel() >= QUANT_MIN_ELEMENTS:
                p.copy_(p.half().float())


def round_weights_(model: torch.nn.Module, weights: str):
    """Rounds weights in place to what the export stores, so evaluation scores the shipped model."""
    if weights == "int8":
        fake_quantize_(model)
    elif weights == "fp16":
        fake_fp16_(model)


def export(run_dir: str, tokenizer_dir: str, out: str, weights: str, checkpoint: str = "best.pt"):
    model, state = load_model(run_dir, checkpoint)
    model.eval()
    cfg = model.cfg
    os.makedirs(os.path.join(out, "onnx"), exist_ok=True)
    onnx_path = os.path.join(out, "onnx", "model.onnx")
    ids = torch.tensor([[2, 10, 11, 12, 3], [2, 13, 14, 3, 0]], dtype=torch.long)
    am = (ids != 0).long()
    tt = torch.zeros_like(ids)
    torch.onnx.export(Wrapper(model), (ids, am, tt), onnx_path, opset_version=OPSET,
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch_size", 1: "sequence_length"},
                                    "attention_mask": {0: "batch_size", 1: "sequence_length"},
                                    "token_type_ids": {0: "batch_size", 1: "sequence_length"},
                                    "logits": {0: "batch_size", 1: "sequence_length"}},
                      do_constant_folding=True)
    proto = onnx.load(onnx_path)
    if weights == "int8":
        proto = quantize_onnx(proto)
    elif weights == "fp16":
        proto = fp16_onnx(proto)
    onnx.checker.check_model(proto)
    onnx.save(proto, onnx_path)

    id2label = {str(i): l for i, l in enumerate(BIO_LABELS)}
    config = {
        "architectures": ["BertForTokenClassification"],
        "model_type": "bert",
        "vocab_size": cfg.vocab_size,
        "hidden_size": cfg.hidden_size,
        "num_hidden_layers": cfg.num_hidden_layers,
        "num_attention_heads": cfg.num_attention_heads,
        "intermediate_size": cfg.intermediate_size,
        "hidden_act": "gelu",
        "max_position_embeddings": cfg.max_position_embeddings,
        "type_vocab_size": cfg.type_vocab_size,
        "layer_norm_eps": cfg.layer_norm_eps,
        "pad_token_id": 0,
        "id2label": id2label,
        "label2id": {l: i for i, l in enumerate(BIO_LABELS)},
        "noteguard": {
            "entity_threshold": float(state.get("threshold", 0.5)),
            "window_tokens": WINDOW,
            "window_overlap": OVERLAP,
            "weights": weights,
            "pre_layer_norm": True,
            "trained_steps": int(state.get("step", 0)),
        },
    }
    with open(os.path.join(out, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(os.path.join(tokenizer_dir, name), os.path.join(out, name))
    # golden logits for the Node parity test
    return onnx_path


def write_golden(run_dir: str, out_json: str, texts: list[str], weights: str):
    """Logits from PyTorch for a few texts, to check the ONNX model in Node gives the same."""
    from textnorm import WordPiece
    model, _ = load_model(run_dir)
    round_weights_(model, weights)
    model.eval()
    wp = WordPiece.load(os.path.join(run_dir, "vocab.txt"))
    rows = []
    with torch.no_grad():
        for t in texts:
            ids, _, _ = wp.encode(t)
            seq = [wp.cls_id] + ids[:254] + [wp.sep_id]
            x = torch.tensor([seq])
            logits = model(x, torch.ones_like(x), torch.zeros_like(x))[0]
            rows.append({"text": t, "ids": seq, "argmax": logits.argmax(-1).tolist(),
                         "logits_first": [round(v, 4) for v in logits[1].tolist()]})
    with open(out_json, "w") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run-dir", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--weights", choices=["fp32", "fp16", "int8"], default="fp32")
    ap.add_argument("--checkpoint", default="best.pt")
    args = ap.parse_args()
    path = export(args.run_dir, args.tokenizer, args.out, args.weights, args.checkpoint)
    write_golden(args.run_dir, os.path.join(args.run_dir, "golden-logits.json"),
                 ["She was seen with her daughter Maria today.",
                  "Spoke with Okonkwo about the results.",
                  "transferred from Calvert Memorial"], args.weights)
    print(f"exported {path} ({os.path.getsize(path) / 1e6:.2f} MB, weights {args.weights})")


if __name__ == "__main__":
    main()
