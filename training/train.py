"""Train the NoteGuard NER token classifier from scratch on the synthetic notes.

Resumable: a checkpoint (last.pt) is written every --ckpt-minutes to --run-dir; running the same
command again continues from it. The best dev checkpoint (label-agnostic token F2 at its tuned
entity threshold) is kept as best.pt. Progress lines go to stdout and to RUN_DIR/train.log.

usage: python3 training/train.py --data training/data --tokenizer DIR --run-dir training/runs/real --steps 3000
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

from data import encode_note, read_jsonl, windows
from evaluate import best_threshold, metrics, predict_probs
from model import BIO_LABELS, ModelConfig, TokenClassifier, count_parameters
from textnorm import WordPiece

# Capacity goes to what rules cannot find (MODEL-NOTES): names, places, organisations weigh more.
LABEL_WEIGHT = {"O": 1.0, "NAME": 3.0, "ADDRESS": 3.0, "ORGANIZATION": 3.0}
OTHER_ENTITY_WEIGHT = 2.0


def class_weights() -> torch.Tensor:
    w = []
    for l in BIO_LABELS:
        t = l if l == "O" else l[2:]
        w.append(LABEL_WEIGHT.get(t, OTHER_ENTITY_WEIGHT))
    return torch.tensor(w)


def make_windows(encoded, size: int, overlap: int):
    out = []
    for en in encoded:
        for s, e in windows(len(en.ids), size, overlap):
            if e > s:
                out.append((en.ids[s:e], en.labels[s:e]))
    return out


def make_batches(wins, batch_tokens: int, max_seqs: int, rng: random.Random):
    order = sorted(range(len(wins)), key=lambda i: (len(wins[i][0]), rng.random()))
    batches = []
    cur = []
    cur_max = 0
    for i in order:
        n = len(wins[i][0]) + 2
        m = max(cur_max, n)
        if cur and (m * (len(cur) + 1) > batch_tokens or len(cur) >= max_seqs):
            batches.append(cur)
            cur, m = [], n
        cur.append(i)
        cur_max = m
    if cur:
        batches.append(cur)
    rng.shuffle(batches)
    return batches


def collate(wins, idx, wp: WordPiece):
    t = max(len(wins[i][0]) for i in idx) + 2
    ids = torch.full((len(idx), t), wp.pad_id, dtype=torch.long)
    am = torch.zeros((len(idx), t), dtype=torch.long)
    y = torch.full((len(idx), t), -100, dtype=torch.long)
    real = 0
    for r, i in enumerate(idx):
        tok, lab = wins[i]
        n = len(tok)
        ids[r, :n + 2] = torch.tensor([wp.cls_id] + tok + [wp.sep_id])
        am[r, :n + 2] = 1
        y[r, 1:n + 1] = torch.tensor(lab)
        real += n + 2
    return ids, am, y, real


def lr_at(step: int, total: int, base: float, warmup: int, time_progress: float = 0.0) -> float:
    """Linear warm-up, then cosine decay to 5% of base. Progress is by steps, or by the time budget
    when that runs out first, so a run stopped by the clock still ends with a low learning rate."""
    if step < warmup:
        return base * (step + 1) / warmup
    p = min(1.0, max((step - warmup) / max(1, total - warmup), time_progress))
    return base * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * p)))


class Log:
    def __init__(self, path: str):
        self.f = open(path, "a", encoding="utf-8")

    def __call__(self, msg: str):
        line = time.strftime("%H:%M:%S ") + msg
        print(line, flush=True)
        self.f.write(line + "\n")
        self.f.flush()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--tokenizer", required=True, help="folder with vocab.txt")
    ap.add_argument("--run-dir", required=True)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--activation", choices=["gelu", "relu"], default="gelu")
    ap.add_argument("--batch-tokens", type=int, default=8192)
    ap.add_argument("--max-seqs", type=int, default=64)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=0, help="default: 5%% of steps")
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--eval-every", type=int, default=300)
    ap.add_argument("--dev-limit", type=int, default=300, help="dev notes scored during training")
    ap.add_argument("--ckpt-minutes", type=float, default=3.0)
    ap.add_argument("--max-minutes", type=float, default=0,
                    help="time budget for training steps (0 = none): the learning rate anneals by "
                         "whichever of steps and time runs out first, then training stops")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    if not args.warmup:
        args.warmup = max(20, args.steps // 20)
    os.makedirs(args.run_dir, exist_ok=True)
    log = Log(os.path.join(args.run_dir, "train.log"))
    shutil.copy(os.path.join(args.tokenizer, "vocab.txt"), os.path.join(args.run_dir, "vocab.txt"))
    wp = WordPiece.load(os.path.join(args.tokenizer, "vocab.txt"))

    t0 = time.time()
    train_notes = read_jsonl(os.path.join(args.data, "train.jsonl"))
    dev_notes = read_jsonl(os.path.join(args.data, "dev.jsonl"))
    rng_dev = random.Random(args.seed)
    if len(dev_notes) > args.dev_limit:
        dev_notes = rng_dev.sample(dev_notes, args.dev_limit)
    train_enc = [encode_note(wp, n) for n in train_notes]
    dev_enc = [encode_note(wp, n) for n in dev_notes]
    wins = make_windows(train_enc, 254, 32)
    n_tokens = sum(len(w[0]) for w in wins)
    ent_tokens = sum(sum(1 for l in w[1] if l) for w in wins)
    log(f"data: {len(train_notes)} train notes, {len(wins)} windows, {n_tokens} tokens "
        f"({ent_tokens / max(1, n_tokens):.1%} entity), {len(dev_enc)} dev notes; "
        f"encoded in {time.time() - t0:.0f}s")

    cfg = ModelConfig(vocab_size=len(wp.vocab), hidden_size=args.hidden,
                      num_hidden_layers=args.layers, num_attention_heads=args.heads,
                      intermediate_size=4 * args.hidden,
                      hidden_act=args.activation, hidden_dropout_prob=args.dropout,
                      attention_probs_dropout_prob=args.dropout)
    with open(os.path.join(args.run_dir, "model_config.json"), "w") as f:
        json.dump(cfg.to_dict(), f, indent=2)
    torch.manual_seed(args.seed)
    model = TokenClassifier(cfg)
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr)
    weights = class_weights()

    step, epoch, pos, seen_tokens, best_f2, train_seconds = 0, 0, 0, 0, -1.0, 0.0
    last_path = os.path.join(args.run_dir, "last.pt")
    if os.path.exists(last_path):
        st = torch.load(last_path, map_location="cpu")
        model.load_state_dict(st["model"])
        opt.load_state_dict(st["opt"])
        step, epoch, pos = st["step"], st["epoch"], st["pos"]
        seen_tokens, best_f2, train_seconds = st["seen_tokens"], st["best_f2"], st["train_seconds"]
        torch.set_rng_state(st["torch_rng"])
        log(f"resumed from step {step} (epoch {epoch}, batch {pos})")
    log(f"model: hidden {args.hidden}, {args.layers} layers, {args.heads} heads, {cfg.hidden_act}, "
        f"{count_parameters(model)} parameters; {args.steps} steps of <= {args.batch_tokens} tokens")

    def save_last():
        tmp = last_path + ".tmp"
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step,
                    "epoch": epoch, "pos": pos, "seen_tokens": seen_tokens, "best_f2": best_f2,
                    "train_seconds": train_seconds, "torch_rng": torch.get_rng_state(),
                    "args": vars(args)}, tmp)
        os.replace(tmp, last_path)

    def evaluate_dev():
        nonlocal best_f2
        te = time.time()
        probs = predict_probs(model, wp, dev_enc)
        thr = best_threshold(dev_enc, probs)
        m = metrics(dev_enc, probs, thr)
        a = m["any"]
        per = " ".join(f"{l}:{m[l]['recall']:.3f}" for l in ("NAME", "ADDRESS", "ORGANIZATION", "DATE", "ID"))
        log(f"eval step {step}: dev tokens P {a['precision']:.4f} R {a['recall']:.4f} "
            f"F2 {a['f2']:.4f} @thr {thr:.2f}; recall {per} ({time.time() - te:.0f}s)")
        if a["f2"] > best_f2:
            best_f2 = a["f2"]
            torch.save({"model": model.state_dict(), "step": step, "threshold": thr,
                        "dev": m, "config": cfg.to_dict()}, os.path.join(args.run_dir, "best.pt"))
        model.train()

    model.train()
    last_ckpt = time.time()
    window_t, window_tok, window_loss, window_n = time.time(), 0, 0.0, 0
    stopped_early = False
    while step < args.steps:
        batches = make_batches(wins, args.batch_tokens, args.max_seqs, random.Random(args.seed * 1000 + epoch))
        while pos < len(batches) and step < args.steps:
            ts = time.time()
            ids, am, y, real = collate(wins, batches[pos], wp)
            for g in opt.param_groups:
                g["lr"] = lr_at(step, args.steps, args.lr, args.warmup,
                                train_seconds / (args.max_minutes * 60) if args.max_minutes else 0.0)
            logits = model(ids, am, torch.zeros_like(ids))
            loss = F.cross_entropy(logits.view(-1, logits.shape[-1]), y.view(-1), weight=weights,
                                   ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            pos += 1
            seen_tokens += real
            train_seconds += time.time() - ts
            window_tok += real
            window_loss += loss.item()
            window_n += 1
            if step % 25 == 0:
                dt = time.time() - window_t
                log(f"step {step}/{args.steps} epoch {epoch} loss {window_loss / window_n:.4f} "
                    f"lr {opt.param_groups[0]['lr']:.2e} {window_tok / dt:.0f} tokens/s "
                    f"seen {seen_tokens} tokens")
                window_t, window_tok, window_loss, window_n = time.time(), 0, 0.0, 0
            if step % args.eval_every == 0 or step == args.steps:
                evaluate_dev()
                save_last()
                last_ckpt = time.time()
            elif time.time() - last_ckpt > args.ckpt_minutes * 60:
                save_last()
                last_ckpt = time.time()
            if args.max_minutes and train_seconds > args.max_minutes * 60:
                stopped_early = True
                break
        if stopped_early:
            break
        if pos >= len(batches):
            epoch += 1
            pos = 0
    if stopped_early:
        log(f"time budget of {args.max_minutes} min reached at step {step}")
        evaluate_dev()
    save_last()
    log(f"done: {step} steps, {seen_tokens} tokens, {train_seconds / 60:.1f} min in training "
        f"steps, best dev F2 {best_f2:.4f}")
    with open(os.path.join(args.run_dir, "summary.json"), "w") as f:
        json.dump({"steps": step, "tokens": seen_tokens, "train_minutes": round(train_seconds / 60, 1),
                   "parameters": count_parameters(model), "best_dev_f2_subset": best_f2,
                   "stopped_early": stopped_early, "args": vars(args)}, f, indent=2)


if __name__ == "__main__":
    main()
