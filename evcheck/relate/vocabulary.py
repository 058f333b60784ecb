"""The measures' vocabulary: what a `Measure` holds, and the `Lexicon` of metric and segment words
read from the data folder (`data/measures.csv`, `data/segments.csv`). The measure reader and every
relation finder read words through it; of an article it reads only how the article uses "electric",
"car" and "used"."""

from __future__ import annotations

import copy
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from evcheck.cache import regex
from evcheck.periods import MONTH_RE
from evcheck.prefilter import guarded
from evcheck.relate.electric import ELECTRIC, electric_reading
from evcheck.words import alternation

SCOPE_FAMILIES = ("region", "name", "frame")
JOINT = "joint"  # a level or share of several segments together: never the whole, nor one of them
PASSENGER = "passenger"  # passenger cars: where nothing plainer is stated, the market "new cars" means
CARS_AND_VANS = "light"  # the frame of cars and light commercial vehicles together: "the car and LCV market"
NEV = "nev"
ALL_CLASSES = frozenset({PASSENGER, "commercial"})  # "sales of passenger and commercial vehicles": all of them
REMAINDER = frozenset({"remainder"})  # "the remaining 40": whatever the others leave
QUALIFIED = frozenset({"qualified"})  # a part of something the lexicon cannot read ("heavy equipment for 139")
VALUATION = "valuation"  # "8 times forward earnings": a price multiple, never a quantity
UNNAMED = "*"  # the one time of an article that names none
USED = "used"
REGISTERED = "registered"  # Japan's vehicles above the kei class: a segment only beside the kei cars (see `reading`)
KEI = "kei"
CAR = "car"  # "car sales": passenger cars beside light commercial vehicles, else the market (see `reading_cars`)
NEW_CAR = "new_car"  # "198,470 new cars": passenger cars beside a total of all motor vehicles, else the market
_CARS = (CAR, NEW_CAR)
PRIVATE = "private"
# "private cars" are passenger cars ("private cars and goods vehicles"), but the private buyers' cars after an article
# names its private buyers ("Private buyers registered 8,115 cars … Of the private cars, 5,860 were electric")
_PRIVATE_VEHICLES = ("private cars", "private vehicles", "private vehicle")
# the verbs of a lead of one over another, "by" the gap: "ahead of Tesla by 432 units"
GAP_VERBS = (r"ahead\s+of|behind|outsold|outsell(?:ing|s)?|trail(?:ed|ing|s)?|beat(?:ing|s)?|outpac(?:ed|ing|es)|"
             r"outstrip(?:ped|ping|s)|outperform(?:ed|ing|s)?|exceed(?:ed|ing|s)?|outnumber(?:ed|ing|s)?|surpass(?:ed|es|ing)?|"
             r"outr[au]n(?:s|ning)?")
