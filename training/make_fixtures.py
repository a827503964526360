"""Writes the golden files that lib/detect/ner/*.test.ts check the TypeScript tokenizer against,
so that training (Python) and inference (TypeScript) tokenise every string the same way.

usage: python3 training/make_fixtures.py [--vocab models/noteguard-phi-ner/vocab.txt]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil

from textnorm import WordPiece, normalize_with_map, pre_tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "lib", "detect", "ner", "fixtures")

TRICKY = [
    "She was seen with her daughter Maria today.",
    "PT C/O CP, SEEN BY DR KHAN, DAU AT BEDSIDE",
    "José Ñúñez-García, DOB 03/14/1951, MRN: 00482913",
    "Ṡéñor ÉMILE d'Aubigné",
    "ﬁle ﬂow ① ② Ⅻ ㎏ ™",
    "İstanbul, IŞIK, ıi",
    "ΣΟΦΙΑ Παπαδοπούλου ς",
    "straße STRASSE ẞ",
    "ǅ ǈ ǋ",
    "emoji 🙂 after, 👩‍⚕️ nurse, 🇺🇸 flag",
    "tab\tand\u00a0nbsp\u2003em-space\u200bzero-width\ufeffbom",
    "line\r\nbreaks\u2028sep\u0085nel",
    "cafe\u0301 vs café",
    "長谷川 美子 さん",
    "ﾃｽﾄ ｶﾞ",
    "한국어 이름 김민준",
    "مُحَمَّد عبد الله",
    "हिन्दी नाम",
    "Dr.O'Neil's (555) 867-5309 x12 john.doe@example.org https://ex.am/ple?a=1",
    "lone \ud83d surrogate",
    "𝐁𝐨𝐥𝐝 𝕄𝕒𝕥𝕙 ＦＵＬＬ",
    "a" * 120 + " long word",
    "",
    "   ",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vocab", default=None, help="vocab.txt to test WordPiece with")
    ap.add_argument("--golden-logits", default=None, help="export.py's golden-logits.json")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    norm_cases = []
    for t in TRICKY:
        n, s, e = normalize_with_map(t)
        words = pre_tokenize(t)
        norm_cases.append({"text": t, "chars": list(n), "starts": s, "ends": e,
                           "words": [[w.text, w.start, w.end] for w in words]})
    with open(os.path.join(OUT, "normalize-golden.json"), "w", encoding="utf-8") as f:
        json.dump(norm_cases, f, ensure_ascii=True, indent=0)
    if args.vocab:
        wp = WordPiece.load(args.vocab)
        cases = []
        for t in TRICKY:
            ids, s, e = wp.encode(t)
            cases.append({"text": t, "ids": ids, "starts": s, "ends": e})
        with open(os.path.join(OUT, "wordpiece-golden.json"), "w", encoding="utf-8") as f:
            json.dump({"vocab": wp.vocab, "cases": cases}, f, ensure_ascii=True)
    if args.golden_logits:
        model_fixtures = os.path.join(HERE, "..", "lib", "model", "fixtures")
        os.makedirs(model_fixtures, exist_ok=True)
        shutil.copy(args.golden_logits, os.path.join(model_fixtures, "golden-logits.json"))
    print(f"fixtures written to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
