"""A small BERT-style token classifier, written out so that it exports to plain ONNX ops
(Gather, MatMul, Softmax, LayerNormalization-free arithmetic) that onnxruntime-web runs.

Pre-LayerNorm encoder blocks (more stable than BERT's post-LN when training from scratch with a
high learning rate), learned position embeddings, GELU or ReLU, a linear classification head.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, asdict

import torch
import torch.nn as nn
import torch.nn.functional as F

PHI_LABELS = ["NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ADDRESS", "ORGANIZATION", "ID"]
BIO_LABELS = ["O"] + [f"{p}-{l}" for l in PHI_LABELS for p in ("B", "I")]


@dataclass
class ModelConfig:
    vocab_size: int = 8192
    hidden_size: int = 256
    num_hidden_layers: int = 4
    num_attention_heads: int = 4
    intermediate_size: int = 1024
    hidden_act: str = "gelu"
    max_position_embeddings: int = 256
    type_vocab_size: int = 2
    hidden_dropout_prob: float = 0.1
    attention_probs_dropout_prob: float = 0.1
    layer_norm_eps: float = 1e-12
    num_labels: int = len(BIO_LABELS)

    def to_dict(self):
        return asdict(self)


# ReLU costs next to nothing in onnxruntime-web, where GELU's erf was a seventh of a check's model
# time (BiasGelu, 6 of 43 ms for a 3,000-character note on one WebAssembly thread).
ACTIVATIONS = {"gelu": F.gelu, "relu": F.relu}


class LayerNorm(nn.Module):
    """Exported written out by hand: torch 1.13 exports layer_norm as LayerNormalization only from
    opset 17; these elementwise ops work at any opset."""

    def __init__(self, dim: int, eps: float):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.bias = nn.Parameter(torch.zeros(dim))
        self.eps = eps

    def forward(self, x):
        if not torch.onnx.is_in_onnx_export():
            # the fused kernel: same arithmetic, 2x faster training on CPU (measured)
            return F.layer_norm(x, (x.shape[-1],), self.weight, self.bias, self.eps)
        mean = x.mean(-1, keepdim=True)
        var = (x - mean).pow(2).mean(-1, keepdim=True)
        return (x - mean) / torch.sqrt(var + self.eps) * self.weight + self.bias


class Block(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        h = cfg.hidden_size
        self.heads = cfg.num_attention_heads
        self.head_dim = h // cfg.num_attention_heads
        self.ln1 = LayerNorm(h, cfg.layer_norm_eps)
        self.qkv = nn.Linear(h, 3 * h)
        self.out = nn.Linear(h, h)
        self.ln2 = LayerNorm(h, cfg.layer_norm_eps)
        self.ff1 = nn.Linear(h, cfg.intermediate_size)
        self.ff2 = nn.Linear(cfg.intermediate_size, h)
        self.act = ACTIVATIONS[cfg.hidden_act]
        self.drop = nn.Dropout(cfg.hidden_dropout_prob)
        self.attn_drop = nn.Dropout(cfg.attention_probs_dropout_prob)

    def forward(self, x, mask_add):
        b, t, h = x.shape
        y = self.ln1(x)
        q, k, v = self.qkv(y).split(h, dim=-1)
        q = q.view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = k.view(b, t, self.heads, self.head_dim).transpose(1, 2)
        v = v.view(b, t, self.heads, self.head_dim).transpose(1, 2)
        att = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(self.head_dim)) + mask_add
        att = self.attn_drop(torch.softmax(att, dim=-1))
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, t, h)
        x = x + self.drop(self.out(y))
        y = self.ff2(self.act(self.ff1(self.ln2(x))))
        return x + self.drop(y)


class TokenClassifier(nn.Module):
    def __init__(self, cfg: ModelConfig):
        super().__init__()
        self.cfg = cfg
        h = cfg.hidden_size
        self.word = nn.Embedding(cfg.vocab_size, h)
        self.pos = nn.Embedding(cfg.max_position_embeddings, h)
        self.type_emb = nn.Embedding(cfg.type_vocab_size, h)
        self.ln_emb = LayerNorm(h, cfg.layer_norm_eps)
        self.drop = nn.Dropout(cfg.hidden_dropout_prob)
        self.blocks = nn.ModuleList([Block(cfg) for _ in range(cfg.num_hidden_layers)])
        self.ln_out = LayerNorm(h, cfg.layer_norm_eps)
        self.head = nn.Linear(h, cfg.num_labels)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, input_ids, attention_mask, token_type_ids):
        t = input_ids.shape[1]
        pos = torch.arange(t, device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.pos(pos) + self.type_emb(token_type_ids)
        x = self.drop(self.ln_emb(x))
        mask_add = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for blk in self.blocks:
            x = blk(x, mask_add)
        return self.head(self.ln_out(x))


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
