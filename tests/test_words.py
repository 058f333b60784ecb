"""Word lists as patterns: the grouped alternation matches what the plain one matches."""

import re
import string

from evcheck.words import _MORE_CASES, alternation, word_opening_groups


def test_the_extra_cases_are_every_character_re_folds_to_an_ascii_letter():
    letters = re.compile("[a-z]", re.I)
    folded = [chr(x) for x in range(0x110000) if letters.fullmatch(chr(x))]
    for c in string.ascii_lowercase:
        extra = {x for x in folded if re.fullmatch(c, x, re.I)} - {c, c.upper()}
        assert extra == set(_MORE_CASES.get(c, "")), c


def test_the_grouped_alternation_finds_what_the_plain_one_finds():
    terms = ["battery electric", "battery-electric", "BEV", "BEVs", "Kia", "SUV", "SUVs", "sedan", "ICE", "Middle East",
             "Middle East and Africa", "mild hybrid", "hybrid", "hybrids", "Ioniq", "k-car", "A", "a-b"]
    grouped = re.compile(r"(?<![\w-])" + alternation(terms) + r"(?![\w-])", re.I)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
                       + r")(?![\w-])", re.I)
    texts = ["Battery-electric BEVS and hybrids, mild HYBRID and battery electric SUVs in the Middle East and Africa",
             "\u212aia (Kelvin sign) and \u017fedan, \u0130CE, \u0131oniq, K-CAR, a-B and a b", "SUVsedan BEV-s a-bc"]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_terms_that_open_a_word_find_what_the_plain_list_finds():
    terms = ["China Association of Automobile Manufacturers (CAAM)", "CAAM", "China", "CPCA", "BYD", "(CAAM)", "Kia", "K"]
    grouped = re.compile(word_opening_groups(terms) + r"(?!\w)")
    plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)")
    texts = ["The China Association of Automobile Manufacturers (CAAM) and CPCA; xCAAM, CAAMs, BYD's K and Kia",
             "(CAAM) a(CAAM) _China China\nKia K-car", "CAAM"]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
