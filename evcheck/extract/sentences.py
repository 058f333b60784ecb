"""Sentences and paragraphs: the windows in which figures are related to each other."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "u.s", "u.k", "e.u", "corp", "inc", "co", "ltd", "plc", "mr", "mrs", "ms", "dr", "prof", "st",
    "rs", "no", "approx", "e.g", "i.e", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "est", "fig", "vol", "gov", "dept", "bros", "jr", "sr", "p.m",
    "a.m", "ca", "c", "nos", "hk", "u.s.a",
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9£$€¥₹])|\n")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Splits on sentence ends and line breaks; blank lines start a new paragraph."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    bi = 0

    def push(s: int, e: int) -> None:
        nonlocal paragraph, bi
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            return
        while bi < len(breaks) and breaks[bi] < s:
            paragraph += 1
            bi += 1
        sentences.append(Sentence(len(sentences), s, e, paragraph))

    for m in _END.finditer(text):
        if m.group(0) != "\n":
            word = re.search(r"([\w.]+)$", text[start:m.start()])
            token = word.group(1).lower() if word else ""
            if token.rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token):
                continue
        push(start, m.end() if m.group(0) != "\n" else m.start())
        start = m.end()
    push(start, len(text))
    return sentences
