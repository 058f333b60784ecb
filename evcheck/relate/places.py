"""Where each figure counts: the place an article's words put it in (`data/places.csv`).

A market report often names its place once and lets it carry: a heading ("Belgium"), a paragraph's
opening ("In Austria, …", "Dutch registrations were split: …"), a clause ("… in California"). A
figure's scope is the place its own sentence names just after it ("12,640 in Austria") or before it,
else its paragraph's opening place, else its section heading's. A scope keeps two figures apart: the
Netherlands' electric share is no share of Belgium's company registrations, while Belgium's level can
be a part of the Benelux total (a place within another). A list of places or a region phrase ("the EU,
EFTA and the UK", "the region as a whole") counts across several places (`WIDE`): it vetoes nothing,
but tells a whole of the wider region from one of a single place. "Together" and "combined" give no
scope at all.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from evcheck.cache import regex
from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence
from evcheck.relate.context import BULLET_LINE
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import Measure
from evcheck.words import word_opening_groups

WIDE = "*"  # a figure counted across several places: "the region as a whole", "the EU, EFTA and the UK"
JOINT = "~"  # words that join figures of no stated place ("together", "combined"): no scope, and none inherited
# nouns after which a demonym names a market ("Dutch registrations", "the Belgian brand ranking"), not a maker's origin
_MARKET_NOUNS = (r"(?:new[- ]car\s+|car\s+|passenger[- ]car\s+|vehicle\s+|EV\s+|electric[- ]car\s+|auto\s+|light[- ]vehicle\s+)?"
                 r"(?:market|markets|registrations?|sales|buyers|motorists|drivers|customers|dealers|consumers|households|"
                 r"figures|data|statistics|totals?|brand\s+ranking|ranking|chart|fleet|demand|volumes?|deliveries|imports|exports)\b")
_HEADING_AWAY = regex(r"\W*(?:beyond|outside|excluding|ex-|non-|rest\s+of|elsewhere|other)\b", re.I)  # "Beyond the EU"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    place: str


class Places:
    """The gazetteer: names (matched as written, proper nouns), demonyms before a market noun, the
    places each lies within, the words that widen a figure past one place, and those that join
    figures of no stated place."""

    def __init__(self, path: Path):
        names: dict[str, str] = {}
        demonyms: dict[str, str] = {}
        wide: list[str] = []
        joint: list[str] = []
        self.within: dict[str, frozenset[str]] = {}
        self.states: set[str] = set()  # the parts of a country (Victoria, Ontario, Texas): never where a national figure counts
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                terms = [t.strip() for t in row["names"].split("|") if t.strip()]
                if row["place"] in (WIDE, JOINT):
                    (wide if row["place"] == WIDE else joint).extend(terms)
                    continue
                names.update((t, row["place"]) for t in terms)
                demonyms.update((t, row["place"]) for t in (row.get("demonyms") or "").split("|") if t.strip())
                self.within[row["place"]] = frozenset((row.get("within") or "").split())
                if row.get("state") == "yes":
                    self.states.add(row["place"])
        self._names = names  # as written: "US", never "us"
        self._demonyms = demonyms
        # each grouped by its first character, the test of what stands before it after that (words.word_opening_groups):
        # `re` passes over the text to the next character a name opens with, where it tried every character
        self.name_re = regex(_opening(names, r"[\w.-]") + r"(?![\w$-]|\s+dollars?\b)")  # never "US$", "U.S. dollars"
        self.demonym_re = regex("(" + _opening(demonyms, r"[\w-]") + r")\s+(?i:" + _MARKET_NOUNS + ")")
        self.wide_re = regex(_opening(wide, r"[\w-]") + r"(?![\w-])")
        self.joint_re = regex(_opening(joint, r"[\w-]") + r"(?![\w-])")

    def mentions(self, text: str) -> list[Mention]:
        """Every place named in the text, in order; a wide phrase is a mention of no one place."""
        found = [Mention(m.start(), m.end(), self._names[name]) for m in self.name_re.finditer(text)
                 if (name := _as_written(m.group(0), self._names)) is not None and not _origin(text, m.start(), m.end())]
        found += [Mention(m.start(), m.end(1), self._demonyms[m.group(1)]) for m in self.demonym_re.finditer(text)
                  if m.group(1) in self._demonyms]
        found += [Mention(m.start(), m.end(), WIDE) for m in self.wide_re.finditer(text)]
        found += [Mention(m.start(), m.end(), JOINT) for m in self.joint_re.finditer(text)]
        found.sort(key=lambda m: (m.start, -m.end))
        out: list[Mention] = []
        for m in found:
            if not out or m.start >= out[-1].end:
                out.append(m)
        return out

    def is_demonym(self, word: str) -> bool:
        """Whether the word is a place's demonym as written ("Korean", "German")."""
        return word in self._demonyms

    def unplaced(self, words: str) -> str:
        """The words without the places they name ("of the Norwegian market", "of Thailand's new
        cars"): a whole's place is the figure's scope, no part of what the whole counts."""
        words = self.demonym_re.sub(lambda m: " " + m.group(0)[m.end(1) - m.start():], words)
        return self.name_re.sub(" ", words)

    def apart(self, a: str | None, b: str | None) -> bool:
        """Two scopes that cannot hold one another: Belgium and the Netherlands, never Belgium and the Benelux."""
        if a is None or b is None or WIDE in (a, b) or JOINT in (a, b) or a == b:
            return False
        return b not in self.within.get(a, ()) and a not in self.within.get(b, ())


