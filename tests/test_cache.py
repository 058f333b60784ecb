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
