"""Turns hand-written probe notes into a gold corpus for `npm run eval`.

    python3 training/probes/markup.py training/probes/real-style.md > /tmp/real-style.jsonl

Notes are separated by a line of `=====`; PHI is written `[[LABEL|text]]`.
"""
import json
import re
import sys

MARK = re.compile(r"\[\[([A-Z]+)\|(.+?)\]\]")


def note_to_record(number: int, marked: str) -> dict:
    text, spans, last = "", [], 0
    for match in MARK.finditer(marked):
        text += marked[last:match.start()]
        start = len(text.encode("utf-16-le")) // 2
        text += match.group(2)
        spans.append({"start": start, "end": start + len(match.group(2).encode("utf-16-le")) // 2, "label": match.group(1)})
        last = match.end()
    text += marked[last:]
    return {"id": f"probe-{number}", "text": text, "spans": spans}


def main() -> None:
    notes = open(sys.argv[1], encoding="utf-8").read().split("\n=====\n")
    for number, note in enumerate(notes, 1):
        print(json.dumps(note_to_record(number, note.strip("\n")), ensure_ascii=False))


if __name__ == "__main__":
    main()