_FROM = regex(r"\bfrom\s+(?:the\s+)?$", re.I)
_MAKER_AFTER = regex(r"(?:'s|’s)\s+(?-i:[A-Z])|-(?:made|built|based)\b", re.I)


def _origin(text: str, start: int, end: int) -> bool:
    """A place a maker or a shipment comes from ("China's BYD", "brands from China"), not where a figure counts."""
    return _FROM.search(text, max(0, start - 12), start) is not None or _MAKER_AFTER.match(text, end) is not None


def _written(terms: Iterable[str]) -> list[str]:
    """The terms as written, and capitalised where a sentence opens with them ("The Netherlands", "Together"),
    longest first: a proper noun's case is part of it ("US", never "us")."""
    return sorted(set(terms) | {t[:1].upper() + t[1:] for t in terms}, key=lambda t: (-len(t), t))


def _opening(terms: Iterable[str], after: str) -> str:
    """The terms as written (`_written`), each where no character of `after` stands before it."""
    return word_opening_groups(_written(terms), after=after)


def _as_written(words: str, names: dict[str, str]) -> str | None:
    """The name as the gazetteer writes it: "The Netherlands" opening a sentence is "the Netherlands"."""
    if words in names:
        return words
    lowered = words[:1].lower() + words[1:]
    return lowered if lowered in names else None


@lru_cache(maxsize=2)
def places(folder: str | None = None) -> Places:
    from evcheck.data import bundled_folder

    return Places((Path(folder) if folder else bundled_folder()) / "places.csv")


_SENTENCE_CLOSE = regex(r"[.!?:;]\s*$")
_PLACE_AFTER = regex(r"\W*(?:(?!(?:while|whereas|but|when|where|against|compared|versus)\b)[a-z-]+\s+){0,3}(?:in|across|of)\s+(?:the\s+)?")
# "12,640 in Austria", "sold 9,120 units in the US"; never "a share of 47.6%, while across Finland …": the next clause's


def heading(text: str, sentence: Sentence, alone: bool, numbered: bool = False) -> bool:
    """A line on its own between blank lines, short and unpunctuated: a section's heading; a numbered one
    ("2. Brazil: local output gains") may be a little longer."""
    words = text[sentence.start:sentence.end].strip()
    if (number := _SECTION_NUMBER.match(words)) is not None:
        words, numbered = words[number.end():], True
    return alone and 0 < len(words.split()) <= (10 if numbered else 6) and not _SENTENCE_CLOSE.search(words) \
        and not any(c.isdigit() for c in words)


_SECTION_MARK = r"(?:\d{1,2}|[IVX]{1,4})[.)]"  # "2.", "II)"
_SECTION_NUMBER = regex(_SECTION_MARK + r"\s+(?=[A-Z])")
_NUMBER_ALONE = regex(r"\s*" + _SECTION_MARK + r"\s*")


