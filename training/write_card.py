"""Writes the measured figures of a run into MODEL_CARD.md, between the
<!-- figures:start --> and <!-- figures:end --> markers (the rest of the card is prose kept in git).

usage: python3 training/write_card.py --run-dir training/runs/real --data training/data --card models/noteguard-phi-ner/MODEL_CARD.md
"""
from __future__ import annotations

import argparse
import json
import os
import re

import torch

from evaluate import OVERLAP, WINDOW, format_table

START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def count_lines(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run-dir", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--card", required=True)
    ap.add_argument("--total-seconds", type=int, default=0)
    args = ap.parse_args()
    with open(os.path.join(args.run_dir, "eval.json")) as f:
        ev = json.load(f)
    with open(os.path.join(args.run_dir, "summary.json")) as f:
        summary = json.load(f)
    state = torch.load(os.path.join(args.run_dir, "best.pt"), map_location="cpu")
    model_dir = os.path.dirname(args.card)
    sizes = []
    for root, _, files in os.walk(model_dir):
        for name in sorted(files):
            if name == "MODEL_CARD.md":
                continue
            p = os.path.join(root, name)
            sizes.append((os.path.relpath(p, model_dir), os.path.getsize(p)))
    commit_file = os.path.join(args.data, ".generator-commit")
    commit = open(commit_file).read().strip() if os.path.exists(commit_file) else "unknown"
    a = summary["args"]
    counts = {s: count_lines(os.path.join(args.data, f"{s}.jsonl")) for s in ("train", "dev", "heldout")
              if os.path.exists(os.path.join(args.data, f"{s}.jsonl"))}
    with open(os.path.join(model_dir, "config.json")) as f:
        weights = json.load(f).get("noteguard", {}).get("weights", "fp32")
    lines = [
        START,
        "",
        "- Reproduce: `FRESH=1 npm run train` (`training/train.sh` with its defaults) on a clean clone of the "
        f"commit below; the files in this folder are that command's output.",
        f"- Data: {', '.join(f'{n} {s}' for s, n in counts.items())} notes from `training/generate.ts "
        f"--seed {a['seed']}` at commit `{commit}`.",
        f"- Model: hidden {a['hidden']}, {a['layers']} layers, {a['heads']} heads, "
        f"{summary['parameters']:,} parameters.",
        f"- Training: {summary['steps']} steps (batches of at most {a['batch_tokens']} tokens), "
        f"{summary['tokens']:,} tokens seen, {summary['train_minutes']} min in training steps"
        + (f"; whole `training/train.sh` run {args.total_seconds / 60:.0f} min" if args.total_seconds else "")
        + ". Best dev checkpoint: step " + str(state.get("step")) + ".",
        f"- Entity threshold: {state.get('threshold')} (1 - P(O); tuned for F2 on "
        f"{state.get('threshold_tuned_on', 'dev')}).",
        "- Files: " + ", ".join(f"`{n}` {s / 1e6:.2f} MB" for n, s in sizes)
        + f" (total {sum(s for _, s in sizes) / 1e6:.2f} MB).",
        "",
        f"Model alone, token level (our WordPiece tokens), {weights} weights as shipped, {WINDOW}-token windows "
        f"with {OVERLAP} overlap:",
        "",
        format_table(ev),
        "",
        END,
    ]
    block = "\n".join(lines)
    card = open(args.card, encoding="utf-8").read() if os.path.exists(args.card) else f"{START}\n{END}\n"
    if START not in card:
        card += f"\n{START}\n{END}\n"
    card = re.sub(re.escape(START) + r".*?" + re.escape(END), lambda _: block, card, flags=re.S)
    with open(args.card, "w", encoding="utf-8") as f:
        f.write(card)
    print(f"figures written to {args.card}")


if __name__ == "__main__":
    main()
