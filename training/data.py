"""Turns generator notes (JSONL, UTF-16 span offsets) into WordPiece tokens with BIO labels."""
from __future__ import annotations

import json
from dataclasses import dataclass

from model import BIO_LABELS, PHI_LABELS
from textnorm import WordPiece

LABEL_ID = {l: i for i, l in enumerate(BIO_LABELS)}
TYPE_OF = [None] + [l for l in PHI_LABELS for _ in (0, 1)]  # BIO id -> entity type (None for O)


@dataclass
class EncodedNote:
    id: str
    text: str
    ids: list[int]
    starts: list[int]
    ends: list[int]
    labels: list[int]  # BIO label id per token
    spans: list[dict]


def read_jsonl(path: str, limit: int | None = None) -> list[dict]:
    notes = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                notes.append(json.loads(line))
                if limit is not None and len(notes) >= limit:
                    break
    return notes


def token_labels(starts: list[int], ends: list[int], spans: list[dict]) -> list[int]:
    """A token inside (overlapping) a span gets B- if it is the span's first token, else I-."""
    labels = [0] * len(starts)
    spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
    j = 0
    for k, (s, e) in enumerate(zip(starts, ends)):
        while j < len(spans) and spans[j]["end"] <= s:
            j += 1
        if j < len(spans) and spans[j]["start"] < e and s < spans[j]["end"]:
            sp = spans[j]
            first = k == 0 or not (starts[k - 1] < sp["end"] and sp["start"] < ends[k - 1])
            labels[k] = LABEL_ID[("B-" if first else "I-") + sp["label"]]
    return labels


def encode_note(wp: WordPiece, note: dict) -> EncodedNote:
    ids, starts, ends = wp.encode(note["text"])
    spans = note.get("spans", [])
    return EncodedNote(note.get("id", ""), note["text"], ids, starts, ends,
                       token_labels(starts, ends, spans), spans)


def windows(n: int, size: int, overlap: int) -> list[tuple[int, int]]:
    """[start, end) token windows covering n tokens; the same rule as lib/detect/ner/chunk.ts."""
    if n <= size:
        return [(0, n)]
    out = []
    step = size - overlap
    start = 0
    while True:
        end = min(start + size, n)
        out.append((start, end))
        if end >= n:
            break
        start += step
    return out
