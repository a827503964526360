"""A tiny stand-in data set in the generator's format, only for building and testing the training
pipeline before training/generate.ts has run (and for the pipeline smoke test). Never shipped.

usage: python3 training/make_sample.py --out training/data-sample --n 600
"""
from __future__ import annotations

import argparse
import json
import os
import random

FIRST = ["Maria", "John", "Aisha", "Wei", "Carlos", "Fatima", "Olga", "Kwame", "Priya", "Liam",
         "Sofia", "Ahmed", "Grace", "Hiroshi", "Nadia", "Miguel", "Chloe", "Dmitri", "Amara", "José"]
LAST = ["Okafor", "Smith", "Nguyen", "García", "Kowalski", "Haddad", "Brown", "Tanaka", "Patel",
        "O'Neil", "Rossi", "Schmidt", "Mensah", "Ivanova", "Lopez", "Khan", "White", "Hope"]
ORG = ["Calvert Memorial", "St. Mary's Hospital", "Riverside Clinic", "Mercy General",
       "Lakeview Family Practice", "Northside Dialysis Center"]
CITY = ["Springfield", "Dayton", "Bakersfield", "Albany", "Tucson", "Eugene"]
STREET = ["12 Oak St", "455 Maple Avenue", "9 Harbor Rd", "300 W 5th St"]

TEMPLATES = [
    "Patient {NAME} was seen today at {ORGANIZATION} on {DATE}.",
    "She was seen with her daughter {NAME} today.",
    "Spoke with {NAME} about the results. Call back at {PHONE}.",
    "Transferred from {ORGANIZATION} after a fall. Lives at {ADDRESS}.",
    "DR {NAME} REVIEWED LABS. PT C/O CP. MRN {ID}.",
    "Email {EMAIL} with questions. Portal: {URL}",
    "{NAME} is a {AGE} year old woman from {ADDRESS}.",
    "Seen by Dr. {NAME} at {ORGANIZATION}. Follow up {DATE}. 🙂",
    "Parkinson disease, stable. Foley catheter removed. Husband {NAME} at bedside.",
    "Signed: {NAME}, MD\n{ORGANIZATION}\n{PHONE}",
]


def value(label: str, rng: random.Random) -> str:
    if label == "NAME":
        r = rng.random()
        if r < 0.4:
            return f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return rng.choice(FIRST) if r < 0.7 else rng.choice(LAST)
    if label == "ORGANIZATION":
        return rng.choice(ORG)
    if label == "ADDRESS":
        return f"{rng.choice(STREET)}, {rng.choice(CITY)}" if rng.random() < 0.5 else rng.choice(CITY)
    if label == "DATE":
        return f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/20{rng.randint(10, 25)}"
    if label == "PHONE":
        return f"({rng.randint(200, 999)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    if label == "ID":
        return str(rng.randint(1000000, 9999999))
    if label == "EMAIL":
        return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}@example.org"
    if label == "URL":
        return f"https://portal{rng.randint(1, 9)}.example.org/chart"
    if label == "AGE":
        return str(rng.randint(90, 104))
    raise ValueError(label)


def js_len(s: str) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def make_note(i: int, rng: random.Random, split: str) -> dict:
    text = ""
    spans = []
    for _ in range(rng.randint(2, 6)):
        tpl = rng.choice(TEMPLATES)
        if rng.random() < 0.2:
            tpl = tpl.upper()
        parts = tpl.replace("{", "\x00{").replace("}", "}\x00").split("\x00")
        for part in parts:
            if part.startswith("{") and part.endswith("}"):
                label = part[1:-1].upper()
                v = value(label, rng)
                start = js_len(text)
                text += v
                spans.append({"start": start, "end": js_len(text), "label": label})
            else:
                text += part
        text += "\n" if rng.random() < 0.5 else " "
    return {"id": f"sample-{split}-{i}", "text": text, "spans": spans, "kind": "sample", "split": split}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for split, n in (("train", args.n), ("dev", args.n // 6), ("heldout", args.n // 6)):
        with open(os.path.join(args.out, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps(make_note(i, rng, split), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
