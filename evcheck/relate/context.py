"""What the words around a figure say about it: its role, direction, basis and segment.

Relation finders read figures through a `Context`, which knows the sentence and clause of each
figure and the words between neighbouring figures. Everything here is plain text inspection,
shared by all finders so each phrase list lives in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from evcheck.cache import regex
from evcheck.extract.lexicon import LOWER_IS_BETTER, PHYSICAL_UNITS
from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence
from evcheck.periods import MONTH_RE, lowered
from evcheck.prefilter import guarded
from evcheck.words import alternation

QUANTITY_KINDS = ("money", "count", "number")
METRIC_KIND = {"money": "money", "count": "count", "number": "count", "percent": "percent"}  # which metric terms fit a figure
LOSS = regex(r"\b(?:loss|losses|deficit)\b", re.I)

UP_WORDS = (
    r"up|rose|rise|rises|rising|risen|increase|increased|increases|increasing|grew|grow|grows|growing|grown|growth|"
    r"gain|gained|gains|gaining|jump|jumped|jumps|jumping|surge|surged|surges|surging|soar|soared|soaring|"
    r"climb|climbed|climbing|climbs|advance|advanced|expand|expanded|expansion|expanding|improved|improve|"
    r"improvement|improving|higher|more|boost|boosted|rebound|rebounded|spike|spiked|widened|widening|"
    r"accelerated|added|adding|upswing|uptick|leap|leapt|leaped|skyrocketed|rocketed|swelled|ballooned|"
    r"climbing|strengthened|lift|lifts|lifted|lifting|boosting|raised|raising|above|ahead|stronger|greater|bigger|larger"
)
# "…, lifting their share to 22.1%", "giving them a 9.4% share": a clause that says what a change led to
RESULT_PARTICIPLES = r"giving|lifting|taking|bringing|pushing|raising|lowering|cutting"
DOWN_WORDS = (
    r"down|fell|fall|falls|falling|fallen|decline|declined|declines|declining|drop|dropped|drops|dropping|"
    r"decrease|decreased|decreases|decreasing|slid|slide|sliding|slump|slumped|slumping|plunge|plunged|"
    r"plunging|tumble|tumbled|tumbling|sank|sink|sinking|dip|dipped|dipping|eased|easing|shrank|shrink|"
    r"shrinking|shrunk|contracted|contraction|contracting|lower|less|fewer|narrowed|narrowing|reduced|"
    r"reduction|cut|slip|slipped|slipping|retreated|downturn|weakened|deteriorated|deterioration|worsened|worsening|lost|losing|"
    r"plummeted|crashed|collapsed|slowed|below|behind|weaker|smaller|squeeze|squeezed|squeezing|erosion|eroded|compression|compressed"
)
# what a change in points is measured against: "5.4% of revenue, 230 basis points above the 3.1% margin"
# a short period's label before a colon: "Q2'25", "H1 2025", "1H25", "FY24" (as in "(Q2'25: 98,372)")
PERIOD_LABEL = r"(?:Q[1-4]|H[12]|FY|[1-4]Q|[12]H)\s*['’]?(?:19|20)?\d\d"
AGAINST_WORDS = r"above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|up\s+on|down\s+on"
# a sentence that opens on what the sentence before stated: "That is 80 basis points more than …"
# "42,318 units (38,905), which represents a year-on-year variation of 8.8%", "1,126,437 vehicles (1,095,752), up 2.8%":
# a bracket the change after it says holds the year before's value
RATE_AFTER_BRACKET = regex(r"\)\s*,?\s*(?:[+\-−–]\s*\d|(?:up|down|(?:(?:which|that)\s+(?:represents|means|marks|implies|is)\s+|representing\s+|meaning\s+|marking\s+)?an?\s+(?:year-on-year\s+|annual\s+)?"
                           r"(?:increase|decrease|rise|fall|drop|gain|decline|variation|advance)\s+of)\s+\d)", re.I)
THAT_IS_WORDS = r"\W*(?:That|This|It)(?:\s+(?:is|was)|['’]s)"
_PHRASAL_UP_END = regex(r"\b(?:made|make|makes|making)\s+up\s+(?:(?:about|around|nearly|almost|some|just|only|roughly)\s+)?$", re.I)
_PHRASAL_UP = guarded(regex(r"\b(?:made|make|makes|making|add|adds|added|adding|sum|sums|summed|set|sets|setting|took|take|takes|taking|"
                         r"took\s+\w+|made\s+\w+)\s+up\b"
                         r"|\b(?:give|gives|gave|given|giving)\s+up\b", re.I))  # "made up 41.2 percent": a part, not a rise;
# "has given up 1.2 percentage points": a loss, read by the "lost" it stands for
# the words grouped by their letters (words.alternation): the same matches, as between word boundaries only
# one of these words fits at a place, found without trying each word at every letter
_UP = regex(rf"\b{alternation(UP_WORDS.split('|'))}\b", re.I)
_DOWN = regex(rf"\b{alternation(DOWN_WORDS.split('|'))}\b", re.I)
_AHEAD_OF_FIGURE = regex(r"\s*(?:ahead\s+of|behind)\s+(?:the\s+|its\s+|their\s+)?", re.I)
_CHANGE_NOUN_AFTER = regex(
    r"^\s*+(?:\([^)]{0,12}\)\s*+)?(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy|on[- ]year|annual|annually|"
    r"month[- ]on[- ]month|month[- ]over[- ]month|mom|m-o-m|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|"
    r"qoq|q-o-q|sequential|sequentially|on[- ]month|on[- ]quarter)\s*+(?:\([^)]{0,12}\)\s*+)?)?"
    r"(?:increase|rise|growth|gain|jump|surge|decline|drop|fall|decrease|reduction|slump|plunge|dip|slide|contraction|"
    r"expansion|improvement|rebound|climb|leap|hike|uptick|downturn|higher|lower|more|less|fewer|up|down|above|below|"
    r"(?:stronger|weaker|greater|bigger|larger|smaller|better)\s+than)\b",  # "The market was 3.9 percent stronger than in April",
    # "That is 3.3% better than the 108,915 sold in the same month last year"
    re.I,
)
_BASIS_AFTER = regex(
    r"^\s*+(?:\(\s*+)?(?P<b>year[- ]on[- ]year|year[- ]over[- ]year|y-o-y|yoy|y/y|m/m|q/q|on[- ]year|on an annual basis|"
    r"from a year (?:earlier|ago|before)|(?:compared |in comparison |relative )?(?:with|to|from|over|on|than) (?:the same (?:period|month|quarter) (?:of |in )?(?:last|a|the previous|the prior) year|a year (?:earlier|ago|before)|last year|"
    rf"(?:{MONTH_RE}) (?:of )?(?:the previous|the prior|last) year)|"
    r"month[- ]on[- ]month|month[- ]over[- ]month|mom|m-o-m|on[- ]month|from (?:the )?(?:previous|prior|a) month|(?:compared )?(?:with|from|over|on|than) (?:the )?(?:previous|prior|preceding|last) month|sequential(?:ly)?|"
    r"quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|qoq|q-o-q|on[- ]quarter|from (?:the )?(?:previous|prior|preceding) quarter|(?:compared )?(?:with|from|over|on) (?:the )?(?:previous|prior|preceding|last) quarter)",
    re.I,
)
_RATE_BEFORE = guarded(regex(
    rf"(?:\b(?:{UP_WORDS}|{DOWN_WORDS})\b|\bby|\bof)\s*(?:(?:an?|the|nearly|almost|about|around|roughly|some|approximately|"
    r"just|only|over|more than|less than|near|a further|another|an additional|"
    r"more|less|much|far|even|still|relatively|comparatively|modest|healthy|solid|robust|strong|sharp|steep|slim|slight|"
    r"small|big|hefty|steady|meagre|meager|respectable|impressive|whopping|brisk|marginal|mere|dramatic|significant|"
    r"substantial|notable)\s+)*$",  # "grew a more modest 5.5%"
    re.I,
))
_LEVEL_BEFORE = regex(
    r"(?:\bto|\bat|\bfrom|\bwas|\bwere|\bis|\bare|\bstood at|\bof|\baccounted for|\baccounting for|\baccount for|"
    r"\bmade up|\bmaking up|\bshare|\bmargin|\brate|\bpenetration|\bstake|\bratio|\bcomprised|\brepresented|\brepresenting)"
    r"\s*(?:(?:an?|the|nearly|almost|about|around|roughly|some|approximately|just|only|mere|over|more than|less than|near)\s+)*$",
    re.I,
)  # "a margin of only 5.9%, up from 5.2%": a level, whatever the hedge
_GROWTH_OF = guarded(regex(
    r"\b(?:increase|rise|growth|gain|jump|surge|decline|drop|fall|decrease|slump|plunge|dip|contraction|expansion|"
    r"improvement|hike|uptick|climb|leap|reduction|cut|variation|advance)\s+(?:of|in\s+[^,;.%\d]{1,40}?\s+(?:was|were|is|came\s+to|stood\s+at|reached))\s*"
    r"(?:(?:an?|the|nearly|almost|about|around|roughly|some|approximately|just|over|more than|less than)\s+)*$",
    re.I,
))
_SHARE_CUE = guarded(regex(
    r"\b(?:accounted for|accounting for|accounts for|account for|made up|making up|makes up|make up the remaining|make up the other|share of|a share|"
    r"penetration|market share|proportion|participation|represented|representing|represents|represent|comprised|comprising|"
    r"of (?:the )?(?:total|overall|all|combined|whole|its total|their total|the market|[\w-]+['’]s total|(?!that\b|this\b|its\b|their\b|group\b)[\w-]+ total)|"
    r"of the (?:month|quarter)(?![\w'’-]))\b",  # "of the brand's total", "of the BEV total"; "Passenger cars were therefore 74.1% of the month"
    re.I,
))
# "Revenue reached €88.6 million, of which charging fees brought in …": the amounts after the first are its parts, and "That"
# in the next sentence is the first; a list after a colon ("bought 128,700 electric vehicles: SUVs 81,300, …") is the share's
# (shares.py), never taken for a rate (a change.py reading that cost a set two relations)
PARTS_FOLLOW = regex(r"[^.;:]*?,\s*(?:of\s+which|including|comprising|made\s+up\s+of|with|which\s+(?:includes|included|comprises|"
                    r"comprised))\b", re.I)  # "100,122 vehicles at home in March, which includes 61,207 registered cars"
LIST_FOLLOWS = regex(r"[^.;:]*?:")
# "…in January; a year earlier the figure had been 207,640", "to 13.5%; a year ago it stood at 12.3%": a clause of its own that
# says where the figure after it stood a year before
YEAR_AGO_CLAUSE = guarded(regex(r"\s*(?:^|[;,(]|\bwhile|\bwhereas)\s*(?:and\s+)?(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|(?:twelve|12)\s+months\s+"
                        r"(?:earlier|ago|before)|last\s+year)\s*,?\s+(?:the\s+(?:figure|total|count|number|tally|margin)|it|they)\s+"
                        r"(?:had\s+been|was|were|stood\s+at|came\s+to|totall?ed|made|brought\s+in|earned|generated|contributed)\s+"
                        r"(?:about\s+|around\s+|some\s+)?$"  # "; a year ago they made €0.89 billion, or 30.5% of revenue"
                        r"|(?:^|[;(]|\.\s)\s*(?:[A-Z][a-z-]*)(?:\s+[a-z-]+){0,2}\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\s+"
                        r"(?:had\s+been|was|were|stood\s+at|came\s+to|totall?ed)\s+(?:about\s+|around\s+|some\s+)?$", re.I))
# "Operating profit a year ago had been €2.87 billion"
# "6,912 of them, or 48.6% of the segment": of the segment its part is in
OF_THE_SEGMENT = regex(r"\s*(?:(?:market\s+)?share\s+)?of\s+(?:the|this|that|its|their)\s+(?:segment|category|class)\b", re.I)
# ", and against September's 3,94,710 it is 23.2 per cent": a comparison of its own after a rate, with its own rate
ANOTHER_COMPARISON = regex(r"\s*,?\s*(?:and|while|but)\s+(?:against|compared\s+with|versus|set\s+against)\s", re.I)
_NEW_LEAD = guarded(regex(
    r"(?:\bto|\breaching|\breached|\breach|\breaches|\bhit|\bhitting|\bhits|\btotaling|\btotalling|\btotalled|\btotaled|"
    r"\bat|\bstood at|\bstanding at|\bcame in at|\bclimbing to|\brising to|\bfalling to)\s*$",
    re.I,
))
_OLD_LEAD = guarded(regex(
    r"(?:\((?:\s*[A-Z][a-z]+)?\s*(?:19|20)\d\d\s*:|\bfrom|\bcompar(?:ed|es|e|ing)\s+(?:with|to)|\bas\s+against|\bagainst|\bversus|\bvs\.?|\bover|\bthan|\bfrom\s+just|\bup\s+from|\bdown\s+from)"
    r"\s*(?:(?:a|the|its|their)\s+)?(?:(?:year[- ](?:earlier|ago)(?:['’]s)?|prior[- ]year|previous[- ]year|last\s+year['’]?s|"
    r"the\s+same\s+(?:period|month|quarter)\s+(?:last|a|the\s+previous)\s+year'?s?|(?:previous|prior|preceding)\s+(?:week|month|quarter)['’]s|"
    r"previous|prior|preceding|last\s+(?:week|month|quarter)'?s|"
    r"(?:year|month|quarter)[- ]before|earlier)\s+)?(?:(?:level|figure|total|tally|result|number|amount|reading|count|share|penetration|proportion|"
    r"(?:net\s+|operating\s+)?(?:loss|profit|deficit))\s+(?:of\s+)?)?$"  # "swung to a profit of €214 million from a loss of €187 million"
    # "up 6.6% on the previous week's 251,902", "up 4% on last year's 1,220": the British "on" of a compared period's figure
    r"|\bon\s+(?:the\s+)?(?:(?:previous|prior|preceding|last|same)\s+(?:week|month|quarter|year|period)(?:\s+last\s+year)?|a\s+year\s+earlier|"
    r"year[- ](?:earlier|ago))['’]s\s+(?:(?:level|figure|total|tally|count)\s+of\s+)?$",
    re.I,
))
_YEAR_BEFORE = regex(
    r"\b(?:(?:the|a)\s+year\s+(?:before|earlier|ago)|a\s+year\s+(?:earlier|ago|before)|last\s+year|(?:twelve|12)\s+months\s+(?:earlier|ago|before)|"
    r"the\s+(?:previous|prior|preceding)\s+year|year[- ]earlier|year[- ]ago|prior[- ]year|previous[- ]year|"
    r"(?:the\s+)?same\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?(?:last|a|the\s+previous|the\s+prior)\s+year|in\s+(?:20\d\d)(?![/–-]\d))\b",
    re.I,
)
PERIOD_PHRASE = regex(
    r"\b(?:in|for|during|of|over|at\s+the\s+end\s+of|as\s+of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:quarter|half|year|month|period|fiscal\s+year|Q[1-4]|H[12]|FY\d{2,4}|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"(?:\s+(?:of\s+)?(?:19|20)\d{2})?(?:\s+(?:19|20)\d{2})?|\b(?:in|for|during)\s+(?:19|20)\d{2}\b|\b(?:this|last)\s+(?:year|month|quarter)\b",
    re.I,
)
# " while" is tried from the first space of a run only (or right after ": " or " — "), not from
# every space of a blanked tag: the matches are the same, without the square of the run's length
_LINE_LABEL = regex(r"[ \t]*(?:[-•*–·][ \t]*)?([^:\n\d]{1,50}):[ \t]*")


def line_label(text: str, pos: int) -> str | None:
    """The label of the list line a figure at `pos` opens ("- Service revenue: SEK 10.3 billion"), or None (a speaker's
    "Kavita Iyer (CFO): Thanks, Rohan. Revenue from operations was ₹1,386 crore" labels no figure)."""
    found = _LINE_LABEL.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos)
    return found.group(1) if found else None


def headline_at(text: str, pos: int) -> str | None:
    """The line at `pos`, stripped, where it ends in no full stop, as a headline does; else None."""
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)].strip()
    return None if line.endswith((".", "!", "?", ":", ";")) else line


BULLET_LINE = regex(r"[ \t]*(?:[-•*–·]|\d{1,2}[.)])[ \t]+")  # a list item's line ("- ", "• ", "2) "): its words are its own


# a sentence that tells the reader to add: "Add the 31,092 from January and …", "Add 24,805 plug-in hybrids and …"
ADD_OPENING = regex(r"\W*(?:(?:And|So|Now)\s+)?Add(?:ing)?\s+(?:in\s+|on\s+)?(?:the\s+)?", re.I)
THE_OTHER = regex(r"\bthe\s+(?:other|remaining)\s+$", re.I)  # "hybrids … and battery-electric models the other 9,862"
AFTER_WORD = regex(r"\bafter\s+(?:the\s+|a\s+)?$", re.I)  # "…, after 239,500 last year": the value before it came after
_SQUARE = str.maketrans("[]", "()")


def as_read(text: str) -> str:
    """The text as the relate layer reads it: square brackets are parentheses ("took 26.1% of the market
    [September 2025: 22.3%]" is "(September 2025: 22.3%)"); one character for one, so every offset stands."""
    return text.translate(_SQUARE) if "[" in text else text


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, by its stop (or line break) before."""
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    return cut + 1 if cut >= 0 else 0


CLAUSE_BREAK = guarded(regex(r";|,\s+(?:while|whereas|but|and|although|though|even\s+as|even\s+though)\b|(?:(?<!\s)|(?<=[:–—]\s))\s+(?:while|whereas)\b|:\s|\s[–—]\s", re.I))
# "…; the rest were medium and heavy trucks": a breakdown with a member it does not count
REST_UNCOUNTED = regex(r"\b(?:the\s+(?:rest|remainder|balance)|others)\s+(?:were|was|are|is|went|came)\b(?![^.;]{0,30}\d)", re.I)
_RESPECTIVELY = guarded(regex(r"\brespectively\b", re.I))

SEGMENTS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "market": (
        ("domestic", regex(r"\b(?:domestic(?:ally)?|home[- ]market|at home|in China|in the domestic market)\b", re.I)),
        ("export", regex(r"\b(?:exports?|exported|overseas|abroad|foreign)\b", re.I)),
    ),
    "segment": (
        ("passenger", regex(r"\bpassenger\b", re.I)),
        ("commercial", regex(r"\bcommercial\b", re.I)),
    ),
    "powertrain": (
        ("bev", regex(r"\b(?:BEVs?|battery[- ]electric|pure[- ]electric|all[- ]electric|fully[- ]electric|pure EVs?)\b", re.I)),
        ("phev", regex(r"\b(?:PHEVs?|plug-in hybrids?)\b", re.I)),
        ("erev", regex(r"\b(?:EREVs?|range[- ]extended|extended[- ]range|range[- ]extender)\b", re.I)),
    ),
}
# Words (lower case) one of which every match of a segment's pattern holds (see periods.lowered).
# Say them again here when a pattern above changes.
SEGMENT_NEEDS = {
    "domestic": ("domestic", "home", "china"), "export": ("export", "overseas", "abroad", "foreign"),
    "passenger": ("passenger",), "commercial": ("commercial",), "bev": ("bev", "electric", "pure"),
    "phev": ("phev", "plug-in"), "erev": ("erev", "range"),
}
_INCLUDING = guarded(regex(r"\b(?:including|incl\.?|excluding|excl\.?|with|of which)\s+(?:\w+\s+){0,2}$", re.I))


@dataclass(slots=True, unsafe_hash=True)
class Place:
    """Where a figure sits: its sentence's figures and the words on either side of it. Treated as
    immutable, not frozen: see `Figure`."""

    figure: Figure
    index: int          # position among the sentence's figures
    clause: int
    before: str         # text from the previous figure (or sentence start) to this figure
    after: str          # text from this figure to the next figure (or sentence end)


class Context:
    """Figures of one document, grouped by sentence, with the words between them."""

    def __init__(self, text: str, figures: list[Figure], sentences: list[Sentence]):
        for kept in (_lead, is_new_lead, is_old_lead, is_level_lead, has_respectively, _states_change, direction_near,
                     basis_after):  # a new document: their answers go
            kept.cache_clear()
        self.text = text
        self.figures = [f for f in figures if f.relatable and not _counts_nothing(text, f)]
        self.sentences = sentences
        self._clause_heads: dict[tuple[int, int], str] = {}
        self.by_sentence: dict[int, list[Place]] = {}
        self.place: dict[str, Place] = {}
        grouped: dict[int, list[Figure]] = {}
        for f in self.figures:
            grouped.setdefault(f.sentence, []).append(f)
        for s_index, figs in grouped.items():
            sentence = sentences[s_index] if sentences else Sentence(0, 0, len(text), 0)
            places = []
            clause = 0
            for i, f in enumerate(figs):
                prev_end = figs[i - 1].end if i else sentence.start
                next_start = figs[i + 1].start if i + 1 < len(figs) else sentence.end
                before = text[prev_end:f.start]
                if i and CLAUSE_BREAK.search(before):
                    clause += 1
                place = Place(f, i, clause, before, text[f.end:max(f.end, next_start)])
                places.append(place)
                self.place[f.id] = place
            self.by_sentence[s_index] = places

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def clause_text_before(self, figure: Figure) -> str:
        """The words of the figure's clause up to the figure (cached: the measure of a figure reads
        them several times, and so do the relations)."""
        key = (figure.sentence, figure.start)
        head = self._clause_heads.get(key)
        if head is None:
            sentence = self.sentences[figure.sentence]
            head = self.text[sentence.start:figure.start]
            breaks = list(CLAUSE_BREAK.finditer(_DASH_ASIDE.sub(_blank, head) if "–" in head or "—" in head else head))
            head = self._clause_heads[key] = head[breaks[-1].end():] if breaks else head
        return head


# "Eco-friendly models – hybrids, plug-in hybrids, battery-electric and hydrogen cars – reached 231,740 units": a paired
# aside between dashes is inside the clause, not a break in it
_DASH_ASIDE = regex(r"\s[–—]\s[^–—\n;:]{1,100}?\s[–—]\s")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _counts_nothing(text: str, f: Figure) -> bool:
    """The "76" number plate: a bare number in quotes names something; it counts nothing. So does
    a model's number after its name ("Hyundai's Ioniq 5 and Kia's EV6", "the ID.Ost 4 with 702 units"),
    and "one in 28 used cars" is a ratio, not a number of cars."""
    if f.kind in ("count", "number") and _ONE_IN.search(text, max(0, f.start - 20), f.start):
        return True
    if f.kind != "number":
        return False
    if 0 < f.start and f.end < len(text) and (text[f.start - 1] in "\"“" and text[f.end] in "\"”"
                                             or text[f.start - 1] in "'‘" and text[f.end] in "'’" and not text[f.end + 1:f.end + 2].isalnum()):
        return True  # the "76" plate, the '76' plate: but never "1'54" or a possessive's "'s"
    return bool(re.fullmatch(r"\d{1,2}", f.text)) and bool(_MODEL_NAME_BEFORE.search(text, max(0, f.start - 30), f.start)) \
        and bool(_MODEL_NAME_AFTER.match(text, f.end))


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MODEL_NAME_BEFORE = regex(rf"(?<![\w.])(?!{_MONTHS}\b)(?!(?:Top|Group|Phase|Level|Stage|Tier|Category|Class|Euro|Chapter|Section)\b)"
                           r"(?:[A-Z][\w-]*\.)?[A-Z][a-z][\w-]*\s$")
_ONE_IN = regex(r"\b(?:one|1)\s+(?:in|out\s+of)\s+$", re.I)
_MODEL_NAME_AFTER = regex(r"\s*(?:[,.;)]|(?:and|or|with|in|is|was|has)\b|$)")


def out_of_scale(change: float, *amounts: float) -> bool:
    """A change stated a hundred times the amounts it would lie between together ("the yen averaged ¥151 to the dollar …,
    against ¥146 a year earlier, and exchange-rate effects added ¥138.5 billion"): the change of something else."""
    return abs(change) > 100 * sum(abs(a) for a in amounts)


def is_quantity(f: Figure) -> bool:
    return f.kind in QUANTITY_KINDS


SPANS = regex(r"seconds|minutes|hours|days|weeks|months|years", re.I)


def compatible(a: Figure, b: Figure) -> bool:
    """Two figures measure the same kind of thing, so one can be the other's earlier value."""
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    if a.kind in ("count", "number") and b.kind in ("count", "number"):
        if a.unit is None or b.unit is None:  # a bare number beside "units" or "24 days" ("supply was 97, 24 days more"),
            unit = a.unit or b.unit or ""  # never beside "150kW"
            return not PHYSICAL_UNITS.fullmatch(unit) or SPANS.fullmatch(unit) is not None
        return a.unit == b.unit
    return a.kind == b.kind


# built once from the compiled-pattern cache, not by `re` in every process on first use (about 4 ms)
_DOWN_OPENING = guarded(regex(rf"^\s*(?:\(?[^)]*\)?\s*)?(?:{DOWN_WORDS})\b", re.I))
_DOWN_AFTER = regex(rf"^\s*(?:\([^)]{{0,12}}\)\s*)?(?:year[- ]on[- ]year\s+|yoy\s+|y-o-y\s+)?(?:{DOWN_WORDS})\b", re.I)
_UP_AFTER = regex(rf"^\s*(?:\([^)]{{0,12}}\)\s*)?(?:year[- ]on[- ]year\s+|yoy\s+|y-o-y\s+)?(?:{UP_WORDS})\b", re.I)


def _phrasal(m: re.Match[str]) -> str:
    return " lost " if m.group(0).lower().startswith(("giv", "gav")) else " "


_CONTRAST = regex(r"\b(?:but|yet|while|whereas|though|although)\b", re.I)
_HEDGE_THAN_END = regex(r"\b(?:more|less|fewer)\s+than\s*$", re.I)


@cache  # the measure reader and the relations ask about each rate again: answers kept until the next Context
def direction_near(before: str, after: str = "") -> int:
    """+1 for words of rising, -1 for falling, 0 when the text says neither."""
    words = before.split()
    tail = _PHRASAL_UP.sub(_phrasal, " ".join(words[-9:] if words[-1:] == ["by"] else words[-6:]))  # "cut its full-year
    # operating profit forecast by 15%": a verb, its object, then "by"
    head = _PHRASAL_UP.sub(_phrasal, " ".join(after.split()[:3]))
    downs = list(_DOWN.finditer(tail))
    ups = list(_UP.finditer(tail))
    if downs and ups and (hedge := _HEDGE_THAN_END.search(tail)) is not None:
        # "fell by more than 22%", "up less than 1%": the "more" or "less" is a hedge, the word before it the direction
        ups = [m for m in ups if m.start() < hedge.start()]
        downs = [m for m in downs if m.start() < hedge.start()]
    if downs or ups:
        last_down = downs[-1].end() if downs else -1
        last_up = ups[-1].end() if ups else -1
        if (contrast := _CONTRAST.search(tail, max(last_down, last_up))) is not None and contrast.start() >= max(last_down, last_up):
            # "Class 5-7 orders rose on the month but were 7.1% lower than a year earlier": the clause after "but" says it
            if _DOWN_AFTER.match(after):
                return -1
            if _UP_AFTER.match(after):
                return 1
        return -1 if last_down > last_up else 1
    if _DOWN.match(head.lower()) or _DOWN_OPENING.match(head):
        return -1
    if _DOWN_AFTER.match(after):
        return -1
    if _UP_AFTER.match(after):
        return 1
    return 0


_JUDGED = regex(r"\b(?:improv\w*|deteriorat\w*|worsen\w*|weakened|better|worse)\b"
                r"|\b(?:is|was|are|were)\s+(?:much\s+|far\s+|slightly\s+|a\s+little\s+)?(?:smaller|larger|bigger|greater)\s+than\b", re.I)
# "2.3 points better than the 72.1%" of a claims ratio: lower; "The 0.3-point improvement is smaller than promised": its size


def direction_measured(before: str, after: str = "") -> int:
    """The direction words give a change in points, leaving out words that judge it: "rose to 1.64% from 1.51%, a
    deterioration of 0.13 percentage point" is a rise of a past-due rate, as an improvement in a cost ratio is a fall."""
    return direction_near(_JUDGED.sub(" ", before), _JUDGED.sub(" ", after))


def judged(before: str, after: str = "") -> bool:
    """Whether the words judge a change ("better", "an improvement of") rather than say which way it went."""
    return bool(_JUDGED.search(before) or _JUDGED.search(after))


_LOWER_IS_BETTER = regex(r"\b(?:" + "|".join(re.escape(t) for t in sorted(LOWER_IS_BETTER, key=len, reverse=True)) + r")\b", re.I)


def lower_is_better(words: str) -> bool:
    """Whether the words name a ratio that improves as it falls (a loss ratio, a default rate)."""
    return bool(_LOWER_IS_BETTER.search(words))


@cache  # as direction_near
def basis_after(after: str) -> str:
    m = _BASIS_AFTER.match(after)
    if not m:
        return "unspecified"
    b = m.group("b").lower()
    if "same" in b or "year" in b and "month" not in b.split("year")[-1]:
        return "yoy"  # "compared with the same month of the previous year"
    if "month" in b or b in ("mom", "m-o-m", "m/m") or "sequential" in b:
        return "mom"
    if "quarter" in b and "same" not in b or b in ("qoq", "q-o-q", "q/q"):
        return "qoq"
    return "yoy"


_VERB_JUST_BEFORE = regex(
    r"\b(?:rose|fell|grew|jumped|surged|climbed|declined|dropped|slipped|gained|increased|decreased|edged\s+(?:up|down)|"
    r"was\s+up|was\s+down|were\s+up|were\s+down|,\s*up|,\s*down)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|only|a\s+mere)\s+)?$", re.I)


_VERB_AND_OBJECT_BEFORE = regex(
    r"\b(?:raised|raising|increased|increasing|lifted|lifting|boosted|boosting|grew|growing|expanded|expanding|cut|cutting|"
    r"reduced|lowered|lowering)\s+(?:its\s+|their\s+)?(?:output|production|sales|deliveries|exports|imports|registrations|"
    r"shipments|volumes?|fleets?|revenues?|profits?|earnings|orders|lending|loans|portfolio|capacity|workforce|headcount|"
    r"premiums)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|just|only)\s+)?$", re.I)  # "grew its fleet 6.7%"


def is_change_rate(place: Place) -> bool:
    """A percent that states a change ("up 15%", "a 13% rise"), not a level ("a margin of 26%")."""
    if place.figure.kind not in ("percent", "multiple"):
        return False
    return _states_change(place.figure.kind, place.figure.text, place.before, place.after)


@cache  # the relations ask about each percent five times over: answers kept until the next Context
def _states_change(kind: str, text: str, before: str, after: str) -> bool:
    """is_change_rate, from what it reads of the place: the figure's kind and text, the words around it."""
    if kind == "multiple":
        return True
    if _BY_END.search(before) and _TO_NEXT_AFTER.match(after):
        return True  # "That lifted their share of the market by 4.7 percent to 21.0 percent": by how much it moved
    if _CHANGE_NOUN_AFTER.match(after) or _BASIS_AFTER.match(after) or _GROWTH_OF.search(before) or _AHEAD_OF_FIGURE.fullmatch(after):
        return True  # "5.7% ahead of the 24,671 registered a year earlier": ahead of an amount, never "ahead of plan"
    if _MINUS.match(text) and _BRACKET_END.search(before):
        return True  # "- Heavy trucks: 148,260 (-6.1%)": a signed percent in brackets after its level
    if _SIGNED.search(before) or _SIGN_WORD.match(text) and _COMPARED_AFTER.match(after) \
            and not _SIGNED_LEVEL.search(before):
        return True  # "+3.9 per cent compared with May 2025": a signed percent is a change
    if _PHRASAL_UP_END.search(before):
        return False  # "they now make up 3.6% of the used market": a part, not a rise
    if _VERB_JUST_BEFORE.search(before) or _VERB_AND_OBJECT_BEFORE.search(before):
        return True  # "their market share rose 3.1% to 34.6%": the verb, not the share, governs; "raising output 5.5%" too
    if _SHARE_CUE.search(" ".join(before.split()[-4:])):
        return False
    if _LEVEL_BEFORE.search(before):
        return False
    return bool(_RATE_BEFORE.search(before))


_BY_END = regex(r"\bby\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|more\s+than)\s+)?$", re.I)
_TO_NEXT_AFTER = regex(r"\s*,?\s*to\s+(?:an?\s+)?(?:(?:new\s+)?record\s+)?(?:(?:high|low)\s+of\s+)?$", re.I)  # up to the next figure
_TRAILING_HEDGE = regex(
    r"(?:\b(?:about|around|roughly|nearly|almost|some|approximately|approx\.|estimated|close\s+to|"
    r"just|over|more\s+than|less\s+than|under|at\s+least|up\s+to|near|an?|the)\s*)+$",
    re.I,
)


@cache  # the words before a figure are read by many relations: answers kept until the next Context
def _lead(before: str) -> str:
    """The words before a figure without its hedge: "reached about" leads like "reached". A hedge
    is a few words: it is looked for in the last 120 characters, as a search from every word of a
    long run of them would take the square of its length."""
    before = before.rstrip()
    cut = max(0, len(before) - 120)
    return before[:cut] + _TRAILING_HEDGE.sub("", before[cut:])


@cache  # as _lead
def is_new_lead(before: str) -> bool:
    return bool(_NEW_LEAD.search(before) or _NEW_LEAD.search(_lead(before)))


_LEVEL_LEAD = guarded(regex(
    r"\b(?:was|were|is|are|of|stood\s+at|came\s+in\s+at|reached|totaled|totalled|amounted\s+to|accounted\s+for|"
    r"accounting\s+for|made\s+up|making\s+up|share\s+of|took|taking|had)\s*(?:(?:an?|the)\s+)?$",  # "had a 19.2% share"
    re.I,
))


@cache  # as _lead
def is_level_lead(before: str) -> bool:
    """A level stated outright ("margin was 19.4%"), or reached ("improved to 26.4%")."""
    return bool(is_new_lead(before) or _LEVEL_LEAD.search(before) or _LEVEL_LEAD.search(_lead(before)))


_SIGN_WORD = regex(r"(?:minus|plus)\s", re.I)  # "minus 3.1 per cent compared with May 2025", not "a margin of minus 16.1 per cent"
_COMPARED_AFTER = regex(r"\s*(?:compared|on\s|from\s|versus|vs\.?|against|year|over\s)", re.I)
_SIGNED_LEVEL = regex(r"\b(?:to|from|of|at|was|were|is|are|stood)\s*$", re.I)  # "improved to minus 16.1 per cent from …"
_SIGNED = regex(r"(?<![\w+])\+$")
_MINUS = regex(r"[-−–]\s?\d")
_BRACKET_END = regex(r"\(\s*$")
_OLD_LEAD_PERIOD = guarded(regex(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|over|above|below|(?<!based\s)on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:19|20)\d{2}|year|quarter|month|Q[1-4]|H[12]|" + MONTH_RE + r")(?:'s|’s)\s*(?:(?:level|figure|total|tally|count)\s+of\s+)?$"  # "from July's 27,404",
    # "6.8% above the second quarter's 29,407"
    # "down 1.3% on last September's 170,392"
    r"|\bthan\s+(?:in\s+)?(?:(?:19|20)\d{2}|" + MONTH_RE + r")(?:'s|’s)\s+(?:level|figure|total|tally|count)\s+of\s+$"
    # "1,208 more than in January's count of 12,666": the month's level the difference is from
    # "compared with the same month of the previous year (228,900)": the compared period's figure in brackets
    r"|\b(?:compared\s+(?:with|to)|against|versus|vs\.?|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:(?:19|20)\d{2}|year|quarter|month|half)\s*\(\s*$",  # "down 1.9% on the same period last year (119,690)"
    re.I,
))


