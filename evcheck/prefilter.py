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

import atexit
import hashlib
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from evcheck.cache import folder, regex, write_atomically
from evcheck.periods import lowered

try:
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # another implementation: patterns go unguarded
    _parser = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")  # they take no character: the text on either side is adjacent
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_SMALL_SET = 8  # a class of at most so many characters ("[-–—]") is a choice of one-character words
CAPITAL = "\0[A-Z]"  # the "word" of a class of capital letters: any ASCII capital letter
_MOST = 3  # needs checked per alternative, the most telling first

Need = frozenset[str]  # words one of which the match holds
Needs = tuple[tuple[Need, int], ...]  # what one alternative holds: for each need, how many times (characters only)


def needed_words(pattern: str, flags: int = 0) -> Need | None:
    """Words one of which every match of the pattern holds, lower-cased for a case-insensitive
    pattern; None where the pattern has no such words (or they cannot be read)."""
    needs = needs_of(pattern, flags)
    if not needs:
        return None
    return frozenset().union(*(alternative[0][0] for alternative in needs))


def needs_of(pattern: str, flags: int = 0) -> list[Needs] | None:
    """What a match of the pattern holds, alternative by alternative of its top level: for each, the
    sets of words the match holds one word of each (`x|y, z` holds "x" or "y", and a ","), with how
    many times a set of characters is needed (", the …," holds two commas). None where one
    alternative needs nothing (or the pattern cannot be read)."""
    if _parser is None or flags & re.VERBOSE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 — whatever `re` makes of it, no guard
        return None
    fold = bool((flags | parsed.state.flags) & re.IGNORECASE)
    items = list(parsed)
    alternatives = [list(sub) for sub in items[0][1][1]] if len(items) == 1 and str(items[0][0]) == "BRANCH" else [items]
    needs = []
    for alternative in alternatives:
        found = _needs(alternative, fold)
        if not found:
            return None
        times = {need: (found.count(need) if all(len(w) == 1 for w in need) and CAPITAL not in need else 1)
                 for need in found}
        needs.append(tuple(sorted(times.items(), key=lambda t: _telling(t[0], t[1]), reverse=True)[:_MOST]))
    return needs


def _telling(need: Need, times: int = 1) -> tuple[int, int]:
    """How much a need says: the shortest of its words, the longer the better (two commas say as much
    as one two-letter word); then the fewer words."""
    return min(len(w) for w in need) + times - 1, -len(need)


def _char(code: int, fold: bool) -> str | None:
    c = chr(code)
    if not fold:
        return c
    if c.isascii() or c.lower() == c.upper():
        return c.lower()
    return None  # a non-ASCII letter in a case-insensitive pattern: its other cases are not worth the risk


def _needs(items: list[tuple[Any, Any]], fold: bool) -> list[Need]:
    """Every set of words a match of the sequence holds one of."""
    found: list[Need] = []
    run: list[str] = []

    def close() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
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
        if name == "BRANCH" and run and (leads := _leads(av[1], fold)):
            found.append(frozenset("".join(run) + lead for lead in leads))
        close()
        need = _item(name, av, fold)
        if need:
            found.append(need)
    close()
    return found


def _leads(alternatives: list[Any], fold: bool) -> set[str] | None:
    """The text each alternative of a branch opens with; None where one opens with none. `re` takes the
    letters its alternatives share out in front ("of|out" is read "o(?:f|ut)"), and the run before a
    branch with each of these is a word the match holds: "of" or "out", where "o" alone said nothing."""
    leads = set()
    for sub in alternatives:
        lead = []
        for op, av in sub:
            name = str(op)
            if name == "LITERAL" and (c := _char(av, fold)) is not None:
                lead.append(c)
            elif name not in _ZERO_WIDTH:
                break
        if not lead:
            return None
        leads.add("".join(lead))
    return leads


def _sequence(items: list[tuple[Any, Any]], fold: bool) -> Need | None:
    """The most telling need of a sequence."""
    found = _needs(items, fold)
    return max(found, key=_telling) if found else None


def _item(name: str, av: Any, fold: bool) -> Need | None:
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
        if not fold and [(str(op), code) for op, code in av] == [("RANGE", (ord("A"), ord("Z")))]:
            return frozenset([CAPITAL])  # "[A-Z]": a capital letter
        chars = set()
        for op, code in av:
            if str(op) != "LITERAL" or (c := _char(code, fold)) is None:
                return None
            chars.add(c)
        return frozenset(chars) if 0 < len(chars) <= _SMALL_SET else None
    return None


def _words(need: Need) -> tuple[str, ...]:
    """A need's words to look for, shortest first; a word that holds another adds nothing to it
    ("declined" holds "decline"). The capital-letter need is no word of text: it is kept whatever its
    spelling "holds" ("A", "-", "["), and holds nothing itself."""
    return tuple(sorted((w for w in need if w == CAPITAL or not any(v != w and v != CAPITAL and v in w for v in need)),
                        key=lambda w: (len(w), w)))