def figure_scopes(text: str, sentences: list[Sentence], figures: list[Figure],
                  row_labels: Mapping[str, tuple[int, str]] | None = None) -> dict[str, str]:
    """The scope of each figure, where any is read (`WIDE` where its words span several places). A table cell (`row_labels`: its table and row label)
    counts where its label names a place; in a table whose other rows name places, the rest ("Other",
    "Total") are the places together and have none; else the cell takes its section's place."""
    gazetteer = places()
    mentions = gazetteer.mentions(text)
    if not mentions:
        return {}
    starts = [m.start for m in mentions]
    per_paragraph: dict[int, list[int]] = {}
    for s in sentences:
        per_paragraph.setdefault(s.paragraph, []).append(s.index)
    first_figure: dict[int, int] = {}
    for f in figures:
        first_figure.setdefault(f.sentence, f.start)
    section: str | None = None
    sections: dict[int, str | None] = {}
    openings: dict[int, str | None] = {}
    listed: set[int] = set()  # paragraphs that open with a list line: its place is its own, never its siblings'
    for paragraph, indices in sorted(per_paragraph.items()):
        head = sentences[indices[0]]
        numbered = len(indices) == 2 and _NUMBER_ALONE.fullmatch(text, head.start, head.end) is not None
        if numbered:
            head = sentences[indices[1]]  # "1." then "Mexico: output and exports down": the number is no figure of the title
        if BULLET_LINE.match(text, head.start):
            listed.add(paragraph)
        if heading(text, head, (len(indices) == 1 or numbered) and head.index not in first_figure, numbered):
            said = _within(mentions, starts, head.start, head.end)
            if not said and (words := text[head.start:head.end]).isupper():
                said = gazetteer.mentions(words.title())  # "MEXICO": a heading in capitals names its section's place too
            section = None if not said or _HEADING_AWAY.match(text, head.start) else said[0].place
        sections[paragraph] = section
        stop = first_figure.get(head.index, head.end)
        said = _within(mentions, starts, head.start, min(stop, head.start + 60))
        if not said and head.index not in first_figure and (words := text[head.start:head.end]).isupper():
            said = [Mention(head.start + m.start, head.start + m.end, m.place) for m in gazetteer.mentions(words.title())]
            # "GERMANY: A DECENT START" opening its paragraph's lines: the place of the paragraph
        openings[paragraph] = (WIDE if len(said) > 1 and _listed(text, said[0], said[1]) else said[0].place) \
            if said and not _BY_PLACE.match(text, head.start) else None  # "By region, revenue in Japan was …": a breakdown's
        # first place, never the paragraph's
    labelled: dict[str, str] = {}
    by_place: set[int] = set()  # the tables whose rows are places
    for fid, (table, label) in (row_labels or {}).items():
        named = gazetteer.mentions(label)
        if named and named[0].place not in (WIDE, JOINT):
            labelled[fid] = named[0].place
            by_place.add(table)
    out: dict[str, str] = {}
    for f in figures:
        fid, start, end, sentence = f.id, f.start, f.end, sentences[f.sentence]
        scope: str | None
        if row_labels and fid in row_labels:
            scope = labelled.get(fid) or (None if row_labels[fid][0] in by_place else sections.get(sentence.paragraph))
        else:
            before = _within(mentions, starts, sentence.start, start)
            after = [m for m in _within(mentions, starts, end, min(sentence.end, end + 30)) if _PLACE_AFTER.fullmatch(text, end, m.start)]
            if after and (more := _within(mentions, starts, after[0].end, min(sentence.end, after[0].end + 40))) \
                    and _listed(text, after[0], more[0]):
                after = [Mention(after[0].start, more[0].end, WIDE)]  # "rose to 58,240 trucks, as hauliers in Europe and North
                # America placed orders": both, so no one place's
            opening = None if sentence.paragraph in listed and BULLET_LINE.match(text, sentence.start) \
                or _ACROSS_ALL.search(text, sentence.start, sentence.end) else openings.get(sentence.paragraph)
            # "Turkey also leads on electric cars. … In all, 104,370 battery-electric cars were registered across the six
            # markets": all of them, never the paragraph's place
            scope = (after[0].place if after else _last_said(text, before) if before  # "In the Netherlands, 31,150 cars, and 12,640 in Austria"
                     else opening or sections.get(sentence.paragraph))  # "- Washington: 14,260" under "- California: 98,400": none
        if scope is not None and scope != JOINT:
            out[fid] = scope
    return out


_ACROSS_ALL = regex(r"\bacross\s+(?:all\s+)?(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
                    r"(?:markets|countries|territories|states|provinces|regions)\b|\bin\s+(?:all\s+(?:the\s+)?|the\s+(?:two|three|four|"
                    r"five|six|seven|eight|nine|ten|\d+)\s+)(?:markets|countries|territories|states|provinces|regions)\b", re.I)