def rated_on(ctx: Context, place: Place) -> bool:
    """"Registrations rose 3.5% on the 1,461,902 of 2025": the amount a rate just before is on, an earlier value however
    the words before the rate read."""
    return place.index > 0 and ctx.by_sentence[place.figure.sentence][place.index - 1].figure.kind == "percent" \
        and _ON_THE.fullmatch(place.before) is not None


_ON_THE = regex(r"\s*on\s+(?:the\s+)?", re.I)


@cache  # as _lead
def is_old_lead(before: str) -> bool:
    """"from X", "compared with X", "from the year-ago X", "from Q3 2024's X"."""
    bare = _lead(before)
    if _SOURCE_FROM.search(before):
        return False  # "no longer assumes any help from the $7,500 federal tax credit": where it comes from, no earlier value
    return bool(_OLD_LEAD.search(before) or _OLD_LEAD_PERIOD.search(before) or _OLD_LEAD.search(bare))


_SOURCE_FROM = guarded(regex(r"\b(?:help|support|aid|funding|money|grants?|subsid(?:y|ies)|contributions?|donations?|loans?|"
                             r"priced|starting|starts?|available|offered|rang(?:ed|ing|es?))\s+from\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
                             re.I))  # "priced from ¥2.59 million", "ranged from 400 to 3,800 units": a price's or a range's floor


