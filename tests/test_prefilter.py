"""evcheck.prefilter: a guarded pattern is tried only on text that holds one of the words every
match holds, and finds exactly what the pattern finds."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck.prefilter import CAPITAL, Guarded, guarded, needed_words, needs_of

MODULES = ["evcheck.relate.measure", "evcheck.relate.context", "evcheck.relate.change", "evcheck.relate.timeline", "evcheck.relate.parts",
           "evcheck.extract.figures", "evcheck.relate.electric", "evcheck.relate.breakdowns", "evcheck.relate.differences",
           "evcheck.relate.ratios"]


def _guarded() -> list[tuple[str, Guarded]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        found += [(f"{name}.{k}", v) for k, v in vars(module).items() if isinstance(v, Guarded)]
    return found


GUARDED = _guarded()


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\bfrom\s+\d", 0, {"from"}),
    (r"\b(?:From|than)\b", re.I, {"from", "than"}),
    (r"([^,;]+),\s*which\s+(?:[a-z]+\s+){1,3}$", 0, {"which"}),  # the longest of the words the match must hold
    (r"(?P<words>\w+)\s*\(\s*$", 0, {"("}),
    (r"\s[-–—]\s", 0, {"-", "–", "—"}),  # a class of a few characters
    (r"(?:up|down)?\s*by", 0, {"by"}),  # what is optional is needed by no match
    (r"(?i:From)\s+(\d+)", 0, None),  # a flag changed inside: unread
    (r"\d+|per\s*cent", 0, None),  # one alternative needs no word: the pattern needs none
    (r"[A-Z]\w+", 0, {CAPITAL}),  # a capital letter
    (r"[A-Z]\w+", re.I, None),
    (r"İstanbul", re.I, {"stanbul"}),  # a non-ASCII letter in a case-insensitive pattern is left out
    (r"\b(?:of|out\s+of)\b", re.I, {"of", "out"}),  # `re` reads "o(?:f|ut…)": the letters in front join each alternative
])
def test_needed_words(pattern, flags, words):
    assert needed_words(pattern, flags) == (frozenset(words) if words is not None else None)


def test_each_alternative_needs_all_it_holds():
    needs = needs_of(r";|,\s+(?:while|but|and)\b|:\s", 0)
    assert needs == [((frozenset({";"}), 1),), ((frozenset({"while", "but", "and"}), 1), (frozenset({","}), 1)),
                     ((frozenset({":"}), 1),)]
    g = Guarded(re.compile(r";|,\s+(?:while|but|and)\b|:\s"), needs)
    assert g._may("up 5%, and") and g._may("a; b") and not g._may("sales and output") and not g._may("1,234 units")


def test_characters_needed_twice_are_counted():
    pattern = re.compile(r",\s*(?:the|its)\s+[^,;.\d]{1,60},|\([^()\n]{1,80}\)", re.I)
    g = guarded(pattern)
    assert isinstance(g, Guarded) and ((",",), 2) in g.needs[0]
    assert not g._may("Of the 1234 vehicles sold, the NEVs accounted for") and g._may("sold, the NEVs, and")
    assert g.sub(" ", "sales, the best ever, rose") == pattern.sub(" ", "sales, the best ever, rose") == "sales  rose"


@pytest.mark.parametrize("text", ["shares of NIO fell", "(NYSE: NIO)", "Sales - Q3"])
def test_a_capital_letter_need_beside_a_letter_it_spells_is_kept(text):
    # the need of "[A-Z]" or "A" or "-": "\0[A-Z]" spells an "A", a "Z", a "-", a "[" and a "]", and is no word that holds them
    pattern = re.compile(r"(?:[A-Z]{3}|A|-)\w*")
    g = guarded(pattern)
    assert isinstance(g, Guarded) and CAPITAL in g.needs[0][0][0]
    assert bool(g.search(text)) == bool(pattern.search(text))


def test_near_miss_a_need_of_plain_words_still_drops_the_longer_word():
    g = guarded(re.compile(r"\b(?:declined|decline)\b"))
    assert isinstance(g, Guarded) and g.needs[0][0][0] == ("decline",)


def test_a_search_from_pos_to_endpos_is_guarded_by_that_part():
    g = guarded(re.compile(r"\bwhich\b"))
    text = "Sales, which rose. Output fell 5%."
    assert g.search(text, 19) is None and g.search(text, 0, 18).start() == 7
    assert g.search(text, 7, 12).span() == (7, 12) and g.search(text, 8) is None


def test_a_pattern_that_needs_no_word_is_left_as_it_is():
    pattern = re.compile(r"\d+")
    assert guarded(pattern) is pattern


def test_the_readers_patterns_are_guarded():
    names = {n.rsplit(".", 1)[1] for n, _ in GUARDED}
    assert {"_BRACKET_LABEL", "_RELATIVE_END", "_FORECAST", "ABS_CHANGE_BEFORE", "_COMPARED"} <= names


def _same(g: Guarded, text: str) -> None:
    p = g.pattern
    span = lambda m: None if m is None else (m.span(), m.groups())  # noqa: E731
    assert span(g.search(text)) == span(p.search(text))
    assert span(g.search(text, 3, len(text) - 2)) == span(p.search(text, 3, len(text) - 2))
    assert span(g.match(text)) == span(p.match(text))
    assert span(g.fullmatch(text)) == span(p.fullmatch(text))
    assert [span(m) for m in g.finditer(text)] == [span(m) for m in p.finditer(text)]
    assert g.sub(" ", text) == p.sub(" ", text)
    assert g.findall(text) == p.findall(text)
    assert g.split(text) == p.split(text)


WORDS = {w for _, g in GUARDED for w in g.words}
PIECES = st.sampled_from(sorted(WORDS | {w.upper() for w in WORDS} | {
    " ", "  ", "\n", ",", ".", "(", ")", ";", ":", " - ", " – ", "which ", "Which ", "the ", "Sales ", "rose ", "fell ",
    "12.5%", "2025", "1,234", " units", "ſ", "\u212a", "\u0130", "\u0131", "é", "\u00a0", "ahead of ", "from the ",
    "compared with ", "a year earlier", "including ", "expected to ", "net addition of ", "accounted for ",
}))
TEXTS = st.lists(PIECES, max_size=25).map("".join) | st.text(max_size=60)


@settings(max_examples=examples(300), deadline=None)
@given(TEXTS)
@example("Domestic sales rose, which pushed the total up 5% (")
@example("Output, which rose ")
@example("FORECAST ſales \u212aEEP excluded")
def test_guarded_patterns_find_what_their_pattern_finds(text):
    for _, g in GUARDED:
        _same(g, text)


def test_guarded_patterns_on_the_labelled_articles():
    texts = sorted((Path(__file__).parent / "labelled" / "dev" / "texts").glob("*.txt"))[:20]
    for path in texts:
        text = path.read_text(encoding="utf-8")
        pieces = [text[i:i + n] for n in (40, 120) for i in range(0, len(text), 37)]
        for _, g in GUARDED:
            for piece in pieces:
                _same(g, piece)


def test_needs_are_kept_in_the_cache_folder_and_read_back(tmp_path, monkeypatch):
    from evcheck import prefilter

    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(prefilter, "_kept", None)
    monkeypatch.setattr(prefilter, "_added", {})
    pattern = re.compile(r"\b(?:while|whereas)\b|,\s*which\b", re.I)
    first = guarded(pattern)
    assert (pattern.pattern, pattern.flags) in prefilter._added
    prefilter._save()
    monkeypatch.setattr(prefilter, "_kept", None)
    monkeypatch.setattr(prefilter, "_added", {})
    again = guarded(pattern)
    assert not prefilter._added and isinstance(again, Guarded) and isinstance(first, Guarded)
    assert again.needs == first.needs
    # a damaged file is read as none: the needs are read from the pattern again
    (path,) = (tmp_path / "evcheck").glob("prefilter-*.marshal")
    path.write_bytes(b"\0" * 40)
    monkeypatch.setattr(prefilter, "_kept", None)
    assert guarded(pattern).needs == first.needs and (pattern.pattern, pattern.flags) in prefilter._added


def test_the_top_level_alternatives_are_read_as_written():
    from evcheck.prefilter import _top_level

    assert _top_level(r"a|b(?:c|d)|[|\]]x|\||[^]|]y") == ["a", "b(?:c|d)", r"[|\]]x", r"\|", "[^]|]y"]
    assert _top_level(r"(?i)a|b") == []


def test_only_the_alternatives_whose_needs_the_text_holds_are_searched():
    pattern = re.compile(r"\bwhich\s+\w+|\([^()]*\)|,\s*the\s+\w+,", re.I)
    g = guarded(pattern)
    assert isinstance(g, Guarded)
    text = "Sales (domestic) rose, the best month, and"
    assert g.sub(" ", text) == pattern.sub(" ", text) and g._may(text, 0, len(text)) is not pattern
    assert g._may("Which of them (all) rose, the most,", 0, 40) is pattern and g._may("rose", 0, 4) is None
