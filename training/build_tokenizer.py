"""Learn a WordPiece vocabulary from the synthetic training notes and write it in the
Hugging Face layout (vocab.txt, tokenizer.json, tokenizer_config.json, special_tokens_map.json).

The vocabulary is learned with byte-pair-style merges on words (continuation pieces carry "##"),
the way Hugging Face's WordPiece trainer does it, scored by pair frequency. Encoding is greedy
longest-match-first (textnorm.WordPiece), identical in lib/detect/ner/wordpiece.ts.

usage: python3 training/build_tokenizer.py --train training/data/train.jsonl --out DIR --vocab-size 8192
"""
from __future__ import annotations

import argparse
import collections
import heapq
import json
import os
import time

from textnorm import SPECIAL_TOKENS, MAX_WORD_CHARS, char_class, pre_tokenize


def count_words(path: str) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            note = json.loads(line)
            for w in pre_tokenize(note["text"]):
                if len(w.text) <= MAX_WORD_CHARS:
                    counts[w.text] += 1
    return counts


def learn_vocab(counts: collections.Counter, vocab_size: int, min_char_count: int = 2,
                max_alphabet: int = 1000) -> list[str]:
    char_counts: collections.Counter = collections.Counter()
    for w, c in counts.items():
        for ch in w:
            char_counts[ch] += c
    alphabet = [ch for ch, c in char_counts.most_common(max_alphabet) if c >= min_char_count]
    alpha_set = set(alphabet)
    vocab = list(SPECIAL_TOKENS)
    seen = set(vocab)

    def add(tok: str):
        if tok not in seen:
            seen.add(tok)
            vocab.append(tok)

    for ch in sorted(alphabet):
        add(ch)
    for ch in sorted(alphabet):
        if char_class(ch) == 1:  # other characters are always a token of their own
            add("##" + ch)

    # words as symbol lists; words with characters outside the alphabet are skipped
    words: list[list[str]] = []
    freqs: list[int] = []
    for w, c in counts.items():
        if all(ch in alpha_set for ch in w) and len(w) > 1:
            words.append([w[0]] + ["##" + ch for ch in w[1:]])
            freqs.append(c)

    pair_counts: dict[tuple[str, str], int] = collections.defaultdict(int)
    where: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    for wi, syms in enumerate(words):
        f = freqs[wi]
        for a, b in zip(syms, syms[1:]):
            pair_counts[(a, b)] += f
            where[(a, b)].add(wi)
    heap = [(-c, p) for p, c in pair_counts.items()]
    heapq.heapify(heap)

    def merged(a: str, b: str) -> str:
        return a + b[2:]

    while len(vocab) < vocab_size and heap:
        negc, pair = heapq.heappop(heap)
        cur = pair_counts.get(pair, 0)
        if cur <= 0:
            continue
        if -negc != cur:
            heapq.heappush(heap, (-cur, pair))
            continue
        a, b = pair
        new = merged(a, b)
        add(new)
        changed: dict[tuple[str, str], int] = collections.defaultdict(int)
        for wi in list(where[pair]):
            syms = words[wi]
            f = freqs[wi]
            # remove old pairs
            for x, y in zip(syms, syms[1:]):
                changed[(x, y)] -= f
                where[(x, y)].discard(wi)
            out = []
            i = 0
            while i < len(syms):
                if i + 1 < len(syms) and syms[i] == a and syms[i + 1] == b:
                    out.append(new)
                    i += 2
                else:
                    out.append(syms[i])
                    i += 1
            words[wi] = out
            for x, y in zip(out, out[1:]):
                changed[(x, y)] += f
                where[(x, y)].add(wi)
        for p, d in changed.items():
            if d == 0:
                continue
            pair_counts[p] = pair_counts.get(p, 0) + d
            if pair_counts[p] > 0:
                heapq.heappush(heap, (-pair_counts[p], p))
            else:
                pair_counts.pop(p, None)
        pair_counts.pop(pair, None)
    return vocab


def write_hf(vocab: list[str], out: str, max_length: int):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "vocab.txt"), "w", encoding="utf-8") as f:
        for t in vocab:
            f.write(t + "\n")
    ids = {t: i for i, t in enumerate(vocab)}
    added = [
        {"id": ids[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
         "normalized": False, "special": True}
        for t in SPECIAL_TOKENS
    ]
    tok = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": added,
        # The closest stock equivalent of textnorm.py; NoteGuard tokenises in its own code
        # (lib/detect/ner/wordpiece.ts) so offsets are exact, this is for other tools.
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": True, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                       {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                     {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}},
                     {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [ids[t]], "tokens": [t]}
                               for t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": MAX_WORD_CHARS, "vocab": ids},
    }
    with open(os.path.join(out, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False)
    cfg = {
        "tokenizer_class": "BertTokenizer",
        "do_lower_case": True,
        "strip_accents": True,
        "tokenize_chinese_chars": True,
        "model_max_length": max_length,
        "unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]",
        "cls_token": "[CLS]", "mask_token": "[MASK]",
        "clean_up_tokenization_spaces": True,
    }
    with open(os.path.join(out, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, indent=2)
    with open(os.path.join(out, "special_tokens_map.json"), "w", encoding="utf-8") as f:
        json.dump({"unk_token": "[UNK]", "sep_token": "[SEP]", "pad_token": "[PAD]",
                   "cls_token": "[CLS]", "mask_token": "[MASK]"}, f, indent=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--vocab-size", type=int, default=8192)
    ap.add_argument("--max-length", type=int, default=256)
    args = ap.parse_args()
    t0 = time.time()
    counts = count_words(args.train)
    vocab = learn_vocab(counts, args.vocab_size)
    write_hf(vocab, args.out, args.max_length)
    print(f"tokenizer: {len(counts)} distinct words -> {len(vocab)} tokens in "
          f"{time.time() - t0:.1f}s, written to {args.out}", flush=True)


if __name__ == "__main__":
    main()