def mentions_year_before(text: str) -> bool:
    return bool(_YEAR_BEFORE.search(text))


_FORECAST = guarded(regex(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projected|projects?|projection|targets?|targeting|"
    r"guidance|outlook|aims?\s+(?:to|for)|plans?\s+to|estimates?|predicts?|predicted|anticipates?|will|would|could|"
    r"should|goal|ambition|consensus|we\s+see|is\s+seen|are\s+seen|on\s+track\s+to|poll\s+of\s+(?:\w+\s+){0,2}?analysts|analysts\s+polled|pencilled|penciled|pegged)\b", re.I))


def is_forecast(clause: str) -> bool:
    """A figure the text expects, targets or forecasts, which no actual value should be joined with."""
    return bool(_FORECAST.search(clause))


def is_share_cue(text: str) -> bool:
    return bool(_SHARE_CUE.search(text))


@cache  # as _lead
def has_respectively(text: str) -> bool:
    return bool(_RESPECTIVELY.search(text))


# segment_of, at every quantity a breakdown reads: its clause without "including …", its words up to the next break
_INCLUDED_WORDS = guarded(regex(r"\b(?:including|incl\.?|excluding|excl\.?)\s+\w+(?:\s+\w+)?|\b\w+\s+(?:included|excluded)\b", re.I))
_TAIL_BREAK = regex(r"[,;()]|\b(?:while|whereas|and|but)\b")