class Guarded:
    """A compiled pattern with the methods the readers call, answered without a search where the
    text holds no alternative's needs. Everything else is the pattern's own."""

    __slots__ = ("pattern", "needs", "words", "_one", "_fold", "_may", "_seen", "_alternatives", "_narrowed", "_held")

    def __init__(self, pattern: re.Pattern[str], needs: list[Needs]):
        self.pattern = pattern
        self.needs = tuple(tuple((_words(need), times) for need, times in alternative) for alternative in needs)
        self.words = frozenset(w for alternative in self.needs for need, _ in alternative for w in need if w != CAPITAL)
        self._fold = bool(pattern.flags & re.IGNORECASE) and any(w.lower() != w.upper() for w in self.words)
        one = len(self.needs) == 1 and len(self.needs[0]) == 1 and self.needs[0][0][1] == 1 \
            and CAPITAL not in self.needs[0][0][0]
        self._one = self.needs[0][0][0] if one else ()
        self._seen: dict[tuple[Any, ...], Any] = {}
        alternatives = _top_level(pattern.pattern) if len(self.needs) > 1 and not pattern.groups else []
        self._alternatives = alternatives if len(alternatives) == len(self.needs) else []
        self._narrowed: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._held: Callable[[str, str], list[int]] | None = None  # written at the first check (see _held_test)
        self._may: Callable[[str, int, int], re.Pattern[str] | None] = \
            self._may_one if one else self._may_some if self._alternatives else self._may_all
        _GUARDED.append(self)

    # The checks run for every figure of every article, so they are written out: no helper calls,
    # no any() over a generator. A search from pos to endpos (a sentence of the whole text) is
    # guarded by that part: what a match takes its words from.

    def _may_one(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        if pos > 0 or endpos < len(text):
            text = text[max(pos, 0):endpos]
        if self._fold:
            low = _LOWS.get(text, _UNSEEN)
            if low is _UNSEEN:
                low = _lows(text)
            if low is None:
                return self.pattern
            text = low
        for w in self._one:
            if w in text:
                return self.pattern
        return None

    def _may_all(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        if pos > 0 or endpos < len(text):
            text = text[max(pos, 0):endpos]
        low = text
        if self._fold:
            folded = _LOWS.get(text, _UNSEEN)
            if folded is _UNSEEN:
                folded = _lows(text)
            if folded is None:
                return self.pattern
            low = folded
        held = self._held or self._write_held(first=True)
        return self.pattern if held(low, text) else None

    def _may_some(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Pattern[str] | None:
        """`_may_all` for a pattern of alternatives without groups: where the text holds the needs of
        fewer than all, the pattern of those alternatives. An alternative that cannot match anywhere in
        the text takes nothing from the others, so the fewer find what all find; `re` tried each of the
        asides' eight alternatives at every character of a clause whose words held the needs of one."""
        if pos > 0 or endpos < len(text):
            text = text[max(pos, 0):endpos]
        low = text
        if self._fold:
            folded = _LOWS.get(text, _UNSEEN)
            if folded is _UNSEEN:
                folded = _lows(text)
            if folded is None:
                return self.pattern
            low = folded
        held = (self._held or self._write_held(first=False))(low, text)
        if not held:
            return None
        if len(held) == len(self.needs):
            return self.pattern
        key = tuple(held)
        narrowed = self._narrowed.get(key)
        if narrowed is None:
            narrowed = self._narrowed[key] = regex("|".join(self._alternatives[k] for k in held), self.pattern.flags)
        return narrowed

    def _write_held(self, first: bool) -> Callable[[str, str], list[int]]:
        self._held = _held_test(self.needs, first)
        return self._held

    # A document asks many patterns the same question again (the same words before two figures, the
    # same clause read for a figure's segment and for its metric): each answer a search gave is kept
    # until the next document (`forget`). Matches never change, so a kept one serves as well as a new
    # one. The guard is asked first: nine questions in ten are of words that lack the needs, and keeping
    # those answers cost more than the guard gives them again. Each method looks its answer up itself: a
    # shared helper, called with the method's name, cost a call and a getattr on every question.

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if (p := self._may(string, pos, endpos)) is None:
            return None
        key = ("search", string, pos, endpos)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._seen[key] = p.search(string, pos, endpos)
        return found

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if (p := self._may(string, pos, endpos)) is None:
            return None
        key = ("match", string, pos, endpos)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._seen[key] = p.match(string, pos, endpos)
        return found

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if (p := self._may(string, pos, endpos)) is None:
            return None
        key = ("fullmatch", string, pos, endpos)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._seen[key] = p.fullmatch(string, pos, endpos)
        return found

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if (p := self._may(string, pos, endpos)) is None:
            return iter(())
        key = ("finditer", string, pos, endpos)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._seen[key] = tuple(p.finditer(string, pos, endpos))
        return iter(found)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if (p := self._may(string, pos, endpos)) is None else p.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if not isinstance(repl, str):  # a function may answer differently each time: never kept
            return string if (p := self._may(string, 0, sys.maxsize)) is None else p.sub(repl, string, count)
        if (p := self._may(string, 0, sys.maxsize)) is None:
            return string
        key = ("sub", string, repl, count)
        found = self._seen.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self._seen[key] = p.sub(repl, string, count)
        return found

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return [string] if (p := self._may(string, 0, sys.maxsize)) is None else p.split(string, maxsplit)

    @property
    def flags(self) -> int:
        return self.pattern.flags


def _held_test(needs: tuple[tuple[tuple[tuple[str, ...], int], ...], ...], first: bool) -> Callable[[str, str], list[int]]:
    """The needs written out as one function of the lower-cased text and the text: the alternatives
    whose needs the text holds, in order (with `first`, the first of them only). The same tests, in
    the same order, as loops over the needs would make; but those loops, not the tests, took most of
    the time of a check, and the asides' twelve alternatives are checked for every figure's clause."""
    lines = ["def held(low, text):", "    found = []"]
    for k, alternative in enumerate(needs):
        tests = []
        for need, times in alternative:
            if times > 1:  # characters, each a place of its own: counted
                tests.append("(" + " + ".join(f"low.count({w!r})" for w in need) + f") >= {times}")
            else:  # a capital letter changes in lower case
                tests.append("(" + " or ".join("text != text.lower()" if w == CAPITAL else f"{w!r} in low" for w in need) + ")")
        lines += [f"    if {' and '.join(tests)}:", f"        return [{k}]" if first else f"        found.append({k})"]
    namespace: dict[str, Any] = {}
    exec("\n".join([*lines, "    return found"]), namespace)
    return namespace["held"]


def _top_level(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level, as written; [] where a flag is set for the whole
    pattern inside it ("(?i)…"), which the alternatives after the first would lose."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return []
    parts, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "]" first in it, or after "^", is a character
            i += 2 if pattern.startswith("[^", i) else 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]


_UNSEEN: Any = object()
_GUARDED: list[Guarded] = []
# Each text lower-cased for the guards, by the text, until the next document: the words before a figure
# are asked about by a hundred patterns, and each lower-cased them again (a text outside ASCII was also
# scanned for the letters `re` folds, four times).
_LOWS: dict[str, str | None] = {}


def _lows(text: str) -> str | None:
    low = _LOWS[text] = text.lower() if text.isascii() else lowered(text)  # ASCII lower-cases letter for letter
    return low


def forget() -> None:
    """Drop the answers kept for the last document: the next one asks about other words."""
    for g in _GUARDED:
        g._seen.clear()
    _LOWS.clear()


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern guarded by the words every match of it holds; the pattern itself where it has none."""
    needs = _kept_needs(pattern.pattern, pattern.flags)
    if not needs:
        return pattern
    return Guarded(pattern, needs)  # type: ignore[return-value]  # the methods of a Pattern the readers use


# Reading the needs parses each pattern, about 8 ms of every start for the readers' patterns: they are
# kept in the user cache folder beside the compiled patterns (cache.py), one file per Python version,
# checked by its digest and rewritten at exit when this process read a pattern the file lacked.
_NEEDS_NAME = f"prefilter-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"
_kept: dict[tuple[str, int], list[Needs] | None] | None = None
_added: dict[tuple[str, int], list[Needs] | None] = {}


def _kept_needs(pattern: str, flags: int) -> list[Needs] | None:
    global _kept
    if _kept is None:
        _kept = _load()
    key = (pattern, int(flags))
    if key in _kept:
        return _kept[key]
    if key not in _added:
        if not _added:
            atexit.register(_save)
        _added[key] = needs_of(pattern, flags)
    return _added[key]


def _reader() -> bytes:
    """The code that reads the needs: needs kept by other code are read again."""
    return hashlib.sha256(b"".join(marshal.dumps(f.__code__) for f in (needs_of, _needs, _leads, _sequence, _item,
                                                                     _char, _telling))).digest()


def _load() -> dict[tuple[str, int], list[Needs] | None]:
    try:
        data = (folder() / _NEEDS_NAME).read_bytes()
        if hashlib.sha256(data[32:]).digest() == data[:32]:
            reader, loaded = marshal.loads(data[32:])
            if reader == _reader() and isinstance(loaded, dict):
                return loaded
    except Exception:  # noqa: BLE001 — whatever is wrong with the file, the needs are read again
        pass
    return {}


def _save() -> None:
    payload = marshal.dumps((_reader(), {**(_kept or {}), **_added}))
    write_atomically(folder() / _NEEDS_NAME, lambda fh: fh.write(hashlib.sha256(payload).digest() + payload))
