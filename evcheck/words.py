"""Word lists as regular expressions: one alternative of many terms, the longest that fits first.

A plain alternation makes `re` try every term at every place of the text; grouped by their letters
("battery(?:\\ electric|\\-electric)") the terms are tried only as far as the text agrees with them.
The lexicons of the extractor, the measure reader and the linker are built this way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# capital letters for a character class: ASCII's and the European ones that open names ("Škoda", "Łódź", "Ørsted")
CAPITALS = "A-ZÀ-ÖØ-ÞŠŽČŘĎŤŇĽĹŔŁŚŹŻĆŃŐŰ"
# a country's people, who buy its cars ("Canadians registered 1,872,400 new vehicles"), beside the names ending in
# -ians, -eans and -icans: never a maker
PEOPLE = ("Britons", "Germans", "Swedes", "Danes", "Finns", "Poles", "Czechs", "Turks", "Saudis", "Emiratis", "Kiwis", "Spaniards",
          "Japanese", "Chinese", "Taiwanese", "Vietnamese", "Portuguese", "Swiss", "Dutch", "French", "Irish", "Texans", "Quebecers",
          r"New\s+Zealanders")


def alternation(terms: Iterable[str]) -> str:
    """The terms as one alternative for a case-insensitive pattern, the longest that fits tried first:
    grouped by their letters (`trie`) behind a lookahead for their first letters (`opening_lookahead`) when
    all are ASCII, else listed longest first. Equal lengths go in alphabetical order, so every process
    builds the same pattern (and finds it in the pattern cache)."""
    return _alternation(tuple(sorted(set(terms), key=lambda t: (-len(t), t))))


@lru_cache(maxsize=64)
def _alternation(ordered: tuple[str, ...]) -> str:
    """`alternation` of terms in order, kept: the lexicon's readings of one article and another (relate/vocabulary.py)
    often come to the same segment words by different steps, and each step built their trie again."""
    if all(t.isascii() for t in ordered):
        return opening_lookahead(list(ordered)) + trie(list(ordered))
    return "(?:" + "|".join(re.escape(t) for t in ordered) + ")"


def trie(ordered: list[str]) -> str:
    """The alternation of `ordered` (longest first) with the terms that share a first letter behind that
    letter, and so on down ("battery(?:\\ electric|\\-electric)"), where the engine would try every term
    at every word. Letters are grouped regardless of case: for patterns compiled with re.I only.

    It matches what the plain alternation matches: terms that part at an ASCII character never both fit
    at one place (no character matches two of them, whatever its case), and of those that fit, each the
    start of the next, the longest is still tried first: a term that ends at a node comes after every
    longer one."""
    if len(ordered) == 1:  # one term: its letters in a row, as the steps below would write them one by one
        return re.escape(ordered[0])
    groups: dict[str, list[str]] = {}
    ends = False
    for t in ordered:
        if t:
            groups.setdefault(t[0].lower(), []).append(t)
        else:
            ends = True
    branch = len(groups) + ends > 1  # a choice at this letter: `re` tries the alternatives one by one
    alternatives = [(_letter(g[0][0]) if branch else re.escape(g[0][0])) + trie([t[1:] for t in g]) for g in groups.values()]
    if ends and alternatives:
        alternatives.append("")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")" if alternatives else ""


def opening_lookahead(ordered: list[str]) -> str:
    """A lookahead for the characters the ASCII terms open with, each in every case IGNORECASE matches
    ("(?=(?-i:[BbEeIiİı]))"): at a word that opens with none of them `re` checks one class, where it
    entered the list and tried its twenty-odd first letters one by one."""
    firsts = sorted({t[0].lower() for t in ordered if t})
    return "(?=(?-i:[" + "".join(c.upper() + c + _MORE_CASES.get(c, "") if c.lower() != c.upper() else re.escape(c)
                                 for c in firsts) + "]))"


def first_character_groups(ordered: list[str]) -> str:
    """The terms as one alternative for a case-sensitive pattern, tried in the order given, behind their
    first character ("N(?:IO|eta)"): `re` passes over a group whose character is not the text's, where it
    tried a plain list term by term at every word. Terms that begin with different characters never fit at
    one place, so of those that fit, the first is the one the plain list would find."""
    return _grouped(ordered, opens_word=False)


def word_opening_groups(ordered: list[str], after: str = r"\w") -> str:
    """`first_character_groups` of terms that open a word ("(?<!\\w)" before them), the test written after each
    group's character ("C(?<!\\wC)(?:hina|ATL)"): alternatives that open with a character let `re` pass over the
    text to the next character one of them opens with, where a pattern that opens with a lookbehind is tried
    at every character. `after`: what may not stand before a term ("[\\w.-]": nor a point or a hyphen)."""
    return _grouped(ordered, opens_word=True, after=after)


def _grouped(ordered: list[str], opens_word: bool, after: str = r"\w") -> str:
    """The terms by their first character, in the order given, each character followed by the rests of its terms;
    with `opens_word`, by the test that no character of `after` stands before it."""
    groups: dict[str, list[str]] = {}
    for t in ordered:
        groups.setdefault(t[0], []).append(t[1:])
    return "(?:" + "|".join(re.escape(c) + ("(?<!" + after + re.escape(c) + ")" if opens_word else "")
                            + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")" for c, rests in groups.items()) + ")"


# What `re` takes for an ASCII letter under IGNORECASE besides its two cases (tests/test_words.py
# checks this against every code point).
_MORE_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _letter(c: str) -> str:
    """An alternative's first character, matching what it matches under IGNORECASE. A letter is written
    as the class of its cases with IGNORECASE off, "(?-i:[Bb])": `re` passes over an alternative that
    opens with a plain class or character when the text's character is not in it, but enters one that
    opens with a case-folded letter and folds the text's character to try it, which at every word of
    a text, for each of twenty-odd letters, was most of a word list's search."""
    if c.lower() == c.upper():
        return re.escape(c)
    low = c.lower()
    return "(?-i:[" + low.upper() + low + _MORE_CASES.get(low, "") + "])"