def segment_of(ctx: Context, figure: Figure) -> tuple[str, str] | None:
    """The market segment a quantity belongs to ("domestic" of "market"), from its clause."""
    head = ctx.clause_text_before(figure)
    head = _INCLUDED_WORDS.sub(" ", head)
    tail = _TAIL_BREAK.split(ctx.place[figure.id].after, maxsplit=1)[0]
    tail = " ".join(tail.split()[:4])
    own = figure.text.split(None, 1)[1] if " " in figure.text.strip() else ""  # "176,420 light commercial vehicles": its own noun
    words = lowered(head + " " + tail + " " + own)  # most clauses name no segment: their patterns are not run
    found = None
    for family, members in SEGMENTS.items():
        for label, pattern in members:
            if words is not None:  # a loop, not any() over a generator: every quantity of every article asks
                for w in SEGMENT_NEEDS[label]:
                    if w in words:
                        break
                else:
                    continue
            hits = [m.end() for m in pattern.finditer(head)] + ([10_000] if pattern.search(tail) else []) \
                + ([20_000] if own and pattern.search(own) else [])
            if hits:
                pos = max(hits)
                if found is None or pos > found[2]:
                    found = (family, label, pos)
    return (found[0], found[1]) if found else None


def segment_named(words: str) -> tuple[str, str] | None:
    """The segment a few words name ("BEV" in "of the BEV total"), where one does."""
    found = [(family, label) for family, members in SEGMENTS.items() for label, pattern in members if pattern.search(words)]
    return found[0] if len(found) == 1 else None


