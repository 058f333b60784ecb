"""The lexicon's word patterns: the same pattern in every process, matching as the plain alternation does."""

from __future__ import annotations

import random
import re

from evcheck.relate.vocabulary import _alternation, lexicon


def plain(terms: list[str]) -> re.Pattern[str]:
    """The alternation as it was written before the terms were grouped: longest first."""
    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in ordered) + r")(?![\w-])", re.I)


def lexicon_terms() -> dict[str, list[str]]:
    lex = lexicon()
    terms = {"segment": list(lex.segment_of)}
    for term, (_, kind) in lex.metric_of.items():
        terms.setdefault(kind, []).append(term)
    return terms


def test_the_pattern_does_not_depend_on_the_order_of_the_terms():
    terms = ["EVs", "BEV", "PHEV", "NEV", "battery electric", "battery-electric", "plug-in hybrid", "plug-in hybrids", "bev"]
    shuffled = terms[:]
    random.Random(3).shuffle(shuffled)
    assert _alternation(terms).pattern == _alternation(reversed(terms)).pattern == _alternation(shuffled).pattern


def test_terms_that_share_their_start_are_grouped_behind_it():
    pattern = _alternation(["battery electric", "battery-electric", "BEV", "bus"]).pattern
    # a letter where the terms part is a class of its cases, which re passes over at a glance (evcheck.words); so is
    # a word that opens with none of the terms' first letters
    assert pattern == r"(?<![\w-])(?=(?-i:[Bb]))b(?:(?-i:[Aa])ttery(?:\ electric|\-electric)|(?-i:[Ee])V|(?-i:[Uu])s)(?![\w-])"


def test_the_longest_term_that_fits_wins():
    found = [m.group(0) for m in _alternation(["plug-in hybrid", "plug-in hybrids", "plug-in", "hybrid"]).finditer(
        "Plug-in hybrids rose; a plug-in hybrid, a plug-in and a hybrid-car; plug-ins")]
    assert found == ["Plug-in hybrids", "plug-in hybrid", "plug-in"]


def test_the_lexicon_patterns_match_as_the_plain_alternation_does():
    rng = random.Random(7)
    folds = {"k": "\u212a", "s": "\u017f", "i": "\u0130"}  # characters that match an ASCII letter under re.I

    def variant(term: str) -> str:
        term = "".join(c.upper() if rng.random() < 0.3 else folds.get(c, c) if rng.random() < 0.1 else c for c in term)
        cut = rng.random()
        if cut < 0.15:
            return term[:rng.randrange(1, len(term) + 1)]
        if cut < 0.3:
            return term + rng.choice(["s", "-", "es", "'s", " ", "x"])
        return term

    for name, terms in lexicon_terms().items():
        grouped, flat = _alternation(terms), plain(terms)
        for _ in range(150):
            text = "".join(variant(rng.choice(terms)) + rng.choice([" ", "", "-", ", ", ". ", "\n", "/"]) for _ in range(rng.randrange(1, 25)))
            assert [(m.span(), m.group(0)) for m in grouped.finditer(text)] == [(m.span(), m.group(0)) for m in flat.finditer(text)], (name, text)
