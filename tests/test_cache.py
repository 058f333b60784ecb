"""evcheck.cache.regex: a pattern built from the cached program is the pattern re.compile builds,
and a damaged cache file is compiled around, never trusted."""

from __future__ import annotations

import re

import pytest

from evcheck import cache

PATTERNS = [
    (r"(?P<num>\d+(?:[.,]\d{3})*)(?:\s*(?P<scale>bn|m))?\b", re.I),
    (r"(?<![\w-])(?:up|down)\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)", 0),
    (r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M),
    (r"[£€¥₹]\s?\d", 0),
]
TEXT = "Sales rose 14.6% to 2,593 bn units; down 3 per cent.\n```\ncode\n```\n€5 and ¥7 — UP 2.5%"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The cache module as a new process finds it, with its file in tmp_path."""
    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_programs", None)
    monkeypatch.setattr(cache, "_added", {})
    monkeypatch.setattr(cache, "_used", set())
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(TEXT)] == \
           [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(TEXT)]


@pytest.mark.skipif(cache._sre is None, reason="re internals of another implementation")
def test_patterns_from_a_cold_and_a_warm_cache_are_re_compiles(fresh, monkeypatch):
    for pattern, flags in PATTERNS:
        _same(cache.regex(pattern, flags), re.compile(pattern, flags))
    cache._save()
    assert list(fresh.glob("evcheck/re-*.marshal"))

    monkeypatch.setattr(cache, "_programs", None)  # the next process
    monkeypatch.setattr(cache, "_added", {})
    for pattern, flags in PATTERNS:
        _same(cache.regex(pattern, flags), re.compile(pattern, flags))
    assert not cache._added  # every program came from the file
    assert {(p, int(f)) for p, f in PATTERNS} <= set(cache._programs or {})


@pytest.mark.skipif(cache._sre is None, reason="re internals of another implementation")
def test_a_damaged_cache_file_is_compiled_around(fresh, monkeypatch):
    pattern, flags = PATTERNS[0]
    cache.regex(pattern, flags)
    cache._save()
    path = next(fresh.glob("evcheck/re-*.marshal"))
    data = bytearray(path.read_bytes())
    data[-40] ^= 0xFF  # one flipped byte in the programs: the digest no longer matches
    path.write_bytes(bytes(data))

    monkeypatch.setattr(cache, "_programs", None)
    monkeypatch.setattr(cache, "_added", {})
    _same(cache.regex(pattern, flags), re.compile(pattern, flags))
    assert cache._programs == {} and (pattern, int(flags)) in cache._added  # compiled again, to be rewritten


def _program(size: int) -> cache.Program:
    return (0, bytes(size), 0, {}, (None,))


def test_a_rewrite_keeps_other_processes_patterns_only_while_they_take_no_more_room():
    used = {("used", 0): _program(400)}
    added = {("added", 0): _program(100)}
    small = {("another command's", 0): _program(300)}
    large = {("an older version's", 0): _program(700)}
    assert cache._kept({**used, **small}, added, set(used)) == {**used, **added, **small}
    assert cache._kept({**used, **small, **large}, added, set(used)) == {**used, **added}  # 1000 bytes against 500


@pytest.mark.skipif(cache._sre is None, reason="re internals of another implementation")
def test_a_rewrite_removes_the_file_of_the_earlier_layout(fresh):
    old = fresh / "evcheck" / cache._OLD_NAME
    old.parent.mkdir()
    old.write_bytes(b"codes as lists of ints")
    cache.regex(*PATTERNS[1])
    cache._save()
    assert not old.exists() and (fresh / "evcheck" / cache._NAME).exists()


@pytest.mark.skipif(cache._sre is None, reason="re internals of another implementation")
def test_programs_are_stored_as_bytes(fresh):
    pattern, flags = PATTERNS[0]
    cache.regex(pattern, flags)
    assert isinstance(cache._added[(pattern, int(flags))][1], bytes)