# a pace, never a period's level: "roughly 1,600 a day", "40 cars an hour"
PACE_AFTER = regex(r"\s*(?:(?:vehicles|cars|units)\s+)?(?:an?|per|each|every)\s+(?:day|working\s+day|hour|week)\b", re.I)
# "398,600, a daily average of 56,900", "averaging 1,840 a week": an average, never a period's level
PACE_BEFORE = regex(r"\b(?:(?:an?|the)\s+)?(?:(?:daily|weekly|monthly|hourly)\s+)?average\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$|"
                    r"\baverag(?:ed|ing)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)
# "North America added 11,900 and South America 4,300", "Plug-in hybrids added 11,306 (8.6%), diesel just 4,212": a member's
# part of a list, its verb's object, the next member's figure gapped
MEMBER_ADDED = regex(r"(?:^|[.;:,]\s+|\.\s+)(?:[A-Z][\w-]*)(?:\s+[\w-]+){0,3}\s+added\s+(?:(?:about|around|some|another|a\s+further)\s+)?$")
MEMBERS_GO_ON = regex(r"\s*(?:(?:units|vehicles|cars|registrations)\s+)?(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)"
                       r"(?!(?:or|up|down|an?|equal|equivalent|some|about|around|nearly|almost|which|while|from|to|by)\b)"
                       r"(?:the\s+)?(?:[A-Za-z-]+\s+){1,3}(?:just\s+|only\s+|another\s+)?\d")
# a gap stated after its figure, one side larger ("71,140 more bikes than its nearest rival", "7,646 units above
# Ontario's") or smaller ("147,480 units smaller than Italy's", "1,288 registrations behind its northern neighbour")
GAP_MORE_THAN = r"more|larger|bigger|higher|greater"  # these need a "than"
GAP_LESS_THAN = r"fewer|less|smaller|lower"
GAP_ABOVE = r"above|ahead\s+of"  # these need none
GAP_BELOW = r"below|behind|short\s+of"
# "10 GWh more than Tianhe's Hungarian plant": than another's level (a name and its noun), never a time ("than June's")
THAN_A_RIVAL = regex(r"\s*(?:GWh\s+|units\s+|vehicles\s+|cars\s+)?(?:more|fewer|less|higher|lower|larger|bigger|smaller)\s+than\s+"
                      r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY|"
                      r"Last|This|The|A|In)\b)[A-Z][\w-]+['’]s\s+\w")
_TOPIC_SPAN = 160  # the headline, or the opening of the lead: what the article is about
# led by its first letter, so that re passes over the text to the next "m", "v" or "a" that opens a word (a "\b"
# first was tried at every character of the article)
_ALL_VEHICLES = regex(r"(?-i:[MmVvAa])(?<!\w(?-i:[MmVvAa]))(?:(?<=[Mm])otor\s+vehicles|(?<=[Vv])ehicles\s+of\s+all\s+(?:types|kinds)"
                      r"|(?<=[Aa])ll\s+vehicle\s+types)\b", re.I)
_JAPAN = regex(r"\b(?:Japan|Japanese|Tokyo|TOKYO|yen|JADA)\b|¥")
_USED_TOPIC = regex(r"\b(?:used[- ](?:car|vehicle|EV|electric)s?|second-?hand|pre-owned)\b", re.I)


@dataclass(slots=True, unsafe_hash=True)
class Measure:
    """What a figure measures. `segment` holds one label per family (powertrain, market, class,
    region); a share also names what it is a share of (`of_metric`, `of_segment`). Treated as
    immutable (`dataclasses.replace`), not frozen: see `Figure`."""

    entity: str | None
    metric: str | None
    segment: frozenset[str]
    period: str | None
    role: str
    basis: str = "unspecified"
    sign: int = 0
    of_metric: str | None = None
    of_segment: frozenset[str] | None = None
    item: str | None = None
    complete: bool = False
    versus: str | None = None
    whole: bool = False  # a share "of total sales": of the largest level that fits, not of a segment
    restates: str | None = None  # the level a share restates ("31.46 GWh, giving it a 43.8 percent share"): its part
    of_figure: str | None = None  # the whole a share names by its figure ("9.6% of the 181,460 used cars sold")
    of_market: bool = False  # a share whose words name the market ("of the market", "market share"): never of a maker's total
    scope: str | None = None  # the place the words put the figure in ("In Belgium, …"): see places.py



@dataclass(frozen=True)
class Segment:
    label: str
    family: str
    covers: frozenset[str]
    optional: frozenset[str] = frozenset()  # members an article may count inside another ("erev?": EREVs among PHEVs)


class Lexicon:
    """Measure and segment words from the data folder, as regular expressions."""

    def __init__(self, folder: Path):
        self.segments: dict[str, Segment] = {}
        seg_terms: list[tuple[str, str]] = []
        homes = set()
        with open(folder / "segments.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("home") == "yes":
                    homes.add(row["segment"])
                members = [c for c in (row.get("covers") or "").split("+") if c]
                covers = frozenset(c.rstrip("?") for c in members)
                optional = frozenset(c.rstrip("?") for c in members if c.endswith("?"))
                self.segments[row["segment"]] = Segment(row["segment"], row["family"], covers, optional)
                seg_terms += [(t.strip(), row["segment"]) for t in row["terms"].split("|") if t.strip()]
        self.homes = frozenset(homes)  # the regions that are countries, a maker's home market ("Sales in Korea …, while overseas")
        self.segment_of = {t.lower(): s for t, s in seg_terms}
        self.segment_re = _alternation(t for t, s in seg_terms if s not in _CARS)  # "car sales" only as an article reads it
        # where vehicles were made ("locally assembled"): words that name no metric of the figure
        self.source_re = guarded(_alternation(t for t, s in seg_terms if self.segments[s].family == "source"))
        metric_terms: list[tuple[str, str, str]] = []
        self.ratio_of: dict[str, tuple[str, str]] = {}
        self.within: dict[str, str] = {}  # a narrower measure's broader one: retail and wholesale volumes are sales
        with open(folder / "measures.csv", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("within"):
                    self.within[row["measure"]] = row["within"]
                metric_terms += [(t.strip(), row["measure"], row["kind"]) for t in row["terms"].split("|") if t.strip()]
                if row.get("ratio"):
                    num, den = row["ratio"].split("/")
                    self.ratio_of[row["measure"]] = (num, den)
        self.metric_of: dict[str, tuple[str, str]] = {}  # a term's first measure: "sales" counts vehicles
        self.metric_as: dict[tuple[str, str], str] = {}  # a term's measure by the kind of figure: "sales" of money are revenue
        self.metric_kind: dict[str, str] = {}  # what a measure counts in: "money" for revenue, "count" for deliveries
        for t, m, k in metric_terms:
            self.metric_kind.setdefault(m, k)
            self.metric_of.setdefault(t.lower(), (m, k))
            self.metric_as.setdefault((t.lower(), k), m)
        self.metric_re = {kind: _alternation(t for t, _, k in metric_terms if k == kind) for kind in sorted({k for _, _, k in metric_terms})}
        self._scope_free: dict[frozenset[str], frozenset[str]] = {}
        self._readings: dict[str | None, Lexicon] = {}  # by the electric reading, or "-label" without a segment
        self.electric_terms = frozenset(t for t, s in self.segment_of.items() if s == ELECTRIC)
        self.electric: str | None = ELECTRIC  # what this lexicon reads "electric" as (see `reading_electric`)
        self.families: dict[str, set[str]] = {}
        for s in self.segments.values():
            self.families.setdefault(s.family, set()).add(s.label)

    def reading_electric(self, label: str | None) -> Lexicon:
        """The lexicon with "electric"/"EV" read as `label`, or not read at all (None): see `electric.py`."""
        if label == ELECTRIC:
            return self
        found = self._readings.get(label)
        if found is None:
            found = copy.copy(self)
            if label is None:
                found.segment_re = _alternation(t for t, s in self.segment_of.items() if s != ELECTRIC)
            else:
                found.segment_of = {t: label if t in self.electric_terms else s for t, s in self.segment_of.items()}
            found.electric = label
            found._readings = {}
            self._readings[label] = found
        return found

    def reading(self, text: str) -> Lexicon:
        """The lexicon as one article reads it: "electric" as that article uses the word, and used cars set apart
        only where the article is not about them ("UK used-car sales rose 2.9%": its figures are all used cars)."""
        # the article's segment words, found once: the electric reading and the cars' reading both read them
        terms = tuple(self.segment_re.finditer(text)) if self.electric_terms or CAR in self.segments else ()
        found = self.reading_electric(electric_reading(text, self, terms) if self.electric_terms else None)
        found = found.without(USED) if USED in self.segments and _USED_TOPIC.search(text[:_TOPIC_SPAN]) else found
        if REGISTERED in self.segments and not (any(self.segment_of.get(m.group(0).lower()) == KEI for m in terms) and _JAPAN.search(text)):
            found = found.without(REGISTERED).without(KEI)  # "newly registered vehicles" in Germany are the market, not Japan's
            # larger class; China's "minivehicles" are a price class of its own
        if PRIVATE in self.segments and _private_cars_after_buyers(terms, self.segment_of):
            found = found.relabelled(_PRIVATE_VEHICLES, PRIVATE)
        if CAR not in self.segments:
            return found
        beside = self.beside_commercial(text, terms)
        return found.reading_cars(beside, beside and bool(_ALL_VEHICLES.search(text)))

    def beside_commercial(self, text: str, terms: Iterable[re.Match[str]] | None = None) -> bool:
        """Whether the article sets light commercial vehicles, vans, trucks or two-wheelers beside its cars
        (`terms`: the lexicon's segment words in the text, where they were found already)."""
        return any(self.family(self.segment_of[m.group(0).lower()]) == "class" and self.segment_of[m.group(0).lower()] not in (*_CARS, PASSENGER)
                   for m in (self.segment_re.finditer(text) if terms is None else terms))

    def reading_cars(self, as_passenger: bool, new_as_passenger: bool = False) -> Lexicon:
        """"Car sales grew 5.8 percent" in an article that sets light commercial vehicles beside passenger cars: the
        passenger cars; elsewhere "car sales" are the market, no segment of it. "198,470 new cars" are passenger cars
        only where the article also counts all motor vehicles ("261,480 motor vehicles …, passenger cars 214,365")."""
        key = ("+cars" if as_passenger else "-cars") + ("+new" if new_as_passenger else "")
        found = self._readings.get(key)
        if found is None:
            found = copy.copy(self)
            kept = [t for t, s in self.segment_of.items() if s not in _CARS and self.segment_re.fullmatch(t)]
            cars = [t for t, s in self.segment_of.items() if s == CAR and as_passenger or s == NEW_CAR and new_as_passenger]
            found.segment_of = {t: PASSENGER if s in _CARS else s for t, s in self.segment_of.items()}
            found.segment_re = _alternation([*kept, *cars])
            found._readings = {}
            self._readings[key] = found
        return found

    def relabelled(self, terms: tuple[str, ...], label: str) -> Lexicon:
        """The lexicon with these words read as another segment's."""
        key = "=" + label + "|".join(terms)
        found = self._readings.get(key)
        if found is None:
            found = copy.copy(self)
            found.segment_of = {t: label if t in terms else s for t, s in self.segment_of.items()}
            found._readings = {}
            self._readings[key] = found
        return found

    def without(self, label: str) -> Lexicon:
        """The lexicon with one segment's words read as no segment."""
        key = "-" + label
        found = self._readings.get(key)
        if found is None:
            found = copy.copy(self)
            found.segment_re = _alternation(t for t, s in self.segment_of.items()  # of the words this reading still reads
                                            if s != label and not (self.electric is None and s == ELECTRIC) and self.segment_re.fullmatch(t))
            found._readings = {}
            self._readings[key] = found
        return found

    def segments_in(self, words: str) -> frozenset[str]:
        """The segment labels the words name ("self-charging hybrids": hev; "Locally built": local)."""
        return frozenset(self.segment_of[m.group(0).lower()] for m in self.segment_re.finditer(words))

    def named_metric(self, words: str) -> str | None:
        """The measure a label or header names: its last term, the longest where terms of two kinds overlap ("retail
        sales" over the "sales" inside it), whatever the order the kinds are tried in."""
        found = [(m.end(), m.end() - m.start(), m.group(0).lower()) for r in self.metric_re.values() for m in r.finditer(words)]
        return self.metric_of[max(found)[2]][0] if found else None

    def without_metrics(self, words: str) -> str:
        """The words with every metric term blanked: what a label says beside its measure ("Revenue", "Net sales")."""
        for pattern in self.metric_re.values():
            words = pattern.sub(" ", words)
        return words

    def qualifiers(self, label: str) -> frozenset[str]:
        """The words a list line's label says beside its measure and plain words ("Service" of "Service revenue"; nothing
        of "Net sales" or "Operating margin"): a part of the measure, where there are any."""
        return frozenset(w.lower() for w in _LABEL_WORD.findall(self.without_metrics(label))
                         if not _MONTH.fullmatch(w)) - _PLAIN_LABEL_WORDS

    def family(self, label: str) -> str:
        """Vocabulary labels have their family; a proper name ("name:zeekr") is a segment of the
        family "name", and "qualified" marks a figure whose clause widens or narrows its scope."""
        if label in self.segments:
            return self.segments[label].family
        return label.split(":", 1)[0] if ":" in label else "scope"

    def scope_free(self, segment: frozenset[str]) -> frozenset[str]:
        """A segment without its regions and names: on a total they are the article's scope
        ("Germany registered 212,400 new cars"), not a segment of the market."""
        found = self._scope_free.get(segment)
        if found is None:
            found = self._scope_free[segment] = frozenset(x for x in segment if self.family(x) not in SCOPE_FAMILIES)
        return found

    def leaves(self, label: str) -> frozenset[str]:
        """The basic segments a label stands for: "ice" is petrol and diesel."""
        seg = self.segments.get(label)
        if seg is None or not seg.covers:
            return frozenset([label])
        return frozenset().union(*(self.leaves(c) for c in seg.covers if c in self.segments))

    def required_leaves(self, label: str) -> frozenset[str]:
        """The leaves a breakdown must name to add up to the label: NEVs are BEVs and PHEVs,
        whether or not the article counts EREVs apart."""
        seg = self.segments.get(label)
        if seg is None or not seg.covers:
            return frozenset([label])
        return frozenset().union(*(self.required_leaves(c) for c in seg.covers - seg.optional if c in self.segments))


def _alternation(terms: Iterable[str]) -> re.Pattern[str]:
    """Any of the terms as a word, the longest that fits first. Equal lengths go in alphabetical order,
    so every process builds the same pattern and finds its compiled program in the cache."""
    return regex(r"(?<![\w-])" + alternation(terms) + r"(?![\w-])", re.I)


@lru_cache(maxsize=4)
def lexicon(folder: str | None = None) -> Lexicon:
    from evcheck.data import bundled_folder

    return Lexicon(Path(folder) if folder else bundled_folder())


def _private_cars_after_buyers(terms: Iterable[re.Match[str]], segment_of: dict[str, str]) -> bool:
    """Whether every "private cars" of the article comes after it names its private buyers: "Private households registered
    7,942 cars … 5,861 of the private cars were battery-electric" are the households' cars, but "A total of 131,842 private
    cars were registered", before the private buyers, are the market's passenger cars (France's voitures particulières)."""
    buyers = cars = None
    for m in terms:
        word = m.group(0).lower()
        if word in _PRIVATE_VEHICLES:
            cars = m.start() if cars is None else cars
        elif segment_of.get(word) == PRIVATE:
            buyers = m.start() if buyers is None else buyers
    return buyers is not None and cars is not None and buyers < cars


@lru_cache(maxsize=64)
def document_lexicon(text: str) -> Lexicon:
    """The lexicon as one article reads it: "electric" as that article uses the word. Kept for a batch's
    articles: the relation finders ask again for each after all are read, and the reading scans the text."""
    return lexicon().reading(text.replace("’", "'"))


_LABEL_WORD = regex(r"[^\W\d_]+")
_PLAIN_LABEL_WORDS = frozenset({
    "net", "group", "total", "the", "reported", "consolidated", "of", "and", "adjusted", "underlying", "in", "for",
    "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "bn", "mn", "m", "crore", "lakh", "k",
    "q", "h", "fy", "quarter", "quarterly", "half", "year", "annual", "month", "monthly", "period", "first", "second", "third",
    "fourth", "full", "nine", "six", "three", "ytd", "to", "date"})  # scales and periods (and the months), no parts
_MONTH = regex(MONTH_RE, re.I)
