"""Changes over time: growth, implied-prior, points, multiple, difference and direction claims.

All of them need the same thing — a new value, an earlier value and what the text says about the
change between them — so they share one endpoint finder. A change stated without an earlier value
becomes an `implied-prior` claim (information, or a reference check later); a value linked to an
earlier one in a neighbouring sentence only when that sentence says it is from a year before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from evcheck.cache import regex
from evcheck.extract.model import Figure
from evcheck.periods import MONTH_RE, find_all_periods, previous
from evcheck.prefilter import guarded
from evcheck.relate import context as cx
from evcheck.relate.context import Context, Place
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import (
    GAP_LESS_THAN,
    GAP_MORE_THAN,
    MEMBER_ADDED,
    MEMBERS_GO_ON,
    PACE_AFTER,
    THAN_A_RIVAL,
    lexicon,
)

ABS_CHANGE_BEFORE = guarded(regex(
    r"(?:(?:net\s+)?(?:addition|increase|rise|gain|growth|decrease|decline|drop|reduction|fall|jump)\s+of|"
    r"\b(?:added|adding|adds|add|opened|opening|up\s+by|down\s+by|(?:increased|decreased|rose|fell|grew|declined|dropped|jumped|"
    r"narrowed|narrowing|narrows|widened|widening|widens|shrank|shrunk)\s+by|"
    r"\b(?:shift|shifts|shifted|moves|moved|swings|swung)\s+(?:[\w'’-]+\s+){0,4}?by|"  # "shifts annual operating profit by about
    # 45 billion yen"; "cut its full-year forecast by 270 billion yen" (but "Tariffs reduced operating profit by 23 billion yen"
    # is what one cause took, no change between two stated levels)
    r"\b(?:lifts|lifted|cut|cuts|raised|raises|lowered|lowers|trimmed|trims)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:forecast|forecasts|guidance|outlook|target|targets|estimate|estimates|projection|projections)\s+by)"
    r")\s*(?:(?:an?|the|another|a\s+further|about|around|roughly|nearly|almost|some)\s+)*$",
    re.I,
))
_PRONOUN_WAS = regex(r"\b(?:it|they)\s+(?:was|were|had\s+been|stood\s+at|came\s+to|totall?ed)\s+(?:(?:about|around|some|only|just)\s+)?$", re.I)
_ADDING_THE = regex(r"\badding\s+(?:the|its|their)\s+$", re.I)
_AND_THEN = regex(r"\s*(?:[a-z-]+\s+){0,2}?(?:and|plus)\s+(?:(?:another|a\s+further|the)\s+)?", re.I)
_BARE_CHANGE = regex(r"\b(?:up|down)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)
FOR_OTHERS = regex(r"\s*(?:for|on)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:cars|vehicles|models|vans|trucks|buyers|drivers|owners)\b", re.I)
_AFTER_BEFORE = regex(r"\s*,?\s*after\s+(?:the\s+|its\s+|their\s+)?", re.I)
_TO_BEFORE = regex(r"\bto\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)
# "$410 million more than the $1.05 billion", "14,526 pcs ahead of Hyundai": an amount that is a gap, not a level
# "operating cash flow of €3.94 billion more than covered capital spending": a verb after "more than", no gap
_THAN_A_VERB = r"(?!\s+(?:covered|covers|offset|offsets|compensated|compensates|made\s+up|makes\s+up|paid|pays|funded|funds|matched|doubled|tripled|halved)\b)"
GAP_AFTER = regex(r"\s*(?:[\w-]+\s+){0,2}?(?:ahead\b|behind|short\s+of|shy\s+of|(?:more|fewer|less|higher|lower|faster|slower|quicker|sooner|longer|shorter)"
                  r"\s+than\b" + _THAN_A_VERB + ")", re.I)  # "sold in 31 days, 13 days faster than a year earlier": a gap
# "13,052 were brand new", "were new": a level's description, never an amount added
ABS_CHANGE_AFTER = regex(r"^\s*(?:\w+\s+){0,2}?(?:more(?!\s+than\b" + _THAN_A_VERB[3:-1] + r")|additional|extra|fewer|(?<!brand\s)(?<!were\s)(?<!was\s)(?<!the\s)(?<!its\s)(?<!their\s)(?<!on\s)new|added)\b",
                         re.I)  # but "spent €3.9 billion on new cars": the cars
_LOSS = regex(r"\b(?:loss|losses|deficit|net\s+loss|operating\s+loss|shortfall|outflow)\b", re.I)
_HEDGED_THAN = regex(r"\b(?:more|less|fewer)\s+than\s+(?:about\s+|around\s+)?$", re.I)
_COMPARED_THAN = regex(r"(?:\d[\d,.]*|\b(?:units?|vehicles|cars|sales|registrations))\s*(?:[\w%-]+\s+){0,2}?(?:more|less|fewer)\s+than\s+"
                       r"(?:about\s+|around\s+)?$", re.I)
_CHANGE_OF = guarded(regex(r"\b(?:improvement|deterioration|increase|rise|gain|decrease|decline|drop|reduction|fall|jump|swing|turnaround)"
                   r"\s+of\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I))
_ON_THE = regex(r"\s*on\s+(?:the\s+)?", re.I)
_SOURCE_ASIDE = regex(r"\b(?:according\s+to|compiled\s+by|counted\s+by)\b[^;:,]*$", re.I)
_COMPARES = regex(r"\s*(?:That|This|It|(?:The|That|This)\s+(?:figure|total|tally|number|result))\s+(?:compares|compared)\s+(?:with|to)\b")
_THAN_OLD = regex(r"\b(?:(?P<up>deeper|larger|bigger|greater|higher|steeper|wider)|shallower|smaller|lower|narrower)\s+than\s+(?:the\s+|its\s+|their\s+)?$",
                  re.I)
_MAGNITUDE_DOWN = regex(r"\b(?:narrow(?:ed|ing|s)?|shr[aiu]nk|reduced|trimmed|cut|smaller)\b", re.I)
_MAGNITUDE_UP = regex(r"\b(?:widen(?:ed|ing|s)?|deepen(?:ed|ing|s)?|ballooned|bigger|larger|swelled)\b", re.I)
_IMPROVE = regex(r"\bimprov(?:ed|ing|es|e|ement)\b", re.I)
_FALL_WORD = regex(r"\b(?:decrease|decline|drop|reduction|fall|fewer|down|fell|declined|dropped|decreased|closed|lost|"
                   r"narrowed|narrowing|narrows|shrank|shrunk)\b", re.I)
_NARROWED = regex(r"\b(?:narrowed|narrowing|narrows|shrank|shrunk|shrinking)\b", re.I)  # a size, whatever the sign of the values
_WORSEN = regex(r"\b(?:worsen(?:ed|ing|s)?|deteriorat(?:ed|ing|es))\b", re.I)
_UP_TO_LIMIT = regex(r"\b(?:(?:up|down)\s+to|(?:a\s+)?range\s+(?:below|above|under|over|of\s+(?:less|more)\s+than))\s+(?:about\s+)?[^\s\d]*\d[\w.,]*",
                     re.I)  # "engines up to 350cc", "cars with a range below 200 miles": a limit, no direction
_RELATIVE_BETWEEN = regex(r"\b(?:said|says|according\s+to|told)\b", re.I)
WITH_MORE_THAN = regex(r"\s*(?:[\w-]+\s+){0,2}?(?:with|of|for|having|at|by)\s+(?:more|fewer|less)\s+than\b", re.I)  # "97 fleets with more than 500"
_CLAUSE_AFTER_OLD = regex(r",|\b(?:which|who|that|helped|thanks|after|while|when)\b", re.I)
_AND_RATE = regex(r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,4}?(?:and|,)\s*(?:(?:an?|by)\s+)?$", re.I)
_BACKWARD_OK = regex(
    r"^\s*(?:units?|vehicles?)?\s*(?:\([^)]*\)\s*)?(?:,|;|—|–|-)?\s*(?:(?:which\s+(?:is|was|were|are)|that\s+(?:is|was)|was|were|is|are|"
    r"up|down|an?|the|having|representing|marking|reflecting|rising|falling|increasing|decreasing|growing|climbing|jumping|"
    r"surging|dropping|declining|gaining|or|with|for|year-on-year|year\s+on\s+year|yoy|y-o-y|on-year|by|nearly|almost|about|"
    r"around|roughly|some|approximately|just|over|more\s+than|less\s+than|near|notable|significant|strong|robust|"
    r"modest|slight|sharp|steep|whopping|solid|healthy|massive|annual|increase|decrease|rise|decline|drop|fall|gain|growth|"
    r"jump|surge|slump|dip|of|registered|sold|delivered|shipped|exported|produced|built|"
    r"on\s+sale|for\s+sale|in\s+stock|in\s+service|on\s+offer|in\s+operation)\b[\s,]*)*$",  # "84,215 electric cars on sale, 35.5% more"
    re.I,
)


_YEAR_AGO_BRACKET = regex(r"\s*(?:(?:(?:more|less|fewer|higher|lower|up|down|above|below)\s+(?:than\s+)?|on\s+|over\s+)?"
                          r"(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+year\s+before)"
                          r"|(?:more|less|fewer|higher|lower|above|below)\s+than\s+(?:in|at|on)\s+[^.;:()]{1,30}?)\s*\(\s*", re.I)
# "35.5% more than a year ago (62,140)", "12% more than in January (31,200)": the value of the time the words compare with
_RATE_FROM = regex(r"\s*(?:from|on|over|compared\s+with|against)\s+(?:an?\s+|the\s+)?")
_WHEN_COMPARED = regex(r"\b(?:than|from|since|against|on|over|compared\s+(?:with|to))\s+(?:in\s+)?[^.;,\d]{1,40},\s*when\s+(?:[a-z'’-]+\s+){0,4}?$",
                       re.I)  # "… than in the second quarter, when we reported 7.64 trillion won, and 16.5% above": no level of its own
_OR_BEFORE = regex(r"^\s*,?\s*or\s+(?:(?:about|around|some|nearly)\s+)?$", re.I)  # "…, or about 41,000"
_ITS_VOLUME = regex(r"(?:[,;]|\b(?:and|but|though|although|while|whereas))\s+(?:its|their)\s+(?:own\s+)?"
                    r"(?:volumes?|sales|deliveries|registrations|output|production|shipments|exports|orders)\s+"
                    r"(?:rose|fell|grew|climbed|jumped|dropped|declined|slipped|increased|decreased|gained|was\s+(?:up|down)|were\s+(?:up|down))"
                    r"\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)
_CHANGE_IS = regex(r"\b(?:increase|rise|gain|decrease|decline|drop|fall|reduction|difference|gap)\s+(?:is|was|of|came\s+to|"
                   r"amounted\s+to|stood\s+at)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)
_TWO_WORDS = regex(r"^\s*(?:[\w-]+\s+){0,2}")
_SHARE_AS_RESULT = regex(rf",\s*(?:[^,;.]{{0,80}},\s*)?(?:{cx.RESULT_PARTICIPLES}|boosting)\s+"
                         r"(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:share|penetration)\b", re.I)
_LEVEL_AS_RESULT = regex(rf",\s*(?:{cx.RESULT_PARTICIPLES}|boosting|leaving)\s+(?:[\w&'-]+\s+){{1,4}}?(?:at|to)\s+"
                         r"(?:(?:about|around|nearly|almost|just)\s+)?$", re.I)
_A_SHARE_OF = regex(r"\s+of\s+(?:the|its|their|all|total)\b", re.I)
_RATIO_SUBJECT = regex(r"\b(?:share|penetration|margin|ratio|rate|proportion|percentage|utili[sz]ation|yield)s?\b", re.I)
_AMOUNT_THEN_RATE = regex(r",?\s+(?:up|down)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost)\s+)?")  # "reached 1,312,600, up 20.8%"


def _stated_sign(place: Place) -> int:
    f = place.figure
    if f.value < 0:
        return -1
    if f.kind == "multiple":
        return -1 if f.value < 1 else 1
    sign = cx.direction_near(place.before, place.after)
    return sign or 1


class _Finder:
    def __init__(self, ctx: Context, secondary: set[str]):
        self.ctx = ctx
        self.secondary = secondary
        self.claims: list[Claim] = []
        self.used_rates: set[str] = set()
        self.beat_rates: set[str] = set()  # rates after "beat X by": another "and Y's Z by" shares their verb
        self.used_levels: set[str] = set()
        self.old_ids: set[str] = set()
        self.new_ids: set[str] = set()

    # ---- endpoints -------------------------------------------------------------------------

    def _forward_new(self, places: list[Place], i: int) -> Place | None:
        rate = places[i]
        j = i + 1
        compared = False
        while j < len(places):
            p = places[j]
            if p.clause != rate.clause:
                return None
            if p.figure.id in self.secondary:
                j += 1
                continue
            if p.figure.kind in ("percent", "multiple") and cx.is_change_rate(p):
                if (_AND_RATE.match(places[j - 1].after) or _AND_RATE.match(p.before)) and not compared:
                    j += 1
                    continue
                return None  # "41.3% more than the 83,840 of a year earlier and 23.1% more than in the first quarter, when
                # deliveries totalled 96,210": the first rate has its earlier value; what follows is the second's
            if cx.is_old_lead(p.before) or _OR_BEFORE.match(p.before):
                compared = compared or cx.is_old_lead(p.before)
                j += 1
                continue
            if cx.is_new_lead(p.before) and (cx.is_quantity(p.figure) or p.figure.kind == "percent"):
                if j > i + 1 and cx.is_old_lead(places[j - 1].before) \
                        and _CLAUSE_AFTER_OLD.search(self.ctx.text, places[j - 1].figure.end, p.figure.start):
                    return None  # "almost tripled from 2,790 …, helped by the hatchback, which went on sale at 89,800 yuan"
                return p
            return None
        return None

    def _backward_new(self, places: list[Place], i: int) -> Place | None:
        rate = places[i]
        skipped_old = None
        restating: set[str] = set()
        elliptic = i > 0 and _SUBJECTLESS_CLAUSE.fullmatch(self.ctx.text, places[i - 1].figure.end, rate.figure.start) is not None
        for j in range(i - 1, -1, -1):
            p = places[j]
            if p.clause != rate.clause and not (elliptic and p.clause == rate.clause - 1):
                return None  # but "… 486,300 of the total, or 42.6%, and were up 42.3%": a clause of no subject of its own
            if p.figure.id in self.secondary:
                continue
            if p.figure.kind == "percent" and j > 0 and cx.is_quantity(places[j - 1].figure) and _RESTATED_SHARE.fullmatch(p.before) \
                    and not cx.is_change_rate(p) and skipped_old is None:
                restating.add(p.figure.id)  # "486,300 of the total, or 42.6%, and were up 42.3%": the share restates the level
                continue
            if not (cx.is_quantity(p.figure) or (p.figure.kind == "percent" and not cx.is_change_rate(p))):
                return None
            if j > 0 and _AND_THEN.fullmatch(p.before) and cx.is_quantity(places[j - 1].figure) \
                    and ABS_CHANGE_BEFORE.search(places[j - 1].before):
                return None  # "rises from 4,330 to 6,420, adding the 1,850 vans and 240 trucks, a 48.3% increase": no list's last
            if p.figure.id in self.old_ids or cx.is_old_lead(p.before):
                # "rose to X from Y, an increase of Z%": step over the earlier value once
                if skipped_old is None and j > 0 and not cx.is_old_lead(places[j - 1].before):
                    skipped_old = p
                    continue
                return None
            if skipped_old is not None:
                if _RELATIVE_BETWEEN.search(self.ctx.text, skipped_old.figure.end, rate.figure.start):
                    return None  # "to 18% from 28% …, which the company said boosted bookings by over 30%": another thing's rate
                if ABS_CHANGE_BEFORE.search(p.before) or _BARE_CHANGE.search(p.before) or GAP_AFTER.match(p.after):
                    continue  # "fell to £631, down £43 from £674, a decline of 6.4%", "770 fewer than the 2,640": the change is no level
                return p if cx.compatible(p.figure, skipped_old.figure) else None
            between = self.ctx.text[p.figure.end:rate.figure.start]
            between = re.sub(r"\([^)]*\)", " ", between)
            between = cx.PERIOD_PHRASE.sub(" ", between)
            for q in places[j + 1:i]:
                if q.figure.id in self.secondary:
                    between = between.replace(q.figure.text, " ")
            if restating:  # the words after the share that restates the level: "…, or 42.6%, and were up"
                between = self.ctx.text[max(q.figure.end for q in places[j + 1:i] if q.figure.id in restating):rate.figure.start]
                between = _AND_OPENING.sub(" ", between) if elliptic else _SHARE_OF_TOTAL_AND.sub(" ", between)
            if len(between) <= 60 and _BACKWARD_OK.match(between):  # the length first: the pattern is slow on long gaps
                return p
            if _BRACKET_OPENS.fullmatch(between) and _BRACKET_CLOSES.match(rate.after):
                return p  # "- Heavy trucks: 148,260 (-6.1%)": the level's change in brackets right after it
            return None
        return None

    def _periods_agree(self, new: Figure, old: Figure, basis: str) -> bool:
        """Whether the months or quarters the text gives the two values fit the stated basis."""
        if basis not in ("yoy", "mom", "qoq"):
            return True
        sentence = self.ctx.sentences[new.sentence]
        tail_end = min(old.end + 40, sentence.end)
        found = find_all_periods(self.ctx.text[sentence.start:sentence.end], 2000)
        old_periods = [p for s, e, p in found if old.end <= sentence.start + s < tail_end]
        new_periods = [p for s, e, p in found if not (old.end <= sentence.start + s < tail_end)]
        if not old_periods or not new_periods:
            return True
        a, b = new_periods[0], old_periods[0]
        expected = previous(a, basis)
        if expected is None or len(a.code) != len(b.code):
            return True
        if basis == "yoy":
            return a.code[4:] == b.code[4:]
        return expected.code[4:] == b.code[4:]

    def _second_comparison_new(self, places: list[Place], i: int) -> Place | None:
        """"That figure was 14.1% higher than the 103,900 of the second quarter and 28.5% above the 92,300 of a year
        earlier", "fell 2.7% to 131,524 from 135,174 a year earlier, and were 4.9% below September's 138,297": a second rate,
        right after the first one's earlier value and its "and", is of the first one's level too."""
        p = places[i]
        if i < 2 or places[0].figure.kind != "percent" or not cx.is_change_rate(places[0]) \
                or not _SECOND_COMPARISON.fullmatch(p.before) or not cx.is_quantity(places[i - 1].figure) \
                or not cx.is_old_lead(places[i - 1].before) \
                or any(q.figure.kind == "percent" for q in places[1:i]):
            return None
        return self._forward_new(places, 0) or self._backward_new(places, 0) or self._anaphoric_new(places[0])

    def _anaphoric_new(self, rate: Place) -> Place | None:
        """"Sales reached 2.593 million in July. That was up 14.7% from 2.262 million …": the rate
        of a sentence opening with "that was" belongs to the last quantity of the sentence before."""
        f = rate.figure
        sentence = self.ctx.sentences[f.sentence]
        if f.sentence == 0:
            return None
        opening = self.ctx.text[sentence.start:f.start]
        compares = _COMPARES.match(opening)
        places = self.ctx.by_sentence[f.sentence]
        if compares:  # "That compares with 144,860 in April 2025, an increase of 2.8%": the change of the sentence before
            if not all(cx.is_old_lead(p.before) for p in places[:rate.index] if cx.is_quantity(p.figure)):
                return None
        elif rate.index != 0 or not _ANAPHORIC_OPENING.match(opening):
            return None
        previous = [p for p in self._levels_before(f)  # "compared with 3.37 trillion won a year earlier" is not what "It" is
                    if not _SOURCE_ASIDE.search(self.ctx.text, self.ctx.sentences[p.figure.sentence].start, p.figure.start)]
        # "1,186,420 public charge points, according to our census of the 27 EU member states": who counted, never the level
        if len(previous) > 1 and cx.PARTS_FOLLOW.match(self.ctx.text, previous[0].figure.end, previous[1].figure.start):
            return previous[0]  # "Revenue reached €88.6 million, of which charging fees brought in €79.3 million and …
            # €9.3 million. That was 37.2% more": the whole the parts are of
        return previous[-1] if previous else None

    def _levels_before(self, f: Figure) -> list[Place]:
        """The amounts the sentence before the figure's states as levels, in its paragraph: where "That", "It" or a maker's
        name opening the figure's sentence points back to. None taken as a conversion or an earlier value."""
        sentence = self.ctx.sentences[f.sentence]
        if not f.sentence or self.ctx.sentences[f.sentence - 1].paragraph != sentence.paragraph:
            return []
        return [p for p in self.ctx.by_sentence.get(f.sentence - 1, []) if cx.is_quantity(p.figure)
                and p.figure.id not in self.secondary and p.figure.id not in self.old_ids and not cx.is_old_lead(p.before)
                and not _CLOCK_AFTER.match(p.after) and not PACE_AFTER.match(p.after)]  # "compiled as of 8 am on June 2": a
        # time of day, no level; "roughly 1,600 a day": a pace

    def _possessive_new(self, places: list[Place], i: int) -> Place | None:
        """"Nissan kept first place with 20,118 units and a 17.0% share, though its volume fell 5.6% from 21,310": the
        one amount the sentence gave its subject before the clause that names it again by "its volume"."""
        rate = places[i]
        sentence = self.ctx.sentences[rate.figure.sentence]
        if not _ITS_VOLUME.search(self.ctx.text, sentence.start, rate.figure.start):
            return None
        before = [p for p in places[:i] if cx.is_quantity(p.figure) and p.figure.id not in self.secondary
                  and p.figure.id not in self.old_ids and not cx.is_old_lead(p.before) and not cx.is_change_rate(p)]
        if len(before) != 1:
            return None
        old = next((q for q in places[i + 1:] if cx.is_quantity(q.figure) and cx.is_old_lead(q.before)), None)
        return before[0] if old is not None and cx.compatible(before[0].figure, old.figure) and not GAP_AFTER.match(before[0].after) \
            else None  # but "finished 1,120 units clear of the HiLux, although its own volume slipped 5.1%": no earlier value, no level

    def _possessor_new(self, places: list[Place], i: int) -> Place | None:
        """"Orin … delivered 42,842, or 41.0% of the group's volume. Orin's figure has more than doubled from 19,870": a
        sentence that opens on a maker's figure and states only the earlier value takes the level the sentence before gave
        that maker, the first after its name."""
        rate = places[i]
        sentence = self.ctx.sentences[rate.figure.sentence]
        opening = _POSSESSOR_OPENING.match(self.ctx.text, sentence.start, rate.figure.start)
        if opening is None or not rate.figure.sentence or any(cx.is_quantity(q.figure) for q in places[:i]):
            return None
        old = next((q for q in places[i + 1:] if cx.is_quantity(q.figure)), None)
        if old is None or not cx.is_old_lead(old.before):
            return None
        levels = [q for q in self._levels_before(rate.figure) if not GAP_AFTER.match(q.after) and cx.compatible(q.figure, old.figure)]
        earlier = self.ctx.sentences[rate.figure.sentence - 1]
        said = self.ctx.text.rfind(opening.group("name"), earlier.start, earlier.end)
        return next((q for q in levels if said >= 0 and q.figure.start > said), None)  # the first level after the name

    def _parallel_new(self, places: list[Place], i: int) -> Place | None:
        """"… a decrease of 4.5% from X and an increase of 16.7% from Y": the second rate shares the
        first one's new value."""
        if i < 1:
            return None
        prev = places[i - 1]
        if prev.figure.id in self.old_ids and i >= 2:
            prev_rate = places[i - 2]
        elif prev.figure.id in self.used_rates:
            prev_rate = prev
        else:
            return None
        if prev_rate.figure.id not in self.used_rates:
            return None
        if not re.match(r"^[^.;]{0,60}?\b(?:and|but|while|whereas)\b", places[i].before) and not re.match(r"^\s*,", places[i].before):
            return None
        for claim in reversed(self.claims):
            if claim.roles.get("rate") == prev_rate.figure.id and "new" in claim.roles:
                new_id = claim.roles["new"]
                if isinstance(new_id, str):  # a change's new value is one figure
                    return self.ctx.place[new_id]
        return None

    def _percent_after(self, places: list[Place], new: Place) -> Place | None:
        """"a return on sales of 6.2% after 7.9% in the first nine months of 2025": the percent right after "after" is
        the level's earlier value; never a rate ("6.2% after a 3.1% fall") nor an amount ("$2 billion after $5 billion
        of charges", net of them)."""
        if new.index + 1 >= len(places):
            return None
        old = places[new.index + 1]
        if old.figure.kind != "percent" or old.clause != new.clause or old.figure.id in self.used_rates | self.old_ids \
                or not _AFTER_BEFORE.fullmatch(old.before) or cx.is_change_rate(old):
            return None
        return old

    def _stood_after(self, places: list[Place], new: Place) -> Place | None:
        """"The EBITDA margin widened by 120 basis points to 13.5%; a year ago it stood at 12.3%": the percent right
        after a level reached ("to 13.5%"), in a clause of its own that says where it stood a year before."""
        if new.index + 1 >= len(places) or not _TO_BEFORE.search(new.before):
            return None
        old = places[new.index + 1]
        if old.figure.kind != "percent" or old.figure.id in self.used_rates | self.old_ids or cx.is_change_rate(old) \
                or not cx.YEAR_AGO_CLAUSE.fullmatch(old.before):
            return None
        return old

    def _old_in_clause(self, places: list[Place], new: Place, exclude: set[str], after: Place | None = None) -> Place | None:
        """The earlier value: a figure led by "from"/"compared with"/"a year earlier" near the new one,
        preferring the first one after the rate when the rate is given."""
        stop = len(places)
        if after is not None:
            for p in places[after.index + 1:]:
                if p.clause != after.clause:
                    stop = p.index  # "rose 8.1% to 4,982 units, while HGV registrations fell to 312 from 348"
                    break
                if p.figure.id in self.secondary or p.figure.id in exclude or cx.ESTIMATE_AFTER.match(p.after):
                    continue  # "… to $3.02 billion, against the $2.85 billion analysts had expected": an estimate
                if p.figure.kind == "percent" and (cx.is_change_rate(p) or new.figure.kind != "percent"):
                    stop = p.index  # "up 58.8% year on year and 12.9% from $3.42 billion": that earlier value is the next rate's
                    break
                if p.figure.kind == "multiple":
                    break  # "rose 97.5 percent to 238,000 units, nearly doubling from 120,000": one change, said twice
                if cx.ANOTHER_COMPARISON.match(p.before):
                    stop = p.index - 1  # "Against 4,51,900 last October, that is growth of 7.6 per cent, and against September's
                    break  # 3,94,710 it is 23.2 per cent": a comparison of its own, with its own rate after it
                if p is not new and cx.compatible(p.figure, new.figure) and (cx.is_old_lead(p.before) or (
                        p.index == after.index + 1 and (_ON_THE.fullmatch(p.before) or _YEAR_AGO_BRACKET.fullmatch(p.before)
                                                        or _EARLIER_WHEN.fullmatch(p.before) or _POSSESSIVE_BASE.fullmatch(p.before)))):
                    return p  # "a rise of 34.7% on the 39,170 of May 2025", "35.5% more than a year ago (62,140)"
        best = None
        for p in places:
            if p.figure.id in exclude or p.figure.id in self.secondary or p is new or p.index > stop or cx.ESTIMATE_AFTER.match(p.after):
                continue
            if p.clause != new.clause and abs(p.index - new.index) > 2:
                continue
            if after is not None and 0 < p.index < after.index and (lead := places[p.index - 1]).clause == p.clause != after.clause \
                    and lead.figure.kind == "percent" and cx.is_change_rate(lead):
                continue  # "It grew 10.6% from SEK 13.2 billion, and parts sales alone rose 8.2% to SEK 9.4 billion": the first rate's
            if p.index < new.index and (p.clause != new.clause and _CONTRAST_BETWEEN.search(self.ctx.text, p.figure.end, new.figure.start)
                                        or _AND_ANOTHER_SUBJECT.search(self.ctx.text, p.figure.end, new.figure.start)):
                continue  # "up 12% from 1.35 billion in 2024, while zero-emission miles … rose 58% to 4.1 billion": the trips' own;
                # "ISK 400,000, down from ISK 700,000, and the distance-based road fee … has risen to ISK 6.95": the fee's own
            if not cx.compatible(p.figure, new.figure):
                continue
            if cx.is_old_lead(p.before) or (p.index > new.index and cx.mentions_year_before(" ".join(p.after.split()[:6])) and not cx.is_new_lead(p.before)):
                if best is None or abs(p.index - new.index) < abs(best.index - new.index):
                    best = p
        return best

    def _old_nearby(self, new: Place, rate_low: float, rate_high: float) -> Figure | None:
        """An earlier value in a neighbouring sentence that says it is from a year before."""
        f = new.figure
        this = self.ctx.sentences[f.sentence]
        for s_index in (f.sentence + 1, f.sentence - 1, f.sentence + 2):
            if s_index < 0 or s_index >= len(self.ctx.sentences):
                continue
            sentence = self.ctx.sentences[s_index]
            if sentence.paragraph != this.paragraph and abs(s_index - f.sentence) > 1:
                continue
            text = self.ctx.sentence_text(s_index)
            if not cx.mentions_year_before(text):
                continue
            for p in self.ctx.by_sentence.get(s_index, []):
                q = p.figure
                if q.id in self.secondary or q.id in self.old_ids or q.kind != f.kind or q.unit != f.unit:
                    continue
                if cx.is_old_lead(p.before) and s_index > f.sentence and not _COMPARES.match(text):
                    continue  # the next sentence's own comparison, unless it opens "That compares with 8.23 trillion won"
                if cx.AFTER_WORD.search(p.before[-30:]) and any(o.index < p.index and cx.is_quantity(o.figure)
                                                                 and cx.compatible(o.figure, q) for o in self.ctx.by_sentence[s_index]):
                    continue  # "expects 238,000 new registrations for 2026, after 239,500 last year": that forecast's year before
                if cx.WHEN_BARE.search(p.before[-40:]) and any(
                        o.index < p.index and cx.is_quantity(o.figure) and cx.compatible(o.figure, q) and not cx.is_old_lead(o.before)
                        for o in self.ctx.by_sentence[s_index]):
                    continue  # "… reached 5,412 units, …, against 44.3% a year earlier, when 4,378 were registered": the year
                    # before of its own sentence's level, never of "Battery-electric buses alone numbered 5,186, up 22.9%"
                if s_index < f.sentence and _PRONOUN_WAS.search(p.before[-60:]):
                    continue  # "EBITDA came in at ₹85 crore. In Q2 of last year it was ₹25 crore … Services revenue grew 64% to
                    # ₹71 crore": "it" points back to what came before, never to the subject of the sentence after
                # the year-before words must be the candidate's own: "2.262 million the year before"
                own_words = " ".join(p.after.split()[:5]) + " | " + " ".join(p.before.split()[-6:])
                if not cx.mentions_year_before(own_words):
                    continue
                implied_low = f.low / (1 + rate_high / 100) if rate_high > -100 else None
                implied_high = f.high / (1 + rate_low / 100) if rate_low > -100 else None
                if not implied_low or not implied_high:
                    continue
                if 0.5 * implied_low <= q.value <= 2 * implied_high:
                    seg_new = cx.segment_of(self.ctx, f)
                    seg_old = cx.segment_of(self.ctx, q)
                    if seg_new != seg_old:
                        continue
                    return q
        return None

    # ---- claims ----------------------------------------------------------------------------

    def rates(self) -> None:
        for s_index, places in sorted(self.ctx.by_sentence.items()):
            if cx.has_respectively(self.ctx.sentence_text(s_index)):
                self._respectively(places)
            for i, p in enumerate(places):
                f = p.figure
                if f.id in self.used_rates or f.id in self.secondary:
                    continue
                if f.kind == "points":
                    continue
                if f.kind == "percent" and i + 1 < len(places) and (beat := _ABOVE_ESTIMATE.fullmatch(places[i + 1].before)) \
                        and (level := self._level_started_from(places, i) or self._level_said_before(places, i)) is not None \
                        and cx.compatible(level, places[i + 1].figure):
                    # "Q3 net income of €186.2m came in 4.6% above the company-compiled consensus of €178.0m and 13.6% above
                    # the €163.9m of Q3 2025": a rate on the amount it names, an estimate or an earlier value
                    self.used_rates.add(f.id)
                    self.old_ids.add(places[i + 1].figure.id)
                    self._add_change(f, level, places[i + 1].figure, -1 if beat.group(1).lower() in ("below", "short of", "behind") else 1,
                                     "unspecified", note=ON_ESTIMATE if beat.group("estimate") else None)
                    continue
                if f.kind == "percent" and i and cx.is_quantity((beaten := places[i - 1]).figure) \
                        and (_BEATEN_BEFORE.search(beaten.before) or i >= 2 and places[i - 2].figure.id in self.beat_rates
                             and _AND_ANOTHER.fullmatch(beaten.before)) \
                        and _BY_BETWEEN.fullmatch(self.ctx.text, beaten.figure.end, f.start) \
                        and (level := self._level_started_from(places, i - 1) or self._beater_said_before(places, i - 1)) is not None \
                        and cx.compatible(level, beaten.figure):
                    # "Members sold 31,468 vehicles in June. That beat May's 29,705 by 5.9%, and June 2025's 27,916 by 12.7%":
                    # the amount beaten is the earlier value, the rate after "by" the change to the level that beat it
                    self.used_rates.add(f.id)
                    self.beat_rates.add(f.id)
                    self.old_ids.add(beaten.figure.id)
                    self._add_change(f, level, beaten.figure, 1, "unspecified")
                    continue
                if not (f.kind == "multiple" or (f.kind == "percent" and cx.is_change_rate(p))):
                    continue
                new = (self._forward_new(places, i) or self._backward_new(places, i) or self._parallel_new(places, i)
                       or self._anaphoric_new(p) or self._possessive_new(places, i) or self._possessor_new(places, i)
                       or self._second_comparison_new(places, i))
                if new is None and f.kind == "multiple" and (pair := self._pair_restated(places, i)) is not None:
                    self.used_rates.add(f.id)
                    self.new_ids.add(pair[0].figure.id)
                    self._add_change(f, pair[0].figure, pair[1].figure, _stated_sign(p), cx.basis_after(p.after))
                    continue
                if new is None or _names_a_stretch(new):
                    continue  # "NEV retail for the 17 days was up 26.5% from 412,000": the days are the period, not the level
                sign = _stated_sign(p)
                basis = cx.basis_after(p.after)
                if basis == "unspecified":
                    m = _TWO_WORDS.match(p.after)
                    basis = cx.basis_after(p.after[m.end():]) if m else basis
                if new.figure.kind == "percent":
                    if i and cx.is_quantity(places[i - 1].figure) and _AMOUNT_THEN_RATE.fullmatch(p.before):
                        continue  # "reached 1,312,600, up 20.8% …, lifting the penetration rate to 58.4% from 51.3%": the amount's rate
                    if _SHARE_AS_RESULT.search(self.ctx.text, f.end, new.figure.start):
                        continue  # "Registrations of battery-electric cars rose 31.2% in May …, lifting their share of the market to
                        # 22.1%": the registrations' rate, and the share it led to
                    if _LEVEL_AS_RESULT.search(self.ctx.text, f.end, new.figure.start) and _A_SHARE_OF.match(self.ctx.text, new.figure.end) \
                            and not _RATIO_SUBJECT.search(self.ctx.clause_text_before(f)):
                        continue  # "Overseas motor premiums rose 2.3% as …, leaving overseas business at 15.4% of the motor book": the
                        # premiums' rate, and the share it left
                    if _SHARE_OWN_CLAUSE.search(self.ctx.text, f.end, new.figure.start) \
                            and not _RATIO_SUBJECT.search(self.ctx.clause_text_before(f)):
                        continue  # "LFP installations grew 36.2% and the chemistry's share of the total rose to 64.5% from 59.2%":
                        # the installations' rate, and a share of its own clause
                    if any(q.figure.kind == "points" for q in places[i + 1:]):
                        continue  # "Its sales grew 48.3%, lifting the segment to 24.8% of group revenue from 17.9%, a 6.9
                        # percentage point gain": the points are stated, the percent is the sales' rate
                    compared = places[i + 1] if i + 1 < len(places) else None
                    if compared is not None and cx.is_quantity(compared.figure) and cx.is_old_lead(compared.before):
                        continue  # "up 6.8% from the 36,420 sold …, … the repo rate to 6.75%": a rate of an amount
                    self._points_from_rate(places, p, new, sign)
                    continue
                old = self._old_in_clause(places, new, {f.id} | self.old_ids, after=p)
                if old is not None and not self._periods_agree(new.figure, old.figure, basis):
                    old = None  # "down 5% year on year …, compared with 1.9 million in June"
                self.used_rates.add(f.id)
                self.new_ids.add(new.figure.id)
                if old is None and basis in ("yoy", "unspecified") and f.kind == "percent":
                    lo, hi = sorted((sign * abs(f.low), sign * abs(f.high)))
                    linked = self._old_nearby(new, lo, hi)
                    if linked is not None:
                        self._add_change(f, new.figure, linked, sign, basis, note="earlier value from a neighbouring sentence")
                        continue
                self._add_change(f, new.figure, old.figure if old else None, sign, basis)

    def _pair_restated(self, places: list[Place], i: int) -> tuple[Place, Place] | None:
        """"registered 6,910 units, up from 2,140 a year earlier: their volume has more than tripled": the level and the
        one earlier value after it, just before a multiple that restates their change in a clause of its own."""
        before = [q for q in places[:i] if cx.is_quantity(q.figure) and q.figure.id not in self.secondary]
        if len(before) < 2:
            return None
        new, old = before[-2], before[-1]
        if not cx.is_old_lead(old.before) or cx.is_old_lead(new.before) or old.figure.id in self.old_ids \
                or new.figure.id in self.old_ids or not cx.compatible(new.figure, old.figure) \
                or not _MULTIPLE_RESTATES.fullmatch(self.ctx.text, old.figure.end, places[i].figure.start):
            return None
        return new, old

    def _level_started_from(self, places: list[Place], i: int) -> Figure | None:
        """The amount before the i-th figure that no other rate started from: "$52,500, down 4.5% from $55,000 and 19.2%
        below the $65,000", "2.1% less than July's £21,920 and 8.7% below", "41.8% higher than in February, when 431,900
        vehicles were sold, and 2.3% above": the $52,500, never the earlier values."""
        return next((q.figure for q in reversed(places[:i]) if cx.is_quantity(q.figure) and q.figure.id not in self.old_ids
                     and not cx.is_old_lead(q.before) and not _THAN_BEFORE.search(q.before) and not _WHEN_COMPARED.search(q.before)
                     and not _ABOVE_ESTIMATE.fullmatch(q.before) and not _BRACKETED.search(q.before)), None)  # never "the
        # Bloomberg consensus of 20.95 billion yuan", nor the bracketed year before of "KRW41.83tn, +5.2% YoY (3Q25: KRW39.76tn)"

    def _beater_said_before(self, places: list[Place], i: int) -> Figure | None:
        """"That beat May's 29,705 by 5.9%": the one amount of the sentence before, in its paragraph, that "That" points
        back to, where the sentence holds no amount before the i-th but those already beaten."""
        f = places[i].figure
        sentence = self.ctx.sentences[f.sentence]
        if not f.sentence or not _POINTS_BACK.match(self.ctx.text, sentence.start, places[0].figure.start) \
                or any(cx.is_quantity(q.figure) and q.figure.id not in self.old_ids for q in places[:i]):
            return None
        levels = [p.figure for p in self._levels_before(f) if not _BRACKET_OPEN_BEFORE.search(p.before)]
        return levels[0] if len(levels) == 1 else None

    def _level_said_before(self, places: list[Place], i: int) -> Figure | None:
        """"Xinghe reported third-quarter revenue of 21.84 billion yuan. That came in 4.2% above the Bloomberg consensus of
        20.95 billion yuan and 2.5% above our own forecast of 21.30 billion yuan": the one amount of the sentence before, in
        its paragraph, that "That" points back to, where the sentence itself holds none but the estimates."""
        f = places[i].figure
        sentence = self.ctx.sentences[f.sentence]
        if not f.sentence or not _POINTS_BACK.match(self.ctx.text, sentence.start, places[0].figure.start) \
                or any(cx.is_quantity(q.figure) and not _ABOVE_ESTIMATE.fullmatch(q.before) for q in places[:i]):
            return None
        levels = [p.figure for p in self._levels_before(f) if not _BRACKET_OPEN_BEFORE.search(p.before)]
        return levels[0] if len(levels) == 1 else None

    def _add_change(self, rate: Figure, new: Figure, old: Figure | None, sign: int, basis: str, note: str | None = None) -> None:
        rule = "multiple" if rate.kind == "multiple" else "growth"
        mode = None
        if rate.kind == "multiple":
            mode = "fold" if "fold" in rate.text.lower() else "times"
        if old is None:
            self.claims.append(Claim("implied-prior", new.id, {"rate": rate.id, "new": new.id}, sign=sign, basis=basis, mode=mode))
            return
        self.old_ids.add(old.id)
        self.claims.append(Claim(rule, rate.id, {"rate": rate.id, "new": new.id, "old": old.id}, sign=sign, basis=basis, mode=mode, note=note))

    def _percent_between(self, places: list[Place], new: Figure, old: Place) -> Place | None:
        """The percent between a share and its earlier share that changes the one into the other: "took 20.6% of the
        market, up 3.5% from 17.1%"."""
        between = [q for q in places if new.start < q.figure.start < old.figure.start]
        if len(between) != 1 or between[0].figure.kind != "percent" or between[0].figure.id in self.used_rates:
            return None
        q = between[0]
        if not _RATE_FROM.fullmatch(self.ctx.text[q.figure.end:old.figure.start]) or not cx.direction_near(q.before, q.after):
            return None
        return q

    def _points_from_rate(self, places: list[Place], rate: Place, new: Place, sign: int) -> None:
        old = self._old_in_clause(places, new, {rate.figure.id})
        self.used_rates.add(rate.figure.id)
        self.used_levels.add(new.figure.id)
        roles: dict[str, str | tuple[str, ...]] = {"change": rate.figure.id, "new": new.figure.id}
        if old is not None:
            roles["old"] = old.figure.id
            self.used_levels.add(old.figure.id)
        self.claims.append(Claim("points", rate.figure.id, roles, sign=sign, mode="percent"))

    def _respectively(self, places: list[Place]) -> None:
        runs: list[list[Place]] = []
        for p in places:
            if p.figure.id in self.secondary:
                continue
            last = runs[-1][-1].figure if runs else None
            same_kind = last is not None and (last.kind == p.figure.kind or (cx.is_quantity(last) and cx.compatible(last, p.figure)))
            if same_kind and re.fullmatch(
                r"\s*(?:units?|vehicles|yuan|percent|per\s+cent|%)?\s*(?:,\s*and|,|and|&|versus|vs\.?)\s*"
                r"(?:(?:sold|delivered|exported|shipped|built|produced|made|registered)\s+|(?:[a-z-]+\s+){1,2}(?:was|were)\s+)?"
                r"(?:by\s+|to\s+)?", p.before, re.I
            ):
                runs[-1].append(p)
            else:
                runs.append([p])
        runs = [r for r in runs if len(r) >= 2]
        for qrun in runs:
            if not all(cx.is_quantity(p.figure) for p in qrun) or cx.is_old_lead(qrun[0].before):
                continue
            for rrun in runs:
                if len(rrun) != len(qrun) or rrun[0].figure.kind not in ("percent", "multiple"):
                    continue
                if _WHEN_THEN.search(qrun[0].before) and qrun[0].index > rrun[-1].index:
                    continue  # "…, when production was 2,396,800 and sales were 2,468,300": the earlier values, no levels
                if not (cx.is_change_rate(rrun[0]) or cx.is_change_rate(rrun[-1]) or re.search(r"\b(?:increas|ris|grow|gain|declin|drop|fall|fell|up|down)", rrun[0].before, re.I)):
                    continue
                olds = next((o for o in runs if o is not qrun and len(o) == len(qrun)
                             and (cx.is_old_lead(o[0].before) or _WHEN_THEN.search(o[0].before) and o[0].index > rrun[-1].index)
                             and all(cx.compatible(a.figure, b.figure) for a, b in zip(o, qrun))), None)
                # "…, up 8.2% and 6.7% respectively on July 2025, when production was 2,396,800 and sales were 2,468,300"
                sign = _stated_sign(rrun[0])
                for k, (q, r) in enumerate(zip(qrun, rrun)):
                    self.used_rates.add(r.figure.id)
                    self.new_ids.add(q.figure.id)
                    old = olds[k].figure if olds else None
                    self._add_change(r.figure, q.figure, old, sign, cx.basis_after(rrun[-1].after))
                break

    def levels(self) -> None:
        """Percent levels and quantities that move "to X from Y" without a stated rate."""
        for _, places in sorted(self.ctx.by_sentence.items()):
            for p in places:
                f = p.figure
                if f.id in self.used_levels or f.id in self.new_ids or f.id in self.secondary:
                    continue
                if f.kind == "percent" and cx.is_change_rate(p):
                    continue
                if not cx.is_level_lead(p.before) or not (cx.is_quantity(f) or f.kind == "percent"):
                    continue
                if _old_range(places, p):
                    continue  # "expects 560,000 to 590,000 deliveries, down from the 620,000 to 650,000 it set out": a range
                if cx.is_quantity(f) and (_CHANGE_OF.search(p.before) or GAP_AFTER.match(p.after)):
                    continue  # "an improvement of $370 million from the $1.71 billion loss", "$410 million more than the $1.05 billion": the change
                if cx.is_quantity(f) and p.index and places[p.index - 1].figure.kind == "percent" and _SHARES_WHOLE.match(p.before):
                    continue  # "21,300 electric vehicles, 4.2% of our fleet of 507,100, down from 58,600": the share's whole is an aside
                if cx.is_quantity(f) and p.index and places[p.index - 1].figure.kind == "percent" and _RATE_AGAINST.fullmatch(p.before):
                    continue  # "10.1% ahead of the ₩6.21 trillion booked a year earlier, and 4.9% above Q2's ₩6.52 trillion": what the
                    # rate is measured against, no level that moves
                old = self._old_in_clause(places, p, self.used_rates | self.old_ids)
                if old is None and f.kind == "percent":
                    old = self._percent_after(places, p) or self._stood_after(places, p)
                if old is not None and _HEDGED_THAN.search(old.before) and not _COMPARED_THAN.search(old.before):
                    old = None  # "312 sites …, and aims to install more than 5,000 fast chargers": a hedge, no comparison
                clause_head = self.ctx.clause_text_before(f)
                change = next((q for q in places if q.clause == p.clause and q.figure.kind == "points"
                               and q.figure.id not in self.used_rates), None)
                if change is not None and f.kind == "percent" and _anchored(places, change) and change.figure.start < f.start \
                        and places[change.index + 1] is not p:
                    continue  # "5.4% of revenue, 230 basis points above the 3.1% margin of 2024 and ahead of the 5.0% that analysts
                    # had expected": the change runs between the percents either side of it (points.py), never to the forecast
                moved_after = change is None and old is not None and f.kind == "percent" and (change := self._that_change(f)) is not None
                # "… 21.8% of the car market, against 12.2% a year ago. That 9.6-point jump …"
                if f.kind == "percent":
                    if old is None and change is None:
                        continue
                    looked_back = change is not None and change.figure.start < f.start and bool(_WHEN_EARLIER.search(p.before))
                    if old is None and (cx.SAME_PERIOD_BEFORE.match(self.ctx.sentence_text(f.sentence)) or looked_back):
                        # "… shrank to 7.6 percent. A year earlier it was 9.1 percent, so the margin has narrowed by
                        # 1.5 percentage points": the earlier share, after the new one its sentence looks back from;
                        # "… a 36.9% share. The share was 20.2 points higher than in August 2025, when it stood at 30.7%"
                        new = self._level_before(f, p)
                        if new is None or change is None:
                            continue
                        old, f = p, new.figure
                    if old is not None and FOR_OTHERS.match(old.after) and not FOR_OTHERS.match(p.after):
                        continue  # "will rise to 55% in January, compared with 83% for petrol cars": another thing's level
                    if old is not None and old.figure.start < f.start and not _TO_BEFORE.search(p.before):
                        continue  # "fell from 91.46%, a drop of 17.08 points, following … an award of 350% of salary"
                    sign = _level_sign(clause_head, change)
                    if change is not None:
                        told = cx.direction_near(change.before, change.after)
                        if told and old is not None and change.figure.kind == "points" \
                                and not cx.direction_measured(change.before, change.after):
                            # "rose to 1.64% from 1.51%, a deterioration of 0.13 percentage point": a judgement, which way
                            # the values moved is theirs
                            told = (f.value > old.figure.value) - (f.value < old.figure.value)
                        if not told and old is not None and old.figure.start > f.start and (than := _THAN_OLD.search(old.before)):
                            told = 1 if than.group("up") else -1  # "The average cut was 9.6%, deeper than the 7.1% of the spring
                            # round by 2.5 percentage points": the comparison's way, whatever the level's noun
                        sign = told or (-1 if _LOSS_OF.search(change.before) else 0) or sign
                        if not told and old is not None and change.figure.kind == "points" and cx.judged(change.before[-40:], change.after[:40]):
                            sign = (f.value > old.figure.value) - (f.value < old.figure.value)  # "69.8%, 2.3 points better than the
                            # 72.1% of 2024": a claims ratio's improvement is a fall, as the two values say
                        if moved_after and not told and old is not None:
                            sign = (f.value > old.figure.value) - (f.value < old.figure.value)  # "So that's 250 basis points": the
                            # size of the move, whichever way the two percents went
                    roles: dict[str, str | tuple[str, ...]] = {"new": f.id}
                    if old is not None:
                        roles["old"] = old.figure.id
                        self.old_ids.add(old.figure.id)
                    relative = self._percent_between(places, f, old) if change is None and old is not None else None
                    if relative is not None:  # "took 20.6% of the market, up 3.5% from 17.1%": a percent for the points
                        roles["change"] = relative.figure.id
                        self.used_rates.add(relative.figure.id)
                        sign = cx.direction_near(relative.before, relative.after) or sign
                    if change is not None:
                        roles["change"] = change.figure.id
                        self.used_rates.add(change.figure.id)
                    self.used_levels.add(f.id)
                    subject = change.figure.id if change is not None else relative.figure.id if relative is not None else f.id
                    self.claims.append(Claim("points", subject, roles, sign=sign,
                                             mode="pp" if change is not None else "percent" if relative is not None else None,
                                             note=LOOKED_BACK if old is not None and looked_back else None))
                    if old is not None and change is None and relative is None and sign:
                        self.claims.append(Claim("direction", f.id, {"new": f.id, "old": old.figure.id}, sign=sign,
                                                 note=_direction_word(clause_head)))
                elif old is not None and any(cx.is_quantity(q.figure) and f.end <= q.figure.start < old.figure.start
                                             and cx.compatible(q.figure, old.figure) and q.figure.unit == old.figure.unit
                                             and not q.before.rstrip().endswith("(")
                                             and not (ABS_CHANGE_BEFORE.search(q.before) or _BARE_CHANGE.search(q.before))
                                             for q in places):
                    continue  # "887 vessels with a capacity of 5.62 million CEU, 3.7% more than the 5.42 million CEU": the nearer amount's
                elif old is not None and sum(f.end <= q.figure.start < old.figure.start and q.figure.kind == "percent"
                                             and cx.is_change_rate(q) for q in places) > 1:
                    continue  # "£1,230, so EV premiums have fallen 11.9%, …, which fell 7.3% from £742": the second rate's earlier value
                elif old is not None and _CHANGE_IS.search(clause_head):
                    continue  # "Against the 64 days of June 2025 the increase is 14 days": the change, no level
                elif old is not None and _GAP_THAN.match(self.ctx.text, f.end):
                    continue  # "The Class A tranche is $75.2 million larger than the $537.2 million issued": the gap, no level
                elif old is not None:
                    # the direction word may stand before the level or before its earlier value:
                    # "a net loss of RMB6,055.8 million, which it said had narrowed from RMB4,739.5 million"
                    between = self.ctx.text[f.end:old.figure.start]
                    sign = _level_sign(clause_head, None) or _level_sign(clause_head + " " + between, None)
                    self.old_ids.add(old.figure.id)
                    word = _direction_word(clause_head) or _direction_word(between)
                    if any(q.figure.kind == "percent" and f.end <= q.figure.start < old.figure.start and cx.is_change_rate(q) for q in places) \
                            and (own := _level_sign(between, None)):
                        sign, word = own, _direction_word(between)  # "Its lead … widened to 27,335 cars because Kaltberg, at 241,075,
                        # fell 3.3% from the 249,310": the words of the rate between them, never a verb before another figure
                    if sign:
                        self.claims.append(Claim("direction", f.id, {"new": f.id, "old": old.figure.id}, sign=sign, note=word))

    def _that_change(self, f: Figure) -> Place | None:
        """A change in points that opens the next sentence of the paragraph with "that" and names a move ("That 9.6-point
        jump"), where the level's sentence has no other level after it: the move of this level from its earlier one."""
        k = f.sentence + 1
        if k >= len(self.ctx.sentences) or self.ctx.sentences[k].paragraph != self.ctx.sentences[f.sentence].paragraph \
                or any(q.figure.kind == "percent" and q.figure.start > f.start and q.figure.id not in self.old_ids
                       and not cx.is_old_lead(q.before) for q in self.ctx.by_sentence.get(f.sentence, [])):
            return None
        following = self.ctx.by_sentence.get(k, [])
        first = following[0] if following else None
        if first is None or first.figure.kind != "points" or first.figure.id in self.used_rates:
            return None
        start = self.ctx.sentences[k].start
        if _THAT_OPENING.fullmatch(self.ctx.text, start, first.figure.start):
            return first if _CHANGE_NOUN.match(self.ctx.text, first.figure.end) else None
        return first if _SO_MOVED.fullmatch(self.ctx.text, start, first.figure.start) else None

    def _level_before(self, f: Figure, old: Place) -> Place | None:
        """The one percent level of the sentence before, in the paragraph, that no claim has taken; never one the words
        set apart as a part of another segment ("Battery electric models alone accounted for 41.3%. A year earlier
        eco-friendly cars had made up 33.8%, so their share has gained 5.8 percentage points")."""
        if f.sentence == 0 or self.ctx.sentences[f.sentence - 1].paragraph != self.ctx.sentences[f.sentence].paragraph:
            return None
        levels = [q for q in self.ctx.by_sentence.get(f.sentence - 1, []) if q.figure.kind == "percent"
                  and not cx.is_change_rate(q) and q.figure.id not in self.used_levels | self.old_ids | self.secondary]
        if not levels:
            return None
        if len(levels) > 1:
            return None  # "That puts LFP at 61.4% of the volume and NMC at 34.6%. A year ago iron-phosphate's share … was 55.9%": which?
        lex = lexicon()
        new_words = self.ctx.clause_text_before(levels[0].figure)
        new_said, old_said = lex.segments_in(new_words), lex.segments_in(self.ctx.clause_text_before(old.figure))
        if new_said and old_said and new_said != old_said and _ALONE.search(new_words):
            return None  # "Battery electric models alone accounted for 41.3%": a part of what the year-ago share is of
        return levels[0]

    def differences(self) -> None:
        lex = lexicon()
        for _, places in sorted(self.ctx.by_sentence.items()):
            for i, p in enumerate(places):
                f = p.figure
                if not cx.is_quantity(f) or f.id in self.secondary or f.id in self.new_ids or f.id in self.old_ids:
                    continue
                # "rose 10.2%, or 7,028 units": an appositive absolute change right after a rate
                after_rate = i > 0 and places[i - 1].figure.id in self.used_rates and re.fullmatch(r"\s*,?\s*or\s*", p.before)
                before_ok = ABS_CHANGE_BEFORE.search(p.before) or after_rate
                after_ok = ABS_CHANGE_AFTER.match(p.after) and not cx.is_new_lead(p.before) and not WITH_MORE_THAN.match(p.after) \
                    and not cx.is_old_lead(p.before)  # "32.2% more than the 7,460 added in the first quarter": the earlier value
                listed = i + 1 < len(places) and cx.is_quantity(places[i + 1].figure) and _AND_THEN.fullmatch(places[i + 1].before) \
                    and _ADDING_THE.search(p.before) is not None
                # "rises from 4,330 to 6,420, adding the 1,850 vans and 240 trucks": parts of the change, neither one the change
                if i == 0 and cx.ADD_OPENING.fullmatch(p.before) and sum(cx.is_quantity(q.figure) for q in places[1:]) >= 2:
                    continue  # "Add the 31,092 from January and February's 25,116, and the first quarter came to 92,616": a sum of
                    # three the reader is asked to make, no change (but "Add 96,730 used plug-in hybrids, and … together came to
                    # 265,140": the one amount added)
                if not (before_ok or after_ok) or listed or _TO_ANOTHER_MEASURE.match(p.after) or _THAN_AN_AVERAGE.match(p.after) \
                        or MEMBER_ADDED.search(p.before) and MEMBERS_GO_ON.match(self.ctx.text, f.end) \
                        or cx.LABELLED_COMPARATIVE_AFTER.match(f.text[len(f.text.split()[0]):] + p.after):
                    continue  # "a weaker yen, which added 14.8 billion yen to profit": a change of profit, not of the revenue before;
                    # "$7,370 more than the industry average": a gap to another thing, no change of the level before
                base = None
                ahead = cx.is_new_lead(p.after[-20:]) and not _OTHER_SUBJECT_AFTER.match(p.after)  # "an increase of 331,000, to 2.593
                # million"; but "an increase of £150 million, and the order bank shrank to £1.1 billion" is the level's before it
                for q in reversed(places[:i]) if not ahead else []:
                    if q.figure.id in self.secondary or not cx.compatible(q.figure, f) or q.figure.id in self.old_ids:
                        continue
                    if cx.is_old_lead(q.before) and _CLAUSE_JOIN.search(self.ctx.text, q.figure.end, f.start):
                        continue  # "grew 27.3% in a year from 37,223 ports, and the company added 2,406": an earlier level, no base
                    if f.unit and q.figure.unit and f.unit != q.figure.unit:
                        continue
                    base = q
                    break
                if base is None:
                    for q in places[i + 1:]:
                        if q.figure.id not in self.secondary and cx.compatible(q.figure, f) and cx.is_new_lead(q.before):
                            base = q
                            break
                if base is None or _other_things(p, base):
                    continue
                if (own := lex.segments_in(self.ctx.clause_text_before(f))) and (its := lex.segments_in(self.ctx.clause_text_before(base.figure))) \
                        and not own & its:
                    continue  # "up 31.6% to 29,148 …, while self-charging hybrids added 41,807": another segment's amount
                sign = -1 if _FALL_WORD.search(p.before[-40:] + " " + " ".join(p.after.split()[:3])) else 1
                rate = next((q for q in places[max(0, i - 2):i] if q.figure.kind == "percent" and q.figure.id in self.used_rates
                             and re.match(r"^\s*,?\s*(?:or|,)\s*", q.after)), None)
                if rate is not None:
                    sign = _stated_sign(rate)
                elif i + 1 < len(places) and places[i + 1].figure.kind == "percent" and re.fullmatch(r"\s*(?:units?|vehicles)?\s*,?\s*or\s*", places[i + 1].before):
                    rate = places[i + 1]  # "increased by 331,000 units, or 14.6%, to 2.593 million"
                    self.used_rates.add(rate.figure.id)
                old = self._old_in_clause(places, base, {f.id})
                if old is not None and THAN_A_RIVAL.match(p.after):
                    continue  # "will rise 34.6% to 70 GWh from 52 GWh, 10 GWh more than Tianhe's Hungarian plant": a gap to
                    # another's level, never the change from the level's own earlier value
                if old is not None and any(q.figure.kind == "multiple" and base.figure.start < q.figure.start < f.start
                                           and _TIMES_ANOTHER.match(q.after) and old.figure.value > 0
                                           and not 0.95 * q.figure.value <= base.figure.value / old.figure.value <= 1.05 * q.figure.value
                                           for q in places):
                    continue  # "rose 14.3% to 858,600 from 751,200, 3.6 times the European total, and 617,300 more": more than
                    # what the multiple is of, never the change from the year before (which the multiple is not of)
                if i + 1 < len(places) and base.figure.start < f.start and _THAN_THE_AMOUNT.fullmatch(self.ctx.text, f.end, places[i + 1].figure.start) \
                        and cx.compatible(places[i + 1].figure, base.figure) and places[i + 1].figure.id not in self.secondary:
                    old = places[i + 1]  # "now sells for $52,340, against $57,110 a year ago, and just $2,470 more than the $49,870
                    # average for all new vehicles": the amount the words compare it with, never the year before's
                elif _THAN_AT.match(p.after) and base.figure.start < f.start:
                    than = places[i + 1] if i + 1 < len(places) else None
                    if than is None or not _THAN_THEN.fullmatch(self.ctx.text, f.end, than.figure.start) \
                            or not cx.compatible(than.figure, base.figure) or than.figure.id in self.secondary:
                        continue  # "… and 365 more than at 30 June": of a level the text does not give, never the year before's
                    old = than  # "6,412, up 25.3% on 5,118 a year earlier and 365 more than at 30 June (6,047)": the June level,
                    # after the words that name its time
                if sign < 0 and old is not None and base.figure.value < 0 and old.figure.value < 0 and _NARROWED.search(p.before[-40:]):
                    sign = 1  # "negative $604 million, against negative $1.07 billion …, the cash burn narrowed by $466 million": it rose
                if cx.out_of_scale(f.value, base.figure.value, old.figure.value if old is not None else 0):
                    continue  # "the yen averaged ¥151 to the dollar …, and exchange-rate effects added ¥138.5 billion": another thing's
                roles: dict[str, str | tuple[str, ...]] = {"change": f.id, "new": base.figure.id}
                if old is not None:
                    roles["old"] = old.figure.id
                if rate is not None:
                    roles["rate"] = rate.figure.id
                self.claims.append(Claim("difference", f.id, roles, sign=sign, basis=cx.basis_after(p.after)))


