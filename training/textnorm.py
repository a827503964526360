"""Text normalisation, pre-tokenisation and WordPiece encoding for the NER model.

This file and lib/detect/ner/normalize.ts + lib/detect/ner/wordpiece.ts must agree exactly:
training/make_fixtures.py writes golden files that a Vitest test checks against the TypeScript side.

Offsets are JavaScript string offsets (UTF-16 code units), end-exclusive, because the gold spans
and the extension both count that way. Python strings count code points, so every function here
works on a code-point walk that also tracks the UTF-16 position.

Normalisation, per code point c (never across code points, so every output character maps back
to exactly one input code point):  NFKD(lower(NFKD(c))) with combining marks (category Mn)
removed. Lower-casing happens on the single code point, so context rules (Greek final sigma)
never apply, the same in both languages.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from dataclasses import dataclass

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
PAD, UNK, CLS, SEP, MASK = SPECIAL_TOKENS
MAX_WORD_CHARS = 100  # longer words become a single [UNK], as in BERT


@lru_cache(maxsize=None)
def _norm_char(c: str) -> str:
    t = unicodedata.normalize("NFKD", c)
    t = unicodedata.normalize("NFKD", t.lower())
    return "".join(ch for ch in t if unicodedata.category(ch) != "Mn")


def normalize_with_map(text: str) -> tuple[str, list[int], list[int]]:
    """Returns (normalised, starts, ends): normalised[i] came from text[starts[i]:ends[i]]
    in UTF-16 offsets."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for c in text:
        width = 2 if ord(c) > 0xFFFF else 1
        n = _norm_char(c)
        for ch in n:
            out.append(ch)
            starts.append(pos)
            ends.append(pos + width)
        pos += width
    return "".join(out), starts, ends


@lru_cache(maxsize=None)
def char_class(ch: str) -> int:
    """0 = separator (dropped), 1 = word character, 2 = a token of its own."""
    cat = unicodedata.category(ch)
    if cat[0] == "Z" or cat in ("Cc", "Cf"):
        return 0
    if cat[0] in ("L", "N", "M"):
        return 1
    return 2


@dataclass
class Word:
    text: str  # normalised
    start: int  # UTF-16 offsets into the original text
    end: int


def word_ranges(norm: str):
    """(start, end) indices into normalised text of each word: a run of letters and digits, or
    one punctuation mark. The one place words are split, for pre-tokenising and for encoding."""
    i = 0
    n = len(norm)
    while i < n:
        k = char_class(norm[i])
        if k == 0:
            i += 1
            continue
        j = i + 1
        if k == 1:
            while j < n and char_class(norm[j]) == 1:
                j += 1
        yield i, j
        i = j


def pre_tokenize(text: str) -> list[Word]:
    norm, starts, ends = normalize_with_map(text)
    return [Word(norm[i:j], starts[i], ends[j - 1]) for i, j in word_ranges(norm)]


class WordPiece:
    def __init__(self, vocab: list[str]):
        self.vocab = vocab
        self.ids = {t: i for i, t in enumerate(vocab)}
        self.unk_id = self.ids[UNK]
        self.cls_id = self.ids[CLS]
        self.sep_id = self.ids[SEP]
        self.pad_id = self.ids[PAD]
        self.max_piece = max(len(t) for t in vocab)

    @classmethod
    def load(cls, path: str) -> "WordPiece":
        with open(path, encoding="utf-8") as f:
            return cls([line.rstrip("\n") for line in f if line.rstrip("\n") != ""])

    def word_pieces(self, word: str) -> list[tuple[int, int, int]] | None:
        """Greedy longest-match-first. Returns [(id, char_start, char_end)] within word, or
        None when some part cannot be matched (the word becomes [UNK])."""
        if len(word) > MAX_WORD_CHARS:
            return None
        out = []
        i = 0
        n = len(word)
        while i < n:
            j = min(n, i + self.max_piece)
            found = None
            while j > i:
                piece = word[i:j] if i == 0 else "##" + word[i:j]
                tid = self.ids.get(piece)
                if tid is not None:
                    found = tid
                    break
                j -= 1
            if found is None:
                return None
            out.append((found, i, j))
            i = j
        return out

    def encode(self, text: str) -> tuple[list[int], list[int], list[int]]:
        """Token ids (no [CLS]/[SEP]) with UTF-16 start/end offsets into text."""
        ids: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        norm, nstarts, nends = normalize_with_map(text)
        for i, j in word_ranges(norm):
            pieces = self.word_pieces(norm[i:j])
            if pieces is None:
                ids.append(self.unk_id)
                starts.append(nstarts[i])
                ends.append(nends[j - 1])
            else:
                for tid, a, b in pieces:
                    ids.append(tid)
                    starts.append(nstarts[i + a])
                    ends.append(nends[i + b - 1])
        return ids, starts, ends


def utf16_len(s: str) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def utf16_to_cp_index(text: str) -> list[int]:
    """Map from UTF-16 offset (0..len16) to code-point index."""
    m = []
    for i, c in enumerate(text):
        m.append(i)
        if ord(c) > 0xFFFF:
            m.append(i)
    m.append(len(text))
    return m
