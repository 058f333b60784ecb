"""Sentences and paragraphs: the windows in which figures are related to each other."""

from __future__ import annotations

from dataclasses import dataclass

from evcheck.cache import regex
from evcheck.words import CAPITALS

_ABBREVIATIONS = {
    "u.s", "u.k", "e.u", "corp", "inc", "co", "ltd", "plc", "mr", "mrs", "ms", "dr", "prof", "st",
    "rs", "no", "approx", "e.g", "i.e", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "est", "fig", "vol", "gov", "dept", "bros", "jr", "sr", "p.m",
    "a.m", "ca", "c", "nos", "hk", "u.s.a",
}
# possessive, and only from the first mark of a run: a run of dots is tried once, not from every dot. It opens
# with the class of the characters a sentence's end or a line break opens with, so re passes over the text
# between them; opening with "not after a mark" (the mark then a lookbehind now) it was tried at every character
_END = regex(rf"[.!?\n](?:(?<=\n)|(?<![.!?].)[.!?]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[{CAPITALS}0-9£$€¥₹]))")
_HEADLINE_FIGURE = regex(r"\s*(?:[A-Z]{0,3}[£€$¥₩]\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:billion|million|trillion|bn|mn))?|\d{1,3}(?:,\d{3})+|"
                         r"\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent|billion|million))")
_OPENS_PARAGRAPH = regex(r"(?:\A|\n[ \t]*\n)\s*\Z")
_CAPTION = regex(r"[ \t]*[A-Z][a-z'’-]*(?:[ \t]+[\w'’-]+){3}")
_PARAGRAPH_BREAK = regex(r"\n[ \t]*\n")
_LAST_WORD = regex(r"[\w.]+$")
_INITIALS = regex(r"(?:[a-z]\.)+[a-z]?")  # "u.s.", "e.g": asked of the word before each full stop
_NUMBER = regex(r"\d+(?:[.,]\d{3}(?!\d))*(?:\.\d+)?")
# No sentence of an article is this long or holds this many numbers (the longest of the labelled
# sets and the golden articles: 367 characters, 8 figures). A longer run of text — a list without
# stops, "1,1,1,…", a blanked data: URI — is cut into sentences of at most this size, so that all
# the work done per sentence (each figure against its neighbours and its clause) stays bounded.
MAX_SENTENCE_CHARS = 1000
MAX_SENTENCE_NUMBERS = 40


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """Treated as immutable, not frozen: see `Figure`."""

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
        for a, b in _pieces(text, s, e):
            sentences.append(Sentence(len(sentences), a, b, paragraph))

    for m in _END.finditer(text):
        if m.group(0) != "\n":
            # the word before the stop, looked for in the last 40 characters: a longer token is no abbreviation
            lo = max(start, m.start() - 40)
            word = _LAST_WORD.search(text, lo, m.start())
            token = word.group(0).lower() if word and (word.start() > lo or lo == start) else ""
            if token.rstrip(".") in _ABBREVIATIONS or _INITIALS.fullmatch(token):
                continue
            if m.group(0) == "." and _HEADLINE_FIGURE.fullmatch(text, start, m.start()) and text.find("\n", m.end(), m.end() + 2) < 0:
                continue  # "1. 142,380. Vehicles assembled in Egypt last year": a figure set before the words that say what it counts
        elif _HEADLINE_FIGURE.fullmatch(text, start, m.start()) and _OPENS_PARAGRAPH.search(text, max(0, start - 40), start) \
                and _CAPTION.match(text, m.end()):
            continue  # "372,400\nElectric vehicles sold in the United States in the third quarter, up 9.8% …": a
            # "by the numbers" figure on its own line, its caption on the next
        push(start, m.end() if m.group(0) != "\n" else m.start())
        start = m.end()
    push(start, len(text))
    return sentences


def _few_digits(piece: str) -> bool:
    """Whether an ASCII piece holds no more digits than MAX_SENTENCE_NUMBERS: every number opens with
    a digit, so it holds no more numbers either, known without a search (`\\d` is any script's digit:
    other text is searched)."""
    return piece.isascii() and sum(map(piece.count, "0123456789")) <= MAX_SENTENCE_NUMBERS


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence text[s:e], cut where it grows past MAX_SENTENCE_CHARS or MAX_SENTENCE_NUMBERS:
    at the last space before the limit when there is one, so a figure stays whole."""
    pieces = []
    while True:
        limit = min(e, s + MAX_SENTENCE_CHARS)
        cut = None
        if limit - s > 2 * MAX_SENTENCE_NUMBERS and not _few_digits(text[s:limit]):  # shorter, it cannot hold that many numbers
            for k, m in enumerate(_NUMBER.finditer(text, s, limit)):
                if k == MAX_SENTENCE_NUMBERS:
                    cut = m.start()
                    break
        if cut is None:
            if limit == e:
                pieces.append((s, e))
                return pieces
            cut = limit
        space = text.rfind(" ", s + (cut - s) // 2, cut + 1)  # a space in the second half, else a hard cut
        end = space if space > s else cut
        while end > s and text[end - 1].isspace():
            end -= 1
        pieces.append((s, end))
        s = max(end, space if space > s else cut)
        while s < e and text[s].isspace():
            s += 1
        if s >= e:
            return pieces