_BY_PLACE = regex(r"\W*(?:by|broken\s+down\s+by)\s+(?:region|regions|market|markets|country|countries|geography|destination)\b", re.I)
_LISTED = regex(r",?\s*(?:,|and|&|plus)\s+(?:the\s+)?|,\s*(?:the\s+)?")


def _last_said(text: str, before: list[Mention]) -> str:
    """The last place named before the figure; the last of a list ("the EU, EFTA and the UK") is all of them."""
    return WIDE if len(before) > 1 and _listed(text, before[-2], before[-1]) else before[-1].place


def _listed(text: str, a: Mention, b: Mention) -> bool:
    return a.place != b.place and _LISTED.fullmatch(text, a.end, b.start) is not None


def _within(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)] if m.end <= hi]


def with_scopes(measures: dict, scopes: dict[str, str]) -> dict:
    """The measures with each figure's scope (`figure_scopes`)."""
    return {fid: replace(m, scope=scopes[fid]) if fid in scopes else m for fid, m in measures.items()}


_SCOPED_RULES = ("share", "growth", "sum", "points", "restated")  # a difference or multiple may set two places side by side


def scoped_apart(claim: Claim, scopes: Mapping[str, object], sentence_of: Mapping[str, int],
                 flows: Collection[str] = ()) -> bool:
    """A claim across sentences one of whose figures counts in a place apart from its subject's: the
    Netherlands' electric share is no share of Belgium's company registrations. Within one sentence the
    words themselves relate the figures; in a trade flow (`flows`: exports, imports) places are its ends,
    and South Africa's exports are split among the EU, the UK and the US."""
    if claim.rule not in _SCOPED_RULES or any(fid in flows for fid in claim.figures):
        return False
    own = scopes.get(claim.subject)
    if not isinstance(own, str):
        return False
    gazetteer = places()
    here = sentence_of.get(claim.subject)
    parts = [fid for fid in claim.figures if fid != claim.subject]
    if claim.rule == "sum" and claim.roles.get("total") == claim.subject and own in gazetteer.states and parts \
            and all(scopes.get(fid) is None and (sentence_of.get(fid) or 0) < (here or 0) for fid in parts):
        return True  # "Tamaru … 16,228 …. Coralbay was second with 10,915", then "Victoria …: buyers there took 26,118": a
        # state's total after them, never the sum of makers' national sales (but "AUSTIN, Texas - Halcyon … produced 68,115",
        # then its plants: a dateline's state over the parts that follow)
    return any(isinstance(other := scopes.get(fid), str) and sentence_of.get(fid) != here and gazetteer.apart(own, other)
               for fid in claim.figures if fid != claim.subject)


def home_place(text: str, end: int) -> str | None:
    """The one place the words up to `end` name ("Licensing of new vehicles in Brazil reached 231,480"): where an
    article's figures of no stated place count."""
    named = {m.place for m in places().mentions(text[:end]) if m.place not in (WIDE, JOINT)}
    return named.pop() if len(named) == 1 else None


def holds_none_of(scope: object, metric: object, segment: object, regions: Iterable[str]) -> bool:
    """A level scoped inside a wider region (a country) beside regions of the world outside it: "Sales at the Indian
    subsidiary rose to 1.486 million" is no whole of North America and Europe (but a country's exports are, by
    destination)."""
    if is_flow(metric, segment):
        return False
    within = places().within
    inside = within.get(scope) if isinstance(scope, str) else None
    return inside is not None and bool(inside) and any(x in within and not within[x] and x not in inside for x in regions)


def trade_flows(measures: Mapping[str, Measure]) -> set[str]:
    """The figures that count a trade flow: exports, imports, shipments abroad."""
    return {fid for fid, m in measures.items() if is_flow(m.metric, m.segment)}


def is_flow(metric: object, segment: object) -> bool:
    return metric in _FLOW_METRICS or (isinstance(segment, frozenset) and bool(segment & _FLOW_SEGMENTS))


_FLOW_SEGMENTS = frozenset({"export", "imported"})
_FLOW_METRICS = frozenset({"imports", "vehicle_exports", "nev_exports"})


def apart(a: object, b: object) -> bool:
    """Two figures' scopes (None, or NaN from the measures table, where none is read) that cannot hold one another."""
    return isinstance(a, str) and isinstance(b, str) and places().apart(a, b)
