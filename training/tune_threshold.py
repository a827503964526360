"""Tunes the entity threshold (predict an entity when 1 - P(O) >= threshold) for the best
label-agnostic token F2 on the whole dev set and stores it in the run's best.pt, from where
export.py writes it into config.json (noteguard.entity_threshold).

usage: python3 training/tune_threshold.py --run-dir training/runs/real --data training/data [--weights fp16]
"""
from __future__ import annotations

import argparse
import os

import torch

from data import encode_note, read_jsonl
from evaluate import best_threshold, load_model, metrics, predict_probs
from textnorm import WordPiece


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run-dir", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--weights", choices=["fp32", "fp16", "int8"], default="fp32")
    ap.add_argument("--quantized", action="store_true", help="same as --weights int8")
    args = ap.parse_args()
    torch.set_num_threads(2)
    wp = WordPiece.load(os.path.join(args.run_dir, "vocab.txt"))
    model, state = load_model(args.run_dir)
    if args.quantized:
        args.weights = "int8"
    from export import round_weights_
    round_weights_(model, args.weights)
    enc = [encode_note(wp, n) for n in read_jsonl(os.path.join(args.data, "dev.jsonl"))]
    probs = predict_probs(model, wp, enc)
    thr = best_threshold(enc, probs)
    m = metrics(enc, probs, thr)
    state["threshold"] = thr
    state["threshold_tuned_on"] = f"{len(enc)} dev notes" + (f" ({args.weights} weights)" if args.weights != "fp32" else "")
    torch.save(state, os.path.join(args.run_dir, "best.pt"))
    print(f"threshold {thr:.2f}: dev {m['any']}")


if __name__ == "__main__":
    main()