# "In the same period last year", "A year earlier": a sentence about the earlier period
SAME_PERIOD_BEFORE = regex(
    r"\W*(?:(?:In|For|During|Over)\s+the\s+(?:same|corresponding|comparable)\s+(?:period|quarter|month|half|months)\s+"
    r"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:previous|prior|preceding)\s+year)|"
    r"(?:A|One)\s+year\s+(?:earlier|ago|before)|The\s+year\s+before(?=,)|(?:Twelve|12)\s+months\s+(?:earlier|ago|before)|"
    r"(?:In|For)\s+the\s+(?:previous|prior|preceding)\s+year)\b")


def says_total(text: str) -> bool:
    return bool(re.search(r"\b(?:total|overall|in all|combined|altogether|including|included|incl\.|aggregate)\b", text, re.I))


def inside_including(before: str) -> bool:
    return bool(_INCLUDING.search(before))


_AS_MANY = regex(r"\s+as\s+(?:many|much|large|big|high|fast|often|long)\b"
                 r"|\s+the\s+(?:level|figure|total|number|volume|amount|size)\s+of\s+(?:the\s+|all\s+)?"
                 rf"(?!(?:same|previous|prior|last|a\s+year|year|month|quarter|period|\d|{MONTH_RE}))[a-z]", re.I)


