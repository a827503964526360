"""Export a trained run to models/noteguard-phi-ner/ in the Hugging Face layout that
transformers.js loads: config.json (model_type "bert", id2label, label2id), tokenizer.json,
tokenizer_config.json, vocab.txt, onnx/model.onnx (inputs input_ids, attention_mask,
token_type_ids as int64 with dynamic batch and sequence axes; output logits).

--weights fp16 stores every large weight matrix as fp16 with a Cast to fp32 in front (folded by
ONNX Runtime at load). --weights int8 multiplies in integers (DynamicQuantizeMatMul, see
compress_weights). evaluate.py --weights W computes what the export computes.

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


# Weight levels either side of zero. Seven bits, not eight: x86 CPUs without VNNI (onnxruntime-node
# on this machine) multiply uint8 activations by int8 weights with VPMADDUBSW, whose 16-bit pair
# sums saturate above 255 x 64 x 2; with 63 levels they cannot, so Node computes exactly what the
# browser's WebAssembly kernel does (measured: logits within 0.04, against 0.8 with 127 levels).
INT8_WEIGHT_LEVELS = 63


def _quantize_columns(w: np.ndarray):
    """Symmetric int8 per output column of a [in, out] matrix: q * scale ~ w."""
    scale = np.abs(w).max(axis=0) / INT8_WEIGHT_LEVELS
    scale = np.where(scale == 0, 1.0, scale).astype(np.float32)
    q = np.clip(np.round(w / scale), -INT8_WEIGHT_LEVELS, INT8_WEIGHT_LEVELS).astype(np.int8)
    return q, scale


def _quantize_activation(x: torch.Tensor) -> torch.Tensor:
    """What ONNX DynamicQuantizeLinear does to a MatMul input (uint8, one scale per tensor), undone."""
    lo, hi = min(float(x.min()), 0.0), max(float(x.max()), 0.0)
    scale = (hi - lo) / 255 or 1.0
    zero = float(np.clip(np.round(-lo / scale), 0, 255))
    return (torch.clamp(torch.round(x / scale) + zero, 0, 255) - zero) * scale


def _is_compressed(p: torch.Tensor) -> bool:
    return p.dim() == 2 and p.numel() >= QUANT_MIN_ELEMENTS


def fake_int8_(model: torch.nn.Module):
    """Makes the PyTorch model compute what the int8 export computes: 7-bit weights per output
    channel in every large Linear, its input quantized to uint8 on each call, fp16 embeddings."""
    fake_fp16_(model)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.Linear) and _is_compressed(m.weight):
                q, s = _quantize_columns(m.weight.detach().numpy().T)
                m.weight.copy_(torch.from_numpy((q.astype(np.float32) * s).T))
                m.register_forward_pre_hook(lambda _, args: (_quantize_activation(args[0]),))


def compress_weights(model_proto: onnx.ModelProto, weights: str) -> onnx.ModelProto:
    """fp16: every large weight matrix stored as fp16 with a Cast back to fp32 in front, which ONNX
    Runtime folds when the session is created, so the arithmetic stays fp32.
    int8: every large MatMul weight (torch exports a Linear as MatMul with an [in, out] matrix)
    becomes int8 for com.microsoft DynamicQuantizeMatMul, which quantizes the input to uint8 as it
    runs and multiplies in integers: in WebAssembly 1.4x faster than fp32 for the whole model. The
    embedding tables stay fp16 with a Cast."""
    g = model_proto.graph
    consumers: dict[str, list] = {}
    for node in g.node:
        for i, name in enumerate(node.input):
            consumers.setdefault(name, []).append((node, i))
    replaced: dict[int, onnx.NodeProto] = {}
    new_inits, cast_nodes = [], []
    for init in list(g.initializer):
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.ndim != 2 or w.size < QUANT_MIN_ELEMENTS:
            new_inits.append(init)
            continue
        uses = consumers.get(init.name, [])
        if weights == "int8" and uses and all(n.op_type == "MatMul" and i == 1 for n, i in uses):
            q, s = _quantize_columns(w)
            names = [init.name + "_int8", init.name + "_scale", init.name + "_zero"]
            new_inits += [numpy_helper.from_array(q, names[0]), numpy_helper.from_array(s, names[1]),
                          numpy_helper.from_array(np.zeros_like(q[0]), names[2])]
            for n, _ in uses:
                replaced[id(n)] = helper.make_node("DynamicQuantizeMatMul", [n.input[0], *names],
                                                   list(n.output), name=n.name + "_int8",
                                                   domain="com.microsoft")
            continue
        hname = init.name + "_fp16"
        new_inits.append(numpy_helper.from_array(w.astype(np.float16), hname))
        cast_nodes.append(helper.make_node("Cast", [hname], [init.name], name=init.name + "_cast",
                                           to=TensorProto.FLOAT))
    nodes = [replaced.get(id(n), n) for n in g.node]
    del g.initializer[:]
    g.initializer.extend(new_inits)
    del g.node[:]
    g.node.extend(cast_nodes + nodes)
    if replaced:
        model_proto.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    return model_proto


def fake_fp16_(model: torch.nn.Module):
    with torch.no_grad():
        for _, p in model.named_parameters():
            if _is_compressed(p):
                p.copy_(p.half().float())


def round_weights_(model: torch.nn.Module, weights: str):
    """Makes the model compute what the export computes, so that evaluation scores the shipped model."""
    if weights == "int8":
        fake_int8_(model)
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
    if weights != "fp32":
        proto = compress_weights(proto, weights)
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
        "hidden_act": cfg.hidden_act,
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
