"""Patterns tried only on text that holds a word every match of theirs holds.

`re` tries a pattern that opens with no fixed text at every place of the text it searches: the
measure reader's patterns of asides ("including …", ", which …", "(…)"), of relative clauses and of
forecasts cost about a tenth of checking an article, though most of the words they are asked about
hold none of what they look for. `guarded(pattern)` reads, from the pattern itself, the words of
which every match holds one ("which" for ", which rose"; "(" for a bracket label), and answers
without searching where the text holds none: no match, the text unchanged by `sub`. The words come
from the pattern, never from a list kept beside it, so a pattern that changes keeps its guard right.

A case-insensitive pattern is guarded with the lower-cased text, where the lower case can say
(`periods.lowered`); elsewhere it is searched as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from evcheck.periods import lowered

try:
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # another implementation: patterns go unguarded
    _parser = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")  # they take no character: the text on either side is adjacent
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_SMALL_SET = 8  # a class of at most so many characters ("[-–—]") is a choice of one-character words


def needed_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of the pattern holds, lower-cased for a case-insensitive
    pattern; None where the pattern has no such words (or they cannot be read)."""
    if _parser is None or flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 — whatever `re` makes of it, no guard
        return None
    return _sequence(list(parsed), bool((flags | parsed.state.flags) & re.IGNORECASE))


def _char(code: int, fold: bool) -> str | None:
    c = chr(code)
    if not fold:
        return c
    if c.isascii() or c.lower() == c.upper():
        return c.lower()
    return None  # a non-ASCII letter in a case-insensitive pattern: its other cases are not worth the risk


def _best(choices: list[frozenset[str]]) -> frozenset[str] | None:
    """Of several sets of words each of which the match must hold one of, the most telling: the one
    whose shortest word is longest, then the one of fewest words."""
    if not choices:
        return None
    return max(choices, key=lambda s: (min(len(w) for w in s), -len(s)))


def _sequence(items: list[tuple[Any, Any]], fold: bool) -> frozenset[str] | None:
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            choices.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            c = _char(av, fold)
            if c is None:
                close()
            else:
                run.append(c)
            continue
        if name in _ZERO_WIDTH:
            continue  # the run goes on: "\bfrom" holds "from"
        close()
        found = _item(name, av, fold)
        if found:
            choices.append(found)
    close()
    return _best(choices)


def _item(name: str, av: Any, fold: bool) -> frozenset[str] | None:
    if name == "SUBPATTERN":
        _, add, remove, sub = av
        if (add | remove) & re.IGNORECASE:
            return None
        return _sequence(list(sub), fold)
    if name == "ATOMIC_GROUP":
        return _sequence(list(av), fold)
    if name == "BRANCH":
        found: set[str] = set()
        for sub in av[1]:
            words = _sequence(list(sub), fold)
            if not words:
                return None  # an alternative that needs nothing: the branch needs nothing
            found |= words
        return frozenset(found)
    if name in _REPEATS:
        low, _, sub = av
        return _sequence(list(sub), fold) if low >= 1 else None
    if name == "IN":
        chars = set()
        for op, code in av:
            if str(op) != "LITERAL" or (c := _char(code, fold)) is None:
                return None
            chars.add(c)
        return frozenset(chars) if 0 < len(chars) <= _SMALL_SET else None
    return None


class Guarded:
    """A compiled pattern with the methods the readers call, answered without a search where the
    text holds none of `words`. Everything else is the pattern's own."""

    __slots__ = ("pattern", "words", "_may")

    def __init__(self, pattern: re.Pattern[str], words: frozenset[str]):
        self.pattern = pattern
        # a word that holds another adds nothing to the guard: "declined" holds "decline"
        self.words = tuple(sorted((w for w in words if not any(v != w and v in w for v in words)), key=lambda w: (len(w), w)))
        fold = bool(pattern.flags & re.IGNORECASE) and any(w.lower() != w.upper() for w in words)
        self._may: Callable[[str], bool] = self._may_folded if fold else self._may_plain

    def _may_plain(self, text: str) -> bool:
        for w in self.words:  # a loop, not any() over a generator: this runs for every word of every article
            if w in text:
                return True
        return False

    def _may_folded(self, text: str) -> bool:
        if text.isascii():  # known without a scan: ASCII lower-cases letter for letter
            low = text.lower()
        elif (folded := lowered(text)) is not None:
            low = folded
        else:
            return True
        for w in self.words:
            if w in low:
                return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(string, pos, endpos) if self._may(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(string, pos, endpos) if self._may(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(string, pos, endpos) if self._may(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(string, pos, endpos) if self._may(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.pattern.findall(string, pos, endpos) if self._may(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.pattern.sub(repl, string, count) if self._may(string) else string

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.pattern.split(string, maxsplit) if self._may(string) else [string]

    @property
    def flags(self) -> int:
        return self.pattern.flags


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern guarded by the words every match of it holds; the pattern itself where it has none."""
    words = needed_words(pattern.pattern, pattern.flags)
    if not words:
        return pattern
    return Guarded(pattern, words)  # type: ignore[return-value]  # the methods of a Pattern the readers use