def compares_others(text: str, end: int) -> bool:
    """"BYD still sold more than twice as many", "1.6 times the volume of new registrations": a multiple of
    another thing in the same period, never a change of one thing over time."""
    return bool(text) and bool(_AS_MANY.match(text, end))

# "against the $2.85 billion analysts had expected", "ahead of the $1.79 billion expected by analysts": an estimate, never
# an earlier value nor the level reported
ESTIMATE_AFTER = regex(r"\s*(?:that\s+|which\s+)?(?:(?:analysts|economists|the\s+market|investors|the\s+consensus)\s+(?:had\s+|have\s+)?"
                       r"(?:expected|forecast|estimated|predicted|anticipated|pencilled\s+in|penciled\s+in)|"
                       r"(?:expected|forecast|estimated|predicted|anticipated)\s+by\s+(?:\w+\s+){0,2}?(?:analysts|economists))\b", re.I)
# "…, against 44.3% a year earlier, when 4,378 were registered": a count a "when" clause gives its sentence's level
WHEN_BARE = guarded(regex(r"\bwhen\s+(?:(?:only|just|some|about|around|nearly|almost)\s+)?$", re.I))
# "short of the 45,000 the company had promised the Board of Investment": a number planned, never a level reported nor
# the whole "them" stands for
PROMISED_AFTER = regex(r"\s*(?:units\s+|vehicles\s+|cars\s+)?(?:that\s+|which\s+)?(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:had\s+|has\s+|have\s+)?(?:promised|pledged|targeted|budgeted|committed\s+to)\b", re.I)
# "Of the BEVs shipped to dealers, 3,910 were imported", "Of the battery-electric trucks, 41,380 were battery-swap models":
# a sentence that opens by naming the whole its figures are parts of
OF_OPENER = regex(r"\W*Of\s+(?:the|these|those|its|their|all)\s+([^,\d]{1,80}),")
# "Of them, 27,150 came from Great Britain": a sentence that opens on the figures of the one before as its whole
OF_THEM_OPENING = regex(r"\W*(?:of|among)\s+(?:them|these|those)\b", re.I)

# "Large fleets …, adding 193,954 units (2025: 180,299)": an amount with its own year-before value in a labelled bracket is
# a level, whatever verb brings it
LABELLED_COMPARATIVE_AFTER = regex(r"\s*(?:[a-z-]+\s+){0,2}?\(\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*:\s*(?:[\d£$€¥₹]|$)")