_TIMES_ANOTHER = regex(r"\s*(?:the|that\s+of|those\s+of|as\s+(?:many|much|large|big)\s+as)\b", re.I)  # "3.6 times the European total"
_GAP_THAN = regex(rf"\s*(?:units?\s+|vehicles\s+|cars\s+)?(?:{GAP_MORE_THAN}|{GAP_LESS_THAN})\s+than\b", re.I)  # the gap words that need a
# "than", right after the amount (GAP_AFTER, which makes a figure a change, lacks "larger", "bigger", "greater", "smaller")
_THAT_OPENING = regex(r"\W*(?:That|This|The)\s+")
_ANAPHORIC_OPENING = regex(r"^\s*(?:(?:That|This|It|Which)(?:\s+figure)?\s+(?:was|is|represents|"
                           r"represented|marks|marked|amounted\s+to)|(?:That|It)['’]s)\b")
_SECOND_COMPARISON = regex(r"[^.;:]{0,80}?\b(?:and|but)\s+(?:(?:it|that|they)\s+)?(?:(?:is|was|were|are)\s+)?(?:also\s+)?", re.I)
# "That is a gain of 1.8 percentage points", "That is up 9.3 points", "So, up 9.6 points in a year", "So that's 250 basis
# points", "Their share has therefore risen by 3.9 points": a sentence that opens on the move of the one before
_SO_MOVED = regex(r"\W*(?:(?:So|Thus)\s*,?\s+)?(?:(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+means|\s+marks|\s+represents)\s+"
                  r"(?:an?\s+)?(?:(?:gain|rise|fall|drop|increase|decrease|jump|improvement|decline|loss|swing)\s+of\s+"
                  r"|(?:up|down)\s+(?:by\s+)?)?"
                  r"|(?:up|down)\s+(?:by\s+)?"
                  r"|(?:the|its|their)\s+(?:market\s+)?share\s+(?:has\s+)?(?:therefore\s+|thus\s+)?"
                  r"(?:risen|fallen|gained|lost|climbed|dropped|rose|fell|grew|added|shed)\s+(?:by\s+)?)"
                  r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
_CHANGE_NOUN = regex(r"\s*(?:jump|rise|gain|increase|climb|leap|improvement|drop|fall|decline|slide|slump)\b", re.I)
_THAN_A_TIME = r"\s*(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower)\s+than\s+(?:at|in|on|by)\s"
_THAN_AT = regex(_THAN_A_TIME, re.I)
_THAN_THEN = regex(_THAN_A_TIME + r"+[^.;:(),]{1,40}?(?:\(\s*|\s)", re.I)
# "365 more than at 30 June (6,047)", "1,208 more than in January's count of 12,666": the value of the time it names
_CLAUSE_JOIN = regex(r"[,;]\s+(?:and|while|but|whereas)\s+", re.I)
_OTHER_SUBJECT_AFTER = regex(r"[^.;]*?,?\s+(?:and|while|but|whereas)\s+(?:the|its|their)\s+\w+", re.I)
_RATE_AGAINST = regex(r"\s*(?:ahead\s+of|above|below|behind|short\s+of|up\s+on|down\s+on)\s+(?:the\s+)?", re.I)
_THAN_THE_AMOUNT = regex(r"\s*(?:more|less|higher|lower|above|below|cheaper|dearer)\s+than\s+(?:the\s+|an?\s+)?", re.I)
_SHARE_OWN_CLAUSE = regex(r"\band\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:share|penetration|proportion)\b[^.;\d]{0,60}$", re.I)
_THAN_AN_AVERAGE = regex(r"\s*(?:more|less|higher|lower|above|below|fewer|cheaper|dearer)\s+(?:than\s+)?(?:the\s+|an?\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:average|norm|median|mean)\b(?!\s+(?:of|at|was|is)\s*$)", re.I)
# but "121 days, 43 days more than the industry average of 78": the average's own figure is the other end
_TO_ANOTHER_MEASURE = regex(r"\s*to\s+(?:the\s+|its\s+|their\s+)?(?:(?:operating|net|gross|pre-tax|pretax|adjusted)\s+)?"
                            r"(?:profits?|earnings|income|costs?|EBITD?A|margins?|the\s+bottom\s+line)\b", re.I)
_ADDED_THING = regex(r"\s*(?:\w+\s+){0,2}?(?:more|additional|extra|fewer|new|added)\s+"
                     r"(?!(?:than|per|of|for|in|at|to|on|from|a|an|the|each|every|and|or|this|that|last|a\s+year)\b)([a-z][\w-]*)", re.I)
_NOUN_AFTER = regex(r"\s*([a-z][\w-]*)", re.I)


ON_ESTIMATE = "a rate on the estimate the level beat or missed"
_THAN_BEFORE = regex(r"\bthan\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# "Orin's figure has more than doubled from 19,870": the maker the sentence before gave a level (but "Its sales …" after a
# sentence of one level: a blind set, horst, gained a false alarm with that reading)
_POSSESSOR_OPENING = regex(r"\W*(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[\w-]+\s+)?"
                           r"(?:figure|volume|volumes|sales|deliveries|registrations|total|output|production|exports|shipments)\s+"
                           r"(?:has\s+|have\s+|had\s+)?(?:(?:more\s+than|nearly|almost|roughly|about)\s+)?"
                           r"(?:[a-z]+ed\s+(?:by\s+)?)?$")
# "17.4% more than a year earlier, when 9,243 were registered": the earlier value the when-clause gives the time compared
_EARLIER_WHEN = regex(r"\s*(?:more|less|fewer|higher|lower|up|down)?\s*(?:than\s+|on\s+|from\s+)?(?:a\s+year\s+(?:earlier|ago|before)|"
                      r"(?:in\s+)?(?:the\s+same\s+(?:month|quarter|period)\s+|[A-Z][a-z]+\s+)?last\s+year|in\s+[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?)\s*,\s*"
                      r"when\s+(?:the\s+(?:figure|total|tally|count)\s+(?:was|stood\s+at|came\s+to)\s+|"
                      r"(?:it|they|the\s+(?:company|group|brand|maker|carmaker))\s+(?:delivered|sold|registered|shipped|exported|built|"
                      r"produced|handed\s+over)\s+)?")  # "38.6% more than a year earlier, when it delivered 34,790"
# the figure right after "when", or after "when the figure was" ("up on March last year, when the figure was 48,915"; with
# "when the average was …" a blind set, scoria, lost a relation)
# "5.9 percent above February's 49,862": the month's own level, right after the rate, is what it is compared with
_POSSESSIVE_BASE = regex(r"\s*(?:more\s+than|less\s+than|above|below|over|on|from|against|versus|vs\.?)\s+"
                         rf"(?:{MONTH_RE}|(?:last|the\s+previous|the\s+prior)\s+(?:month|quarter))['’]s\s+")
_CLOCK_AFTER = regex(r"\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)\b", re.I)
_CONTRAST_BETWEEN = regex(r"\b(?:while|whereas|but|although|though)\b", re.I)
_MULTIPLE_RESTATES = regex(r"[^.;:\d]{0,40}?(?:[:;]|,\s*(?:and|so)|\s+-\s+|\s+[–—]\s+)\s*(?:their|its|the\s+\w+['’]s|the\s+\w+)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:has|have|had)\s+(?:thus\s+|therefore\s+)?"
                           r"(?:(?:more\s+than|nearly|almost|roughly|about|well\s+over|over|just\s+over|just\s+under)\s+)?", re.I)
_POINTS_BACK = regex(r"\s*(?:[-*•]\s+)?(?:That|This|It)\s+(?:came\s+in|was|is|beat|missed|landed|ended\s+up)\b")
_WHEN_THEN = regex(r",?\s*when\s+(?:[a-z-]+\s+){1,2}(?:was|were|stood\s+at|came\s+to|totall?ed)\s+$", re.I)
_AND_OPENING = regex(r"^\s*,\s*and\s+")
_AND_ANOTHER_SUBJECT = regex(r",\s*and\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,10}?(?:has|have|had|was|were|is|are)\s", re.I)
_BRACKET_OPENS = regex(r"\s*\(\s*\+?\s*")
_BRACKET_CLOSES = regex(r"\s*(?:(?:y/y|yoy|y-o-y|year\s+on\s+year)\s*)?\)")
_SUBJECTLESS_CLAUSE = regex(r"\s*,\s*and\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:up|down|rose|fell|grew|climbed|jumped|dropped|"
                            r"declined|increased|decreased|gained)\s+(?:by\s+)?(?:(?:about|some|nearly|almost)\s+)?")
_RESTATED_SHARE = regex(r"(?:\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?total|\s+(?:units|vehicles|cars))?\s*(?:,\s*or|\(|,)\s*"
                        r"(?:about\s+|some\s+)?")
# "168,240 vehicles, 26.2% of the total and 22.4% more than …": the share's whole and the "and" that goes on to the change
_SHARE_OF_TOTAL_AND = regex(r"^\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+)?total\s+and\s+", re.I)
_BRACKETED = regex(r"\(\s*(?:[\w'’ -]{1,20}:\s*)?(?:about|around|roughly|some)?\s*$")
_BRACKET_OPEN_BEFORE = regex(r"\(\s*(?:about|around|roughly|some)?\s*$")  # "(about US$3.26 billion)": a conversion, not a level
_BEATEN_BEFORE = regex(r"\b(?:beat|beats|beating|topped|tops|topping|exceeded|exceeds|exceeding|outstripped|outstripping|"
                        r"surpassed|surpassing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$", re.I)  # "beating May's 29,705 by 5.9%"
_BY_BETWEEN = regex(r"\s*(?:units\s+|vehicles\s+|cars\s+)?(?:that\s+[^.;,\d]{0,40}?\s+)?by\s+(?:some\s+|about\s+|around\s+)?", re.I)
# ("topping the 48,000 that analysts had pencilled in by 5%")
_AND_ANOTHER = regex(r"\s*,?\s*and\s+(?:[\w'’-]+\s+){0,3}?", re.I)  # "…, and June 2025's 27,916 by 12.7%": the verb shared
_ABOVE_ESTIMATE = regex(r"\s*(above|below|ahead\s+of|short\s+of|behind)\s+(?:the\s+|analysts['’]\s+)?(?P<estimate>(?:[\w-]+\s+){0,3}?(?:consensus|estimates?|expectations?|forecasts?)"
                        r"(?:\s+(?:estimate|forecast))?\s+(?:of\s+)?)?(?:about\s+|around\s+)?", re.I)


def _other_things(change: Place, base: Place) -> bool:
    """"182 branches, 64 of them at airports, and installed 420 additional charging points": the
    amount added counts another thing than the amount before it, so it is no change of it."""
    added = _ADDED_THING.match(change.after)
    own = base.figure.text.split()[1:] or [m.group(1) for m in [_NOUN_AFTER.match(base.after)] if m]
    if not added or not own:
        return False
    return added.group(1).lower().rstrip("s") != own[0].lower().rstrip("s")


_DIRECTION_WORD = guarded(regex(rf"\b(?:{cx.UP_WORDS}|{cx.DOWN_WORDS}|narrowed|widened|improved|worsened|deepened)\b", re.I))


LOOKED_BACK = "a share the sentence before gave, against its earlier value in a when-clause"
_ALONE = regex(r"\balone\b", re.I)
_WHEN_EARLIER = regex(r"\bwhen\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:stood|was|were|had\s+been|came)\s+(?:at\s+|to\s+)?$", re.I)
_SHARES_WHOLE = regex(r"\s*of\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?$", re.I)


def _direction_word(text: str) -> str | None:
    tail = " ".join(text.split()[-8:])
    m = list(_DIRECTION_WORD.finditer(tail))
    return m[-1].group(0).lower() if m else None


def _level_sign(clause_head: str, change: Place | None) -> int:
    """The direction the words give a level's move; losses narrow downwards, margins improve upwards."""
    clause_head = _UP_TO_LIMIT.sub(" ", clause_head)  # "engines up to 350cc": a limit, no direction
    tail = " ".join(clause_head.split()[-10:])
    loss = bool(_LOSS.search(clause_head))
    if _MAGNITUDE_DOWN.search(tail):
        return -1
    if _MAGNITUDE_UP.search(tail):
        return 1
    if _IMPROVE.search(tail):
        return -1 if loss else 1
    if _WORSEN.search(tail):
        return 1 if loss else -1
    if change is not None and change.figure.value < 0:
        return -1
    return cx.direction_near(tail)


_AGAINST_AFTER = regex(rf"\s*(?:{cx.AGAINST_WORDS})\s+(?:the\s+|its\s+|their\s+|a\s+)?", re.I)


def _anchored(places: list[Place], change: Place) -> bool:
    """A change in points between a percent just before it and one it is measured against just after it ("5.4% of revenue,
    230 basis points above the 3.1% margin")."""
    i = change.index
    return 0 < i < len(places) - 1 and places[i - 1].figure.kind == "percent" and places[i + 1].figure.kind == "percent" \
        and _AGAINST_AFTER.fullmatch(change.after) is not None


def _old_range(places: list[Place], p: Place) -> bool:
    """The upper end of "from the 620,000 to 650,000" after a range "560,000 to 590,000" of its sentence: the old range."""
    k = p.index
    if k < 1 or not _TO_ONLY.fullmatch(p.before) or not _FROM_THE.search(before := places[k - 1].before):
        return False
    return _A_RANGE.search(before) is not None


_TO_ONLY = regex(r"\s*(?:to|-|–)\s*")
_A_RANGE = regex(r"\d[\d,.]*\s*(?:to|-|–)\s*\d[\d,.]*(?:\s*(?:million|billion|units|vehicles|cars))?\s+[a-z]", re.I)
_FROM_THE = regex(r"\bfrom\s+the\s+$", re.I)


def find_changes(ctx: Context, secondary: set[str]) -> list[Claim]:
    finder = _Finder(ctx, secondary)
    finder.rates()
    finder.levels()
    finder.differences()
    return [_signed(ctx, c) for c in finder.claims]


_LOSS_OF = regex(r"\b(?:loss|losses|deficit|shortfall)\s+(?:of\s+)?(?:(?:about|around|some|nearly)\s+)?$", re.I)
_PROFIT_OF = regex(r"\b(?:profit|profits|income|surplus|earnings)\s+(?:of\s+)?(?:(?:about|around|some|nearly)\s+)?$", re.I)


def _signed(ctx: Context, claim: Claim) -> Claim:
    """A swing between a loss and a profit: "rose … to 110.1 billion yen, from a loss of 95.8 billion
    yen" moved by 205.9 billion, so the loss enters the arithmetic as negative."""
    new_id, old_id = claim.roles.get("new"), claim.roles.get("old")
    if claim.rule not in ("difference", "direction") or not isinstance(old_id, str) or not isinstance(new_id, str):
        return claim
    new, old = ctx.place.get(new_id), ctx.place.get(old_id)
    if new is None or old is None:
        return claim
    new_loss = bool(_LOSS_OF.search(new.before[-40:]))
    old_loss = bool(_LOSS_OF.search(old.before[-40:]))
    if old_loss and not new_loss and (_PROFIT_OF.search(new.before[-40:]) or not _LOSS.search(ctx.clause_text_before(new.figure))):
        return replace(claim, extra={**claim.extra, "negative_roles": ("old",)})
    if new_loss and not old_loss and _PROFIT_OF.search(old.before[-40:]):
        return replace(claim, extra={**claim.extra, "negative_roles": ("new",)})
    return claim


_THE_STRETCH = regex(r"(?i)\bthe\s+(?:first\s+|last\s+|past\s+|next\s+|same\s+)?$")


def _names_a_stretch(place: Place) -> bool:
    """"for the 17 days", "in the first 20 days": a stretch of time the text reports on, never a level that changed."""
    unit = place.figure.unit
    return isinstance(unit, str) and cx.SPANS.fullmatch(unit) is not None and _THE_STRETCH.search(place.before) is not None
