"""The `Measure` of a figure: what it counts, for whom, of which segment, when, and in what role.

Relations are found by joining figures whose measures agree (see `measures.py`), so the words
that give a figure its measure are read from its own stretch of text first, then its clause,
its sentence and its paragraph. The vocabulary is data: `data/measures.csv` (what is counted)
and `data/segments.csv` (battery-electric, exports, a region, …).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from evcheck.cache import regex
from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence
from evcheck.periods import MONTH_RE, Period, canonical_period, granularity, period_from_code, previous_code, within
from evcheck.prefilter import guarded
from evcheck.read.table_headers import TOTAL_LABEL
from evcheck.relate import context as cx
from evcheck.relate.change import ABS_CHANGE_AFTER as _ABS_CHANGE_AFTER
from evcheck.relate.change import ABS_CHANGE_BEFORE as _ABS_CHANGE_BEFORE
from evcheck.relate.change import FOR_OTHERS, GAP_AFTER, LOOKED_BACK, ON_ESTIMATE, WITH_MORE_THAN
from evcheck.relate.context import Context, Place
from evcheck.relate.electric import counts_energy, names_electric_cars
from evcheck.relate.lists import CUT_ACROSS, list_items
from evcheck.relate.model import ADDED_SUM, Claim
from evcheck.relate.places import heading
from evcheck.relate.places import places as gazetteer
from evcheck.relate.timeline import compared, document_periods
from evcheck.relate.vocabulary import (
    ALL_CLASSES,
    GAP_VERBS,
    JOINT,
    KEI,
    MEMBER_ADDED,
    MEMBERS_GO_ON,
    NEV,
    PACE_AFTER,
    PACE_BEFORE,
    PASSENGER,
    QUALIFIED,
    REGISTERED,
    REMAINDER,
    SCOPE_FAMILIES,
    UNNAMED,
    VALUATION,
    Lexicon,
    Measure,
    document_lexicon,
    lexicon,
)
from evcheck.words import CAPITALS, PEOPLE

KIND_OF = cx.METRIC_KIND
_AS_CLAUSE = guarded(regex(rf"^.*\b(?:as|while|whereas)\s+(?=(?:[\w'’-]+\s+){{1,5}}?(?:{cx.UP_WORDS}|{cx.DOWN_WORDS})\s+"
                   r"(?:by\s+)?(?:(?:about|around|nearly|almost|some|just|more\s+than)\s+)?$)", re.I | re.S))
_OTHER_CLAUSE = regex(r"\b(?:as|while|whereas|because|since|after|when|but)\b|[;:]", re.I)
_STRIP = guarded(regex(r",\s*or\s+[^,;.()\d]{3,60}(?=,)|"  # "Wholesales, or shipments from factories to dealers, rose": the gloss
                    r"\b(?:including|excluding|such\s+as)\s+[^,;.()\d]{1,40}(?:,\s*[^,;.()\d]{1,40}){1,4},?\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?\b|"
                    r"(?<=,\s)(?:including|excluding)\s+[^,;.()\d]{1,60}(?=,)|"  # "scooters, including the electric models, stood at"
               r"\b(?:including|incl\.?|excluding|excl\.?|except|besides|apart\s+from|other\s+than|such\s+as|like)\s+"
                    r"(?:[\w-]+\s+){0,2}?[\w-]+|\b[\w-]+\s+(?:included|excluded)\b"
                    r"|(?:,\s*)?\b(?:which|that)\s+(?:include|includes|included|comprise|comprises|cover|covers|takes?\s+in|took\s+in|groups?|spans?)\s+[^;.]{0,120}?\s(?:and|or)\s+[^,;.]{1,50}"
                    r"|\b(?:which|that|who)\s+(?:include|includes|included|cover|covers|comprise|comprises|span|spans|counts?|counted|excludes?)\b[^,;]{0,80}"
                    r"|,\s*(?:the|an?)\s+[\w -]{1,40}?\b(?:which|that)\s+(?:include|includes|comprises|covers|takes\s+in|groups|spans)\s+[^;.]{0,120}?\s(?:and|or)\s+[^,;.]{1,50},"
                    # "Kei cars, the 660cc mini vehicles tracked separately by the Japan Mini Vehicles Association, fell": who counts them
                    r"|,\s*(?:the|an?)\s+[^;.()]{1,100}?\b(?:counted|tracked|compiled|reported|published|defined|classified)\s+"
                    r"(?:separately\s+|only\s+)?(?:by|under)\s+[^,;.]{1,80},"  # "…, the battery-electric and plug-in hybrid models
                    # counted under Ottawa's sales mandate, totalled 13,920"
                    r"|,\s*which\s+(?:[^,;.]|[,.](?=\d)){1,120},|,\s*(?:the|an?|its|their)\s+[^,;.\d]{1,60},"
                    r"|\s(?:--|[-–—])\s[^\n]{1,80}?\s(?:--|[-–—])\s|\([^()\n]{1,80}\)"  # an aside names what the subject holds
                    r"|(?:^\W*|\s[-–—]\s*)according\s+to\s+[^,;.]{1,60}(?:,\s*which\s+[^;.]{1,160}?)?,\s*$", re.I))  # "According to BusData
# Europa, which tracks registrations in the EU, the United Kingdom, Norway, …, 21,640 new city buses": the source's places,
# never the buses' segment
_OF_TOTAL = regex(r"\b(?:of|out\s+of)\s+(?:(?:the|all|a|its|their|total|overall|combined|entire|whole)\s+)*$", re.I)
_CHANGE_OF = guarded(regex(r"\b(?:rise|increase|fall|decline|drop|gain|growth|jump|decrease|slump|climb|surge|improvement|contraction)\s+of\s+"
                   r"(?:(?:about|around|some|nearly|almost|roughly|just\s+over|more\s+than)\s+)?$", re.I))
_OF_PHRASE = regex(r"^\s*(?:(?:market\s+)?share\s+of\s+|(?:of|in)\s+)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
                        r"(?=\s*(?:[,.;:)]|$|(?<![\w'’-])(?:at|with|in|on|to|and(?!\s+light[\s-]+commercial|\s+LCVs?\b)|from|up|down|compared|versus|against|was|were|is|are|went|had|that|which)\b))", re.I)
_IN_PERIOD = regex(r"\s*in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:19|20)\d{2}$", re.I)
_PEOPLE = regex(r"[A-Z][a-z]+(?:ians|eans|icans)|" + "|".join(PEOPLE))
_ORDERED_AFTER = regex(r"\s+(?:ordered|placed|have\s+ordered|had\s+ordered)\b", re.I)
_TO_DESTINATION = regex(r"\s*(?:(?:units|vehicles|cars|buses|trucks)\s+)?(?:of\s+(?:the|those|these)\s+(?:units|vehicles|cars|deliveries)\s+)?"
                        r"(?:of\s+them,?\s+or\s+\d[\d.]*\s*(?:%|per\s*cent|percent),\s+)?(?:(?:went|were\s+(?:sold|shipped|exported|sent)|was\s+(?:sold|shipped|exported|sent))\s+)?"
                        r"to\s+(?:the\s+)?", re.I)
_MAKER_AFTER = regex(r"[\s-]+(?:(?:car|auto|vehicle|EV)\s*)?(?:makers?|manufacturers?|brands?|producers?|rivals?|players?|companies|company|"
                     r"firms?|groups?|champions?|marques?)\b", re.I)
_WENT = regex(r"\b(?:went|were|was)\b", re.I)
_DESTINATION_END = regex(r"[,;.()]|\s+(?:while|whereas|but|with|from|and\s+the)\b")
_CAUSE_ON = regex(r"\bon\s+(?:the\s+back\s+of\s+)?(?!the\s+(?:domestic|home|local|export|overseas)\s+market)", re.I)
_TAIL_STOP = regex(r"[,;:()|]|\s[–—]\s|\b(?:while|whereas|but|and|from|to|compared|versus|against|up|down|a\s+year|the\s+previous|which|as|after|amid|because|since|despite|thanks|helped|driven)\b", re.I)
_PLAIN_OF = regex(r"(?:the|all|a|an|its|their|this|that|these|those|total|overall|whole|entire|combined|aggregate|"
                       r"global|worldwide|world|national|group|group's|company's|firm's|brand's|maker's|carmaker's|automaker's|manufacturer's|country's|nation's|industry's|market's|"
                       r"market|industry|sector|segment|mix|tiv|new|new-cars?|new-vehicles?|vehicles?|cars?|units?|volumes?|sold|registered|delivered|"
                       r"made|built|produced|assembled|manufactured|everything|in|there|country|nationwide|regional|region's|"  # "of all cars made in the country"
                       r"latest|current|monthly|quarterly|weekly|annual|yearly|half-yearly|month's|year's|quarter's|week's|period's|same|period|"
                       r"month|quarter|year|week|registrations|sales|installations|fleet|"  # GWh installed: the unit says what
                       r"first|second|third|fourth|last|half|nine|months|year-to-date|ytd|h[12]|q[1-4]|fy|"
                       r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)-months?|half-year|full-year|"
                       r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:'s|’s)?", re.I)
_BODY_AND_CLASS = {"body", "class"}
# the words before "N of them" that name no part of them: who sold them, how, when
_OF_THEM_SUBJECT = regex(r"\b(?:in\s+volume|in\s+units|in\s+all|in\s+total|altogether|overall|dealers|buyers|customers|motorists|"
                         r"they|we|sold|bought|registered|delivered|shipped|about|around|some|nearly|almost|roughly|an\s+estimated|"
                         r"estimated|last\s+month|this\s+month|in\s+the\s+month|there\s+were)\b|[,\s]+", re.I)
_LIST_JOIN = regex(r"(?:\s+(?:cars|vehicles|models|sales|registrations))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
_TOTAL_WORDS = regex(r"\b(?:total|overall|all|whole|entire|combined|global|worldwide|group)\b", re.I)


class MeasureReader:
    """Reads the measure of every figure of one document."""

    def __init__(self, ctx: Context, claims: list[Claim], article_date: str | None, entities: list[tuple[int, int, str]],
                 lex: Lexicon | None = None, periods: list | None = None):
        self.ctx = ctx
        text = ctx.text.replace("’", "'")
        self.text = text
        self.lex = lex.reading(text) if lex else document_lexicon(ctx.text)  # the tables read the same, kept by text
        self.periods = periods if periods is not None else document_periods(text, article_date)
        self.today = date.fromisoformat(article_date) if article_date else None
        self.entities = entities
        self._take_claims(claims)
        self.paragraph_start: dict[int, int] = {}
        self.paragraph_opening_end: dict[int, int] = {}  # where each paragraph's first sentence with a figure ends
        self._opening_sentence: list[int] = []  # by sentence, the first of the run of its paragraph's sentences it is in
        for i, s in enumerate(ctx.sentences):
            self.paragraph_start.setdefault(s.paragraph, s.start)
            self._opening_sentence.append(self._opening_sentence[-1] if i and ctx.sentences[i - 1].paragraph == s.paragraph else i)
            if ctx.by_sentence.get(i):
                self.paragraph_opening_end.setdefault(s.paragraph, s.end)
        self._pairs: dict[int, dict[str, str]] = {}
        self._heads: dict[str, str] = {}
        self._loosely_restated: set[str] = set()  # shares restating an "of which"/"of those" part by the part's clause alone
        self._scope: str | None = None
        self._stripped: dict[str, str] = {}  # words without their asides, by the words (see _strip)
        self._labels: dict[str, re.Match[str] | None] = {}  # list labels, by the words (see _list_label)
        self._tail_stops: dict[str, re.Match[str] | None] = {}  # by the words after a figure (see _tail_stop)
        self._breakdown_in: dict[int, bool] = {}  # by sentence (see _breaks_down)
        self._headings: dict[int, str | None] = {}  # by a paragraph's first sentence (see _paragraph_heading_name)
        self._cited: frozenset[str] | None = None  # see _sources
        self._mixes_new_and_used: bool | None = None  # see _new_and_used
        self._bracket_convention: bool | None = None  # see _brackets_compare
        self._named: dict[str, frozenset[str]] = {}  # by family, the labels the article names (see _mentioned)
        self._segment_words: dict[str, list[re.Match[str]]] = {}  # by the words (see _unnamed_segments)
        self._breaks_after: dict[int, tuple[int, re.Match[str] | None]] = {}  # by sentence (see _break_after)
        self._carried_in: dict[int, str | None] = {}  # by sentence start, while the roles stand (see _carried)
        self.undated: set[str] = set()  # figures whose sentence names no period: theirs is carried
        self.year_before: set[str] = set()  # earlier values the words date a year before ("in the same month last year")
        self._list_names: frozenset[str] | None = None
        self.items = list_items(ctx.text, [(f.id, f.start, f.end) for f in ctx.figures
                                           if f.kind in ("money", "count", "number") and not _is_label(ctx.place[f.id])])

    def _take_claims(self, claims: list[Claim]) -> None:
        """The roles the words' own claims give figures, and which earlier value belongs to which."""
        self.role_of: dict[str, str] = {}
        self.partner: dict[str, tuple[str, str]] = {}
        for c in claims:
            for role, ids in c.roles.items():
                if role == "new" and (c.note == LOOKED_BACK or c.rule == "points"):
                    continue  # "giving them a 36.9% share. … 20.2 points higher than …, when it stood at": still a share;
                    # "7,860 deliveries, 8.1 per cent of the market … has risen 1.1 percentage points": its own words say share
                for fid in ids if isinstance(ids, tuple) else (ids,):
                    self.role_of.setdefault(fid, "forecast" if role == "old" and c.note == ON_ESTIMATE else _CLAIM_ROLE.get(role, "level"))
            old, new = c.roles.get("old"), c.roles.get("new")
            if isinstance(old, str) and isinstance(new, str) and c.note != ON_ESTIMATE:  # an estimate is of the level's own period
                self.partner[old] = (new, c.basis)

    def read(self) -> dict[str, Measure]:
        self.legends = [(m.start("what"), m.end("what"), m.end()) for m in _LEGEND.finditer(self.text)]
        stops = [_block_end(self.text, end) for _, _, end in self.legends]
        said = any(w in self.text for w in ("racket", "RACKET", "arenthes", "ARENTHES"))
        for m in _LEGEND_SENTENCE.finditer(self.text) if said else ():
            # "Bracketed figures refer to February 2025.": the whole article's (the cheap test first: few articles say it)
            what = "what" if m.group("what") is not None else "what2"
            self.legends.append((m.start(what), m.end(what), m.end()))
            stops.append(len(self.text))
        self.legend_periods = [(end, stop, next((canonical_period(p).code for s, e, p in self.periods if a <= s and e <= b), ""))
                               for (a, b, end), stop in zip(self.legends, stops)]
        for m in _LABELLED_FIRST_ITEM.finditer(self.text) if ":" in self.text else ():
            # "1. Tokai-Meridian Group: 5.42 million (first half of 2025: 5.31 million)" then "2. Vestra Group: 4.38 million
            # (4.44 million)": the first line's label dates the bare brackets of the lines after it
            code = next((canonical_period(p).code for s, e, p in self.periods if m.start("what") <= s and e <= m.end("what")), "")
            if not code and _BARE_YEAR.fullmatch(m.group("what").strip()):
                code = m.group("what").strip()  # "1. Corvanne Lease (France) - 1,284,600 vehicles (2024: 1,231,900)": the year
            if code:
                self.legend_periods.append((m.end(), _block_end(self.text, m.end()), code))
        self.periods = sorted(((s, e, canonical_period(p)) for s, e, p in self.periods if not _is_day(self.text, s, e)
                               and not (_EVENT_BEFORE.search(self.text, max(0, s - 40), s) and not _FIGURES_AFTER.match(self.text, e))
                               and not any(a <= s and e <= b for a, b, _ in self.legends)),
                              key=lambda t: t[0])  # "ROME, 4 May 2026 - The market closed April with 148,920": a day, not a period;
        # "the label launched in March 2025", "which went on sale in June": the date of an event, never a figure's time (but
        # "announced September sales of 312,486 vehicles" names the sales' month);
        # "(September 2025 in brackets)": the time of the bracketed figures after it, never of the others
        self._period_starts = [s for s, _, _ in self.periods]
        self._sentence_starts = [s.start for s in self.ctx.sentences]
        self._entity_starts = [s for s, _, _ in self.entities]
        self.roles: dict[str, str] = {}
        self._carried_in.clear()
        for f in self.ctx.figures:  # in text order: a role may read the role of the figure before
            self.roles[f.id] = self.role(self.ctx.place[f.id])
        self._by_end = sorted(self.ctx.figures, key=lambda f: f.end)
        self._ends = [f.end for f in self._by_end]
        self.own: dict[str, Measure] = {}
        for f in self.ctx.figures:  # in text order: "of them" reads the measure of a figure before
            self.own[f.id] = self.measure(f)
        self._lists_of_measures()
        self._unanchor()
        self._earlier_shares()
        self._bracketed_shares_of_them()
        self._shares_said_again()
        self._parts_of_own_segment()
        self._home_against_abroad()
        self._destinations()
        self._section_segments()
        return self._partnered()

    def _lists_of_measures(self) -> None:
        """"- Revenue from operations of Rs 4,812 crore … - EBITDA of Rs 663 crore … - Profit after tax of Rs 371 crore": a
        list whose items measure different things is a list of highlights, no breakdown: its figures are no items of a whole."""
        blocks: dict[int, list[str]] = {}
        for fid, item in self.items.items():
            if fid in self.own:
                blocks.setdefault(item.block, []).append(fid)
        for fids in blocks.values():
            metrics = [self.own[fid].metric for fid in fids]
            if len(fids) >= 2 and None not in metrics and len(set(metrics)) == len(metrics) \
                    and not any(self.lex.within.get(str(m)) in metrics for m in metrics):  # but "Vehicle sales revenue" beside
                # "Services and other revenue": the parts of revenue
                for fid in fids:
                    if not self._named_line(self.items[fid].label):
                        self.own[fid] = replace(self.own[fid], item=None, complete=False, of_segment=None)

    def _named_line(self, label: str) -> bool:
        """A highlights line whose metric a word of its own names a part of ("- Dealership revenue of A$3.84 billion"
        beside "- Underlying profit before tax of A$142.6 million"): still a member of a whole, never the whole."""
        found = [m for r in self.lex.metric_re.values() for m in r.finditer(label)]
        if not found:
            return False
        words = re.findall(r"[A-Za-z][\w'’-]*", label[:min(m.start() for m in found)])
        return any(w.lower() not in _GENERIC_LINE_WORDS for w in words)

    def _home_against_abroad(self) -> None:
        """"Sales in Korea declined 3.7% year on year to 58,410 units, … while overseas sales rose 3.7% to 284,405": a
        country named in the clause before one about sales abroad is the home market, its figures domestic ones."""
        abroad_at = {self.ctx.sentences[index].paragraph for index, places in self.ctx.by_sentence.items()
                     if any(_EXPORT in self.own[p.figure.id].segment for p in places)}
        for index, places in self.ctx.by_sentence.items():
            abroad = next((p.figure for p in places if _EXPORT in self.own[p.figure.id].segment), None)
            if abroad is None:
                self._home_beside_abroad(index, places, abroad_at)
                continue
            sentence = self.ctx.sentences[index]
            breaks = list(_CONTRAST_BREAK.finditer(self.text, sentence.start, abroad.start))
            if not breaks or not (home := _IN_COUNTRY.search(self.text, sentence.start, breaks[-1].start())):
                continue
            country = self.lex.segment_of.get(home.group("country").lower())
            if country is not None and country not in self.lex.homes:
                continue  # "sales in Europe …, while exports": a region, not the maker's home
            for p in places:
                m = self.own[p.figure.id]
                if p.figure.start < breaks[-1].start() and not m.segment & _MARKETS and not self.lex.scope_free(m.segment) \
                        and m.role in ("level", "earlier", "rate"):
                    self.own[p.figure.id] = replace(m, segment=m.segment - self.lex.homes | {_DOMESTIC})

    def _destinations(self) -> None:
        """"Exports fell 2.6% in volume, to 2,046,318 vehicles …. Where did they go? North America took 962,418 vehicles,
        or 47.0% of the total. Europe took 412,906, …": places that "took" vehicles after an export level, with nothing
        measured between, are where the exports went: their levels and shares are of exports."""
        last: Measure | None = None
        last_at = 0
        rest_in = {self.ctx.sentences[i].paragraph for i, qs in self.ctx.by_sentence.items()
                   if any(self.own[q.figure.id].segment == REMAINDER for q in qs)}  # "…, while the rest, 6,340 units, went to
        # other markets": places and the rest, a breakdown the sums read by place already
        for index in sorted(self.ctx.by_sentence):
            places = self.ctx.by_sentence[index]
            measures = [self.own[p.figure.id] for p in places]
            regional = [p for p, m in zip(places, measures) if m.role in ("level", "earlier", "share", "rate")
                        and m.segment and not self.lex.scope_free(m.segment) and m.metric in (None, "sales", "share")
                        and all(self.lex.family(x) == "region" for x in m.segment)]
            sentence = self.ctx.sentences[index]
            listed = [p for p in regional if (item := self.items.get(p.figure.id)) is not None
                      and _EXPORT in self.lex.segments_in(item.heading + " " + item.header)]  # "Exports by destination:"
            if regional and last is not None and (listed or _DESTINATION_VERB.search(self.text, sentence.start, regional[0].figure.start)) \
                    and all(self.own[p.figure.id].period == last.period for p in regional if self.own[p.figure.id].role != "earlier") \
                    and 0 <= sentence.paragraph - self.ctx.sentences[last_at].paragraph <= 4:
                if sentence.paragraph not in rest_in:
                    for p in regional:
                        self.own[p.figure.id] = replace(self.own[p.figure.id], segment=self.own[p.figure.id].segment | {_EXPORT})
                continue
            levels = [(p, m) for p, m in zip(places, measures) if cx.is_quantity(p.figure) and m.role == "level"]
            if levels and (core := self.lex.scope_free((m := levels[-1][1]).segment)):
                last, last_at = (m, index) if core == {_EXPORT} else (None, index)  # a place's or a name's level keeps the context

    def _home_beside_abroad(self, index: int, places: list[Place], abroad_at: set[int]) -> None:
        """"Sales in Korea fell 5.4% to 58,214 units …" in the paragraph before "Outside Korea, the company sold 254,272
        vehicles": the maker's home country, in an article that counts sales abroad beside it, is its domestic market."""
        sentence = self.ctx.sentences[index]
        if not places or not {sentence.paragraph, sentence.paragraph + 1, sentence.paragraph + 2} & abroad_at:
            return
        home = _IN_COUNTRY.search(self.text, sentence.start, places[0].figure.start)
        if home is None or _CONTRAST_BREAK.search(self.text, sentence.start, home.start()) \
                or (country := self.lex.segment_of.get(home.group("country").lower())) is not None and country not in self.lex.homes:
            return  # "sales in Europe": a region, never the maker's home
        end = (brk.start() if (brk := _CONTRAST_BREAK.search(self.text, places[0].figure.end, sentence.end)) else sentence.end)
        for p in places:
            m = self.own[p.figure.id]
            if p.figure.start < end and not m.segment & _MARKETS and not self.lex.scope_free(m.segment) \
                    and m.role in ("level", "earlier", "rate"):
                self.own[p.figure.id] = replace(m, segment=m.segment - self.lex.homes | {_DOMESTIC})

    def _section_segments(self) -> None:
        """"ELECTRIC TWO-WHEELERS" above "- Registrations: 1,28,406 in September, up 31.4% on-year": a heading that names
        a kind of vehicle is what its section's amounts and changes count, where their own words name none (but a total
        or the market, which the section sets its part against)."""
        paragraphs: dict[int, list[int]] = {}
        for s in self.ctx.sentences:
            paragraphs.setdefault(s.paragraph, []).append(s.index)
        current: frozenset[str] = frozenset()
        for paragraph in sorted(paragraphs):
            indices = paragraphs[paragraph]
            head = self.ctx.sentences[indices[0]]
            if len(indices) == 1 and not self.ctx.by_sentence.get(head.index) and heading(self.text, head, True):
                words = self.text[head.start:head.end]
                below = paragraphs.get(paragraph + 1)
                if not words.strip().isupper() or not below or not self._in_bullet_line(self.ctx.sentences[below[0]].start):
                    current = frozenset()
                    continue  # a heading in capitals over a list: "Eco-friendly models" may open a sentence, "NORDIC EV
                    # JOURNAL" is a masthead
                current = frozenset(x for m in self.lex.segment_re.finditer(words)
                                    if self.lex.family(x := self.lex.segment_of[m.group(0).lower()]) in _KINDS_OF_VEHICLE)
                continue
            if not current:
                continue
            for index in indices:
                if _WHOLE_MARKET_WORDS.search(self.ctx.sentence_text(index)):
                    continue
                if not self._in_bullet_line(self.ctx.sentences[index].start):
                    continue  # a newsletter's bullets under its heading; prose may turn to the market as a whole
                for p in self.ctx.by_sentence.get(index, ()):
                    m = self.own[p.figure.id]
                    if m.role in ("level", "earlier", "rate", "change") and p.figure.kind != "money" \
                            and not self.lex.scope_free(m.segment) and m.metric not in self.lex.ratio_of \
                            and not _OF_THE_BEFORE.search(p.before):  # "4.6% of the 3,43,742 cars and SUVs": a whole
                        self.own[p.figure.id] = replace(m, segment=m.segment | current)

    def _earlier_shares(self) -> None:
        """"… 2,01,120 units, a 6.4% share of the segment, up 0.5 percentage point from 5.9% in October
        last year": the share a points change starts from is of what the share it ends at is of."""
        for places in self.ctx.by_sentence.values():
            for i, p in enumerate(places[2:], start=2):
                new, change = places[i - 2].figure, places[i - 1].figure
                if p.figure.kind != "percent" or change.kind != "points" or self.own[new.id].role != "share" \
                        or not _POINTS_AGAINST.fullmatch(p.before):
                    continue
                share, m = self.own[new.id], self.own[p.figure.id]
                self.own[p.figure.id] = replace(m, role="earlier", segment=share.segment, of_metric=share.of_metric,
                                                of_segment=share.of_segment, whole=share.whole, of_market=share.of_market)
            for before, p in zip(places, places[1:]):
                share, m = self.own[before.figure.id], self.own[p.figure.id]
                if p.figure.kind == "percent" and before.figure.kind == "percent" and share.role == "share" and m.role == "earlier" \
                        and m.of_metric is None and m.of_segment is None and m.segment == share.segment \
                        and isinstance(share.of_segment, frozenset) and self.lex.scope_free(share.of_segment) \
                        and _SHARE_AGAINST.fullmatch(p.before) and not _OWN_OF_PHRASE.match(p.after):
                    # "took 17.3% of domestic sales, against 12.2% a year earlier" (but "against 12.2% of exports")
                    self.own[p.figure.id] = replace(m, of_metric=share.of_metric, of_segment=share.of_segment, whole=share.whole,
                                                    of_market=share.of_market)

    def _bracketed_shares_of_them(self) -> None:
        """"SUVs and crossovers made up 198,350 of them (48.1%), pickups 71,020 (17.2%) and cars 143,230 (34.7%)": each item's
        bracketed share is of the whole the first one's "of them" names."""
        for places in self.ctx.by_sentence.values():
            first: Measure | None = None
            for i, p in enumerate(places):
                m = self.own[p.figure.id]
                if m.role != "share" or not i or self.text[p.figure.start - 1] != "(" or m.restates != places[i - 1].figure.id:
                    continue
                if first is None:
                    first = m if isinstance(m.of_figure, str) else None
                    if first is None:
                        break
                elif not (m.of_figure or m.of_metric or m.of_segment or m.whole or m.of_market):
                    self.own[p.figure.id] = replace(m, of_figure=first.of_figure)

    def _shares_said_again(self) -> None:
        """"…, giving them 17.1 percent of the car market. A year earlier their share had been 10.7 percent": "their share" a
        year before is of what the share in the sentence before is of."""
        for index, places in self.ctx.by_sentence.items():
            if not index or self.ctx.sentences[index - 1].paragraph != self.ctx.sentences[index].paragraph:
                continue
            for p in places:
                m = self.own[p.figure.id]
                if m.metric != "share" or m.role not in ("share", "earlier") or m.of_metric or m.of_segment or m.whole or m.of_market \
                        or not m.period or not _SHARE_PRONOUN.search(self.text, self.ctx.sentences[index].start, p.figure.start):
                    continue
                said = [self.own[q.figure.id] for q in self.ctx.by_sentence.get(index - 1, [])
                        if self.own[q.figure.id].role == "share" and (self.own[q.figure.id].segment == m.segment or not m.segment)]
                if len(said) == 1 and (first := said[0]).period and previous_code(first.period, "yoy") == m.period \
                        and (first.of_metric or first.of_segment or first.whole or first.of_market):
                    self.own[p.figure.id] = replace(m, of_metric=first.of_metric, of_segment=first.of_segment, whole=first.whole,
                                                    of_market=first.of_market)

    def _parts_of_own_segment(self) -> None:
        """"Electric two-wheelers accounted for 2,01,340 units, or 6.7% of two-wheeler retail": a level whose
        share is of its own segment is a part of that segment the lexicon cannot read, never the segment."""
        for fid, m in list(self.own.items()):
            restated = m.restates if m.role == "share" else None
            part = self.own.get(restated) if restated else None
            if restated and part is not None and m.of_segment and (core := self.lex.scope_free(part.segment)) \
                    and self.lex.scope_free(m.of_segment) == core and core == part.segment:  # a name's part is its own
                self.own[restated] = replace(part, segment=part.segment | {"qualified"})
                self.own[fid] = replace(m, segment=m.segment | {"qualified"})

    def _unanchor(self) -> None:
        """An earlier value that no change claims and whose sentence names no period ("Its
        installations grew 34.6% from 228.2 GWh"): its period is unknown, not the one carried."""
        for fid, m in self.own.items():
            if m.role == "earlier" and fid in self.undated and fid not in self.partner and fid not in self.year_before and m.period:
                self.own[fid] = replace(m, period=self._year_before_carried(fid, m.period))

    def _year_before_carried(self, fid: str, period: str) -> str | None:
        """"The 44,875 electric cars registered in July compare with 36,219 a year earlier. Their share of the market was
        up 3.3 percentage points from 15.3 percent": a share a change of points starts from, in the sentence after one that
        compares with a year before, is of that year; any other undated earlier value keeps no period."""
        f = self.ctx.place[fid].figure
        places = self.ctx.by_sentence.get(f.sentence, [])
        before = self.ctx.by_sentence.get(f.sentence - 1, [])
        earlier = previous_code(period, "yoy")
        if f.kind != "percent" or self.own[fid].metric != "share" or not f.sentence or not earlier \
                or self.ctx.sentences[f.sentence - 1].paragraph != self.ctx.sentences[f.sentence].paragraph \
                or not any(p.figure.kind == "points" and self.own[p.figure.id].period == period for p in places):
            return None
        compared = [p.figure.id for p in before if self.own[p.figure.id].role == "earlier"]
        return earlier if compared and all(x in self.year_before and self.own[x].period == earlier for x in compared) else None

    def reread(self, claims: list[Claim], changed: set[str]) -> dict[str, Measure]:
        """The measures again after some claims were dropped: only the figures they held change."""
        self._take_claims(claims)
        figures = [f for f in self.ctx.figures if f.id in changed]
        for f in figures:
            self.roles[f.id] = self.role(self.ctx.place[f.id])
        self._carried_in.clear()  # the roles changed: which periods are carried reads them
        for f in figures:
            self.own[f.id] = self.measure(f)
        return self._partnered()

    def _partnered(self) -> dict[str, Measure]:
        """An earlier value of a change measures what its new value does, a period before."""
        out = dict(self.own)
        for old, (new, basis) in self.partner.items():
            period = out[new].period if new in out else None
            if old in out and period:
                earlier = previous_code(period, basis)
                m = out[old]
                if m.period and m.period != out[new].period and old not in self.undated:
                    earlier = m.period  # "from 21.3 percent in April": the period the text gives it
                elif basis == "unspecified" and old in self.ctx.place and _YEAR_BEFORE_AFTER.match(self.ctx.place[old].after):
                    earlier = previous_code(period, "yoy")  # "fell 2.7% to 131,524 from 135,174 a year earlier, and were 4.9% below
                    # September's 138,297": the year before's, whatever else the sentence compares with
                elif basis == "unspecified" and (beside := self._earlier_beside(old, out)) is not None and beside < period:
                    earlier = beside  # "against 4.05 million in the final three months of 2025, so electric cars took 8.6% of
                    # the total, 0.1 point lower than the 8.7% they managed over the holidays": the quarter the sentence compares with
                out[old] = replace(m, entity=m.entity or out[new].entity, metric=m.metric or out[new].metric,
                                   segment=m.segment or out[new].segment, period=earlier or m.period, role="earlier")
        return self._one_series(self._named_metrics(out))

    def _named_metrics(self, out: dict[str, Measure]) -> dict[str, Measure]:
        """"Cork: 9,846 (9,402)" in a list of county sales, then "Cork's 4.7% rise": a name's change, or its earlier value,
        that says no metric measures the one metric the name's levels of the article do."""
        for fid, m in out.items():
            if m.metric is not None or m.role not in ("rate", "earlier") or not any(x.startswith("name:") for x in m.segment):
                continue
            kind = self.ctx.place[fid].figure.kind
            if any(r.search(self._head(self.ctx.place[fid].figure)) for r in self.lex.metric_re.values()):
                continue  # "Halvorsen holds margin above 7%": a word of its own says what it measures
            said = {o.metric for o in out.values() if o.role == "level" and o.segment == m.segment and isinstance(o.metric, str)
                    and not o.metric.startswith("other:") and (m.role == "earlier" or o.period == m.period)}
            if len(said) == 1 and (kind == "percent" if m.role == "rate" else kind in ("count", "number")):
                out[fid] = replace(m, metric=said.pop())
        return out

    def _earlier_beside(self, fid: str, out: dict[str, Measure]) -> str | None:
        """The one period the figure's sentence states for its other earlier values, where it states one."""
        f = self.ctx.place[fid].figure
        said = {out[p.figure.id].period for p in self.ctx.by_sentence.get(f.sentence, []) if p.figure.id != fid
                and p.figure.id in out and out[p.figure.id].role == "earlier" and p.figure.id not in self.undated
                and p.figure.id not in self.partner and isinstance(out[p.figure.id].period, str)}
        return said.pop() if len(said) == 1 else None

    def _one_series(self, out: dict[str, Measure]) -> dict[str, Measure]:
        """An article that counts one narrower series of a metric and the metric itself, never both for one
        segment and period, counts one thing: FADA's "Dealers registered 40,52,380 vehicles" is the retail its
        "retail rose 21.3%" is. Where it names two narrower series (retail and wholesale), each keeps its own."""
        named = {m.metric for m in out.values() if m.metric} | {m.of_metric for m in out.values() if m.of_metric}
        broads = {self.lex.within[x] for x in named if x in self.lex.within} & named
        if broads and (pattern := self.lex.metric_re.get("count")) is not None:
            # "Wholesale figures … told a different story. Carmakers shipped 2.566 million": a second series the words name
            named |= {self.lex.metric_of[m.group(0).lower()][0] for m in pattern.finditer(self.text)}
        for broad in broads:
            narrower = [x for x in named if self.lex.within.get(x) == broad]
            if len(narrower) != 1:
                continue
            levels = {(m.metric, m.segment, m.period) for m in out.values() if m.role == "level" and m.metric in (broad, narrower[0])}
            if any((broad, seg, period) in levels for metric, seg, period in levels if metric == narrower[0]):
                continue  # retail and sales of one segment and period: two series
            out = {fid: replace(m, metric=narrower[0] if m.metric == broad else m.metric,
                                of_metric=narrower[0] if m.of_metric == broad else m.of_metric) for fid, m in out.items()}
        return out

    # ---- fields ---------------------------------------------------------------------------------

    def measure(self, f: Figure) -> Measure:
        place = self.ctx.place[f.id]
        role = self.roles[f.id]
        segment = self.segment(place)
        if not segment & _SIZES and _WITHOUT_KEI.search(self.ctx.sentence_text(f.sentence)[:f.start - self.ctx.sentences[f.sentence].start]):
            segment = segment | {REGISTERED}  # "Japan's new vehicle sales, excluding minivehicles, fell 4.2% to 241,380": the
            # registered vehicles, the other class
        if segment & _SIZES and _BOTH_SIZES.search(self.ctx.clause_text_before(f)):
            segment = segment - _SIZES  # "New passenger-car sales in Japan, registered cars and kei cars combined, fell 3.0% to
            # 341,905": both classes, the whole market
        if f.unit and counts_energy(f.unit) and segment & {self.lex.electric, NEV}:
            segment = segment - {self.lex.electric, NEV}  # "installations in China's EV market reached 71.8 GWh": batteries, not cars
        if role == "earlier" and f.kind in ("count", "number") and (compared := self._bare_comparative(place)) is not None \
                and compared.id in self.own:
            segment = self.own[compared.id].segment  # "• Petrol, including mild hybrids: 147,406 (161,208)": the line's petrol
        elif role == "earlier" and place.index and _YEAR_EARLIER_LABEL.search(place.before) \
                and (labelled := self.ctx.by_sentence[f.sentence][place.index - 1].figure).id in self.own \
                and (labelled.kind == "money") == (f.kind == "money") and labelled.unit == f.unit:
            segment = self.own[labelled.id].segment  # "- United States: $2,846 million (a year earlier: $2,912 million)": the line's
        if not self.lex.scope_free(segment) and role == "level" and cx.is_quantity(f) and f.sentence \
                and _IN_UNITS_THAT.fullmatch(self.text, self.ctx.sentences[f.sentence].start, f.start) \
                and (shares_before := [p.figure for p in self.ctx.by_sentence.get(f.sentence - 1, ()) if p.figure.kind == "percent"
                                       and p.figure.id in self.own and self.own[p.figure.id].role == "share"]) \
                and self.lex.scope_free(self.own[shares_before[-1].id].segment):
            segment = segment | self.own[shares_before[-1].id].segment  # "Battery-electric cars took 22.9% of the October market, …
            # In units that is 56,718": the units of the share just stated
        metric = self.metric(place, role)
        if not segment and metric in _PRODUCT_METRICS and _ELECTRIC_PART.search(self._head(f)[-60:]):
            segment = QUALIFIED  # "EV cell revenue fell 5.1%": a product line's, never the group's revenue
        elif not segment and f.kind in ("count", "number", "money") and self._place_line(f):
            segment = QUALIFIED  # "* 4,112: Germany, 32.0% of Europe's electric heavy trucks": one country's, never a whole
        elif f.kind in ("count", "number", "money") and _WOULD_HAVE.search(place.before[-60:]):
            segment = segment | QUALIFIED  # "Without the credit, the quarter's operating profit would have come to 164.3 billion
            # won": a level that did not happen, never the profit a margin is of
        of_metric = of_segment = None
        if role in ("level", "share", "rate") and cx.is_forecast(self.ctx.clause_text_before(f)) and (
                self._ahead(place) or self._consensus(place) or _TARGET_OF.search(place.before)):
            role = "forecast"  # "Analysts had expected around 37,500 deliveries": an estimate, even for a quarter over
        elif role == "level" and cx.is_quantity(f) and (cx.ESTIMATE_AFTER.match(place.after) or cx.PROMISED_AFTER.match(place.after)):
            role = "forecast"  # "ahead of the $1.79 billion expected by analysts", "short of the 45,000 the company had promised
            # the Board of Investment": a number planned, never a level reported
        elif role == "level" and cx.is_quantity(f) and _WOULD_TAKE.search(place.before[-80:]):
            role = "forecast"  # "another 1,500 robotaxis by the end of the year, which would take its fleet to nearly 5,000": a plan
        if role == "level" and metric == "share":
            role = "share"
        if f.kind == "percent" and not segment and metric in self.lex.ratio_of and self._qualified_margin(f):
            segment = frozenset({"qualified"})  # "The used gross margin was 6.9%": of a part the lexicon cannot read
        if role == "share" or (role == "forecast" and metric == "share"):
            of_metric, of_segment = self.share_of(place)
            if of_metric is None and of_segment is None and (lead := self._gapped_share(place)) is not None:
                of_metric, of_segment = self.share_of(lead)  # "took 56.8% of NEV retail, plug-in hybrids 26.8%"
            elif of_metric is None and of_segment is None and (part_of := self._part_of(place)) is not None and part_of < segment:
                of_segment = part_of  # "Private buyers accounted for 7,930 of the BEVs, or 24.3%": a share of the BEVs
            elif of_metric is None and not of_segment and (whole_of := self._part_said_of(place)) is not None:
                of_metric, of_segment = whole_of  # "3,002 of our electric cars, or 48.9%": of what its part is of
            elif of_metric is None and of_segment is None and (header := self._item_header(place)):
                of_segment = header  # "… for new passenger cars:" then "- Battery-electric (BEV): 52,180, a share of 21.8 per cent"
        subject = self._head(f)[-60:] if role == "share" else ""
        if role == "share" and of_metric is None and not of_segment and f.kind == "percent" \
                and (money_named := [x for m in self.lex.metric_re["money"].finditer(subject)
                              if m.group(0).lower() not in _COUNTED_TOO and not _DIGIT.search(subject, m.end())
                              and (x := self._metric_of(m, "money"))]):
            of_metric = money_named[-1]  # "Overseas revenue amounted to 38.1% of the group total": of the group's revenue (where no amount
            # between says what the share restates)
        if role == "share" and not of_segment and not _OF_EVERY.match(place.after) \
                and (opener := cx.OF_OPENER.match(self.ctx.sentence_text(f.sentence))):  # but "… and 11.3 percent of all new cars"
            # "Of the BEVs shipped to dealers, 3,910 were imported …, 60.3 percent of the total": the BEVs' total
            named = frozenset(self.lex.segment_of[x.group(0).lower()] for x in self.lex.segment_re.finditer(opener.group(1)))
            if named or not _TOTAL_OPENER.search(opener.group(1)):  # "Of the August total, 11,196 were fully electric": the whole
                of_segment = named or frozenset({"qualified"})
        together = self.several(place) if role == "share" else None
        of_level = self._or_share_of(place) if role == "share" and not together else None
        if together:
            segment = together
        elif of_level is not None and self.lex.scope_free(segment) <= of_level:
            segment = of_level  # "Together, BEVs and PHEVs accounted for 49,880 registrations, or 34.1%": the level's segment
        elif role in ("level", "earlier") and f.kind in ("money", "count", "number") and _WHOLE_OF_BEFORE.search(place.before):
            segment = segment - self.lex.scope_free(segment)  # "132 electric vehicles in a fleet of 627": the fleet, not its EVs
        elif role in ("level", "earlier") and f.kind in ("count", "number") and place.index and _N_OF_THE_END.search(place.before) \
                and (predicate := _PREDICATE_AFTER.search(place.after)) is not None:
            own = self.lex.segments_in(f.text + " " + place.after[:predicate.start()])
            segment = frozenset(x for x in segment if x in own or self.lex.family(x) in SCOPE_FAMILIES)
            # "94,700 of the 446,800 new vehicles sold in the quarter were electric": the whole counts its own noun's vehicles, never
            # what its part is said to be
        elif role in ("level", "earlier") and f.kind in ("money", "count", "number"):
            segment = self._joint(place, segment)
        elif role == "rate" and not place.index and _EACH_OF_A_LIST.match(self.text, self.ctx.sentences[f.sentence].start, f.start):
            segment = segment | {JOINT}  # "Kerry, Donegal and Mayo all reported growth of more than 10%": each one's, no one measure's
        elif role == "share" and _ELSEWHERE.match(place.after):
            segment = segment | {"qualified"}  # "or 9.5 percent of all new cars sold there": of a market not stated
        elif role == "share" and _COMBINED_AFTER.match(place.after) and place.index:
            segment = segment | {"qualified"}  # "212 EVs and 1,140 hybrids were sold, 2.6% of the market combined"
        elif role == "share" and _TOGETHER_LIST.search(place.before) and not (
                len(segment) == 1 and self.lex.leaves(next(iter(segment))) != segment):  # "petrol and diesel" read as ICE
            segment = segment | {"qualified"}  # "Together, EVs and hybrids …" with one of them unread: not hybrids alone
        if not segment and role in ("rate", "multiple") and _REFLEXIVE.search(place.before[-60:]):
            segment = frozenset({"qualified"})  # "…, while the volume itself grew 42.2%", "the Dutch count alone is up 61.4%":
            # of what the words before name, which these words do not
        basis = cx.basis_after(place.after) if role in ("rate", "multiple", "points") else "unspecified"
        if basis == "unspecified" and role == "rate" and (comparative := _COMPARATIVE_WORD.match(place.after)):
            basis = cx.basis_after(place.after[comparative.end():])  # "61.4% higher than a year earlier"
        if basis == "unspecified" and role == "rate" and (stated_basis := _BASIS_BEFORE.search(place.before)):
            basis = "mom" if stated_basis.group(1).lower().startswith("month") else "yoy"  # "The month-on-month rise in NEV retail was 13.1%"
        sign = (cx.direction_measured if f.kind == "points" else cx.direction_near)(place.before, place.after) \
            if role in ("rate", "multiple", "points", "change") or role == "forecast" and f.kind == "percent" else 0
        if role == "rate" and f.kind == "percent" and ((lead := self._gapped_rate(place)) is not None
                                                       or (lead := self._elliptic_rate(place)) is not None):
            sign = cx.direction_near(lead.before, lead.after)
        if role == "rate" and f.text[:1] in "-−–+" and not sign:
            sign = 1 if f.text[0] == "+" else -1  # "Automobiles: 245,310 (Q3 2025: 271,880), -9.8%": the figure's own sign
        period = self.period(place)
        if period and role in ("forecast", "rate", "change", "multiple", "points") \
                and self._opens_on_year_ahead(f.sentence):
            period = None  # "For the current year Sakuragawa forecast operating profit of ¥1.15 trillion, 12.6% above the year just
            # ended": the year under way, which the periods do not date
        if basis == "mom" and period and _QUARTER_CODE.fullmatch(period) and _SEQUENTIAL.match(place.after):
            basis = "qoq"  # a quarter's figure "up 6.3% sequentially": on the quarter before
        if period and role == "level" and (_RUNNING_AFTER.match(place.after) or (
                _RUNNING_TOTAL.search(self.ctx.clause_text_before(f)) and _AT_A_POINT.match(place.after))):
            period = None  # "Cumulative sales reached 301,370 by the end of 2025": a running total, no flow of 2025
        if period and role in ("rate", "points", "change", "multiple") and _MONTH_LAST_YEAR_OPENING.match(self.text, self.ctx.sentences[f.sentence].start, f.start) \
                and _SO_CLAUSE.search(self.text, self.ctx.sentences[f.sentence].start, f.start):
            # "In February last year, 11,402 electric cars were registered, …, so the share rose by 6.6 percentage points": to now
            period = self._carried(self.ctx.sentences[f.sentence], f) or period
        elif period and role in ("rate", "points", "change", "multiple") and self.lead and self.lead != UNNAMED \
                and _THAT_OPENS.match(self.text, self.ctx.sentences[f.sentence].start) \
                and _SO_CLAUSE.search(self.text, self.ctx.sentences[f.sentence].start, f.start):
            period = self.lead  # "That put LFP's share at 75.3%, so the chemistry has added 7.2 percentage points": to now
        elif period and cx.SAME_PERIOD_BEFORE.match(self.text, self.ctx.sentences[f.sentence].start, f.start) and not (
                role in ("rate", "points", "change", "multiple")
                and (_SO_CLAUSE.search(self.text, self.ctx.sentences[f.sentence].start, f.start)
                     or _NOW_CLAUSE.search(self.text, self.ctx.sentences[f.sentence].start, f.start))):
            # "A year ago their share stood at 19.6%, …, so the segment has gained 4.7 points": the change is to now
            period = previous_code(self._carried(self.ctx.sentences[f.sentence], f) or period, "yoy") or period
            if role == "earlier":
                self.year_before.add(f.id)  # "A year ago they were 6,168": dated by its words, never left unanchored
        elif period and role in ("level", "earlier") and f.kind in ("money", "count", "number") \
                and _SUBJECT_YEAR_BEFORE.match(self.text, self.ctx.sentences[f.sentence].start, f.start) \
                and not _SO_CLAUSE.search(self.text, self.ctx.sentences[f.sentence].start, f.start):
            # "Operating profit in the previous year had been ¥88.3 billion, on revenue of ¥1.196 trillion, so the margin
            # shrank to 4.8%": both amounts are the year before's, the margin after "so" is now
            period = previous_code(self._carried(self.ctx.sentences[f.sentence], f) or period, "yoy") or period
            role = "earlier" if role == "level" else role
            self.year_before.add(f.id)
        elif period and role in ("level", "earlier") and f.kind in ("money", "count", "number") \
                and (same := _SAME_PERIOD_OF_YEAR.match(f.text[len(f.text.split()[0]):] + place.after)) and place.index \
                and (now := self.period(self.ctx.by_sentence[f.sentence][0])) and now[:4].isdigit() \
                and int(same.group(1)) == int(now[:4]) - 1 and (before := previous_code(now, "yoy")):
            period = before  # "58,412 … in the first quarter of 2026, … compared with 54,950 pcs in the same period of 2025": 2025-Q1
        elif period and role == "earlier" and (_YEAR_EARLIER_POSSESSIVE.search(place.before) or _YEAR_AGO_SUBJECT.search(place.before)
                                               or cx.YEAR_AGO_CLAUSE.search(place.before) or _YEAR_EARLIER_LABEL.search(place.before)) \
                and not _LAST_YEARS.search(place.before):  # "from last year's 170,392": the periods read last year already
            period = previous_code(period, "yoy")  # "4,420 more than a year earlier's 1,68,930": that year's level
            self.year_before.add(f.id)
        elif period and (_YEAR_BEFORE_AFTER.match(place.after) or role in ("level", "share") and _YEAR_EARLIER_WAS.search(place.before[-60:])):
            # "The Japanese group's share a year earlier was 14.2%": the year before's, as "14.2% a year earlier" is
            if role in ("level", "share"):
                period = previous_code(period, "yoy")
                role = "earlier" if role == "level" else role
                self.year_before.add(f.id)
            elif role == "earlier" and f.id in self.partner:
                period = None  # "the year before" what its partner reports: set from the partner
            elif role == "earlier":
                period = previous_code(period, "yoy")  # "in the same month last year": a year before its sentence's month
                self.year_before.add(f.id)
        if role == "earlier" and (compared := self._bare_comparative(place)) is not None \
                and (its := self.period(self.ctx.place[compared.id])):
            period = previous_code(its, "yoy")  # "operating margin 6.9% (4.8%)": the year before the margin's
            self.year_before.add(f.id)
        if role == "earlier" and f.kind == "percent" and place.index >= 2 and _COMMA_OR_END.fullmatch(place.before) \
                and (margins := [p.figure for p in self.ctx.by_sentence[f.sentence][:place.index - 1] if p.figure.kind == "percent"]):
            self.partner.setdefault(f.id, (margins[-1].id, "yoy"))  # "to A$196.3 million, a margin of 5.7%, from A$128.7 million, or
            # 4.1%": the margin a year before the 5.7%
        if period and _ONCE_BEFORE.search(place.before[-50:]):
            period = None  # "Diesel, which once had 70% of the market, is down to 14.8%": a time the text does not name
        if role == "share" and period and self._moved_from(place) and not _YEAR_BEFORE_AFTER.match(place.after) \
                and period == self.period(self.ctx.by_sentence[f.sentence][place.index - 1]):
            period = None  # "35.8% of the market in May, up from 33.9%": the share at a time the text does not name
        if role == "share" and period and self._beside_earlier(place):
            period = None  # "compared with 14,105 BEVs and an 8.9% share in CY2024": the comparison's share, not this period's
        elif role == "share" and (earlier := self._said_of_earlier(place)) is not None:
            period = earlier  # "from 11,902 a year earlier, which had corresponded to a share of 20.2 percent"
        if period and role == "level" and cx.is_quantity(f) and (shifted := self._dated_a_year_back(f, period)) is not None:
            role, period = "earlier", shifted  # "The Detroit automaker sold 587,910 vehicles in the January-March period a year
            # earlier": that span of the year before
            self.year_before.add(f.id)
        if role == "level" and f.kind == "percent" and place.index and _WHEN_ITS_RATIO.fullmatch(place.before) \
                and (before_it := self.own.get(self.ctx.by_sentence[f.sentence][place.index - 1].figure.id)) is not None \
                and before_it.role == "earlier":
            role, period = "earlier", before_it.period
            self.year_before.add(f.id)  # "Operating profit a year ago had been €2.87 billion, when the operating
            # margin stood at 7.8%": the margin of that time
        if role in ("rate", "multiple", "points") or role == "forecast" and f.kind == "percent":
            versus = self._versus(place) or self._years_back(place, period)  # "is expected to be down 3.4% from the second
            # quarter's 4.15 million"; "Over four years deliveries have grown 25.2%": from 2021's
            if versus:
                if versus == period and (level := next((q for q in reversed(self.ctx.by_sentence[f.sentence][:place.index])
                                                        if self.roles.get(q.figure.id) == "level"), None)) is not None:
                    period = self.period(level) or period  # "68,420 units …, and were 14.8% above June's 59,600": July's rate
                return Measure(self.entity(f), metric, segment, period, role, basis, sign, of_metric, of_segment, versus=versus)
        item = self.items.get(f.id)
        if item is not None:
            if f.id in self.undated:  # "Monthly deliveries were 29,115 in April": the item's own month first
                period = self._header_period(f, item.header) or period
            label_words = _GLOSS.sub("", item.label).strip()  # "Light commercials (comerciais leves)": the label, its gloss aside
            if not segment and period and ".." in period and self._dated_label(f, period):
                pass  # "Week 2 (8-14 June): 446,300": the label is the line's time, no name of a member
            elif not segment and (term := self.lex.segment_re.fullmatch(label_words)) is not None \
                    and self.lex.family(label := self.lex.segment_of[term.group(0).lower()]) not in (*SCOPE_FAMILIES, "powertrain"):
                segment = frozenset({label})  # "- Passenger cars: 23,905", "- Light commercials (comerciais leves): 41,306": a
                # segment's term, with a gloss in brackets or not, never a country ("JAPAN ..... 6,214")
            elif not segment and _BARE_CARS.fullmatch(label_words) and self._beside_commercial(f):
                segment = frozenset({PASSENGER})  # "- Cars (automóveis): 168,422" above "- Light commercials …": passenger cars
            elif not segment and not any(r.search(item.label) for r in self.lex.metric_re.values()) \
                    and not _CLAUSE_WORD.search(item.label) and not TOTAL_LABEL.match(item.label):
                segment = frozenset({"name:" + _HOME_BRACKET.sub("", item.label)})  # "- Ridge pickup: 4,276": the label names the
                # item ("4. Arakawa Cell (Japan): 4.62 GWh" names Arakawa Cell, its home aside); "• Total:
                # 319,325" names none
            if metric is None and (kind := KIND_OF.get(f.kind)) in self.lex.metric_re:
                said = [self._metric_of(m, kind) for m in self.lex.metric_re[kind].finditer(item.header)]
                metric = next((x for x in reversed(said) if x), None)
            if metric is None and _EXPORT in segment and role in ("level", "earlier") and f.kind in ("count", "number") \
                    and _SHIPPED_WORD.search(item.label):
                metric = "sales"  # "- Light vehicles exported: 1,386,420": shipped abroad, as "shipped 2.5% more vehicles abroad" reads
            header = self.lex.segments_in(item.heading + " " + item.header)
            return Measure(self.entity(f), metric, segment, period, role, basis, sign, None, header,
                           f"{item.block}:{item.label}", item.complete)
        complete = self._breaks_down(f.sentence)
        whole = role == "share" and bool(_OF_WHOLE_WORDS.match(place.after) or _MARKET_SHARE.search(self._head(f)[-60:])
                                         or _SHARE_OF_WHOLE_BEFORE.search(place.before[-80:]))
        restates = self._restated(place) if (role == "share" or metric == "share") and not together else None
        if role == "share" and not whole and restates is not None and restates in self.ctx.place \
                and _OF_WHOLE_WORDS.match(self.text, self.ctx.place[restates].figure.end):
            whole = True  # "Trucks and SUVs accounted for 489,370 of the latest total, or 79.9%": the whole its part names
        if restates and not segment and restates in self.own and restates not in self.items:
            segment = self.own[restates].segment  # "762 electric cars had been registered, a share of 31.6%": the cars' share
        elif restates and restates in self.own and self.own[restates].segment == segment | {JOINT}:
            segment = self.own[restates].segment  # "Trucks and SUVs accounted for 489,370 of the latest total, or 79.9%": the
            # two together's share
        elif restates and restates in self.own and restates not in self.items and _JUST_OR.fullmatch(place.before) \
                and self._of_restated(segment, self.own[restates].segment):
            segment = self.own[restates].segment  # "SUVs … with 58,120 sales, followed by light commercial vehicles at 21,870 or
            # 22.4%", "Petrol followed with 36,190 units, ahead of diesel at 12,460 (8.8 per cent)": the share of the level it
            # restates, not of the sentence's subject
        of_figure = self._of_figure(place) if role == "share" else None
        of_market = role == "share" and bool(_OF_MARKET.match(place.after) or _MARKET_SHARE.search(self._head(f)[-60:])
                                             or _PENETRATION.search(self._head(f)[-60:] + " " + place.after[:30]))
        if role == "share" and of_figure is None and restates and (which := self._whole_of_which(restates)) is not None \
                and not (of_segment and of_segment != QUALIFIED and not of_segment <= self.own[which].segment) \
                and not (of_market and not self.lex.scope_free(self.own[which].segment) <= {PASSENGER}):
            of_figure = which  # "Exports came to 538,000 units, of which 241,000 were NEVs, or 44.8% of the total shipped abroad";
            # "registered 189,931 new cars, of which 41,208 were battery-electric: a 21.7% share"; never "…, or 9.8% of the market"
            # of exports
        named_whole = not _OF_THE_TOTAL.match(place.after)  # "… of them, 78.6% of the total": the whole "them" is, named again
        if role == "share" and of_figure is None and restates and (
                not (whole and named_whole or of_market or of_segment and of_segment != QUALIFIED and named_whole)
                or _OBJECT_OF.search(self.ctx.place[restates].before)):
            of_figure = self._whole_of_them(restates)  # "The other 1,229 were new, and member dealers sold 1,054 of them,
            # a share of 85.8 per cent": of the 1,229; "Argentina … took 18,904 of them, or 45.8% of all vehicles shipped":
            # of the exports before; but in "Full-size pickups remain the biggest single block: 641,200 of them were in
            # stock, 22.4% of all new vehicles", "them" are the pickups, and the share names its own whole
            if of_figure and of_segment and of_segment != QUALIFIED and of_figure in self.own \
                    and self.lex.scope_free(self.own[of_figure].segment) not in (frozenset(), of_segment):
                of_figure = None  # "SUVs rose to 81,350 units … Vindhyagiri sold 9,870 of them, 6.7 per cent of its passenger
                # vehicles": the share names its whole, and the SUVs are not it
            if of_figure and of_metric and named_whole and of_figure in self.own and (them_metric := self.own[of_figure].metric) \
                    and them_metric != of_metric and of_metric not in (self.lex.within.get(them_metric), "share") \
                    and self.lex.within.get(of_metric) != them_metric:
                of_figure = None  # "operating expenses rose to 5.1 billion yuan. R&D took 2.41 billion yuan of that, equal to 11%
                # of revenue": the share names another whole than "that"
        if role == "share" and of_figure is None and restates and of_market and not (of_segment and of_segment != QUALIFIED) \
                and (them := self._whole_of_them(restates)) is not None and self.lex.scope_free(self.own[them].segment) <= {PASSENGER}:
            of_figure = them  # "Mobility Denmark counted 15,870 new cars, 11,120 of them battery-electric: 70.1% of the market":
            # "them" are the market
        if role == "share" and of_figure is None and _OF_THEM_ALONE.match(place.after) \
                and not (restates and _OF_NAMED_WHOLE.match(self.ctx.place[restates].after)):
            # but "Households took 1,298 of the battery-electric cars, or 24.0% of them": "them" are the cars the part names
            of_figure = self._whole_before(place.figure, self.ctx.place[restates].figure.value if restates else place.figure.value)
            # "The authority counted 231,418 new passenger cars last month. BEVs accounted for 22.4 percent of them, or
            # 51,870 units": of the cars the sentence before counted
        if role == "share" and of_figure is None and restates and not whole and not of_market \
                and (named_level := self._named_whole(self.ctx.place[restates].figure)) is not None:
            of_figure = named_level  # "Drayage fleets placed 412 of the electric orders, or 36.6%": of the electric orders' level
        if role == "share" and of_figure is None and restates and not (of_segment and of_segment != QUALIFIED) and not of_market \
                and restates in self.own and self.own[restates].period == period \
                and (opened := self._whole_opening(self.ctx.place[restates])) is not None:
            of_figure = opened  # "Of the 41,870, 17,458 are in the most deprived fifth of neighbourhoods. That is 41.7%": of the 41,870
        if role == "share" and of_figure is None and f.id in self._loosely_restated:
            restates = None  # read by its clause alone, the part's share is of the whole "of which" names, or of nothing found
        if of_figure and (first := self._coordinated_share(place)) is not None:
            segment = self.own[first].segment  # "giving it 58.6% of the 65,210 electric two-wheelers … and 19.3% of all 198,470
            # scooters": the second share is of the same subject, never of the electric two-wheelers the first one is of
        versus = self._versus(place) if role == "change" else None  # "5,230 units lower than in July": July's, not a year before's
        if role in ("rate", "multiple") and place.index and _THEY_AFTER_BREAK.search(place.before) \
                and (named_first := next((p.figure for p in self.ctx.by_sentence[f.sentence][:place.index]
                                          if cx.is_quantity(p.figure) and p.figure.id in self.own), None)) is not None:
            theirs = self.own[named_first.id]  # "Exports, at 279,316 units, were 82.5% of everything built; they slid 5.8%":
            metric, segment = theirs.metric, theirs.segment  # the exports', never the output the clause before counts
        if role == "share" and isinstance(period, str) and (span := _OF_THE_SPANS.match(place.after)) is not None \
                and not _SPAN_CODE[span.group(1).lower()].search(period) \
                and any(code.search(period) for kind, code in _SPAN_CODE.items() if kind != span.group(1).lower()):
            period = None  # "SEK 2.43 billion, or 33.0% of the quarter's sales" in an interview dated by its half-year: of a
            # quarter the words do not name, never the half
        return Measure(self.entity(f), metric, segment, period, role, basis, sign, of_metric, of_segment, complete=complete,
                       whole=whole, restates=restates, of_figure=of_figure, of_market=of_market, versus=versus)

    def _consensus(self, place: Place) -> bool:
        """Whether the figure's clause says analysts expected it. "came in 4.6% above the consensus of €178.0m and 13.6% above
        the €163.9m of Q3 2025": a consensus that names its own figure before this one is that figure's."""
        clause = self.ctx.clause_text_before(place.figure)
        said = _CONSENSUS.search(clause)
        if said is None:
            return False
        return _CONSENSUS_FIGURE.match(clause, said.end()) is None  # the clause ends at this figure: a figure named there is another

    def _of_restated(self, own: frozenset[str], restated: frozenset[str]) -> bool:
        """Whether a share that restates a level by a bare "or" or a bracket has the level's segment rather than
        the one its words carry: the level's is narrower, or names other members of the same families."""
        if not restated or "qualified" in own:
            return False
        if restated == QUALIFIED:
            return True  # "… pickups 71,020 (17.2%) and cars 143,230 (34.7%)": an item the lexicon cannot read, never the list's first
        return restated < own or own != restated and {self.lex.family(x) for x in own} == {self.lex.family(x) for x in restated}

    def _of_figure(self, place: Place) -> str | None:
        """The quantity a share is "of" by its figure: "That was 9.6% of the 181,460 used cars sold in total"."""
        places = self.ctx.by_sentence[place.figure.sentence]
        if place.index == 2 and cx.is_quantity(whole := places[0].figure) and cx.is_quantity(places[1].figure) \
                and _OF_N_OPENING.search(self.text[self.ctx.sentences[place.figure.sentence].start:whole.start]) \
                and _RESTATING.fullmatch(place.before) and whole.value > places[1].figure.high:
            return whole.id  # "Of the 412 fleet managers surveyed in April and May, 237, or 57.5%, said …"
        if place.index + 1 >= len(places):
            return None
        nxt = places[place.index + 1].figure
        if nxt.kind not in ("money", "count", "number") or not _OF_FIGURE.fullmatch(self.text, place.figure.end, nxt.start):
            return None
        return nxt.id

    def _whole_of_which(self, part_id: str) -> str | None:
        """The level a part is "of which": the amount just before it in its sentence ("Passenger car exports came to 538,000
        units in August, of which 241,000 were NEVs"), larger and of its kind; none after a change's earlier value ("rose
        to 538,000 from 512,000, of which …": which of the two is not said)."""
        part = self.ctx.place[part_id]
        if part.index == 0 or not _OF_WHICH_PART.fullmatch(part.before):
            return None
        whole = self.ctx.by_sentence[part.figure.sentence][part.index - 1]
        g = whole.figure
        if not cx.is_quantity(g) or self.roles.get(g.id) != "level" or g.id not in self.own or g.value <= part.figure.high \
                or (g.kind == "money") != (part.figure.kind == "money") or g.kind == "money" and g.unit != part.figure.unit \
                or cx.is_old_lead(whole.before) or cx.is_change_rate(whole):
            return None
        return g.id

    def _whole_opening(self, part: Place) -> str | None:
        """The amount a part's sentence opens on as its whole: "Of the 41,870, 17,458 are …", "Of those 8,642 cars, 6,137
        are fully electric"."""
        places = self.ctx.by_sentence[part.figure.sentence]
        if part.index != 1 or not cx.is_quantity(whole := places[0].figure) or self.roles.get(whole.id) != "level" \
                or whole.value <= part.figure.high or (whole.kind == "money") != (part.figure.kind == "money") \
                or not _OF_THE_WHOLE_OPENING.fullmatch(self.text, self.ctx.sentences[part.figure.sentence].start, whole.start) \
                or not _WHOLE_THEN_PART.fullmatch(self.text, whole.end, part.figure.start):
            return None
        return whole.id

    def _whole_of_them(self, part_id: str) -> str | None:
        """The level "of them" points back to, after the part a share restates: the nearest level before
        it, in its sentence or the one before in its paragraph ("Leasing companies accounted for 1,100 of
        them" after "2,150 new passenger cars were registered …, compared with 1,950 in May last year")."""
        part = self.ctx.place[part_id]
        if not _OF_THEM_ALONE.match(part.after):  # never "341,900 of those NEVs": the NEVs, whatever came last
            return None
        return self._whole_before(part.figure, part.figure.value)

    def _unread_words(self, words: str) -> bool:
        """Whether a whole's words hold any word beyond its segments, its metrics ("net sales" before the "sales" in it)
        and the plain words of a whole ("of the total", "of all new cars")."""
        rest = self.lex.segment_re.sub(" ", words)
        for kind in ("money", "count"):
            rest = self.lex.metric_re[kind].sub(" ", rest)
        return any(not _PLAIN_OF.fullmatch(w) for w in _WORD.findall(rest))

    def _named_whole(self, part: Figure) -> str | None:
        """The level a part's own "of the …" names by its segment, "412 of the electric orders, or 36.6%",
        "Households took 1,298 of the battery-electric cars, or 24.0% of them": the nearest level before it, in
        its paragraph or the one before, of its period and of the named segment (the article's scope aside), and
        larger; none where the words name no segment ("of the total" is the share finder's) or the lexicon
        cannot read them."""
        m = _OF_NAMED_WORDS.match(self.text, part.end)
        if m is None:
            return None
        words = m.group(1)
        named = self.lex.scope_free(frozenset(self.lex.segment_of[x.group(0).lower()] for x in self.lex.segment_re.finditer(words)))
        said = [self.lex.metric_of[x.group(0).lower()][0] for kind in ("count", "money") for x in self.lex.metric_re[kind].finditer(words)]
        if not named or self._unread_words(words):
            return None  # "of the total", or words the lexicon cannot read ("of the leased electric cars")
        own = self.own.get(part.id)
        period = own.period if own is not None else None
        here = self.ctx.sentences[part.sentence].paragraph
        for g in reversed([g for g in self.ctx.figures if g.start < part.start]):
            if self.ctx.sentences[g.sentence].paragraph < here - 1:
                return None  # one further back than the paragraph before may be another place's
            m_g = self.own.get(g.id)
            if m_g is None or not cx.is_quantity(g) or self.roles.get(g.id) != "level" or (g.kind == "money") != (part.kind == "money") \
                    or g.kind == "money" and g.unit != part.unit \
                    or m_g.period != period or g.value <= part.high or _TABLE_LINE.match(self.text, self.text.rfind("\n", 0, g.start) + 1):
                continue  # a table's cell: its period is its column's, which the words do not read
            if self.lex.scope_free(m_g.segment) - {x for x in m_g.segment if self.lex.family(x) == "class"} != named:
                continue
            if said and m_g.metric is not None and m_g.metric != said[-1] and self.lex.within.get(m_g.metric) != said[-1]:
                continue
            return g.id
        return None

    def _whole_before(self, f: Figure, above: float) -> str | None:
        """The nearest level before `f`, in its sentence or the one before in its paragraph, larger than `above`; never the
        whole another share names ("numbered 11,840, or 40.1% of the 29,540 L5 three-wheelers. Mahindra accounted for 4,120
        of them": of the 11,840)."""
        for g in self._back_to_sentence_before(f):
            if cx.is_quantity(g) and self.roles.get(g.id) == "level" and g.value > above and g.sentence == f.sentence \
                    and _PART_OF_THE.search(self.text, max(0, g.start - 40), g.start) and self._share_after(g) \
                    and not self._just_before(g, f):
                return None  # "Foreign buyers took 214 of the 367 lots, …, and buyers from central Europe took 131 of those": of the
                # 214 or of the 367, which the words leave open
            if cx.is_quantity(g) and self.roles.get(g.id) == "level" and g.value > above and f.id in self.own and g.id in self.own \
                    and isinstance(when := self.own[f.id].period, str) and isinstance(its := self.own[g.id].period, str) \
                    and not within(when, its) and not within(its, when) \
                    and g.sentence < f.sentence and self._starting(self.ctx.sentences[f.sentence].start, f.start):
                return None  # "rose 44.8% to 142,800. In the first ten months of 2025 buyers registered 98,600 of them, a share
                # of 6.9%": "them" are the vans, and that year's whole is none the words give
            if cx.is_quantity(g) and self.roles.get(g.id) == "level" and g.value > above \
                    and not any(m.of_figure == g.id for m in self.own.values() if m.role == "share") \
                    and not _PERCENT_OF_BEFORE.search(self.text, max(0, g.start - 60), g.start) \
                    and not cx.is_old_lead(self.ctx.place[g.id].before) \
                    and not (cx.ESTIMATE_AFTER.match(self.ctx.place[g.id].after) or cx.PROMISED_AFTER.match(self.ctx.place[g.id].after)) \
                    and not cx.rated_on(self.ctx, self.ctx.place[g.id]):  # "up 3.5% on the 1,461,902 of the first nine
                # months of 2025. Battery-electric cars make up 344,829 of those": this year's, not the one compared with
                return g.id
        return None

    def _just_before(self, g: Figure, f: Figure) -> bool:
        """Whether f is the part just before g in g's sentence, or the share right after g that restates it ("Utes made up
        2,804 of the 3,916 commercials, 71.6% of them": the part whose whole g is, and its share)."""
        place = self.ctx.place[g.id]
        if not place.index:
            return False
        part = self.ctx.by_sentence[g.sentence][place.index - 1].figure
        if part.id == f.id:
            return True
        own = self.ctx.place[f.id]  # a share right after the whole: "2,804 of the 3,916 commercials, 71.6% of them"
        return f.kind == "percent" and f.sentence == g.sentence and own.index == place.index + 1

    def _share_after(self, g: Figure) -> bool:
        """Whether the next figure of g's sentence is a percent: the share its part's "… of the" gave it ("214 of the 367
        lots, or 58.3%")."""
        place = self.ctx.place[g.id]
        places = self.ctx.by_sentence[g.sentence]
        return place.index + 1 < len(places) and places[place.index + 1].figure.kind == "percent"

    def _sibling_frame(self, f: Figure, found: frozenset[str]) -> frozenset[str]:
        """What "the other" part shares with the part it completes: the labels, beside one of the same family as its
        own, of the nearest level before it in its sentence or the one before."""
        families = {self.lex.family(x) for x in found if not x.startswith("name:")}
        for g in self._back_to_sentence_before(f):
            m = self.own.get(g.id)
            if m is None or m.role != "level" or not cx.is_quantity(g):
                continue
            sibling = {x for x in m.segment if self.lex.family(x) in families}
            if sibling and not sibling & found:
                return frozenset(x for x in m.segment - sibling if not x.startswith("name:") and self.lex.family(x) not in families)
        return frozenset()

    def _back_to_sentence_before(self, f: Figure) -> Iterator[Figure]:
        """The figures before `f`, nearest first, in its sentence and the one before in its paragraph: where
        "of them" and "that" point back to."""
        here = self.ctx.sentences[f.sentence]
        for g in reversed([g for g in self.ctx.figures if g.start < f.start]):
            if g.sentence < f.sentence - 1 or self.ctx.sentences[g.sentence].paragraph != here.paragraph:
                return
            yield g

    def _coordinated_share(self, place: Place) -> str | None:
        """The share before the one at `place` when the two are coordinated, each of its own figure: "58.6% of the
        65,210 electric two-wheelers registered there and 19.3% of all 198,470 scooters"."""
        places = self.ctx.by_sentence[place.figure.sentence]
        if place.index < 2 or not _AND_NEXT_SHARE.fullmatch(place.before):
            return None
        first, whole = places[place.index - 2].figure, places[place.index - 1].figure
        m = self.own.get(first.id)
        return first.id if m is not None and m.role == "share" and m.of_figure == whole.id else None

    def _restated(self, place: Place) -> str | None:
        """The level just before a share that the share restates as a part of its whole: "installations
        of 31.46 GWh, giving it a 43.8 percent share", "4.73 GWh, or 6.6 percent", "(3.37 GWh, 4.7 percent)";
        or just after it: "accounted for 22.4 percent of them, or 51,870 units"."""
        places = self.ctx.by_sentence[place.figure.sentence]
        if place.index + 1 < len(places) and (nxt := places[place.index + 1].figure).kind in ("money", "count", "number") \
                and _OR_LEVEL_AFTER.fullmatch(self.text, place.figure.end, nxt.start) and self.roles.get(nxt.id) == "level":
            return nxt.id
        if not place.index or all(p.figure.kind == "percent" for p in places[:place.index]) \
                and _THAT_GAVE.fullmatch(self.text, self.ctx.sentences[place.figure.sentence].start, place.figure.start):
            return self._restated_before(place)  # "That was 31.9% more … and gave them a 22.3% share": after its own rate
        if _AND_PREDICATE.fullmatch(place.before):
            # "NEV exports jumped 30.6% to 248,000 from 172,000, the association said, and made up 44.1% of the total":
            # the subject's level now, the one level of the sentence
            levels = [p.figure.id for p in self.ctx.by_sentence[place.figure.sentence][:place.index]
                      if p.figure.kind in ("money", "count", "number") and self.roles.get(p.figure.id) == "level"]
            return levels[0] if len(levels) == 1 else None
        k = place.index - 1
        if _GAVE_THE_SUBJECT.fullmatch(place.before):
            while k > 0 and self.roles.get(places[k].figure.id) in ("earlier", "rate"):
                k -= 1  # "EV sales rose 9% to 297,000 from 271,000, enough for a share of 7.6%": the level, past its change
        prev = places[k]
        before = place.before
        if k > 0 and self.roles.get(prev.figure.id) == "earlier" and _BRACKET_OPENING.match(prev.before[-3:]) \
                and (closing := _BRACKET_CLOSED.match(before)) is not None and prev.before.count("(") == 1:
            # "- Private buyers: 54,182 registrations (55,797), a 41.2% share of the market": the level before its bracketed
            # year-earlier value
            prev, before = places[k - 1], before[closing.end():]
        if prev.figure.kind not in ("money", "count", "number") or self.roles.get(prev.figure.id) != "level":
            return None
        if _WHOLE_OF_BEFORE.search(prev.before):
            return None  # "132 electric vehicles in a fleet of 627, or 21.1%": the whole, not the part restated
        if _COMBINED_AFTER.match(place.after):
            return None  # "212 EVs and 1,140 hybrids were sold, 2.6% of the market combined": the two, not the last
        if _PLACE_LABEL_THEN.fullmatch(before) and self._place_line(prev.figure):
            return prev.figure.id  # "* 1,544: France, 19.4% of all battery-electric trucks registered": the line's own amount
        if _RESTATING.fullmatch(before) and not (_NOUN_THEN_COMMA.match(before) and _OF_THE_END.search(prev.before)):
            return prev.figure.id  # but "Utes made up 2,804 of the 3,916 commercials, 71.6% of them": never the whole
        if (self._whole_of_which(prev.figure.id) is not None or (them := _OF_THEM_AFTER.match(before)) and (before := before[them.end():])) \
                and _OF_WHICH_REST.fullmatch(before):
            self._loosely_restated.add(place.figure.id)
            return prev.figure.id  # "512,000 tonnes …, of which 388,000 tonnes came from Australia, 75.9% of the total", "227,558 of
            # those went to the United States, 78.6% of the total": the part "of which" or "of those" names, whatever its clause
            # says of it
        return None

    def _restated_before(self, place: Place) -> str | None:
        """The one level of the sentence before that "That is 12.4 percent of new passenger cars" restates,
        in its paragraph: "1,046 new battery-electric passenger cars were registered, up from 603 a year earlier"."""
        f = place.figure
        sentence = self.ctx.sentences[f.sentence]
        if not f.sentence or not (_THAT_IS.fullmatch(self.text, sentence.start, f.start)
                                  or _THAT_GAVE.fullmatch(self.text, sentence.start, f.start)):
            return None
        before = self.ctx.sentences[f.sentence - 1]
        if before.paragraph != sentence.paragraph:
            return None
        places = [p for p in self.ctx.by_sentence.get(f.sentence - 1, [])
                  if p.figure.kind in ("money", "count", "number") and self.roles.get(p.figure.id) == "level"]
        if len(places) == 2 and places[0].index == 0 and _OF_THE_WHOLE_OPENING.fullmatch(self.text, before.start, places[0].figure.start) \
                and _WHOLE_THEN_PART.fullmatch(self.text, places[0].figure.end, places[1].figure.start):
            return places[1].figure.id  # "Of those 8,642 cars, 6,137 are fully electric. That is 71.0% of the fleet": the part
        if len(places) == 2 and places[1].figure.value < places[0].figure.value and _OF_THEM_AFTER.match(self.text, places[1].figure.end):
            return places[1].figure.id  # "the state owned 12,486 light-duty vehicles, and 2,913 of them were battery-electric.
            # That's 23.3% of the fleet": the part "of them" names
        return places[0].figure.id if len(places) == 1 else None

    def role(self, place: Place) -> str:
        f = place.figure
        if f.id in self.role_of:
            return self.role_of[f.id]
        if f.kind == "multiple":
            return "multiple"
        if f.kind == "points":
            return "points"
        if self._bare_comparative(place) is not None:
            return "earlier"  # "operating margin 6.9% (4.8%)", "¥86.2 billion, up 62.9% (¥52.9 billion)": a release's comparative
        if f.kind == "percent":
            if place.index and (at := self._labelled_from(place)) < f.start and _COMPARATIVE_LABEL.search(self.text, max(0, at - 80), at):
                return "earlier"  # "(first half of 2025: 5.14 billion yuan, 15.1%)": the margin then
            if place.index == 0 and f.sentence and _THAT_IS.fullmatch(self.text, self.ctx.sentences[f.sentence].start, f.start) \
                    and _CLAUSE_END.match(place.after) and len(said := self.ctx.by_sentence.get(f.sentence - 1, [])) >= 2 \
                    and self.ctx.sentences[f.sentence - 1].paragraph == self.ctx.sentences[f.sentence].paragraph \
                    and cx.is_quantity(said[1].figure) and self._whole_opening(said[1]) is not None:
                return "share"  # "Of the 41,870, 17,458 are in the most deprived fifth of neighbourhoods. That is 41.7%."
            if f.text[:1] in "+-−" and place.index and cx.is_quantity(self.ctx.by_sentence[f.sentence][place.index - 1].figure) \
                    and _SIGNED_AFTER_AMOUNT.fullmatch(place.before):
                return "rate"  # "* Mopeds (L1e-L2e): 118,080 units, -9.6%": a signed percent after an amount is its change
            if place.index and self.ctx.by_sentence[f.sentence][place.index - 1].figure.kind == "percent" \
                    and _IS_BEYOND_THE.search(place.before[-80:]):
                return "earlier"  # "At 9.4%, the zero-emission share of the market was well below the 11.2% of April 2025": the
                # share it is compared with, no change of 11.2%
            if _CROSSED.search(place.before) or _IS_BEYOND.search(place.before[-60:]):
                return "bound"  # "its share fell below 40% for the first time": a line crossed, no change of 40%; "Norway, where
                # the share is above 70%": a level beyond a line
            if _AMBITION_BEFORE.search(place.before[-80:]) or _CONDITION_BEFORE.search(place.before[-80:]):
                return "bound"  # "management wants it to make up a fifth of sales by the end of the decade": an aim, no share now
            if place.index and self.ctx.by_sentence[f.sentence][place.index - 1].figure.kind == "points" \
                    and _POINTS_AGAINST.fullmatch(place.before):
                return "earlier"  # "a 29.2% share, 4.3 points above their 24.9% share in July last year", "4.5 percentage
                # points above the 17.9 percent they held a year earlier": where the change started, whatever words follow
            if _ABOVE_UNSTATED_ESTIMATE.match(place.after):
                return "bound"  # "1.6% above our forecast, and up 9.4% from €4,405m": against an estimate the text does not give
            if cx.is_change_rate(place) or self._parallel_rate(place) or self._gapped_rate(place) is not None \
                    or self._elliptic_rate(place) is not None \
                    or _FURTHER_THAN.match(place.after):  # "went 11.1% further than last year's Arden": a comparison
                return "rate"
            if self._of_figure(place) is not None and not _BENCHMARK_BEFORE.search(place.before[-40:]):
                return "share"  # "That was 9.6% of the 181,460 used cars sold"
            places = self.ctx.by_sentence[f.sentence]
            if place.index + 1 < len(places) and cx.is_quantity(nxt := places[place.index + 1].figure) \
                    and _OR_LEVEL_AFTER.fullmatch(self.text, f.end, nxt.start):
                return "share"  # "and 96.2% of them, 83,610 cars, were electric": the share of the amount after it
            if _SHARE_AFTER.match(place.after) and not _BENCHMARK_BEFORE.search(place.before[-40:]):
                return "share"  # "with 17,240 registrations and an 11.8% share"
            if _BENCHMARK_BEFORE.search(place.before[-40:]) or _BENCHMARK_AFTER.match(place.after) or _LEVY_AFTER.match(place.after) \
                    or _TARGET_IS.search(place.before[-100:]):
                return "bound"  # "well below the 33% required of manufacturers", "the 15 percent tariff", "The 2026 headline
                # target under the Zero Emission Vehicle mandate is 34% of new cars": no share
            if place.index and (_OR_OF.search(place.before) or _OR_OF_PREDICATE.fullmatch(place.before)) and _OF_OR_STOP_AFTER.match(place.after) \
                    and not _COMPARATIVE_AFTER.match(place.after):  # "PLN 18,450,000, or 11.4%, lower": a difference in percent
                prev = self.ctx.by_sentence[f.sentence][place.index - 1].figure
                if self.roles.get(prev.id) == "earlier" and prev.kind == "money" and _COMMA_OR_END.fullmatch(place.before) \
                        and _A_MARGIN.search(self.text, self.ctx.sentences[f.sentence].start, prev.start):
                    return "earlier"  # "EBIT rose to A$196.3 million, a margin of 5.7%, from A$128.7 million, or 4.1%": the margin then
                if self.roles.get(prev.id) == "earlier" and _COMMA_OR_END.fullmatch(place.before) and _OF_OPENING.match(place.after) \
                        and cx.YEAR_AGO_CLAUSE.search(self.ctx.place[prev.id].before):
                    return "earlier"  # "; a year ago they made €0.89 billion, or 30.5% of revenue": the share then
                if self.roles.get(prev.id) == "converted" and place.index >= 2:
                    prev = self.ctx.by_sentence[f.sentence][place.index - 2].figure  # "3.42 billion yuan ($598 million), equal to 8.3%"
                elif self.roles.get(prev.id) == "earlier" and place.index >= 2 and _CLOSED_BRACKET.fullmatch(place.before) \
                        and self.ctx.place[prev.id].before.rstrip().endswith("("):
                    prev = self.ctx.by_sentence[f.sentence][place.index - 2].figure  # "398.2 GWh (307.5 GWh), 38.0%" under "…, with
                    # their installations a year earlier in brackets and their share of the world market:": the level's share
                if prev.kind in ("money", "count", "number") and self.roles.get(prev.id) == "level":
                    if _SWING_NOUN_OF.search(self.ctx.place[prev.id].before[-40:]):
                        return "rate"  # "narrowed to ₹212 crore from ₹347 crore, an improvement of ₹135 crore or 38.9%": the
                        # change in percent, no share of anything
                    return "share"  # "reached 1.30 million, or 38.2 percent of retail sales", "registered 19,870 cars, or 8.2%."
            if place.index and _OF_NAMED_OR.fullmatch(place.before) and _OF_OR_STOP_AFTER.match(place.after) \
                    and (prev := self.ctx.by_sentence[f.sentence][place.index - 1].figure).kind in ("count", "number") \
                    and self.roles.get(prev.id) == "level":
                return "share"  # "Drayage fleets placed 412 of the electric orders, or 36.6%."
            if _FISCAL_LABEL.search(place.before):
                return "earlier"  # "the margin fell 120bp to 6.2% (FY25: 7.4%)": a year the periods do not read, the margin before
            if place.index and self.ctx.by_sentence[f.sentence][place.index - 1].figure.kind == "percent" \
                    and _PERCENT_COMPARED.fullmatch(place.before) and not FOR_OTHERS.match(place.after):
                return "earlier"  # "- Operating margin 11.3%, compared with 12.4%": the margin before, however undated
            head = " ".join(place.before.split()[-5:])
            if place.index and _OF_THEM_COMMA_BEFORE.fullmatch(place.before) and _COMMA_AFTER.match(place.after) \
                    and cx.is_quantity(self.ctx.by_sentence[f.sentence][place.index - 1].figure):
                return "share"  # "19,774 of them, 41.0%, are fast chargers": the part's share in apposition
            if _OF_A_WHOLE_AFTER.match(place.after) and not _BENCHMARK_BEFORE.search(place.before[-40:]) \
                    and not _MARGIN_BEFORE.search(place.before[-60:]):
                return "share"  # "giving overseas markets 13.2 percent of the group's June volume"
            if _OF_REVENUE_AFTER.match(place.after) and _SUPPLIED.search(place.before[-40:]) and not _MARGIN_BEFORE.search(place.before[-60:]) \
                    and not _EARNINGS_SUBJECT.search(clause := self.ctx.clause_text_before(f)) and self.lex.segment_re.search(clause):
                return "share"  # "Used vehicles … were 36.4% of revenue": a business line's part of the whole (but "operating profit
                # was 5.1% of revenue" is a margin, and "R&D spending of 6% of sales" a ratio)
            return "share" if cx.is_share_cue(head + " " + " ".join(place.after.split()[:4])) or _TOOK.search(head) else "level"
        if _is_label(place):
            return "label"
        if f.kind == "money" and _BRACKET_OPENING.match(place.before[-2:]) and place.index > 0:
            return "converted"
        if f.kind in ("money", "count", "number") and self._range_end(place):
            return "bound"  # "EV sales of 280,000 to 310,000 in the fourth quarter": either end of a range, no level
        if f.kind in ("money", "count", "number") and _MORE_THAN_BOUND.search(place.before):
            return "bound"  # "the 97 fleets with more than 500 vehicles": a class boundary, no level
        if f.kind in ("money", "count", "number") and (_YEAR_EARLIER_POSSESSIVE.search(place.before)
                                                        or _YEAR_AGO_SUBJECT.search(place.before) or _COMPARABLE_SUBJECT.search(place.before)
                                                        or _YEAR_EARLIER_LABEL.search(place.before) or cx.YEAR_AGO_CLAUSE.search(place.before)):
            return "earlier"  # "4,420 more than a year earlier's 1,68,930", "Year-ago revenue was PLN 495.9 million"
        if cx.is_old_lead(place.before) and not _PHRASAL_OVER.search(place.before) \
                and not (_AGAINST_BEFORE.search(place.before) and FOR_OTHERS.match(place.after)):
            return "earlier"  # but "EUR 191 million …, against EUR 127 million for new cars" is another thing's level
        if _COMPARATIVE_LABEL.search(self.text, max(0, f.start - 80), self._labelled_from(place)):
            return "earlier"  # "(August 2025: 131,880 vehicles)"
        after = f.text[len(f.text.split()[0]):] + place.after
        if f.kind in ("money", "count", "number") and GAP_AFTER.match(after) and not WITH_MORE_THAN.match(after):
            return "change"  # "19,842 pcs …, 14,526 pcs ahead of second-placed Hyundai": a gap, not a level
        if f.kind in ("money", "count", "number") and place.index and _PERCENT_AGAINST.fullmatch(place.before) \
                and self.ctx.by_sentence[f.sentence][place.index - 1].figure.kind == "percent":
            return "earlier"  # "8.7% below the £23,505 recorded in August 2025"
        if f.kind in ("money", "count", "number") and place.index and _PERCENT_ON.fullmatch(place.before) \
                and _DATED_AFTER.match(place.after) and self.ctx.by_sentence[f.sentence][place.index - 1].figure.kind == "percent":
            return "earlier"  # "an increase of 22.9% on the 14,170 delivered in the third quarter of 2025"
        if f.kind in ("money", "count", "number") and (_THRESHOLD.search(place.before) or _CROSSED.search(place.before)
                                                        or _CONDITION_BEFORE.search(place.before[-80:])
                                                        or f.unit and _LIMIT_OF.search(place.before)):
            return "bound"  # "topped two million units for the fourth month", "as prices fall below £22,000": a threshold
        if (_ABS_CHANGE_BEFORE.search(place.before) or _ABS_CHANGE_AFTER.match(after) or _GAP_TO.search(place.before)) \
                and not _NEW_THINGS.match(after) and not WITH_MORE_THAN.match(after) and not self._restated_as_share(place, after) \
                and not cx.LABELLED_COMPARATIVE_AFTER.match(after) \
                and not (MEMBER_ADDED.search(place.before) and MEMBERS_GO_ON.match(self.text, f.end)):
            return "change"  # but "Plug-in hybrids added 7,610 registrations, or 8.7 per cent of the market": a part; and
            # "Large fleets …, adding 193,954 units (2025: 180,299)": a level beside the year before's, as its siblings are
        return "level"

    def _bare_comparative(self, place: Place) -> Figure | None:
        """A bracket holding nothing but an amount or a percent of the same unit as the figure it
        follows (after that figure's rate at most): the earlier period's value, as results releases
        give it, never a conversion ("186.4 billion yuan (about $27.7 billion)") nor a part ("(21,675)"):
        the figure it is the comparative of."""
        f = place.figure
        legend = self._legend_before(f.start) is not None or self._reached_before(place)
        if legend and (paired := self._bracketed_pair(place)) is not None:
            return paired
        legend = legend or f.kind in ("count", "number") and (cx.RATE_AFTER_BRACKET.match(self.text, f.end) is not None
                                                               or self._brackets_compare())
        # "* Order intake 14,862 trucks (12,407), +19.8%", "21,406 (24,980), down 14.3%": the change after the bracket says
        # what it holds
        if f.kind not in ("money", "percent") and not (f.kind in ("count", "number") and legend) \
                or not place.index or not self.text.startswith(")", f.end) \
                or not (_BARE_BRACKET.fullmatch(place.before) or legend and _WORDS_THEN_BRACKET.fullmatch(place.before)
                        or f.kind == "money" and _RESULT_BRACKET.fullmatch(place.before)):
            return None  # "• Battery electric: 80,214 (72,779)" under "(September 2025 in brackets)": a count's comparative too;
            # and "1,412,638 units in February (1,318,204)" after "Bracketed figures refer to February 2025."
        before = self.ctx.by_sentence[f.sentence][:place.index]
        prev = before[-1].figure
        if f.kind == "money" and prev.kind == "percent" and len(before) > 1 and _RATE_BETWEEN.fullmatch(before[-1].before):
            prev = before[-2].figure  # "¥86.2 billion, up 62.9% (¥52.9 billion)"
        if legend and {prev.kind, f.kind} == {"count", "number"}:
            return prev  # "1,587,310 units to dealers (1,450,127)": the legend says the bare number counts the same units
        return prev if prev.kind == f.kind and prev.unit == f.unit and (f.kind == "percent" or prev.scale == f.scale) else None

    def _brackets_compare(self) -> bool:
        """Whether the article writes year-earlier values in bare brackets after its amounts, "SEK 41,820 million
        (39,450)": then "Deliveries of 29,870 trucks (31,020)" holds a comparative too, never a part."""
        if self._bracket_convention is None:
            self._bracket_convention = _SCALED_THEN_BRACKET.search(self.text) is not None \
                or _SAME_CURRENCY_BRACKET.search(self.text) is not None
        return self._bracket_convention

    def _labelled_from(self, place: Place) -> int:
        """Where the figures of the figure's bracket start, when it follows another figure of that bracket: "(first half of
        2025: 5.14 billion yuan, 15.1%)" dates the 15.1% by the label before the 5.14 billion; else the figure's own start."""
        f = place.figure
        if not place.index or not _LABELLED_BRACKET_NEXT.fullmatch(place.before):
            return f.start
        prev = self.ctx.by_sentence[f.sentence][place.index - 1]
        return self._labelled_from(prev) if "(" not in self.text[prev.figure.start:f.start] else f.start

    def _bracketed_pair(self, place: Place) -> Figure | None:
        """Under a legend, "production and sales were 2,684,310 and 2,718,452 respectively (2,498,127 and 2,569,830)":
        the bracket's figures are the comparatives of as many figures right before it, listed the same way, in order."""
        f = place.figure
        places = self.ctx.by_sentence[f.sentence]
        opening = self.text.rfind("(", self.ctx.sentences[f.sentence].start, f.start)
        closing = self.text.find(")", f.end)
        if opening < 0 or closing < 0 or ")" in self.text[opening:f.start]:
            return None
        inside = [p for p in places if opening < p.figure.start and p.figure.end <= closing]
        outside = [p for p in places if p.figure.end <= opening]
        if len(inside) < 2 or len(outside) < len(inside):
            return None
        mates = outside[-len(inside):]
        joins = [self.text[a.figure.end:b.figure.start] for a, b in zip(inside, inside[1:])] \
            + [self.text[a.figure.end:b.figure.start] for a, b in zip(mates, mates[1:])]
        if not all(_PAIR_JOIN.fullmatch(j) for j in joins) or not _OPEN_ONLY.fullmatch(self.text, opening, inside[0].figure.start) \
                or not _CLOSE_ONLY.fullmatch(self.text, inside[-1].figure.end, closing + 1) \
                or not _WORDS_BEFORE_BRACKET.fullmatch(self.text, mates[-1].figure.end, opening):
            return None
        mate = mates[[p.figure.id for p in inside].index(f.id)].figure
        return mate if {mate.kind, f.kind} <= {"count", "number"} or (mate.kind == f.kind and mate.unit == f.unit) else None

    def _reached_before(self, place: Place) -> bool:
        """"Registrations … rose 8.2% to 51,274 in April (47,390)": a bare count in brackets after the level a rate
        in its clause leads to is that level's earlier value, as a legend would say."""
        before = self.ctx.by_sentence[place.figure.sentence][:place.index]
        if len(before) < 2 or place.figure.kind not in ("count", "number"):
            return False
        level, rate = before[-1], before[-2]
        return level.figure.kind in ("count", "number") and rate.figure.kind == "percent" and cx.is_change_rate(rate) \
            and _TO_LEVEL.fullmatch(level.before) is not None and level.clause == place.clause

    def _legend_before(self, start: int) -> str | None:
        """The period of the legend whose list, table or paragraph holds a position ("(September 2025 in brackets)",
        "(year-earlier figures in brackets)": "" where the legend names no period), None where none does."""
        return next((code for end, stop, code in reversed(self.legend_periods) if end <= start < stop), None)

    def _restated_as_share(self, place: Place, after: str) -> bool:
        """"added 7,610 registrations, or 8.7 per cent of the market": an amount restated as its share of a whole is a part."""
        places = self.ctx.by_sentence[place.figure.sentence]
        if place.index + 1 >= len(places) or not _OR_BEFORE_SHARE.fullmatch(after):
            return False
        share = places[place.index + 1]
        return share.figure.kind == "percent" and _OF_THE_WHOLE.match(share.after) is not None

    def _range_end(self, place: Place) -> bool:
        """Either figure of "280,000 to 310,000", "between 128,000 and 133,000", "$12-13 billion" (never "from X to Y")."""
        places = self.ctx.by_sentence[place.figure.sentence]
        return (place.index + 1 < len(places) and self._range(place, places[place.index + 1].figure)) \
            or (place.index > 0 and self._range(places[place.index - 1], place.figure))

    def _range(self, low: Place, high: Figure) -> bool:
        f = low.figure
        between = self.text[f.end:high.start]
        return high.kind == f.kind and high.unit == f.unit and bool(_RANGE_JOIN.fullmatch(between)) \
            and not cx.is_old_lead(low.before) and not _RANGE_FROM.search(low.before) \
            and ("and" not in between or bool(_RANGE_BETWEEN.search(low.before)))

    def _ahead(self, place: Place) -> bool:
        """Whether a figure the words expect or forecast lies ahead of the article: an estimate for
        a month already over ("expected to reach 2.27 million units in December", written in
        January) is reported like any other level."""
        if self.today is None:
            return bool(_FUTURE.search(self.ctx.clause_text_before(place.figure)))  # undated: only plain future tense
        code = self.period(place)
        if self._opens_on_year_ahead(place.figure.sentence):
            return True  # "For the current year Sakuragawa forecast operating profit of ¥1.15 trillion": the year under way
        if code is None or (place.figure.id in self.undated and _EXPECT_TO.search(self.ctx.clause_text_before(place.figure))):
            return True  # "expect the festive season to take monthly volumes past 1.5 lakh": no period of its own

        try:
            return period_from_code(code).end > self.today
        except ValueError:
            return True

    def _parallel_rate(self, place: Place) -> bool:
        """"up 14.2% from Q3 2023 and 6.3% from Q2 2024": a percent after a rate and its base."""
        if not place.index or not _PARALLEL.match(place.before):
            return False
        prev = self.ctx.by_sentence[place.figure.sentence][place.index - 1]
        return prev.figure.kind == "percent" and cx.is_change_rate(prev)

    def _part_of(self, place: Place) -> frozenset[str] | None:
        """The segment a share's level is a part of, where the level says so ("7,930 of the BEVs, or 24.3%")."""
        if not place.index or not _COMMA_OR_END.search(place.before):
            return None
        prev = self.ctx.by_sentence[place.figure.sentence][place.index - 1]
        said = _OF_SEGMENT.match(prev.after)
        if prev.figure.kind not in ("count", "number") or said is None:
            return None
        found = self.lex.segments_in(said.group(1))
        return found if len(found) == 1 else None

    def _gapped_share(self, place: Place) -> Place | None:
        """The share whose verb and of-phrase a gapped share shares ("Pure electrics took 56.8% of
        NEV retail, plug-in hybrids 26.8% and extended-range models the remaining 16.4%")."""
        places = self.ctx.by_sentence[place.figure.sentence]
        i = place.index
        while i > 0 and _SHARE_GAP.match(places[i].before) and places[i - 1].figure.kind == "percent":
            i -= 1
            if _OF_PHRASE.match(places[i].after):
                return places[i]
        if i >= 2 and _GAPPED_OR.fullmatch(places[i].before.strip()) and cx.is_quantity(places[i - 1].figure) \
                and places[i - 2].figure.kind == "percent" and _OF_PHRASE.match(places[i - 2].after) \
                and _AND_IN_CLAUSE.match(places[i - 1].before):
            return places[i - 2]  # "Aoxin delivered 18,240, 29.7% of the segment, and Jiangnan sold 12,905, or 21.0%"
        return None

    def _moved_from(self, place: Place) -> bool:
        prev = self.ctx.by_sentence[place.figure.sentence][place.index - 1].figure if place.index else None
        return prev is not None and prev.kind == "percent" and bool(_MOVED_FROM.search(place.before))

    def _part_said_of(self, place: Place) -> tuple[str | None, frozenset[str]] | None:
        """What the level a share restates is said to be "of": the share's whole."""
        restated = self._restated(place)
        if restated is None:
            return None
        part = self.ctx.place[restated]
        if not _OF_AFTER.match(part.after):
            return None
        metric, segment = self.share_of(part)
        return None if metric is None and segment is None else (metric, segment or frozenset())

    def _beside_earlier(self, place: Place) -> bool:
        """A figure joined by "and" to the earlier value right before it stands in the same comparison."""
        prev = self.ctx.by_sentence[place.figure.sentence][place.index - 1].figure if place.index else None
        return prev is not None and self.roles.get(prev.id) == "earlier" \
            and bool(_AND_BESIDE.fullmatch(self.text, prev.end, place.figure.start))

    def _qualified_margin(self, f: Figure) -> bool:
        """Whether the margin's name is led by a word that narrows it ("used gross margin", "Service gross margin"),
        not by one that names the group's own ("the adjusted operating margin", "its gross margin")."""
        head = self._head(f)
        found = list(self.lex.metric_re["percent"].finditer(head))
        if not found:
            return False
        lead = _WORD_BEFORE.search(head, 0, found[-1].start())
        return lead is not None and not _PLAIN_MARGIN_LEAD.fullmatch(lead.group(1))

    def _said_of_earlier(self, place: Place) -> str | None:
        """The period of the earlier value a share's relative clause is said of ("from 11,902 a year earlier, which had
        corresponded to a share of 20.2 percent"): the share it had then."""
        prev = self.ctx.by_sentence[place.figure.sentence][place.index - 1].figure if place.index else None
        if prev is None or self.roles.get(prev.id) != "earlier" or prev.id not in self.own \
                or not _WHICH_HAD.match(self.text, prev.end, place.figure.start):
            return None
        period = self.own[prev.id].period
        return period if isinstance(period, str) else None

    def _joint(self, place: Place, segment: frozenset[str]) -> frozenset[str]:
        """"Together, Ningtai and Fenghua installed 448.7 GWh", "The three together supplied 138.3 GWh":
        a level of several segments, never a whole nor one of them."""
        several = self.several(place)
        if several or _TOGETHER_LIST.search(place.before) or _TOGETHER_COUNT.search(place.before):
            return segment | (several or frozenset()) | {JOINT}
        if "remainder" not in segment and (pair := self._joined_subject(place)) is not None:
            return segment - pair if pair == ALL_CLASSES else segment | pair | {JOINT}
        return segment

    def _joined_subject(self, place: Place) -> frozenset[str] | None:
        """"Hybrids of all types and pure battery-electric models reached 19,558 registrations": a sentence
        whose subject joins two segments of one family by "and" states their sum."""
        if place.index:
            return None
        opening = self._strip(place.before)
        found = list(self.lex.segment_re.finditer(opening))
        if len(found) != 2 or found[0].start() > 20 or not _AND_JOINS.fullmatch(opening, found[0].end(), found[1].start()):
            return None
        labels = [self.lex.segment_of[m.group(0).lower()] for m in found]
        families = {self.lex.family(x) for x in labels}
        if labels[0] == labels[1] or len(families) > 1 and families != _BODY_AND_CLASS or families & set(SCOPE_FAMILIES):
            return None  # but "Trucks and SUVs accounted for 445,480 of them": a class and a body type together
        return frozenset(labels)

    def _or_share_of(self, place: Place) -> frozenset[str] | None:
        """The segment of the level a share restates ("49,880 registrations, or 34.1%"), else None."""
        if not place.index or not _OR_OF.search(place.before):
            return None
        prev = self.ctx.by_sentence[place.figure.sentence][place.index - 1]
        if prev.figure.kind not in ("money", "count", "number") or self.roles.get(prev.figure.id) != "level":
            return None
        joint = self._joint(prev, self.segment(prev))
        return joint if JOINT in joint else None

    def _elliptic_rate(self, place: Place) -> Place | None:
        """"Passenger cars were up 6.9 per cent and light commercial vehicles 5.5 per cent.": a percent ending its
        sentence after "and" and a few words, the one before it a change rate, shares that rate's verb."""
        if not place.index or not _ELLIPTIC_AND.fullmatch(place.before) or not _CLAUSE_END.match(place.after):
            return None
        lead = self.ctx.by_sentence[place.figure.sentence][place.index - 1]
        return lead if lead.figure.kind == "percent" and cx.is_change_rate(lead) else None

    def _gapped_rate(self, place: Place) -> Place | None:
        """"Petrol cars fell 18.6 percent to 58,247 and diesel cars 11.2 percent to 29,188": a percent
        "to" a value, after a rate "to" a value in its sentence, shares that rate's verb. The place of
        the rate whose verb it shares, else None."""
        f = place.figure
        if place.index < 2 or not _TO_NEXT.match(place.after) or not _GAP.match(place.before):
            return None
        places = self.ctx.by_sentence[f.sentence]
        if place.index + 1 >= len(places) or places[place.index + 1].figure.kind not in ("money", "count", "number"):
            return None
        lead = places[place.index - 2]
        if lead.figure.kind != "percent" or not _TO_NEXT.match(lead.after) or places[place.index - 1].figure.kind == "percent":
            return None
        if cx.is_change_rate(lead):
            return lead
        return self._gapped_rate(lead)

    def segment(self, place: Place) -> frozenset[str]:
        """Segment labels from the figure's own words, else its clause ("Petrol cars accounted for
        35.5 percent … at 70,135 units"); the words just after the figure win ("575,000 were shipped
        abroad"). A total named by "of the …" takes only its own words."""
        f = place.figure
        if f.kind == "percent" and not place.index \
                and (label := _SHARE_LABEL.fullmatch(self.text, self.ctx.sentences[f.sentence].start, f.start)) is not None \
                and (label_names := self.lex.segments_in(label.group("what"))):
            return frozenset(label_names)  # "- Electrified share: 17.6%", "Battery-electric alone: 8.1%": the share of what its label names
        clause = self._head(f)
        stretch = self._strip(place.before)
        labels: dict[str, tuple[tuple[int, int], str]] = {}
        joint: frozenset[str] = frozenset()
        unread_item = False
        if _CHANGE_OF.search(stretch) and place.index:  # "reached 1,392,640 (1,139,905), a rise of 22.2%": the level's change
            level = next((p.figure.id for p in reversed(self.ctx.by_sentence[f.sentence][:place.index])
                          if self.roles.get(p.figure.id) == "level" and p.figure.id in self.own and cx.is_quantity(p.figure)), None)
            if level is not None:
                return self.own[level].segment
        if place.index and _BRACKET_ONLY.fullmatch(place.before) and _COMPARATIVE_LABEL.search(place.before) \
                and _BRACKET_CLOSES.match(place.after) \
                and (prev := self.ctx.by_sentence[f.sentence][place.index - 1].figure).id in self.own \
                and self.roles.get(prev.id) == "level" and cx.is_quantity(prev):
            return self.own[prev.id].segment  # "Battery-electric sales: 41,870 (January-May 2025: 31,560)": the line's, a year before
        if place.index and cx.WHEN_BARE.search(place.before[-24:]) \
                and not self.lex.segment_re.search(f.text + " " + _CLAUSE_TAIL.split(place.after, 1)[0]):
            level = next((p.figure.id for p in reversed(self.ctx.by_sentence[f.sentence][:place.index])
                          if self.roles.get(p.figure.id) == "level" and p.figure.id in self.own and cx.is_quantity(p.figure)), None)
            if level is not None:  # "Zero-emission buses, battery-electric and fuel-cell together, reached 5,412 units, …, against
                return self.own[level].segment  # 44.3% a year earlier, when 4,378 were registered": the same buses, then
        if not _OF_TOTAL.search(stretch):
            head = _OF_WHOLE.sub(" ", clause)
            if (items := self._noun_items_before(place)):
                for item_text in items:  # "They split into 58,900 SUVs, 31,700 cars and 13,700 pickups": each counts what its own noun
                    head = head.replace(item_text, " ")  # names, never the items' before it (but what the words before the list say)
            elif place.index and _NEW_PREDICATE.match(place.before):
                head = place.before  # "carmakers had exported 33,150 vehicles and produced 235,000": its own verb, no exports
            elif place.index and (item := _GAPPED_ITEM.search(place.before) or self._gapped_bare(place)):
                # "SUVs accounted for 57,420 sales, light commercial vehicles for 22,890": the item's own; "Motorcycles
                # accounted for 412, heavy equipment for 139": not motorcycles; but ", accounting for 48.9 percent"
                unread_item = not self.lex.segment_re.search(item.group(1)) and not _VERB_FORM.search(item.group(1))
                if unread_item or self.lex.segment_re.search(item.group(1)):
                    head = item.group(1)
            if f.kind != "percent" and (total_led := _TOTAL_LED.search(place.before)):
                head = total_led.group(0)  # "Exports climbed 25.7% to 61,886 units, bringing total shipments to 610,198": the whole
            outdone = _OUTDO.search(head)
            for m in self._unnamed_segments(head):  # "Zhongrui New Energy ranked third": a maker's name, not new-energy vehicles
                if outdone and m.start() >= outdone.end() and (self.lex.family(self.lex.segment_of[m.group(0).lower()]) in labels
                                                               or _OUTDO_VERB.match(outdone.group(0)) and not labels):
                    continue  # "PHEVs still outsell pure EVs here, taking 7.2%": the share is the subject's; "Companies thus
                    # outnumbered private buyers by 35,210 and accounted for 66.4%": a subject the lexicon cannot read, never
                    # the buyers it outnumbered
                if _EXPORTER_OF.match(head, m.end()) and self.lex.family(self.lex.segment_of[m.group(0).lower()]) == "region":
                    continue  # "China's vehicle exports rose 14.6%": the country the cars left, never where they went
                self._take(labels, m, 0)
            listed = self._listed(head)
            if listed is not None and labels.get(listed[0], ((0, -1), ""))[1] in listed[1]:
                del labels[listed[0]]
                if listed[1] != self._mentioned(listed[0]):
                    joint = listed[1]  # "sales of petrol and diesel cars fell": their sum, never the last one named
            if of_rel := _OF_NOUN_WHICH.search(clause):  # "9.1% of the light-vehicle market, which totalled 236,040": that noun's
                labels = {}
                for m in self.lex.segment_re.finditer(of_rel.group(1) or of_rel.group(2) or ""):
                    self._take(labels, m, 0)
            elif rel := _RELATIVE_END.search(head):  # "…, more than hybrid premiums, which slipped 4.1%": the relative clause's noun
                for m in self.lex.segment_re.finditer(rel.group(1)):
                    seg = self.lex.segment_of[m.group(0).lower()]
                    labels[self.lex.family(seg)] = ((0, len(head) + m.start()), seg)
        else:
            said = list(_SHARE_SAID.finditer(stretch))
            if f.kind != "percent" and (total_led := _TOTAL_LED.search(stretch)) is not None:
                stretch = total_led.group(0)  # "shipped 58.4 lakh abroad, for total production of 3.12 crore units": the whole
            elif (whole := _A_TOTAL_OF.search(stretch)) is not None:
                stretch = whole.group(0)  # "351,000 in other regions, for a global total of 3.412 million": the list's whole,
                # named by its own words
            elif said:
                stretch = stretch[said[-1].end():]  # "electric models still accounted for nearly one in five of the 32,640 new cars":
                # the subject is the part's, never the whole's
            for m in self.lex.segment_re.finditer(stretch):
                self._take(labels, m, 0)
        if f.kind == "percent" and (named_share := _NAMED_SHARE_BEFORE.search(place.before)) is not None \
                and (own := list(self.lex.segment_re.finditer(named_share.group(1)))):
            labels = {family: taken for family, taken in labels.items() if family == "name"}  # "The overall passenger car market
            for m in own:  # grew 5.5%, which pushed the NEV share to 55.8%": the NEVs' share, of the market the clause is about
                self._take(labels, m, 1)
        tail = place.after
        stop = self._tail_stop(tail)
        if stop and stop.group(0) == "and":  # "sold 704,839 vehicles at home and abroad": one term across the "and"
            across = [m.end() for m in self.lex.segment_re.finditer(tail, 0, stop.end() + 30) if m.start() < stop.start() < m.end()]
            tail = tail[:max([stop.start(), *across])]
        elif stop:
            tail = tail[:stop.start()]
        if f.kind == "percent" and (cause := _CAUSE_ON.search(tail)) is not None:
            tail = tail[:cause.start()]  # "registrations increased 4.0% on fleet renewals": what drove the rate, not its segment
        tail = " ".join(tail.split()[:6])
        if f.kind == "percent" and _OF_OPENING.match(tail) or f.kind in ("count", "number") and _OF_A_TOTAL_TAIL.match(tail):
            tail = ""  # "Pure electrics took 56.8% of NEV retail", "Battery-electric models made up 68,910 of the eco-friendly
            # total": the of-phrase names the total, the head the part
        if place.index and len(place.before) < 48 and _LIST_NEXT.search(place.before) and self.lex.segment_re.search(f.text):
            # "15,406 were SUVs, 7,950 passenger cars, 6,236 pickups": a list's item names its own segment, never the one before
            labels = {family: taken for family, taken in labels.items() if taken[0][0] > 0}
        for m in self.lex.segment_re.finditer(f.text + " " + tail):
            self._take(labels, m, 1)
        after = self.text[f.end:self.ctx.sentences[f.sentence].end]  # past a share that restates it: "44,980 of them, or 86.9%, went to"
        if (dest := _TO_DESTINATION.match(after)) is not None:  # "3,106 went to European Union countries, 842 to the Middle
            # East": where each went, said after it; the words before it are the figure before's destination
            where = _DESTINATION_END.split(after[dest.end():], 1)[0]
            going = [m for m in self.lex.segment_re.finditer(where) if self.lex.family(self.lex.segment_of[m.group(0).lower()]) == "region"
                     or self.lex.segment_of[m.group(0).lower()] == _DOMESTIC and _WENT.search(dest.group(0))]
            # "55,230 of the cars went to domestic customers"; never "sent 2,62,464 units to domestic dealers" (all of them)
            if going:
                self._take(labels, going[0], 1)
        if (own_line := self.items.get(f.id)) is not None and _LABEL_ASIDE.search(own_line.label):
            for m in self.lex.segment_re.finditer(_LABEL_ASIDE.sub("", own_line.label)):
                self._take(labels, m, 2)  # "• Petrol, including mild hybrids: 147,406": petrol, whatever the aside holds
        label = self._list_label(place.before)
        if label:  # "Petrol: 41,862", "- Japan 318,000": the list label names the figure
            for m in self.lex.segment_re.finditer(label.group("name")):
                self._take(labels, m, 2)
            if not self.lex.segment_re.search(label.group("name")) and label.start() > 0:
                # "Hybrids made up 141,200 of them, EVs 48,900": a member the lexicon cannot read is none of the others
                labels = {family: taken for family, taken in labels.items()
                          if taken[0][0] > 0 or self.lex.family(taken[1]) not in ("powertrain", "class", "channel", "origin")}
        if bracket := _BRACKET_LABEL.search(place.before):  # "ahead of petrol cars (21,944)": the noun the bracket follows
            for m in self.lex.segment_re.finditer(bracket.group("words")):
                self._take(labels, m, 2)
        if f.kind == "percent" and not place.index and not labels and _AT_OPENING.fullmatch(place.before) \
                and (main := _AT_MAIN_CLAUSE.match(place.after)):
            for m in self.lex.segment_re.finditer(main.group(1)):  # "At 28.4% of passenger car output, battery-electric
                self._take(labels, m, 1)  # production reached 1,161,270 vehicles": the share of what the clause after it counts
        name = self.name(place, tail) or self._owner(f) or self._that_owner(f)
        if name and "region" not in labels:
            labels["name"] = ((0, 0), name)
        if not labels.keys() - {"name"} and f.kind in ("count", "number", "money") and not _OF_THEM_AFTER.match(place.after) \
                and not ((list_item := self.items.get(f.id)) and _BY_NAME.search(list_item.heading + " " + list_item.header)):
            labels.update(self._colon_subject(place, name))
        elif f.kind in ("count", "number") and _OF_A_NAMED_WHOLE_TAIL.match(place.after):
            for family, taken in self._colon_subject(place, name).items():  # "Crossovers dominate: 63,950 of August's electric
                labels.setdefault(family, taken)  # sales": the subject's part of the whole its words name
        if _REMAINDER.search(_CLAUSE_TAIL.split(place.before[-60:].rstrip(" ,:"))[-1] + " " + tail) and not any(
                not _negated(m, self.lex.family(self.lex.segment_of[m.group(0).lower()])) for m in self.lex.segment_re.finditer(
                _CLAUSE_TAIL.split(place.before[-80:].rstrip(" ,:"))[-1] + " " + tail)):  # "private buyers accounting for the rest, 156,880"
            return frozenset({"remainder"})  # "the remaining 7,553 cars": whatever the others leave
        if not labels and f.kind in ("count", "number") and _WITH_OPENING.fullmatch(self.text, self.ctx.sentences[f.sentence].start, f.start):
            subject = _WITH_SUBJECT.match(self.text, f.end)  # "With 239,410 new registrations, passenger cars recorded …"
            if subject and _SHARE_SAID.search(self.text, subject.start(1), subject.end() + 16):
                subject = None  # "With 3,947,300 light vehicles sold nationally, full-size pickups accounted for 14.5% of the
                # market": the figure is the whole the subject is a share of
            for m in self.lex.segment_re.finditer(subject.group(1) if subject else ""):
                self._take(labels, m, 1)
        part_of = False
        if unread_item and not labels:
            return QUALIFIED
        if not labels:
            labels = self._antecedent(f)
            if not labels and cx.is_quantity(f) and self._bare_answer(f):
                return QUALIFIED  # "PARK: 329,870." after a question that names nothing the lexicon reads: what it counts is
                # the question's, never the market's
            if not labels and f.kind in ("count", "number") and cx.OF_THEM_OPENING.match(
                    self.text[self.ctx.sentences[f.sentence].start:f.start]):
                labels = {family: ((3, 0), referred) for family, referred in self._referent(f).items()}
                part_of = bool(labels)  # "Of these, 13,052 were brand new": a part of them the lexicon cannot read
            elif not labels and f.kind in ("count", "number") and _OF_THEM_AFTER.match(place.after) \
                    and not _WORD.search(_OF_THEM_SUBJECT.sub("", clause)):
                lead = self.text[self.ctx.sentences[f.sentence].start:f.start]
                referent = self._referent(f)
                if referent and lead.rstrip().endswith(":") and (named := list(self.lex.segment_re.finditer(lead))):
                    for m in named:  # "Minicars were 38.9% …. On the registered side hybrids remained dominant: 40,118 of
                        self._take(labels, m, 1)  # them": the hybrids the words before the colon name, never the minicars
                else:
                    labels = {family: ((3, 0), referred) for family, referred in referent.items()}
                # "In volume, dealers sold about 14,600 of them": all of them, the zero-emission vehicles
        elif f.kind in ("count", "number") and (_OF_THEM_AFTER.match(place.after) or cx.OF_THEM_OPENING.match(clause)):
            for family, referred in self._referent(f).items():
                labels.setdefault(family, ((3, 0), referred))  # "Arvel alone registered 9,870 of them": Arvel's BEVs
        if not labels and f.kind == "percent" and place.index and _POSSESSIVE_SHARE_CLAUSE.search(place.before):
            prev = self.ctx.by_sentence[f.sentence][place.index - 1].figure  # "NEVs made up 226,000 of them; their share of exports"
            if cx.is_quantity(prev) and prev.id in self.own:
                labels = self._labels_of(self.lex.scope_free(self.own[prev.id].segment) | (
                    self.own[prev.id].segment & frozenset(self.lex.families.get("market", ()))), (0, 0))
        if not labels and place.index and (self.roles.get(f.id) in ("rate", "level") and (_THEIR_CLAUSE.match(clause) or _SUCH_CLAUSE.search(clause))
                                           or f.kind == "points" and _THEIR_SHARE_CLAUSE.match(clause)):
            labels = self._subject(f)  # "Battery-electric cars took a 20.1% share …; their volume grew 17.1%": the subject's
        if not labels and self.roles.get(f.id) == "change" and _AND_WERE.search(stretch):
            labels = self._subject(f)  # "Its exports climbed 21.7% to 13,172 units, …, and were 3,068 units higher than in
            # August": the subject's exports
        if not labels and (self.roles.get(f.id) == "share" or f.kind == "percent" and self.roles.get(f.id) == "level") and (
                _SUBJECTLESS.match(stretch) or _SUBJECTLESS.match(stretch.rsplit(",", 1)[-1])):
            labels = self._subject(f) or self._antecedent(f)
        if f.sentence and (_has_possessive(clause) and _ELLIPTIC_POSSESSIVE.match(clause)
                           or " with" in clause[-16:] and _FOLLOWED_WITH.match(clause)) and not self.lex.scope_free(
                frozenset(label for _, label in labels.values())):
            carried = {self.lex.scope_free(self.own[p.figure.id].segment) for p in self.ctx.by_sentence.get(f.sentence - 1, [])
                       if p.figure.id in self.own and self.roles.get(p.figure.id) in ("level", "rate", "multiple")} - {frozenset()}
            if len(carried) == 1 and (core := carried.pop()) and \
                    self.ctx.sentences[f.sentence - 1].paragraph == self.ctx.sentences[f.sentence].paragraph:
                for key, taken in self._labels_of(core, (4, 0)).items():  # "Serbia's BEV registrations more than doubled …
                    labels.setdefault(key, taken)  # Croatia's rose 37.8%": Croatia's BEV registrations
        if not labels and cx.is_quantity(f) and self.roles.get(f.id) == "earlier" and _YEAR_AGO_SUBJECT.search(place.before) \
                and (core := self._level_segment_before(f, named=True)):
            labels = self._labels_of(core, (4, 0))  # "South Korea shipped 214,608 passenger cars abroad …. The year-earlier
            # month had brought 207,961": the same exports a year before
        if f.kind in ("count", "number", "money") and _PRONOUN_SUBJECT.match(clause) and (core := self._level_segment_before(f)):
            for key, taken in self._labels_of(core, (4, 0)).items():  # "Private buyers registered 131,882 cars. They
                labels.setdefault(key, taken)  # took 21,406 battery-electric cars": the private buyers' BEVs
        if "class" not in labels and _BARE_CARS.search(f"{clause} {f.text} {tail}") and self._beside_commercial(f) \
                and not _CARS_AND_MORE.match(place.after):  # but "444,091 cars and commercial vehicles": all of them
            labels["class"] = ((0, 0), PASSENGER)  # "Cars made up 79,106 of the April total and light commercial vehicles 19,508"
        found = frozenset(label for _, label in labels.values())
        if joint and not any(self.lex.family(x) in (self.lex.family(y) for y in joint) for x in found):
            found |= joint | {JOINT}
        if found and cx.is_quantity(f) and cx.THE_OTHER.search(place.before[-24:]):
            found |= self._sibling_frame(f, found)  # "Private buyers registered 31,486 battery electric cars … Fleet and
            # business buyers took the other 57,661": the other battery-electric cars
        if (q := _QUALIFIED.search(clause_before := self.ctx.clause_text_before(f))) \
                and not (_EXPORT in found and _OUTSIDE.search(q.group(0))) \
                or _ON_A_BASIS.search(clause_before):
            found |= {"qualified"}  # but "Outside Korea, the company sold 254,272 vehicles": its sales abroad, no part of them
        if self.roles.get(f.id) in ("rate", "multiple") and not self.lex.scope_free(found) and (source := _REVENUE_FROM.search(clause_before)) \
                and not self.lex.segment_re.search(source.group(1)) and not gazetteer().mentions(source.group(1)) \
                and self._unread_words(source.group(1)):
            found |= {"qualified"}  # "Revenue from cooling plates has doubled": a line the lexicon cannot read, never the group's
        if f.kind == "percent" and self.roles.get(f.id) == "rate" and _adjusted_for_currency(self.ctx, f):
            found |= {"qualified"}  # "Net sales increased by 9% in local currencies to SEK 41,820 million (39,450)", "rose 9%
            # …, adjusted for currency": a change on a basis of its own, never the reported amounts' change
        if part_of or self._unread_part(place, found):
            found |= {"qualified"}  # "The ten largest cities accounted for 341,900 of those NEVs": a part of the NEVs
        line = max(self.ctx.sentences[f.sentence].start, self.text.rfind("\n", 0, f.start) + 1)  # a heading may open the sentence
        opener = _OF_WHOLE_OPENER.match(self.text, line, f.start)
        if opener and not self.lex.segment_re.search(opener.group("what")) and (not _TOTAL_OPENER.search(opener.group("what"))
                                                                               or not found and (f.kind == "money" or self.roles.get(f.id) == "rate")):
            # "Of home charging energy, 124.3 GWh …": a part of a whole the lexicon cannot read; "Of total revenue, €2,492
            # million came from automotive customers": an amount (or its rate) the lexicon cannot read of the total (where "Of the quarter's
            # deliveries, 12,950 were Nords, or 70.3% of the total" is left to the share the words name)
            found |= {"qualified"}
        if f.kind == "money" and _ADJUSTED_OPENER.match(self.text, line, f.start):
            found |= {"qualified"}  # "On a non-GAAP basis, …, against a loss of RMB 884 million": no net loss as reported
        if not any(x.startswith("name:") for x in found) and _RANKED_SUBJECT.match(self.text, self.ctx.sentences[f.sentence].start, f.start):
            found |= {"qualified"}  # "The second-placed group had a harder month: its output shrank 6.7%": one maker's, never the market's
        return found

    def _noun_items_before(self, place: Place) -> list[str]:
        """An item, after the first, of a list of three or more counts that each name their thing ("58,900 SUVs, 31,700 cars
        and 13,700 pickups"), one of them a segment's: the items before it, whose nouns are theirs, never its own."""
        f = place.figure
        places = self.ctx.by_sentence[f.sentence]
        at = next((i for i in range(place.index, 0, -1) if not self._noun_items(places[i - 1].figure, places[i].figure)), 0)
        after = place.index + 1
        while after < len(places) and self._noun_items(places[after - 1].figure, places[after].figure):
            after += 1
        if after - at >= 3 and at < place.index and " " in f.text and any(self.lex.segment_re.search(p.figure.text) for p in places[at:after]):
            return [p.figure.text for p in places[at:place.index]]
        return []

    def _noun_items(self, prev: Figure, f: Figure) -> bool:
        """Two counts next to each other in a list, each with its own noun ("58,900 SUVs, 31,700 cars")."""
        return " " in prev.text and " " in f.text and self.text[prev.end:f.start].strip(" ,") in ("", "and")

    def _level_segment_before(self, f: Figure, named: bool = False) -> frozenset[str]:
        """The one segment the amounts of the sentence before, in the figure's paragraph, are levels of (`named`: with the
        names and places they carry); none where they count different things or there is no such sentence."""
        if not f.sentence or self.ctx.sentences[f.sentence - 1].paragraph != self.ctx.sentences[f.sentence].paragraph:
            return frozenset()
        carried = {self.own[p.figure.id].segment if named else self.lex.scope_free(self.own[p.figure.id].segment)
                   for p in self.ctx.by_sentence.get(f.sentence - 1, [])
                   if p.figure.id in self.own and self.roles.get(p.figure.id) == "level" and cx.is_quantity(p.figure)}
        return carried.pop() if len(carried) == 1 else frozenset()

    def _colon_subject(self, place: Place, name: str | None) -> dict[str, tuple]:
        """"Hybrids confirmed themselves as the leading powertrain: 66,120 cars": the clause before the
        colon says what the amount just after it counts, and what an earlier value in its clause counts
        ("have almost tripled: 48,270 were sold …, against 16,940 a year before"); never a name's own
        words ("- Ridge pickup: 4,276")."""
        f = place.figure
        line = max(self.ctx.sentences[f.sentence].start, self.text.rfind("\n", 0, f.start) + 1)
        if ":" not in self.text[line:f.start]:
            return {}
        pre = _BEFORE_COLON.match(self.text, line, f.start)
        if pre is None or not _LETTER.search(pre.group(1)) or _BY_NAME.search(pre.group(1)) and not CUT_ACROSS.search(pre.group(1)):
            # "- Tamsin electric brand: 15,169": a brand's name, but "- Electric vehicles across all brands: 27,412" are EVs
            return {}
        if any(line <= p.figure.start < pre.end() and cx.is_quantity(p.figure) and self.roles.get(p.figure.id) == "level"
               and "(" not in p.before[-12:] for p in self.ctx.by_sentence[f.sentence]):
            return {}  # "The five Nordic markets registered 510,870 new passenger cars …: 110,070 in Norway, …": the words before the
            # colon state the whole, whose words its parts do not all repeat
        between = self.text[pre.end():f.start]
        if not _COLON_LEAD.fullmatch(between) and not _COLON_NAMED_ITEMS.fullmatch(between) \
                and (self.roles.get(f.id) != "earlier" or not _COLON_CLAUSE.fullmatch(between) or self.lex.segment_re.search(between)):
            return {}  # but "Electric cars: Cork 2,104, Limerick 702, Kerry 431": each name's electric cars
        labels: dict[str, tuple] = {}
        for m in self.lex.segment_re.finditer(_OF_WHOLE.sub(" ", self._strip(pre.group(1)))):
            if not (name and m.group(0).lower() in name.partition(":")[2].split()):
                self._take(labels, m, 0)
        return labels

    def _beside_commercial(self, f: Figure) -> bool:
        """Whether another amount of the figure's sentence, or the first of a list line next to its own, counts vans, trucks,
        buses or commercial vehicles: "cars" set against them are passenger cars."""
        sentence = self.ctx.sentences[f.sentence]
        others = [p.figure for p in self.ctx.by_sentence[f.sentence] if p.figure is not f and cx.is_quantity(p.figure)]
        commercial = self.lex.leaves(_COMMERCIAL) | {_COMMERCIAL}  # trucks, buses and vans, as data/segments.csv covers them
        if cx.BULLET_LINE.match(self.ctx.sentence_text(f.sentence)) and any(
                self.lex.segment_of.get(m.group(0).lower()) in commercial
                for k in (f.sentence - 1, f.sentence + 1) if 0 <= k < len(self.ctx.sentences)
                and self.ctx.sentences[k].paragraph == sentence.paragraph and cx.BULLET_LINE.match(self.ctx.sentence_text(k))
                and (first := next((p.figure for p in self.ctx.by_sentence.get(k, []) if cx.is_quantity(p.figure)), None)) is not None
                for m in self.lex.segment_re.finditer(self.text, self.ctx.sentences[k].start, first.start)):
            return True  # "- Cars (automóveis): 168,422" above "- Light commercials (comerciais leves): 41,306": a list's classes
        return any(self.lex.segment_of[m.group(0).lower()] in commercial
                   and any(_NEAR_WORDS.fullmatch(self.text, m.end(), o.start) or _ASIDE_NEAR.fullmatch(self.text, m.end(), o.start) or _NEAR_WORDS.fullmatch(self.text, o.end, m.start())
                           for o in others)  # "light commercial vehicles 19,508": another figure's own class, never "cars and buses"
                   for m in self.lex.segment_re.finditer(self.text, sentence.start, sentence.end))

    def _listed(self, head: str) -> tuple[str, frozenset[str]] | None:
        """The family and labels of a list of two or more segments of one family that ends the head's
        last segment word, with words after it ("sales of passenger cars, buses and trucks rose 34.7%"),
        else None."""
        found = self._unnamed_segments(head)
        if len(found) < 2:
            return None
        run = [found[-1]]
        for m in reversed(found[:-1]):
            if not _LIST_JOIN.fullmatch(head, m.end(), run[-1].start()):
                break
            run.append(m)
        labels = frozenset(self.lex.segment_of[m.group(0).lower()] for m in run)
        families = {self.lex.family(x) for x in labels}
        if len(run) < 2 or len(labels) != len(run) or len(families) != 1 or families & set(SCOPE_FAMILIES) \
                or any(ch.isdigit() for ch in _A_RATE.sub("", head[run[-1].start():])) or not _WORD.search(head, found[-1].end()):
            return None  # "sold 4,29,878 in the domestic market and exported 38,912": two figures; "trucks and buses 1,960": an item
        return families.pop(), labels

    def _unnamed_segments(self, head: str) -> list[re.Match[str]]:
        """The lexicon's segment words in the head that stand in no proper name, kept by the words: a
        figure's segment and its list (_listed) both read them."""
        found = self._segment_words.get(head)
        if found is None:
            found = self._segment_words[head] = [m for m in self.lex.segment_re.finditer(head) if not _in_name(head, m)
                                                 and not (self.lex.segment_of.get(m.group(0).lower()) == _DOMESTIC
                                                          and _MAKER_AFTER.match(head, m.end()))]
            # "Domestic maker Togg sold 4,930 of the electric cars": where the maker is from, never the home market's sales
        return found

    def _place_line(self, f: Figure) -> bool:
        """A "by the numbers" line whose label after the colon opens on a place or a capitalised name ("4,112: Germany")."""
        label = self._line_label(f, self.ctx.clause_text_before(f))
        return label is not None and label[:1].isupper() and not self.lex.segment_re.match(label)

    def _line_label(self, f: Figure, before: str) -> str | None:
        """The label after the colon of a "by the numbers" line that opens on the figure ("- 214,380: battery-electric cars
        registered …"), where `before`, the words before the figure, are only the line's bullet."""
        if not _BULLET_OPENING.fullmatch(before):
            return None
        line = _LABEL_AFTER.match(self.text, f.end)
        return line.group(1) if line else None

    def _mentioned(self, family: str) -> frozenset[str]:
        """Every label of the family the article names anywhere: a list of all of them is the whole."""
        found = self._named.get(family)
        if found is None:
            labels = self.lex.segments_in(self.text)
            found = self._named[family] = frozenset(x for x in labels if self.lex.family(x) == family)
        return found

    def _unread_part(self, place: Place, found: frozenset[str]) -> bool:
        """An amount "of those NEVs" (or its share "or 28.8%") whose subject the lexicon cannot read: a
        part of the NEVs, never the NEVs themselves."""
        f = place.figure
        if f.kind == "percent" and not place.index:
            return False  # "Together they made up 61.2% of the market": the share's own whole, no part
        of = place if f.kind != "percent" else self.ctx.by_sentence[f.sentence][place.index - 1]
        said = _OF_THOSE.match(of.after)
        if said is None or not self.lex.scope_free(found - {"qualified"}) or of is not place and not _COMMA_OR_END.search(place.before):
            return False
        head = self._head(of.figure)
        subject = _PART_VERB.search(head) if _PART_VERB_END.search(head) else None
        if subject is None:
            return False
        words = [w for w in _WORD.findall(subject.group("subj")) if not _PLAIN_OF.fullmatch(w) and not _PRONOUN_WORD.fullmatch(w)]
        return bool(words) and not self.lex.segment_re.search(subject.group("subj")) and not _CAPITALISED.search(subject.group("subj"))

    def _referent(self, f: Figure) -> dict[str, str]:
        """What "of them" / "of these" points back to: the segment of the nearest figure before, in
        its sentence or the one before in its paragraph, that measures a segment."""
        for g in self._back_to_sentence_before(f):
            if g.id not in self.own:
                continue
            core = self.lex.scope_free(self.own[g.id].segment)
            if core:
                return {key: label for key, (_, label) in self._labels_of(core, (0, 0)).items()}
        return {}

    def _breaks_down(self, sentence: int) -> bool:
        """Whether the sentence gives a breakdown ("By region, …", "of which …"): asked by each of its figures."""
        found = self._breakdown_in.get(sentence)
        if found is None:
            found = self._breakdown_in[sentence] = bool(_BREAKDOWN.search(self.ctx.sentence_text(sentence)))
        return found

    def _strip(self, words: str) -> str:
        """The words without their including-phrases and asides, kept by the words: a figure's own
        words, its clause and the sentence before are read for its segment, its name and its metric."""
        found = self._stripped.get(words)
        if found is None:
            found = self._stripped[words] = _STRIP.sub(" ", words)
        return found

    def _list_label(self, words: str) -> re.Match[str] | None:
        """_LIST_LABEL.search(words), kept by the words: a figure's segment and its name both ask."""
        if words not in self._labels:
            self._labels[words] = _LIST_LABEL.search(words)
        return self._labels[words]

    def _tail_stop(self, after: str) -> re.Match[str] | None:
        """_TAIL_STOP.search(after), kept by the words: a figure's segment and its metric both end its tail there."""
        if after not in self._tail_stops:
            self._tail_stops[after] = _TAIL_STOP.search(after)
        return self._tail_stops[after]

    def _head(self, f: Figure) -> str:
        """The figure's clause up to it, without its including-phrases and asides (cached: every
        field of the measure reads it)."""
        head = self._heads.get(f.id)
        if head is None:
            before = self.ctx.clause_text_before(f)
            label = self._line_label(f, before)
            if label is not None and not (self.lex.segment_re.search(label) or any(r.search(label) for r in self.lex.metric_re.values())):
                label = None  # "* 4,112: Germany, 32.0% of …": a place alone names no measure
            # "- 214,380: battery-electric cars registered in the EU in October": a "by the numbers" line names its figure after it
            if label is None and (joined := _AS_CLAUSE.search(before)) is not None:
                before = before[joined.end():]  # "Private buyers return as May registrations rise 5.0%": the clause after "as"
            head = self._heads[f.id] = self._strip(label or before)
        return head

    def _gapped_bare(self, place: Place) -> re.Match[str] | None:
        """"Private buyers registered 49,806 cars and companies 98,404": an item of common nouns after "and", right before
        an amount of the kind before it, its verb said once (a maker's name keeps the verb's reading: "exported 12,480
        Polos and Mercedes-Benz East London 6,230")."""
        f = place.figure
        places = self.ctx.by_sentence[f.sentence]
        kind = places[place.index - 1].figure.kind
        pattern = _GAPPED_BARE
        if kind == "percent" and place.index >= 2 and self.text[places[place.index - 1].figure.start - 1] == "(":
            kind, pattern = places[place.index - 2].figure.kind, _GAPPED_AFTER_SHARE
        if not cx.is_quantity(f) or kind != f.kind and not {kind, f.kind} <= {"count", "number"}:
            return None
        bare = pattern.fullmatch(place.before)
        if bare and not bare.group(1)[:1].islower() and (region := self.lex.segment_re.fullmatch(bare.group(1).strip())) \
                and self.lex.family(self.lex.segment_of[region.group(0).lower()]) == "region":
            return bare  # "Asia outside Japan added ¥152.2 billion and Europe ¥212.5 billion": a region named bare, its verb said once
        return bare if bare and bare.group(1)[:1].islower() and not _VERB_FORM.search(bare.group(1)) else None

    def _antecedent(self, f: Figure) -> dict[str, tuple]:
        """"Battery-electric cars gained ground. Their registrations grew 51.9% to 747,391": a
        pronoun opening the figure's sentence carries the segment the sentence before opened with."""
        sentence = self.ctx.sentences[f.sentence]
        head = self.text[sentence.start:f.start]
        if f.sentence and (line := self._line_label(f, head)) is not None and _POSSESSIVE_LABEL.match(line):
            # "- 214,380: battery-electric cars registered …" then "- 19.8%: their share of the market": the line before's
            prev = self.ctx.by_sentence.get(f.sentence - 1, [])
            seg = self.own[prev[0].figure.id].segment if prev and prev[0].figure.id in self.own else frozenset()
            return self._labels_of(self.lex.scope_free(seg), (0, 0))
        if f.sentence == 0 or self.lex.segment_re.search(head):  # the cheap test first
            return {}
        if (asked := self._question_before(f)) is not None:
            found = {self.lex.segment_of[m.group(0).lower()] for m in self.lex.segment_re.finditer(asked)}
            return self._labels_of(frozenset(found), (0, 0)) if len(found) == 1 else {}
            # "IMHOF: And plug-in hybrids?" then "TSCHUDIN: 11,105 of them.": what the question asks about
        compared = cx.is_quantity(f) and _THAT_COMPARED.match(head)  # "… to 228,614 units." then a new paragraph, "That compared with 213,060 units"
        if self.ctx.sentences[f.sentence - 1].paragraph != sentence.paragraph and not compared:
            return {}
        before = self.ctx.sentences[f.sentence - 1]
        if _THAT_NUMBER.match(head) or _THE_TOTAL_WAS.match(head) or compared:  # "We delivered 412 battery-electric trucks. … That
            # number has almost tripled from 146"; "Carmakers shipped 642,380 vehicles abroad …. The total was 4.0% below"
            levels = self._levels_before(f)
            seg = self.own[levels[-1]].segment if len(levels) == 1 else frozenset()
            return self._labels_of(self.lex.scope_free(seg) | {x for x in seg if self.lex.family(x) == "frame"}, (0, 0))
        if _SHARE_PRONOUN.search(head):  # "… the 1,316 plug-in cars accounted for 24.3%. A year ago their share stood at 19.6%"
            shares = [p.figure.id for p in self.ctx.by_sentence.get(f.sentence - 1, [])
                      if self.roles.get(p.figure.id) == "share" and p.figure.id in self.own]
            core = self.lex.scope_free(self.own[shares[-1]].segment) if shares else frozenset()
            if core:
                return self._labels_of(core, (0, 0))
        topic = not self.ctx.by_sentence.get(f.sentence - 1) and bool(
            _TOPIC_OPENING.match(head) or _POSSESSIVE.search(self.ctx.sentence_text(f.sentence))
            or cx.is_quantity(f) and not head.strip() and _BARE_SUBJECT.match(self.text, f.end))
        # "Used imports again outnumbered new cars. 11,368 were registered …": a bare number opening its sentence counts
        # what the sentence before was about
        led = cx.is_quantity(f) and _AT_OPENING.fullmatch(head) is not None and _THEN_PRONOUN.match(self.text, f.end) is not None
        # "Battery-electric cars were once again the fastest-growing part of the market. At 9,517 units they took 16.9%"
        if not (_PRONOUN.search(head) or topic or led) or _OWN_PRONOUN.match(head):
            return {}
        opening = next(iter(self.ctx.by_sentence.get(f.sentence - 1, [])), None)
        first = opening.figure.start if opening is not None else before.end
        subject = self._strip(self.text[before.start:first])
        if opening is not None and _DETERMINER.fullmatch(subject):
            subject = opening.figure.text + opening.after[:_NOUN_SPAN]  # "The 44,875 electric cars registered in July compare with …. Their share …"
        elif opening is not None and _RESTATING_SUBJECT.fullmatch(subject) and opening.figure.id in self.own:
            return self._labels_of(self.lex.scope_free(self.own[opening.figure.id].segment), (0, 0))  # "… sold 158,873 registered
            # passenger cars. That is 59.2% of …. In March 2025 the same group came to 145,880": what "That" restated
        last = self.ctx.by_sentence.get(f.sentence - 1, [])
        trailing = _TRAILING_SUBJECT.search(self.text, last[-1].figure.end, before.end) if last and _PLURAL_PRONOUN.match(head) else None
        if trailing is not None and self.lex.segment_re.search(trailing.group("subject")):
            subject = trailing.group("subject")  # "Mexico's sales climbed 5.1% to 118,653, but Chinese brands went the other way.
            # Their sales fell 8.9%": the brands the last clause is about, no figure of their own yet
        labels: dict[str, tuple] = {}
        named: dict[str, list[str]] = {}
        for m in self.lex.segment_re.finditer(subject):
            label = self.lex.segment_of[m.group(0).lower()]
            labels.setdefault(self.lex.family(label), ((0, m.start()), label))
            named.setdefault(self.lex.family(label), []).append(label)
        for family, said in named.items():
            covering = [c for c in set(said) if (entry := self.lex.segments.get(c)) is not None and entry.covers
                        and all(self.lex.leaves(x) <= self.lex.leaves(c) for x in said)]
            if len(set(said)) > 1 and len(covering) == 1:
                labels[family] = (labels[family][0], covering[0])  # "Daesan counts hybrids, battery-electric cars, plug-in
                # hybrids and hydrogen fuel-cell vehicles as eco-friendly. Together they reached 88,531 units": all of them
        if topic and not _PRONOUN.search(head) and len(self.lex.segments_in(subject)) != 1:
            return {}  # "Battery-electric cars were again the fastest-growing segment. Registrations rose …": one topic only;
            # but "Battery-electric vans were the only growing segment. Their registrations rose …": the vans, both words
        return labels

    def _question_before(self, f: Figure) -> str | None:
        """The question a transcript's answer opens on: its figure in the answer's first sentence, the paragraph before
        one short question."""
        sentence = self.ctx.sentences[f.sentence]
        start = self.paragraph_start.get(sentence.paragraph)
        if start is None or not sentence.paragraph or not _ANSWER_OPENS.match(self.text, start) \
                or any(q.start < sentence.start for q in self.ctx.sentences if start <= q.start < sentence.start):
            return None
        before = self.ctx.sentences[f.sentence - 1]
        asked = self.text[before.start:before.end].strip()
        if before.paragraph != sentence.paragraph - 1 or not asked.endswith("?") or self.ctx.by_sentence.get(f.sentence - 1):
            return None
        return asked

    def _labels_of(self, segment: frozenset[str], rank: tuple[int, int]) -> dict[str, tuple]:
        """Another figure's segment as this one's labels, whole: "Electric and plug-in hybrid models made up
        2,236 units. That figure has almost tripled": both of a joint segment's labels, never the one of
        them a set's order happens to leave last."""
        labels: dict[str, tuple] = {}
        for x in sorted(segment):
            family = self.lex.family(x)
            labels[family if family not in labels else x] = (rank, x)
        return labels

    def _subject(self, f: Figure) -> dict[str, tuple]:
        """"NEV retail sales reached 8.51 million, up 41.0 percent, giving a penetration rate of
        47.0 percent": a share in a clause without a subject is of its sentence's subject."""
        sentence = self.ctx.sentences[f.sentence]
        first = next((p.figure.start for p in self.ctx.by_sentence.get(f.sentence, [])), f.start)
        labels: dict[str, tuple] = {}
        opening = self._strip(_OPEN_ASIDE.sub(" ", self.text[sentence.start:first]))  # "Its younger sub-brand Orin, which sells
        # family SUVs priced below 200,000 yuan, delivered 42,842, or 41.0%": the aside that holds the first figure is no subject
        for m in self.lex.segment_re.finditer(opening):
            if _in_name(opening, m):
                continue
            label = self.lex.segment_of[m.group(0).lower()]
            labels.setdefault(self.lex.family(label), ((0, m.start()), label))
        return labels

    def name(self, place: Place, tail: str) -> str | None:
        """A proper name the figure belongs to: a list label ("Europe: 123,000", "Zeekr 19,902"),
        a place after it ("sold in Germany"), or the subject of its clause ("Fennec accounted
        for 27.9 percent"); never a body that reports the figures ("ELSTAT had recorded 20,117")."""
        found = self._name(place, tail)
        return None if found is None or found in self._sources() else self._named_in_full(place.figure, found)

    def _which_changed(self, place: Place) -> re.Match[str] | None:
        """"Limerick finished 1,037 cars ahead of Tipperary, which grew by 5.9%": the name the relative clause is about, where
        the article measures that name before (never "according to the Autoscope Used Price Index, which fell 0.4%")."""
        which = _WHICH_CHANGED.search(place.before)
        if which is None:
            return None
        label = _name_label(which.group("name"))
        return which if any(label in m.segment for m in self.own.values()) else None

    def _bare_answer(self, f: Figure) -> bool:
        """A figure that opens a transcript's answer right after the speaker's label."""
        line = self.text.rfind("\n", 0, f.start) + 1
        said = _ANSWER_OPENS.match(self.text, line)
        return said is not None and not self.text[said.end():f.start].strip() and " " not in f.text.strip() \
            and self._speaker(f, said.group(0).rstrip(": \t"))  # but "LUCA: 1,862 deliveries in the quarter" says what it counts

    def _speaker(self, f: Figure, name: str) -> bool:
        """A label in capitals that opens the figure's line and at least one other line, as a transcript names who speaks."""
        words = name.strip()
        if not words.isupper() or len(words) < 2:
            return False
        line = self.text.rfind("\n", 0, f.start) + 1
        return self.text.startswith(words, line) and _ANSWER_OPENS.match(self.text, line) is not None \
            and self.text.count("\n" + words + ":") + self.text.count("\n" + words + " (") >= 2

    def _named_in_full(self, f: Figure, name: str) -> str:
        """A name that opens the one longer name of a figure just before, in its paragraph ("- Hanbit Motor: 61,204 ….
        Hanbit alone sold 40.5% of all new cars"): that company, by the name its level carries."""
        paragraph = self.ctx.sentences[f.sentence].paragraph
        longer = {x for x in self._names_before(f, paragraph) if x.startswith(name + " ")}
        if longer:
            return longer.pop() if len(longer) == 1 else name
        # "2. Vestra Group: 4.38 million …" paragraphs before "Vestra slipped 1.4%": the company its full name was given for,
        # where the article never names a brand of that word ("the Volkswagen brand" against "Volkswagen Group")
        farther = {x for x in self._names_before(f) if x.startswith(name + " ")}
        if len(farther) == 1 and _CORPORATE_SUFFIX.fullmatch(suffix := next(iter(farther))[len(name) + 1:]) \
                and not re.search(rf"\b{re.escape(name[5:])}(?:['’]s)?\s+(?:brand|marque|badge)", self.text, re.I):
            return name + " " + suffix
        return name

    def _sources(self) -> frozenset[str]:
        """The bodies the article cites by an acronym it defines ("the Hellenic Statistical Authority
        (ELSTAT)"): their names and acronyms, as name labels."""
        if self._cited is None:
            self._cited = frozenset(_name_label(n) for m in _SOURCE_BODY.finditer(self.text) for n in m.groups())
        return self._cited

    def _name(self, place: Place, tail: str) -> str | None:
        f = place.figure
        label = self._list_label(place.before) or self._list_label(_RELATIVE_ASIDE_END.sub(" ", place.before))
        if label and self._speaker(f, label.group("name")):
            label = None  # "TSCHUDIN: 11,105 of them.": who speaks in a transcript, never what the figure counts
        if label and _is_name(label.group("name")) and not self.lex.segment_re.search(label.group("name")):
            return _name_label(label.group("name"))  # "and Xiaomi, which only began selling cars last year, 81,300"
        owned = _POSSESSIVE_JUST_BEFORE.search(place.before) if _has_possessive(place.before[-60:]) else None
        if owned and _is_name(owned.group("name")) and not self.lex.segment_re.search(owned.group("name")) \
                and _name_label(owned.group("name")) != self._scope_owner():
            return _name_label(owned.group("name"))  # "3,034 ahead of Volkswagen's 9,870": Volkswagen's
        beside = _NAME_WITH.search(place.before) or _NAME_WITH.search(_RELATIVE_ASIDE_BEFORE_WITH.sub("", place.before))
        if beside and _is_name(beside.group("name")) and not self.lex.segment_re.search(beside.group("name")):
            return _name_label(beside.group("name"))  # "ahead of BMW with 21,940"
        if beside and _LISTED_AT.search(beside.group(0)):
            return None  # "…, and Ola Electric at 14,920": one of a list, never the clause's subject
        if f.kind != "percent" and (which := _WHICH_SOLD.search(place.before)) and _is_name(which.group("name")) \
                and not self.lex.segment_re.search(which.group("name")):
            return _name_label(which.group("name"))  # "4,435 units ahead of Rota Motors, which sold 29,480": Rota's own
        opening = self.text[self.ctx.sentences[f.sentence].start:f.start]
        whose = (_WHOSE_OWNER.search(place.before) or self._which_changed(place) or _NAME_THEN_CHANGE.match(opening)
                 if f.kind == "percent"
                 else _WHOSE_ASIDE_THEN_VERB.match(opening))
        if whose and _is_name(whose.group("name")) and not self.lex.segment_re.search(whose.group("name")):
            return _name_label(whose.group("name"))  # "…, and Korrin, whose registrations rose 141.0%"; "Ostra, down 9.7%,
            # was"; "Stellantis, whose French registrations fell 4.9% from 30,450, sold 28,958"
        if f.kind == "percent" and (possessive := _POSSESSIVE_SHARE_OPENING.match(opening)) and _is_name(possessive.group("name")) \
                and not self.lex.segment_re.search(possessive.group("name")) and _name_label(possessive.group("name")) != self._scope_owner():
            return _name_label(possessive.group("name"))  # "Stellantis's share of the French market slipped 1.9 points to 24.2
            # percent": the name whose share it is
        if f.kind == "percent" and (possessive := _POSSESSIVE_RATE_OPENING.match(opening)) \
                and (named := _name_label(possessive.group("name"))) in self._listed_names():
            return named  # "Arakawa Cell's installations slipped 3.5%" below "4. Arakawa Cell (Japan): 4.62 GWh": a listed name's
        if f.kind != "percent" and (inside := _WHOSE_CLAUSE_LEVEL.search(opening)) and _is_name(inside.group("name")) \
                and not self.lex.segment_re.search(inside.group("name")):
            return _name_label(inside.group("name"))  # "3,257 units ahead of Stellantis, whose registrations dropped 11.4
            # percent to 31,957 from 36,068": the level the whose-clause reaches is the name's
        if (which := _WHICH_SAID_ITS.search(opening)) and _is_name(which.group("name")) \
                and not self.lex.segment_re.search(which.group("name")):
            return _name_label(which.group("name"))  # "Velantra still trails Hexin Motors, which reported on Tuesday that its
            # quarterly deliveries rose 12.3% to 105,357": Hexin's
        if (plural := _NAME_PLURAL.match(tail)) and len(makers := self._named_so_far(f, _name_label(plural.group("name")))) == 1:
            return makers.pop()  # "every one of the 7,210 BYDs sold in Brazil": the cars of the maker named before
        after = _NAME_AFTER.match(tail) or _WERE_NAME.match(tail)  # "sold in Germany", "12,950 were Nords"
        if after and _is_name(after.group("name")) and not self.lex.segment_re.search(after.group("name")):
            return _name_label(after.group("name"))
        head = self._head(f)
        if _WHEN_OPENING.match(head):  # "The Coast 3 almost tripled … from the first quarter, when 4,310 were handed over"
            sentence = self.ctx.sentences[f.sentence]
            head = self._strip(self.text[sentence.start:f.start])
        if f.kind == "multiple" and self._opens_clause(place):
            head = head + f.text  # "Serbia's BEV registrations more than doubled": the verb is the figure
        if _GAPPED_NAME_END.search(head):
            return None  # "Hanul Energy installed 58.3 GWh, …, Daebang On 27.6 GWh": a gapped item's own maker, never the subject
        subject = _SUBJECT.match(head)
        if subject is None and (opened := _OPENER.sub("", head, count=1)) != head:
            subject = _SUBJECT.match(opened)  # "Among the largest markets, Germany registered"
        aside = _APPOSITIVE.match(head) if subject is None else None
        plain = head if aside is None else head[:aside.start(1)] + " " + head[aside.end(1):]
        if aside is not None:
            subject = _SUBJECT.match(plain)  # "Kia, just outside the top five, sold"
        if subject is None and ((rival := _RIVAL_NAMED.sub(r"\1\2", plain, count=1)) != plain
                                or (rival := _RIVAL_NAMED.sub(r"\1\2", raw := self.ctx.clause_text_before(f), count=1)) != raw):
            plain = rival
            subject = _SUBJECT.match(plain)  # "Its closest rival, Xingchi, sold 128,376": Xingchi's, never the "its" owner's; "Its
            # best-selling model, the Terrace crossover, sold 92,410 units" (an aside the head strips): the model's
        if subject is None and (said := _SAID_ITS.sub(r"\1's ", plain, count=1)) != plain:
            subject = _SUBJECT.match(said)  # "Kestrel Motors, the market leader, said its sales rose 4.1% to 198,410": Kestrel's
        if subject is None and (noun := _NAME_NOUN_SUBJECT.match(plain)) is not None \
                and _name_label(noun.group("name")) in self._names_before(f):
            subject = noun  # "Mikawa Motor exports fell 4.9%" below a table with a "Mikawa Motor" row: the name said before
        named = _trimmed(subject.group("name")) if subject else ""
        if subject and _is_name(named) and not self._reads_segment(named) \
                and not self.lex.segment_re.match(subject.string, subject.start("name")):  # "Plug-in cars (BEV + PHEV) came to"
            owner = _name_label(named)
            if owner == self._scope_owner():
                return None  # "Canada's new-vehicle sales rose 1.4 per cent": the country the article is about, its scope
            if gazetteer().is_demonym(named) and _PLANTS.match(subject.string, subject.end("name")):
                return None  # "Korean plants exported 204,070 passenger cars": the country's industry, no maker
            return owner
        return self._paragraph_heading_name(f)

    def _paragraph_heading_name(self, f: Figure) -> str | None:
        """"Marlow Motors. Registrations fell 14.4% to 19,430 from 22,700": a paragraph that opens with a name alone, as a
        winners-and-losers list does, is about that name (its first sentence's own figures aside)."""
        k = self._opening_sentence[f.sentence]
        if k == f.sentence:
            return None
        if k not in self._headings:  # the paragraph's, the same for each of its figures
            heading = _NAME_HEADING.fullmatch(self.ctx.sentence_text(k).strip())
            self._headings[k] = None if heading is None or not _is_name(heading.group("name")) \
                or self.lex.segment_re.search(heading.group("name")) \
                or not _HEADED_OPENING.match(self.text, self.ctx.sentences[k + 1].start) else _name_label(heading.group("name"))
            # never "Mix. BEVs made up 54,505 of the 142,680 new contracts": a topic, whose sentences have subjects
        return self._headings[k]

    def _opens_clause(self, place: Place) -> bool:
        """Whether no figure of the sentence stands before this one in its clause ("The Yaris Cross gained 20.5%,
        and the Duster more than doubled": the Duster's own clause)."""
        return not place.index or self.ctx.by_sentence[place.figure.sentence][place.index - 1].clause != place.clause

    def _scope_owner(self) -> str | None:
        """The owner a possessive opens one of the article's first three sentences with figures with ("Canada's
        new-vehicle sales rose …"): the article's scope, never a segment of it."""
        if self._scope is None:
            self._scope = ""
            for index in sorted({f.sentence for f in self.ctx.figures})[:3] if self.ctx.sentences else ():
                sentence = self.ctx.sentences[index]  # the headline may come first: "Car output slips 1.9% in July"
                m = _SCOPE_POSSESSIVE.match(self._strip(self.text[sentence.start:sentence.end]))
                if m and _is_name(_trimmed(m.group("name"))):
                    self._scope = _name_label(_trimmed(m.group("name")))
                    break
        return self._scope or None

    def _that_owner(self, f: Figure) -> str | None:
        """"Lanxi Auto delivered 104,382 vehicles in October. That was 6.8% more than September's 97,736": a rate opening
        "That was" is of the one level of the sentence before, and of its maker."""
        if self.roles.get(f.id) != "rate" or not self._points_back(f):
            return None  # "That" points back across a paragraph break as well
        levels = self._levels_before(f)
        names = {x for fid in levels for x in self.own[fid].segment if x.startswith("name:")}
        return names.pop() if len(levels) == 1 and len(names) == 1 else None

    def _points_back(self, f: Figure) -> bool:
        """Whether the figure's sentence opens on the figure before it: "That was 6.8% more", "The figure was 61.4% higher"."""
        opening = self.text[self.ctx.sentences[f.sentence].start:f.start] if f.sentence else ""
        return bool(f.sentence and (_THAT_NUMBER.match(opening) or _THAT_WAS.match(opening) or _THE_TOTAL_WAS.match(opening)
                                    and self.ctx.sentences[f.sentence - 1].paragraph == self.ctx.sentences[f.sentence].paragraph))

    def _levels_before(self, f: Figure) -> list[str]:
        """The quantity levels of the sentence before the figure's, by id."""
        return [p.figure.id for p in self.ctx.by_sentence.get(f.sentence - 1, [])
                if self.roles.get(p.figure.id) == "level" and p.figure.id in self.own and cx.is_quantity(p.figure)]

    def _owner(self, f: Figure) -> str | None:
        """"Hansa-Wagen remained the largest brand with 49,480 new cars. Its battery-electric
        registrations reached 15,540": "its" is the maker the sentence before named; "its" opening a
        later clause is the maker of the sentence's first figure."""
        sentence = self.ctx.sentences[f.sentence]
        if self.ctx.place[f.id].index and _ITS_CLAUSE.match(self._head(f)):
            first = self.ctx.by_sentence[f.sentence][0]  # "Toyota … with 9,640 registrations, a 19.3% share, and its volume rose 4.8%"
            return self.name(first, first.after) or self._pronoun_owner(first.figure.id)
        if _DEFINITE_OWNER.match(self._head(f)):
            one = self._one_name_before(f)
            return None if one is not None and self._another_name_said(f, one) else one
        if f.sentence == 0 or not _POSSESSIVE_OPENING.match(self.text, sentence.start, f.start):
            return None
        before = self.ctx.sentences[f.sentence - 1]
        places = self.ctx.by_sentence.get(f.sentence - 1, [])
        if before.paragraph != sentence.paragraph:
            return None
        if places and _PLURAL_PRONOUN.match(self.text, sentence.start, f.start) \
                and (trailing := _TRAILING_SUBJECT.search(self.text, places[-1].figure.end, before.end)) is not None \
                and self.lex.segment_re.search(trailing.group("subject")):
            return None  # "…, but Chinese brands went the other way. Their sales fell 8.9%": the brands', no maker's
        if places:
            first = places[0]
            return self.name(first, first.after) or self._pronoun_owner(first.figure.id)
        opening = self._strip(self.text[before.start:before.end])  # "Bijli Motors, which overtook Vayu in March, extended its lead."
        subject = _LEAD_SUBJECT.match(opening) or _LEAD_PREDICATE.match(opening)  # "The market leader again was Harlan Motors."
        named = _trimmed(subject.group("name")) if subject else ""
        return _name_label(named) if subject and _is_name(named) and not self.lex.segment_re.search(named) else None

    def _names_before(self, f: Figure, paragraph: int | None = None) -> set[str]:
        """The names the figures before this one carry (those of one paragraph only, where given)."""
        return {x for g in self.ctx.figures if g.start < f.start and g.id in self.own
                and (paragraph is None or self.ctx.sentences[g.sentence].paragraph == paragraph)
                for x in self.own[g.id].segment if x.startswith("name:")}

    def _named_so_far(self, f: Figure, label: str) -> set[str]:
        """The names of the figures before this one that are `label`, or `label` and a company suffix ("Pereira Motors")."""
        return {x for x in self._names_before(f)
                if x == label or x.startswith(label + " ") and _CORPORATE_SUFFIX.fullmatch(x[len(label) + 1:])}

    def _one_name_before(self, f: Figure) -> str | None:
        """"BYD sold 13,680 vehicles in Brazil in August. Of those, … A year ago every one of the 7,210 BYDs sold in Brazil
        was shipped from China; the brand's volume has grown 89.7% since": the one maker the figures before it, in its
        sentence and up to three sentences before it in its paragraph, are of."""
        paragraph = self.ctx.sentences[f.sentence].paragraph
        names: set[str] = set()
        for index in range(f.sentence, max(-1, f.sentence - 4), -1):
            if self.ctx.sentences[index].paragraph != paragraph:
                break
            names |= {x for p in self.ctx.by_sentence.get(index, []) if p.figure.start < f.start and p.figure.id in self.own
                      for x in self.own[p.figure.id].segment if x.startswith("name:")}
        return names.pop() if len(names) == 1 else None

    def _another_name_said(self, f: Figure, name: str) -> bool:
        """Whether the sentence before the figure's, or its own before it, names another maker the article gives figures to
        ("Velora was again second, 1,556 registrations ahead of Kestrel. The American brand's sales dropped 15.6%": which
        brand is American, the words leave to the reader)."""
        start = self.ctx.sentences[max(0, f.sentence - 1)].start
        words = self.text[start:f.start].lower()
        names = {x for fid, m in self.own.items() if fid != f.id for x in m.segment if x.startswith("name:")}
        return any(re.search(rf"\b{re.escape(x[5:])}\b", words) for x in names if x != name)

    def _pronoun_owner(self, fid: str) -> str | None:
        """The maker a figure's own "its" gave it ("Its 701,365 sales … A year ago it sold 712,040"): the chain goes on."""
        measure = self.own.get(fid)
        names = [x for x in measure.segment if x.startswith("name:")] if measure else []
        return names[0] if len(names) == 1 else None

    def _reads_segment(self, name: str) -> bool:
        """Whether a segment word stands in a name other than as part of it ("Meridian Motors India")."""
        return any(not _in_name(name, m) for m in self.lex.segment_re.finditer(name))

    def several(self, place: Place) -> frozenset[str] | None:
        """The segments a share of their sum names ("Together, North America and Europe made up
        76.2%", "Together, Lumo and Kestrel made up 27.1%"): two or more of one family, or names."""
        head = self._strip(place.before)
        if not _TOGETHER.search(head):
            return None
        if place.index and _TOGETHER_AFTER_ITEMS.fullmatch(place.before):  # "battery-electric 96,340, plug-in hybrid 38,150 and
            # hybrid 71,900, together 51.2% of car output": the items' words before it
            head = self._strip(self.text[self.ctx.sentences[place.figure.sentence].start:place.figure.start])
        seen: dict[str, set[str]] = {}
        for m in self.lex.segment_re.finditer(head):
            label = self.lex.segment_of[m.group(0).lower()]
            seen.setdefault(self.lex.family(label), set()).add(label)
        for labels in seen.values():
            if len(labels) > 1:
                return frozenset(labels)
        names = [_name_label(n) for n in _JOINED_NAMES.findall(head) if _is_name(n) and not self.lex.segment_re.search(n)]
        return frozenset(names) if len(names) > 1 else None

    def _take(self, labels: dict[str, tuple[tuple[int, int], str]], m: re.Match[str], rank: int) -> None:
        label = self.lex.segment_of[m.group(0).lower()]
        family = self.lex.family(label)
        if _negated(m, family) or m.group(0).lower() in self.lex.electric_terms and not names_electric_cars(m):
            return
        if family == "channel" and _ORDERED_AFTER.match(m.string, m.end()):
            return  # "Fleets ordered 18,640 heavy trucks": those who order trucks, every buyer, no channel of them
        if _operated(m, label):
            return  # "40.8% of the fleet", "in commercial service": what a company runs, no buyers or class
        key = (rank, m.start())
        if family not in labels or key >= labels[family][0]:
            labels[family] = (key, label)

    def metric(self, place: Place, role: str) -> str | None:
        f = place.figure
        if role == "share":
            return "share"
        paired = self._respective(f)
        if paired:
            return paired
        if role in ("rate", "multiple"):
            if _AVERAGE_PRICE_RATE.search(self._head(f)[-60:]):
                return "other:per_unit"  # "The average selling price rose 2.4% to $68,310": a unit value's change, no sales'
            return self._unit_beside(place) or self._rate_metric(place)
        kind = "percent" if f.kind == "points" else KIND_OF.get(f.kind)  # "The EBIT margin rose by 120 basis points": a margin's
        pattern = self.lex.metric_re.get(kind or "")
        if pattern is None:
            return None
        stop = self._tail_stop(place.after)
        tail = " ".join((place.after[:stop.start()] if stop else place.after).split()[:4])  # "of adjusted operating income"
        if kind != "percent" and (_PER_UNIT.match(self.text, f.end) or _PER_CURRENCY.match(self.text, f.end)
                                  or PACE_AFTER.match(self.text, f.end)):  # "roughly 1,600 a day": a pace, no period's level
            return "other:per_unit"  # "149,500 yuan per vehicle delivered", "at 1,450 won per dollar": a unit value, never a total
        if f.kind == "money" and (_AVERAGE_PRICE.search(self._head(f)[-80:]) or _PER_UNIT_SUBJECT.search(self._head(f)[-80:])):
            return "other:per_unit"  # "The average used BEV sold for £21,640", "prices fall below £22,000", "Revenue per session
            # was €13.49": never summed, never a whole
        if kind == "count" and _ANNUAL_RATE.search(self._head(f)[-80:]):
            return "other:annual_rate"  # "The seasonally adjusted annual selling rate was 15.8 million": a pace, no month's sales
        if kind == "count" and (_CAPACITY_BEFORE.search(self._head(f)[-60:]) or _A_YEAR_AFTER.match(place.after)):
            return "other:capacity"  # "designed for 150,000 vehicles a year in its first phase": a plant's capacity, no period's sales
        if kind != "percent":
            own = f.text[len(f.text.split()[0]):] if " " in f.text else ""
            thing = _thing(f, place.after)
            if thing and f.kind in ("count", "number") and not (thing in ("model", "models") and f.value >= 1000):
                return "other:" + thing  # but "sold 48,900 battery-powered models" counts vehicles
            if f.kind in ("count", "number") and PACE_BEFORE.search(place.before[-40:]):
                return "other:per_unit"  # "398,600, a daily average of 56,900": an average, no period's level
            if (among := _AMONG_WHOLE.match(self.text, f.end)) is not None and (m := pattern.search(among.group("what"))) is not None \
                    and (metric := self._metric_of(m, kind)):
                return metric  # "with 348,500 NEVs among 701,200 retail sales": a part of the retail its whole counts
            m = pattern.search(own + " " + tail)
            if m and m.start() < len(own) + 12 and not _NEXT_ONES.fullmatch(place.after):
                return self._metric_of(m, kind)  # never "$96 million on revenue of $912 million": that is the next one's
            if not place.index and (caption := _CAPTION_LINE.match(self.text, f.end)) is not None \
                    and self.ctx.sentences[f.sentence].end > caption.start(1) \
                    and (m := pattern.search(caption.group(1))) is not None and (metric := self._metric_of(m, kind)):
                return metric  # "51,200\nCalder Electric's third-quarter deliveries.": a figure on its own line, the line after
                # says what it counts
            if not own and (of_the := _OF_THE_NOUN_AFTER.match(place.after)) is not None \
                    and (m := pattern.search(of_the.group(0))) is not None and (metric := self._metric_of(m, kind)):
                return metric  # "Flanders accounted for 26,950 of the month's new cars": the part counts what its whole does
            if f.kind in ("count", "number") and _SENT_BEFORE.search(place.before[-12:]) and _ABROAD_AFTER.match(own + place.after):
                return "sales"  # "exporters sent 4,318,600 vehicles abroad": vehicles shipped abroad
            passive = _PASSIVE_VERB.match(own + place.after)  # "299,900 motor vehicles were newly registered"
            if passive and (m := pattern.fullmatch(passive.group(1))):
                return self._metric_of(m, kind)
        if kind == "percent" and (named := _MARGIN_AFTER.match(place.after)) is not None \
                and (found := [m for m in pattern.finditer(named.group(0)) if self._metric_of(m, kind)]):
            return self._metric_of(found[-1], kind)  # "EBIT was €58 million, a 3.1% margin", "an 8.2% EBIT margin"
        if f.kind == "money" and _SPEND_VERB.search(place.before[-40:]) and (spent := _SPENT_ON_AFTER.match(place.after)) is not None \
                and (m := pattern.match(place.after, spent.end())) is not None and (metric := self._metric_of(m, kind)):
            return metric  # "still spends 2.05 billion yuan a quarter on research and development": what it is spent on
        if f.kind == "money" and _COST_VERB.search(lead := self._strip(place.before)) and not pattern.search(lead):
            return None  # "operating profit declined … to ¥312.4 billion, as US import tariffs cost the company ¥96 billion": a cost
        windows = [self._strip(place.before), self._head(f),
                   self.text[self.ctx.sentences[f.sentence].start:f.start]]
        for w in windows:
            w = _DEFINING_ASIDE.sub(" ", self._unsourced(w))  # "Retail sales, meaning vehicles … delivered to customers and
            # registered, rose 6.2% to 48,615": retail, which the aside only explains
            found = [m for m in pattern.finditer(w) if self._metric_of(m, kind)]
            if found:
                last = self._metric_of(found[-1], kind)
                if len(found) > 1 and found[-2].end() + 1 >= found[-1].start():
                    first = self._metric_of(found[-2], kind)
                    if first and self.lex.within.get(first) == last:
                        return first  # "NEV wholesale sales": wholesale, the narrower of the two
                return last
        if role in ("level", "earlier") and kind == "count" and _CALLED_TOTAL.search(self._head(f)[-40:]):
            return self._totals_metric(f)
        sentence = self.ctx.sentences[f.sentence]
        if f.sentence and (kind == "count" and _THEY_OPENING.match(self.text, sentence.start, f.start)
                           or kind == "money" and _IT_WAS_OPENING.match(self.text, sentence.start, f.start)) \
                and self.ctx.sentences[f.sentence - 1].paragraph == sentence.paragraph:
            # "Retail sales, the number of cars sold by dealers to consumers, told a different story. They reached 68,450
            # units": the metric the sentence before opens with; "EBITDA came in at ₹85 crore. In Q2 of last year it was ₹25
            # crore": EBITDA's
            before = self.ctx.sentences[f.sentence - 1]
            subject = _SUBJECT_HEAD.match(self.text, before.start, before.end)
            found = [m for m in pattern.finditer(subject.group(0))] if subject else []
            if found and (metric := self._metric_of(found[0], kind)):
                return metric
        if role == "earlier" and kind != "percent" and f.sentence and _THAT_COMPARED.match(self.text, self.ctx.sentences[f.sentence].start, f.start):
            levels = self._levels_before(f)  # "That compared with 213,060 units in July 2025": the level before, a year on
            return self.own[levels[0]].metric if len(levels) == 1 else None
        if kind == "percent" and role in ("level", "earlier", "points") and f.sentence \
                and _THAT_COMPARED.match(self.text, self.ctx.sentences[f.sentence].start, f.start) \
                and self.ctx.sentences[f.sentence - 1].paragraph == sentence.paragraph:
            said = [p.figure.id for p in self.ctx.by_sentence.get(f.sentence - 1, []) if p.figure.kind == "percent"
                    and self.roles.get(p.figure.id) == "level" and p.figure.id in self.own]
            if len(said) == 1 and self.own[said[0]].metric in self.lex.ratio_of:
                return self.own[said[0]].metric  # "Vehicle margin was 14.2% in the third quarter. That compares with 11.8% in the
            # second quarter …, so it improved by 2.4 percentage points": the margins and their change, all the vehicle margin's
        if role in ("level", "earlier") and kind == "count" and _OF_THEM_AFTER.match(place.after) \
                and self.lex.scope_free(self.segment(place)):
            return self._referent_metric(f)  # "Battery-electric cars accounted for 45,318 of them": of the cars registered,
            # but "Leasing companies accounted for 1,100 of them" is a part the lexicon cannot read, never the market
        return None

    def _referent_metric(self, f: Figure) -> str | None:
        """The metric of what "of them" points back to: the nearest count before, in its sentence or
        the one before in its paragraph, that names one."""
        for g in self._back_to_sentence_before(f):
            m = self.own.get(g.id)
            if m is not None and m.role in ("level", "earlier") and isinstance(m.metric, str) and cx.is_quantity(g):
                return m.metric
        return None

    def _totals_metric(self, f: Figure) -> str | None:
        """"7,412 new vehicles registered" then "July's total had been 6,583 vehicles": a total whose words name no
        metric counts what the totals before it count, where they all count one thing."""
        kind = KIND_OF.get(f.kind)
        metrics = {m.metric for fid, m in self.own.items() if m.role == "level" and not self.lex.scope_free(m.segment)
                   and m.metric and KIND_OF.get(self.ctx.place[fid].figure.kind) == kind}
        return metrics.pop() if len(metrics) == 1 else None

    def _unsourced(self, words: str) -> str:
        """The words without where the vehicles were made: "Sales of locally assembled vehicles rose to 17,830"
        counts sales, and "assembled" there names no production."""
        return self.lex.source_re.sub(" ", words)

    def _item_header(self, place: Place) -> frozenset[str] | None:
        """The segments a list's header names, for a share in an item after the item's level."""
        places = self.ctx.by_sentence[place.figure.sentence][:place.index]
        item = next((self.items[p.figure.id] for p in places if p.figure.id in self.items), None)
        if item is None:
            return None
        found = self.lex.segments_in(item.header)
        return found or None

    def _unit_beside(self, place: Place) -> str | None:
        """A rate between two amounts of a physical unit measures that unit ("averaged 176.2 g/km, a
        4.2% decrease from 183.9 g/km"), whatever the sentence counts."""
        places = self.ctx.by_sentence[place.figure.sentence]
        things = [_thing(places[k].figure, places[k].after) for k in (place.index - 1, place.index + 1)
                  if 0 <= k < len(places) and places[k].figure.kind in ("count", "number")
                  and not _OTHER_CLAUSE.search(place.before if k < place.index else places[k].before)]
        # "Its registrations fell 11.3% from April as dealers cleared stock of its older 2.9 kWh battery pack": another clause's
        physical = [t for t in things if t in _PHYSICAL_UNITS]
        if physical and len(set(things)) == 1:
            return "other:" + physical[0]
        return None  # "23,846 vans (up to 3.5 tonnes) …, 3.9% more than the 22,951": vans on the other side

    def _respective(self, f: Figure) -> str | None:
        """"Production and sales reached 2.591 million and 2.593 million units, respectively": the
        metric terms before the first figure pair with the figures of one kind, in order."""
        if f.sentence not in self._pairs:
            self._pairs[f.sentence] = self._pair_sentence(f.sentence)
        return self._pairs[f.sentence].get(f.id)

    def _pair_sentence(self, index: int) -> dict[str, str]:
        text = self.ctx.sentence_text(index)
        if not cx.has_respectively(text):
            return {}
        places = self.ctx.by_sentence.get(index, [])
        out: dict[str, str] = {}
        for kinds, wanted in ((("count", "number"), "count"), (("money",), "money")):
            figs = [p.figure for p in places if p.figure.kind in kinds]
            rates = [p.figure for p in places if p.figure.kind == "percent" and cx.is_change_rate(p)]
            if len(figs) < 2:
                continue
            head = self.text[self.ctx.sentences[index].start:figs[0].start]
            metrics = [self.lex.metric_as[(m.group(0).lower(), wanted)] for m in self.lex.metric_re[wanted].finditer(self._strip(head))]
            run = rates[:1] if len(metrics) < len(figs) else []
            for p in places if run else ():
                if p.figure.kind == "percent" and p.figure.start > run[-1].start and _AND_ONLY.fullmatch(p.before):
                    run.append(p.figure)  # "up 8.2% and 6.7% respectively": the second rate of the run the first one opens
            if run and len(lead := [g for g in figs if g.start < run[0].start]) == len(run) >= 2:
                # "the industry produced 2,592,400 vehicles and sold 2,634,100, up 8.2% and 6.7% respectively": each amount's own
                # verb, in the words just before it, and the rates after them in that order
                own = [[self.lex.metric_as[(m.group(0).lower(), wanted)] for m in self.lex.metric_re[wanted].finditer(
                    self._strip(self.text[(lead[k - 1].end if k else self.ctx.sentences[index].start):g.start]))] for k, g in enumerate(lead)]
                if all(len(found) == 1 for found in own) and len({found[0] for found in own}) == len(own):
                    out.update({g.id: found[0] for g, found in zip(lead, own)})
                    out.update({r.id: found[0] for r, found in zip(run, own)})
                    continue
            start = self.ctx.sentences[index].start
            inside = [f for f in figs if self.text.count("(", start, f.start) > self.text.count(")", start, f.start)]
            if inside and len(inside) == len(metrics) == len(figs) - len(inside):
                # "production and sales were 2,684,310 and 2,718,452 respectively (2,498,127 and 2,569,830)": the
                # bracketed pair is the year before's, in the same order
                out.update({f.id: m for f, m in zip(inside, metrics)})
                figs = [f for f in figs if f not in inside]
            if len(metrics) != len(figs) or len(set(metrics)) != len(metrics):
                continue
            out.update({f.id: m for f, m in zip(figs, metrics)})
            if len(rates) == len(figs):
                out.update({r.id: m for r, m in zip(rates, metrics)})
        return out

    def _rate_metric(self, place: Place) -> str | None:
        """A rate measures the change of its subject: "output fell 7.3 percent" is production; between a share and
        the share it rose from ("a 24.9% share, up 3.5% from 21.4%") it is the share's change, whatever it counts."""
        places = self.ctx.by_sentence[place.figure.sentence]
        if 0 < place.index < len(places) - 1 and places[place.index - 1].figure.kind == "percent" \
                and places[place.index + 1].figure.kind == "percent" and _SHARE_WORD_BEFORE.search(places[place.index - 1].after[:30] + " "
                                                                                               + places[place.index - 1].before[-40:]) \
                and _FROM_ONLY.fullmatch(self.text, place.figure.end, places[place.index + 1].figure.start):
            return "share"
        if _SHARE_ROSE.search(place.before):
            return "share"  # "Put another way, the electric share rose 6.0% in a year": the share's own change
        if place.index >= 2 and _AND_END.search(place.before) and self.roles.get(places[place.index - 1].figure.id) == "earlier" \
                and self.roles.get(lead := places[place.index - 2].figure.id) == "rate" and lead in self.own \
                and places[place.index - 1].clause == place.clause:
            return self.own[lead].metric  # "Revenue was up 10.1% from the ₩6.21 trillion booked in the first quarter and 6.9% below
            # the ₩7.35 trillion of the second quarter of 2025": the first rate's subject, never "booked" orders
        windows = [self._strip(place.before), self._head(place.figure)]
        for w in windows:
            found = [(m.end(), m) for kind in ("count", "money") for m in self.lex.metric_re[kind].finditer(w)]
            if found:
                m = max(found, key=lambda t: t[0])[1]
                return self.lex.metric_of[m.group(0).lower()][0]
        if _EXPORTS_ROSE.search(windows[0][-60:]) and not _MONEY_WORD.search(windows[0][-60:]) \
                and cx.headline_at(self.text, place.figure.start) is None and not self._exports_in_money():
            return "sales"  # "China's vehicle exports rose 14.6% in July": the vehicles shipped abroad, as a list line's "exported" reads;
            # never a headline's rate, nor one beside an amount ("exports rose 5.1% on-year in September to $6.42 billion")
        f = place.figure
        if place.index and (level := places[place.index - 1].figure).id in self.own and self.roles.get(level.id) == "level" \
                and cx.is_quantity(level) and _APPOSED_RATE.fullmatch(self.text, level.end, f.start) \
                and _COMPARATIVE_AFTER.match(place.after):
            return self.own[level.id].metric  # "exporters sent 4,318,600 vehicles abroad, 11.8% more than": the level's own
        if self._points_back(f):
            levels = [self.own[fid].metric for fid in self._levels_before(f)]
            if len(set(levels)) == 1:
                return levels[0]  # "Lanyu delivered 48,260 vehicles in September. The figure was 61.4% higher": deliveries;
                # "That was 6.8% more than September's 97,736, and up 41.2% from the 73,927 units it handed over"
        return self._carried_metric(f)

    def _exports_in_money(self) -> bool:
        """Whether the article gives exports as an amount without calling it their value ("exports rose 5.1% … to
        $6.42 billion", "Exports had been worth $6.11 billion"): then "exports rose" alone may be either."""
        return any(_EXPORT_WORD.search(self.ctx.sentence_text(i)) and not _VALUE_WORD.search(self.ctx.sentence_text(i))
                   for i in {f.sentence for f in self.ctx.figures if f.kind == "money"})

    def _carried_metric(self, f: Figure) -> str | None:
        """"… handed 512,640 cars to customers, a decline of 2.3 percent. Europe, its largest region, grew by
        4.7 percent": a rate whose sentence names no metric measures the one metric of the sentence before it
        in its paragraph."""
        if not f.sentence or self.ctx.sentences[f.sentence - 1].paragraph != self.ctx.sentences[f.sentence].paragraph \
                or self.lex.metric_re["count"].search(self.ctx.sentence_text(f.sentence)) \
                or self.lex.metric_re["money"].search(self.ctx.sentence_text(f.sentence)) \
                or _PRICED.search(self.text, self.ctx.sentences[f.sentence].start, f.start):
            return None  # "Revenue fell 3.8 percent … Lithium carbonate prices fell 12 percent": a price's rate, no revenue's
        metrics = {self.own[p.figure.id].metric for p in self.ctx.by_sentence.get(f.sentence - 1, [])
                   if p.figure.id in self.own and self.roles.get(p.figure.id) in ("level", "rate", "multiple")}
        return metrics.pop() if len(metrics) == 1 and None not in metrics else None

    def _metric_of(self, m: re.Match[str], kind: str | None) -> str | None:
        term = m.group(0).lower()
        if kind == "money" and term == "sales" and not (_PLAIN_SALES_BEFORE.search(m.string, 0, m.start())
                                                         and not _SALES_OF.match(m.string, m.end())):
            return None  # "Sales fell 3.2% to 9.84 billion euros", "Group sales of €10,017 million": revenue; but "Sales of cars
            # brought in 43.90 billion yuan", "Component sales" are a line of it
        return self.lex.metric_as.get((term, kind or ""))

    def share_of(self, place: Place) -> tuple[str | None, frozenset[str] | None]:
        """What a share is of: "of all new vehicle sales", "of the market", "of the group total",
        after the figure or in "their share of the group's sales to 60.0%" before it."""
        m = _OF_PHRASE.match(place.after)
        if m and _ONLY_CARS.fullmatch(m.group(1)) and self.lex.segment_re.fullmatch("car sales"):
            return None, frozenset({PASSENGER})  # "a 16.9% share of cars" in an article that counts vans and trucks beside them
        if m and "share" in m.group(0).lower() and not _ANAPHORIC_WHOLE.match(m.group(1)) \
                and all(_PLAIN_OF.fullmatch(w) for w in re.findall(r"[^\W\d_][\w'’-]*", m.group(1))) \
                and not self.lex.segment_re.search(m.group(1)):  # but "a 17.1 percent share of the car market" beside LCVs
            m = None  # "a 37.6% share of the market": as before, of the whole; "a 31.0% share of the segment" names one
        if m and _IN_PERIOD.match(m.group(0)):
            m = None  # "The battery-electric share of the passenger-car market therefore reached 20.1% in 2025": a time, not a whole
        lead = _SHARE_WORD.search(self._head(place.figure)[-100:])
        by = [self.lex.metric_of[x.group(0).lower()][0] for x in self.lex.metric_re["count"].finditer(lead.group(1))] if lead else []
        if m:
            words = m.group(1)
        else:
            before = _SHARE_OF_BEFORE.search(place.before[-80:])
            if not before:
                return (by[-1], frozenset()) if by else (None, None)  # "the retail penetration rate reached 52.9%"
            words = before.group(1)
            if before.group(0).lower().startswith("penetration") and not _PENETRATION_IN.match(before.group(0)):
                return (by[-1] if by else None), frozenset()  # "the penetration rate of NEVs": of the whole market
        metric = by[-1] if by else None
        found = sorted((m for kind in ("count", "money") for m in self.lex.metric_re[kind].finditer(words)), key=lambda m: m.start())
        found = [m for m in found if not any(n is not m and n.start() <= m.start() and m.end() <= n.end() and len(n.group(0)) > len(m.group(0))
                                             for n in found)]  # "of net sales": the revenue, never the "sales" inside it
        if found:
            metric = self.lex.metric_of[found[-1].group(0).lower()][0]
            if place.index and self.ctx.by_sentence[place.figure.sentence][place.index - 1].figure.kind == "money" \
                    and _EQUAL_TO.fullmatch(place.before):  # "Free cash flow was $612 million, equal to 5.2% of sales": of the
                metric = self.lex.metric_as.get((found[-1].group(0).lower(), "money"), metric)  # revenue, an amount's whole
            if len(found) > 1 and found[-2].end() + 1 >= found[-1].start() \
                    and self.lex.within.get(narrower := self.lex.metric_of[found[-2].group(0).lower()][0]) == metric:
                metric = narrower  # "in the retail market": retail, the narrower of the two
        segs = frozenset(self.lex.segment_of[s.group(0).lower()] for s in self.lex.segment_re.finditer(words)
                         if not _operated(s, self.lex.segment_of[s.group(0).lower()]))
        if metric is None and not segs and _ANAPHORIC_WHOLE.match(words):
            if _THE_GROUP.match(words) and (self._named_group() or _GROUP_TOTAL.match(words)):
                return None, frozenset()  # "or 30.9 percent of the group total" in a story about Dongling Automobile Group
            return None, frozenset({"qualified"})  # "53.3% of the segment": a whole named before, which the words do not say
        if metric is None and not segs and not _TOTAL_WORDS.search(words):
            if (not m or m.group(0).lstrip().lower().startswith("of")) and any(
                    not _PLAIN_OF.fullmatch(w) for w in _WORD.findall(gazetteer().unplaced(words))):
                return None, frozenset({"qualified"})  # "40.5% of imports", "That network's share of fast ports: 56.2%"
            return None, None
        if self._unread_words(" ".join(x for x in _SPACES.split(_PLACE_POSSESSIVE.sub(" ", gazetteer().unplaced(_NAMED_FIGURE.sub("", words))))
                                       if x)):
            segs = segs | {"qualified"}  # "of its scooter sales": a part of the market the lexicon cannot read (but "of the
            # wholesale figure" is of the wholesale, whose metric the words name)
        if not segs and _CAR_NOUN.search(words) and self.lex.segment_re.fullmatch("car sales"):
            segs = frozenset({PASSENGER})  # "19.6% of car output" in an article that counts commercial vehicles beside cars
        if _PART_OWNER.search(words):
            segs = segs | {"qualified"}  # "equivalent to 22.9 pct of the segment's sales": of a part the words point back to
        if _NEW_WORD.search(words) and self._new_and_used():
            segs = segs | {"qualified"}  # "9.1 percent of new passenger cars" where a whole counts "new and used": of the new ones
        if m and _OWNED.search(words) and (where := _IN_WHERE.match(place.after, m.end())):
            # "9.8 percent of the company's sales in Europe": of a region's whole, or of one the lexicon cannot read
            segs = segs | (frozenset(self.lex.segment_of[x.group(0).lower()] for x in self.lex.segment_re.finditer(where.group(1)))
                           or frozenset({"qualified"}))
        return metric, segs

    def _new_and_used(self) -> bool:
        """Whether the article counts new and used cars together ("21,486 passenger cars, new and used")."""
        if self._mixes_new_and_used is None:
            self._mixes_new_and_used = _NEW_AND_USED.search(self.text) is not None
        return self._mixes_new_and_used

    def _named_group(self) -> bool:
        """Whether the article's opening words, before its first figure, name a company "… Group"."""
        first = self.ctx.figures[0].start if self.ctx.figures else 0
        return bool(_COMPANY_GROUP.search(self.text, 0, first))

    def entity(self, f: Figure) -> str | None:
        """The last company named before the figure, in its paragraph or the one before; where its
        own sentence names none and several were named before it ("Hyundai Motor sold 53,240 …, Kia
        44,320 …, KG Mobility 4,810" then "… when domestic sales totaled 125,140"), none of them."""
        sentence = self.ctx.sentences[f.sentence]
        lo = self.paragraph_start.get(sentence.paragraph - 1, 0)
        k = bisect.bisect_left(self._entity_starts, f.start) - 1  # the last mention before the figure
        if k < 0 or self.entities[k][0] < lo:
            return None
        if self.entities[k][0] < sentence.start:
            first = bisect.bisect_left(self._entity_starts, lo)
            if len({e for _, _, e in self.entities[first:k + 1]}) > 1:
                return None
        return self.entities[k][2]

    def period(self, place: Place) -> str | None:
        """The period named in the figure's own stretch, else its sentence, else its paragraph."""
        f = place.figure
        sentence = self.ctx.sentences[f.sentence]
        places = self.ctx.by_sentence[f.sentence]
        lo = places[place.index - 1].figure.end if place.index else sentence.start
        hi = places[place.index + 1].figure.start if place.index + 1 < len(places) else sentence.end
        if cx.is_quantity(f) and (same := _SAME_SPAN_OF_YEAR.search(self.text, lo, f.start)) is not None \
                and (now := self._carried(sentence, f)) and now != UNNAMED and (year := int(same.group("year"))) < int(now[:4]):
            return period_from_code(now).shifted_years(year - int(now[:4])).code  # "Between January and September the brand
            # registered 68,950 cars. In the same months of 2025 it managed 29,870": those months of that year
        if _DECADE_BEFORE.search(self.text, sentence.start, f.start):
            return None  # "In the late 2010s pickups routinely made up more than 60% of the export mix": a decade, no period of the
            # article's own
        if _DAYS_AROUND_BEFORE.search(self.text, sentence.start, f.start):
            return None  # "In the 40 days up to Lebaran, dealers sold 840,000 motorcycles": a stretch of days the periods do not
            # read, never the month the article is about
        mine = self.roles.get(f.id) == "earlier"
        if mine and (legend := self._legend_before(f.start)) and self._bare_comparative(place) is not None:
            return legend  # "80,214 (72,779)" under "(September 2025 in brackets)"
        prev = places[place.index - 1].figure if place.index else None
        # a period right after another level is that level's; after a rate it dates the whole change
        prev_end = prev.end if prev is not None and prev.kind in ("money", "count", "number") else -10**9
        nxt = places[place.index + 1].figure if place.index + 1 < len(places) else None
        spans = [(s, e, p) for s, e, p in self._starting(lo, hi)
                if lo <= s and e <= hi and not (s < f.start and not _ATTRIBUTIVE.fullmatch(self.text, s, e)
                                                and (s - prev_end <= 12 or _PARTICIPLE_IN.fullmatch(self.text, max(prev_end, 0), s)))
                # the figure before's own period ("the 38.74 trillion won booked in the first three months")
                and not self._opens_next(f, s, e, nxt) and not ((e <= f.start or nxt is not None and e <= nxt.start) and self._aside(s, e))
                and (mine or self._attached(f, s) or not self._comparison(s, places) or self._opens_own_clause(s, e, f)
                     or s < f.start and _ATTRIBUTIVE.fullmatch(self.text, s, e))  # "306,260, bringing first-half EV sales to 624,900"
                and not (mine and s >= f.end and "," in self.text[f.end:s])  # "from 7.1%, the company said, within its full-year guidance"
                and not (s > f.end and _SINCE_BETWEEN.search(self.text, f.end, s))
                and not (s > f.end and _CAUSE_BETWEEN.search(self.text, f.end, s))
                and not (s > f.end and _EXPLAINING_RELATIVE.search(self.text, f.end, s))
                and not (s > f.end and _EVENT_TO.search(self.text, max(f.end, s - 40), s))
                and not (s > f.end and _CONTRAST_BETWEEN.search(self.text, f.end, s))]  # "sales were up 18.4%, while Brisa, which
        # only began deliveries last October, …": the next clause's time
        near = [(min(abs(s - f.end), abs(f.start - e)), p) for s, e, p in spans]
        if _COMPARATIVE_LABEL.search(self.text, max(0, (at := self._labelled_from(place)) - 80), at):  # "(August 2025: 71,208
            # units)": the label's period
            labelled = [p for s, e, p in self._starting(max(sentence.start, at - 30), at) if e <= at]
            if labelled:
                return labelled[-1].code
        if mine and _FISCAL_LABEL.search(self.text, max(0, f.start - 12), f.start):
            now = self._carried(sentence, f)  # "Revenue A$512.6 million (FY25: A$468.3 million)": the year before the one the
            return previous_code(now, "yoy") if now and now != UNNAMED else None  # release is about, which the periods do not read
        owner = [p for s, e, p in self._starting(max(sentence.start, f.start - 40), f.start)
                 if _POSSESSIVE_OR_BRACKET.fullmatch(self.text, e, f.start)]  # "September 2025 (142,830 units)"
        if owner:  # "up 10.2% from August's 374,216 vehicles": the month's own figure
            return owner[-1].code
        attached = [(s - f.end, p) for s, e, p in spans if s >= f.end and self._attached(f, s)]
        if attached:  # "187,410 vehicles in April-June, already published in July": the period the figure owns
            return min(attached, key=lambda n: n[0])[1].code
        when = [p for s, e, p in self._starting(sentence.start, f.start) if _WHEN.fullmatch(self.text, e, f.start)]
        if when:  # "2.0% fewer than in May, when 246,520 had been counted", "…September 2025, when domestic sales totaled"
            return when[-1].code
        if f.sentence and _THAT_TIME_OPENING.match(self.text, sentence.start, f.start) \
                and self.ctx.sentences[f.sentence - 1].paragraph == sentence.paragraph:
            named = [p for s, e, p in self._starting(self.ctx.sentences[f.sentence - 1].start, sentence.start)]
            if named:  # "… 44.6% up on the 7,084 of March 2025. In that month the electric share was 14.8%": March 2025's
                return named[-1].code
        clause = _WHEN_CLAUSE.search(self.text, sentence.start, f.start)
        if clause and self.roles.get(f.id) in ("rate", "multiple", "points", "change") \
                and _COMPARED_OPENING.match(self.text, sentence.start, clause.start()) \
                and (self._versus(place) is not None or _YEAR_EARLIER_COMMA.search(self.text, sentence.start, clause.start())) \
                and any(clause.start() < p.figure.start and "," in self.text[p.figure.end:f.start] for p in places[:place.index]):
            clause = None  # "Compared with January, when registrations reached 35,630, the market shrank 18.1 percent": past its end;
            # "Set against the same quarter of last year, when it delivered 48,260, it was 46.1% higher" too
        if clause:  # "… in the second quarter of 2024 (13.2%), when 69,620 new ZEVs were registered out of 527,400"
            dated = [p for s, e, p in self._starting(sentence.start, clause.start())
                     if (w := _WHEN.match(self.text, e)) is not None and w.end() >= clause.start() + 5
                     and not (self.roles.get(f.id) in ("rate", "multiple", "points", "change") and self._than_before(sentence.start, s))]
            # but "The month was better than April, when output stood at 55,120, a rise of 6.9%": the change from April, to now
            if dated:
                return dated[-1].code
            if _YEAR_EARLIER_COMMA.search(self.text, sentence.start, clause.start()):
                # "rose 4.4% on a year earlier, when Fenabrave counted 226,100 units": that year's time
                now = self._carried(sentence, f)
                return previous_code(now, "yoy") if now and now != UNNAMED else None
        if nxt is not None and nxt.kind in ("count", "number", "money") and _AMONG_NEXT.fullmatch(self.text, f.end, nxt.start) \
                and _A_YEAR_AGO_AFTER.match(self.text, nxt.end):
            now = self._carried(sentence, f)  # "with 296,740 electric registrations among 3.62 million a year ago": the
            return previous_code(now, "yoy") if now and now != UNNAMED else None  # part of that year's whole, in its year
        running = [p for s, e, p in spans if e <= f.start and _RUNNING_NOUN.fullmatch(self.text, s, f.start)]
        if running:  # "With July added, the year-to-date total comes to 1,621,480": the span the total names, not July
            return running[-1].code
        if near:  # the finest period in the figure's own words: "in 2024 were 80,400 in the first quarter"
            return min(near, key=lambda n: (granularity(n[1]), n[0]))[1].code
        if _RELATIVE.search(self.text, lo, hi):
            self.undated.add(f.id)
            return self._carried(sentence, f)
        brk = self._break_after(f.sentence, f.end)
        clause_end = brk.start() if brk else sentence.end
        own = [(min(abs(s - f.end), abs(f.start - e)), p) for s, e, p in self._starting(sentence.start, clause_end)
               if sentence.start <= s and e <= clause_end and (not self._comparison(s, places) or self._opens_own_clause(s, e, f))
               and not self._aside(s, e)
               and not self._opens_next(f, s, e, nxt) and not self._anothers(f, s) and not self._bracketed(s, f)
               and not (s > f.end and _COMMA_WHEN.search(self.text, f.end, s))
               and not (s > f.end and _CAUSE_BETWEEN.search(self.text, f.end, s))
               and not (s > f.end and _EXPLAINING_RELATIVE.search(self.text, f.end, s))  # "81.1% of the mix, …, a gain of 3.0
               # percentage points that reflects the group's decision to drop two compact cars last year": the decision's time
               and not (s > f.end and _SINCE_BETWEEN.search(self.text, f.end, s))  # "76.1%, the highest share since the
               # registration-fee cut of 2025 expired": the time it is measured against, not its own
               and not (mine and s >= f.end and "," in self.text[f.end:s])  # "up 2.7 percent from 860,810, with … and the September figure"
               and not _NTH_TIME.search(self.text, max(0, s - 40), s)
               and not (s > f.end and _EVENT_TO.search(self.text, max(f.end, s - 40), s))]  # "dipped 0.9% to 50,432 as it waited
        # for the redesigned sedan to arrive in November": the time of what is awaited  # "…, when buyers could still claim the
        # credit that expired on Sept. 30 last year": the when-clause's own time
        if own:
            return min(own, key=lambda n: n[0])[1].code
        self.undated.add(f.id)
        return self._carried(sentence, f)

    def _opens_own_clause(self, start: int, end: int, f: Figure) -> bool:
        """"Their volume has tripled in two years: in July 2024 only 7,760 were registered": the period the comparison
        before the colon names opens the clause after it, and dates the figure that clause leads with."""
        return end <= f.start and _CLAUSE_OPENING_PERIOD.search(self.text, max(0, start - 12), start) is not None \
            and _PERIOD_TO_FIGURE.fullmatch(self.text, end, f.start) is not None

    def _break_after(self, index: int, pos: int) -> re.Match[str] | None:
        """The first clause break of the sentence from pos on. A search from pos tries each place from
        pos on, and what a place holds does not hang on pos: the last search's break, when none came before
        pos, is this one's too (or none, when it found none), so the figures of a sentence share one scan."""
        kept = self._breaks_after.get(index)
        if kept is not None and kept[0] <= pos and (kept[1] is None or kept[1].start() >= pos):
            return kept[1]
        found = cx.CLAUSE_BREAK.search(self.text, pos, self.ctx.sentences[index].end)
        self._breaks_after[index] = (pos, found)
        return found

    def _secondary(self, start: int) -> bool:
        """A period that is the own time of a figure after the first amount of its sentence ("Jinling sold
        1,126,480 vehicles in the period, with 614,180 in the second quarter"): the paragraph is not about it."""
        g = self._amount_owning(start)
        return g is not None and any(p.figure.kind in ("money", "count", "number") and p.figure.start < g.start
                                     for p in self.ctx.by_sentence[g.sentence])

    def _anothers(self, f: Figure, start: int) -> bool:
        """A period right after another amount is that amount's own ("…, after SEK 42.3 billion in
        the first nine months combined"), not the time of a figure earlier in the clause."""
        g = self._amount_owning(start)
        return g is not None and g.id != f.id and g.start > f.end and g.sentence == f.sentence

    def _figure_before(self, start: int) -> Figure | None:
        k = bisect.bisect_right(self._ends, start) - 1
        return self._by_end[k] if k >= 0 else None

    def _amount_owning(self, start: int) -> Figure | None:
        """The amount a period starting at `start` stands right after in its sentence ("614,180 in the
        second quarter"), whose own time it is; else None."""
        g = self._figure_before(start)
        if g is None or g.kind not in ("money", "count", "number") or not 0 <= start - g.end <= 12 \
                or _BREAK_OR_NEWLINE.search(self.text, g.end, start):
            return None
        return g

    def _opens_next(self, f: Figure, start: int, end: int, nxt: Figure | None) -> bool:
        """A period after a conjunction, a few words before the next figure, is that figure's:
        "1,95,040 units and August sales 1,99,610", "11.24 lakh, with the April-June quarter contributing 5.31 lakh"."""
        if nxt is None or not f.end <= start or end > nxt.start:
            return False
        return bool(_NEXT_OPENS.fullmatch(self.text, f.end, start)) and bool(_ON_TO_NEXT.fullmatch(self.text, end, nxt.start))

    def _starting(self, lo: int, hi: int) -> list:
        """The periods that start from lo up to hi, found by position: every figure asks, so a scan
        of all periods per figure would grow with the square of the text."""
        return self.periods[bisect.bisect_left(self._period_starts, lo):bisect.bisect_right(self._period_starts, hi)]

    def _attached(self, f: Figure, start: int) -> bool:
        """A period right after a level names the level's own time ("2.262 million units in July
        2024"), unless the words between compare ("14.2% from Q3 2023")."""
        between = self.text[f.end:start]
        if f.kind == "percent" and _ON_THE.fullmatch(between):
            return False  # "down 3.2% on September 2025": the period compared with
        if "(" in between and compared(self.text, start):
            return False  # "96,412 units (August 2025: 71,208 units)": the comparative's period
        return 0 <= start - f.end <= 12 and not _COMPARING.search(between) or _DATED_CLAUSE.fullmatch(between) is not None
        # "the 15,834 we delivered in May 2025": the time its own clause gives it

    def _comparison(self, start: int, places: list[Place]) -> bool:
        """A period that belongs to an earlier value ("down from 31.7 percent in August 2023")
        or to a comparison ("compared with July 2024") does not date the rest of the sentence."""
        if compared(self.text, start):
            return True
        for i, p in enumerate(places):
            if p.figure.start <= start and (self.roles.get(p.figure.id) == "earlier" or self._beside_earlier(p)):
                nxt = places[i + 1].figure.start if i + 1 < len(places) else 10**9
                if start < nxt and not (_AND_BETWEEN.fullmatch(self.text, p.figure.end, start)
                                        and _PERIOD_LEADING.fullmatch(self.text, start, nxt)):
                    return True  # but "The year-earlier month had brought 207,961 and July 237,350": July's own
        return False

    def _versus(self, place: Place) -> str | None:
        """The period a rate is compared with when the text names it: "rose 20.2% from the third
        quarter", "up 14.2% from Q1 2024"."""
        f = place.figure
        places = self.ctx.by_sentence[f.sentence]
        sentence = self.ctx.sentences[f.sentence]
        if not any(self.roles.get(q.figure.id) in ("rate", "multiple") for q in places[:place.index]) \
                and (than := next((p.code for s, e, p in self._starting(sentence.start, f.start)
                                   if self._than_before(sentence.start, s) and _WHEN.match(self.text, e)), None)):
            return than  # "The month was better than April, when output stood at 55,120, a rise of 6.9%": on April
        hi = places[place.index + 1].figure.start if place.index + 1 < len(places) else self.ctx.sentences[f.sentence].end
        for s, _, p in self._starting(f.end, hi):
            if s > f.end and cx.ANOTHER_COMPARISON.match(self.text, f.end, s):
                break  # "growth of 7.6 per cent, and against September's 3,94,710 it is 23.2 per cent": the next rate's
            if f.end <= s < hi and s - f.end < 60 and compared(self.text, s):
                if _SAME_SPAN_OF.search(self.text, max(0, s - 30), s):
                    return None  # "up 2.1% on the same period of 2025": the rate's own period a year before, not all of 2025
                return p.code
        if place.index + 1 < len(places) and cx.is_quantity((compared_with := places[place.index + 1]).figure) \
                and _ON_THE_AMOUNT.fullmatch(compared_with.before):
            end = compared_with.figure.end
            after = places[place.index + 2].figure.start if place.index + 2 < len(places) else self.ctx.sentences[f.sentence].end
            for s, _, p in self._starting(end, min(after, end + 30)):
                if _OF_THE_PERIOD.fullmatch(self.text, end, s):
                    return p.code  # "up 5.1% on the 7.06 trillion won of the second quarter": the period of the amount it is
                    # compared with
        sentence = self.ctx.sentences[f.sentence]
        rates_before = [q for q in places[:place.index] if self.roles.get(q.figure.id) in ("rate", "multiple")]
        if (opening := _COMPARED_OPENING.match(self.text, sentence.start, f.start)) is not None \
                and (not rates_before or len(rates_before) == 1 and rates_before[0].index == place.index - 1
                     and _COORDINATED_RATE.fullmatch(self.text, rates_before[0].figure.end, f.start) is not None
                     and cx.basis_after(place.after) == "unspecified"):
            # "Compared with June, output fell 7.3 percent and sales dropped 10.7 percent": both on June
            # "Compared with January, when registrations reached 35,630, the market shrank 18.1 percent"
            return next((p.code for s, _, p in self._starting(opening.start(), opening.end() + 30)
                         if opening.start() <= s <= opening.end() or _SAME_BEFORE_PERIOD.fullmatch(self.text, opening.end(), s)), None)
        return None

    def _than_before(self, sentence_start: int, start: int) -> bool:
        """Whether a period is what a comparative is measured against ("better than April")."""
        return _THAN_JUST_BEFORE.search(self.text, max(sentence_start, start - 30), start) is not None

    def _years_back(self, place: Place, period: str | None) -> str | None:
        """The same period some years before, for a rate said to span them ("Over four years deliveries have grown 25.2%",
        "up 61% since 2021"): never a change on the year before."""
        f = place.figure
        sentence = self.ctx.sentences[f.sentence]
        span = _YEARS_SPAN.search(self.text, sentence.start, min(sentence.end, f.end + 40)) or _SINCE_YEAR.match(self.text, f.end) \
            or _SINCE_OPENING.match(self.text, sentence.start, f.start)  # "Since 2021 revenue has grown 37.9%"
        if span is None or not period or not (year := _LEADING_YEAR.match(period)):
            return None  # but "rose 5% to the highest since 2019": no span of the rate
        back = int(span.group("since")) if "since" in span.groupdict() else int(year.group(0)) - _COUNT_WORDS.get(
            span.group("n").lower(), int(span.group("n")) if span.group("n").isdigit() else 0)
        return str(back) + period[4:] if 1900 < back < int(year.group(0)) else None

    def _opens_on_year_ahead(self, sentence: int) -> bool:
        """Whether the sentence names the year under way before its first figure ("For the current year Sakuragawa forecast
        operating profit of ¥1.15 trillion, 12.6% above the year just ended"): its figures' year, which no period reads."""
        return _YEAR_AHEAD.search(self.text, self.ctx.sentences[sentence].start, self.ctx.by_sentence[sentence][0].figure.start) is not None

    def _dated_a_year_back(self, f: Figure, period: str) -> str | None:
        """The year before of the period a level's own words give it, where "a year earlier" follows that period."""
        end = self.ctx.sentences[f.sentence].end
        for s, e, p in self._starting(f.end, min(end, f.end + 40)):
            if p.code == period and _A_YEAR_BACK_AFTER.match(self.text, e) and _OWN_SPAN_BEFORE.fullmatch(self.text, f.end, s):
                return previous_code(period, "yoy")
        return None

    def _listed_names(self) -> frozenset[str]:
        """The names a list's lines give their items ("4. Arakawa Cell (Japan): 4.62 GWh" names Arakawa Cell)."""
        if self._list_names is None:
            self._list_names = frozenset("name:" + _HOME_BRACKET.sub("", item.label).lower() for item in self.items.values())
        return self._list_names

    def _dated_label(self, f: Figure, period: str) -> bool:
        """A list line whose label before the figure gives the figure its period and holds nothing else but a
        count of the line ("Week 2 (8-14 June): 446,300")."""
        line = self.text.rfind("\n", 0, f.start) + 1
        named = [(s, e) for s, e, p in self._starting(line, f.start) if e <= f.start and p.code == period]
        if not named:
            return False
        s, e = named[-1]
        rest = self.text[line:s] + " " + self.text[e:f.start]
        return _DATED_LABEL_REST.fullmatch(rest) is not None

    def _header_period(self, f: Figure, header: str) -> str | None:
        """The period a list's header names ("By region, 2024 net revenues were:")."""
        end = self.text.rfind(header, 0, f.start)
        if not header or end < 0:
            return None
        bracketed = [(m.start() + end, m.end() + end) for m in _BRACKETS.finditer(header)]
        named = [p for s, e, p in self._starting(end, end + len(header)) if e <= end + len(header) and not self._compared(s)
                 and not any(a <= s < b for a, b in bracketed)]  # "(second quarter of 2026; third quarter of 2025 in brackets)"
        return named[-1].code if named else None

    def _carried(self, sentence: Sentence, f: Figure) -> str | None:
        """A sentence that names no period of its own is about the period its paragraph named
        before it, else the article's lead period (news reports the newest period first and
        compares it with older ones, so a comparison period is never carried). Kept by sentence: every
        undated figure of it asks, and only the roles (kept until they change) could change the answer."""
        if sentence.start in self._carried_in:
            return self._carried_in[sentence.start]
        found = self._carried_in[sentence.start] = self._carried_period(sentence)
        return found

    def _carried_period(self, sentence: Sentence) -> str | None:
        start = self.paragraph_start.get(sentence.paragraph, 0)
        item = cx.BULLET_LINE.match(self.text, sentence.start) is not None
        if start < sentence.start and sentence.index and _THAT_OPENS.match(self.text, sentence.start):
            # "In June last year, installations had totalled 43.7 GWh, of which 32.9 GWh were LFP. That put LFP's share at
            # 75.3%": the time of the sentence "that" points back to, a look back or not
            back = self.ctx.sentences[sentence.index - 1]
            said = [p for s, e, p in self._starting(back.start, back.end) if e <= back.end and not self._compared(s)
                    and not self._aside(s, e) and not self._secondary(s)]
            if said:
                return said[0].code
        before = [p for s, e, p in self._starting(start, sentence.start) if e <= sentence.start and not self._compared(s)
                  and not (item and self._in_bullet_line(s))  # "- Last August we delivered 26,075 cars" dates its own line only
                  and not self._aside(s, e) and not self._looking_back(s, e) and not self._secondary(s)
                  and not ((s >= self.paragraph_opening_end.get(sentence.paragraph, 0) or self._flashback(s) or self._trailing(s))
                           and self._older_than_lead(p))]
        if before:
            return before[0].code
        if sentence.paragraph > 0 and _ANSWER_OPENS.match(self.text, start) \
                and (prior := self.paragraph_start.get(sentence.paragraph - 1)) is not None and self.text[prior:start].rstrip().endswith("?"):
            question = max((q.start for q in self.ctx.sentences if prior <= q.start < start), default=prior)
            asked = {p.code for s, e, p in self._starting(question, start) if e <= start}
            # the question's own sentence: "Electric cars were last year's big story. Still true?" asks about no year
            if len(asked) == 1:  # "ROURKE: What was the second quarter of 2025?" then "PARK: 329,870.": the time the question asks about
                return asked.pop()
        if sentence.paragraph > 0 and start == sentence.start and _THAT_OPENS.match(self.text, sentence.start) \
                and (prior := self.paragraph_start.get(sentence.paragraph - 1)) is not None:
            # "For the April-December period, operating profit fell 21.7% …" then a new paragraph, "That left the operating
            # margin at 5.8%": the period the paragraph before was about
            earlier = [p for s, e, p in self._starting(prior, start) if e <= start and not self._compared(s)
                       and not self._aside(s, e) and not self._looking_back(s, e) and not self._secondary(s)]
            if earlier:
                return earlier[0].code
        return self.lead

    def _in_bullet_line(self, start: int) -> bool:
        return cx.BULLET_LINE.match(self.text, self.text.rfind("\n", 0, start) + 1) is not None

    def _trailing(self, start: int) -> bool:
        """A period after the last figure of its sentence ("… has more than tripled its volume from 2,617 a year ago,
        helped by the V9 flagship's arrival in July"): it dates an event told after the figures, not the paragraph."""
        g = self._figure_before(start)
        if g is None or self._amount_owning(start) is not None:
            return False  # "rose 15% to 2.593 million units in July 2025": the amount's own time
        sentence = self.ctx.sentences[g.sentence]
        return sentence.start <= start < sentence.end and all(
            p.figure.start < start for p in self.ctx.by_sentence.get(g.sentence, []))

    def _opens_a_look_back(self, start: int) -> bool:
        """"In September 2025 they had managed 84,912": a period that opens a sentence told in the past perfect."""
        k = bisect.bisect_right(self._sentence_starts, start) - 1
        if k < 0 or not _OPENS_WITH_PERIOD.fullmatch(self.text, self._sentence_starts[k], start):
            return False
        return bool(_HAD_DONE.search(self.text, start, self.ctx.sentences[k].end))

    def _flashback(self, start: int) -> bool:
        """"In August 2024, 18,065 electrified vehicles had been sold": an older period in a sentence told in
        the past perfect looks back from the article's time, and its paragraph goes on in that time."""
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, start) - 1
        end = self.ctx.sentences[k].end if k >= 0 else start + 200
        return bool(_PLUPERFECT.search(self.text, start, end))

    def _older_than_lead(self, p: Period) -> bool:
        """A period over before the article's lead period begins: past the paragraph's opening sentence it
        is a comparison ("- BEV: 52,180 … In May 2025 the share was 18.0 per cent"), not the paragraph's time."""
        lead = self.lead
        if not lead or lead == UNNAMED:
            return False
        try:
            return p.end < period_from_code(lead).start
        except ValueError:
            return False

    def _looking_back(self, start: int, end: int) -> bool:
        """A year-ago period after a figure of its sentence ("Their share stood at 17.5% in September
        last year, so …") dates that figure; the next sentences go on with the paragraph's own time."""
        if not (_LAST_YEAR_END.search(self.text, start, end) or _YEAR_BEFORE_AFTER.match(self.text, end)):
            return False
        g = self._figure_before(start)
        return g is not None and self.ctx.sentences[g.sentence].start <= start < self.ctx.sentences[g.sentence].end

    def _aside(self, start: int, end: int) -> bool:
        """A period inside an aside that dates something else: "Bijli Motors, which overtook Vayu
        Electric in March, extended its lead", "Vayu Electric, the market leader for most of FY2026, registered"."""
        return bool(_ASIDE_OPEN.search(self.text, max(0, start - 80), start)) and bool(_ASIDE_CLOSE.match(self.text, end))

    def _bracketed(self, start: int, f: Figure) -> bool:
        """A period inside brackets the figure stands outside: "17.46 lakh units (5,41,060 in July, …
        and September's 6,12,480), 14.9% more than …" dates the months, not the rate."""
        opening = self.text.rfind("(", self.ctx.sentences[f.sentence].start, start)
        if opening < 0 or ")" in self.text[opening:start]:
            return False
        closing = self.text.find(")", start)
        return closing >= 0 and not opening < f.start < closing

    def _compared(self, start: int) -> bool:
        """A comparison's period: after "from", "than", … or right after an earlier value
        ("from 5.07 trillion won in the second quarter of 2022")."""
        if compared(self.text, start):
            return True
        f = self._figure_before(start)
        if f is None:
            return False
        between = self.text[f.end:start]
        return self.roles.get(f.id) == "earlier" and len(between) < 40 and not _STOP_MARK.search(between)

    @property
    def lead(self) -> str | None:
        if not hasattr(self, "_lead"):
            # "full-year outlook raised" in a quarter's headline: the time of a forecast, not of the figures reported
            named = [(s, e, p) for s, e, p in self.periods if not self._compared(s) and not _FORECAST_NOUN.match(self.text, e)
                     and not _BACK_IN.search(self.text, max(0, s - 16), s)  # "had pencilled in back in July": a look back
                     and not _DUE_IN.search(self.text, max(0, s - 30), s)]  # "the rebate's second phase, due in June": a date ahead
            if self.today is not None and 0 < len(done := [x for x in named if x[2].start <= self.today]) < len(named):
                named = done  # "a process it aims to finish by March 2030": a time ahead of the article is none it reports
            looked_back = [x for x in named if self._opens_a_look_back(x[0])]
            if looked_back and len(looked_back) < len(named):
                # "In September 2025 they had managed 84,912": a sentence that opens on a time it looks back to is never
                # the time the article reports (but "in June, 2.0% fewer than in May, when 246,520 had been counted" is)
                named = [x for x in named if x not in looked_back]
            if named and _THIS_YEAR.fullmatch(self.text, named[0][0], named[0][1]):
                # "this year's SMMT numbers" above a table of "Feb 2026": the month the article reports within the year
                finer = [x for x in named[1:] if granularity(x[2]) < granularity(named[0][2]) and within(x[2].code, named[0][2].code)]
                if finer:
                    named = finer
            elif named and granularity(named[0][2]) >= 2 and (first := min((f.start for f in self.ctx.figures), default=0)) > named[0][1]:
                # "Monthly Statement No. 5 of FY2026-27" above "DOMESTIC DISPATCHES: AUGUST 2026": the month the heading
                # reports within the year its series runs in, both named before any figure; "Interim report January-June
                # 2026 | Summary of the second quarter": the quarter within the half
                reported = 0 if granularity(named[0][2]) >= 3 else 1
                month = [x for x in named[1:] if x[1] <= first and granularity(x[2]) == reported and within(x[2].code, named[0][2].code)
                         and not any(y is not x and (0 <= y[0] - x[1] <= 4 or 0 <= x[0] - y[1] <= 4) for y in self.periods)]
                # but "fiscal 2025 (April 2025 - March 2026)": a month that bounds a span is none the article reports
                if month:
                    named = month
            # an article that names no period at all reports one time: its figures share it
            self._lead = named[0][2].code if named else (UNNAMED if not self.periods else None)
        return self._lead


_DATED_CLAUSE = regex(r"\s+(?:that\s+|which\s+)?(?:we|they|it|the\s+(?:company|group|brand|maker))\s+(?:had\s+)?(?:delivered|sold|"
                      r"registered|shipped|built|produced|made|managed|booked|reported|recorded|exported|handed\s+over)\s+"
                      r"(?:in|during|for)\s+(?:the\s+)?", re.I)
_AMONG_WHOLE = regex(r"\s+(?:among|out\s+of)\s+(?:the\s+)?[\d.,]+\s*(?:million\s+|lakh\s+)?(?P<what>(?:[a-z-]+\s+){0,2}[a-z-]+)", re.I)
_ONCE_BEFORE = guarded(regex(r"\b(?:once|formerly|at\s+one\s+time|in\s+(?:its|their)\s+heyday|used\s+to)\s+(?:[a-z]+\s+){0,2}$", re.I))
_DUE_IN = regex(r"\b(?:due|expected|scheduled|slated|planned|set\s+to\s+\w+)\s+(?:to\s+\w+\s+)?(?:(?:in|from|by|on)\s+)?(?:early\s+|late\s+|mid-)?$",
                re.I)
_WOULD_HAVE = regex(r"\b(?:would|could|might)\s+have\s+(?:been|come\s+(?:to|in\s+at)|reached|totall?ed|amounted\s+to|stood\s+at|"
                    r"risen\s+to|fallen\s+to)\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?$", re.I)
_BACK_IN = regex(r"\b(?:back|as\s+early\s+as|as\s+far\s+back\s+as)\s+(?:in\s+|during\s+)?$", re.I)
_HAD_DONE = regex(r"\bhad\s+(?:been|[a-z]+ed|sold|built|taken|made|grown|seen|risen|fallen|won|got|gotten)\b", re.I)
_OPENS_WITH_PERIOD = regex(r"\W*(?:(?:Back\s+)?In|During|By|For)\s+", re.I)
_SHARE_ROSE = regex(r"(?i)\b(?:market\s+)?share\s+(?:has\s+|had\s+)?(?:rose|risen|rise|climbed|grew|grown|increased|jumped|"
                    r"fell|fallen|dropped|declined|slipped|was\s+up|was\s+down)\s+(?:by\s+)?$")
_THIS_YEAR = regex(r"(?i)this\s+year(?:'s|’s)?")
_FORECAST_NOUN = regex(r"[\s-]+(?:(?:profit|sales|earnings|operating|revenue|net|volume)\s+){0,2}(?:outlook|forecasts?|guidance|targets?|goals?|"
                       r"projections?)\b", re.I)
_CLAIM_ROLE = {"old": "earlier", "new": "level", "rate": "rate", "change": "change", "share": "share",
               "part": "level", "total": "level", "parts": "level", "amount": "level", "converted": "converted",
               "figure": "level"}
_OUTSIDE = regex(r"\boutside\b", re.I)
_QUALIFIED = guarded(regex(r"(?:^\W*|[;:]\s*|\b(?:and|but|while)\s+)(?:including|excluding|without|apart\s+from|outside(?:\s+of)?|beyond|adding|counting)\s+"
                        r"(?:the\s+)?[\w&' -]{2,60},", re.I))
# "Like-for-like revenue £2,291.4m", "organic sales grew 3.1%": a metric on a basis of its own, never the reported one
_DIGIT = regex(r"\d")
_COUNTED_TOO = frozenset({"sales", "net sales", "sold", "sell"})  # words of money that count vehicles as well
_SPEND_VERB = regex(r"\b(?:spends?|spent|spending|invests?|invested|investing|budgets?|budgeted|allocates?|allocated)\b", re.I)
_SPENT_ON_AFTER = regex(r"\s*(?:(?:a|per|each|every)\s+(?:year|quarter|month)\s+)?(?:on|in|for)\s+", re.I)
_REVENUE_FROM = regex(r"^\W*(?:revenues?|sales|turnover)\s+from\s+(?!(?:continuing\s+)?operations\b|contracts\b)(?:the\s+|its\s+)?([\w -]{2,40}?)\s+(?:has|have|had|was|were|is|are|rose|"
                      r"fell|grew|jumped|more|doubled|tripled|climbed|increased|decreased|declined|dropped|slipped|reached|came|"
                      r"totall?ed|amounted)\b", re.I)
_ON_A_BASIS = guarded(regex(r"^\W*(?:(?:the|its|their|group)\s+)?(?:like-for-like|organic|constant[- ]currency|same-store)\s+(?:[\w-]+\s+)?"
                    r"(?:revenues?|sales|turnover|growth)\b"
                    r"|\b(?:on|in)\s+an?\s+(?:like-for-like|organic|constant[- ]currency|same-store)\s+(?:basis|terms)\b", re.I))
_CURRENCY_ADJUSTED = guarded(regex(r"\b(?:in\s+local\s+currenc(?:y|ies)|at\s+constant\s+(?:currenc(?:y|ies)|exchange\s+rates?)|"
                           r"(?:adjusted|corrected)\s+for\s+(?:currency|exchange[- ]rate)(?:\s+(?:movements|effects|changes|fluctuations))?|"
                           r"currency[- ](?:adjusted|neutral)|excluding\s+(?:currency|exchange[- ]rate)\s+(?:effects|movements|changes)|"
                           r"at\s+comparable\s+exchange\s+rates|organically)\b", re.I))
_NAME = rf"(?P<name>[{CAPITALS}][\w&'’.-]*(?:\s+(?:&\s+|and\s+|de\s+|of\s+)?[{CAPITALS}0-9][\w&'’.-]*){{0,3}})"
_LIST_LABEL = regex(r"(?:^|[\n;,:•·*–—-]\s*|\band\s+)(?:the\s+)?" + _NAME
                    + r"(?:\s*\(\s*(?:[A-Z]{2,6}|[A-Z]\w{1,4}-[A-Z]\w{1,4})\s*\))?"  # "Motorcycles (L3e-L7e): 694,380 units"
                    + r"\s*(?:[:=]|\s?\.{3,}|\s(?:brand|marque|unit|division|group|plants?|factories|models?)?)\s*(?:(?:about|around|some|nearly|almost|just|over)\s+)?$")
_NAME_WITH = guarded(regex(r"(?:\b(?:ahead\s+of|behind|followed\s+by|led\s+by|headed\s+by|topped\s+by|than|[Tt]hen|and|before|after)|,)\s+(?:the\s+)?" + _NAME
                        + r"\s+(?:with|at|on)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$"))  # "followed by Bajaj Auto at 31,260"
_WHICH_SOLD = regex(r"(?:^|[\s(,;])" + _NAME + r",\s+which\s+(?:sold|registered|delivered|shipped|exported|built|produced|"
                    r"made|recorded)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$")
_WHICH_CHANGED = regex(r"(?:^|[\s(,;])" + _NAME + r",\s+which\s+(?:grew|rose|fell|increased|decreased|climbed|jumped|slipped|dropped|"
                       r"declined|gained|was\s+up|was\s+down)\s+(?:by\s+)?(?:(?:about|some|nearly|almost)\s+)?$")  # "ahead of
# Tipperary, which grew by 5.9%": the name the relative clause is about
_WHOSE_OWNER = regex(r"(?:^|[\s(,;])" + _NAME + r",\s+whose\s+[^,;.()\d]{1,60}$")
_POSSESSIVE_SHARE_OPENING = regex(r"[\s\W]*" + _NAME + r"['’]s\s+(?:(?:overall|total|domestic|global|retail|wholesale)\s+)?"
                                   r"(?:market\s+)?share\b(?![^,;]*\b(?:and|while|but)\b)")
_WHOSE_CLAUSE_LEVEL = guarded(regex(r"(?:^|[\s(,;])" + _NAME + r",\s+whose\s+(?:[^,;.()]|\.(?=\d)){1,80}?\b(?:to|at|of)\s+"
                             r"(?:(?:about|around|some|nearly|almost)\s+)?$"))
_NAME_THEN_CHANGE = regex(r"[\s\W]*" + _NAME + r",\s+(?:up|down)\s+(?:(?:by|about|some|nearly|almost)\s+)?$")
_WHOSE_ASIDE_THEN_VERB = guarded(regex(r"[\s\W]*" + _NAME + r",\s+whose\s+(?:[^;.]|\.(?=\d)){1,120}?,\s+[a-z]+\s+(?:(?:about|some|nearly|almost)\s+)?$"))
_POSSESSIVE_JUST_BEFORE = regex(r"(?:^|[\s(,;])" + _NAME + r"['’]s\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$")
_RELATIVE_ASIDE_END = regex(r",\s*(?:which|who|whose)\b[^,;.()]*,\s*$", re.I)
# "led by Hyundai, whose Nošovice plant builds the Kona Electric, with 2,140 cars": the aside between the name and its figure
_RELATIVE_ASIDE_BEFORE_WITH = regex(r",\s*(?:which|who|whose)\b[^,;.()]*,(?=\s+(?:with|at)\s+\S*$)", re.I)
_LISTED_AT = regex(r"^(?:,|and\b|followed\s+by\b).*\sat\s+\S*$", re.S)
_NAME_AFTER = regex(r"^(?:(?:units|vehicles|cars|registrations|deliveries|sales)\s+)?(?:were\s+|was\s+)?(?:(?:sold|delivered|registered|shipped|exported)\s+)?(?:in|to|into|for|at)\s+(?:the\s+)?" + _NAME + r"\s*$")
_NAME_PLURAL = regex(r"^\s*(?P<name>[A-Z][\w-]*?)['’]?s\b")
_WERE_NAME = regex(r"^\s*(?:were|was)\s+(?:the\s+)?" + _NAME + r"\s*$")
_OF_AFTER = regex(r"\s*of\s+(?!(?:them|those|these|it|this|that|which)\b)", re.I)  # "made up 61,300 of them": the whole before
_SAME_PERIOD_OF_YEAR = regex(r"\s*(?:[\w-]+\s+){0,2}?in\s+the\s+(?:same|corresponding|comparable)\s+"
                              r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven)\s+)?(?:period|quarter|month|months|half)\s+"
                              r"(?:of|in|last)\s+((?:19|20)\d{2})\b", re.I)
_YEAR_EARLIER_COMMA = regex(r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
                            r"the\s+year\s+before|last\s+year)\s*,\s*$", re.I)  # "…, 7.4% more than in the previous year, when 209,890"
# "July's total had been 6,583 vehicles", "the total came to …": a total, of what the article's totals count
_CALLED_TOTAL = regex(r"\b(?:total|tally)\s+(?:had\s+been|has\s+been|was|stood\s+at|came\s+to|amounted\s+to)\s*$", re.I)
_PLUPERFECT = regex(r"\bhad\s+(?:been|already|also|only|just)\b|\bhad\s+(?:sold|delivered|registered|reached|totalled|totaled|risen|fallen)\b", re.I)
# "9.1% of the light-vehicle market, which totalled 236,040", "21.4% of a market that grew 3.0% to 239,300" (its 3.0% too)
_OF_NOUN_WHICH = guarded(regex(r"\d\S*\s+of\s+(?:((?:the|all|its|their)\s+[^,;\d]{2,40}),\s*which\s+(?:totall?ed|reached|was|stood\s+at|"
                               r"came\s+to|amounted\s+to|(?:grew|rose|fell|increased|climbed|slipped|dropped)(?:\s+by)?"
                               r"\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+to)|((?:the|a|an)\s+[^,;\d]{2,40}?)\s+that\s+(?:grew|rose|fell|shrank|declined|"
                               r"increased|climbed|slipped|dropped)(?:\s+by)?(?:\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+to)?)\s+$", re.I))
_RELATIVE_END = guarded(regex(r"([^,;]+),\s*which\s+(?:[a-z]+\s+){1,3}$"))
_AND_JOINS = regex(r"(?:\s+[\w-]+){0,3}?\s+and\s+(?:[\w-]+\s+){0,2}?", re.I)
_NEXT_ONES = regex(r"\s*(?:on|from|against|versus|vs\.?|left|leaving|leaves|gave|giving|gives)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?", re.I)
# "capital expenditures of $2.91 billion left free cash flow of $1.72 billion": the metric after the verb is the next one's
_SHARE_PRONOUN = regex(r"\b(?:their|its)\s+(?:market\s+)?share\b", re.I)
_MONTH_LAST_YEAR_OPENING = regex(r"\W*(?:In|For|During)\s+" + MONTH_RE + r"\s+(?:last\s+year|(?:19|20)\d{2})\b")
_PRODUCT_METRICS = frozenset({"revenue", "sales"})
_ELECTRIC_PART = regex(r"\b(?:EV|electric[- ]vehicle|electric[- ]car)\s+(?:battery\s+)?(?:cells?|batter(?:y|ies)|packs?|modules?)\s+"
                       r"(?:revenues?|sales|turnover)\b[^.;\d]*$", re.I)
_COST_VERB = regex(r"\b(?:cost|costs|costing|spent|spends|spending|paid|pays|paying|invested|invests|investing)\s+"
                   r"(?:the\s+company|the\s+group|the\s+carmaker|it|them|us|we|an\s+estimated|about|around|some|nearly|almost)?\s*$",
                   re.I)
_SUBJECT_YEAR_BEFORE = guarded(regex(r"\W*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?\s+(?:in|for)\s+the\s+(?:previous|prior|preceding)\s+"
                             r"(?:financial\s+|fiscal\s+|business\s+)?year\s+(?:had\s+been|was|were|stood\s+at|came\s+to|"
                             r"amounted\s+to|reached|totall?ed)\s"))
# "A year ago it sold 712,040 vehicles; its volume is down 1.5% and its share has slipped 0.7 points": the change is to now
_NOW_CLAUSE = regex(r";[^;]*\b(?:is|are|has|have)\s+(?:[a-z]+\s+){0,2}?$")
_YEAR_EARLIER_WAS = regex(r"\b(?:share|sales|registrations|deliveries|volume|output|production|exports|total)\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\s+"
                          r"(?:was|were|had\s+been|stood\s+at|came\s+to|amounted\s+to)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)
_SO_CLAUSE = regex(r"[,;]\s*(?:so|thus|meaning|which\s+means)\b", re.I)
_AND_BESIDE = regex(r"\s*,?\s*and\s+(?:an?|the|its|their)?\s*", re.I)
_MOVED_FROM = regex(r"(?:^|[,;(])\s*(?:(?:and|but)\s+)?(?:up|down|rising|falling|rose|fell|climbing|increasing|decreasing|slipping|compared)\s+"
                         r"(?:from|with)\s+(?:(?:a|the|its|their)\s+)?$", re.I)
# a lead of one over another, "by" the gap: "ahead of Tesla by 432 units", "Europe thus outpaced China by 75,170"
_GAP_TO = guarded(regex(rf"\b(?:{GAP_VERBS})\s+(?:[\w&'’.,-]+\s+){{0,7}}?by\s+"  # "That beats the previous high, set in March, by 3,313"
                 r"(?:(?:about|around|some|nearly|almost|just)\s+)?$"  # "ahead of Tesla by 432 units"
                 r"|\b(?:a|its|their|his|her)\s+lead\s+of\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$"  # "giving the maker a lead of 1,105"
                 r"|\b(?:gap|lead|difference)\s+(?:between\s+[^,.;]{1,60}?\s+)?(?:has\s+|had\s+)?(?:widened|narrowed|grew|shrank|"
                     r"stood|was|is|came|rose|fell|increased|decreased)\s+(?:to|at)\s+(?:about|around|some|nearly|almost|just)?\s*$"
                 r"|\b(?:lead|gap|advantage|deficit)\s+(?:over|on|to|behind)\s+[^.;\d]{1,40}?\s+(?:was|is|stood\s+at|came\s+to|"
                     r"widened\s+to|narrowed\s+to|grew\s+to|shrank\s+to|of)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$",
                 re.I))  # "Its lead over France was 14,646 cars": a gap, never a level nor a whole
_BASIS_BEFORE = regex(r"\b(month[- ]on[- ]month|month[- ]over[- ]month|year[- ]on[- ]year|year[- ]over[- ]year)\s+"
                           r"(?:rise|increase|growth|gain|jump|decline|drop|fall|decrease|change|variation)\b[^,;.%\d]{0,50}$", re.I)
_OPENER = regex(r"^\W*(?:among|in|of|for|by|at|on|across|within|elsewhere|meanwhile|separately|overall|of\s+those|"
                     r"according\s+to|from|between|during|over|through|throughout)\b[^,;.]{0,60},", re.I)  # "From January to April, Xunlong"
_PLANTS = regex(r"\s+(?:plants?|factories|assembly\s+lines|carmakers|automakers|makers|manufacturers)\b")
_SUBJECT = regex(r"^[\s,;]*(?:(?:[Aa]nd|[Ww]hile|[Bb]ut|[Ww]ith|[Ww]hereas)\s+)?(?:[Tt]he\s+)?"
                      r"(?:(?:(?:[Mm]arket|[Bb]rand|[Ss]egment|[Ss]ales)\s+leader|[Ll]eader|[Rr]ival|[Rr]unner-up|[Nn]ewcomer|[Cc]hallenger|[Ss]econd-placed|[Tt]hird-placed)\s+|"
                      r"(?:[A-Z][\w-]*\s+)?(?:carmaker|automaker|car\s+maker|EV\s+maker|maker|manufacturer|start-up|startup|brand|marque)\s+)?" + _NAME
                      + r"(?:(?:'s|’s)\s+brands|(?:'s|’s)?)\s+(?:brand\s+|sub-brand\s+|marque\s+|unit\s+|division\s+|subsidiary\s+|group\s+|models?\s+|"
                      r"cars?\s+|vehicles\s+|plants?\s+|factories\s+|crossover\s+|hatchback\s+|saloon\s+|sedan\s+|SUV\s+|pickup\s+|estate\s+)?"
                      r"(?:(?<=s\s)(?:[\w-]+\s+)?(?:output|production|sales|registrations|deliveries|exports|imports|shipments|revenue|volumes?)\s+"
                      r"(?:of\s+[^,;.\d]{1,40}?(?:,[^,;.\d]{1,40},)?\s+)?)?"  # "Kia's sales of eco-friendly models, hybrids and EVs, rose"
                      r"(?:alone\s+)?(?:(?:almost|nearly|more\s+than|roughly|about|also|thus|therefore|again|still)\s+)?"
                      r"(?:doubled|tripled|trebled|quadrupled|halved|grew|rose|fell|increased|decreased|climbed|jumped|slipped|dropped|sold|delivered|registered|shipped|exported|accounted|"
                      r"produced|built|assembled|manufactured|installed|supplied|took|made\s+up|contributed|reached|posted|recorded|had|held|captured|was|were|came|"
                      r"added|totalled|totaled|moved|shifted|"
                      r"remained|stayed|led|followed|ranked|finished|ended|kept|topped|retained|placed|secured|claimed|booked|logged|retailed|wholesaled|dispatched|despatched|"
                      r"remains|stays|leads|ranks|holds|keeps|tops|is|has)\b")  # "Toyota remains the region's largest brand …, with 181,000 sales"
# "Mikawa Motor exports fell", "Mikawa Motor raised its exports": a name before the noun of what it counts, no possessive (only
# for a name the article has given a figure before: "Second-quarter deliveries were up" names none, and "Brennholt Trailer
# Group lifted first-quarter revenue" in a lead is the article's subject, no name beside others)
_COUNTED_NOUN = r"(?:output|production|sales|registrations|deliveries|exports|imports|shipments)"
_NAME_NOUN_SUBJECT = regex(r"^[\s,;]*" + _NAME + r"\s+(?:" + _COUNTED_NOUN + r"\s+(?:(?:also|thus|again|still)\s+)?(?:grew|rose|fell|increased|"
                           r"decreased|climbed|jumped|slipped|dropped|were|was)|(?:raised|lifted|boosted|increased|cut|reduced|"
                           r"lowered)\s+(?:its|their)\s+(?:[\w-]+\s+)?" + _COUNTED_NOUN + r")\b")
_COMMON_NAME_ENDINGS = {"ev", "evs", "motors", "motor", "auto", "mobility", "group", "co", "corp", "inc", "ltd", "plc", "company",
                        "corporation"}  # "Daeyang Motor Co. sold …" and "Daeyang sold …" are one maker
_BRAND_ENDINGS = {"electric", "auto", "motors", "motor", "mobility", "energy", "group"}
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "of", "for", "by", "from", "to", "with", "and", "but", "or", "its", "their", "his",
    "her", "this", "that", "these", "those", "it", "they", "we", "he", "she", "there", "total", "overall", "sales",
    "deliveries", "registrations", "revenue", "revenues", "exports", "imports", "production", "output", "shipments",
    "transactions", "orders", "bookings", "purchases", "listings", "volume", "volumes", "net", "operating", "gross", "new", "market", "share", "demand", "prices", "profit", "income",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "ytd", "year",
    "quarter", "month", "half", "first", "second", "third", "fourth", "last", "next", "both", "each", "all", "other",
    "others", "most", "some", "many", "cars", "vehicles", "units", "models", "electric", "hybrid", "hybrids", "passenger",
    "commercial", "domestic", "overseas", "foreign", "global", "worldwide", "group", "company", "firm", "carmaker",
    "automaker", "maker", "brand", "brands", "analysts", "shares", "us", "u.s", "u.s.", "chief", "executive", "ceo",
    "says", "said", "according", "compared", "against", "versus", "up", "down", "about", "around", "nearly", "almost",
    "together", "combined", "meanwhile", "however", "also", "still", "just", "only", "including", "excluding", "rest",
    "shipped", "delivered", "sold", "registered", "exported", "produced", "installed", "reported", "posted", "recorded",
    "dealers", "buyers", "customers", "drivers", "households", "consumers", "manufacturers", "carmakers", "automakers",
    "episode", "chapter", "issue", "page", "section", "table", "chart", "figure", "note", "season", "series",
    "remaining", "after", "before", "when", "while", "since", "despite", "although", "though", "unlike", "growth", "loss", "losses", "margin", "margins", "costs", "rmb", "usd", "eur", "gbp", "jpy", "krw",
    "inr", "cny", "hkd", "rs", "ev", "evs", "nev", "nevs", "bev", "bevs", "phev", "phevs", "hev", "hevs", "ice",
    "private", "public", "corporate", "business", "fleet", "fleets", "leasing", "light", "medium", "heavy", "importers",
    "retail", "wholesale", "used", "imported", "local", "locally", "ebitda", "ebit", "ebita", "capex", "eps",
    "retailers", "wholesalers", "distributors", "exporters", "owners", "motorists", "shoppers", "factories", "plants",
    "members", "batteries", "installations", "cells", "packs", "chargers",
}


_EXPORT, _DOMESTIC = "export", "domestic"
_SHIPPED_WORD = regex(r"\bexported\b|\bshipped\b", re.I)
_EXPORTS_ROSE = regex(r"\b(?:vehicle|car|auto)\s+exports\s+(?:\w+\s+)?$", re.I)
_APPOSED_RATE = regex(r"(?:\s+[a-z]+){0,3}\s*,\s*", re.I)
_EXPORTER_OF = regex(r"['’]s\s+(?:(?:vehicle|car|auto|passenger[- ]car)\s+)?exports\b", re.I)
_SENT_BEFORE = regex(r"\b(?:sent|sends|sending)\s+$", re.I)
_ABROAD_AFTER = regex(r"\s*(?:(?:new\s+)?(?:vehicles|cars|units)\s+)?(?:abroad|overseas)\b", re.I)
_EXPORT_WORD = regex(r"\bexports?\b", re.I)
_VALUE_WORD = regex(r"\bvalue\b", re.I)
_MONEY_WORD = regex(r"\b(?:value|worth|revenue|earnings|dollars?|euros?|yuan|yen|won)\b", re.I)
_IN_UNITS_THAT = regex(r"\W*(?:In\s+(?:units|volume|volume\s+terms|absolute\s+terms|numbers|cars),?\s+)?(?:that|this)(?:\s+"
                       r"(?:is|was|means|meant|comes\s+to|came\s+to|amounts\s+to|amounted\s+to)|['’]s)\s+(?:about\s+|around\s+|some\s+)?",
                       re.I)  # "In absolute terms that's 25,380 cars"
_KINDS_OF_VEHICLE = ("powertrain", "class", "body")  # what a heading's segment may be: never a market or a place, which scope
_OF_THE_BEFORE = regex(r"\bof\s+(?:the\s+|all\s+|its\s+|their\s+)?$", re.I)
_WHOLE_MARKET_WORDS = regex(r"\b(?:total|overall|all|whole|entire|market|industry|combined)\b", re.I)
_DESTINATION_VERB = regex(r"\b(?:took|taking|received|absorbed|bought|imported|went\s+to|were\s+(?:shipped|sent)\s+to|headed\s+to)\b", re.I)
_MARKETS = frozenset({_EXPORT, _DOMESTIC})
_CONTRAST_BREAK = regex(r",|;|\b(?:while|whereas|but)\b")
_IN_COUNTRY = regex(r"\b(?i:sales|registrations|deliveries|sold|volumes?|shipments|dispatches)\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?"
                    r"(?P<country>(?:South\s+|North\s+|United\s+)?(?!" + MONTH_RE + r"\b)[A-Z][a-z]+|U\.?S\.?|UK)\b")
_ANAPHORIC_WHOLE = regex(r"(?:the|this|that|its|their)\s+(?:segment|category|class|niche|sub-?segment|group|bracket|market\s+segment)\b", re.I)
_POSSESSIVE_OPENING = regex(r"\s*(?:Its|Their|It|They|(?:(?:A|One)\s+year\s+(?:ago|earlier|before)|Last\s+year|In\s+20\d\d)\s*,?\s+(?:its|their|it|they))\s")
_DEFINITE_OWNER = regex(r"[\s,;]*(?:(?:and|while|but|whereas|so)\s+)?[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:brand|group|company|carmaker|automaker|maker|marque)['’]s\s")
_ITS_CLAUSE = regex(r"[\s,;]*(?:(?:and|while|but|whereas)\s+)?its\s")
_PASSIVE_VERB = regex(r"\s*(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_RANGE_JOIN = regex(r"\s*(?:units|vehicles|cars)?\s*(?:to|and|-|–)\s*")
_RANGE_FROM = regex(r"\b(?:from|rose|fell|grew|increased|decreased|jumped|dropped|climbed|declined|up|down|widened|narrowed)\s+"
                    r"(?:[\w'’]+\s+){0,2}?$", re.I)  # "almost tripled from November's 6,214 to 17,651": a change, no range
_RANGE_BETWEEN = regex(r"(?<!split\s)(?<!divided\s)(?<!shared\s)\bbetween\s+$", re.I)
_MORE_THAN_BOUND = regex(r"\b(?:with|having|of|for)\s+(?:more|fewer|less)\s+than\s+(?:about\s+)?$", re.I)
_OF_N_OPENING = regex(r"(?:^|\s[-–—]+\s)\W*(?:Of|Out\s+of)\s+(?:the\s+|all\s+(?:the\s+)?)?$")  # after a dateline's dash too
# "9.6% of the 181,460 used cars", "37.6% of a market of 24,570 cars", "6.9% of total two-wheeler sales of 17,45,600"
_OF_NAMED_WORDS = regex(r"\s+of\s+(?:the|its|their|all(?:\s+the)?)\s+([^\W\d][^,;:.()\d]{0,50}?)(?=\s*(?:[,;:.)]|$))", re.I)
_TABLE_LINE = regex(r"[ \t]*\||[^\n]*\S {3,}\S[^\n]* {3,}\S")  # "| Battery-electric | 5,412 | 4,103 |", or columns set by spaces
_PLACE_POSSESSIVE = regex(r"(?<![\w'’])['’]s\b")  # what "China's" leaves once its place is taken out
_OF_NAMED_OR = regex(r"\s+of\s+(?:the|its|their|all(?:\s+the)?)\s+[^\W\d][^,;:.()\d]{0,50}?\s*,\s*(?:or|equal\s+to|equivalent\s+to)\s+", re.I)
_OF_NAMED_WHOLE = regex(r"\s+of\s+(?:the|its|their|all)\s+[a-z]", re.I)
_OF_FIGURE = regex(r"\s*+(?:(?:market\s+)?share\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?|a\s+total\s+of\s+|"
                   r"(?:(?:a|an|the|its|their|total|all)\s+)?(?:[A-Za-z][\w'’-]*\s+){1,4}?(?:of|totall?ing)\s+"
                   r"|(?:(?:the|its|their|all)\s+)?(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+which\s+(?:totall?ed|came\s+to|amounted\s+to)\s+)?")
# "33.8% of outbound shipments, which totalled $6.57 billion": the shipments' figure follows the clause that names them; "56.1% of
# the national ZEV total of 259,700", "an 18.2 per cent share of an electric two-wheeler market of 5.7 lakh units"
_LAST_YEARS = regex(r"\blast\s+year['’]s\s+$", re.I)
_AND_BETWEEN = regex(r"\s*(?:[a-z-]+\s+){0,3}?(?:,\s*)?(?:and|while|against)\s+|\s*[,;]\s*", re.I)  # "1,874,300 retail sales and May"
_PERIOD_LEADING = regex(r"[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?(?:['’]s)?\s*:?\s*(?:(?:had|was|saw|brought|reached)\s+)?")  # "and May had 1,842,700"
_YEAR_EARLIER_POSSESSIVE = regex(r"\b(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year|the\s+prior\s+year)['’]s\s+$", re.I)
_YEAR_EARLIER_LABEL = regex(r"\(\s*(?:a\s+year\s+(?:earlier|ago|before)|year[- ]ago|(?:the\s+)?(?:previous|prior)\s+year|last\s+year)\s*:\s*$",
                            re.I)  # "- United States: $2,846 million (a year earlier: $2,912 million)"
_YEAR_AGO_SUBJECT = guarded(regex(r"(?:^|[^\w\s]\s*|\band\s+)(?:the\s+)?(?:year[- ](?:ago|earlier)|prior[- ]year|last\s+year['’]s)\s+(?:[\w&'’-]+\s+){1,3}?"
                           r"(?:was|were|stood\s+at|came\s+(?:in\s+)?(?:to|at)|totall?ed|amounted\s+to|(?:had\s+)?(?:brought|seen|saw|recorded|produced)|had)\s+"
                           r"(?:about\s+|around\s+)?$", re.I))
# ("The year-earlier month's total was 82,317", "The year-earlier month had brought 207,961", "… had 1,874,300" too)
# "The comparable total for the first half of 2025 was 618,780": the level of the earlier period it names
_COMPARABLE_SUBJECT = regex(r"(?:^|[^\w\s]\s*)(?:the\s+)?(?:comparable|corresponding)\s+(?:figure|total|number|amount|result)\s+(?:for|in|of)\s+"
                           r"(?:[\w&'’-]+\s+){1,6}?(?:was|were|stood\s+at|came\s+(?:in\s+)?(?:to|at)|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+)?$", re.I)
_COMPARATIVE_WORD = regex(r"\s*(?:higher|lower|more|fewer|less|greater|bigger|smaller|larger|up|down)\b", re.I)
_EVENT_BEFORE = guarded(regex(r"\b(?:launched|introduced|founded|established|unveiled|debuted|went\s+on\s+sale|opened|listed|"
                      r"set\s+up|incorporated|acquired|announced|took\s+office|was\s+appointed|"
                      r"reach(?:es)?\s+(?:the\s+)?(?:showrooms|dealers|dealerships|customers)|arrives?\s+(?:in\s+showrooms|at\s+dealers)|"
                      r"go(?:es)?\s+on\s+sale|(?:is|are)\s+due|(?:start|begin)s?\s+(?:production|deliveries))"
                      r"\s+(?:(?:in|on|since)\s+(?:early\s+|late\s+|mid-)?)?$", re.I))  # and a launch ahead: "waits for its new B40
# compact to reach showrooms in July", "goes on sale in September"
_FIGURES_AFTER = regex(r"\s+(?:sales|deliveries|registrations|results|output|production|figures|volumes?|shipments|exports|earnings)\b", re.I)
_PARTICIPLE_IN = regex(r"\s*+(?:[a-z]+ed|sold|built|made|seen)\s+(?:in|during|over)\s+(?:the\s+)?")
_PERCENT_ON = regex(r"\s*(?:(?:rise|increase|gain|jump|climb|fall|drop|decline|decrease|dip|slide)\s+)?on\s+(?:the\s+|its\s+|their\s+)", re.I)
_DATED_AFTER = regex(r"\s*(?:units?\s+|vehicles\s+|cars\s+)?(?:(?:[a-z]+ed|sold|built|made)\s+(?:in|during)\s"
                     r"|of\s+(?:" + MONTH_RE + r"|(?:19|20)\d\d\b|the\s+same\s+(?:month|quarter|period)\b))", re.I)
# "up 39.9% on its 11,780 of August 2025": the earlier value, dated
_PERCENT_AGAINST = regex(r"\s*(?:below|above|under|over|ahead\s+of|behind)\s+(?:the\s+|its\s+|their\s+|(?:last\s+)?" + MONTH_RE
                         + r"['’]s\s+|(?:last|the\s+previous)\s+(?:month|quarter|year)['’]s\s+)?", re.I)  # "8.5% below May's 152,806"
_SAME_SPAN_OF = regex(r"\bsame\s+(?:period|months|time|stretch)\s+(?:(?:of|in)\s+)?$", re.I)
_BEFORE_COLON = regex(r"([^:\n]*):\s+")
_LETTER = regex(r"[a-z]", re.I)
_LEAD_HEDGE = r"(?:(?:about|around|some|nearly|almost|just|over|more\s+than)\s+)?"  # before an amount: "With about 239,410"
_COLON_LEAD = regex(_LEAD_HEDGE, re.I)
_AND_END = regex(r"\band\s+(?:(?:about|some|nearly|almost|roughly|just)\s+)?$")
_LISTED_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"  # a name in a list: "Cork", "Western Cape"
_COLON_NAMED_ITEMS = regex(rf"\s*(?:{_LISTED_NAME}\s+\d[\d,.]*(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+))*{_LISTED_NAME}\s+")
_NEW_AND_USED = regex(r"\b(?:new\s+(?:and|or|&)\s+used|used\s+(?:and|or|&)\s+new)\b", re.I)
_NEW_WORD = regex(r"\b(?:new|brand[\s-]new)\b", re.I)
_ONLY_CARS = regex(r"(?:the\s+)?cars", re.I)
_CARS_AND_MORE = regex(r"\s*(?:and|or|&|/|plus)\s+(?:light\s+|heavy\s+)?(?:commercial|vans|trucks|buses|utility|LCVs)", re.I)
_CAR_NOUN = regex(r"^(?:the\s+|all\s+|its\s+|their\s+)?car\s+(?:output|production|sales|registrations|exports|deliveries|market)$", re.I)
_BARE_CARS = guarded(regex(r"(?<!passenger\s)\bcars\b(?!\s*(?:,|and\b|or\b|&|/))", re.I))  # never "new cars and light commercial vehicles"
_COMMERCIAL = "commercial"
_NEAR_WORDS = regex(r"\s*(?:[\w-]+\s+){0,2}")
_ASIDE_NEAR = regex(r"\s*,\s*(?:including|mostly|mainly|chiefly|such\s+as)\s+[^,;.\d]{1,40},\s*")  # "commercial vehicles,
# including trucks and buses, 455,190": the class's own figure past an aside
_BY_NAME = regex(r"\b(?:models?|brands?|makes?|makers?|manufacturers?|carmakers?|nameplates?)\b", re.I)  # "Deliveries by model:"
_COLON_CLAUSE = regex(r"[^:;\n]*")
_WITH_OPENING = regex(r"\W*With\s+" + _LEAD_HEDGE)
_WITH_SUBJECT = regex(r"[^,;.]{0,40},\s*((?:[\w-]+\s+){0,3}[\w-]+)")
_OBJECT_OF = regex(r"\b(?:accounted\s+for|made\s+up|took|registered|sold|bought|contributed|delivered|represented|comprised)"
                   r"\s+(?:(?:about|some|nearly|almost|around)\s+)?$", re.I)
_ELLIPTIC_AND = regex(r"\s*,?\s*(?:and|while|whereas)\s+(?:[A-Za-z][\w'’-]*\s+){1,5}"
                      # "Output rose 46.2% on the year, and deliveries 38.4%": after the rate's basis, a noun or two and no verb
                      r"|(?:\s+(?:on|over|from)\s+(?:the|a)\s+(?:previous\s+)?(?:year|quarter|month)(?:\s+(?:earlier|before|ago))?"
                      r"|\s+year[- ](?:on|over)[- ]year)\s*,\s*(?:and|while|whereas)\s+"
                      r"(?!(?:[\w'’-]+\s+){0,2}?(?:[\w-]+ed|took|made|held|had|was|were|is|are|hit|stood|grew|rose|fell|saw|won|gained|lost|"
                      r"added|accounted|represented|reached|came|went)\b)(?:[A-Za-z][\w'’-]*\s+){1,2}", re.I)
_CLAUSE_END = regex(r"\s*(?:[.;]|$)")
_OF_WHICH_PART = regex(r"[^.;:()]{0,80}?,\s*of\s+which\s+(?:[\w'’-]+\s+){0,5}?", re.I)  # "…units, of which NEVs accounted for "
_OF_WHICH_REST = regex(r"[^.;:\d()]{0,60}?[,(:]\s*(?:or\s+|an?\s+(?:[\w-]+\s+){0,2}?(?:share|proportion|rate)\s+of\s+|"
                       r"(?:equal|equivalent)\s+to\s+|accounting\s+for\s+|representing\s+)?"
                       r"(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?", re.I)  # the rest of the part's clause
_NOUN_THEN_COMMA = regex(r"\s*(?!(?:units|vehicles|cars|sales|registrations)\b)[a-z][a-z-]*[a-rt-z]s\s*,", re.I)
_OF_THE_END = regex(r"\bof\s+(?:the|its|their|all|our)\s+$", re.I)
_NAMED_FIGURE = regex(r"(?<=[\w-])\s+figure\b", re.I)  # "the wholesale figure": the wholesale; "the figure" alone is unread
_OPEN_ASIDE = regex(r",\s*(?:which|who|whose)\b[^,;.]*$", re.I)
_OF_THEM_COMMA_BEFORE = regex(r"\s+of\s+(?:them|those|these)\s*,\s*", re.I)
_COMMA_AFTER = regex(r"\s*,")
_OF_THE_TOTAL = regex(r"\s*(?:per\s*cent\s+|percent\s+)?of\s+(?:the|that|this|its|their|our)\s+(?:total|whole|fleet|tally|stock|network|workforce)"
                      r"\s*(?:[,.;:)]|$)", re.I)  # "… of them, 78.6% of the total,", "That's 23.3% of the fleet.": the whole "them" is
_OF_THEM_ALONE = regex(r"\s+of\s+(?:them\b|it\s*[,.;:)]|(?:these|those|that)\s*(?:(?:deliveries|sales|registrations|units|vehicles|shipments|orders)\s*)?"
                       r"(?:[,.;:)]|(?=(?:were|was|are|is|went|came|had|have)\b)))", re.I)
# "38,000 tonnes of that, 26%", "227,558 of those went to the United States", "612,480 of those deliveries, 47.7% of the
# whole"; never "341,900 of those NEVs"
_OF_THEM_AFTER = regex(r"\s+of\s+(?:them|these|those|that(?=\s*(?:[,;.)]|and\b|or\b|$)))\b", re.I)  # "Cars made up 897,220 of that and …"
_LAST_YEAR_END = regex(r"\blast\s+year$", re.I)
_DEFINING_ASIDE = regex(r",\s*(?:meaning|i\.e\.|that\s+is|the\s+[\w-]+\s+(?:that|which)|which\s+(?:means|measures|counts|covers))\b[^,;.]*,",
                        re.I)
_ASIDE_OPEN = regex(r",\s*(?:which|who|whose|where|the|a|an)\b[^,;.()]*$", re.I)
_ASIDE_CLOSE = regex(r"[^,;.()\d]{0,40},")  # never the comma inside "346,690"
_BRACKET_LABEL = guarded(regex(r"(?P<words>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*\(\s*$"))
_OUTDO = guarded(regex(r"\b(?:outs[eo]l\w*|outpac\w*|outnumber\w*|overt(?:ook|ake|aken|aking)|ahead\s+of|more\s+than|than)\b", re.I))
_OUTDO_VERB = regex(r"out|overt", re.I)  # a verb whose object is never its subject ("Companies thus outnumbered private buyers")
_MONTH_WORD = regex(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)


def _is_name(text: str) -> bool:
    if _MONTH_WORD.search(text) or _PEOPLE.fullmatch(text):
        return False  # "Canadians registered 1,872,400 new vehicles": the country's buyers, no maker
    words = _NAME_WORD.findall(text)
    last = words[-1].lower().strip(".'’s") if words else ""
    place_new = len(words) > 1 and words[0] == "New" and words[1][:1].isupper() and words[1].lower() not in _NOT_NAMES \
        and words[1].lower() not in ("energy", "car", "vehicle")  # "New South Wales 17,960", "New Zealand", never "New Energy"
    if not words or words[0].lower().strip(".") in _NOT_NAMES and not place_new or last in _NOT_NAMES and not (
            len(words) > 1 and words[-1][:1].isupper() and last in _BRAND_ENDINGS):  # "Ola Electric", "Li Auto"
        return False
    return not any(ch.isdigit() for ch in words[0])


# "SUVs accounted for 57,420, light commercial vehicles for 22,890": an item of a gapped list, its verb left out
_GAPPED_ITEM = guarded(regex(r"(?:,\s*(?:and\s+)?|\s+and\s+|\b(?:followed\s+by|ahead\s+of)\s+)((?:(?!(?:which|of|them|accounted|made|took|were|was|is|are|had|has|"
                             r"compared|up|down|an?|the)\b)[\w'’-]+\s+){1,5}?)(?:\([^()]{1,30}\)\s+)?(?:for|at|with)\s+(?:(?:about|around|some|nearly)\s+)?$",
                             re.I))  # "…, followed by light commercial vehicles (mostly utes) at 21,870", "ahead of diesel at 12,460"
# "Private buyers registered 49,806 cars and companies 98,404": the verb said once, the second item named bare (a
# common noun: a maker's name, "exported 12,480 Polos and Mercedes-Benz East London 6,230", keeps the verb's exports)
_BARE_ITEM = (r"((?:(?!(?:which|of|them|those|these|were|was|is|are|had|has|have|up|down|an?|the|then|"
              r"its|their|to|from|by|in|on|at|for|with|more|less|fewer|another|other|over|about|around|some|nearly|"
              r"almost|just|only|roughly|you|we|they|it|he|she|this|that|there|reach\w*|total\w*|gives?|makes?|built|won|lost|paid|"
              r"got|kept|led|sent|spent|shipped|grown|risen|fallen|done|seen|given|taken|brought|bought|cut|hit|reached|"
              r"topped|passed|added|gained)\b)[a-z][\w'’-]*\s+){1,3})")  # never a verb: "built 40,000 and shipped 38,000"
_GAPPED_BARE = regex(r"\s*(?:[a-z-]+\s+)?and\s+" + _BARE_ITEM, re.I)
# "… made up 198,350 of them (48.1%), pickups 71,020 (17.2%) and cars 143,230": the items between their bracketed shares
_GAPPED_AFTER_SHARE = regex(r"\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _BARE_ITEM, re.I)
_PERCENT_COMPARED = regex(r"\s*,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+|a\s+)?", re.I)
_SHARE_SAID = regex(r"\b(?:accounted\s+for|accounting\s+for|made\s+up|making\s+up|represented|representing|"
                    r"one\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten)|(?:a|one)\s+(?:half|third|quarter|fifth|tenth))\b", re.I)
_NEW_PREDICATE = regex(r"\s*(?:units|vehicles|cars)?\s*,?\s*(?:and|but|while)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
                       r"(?:produced|built|assembled|manufactured|sold|delivered|registered|shipped|exported|imported|made)\s+"
                       r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)
_LIST_NEXT = guarded(regex(r"^\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+)?\s*,\s*(?:and\s+)?$|^\s*(?:[\w-]+\s+){0,2}?[\w-]+\s+and\s+$"))
_AND_NEXT_SHARE = regex(r"[^,;.\d]{0,40}?\s(?:and|while|but)\s+$", re.I)
_VERB_FORM = regex(r"\b(?:\w+ing|\w+ed|responsible|good|enough|room|space|way|credit|blame|account|when|where|while|whereas|after|"
                   r"before|since|as|if|stood|came|rose|fell|grew|hit|sold|made|took|put|went|set|held|was|were|is|are|been|had|has|"
                   r"its|their|his|her|it|they|we|this|that)\b", re.I)
_COMBINED_AFTER = regex(r"[^,;.]{0,40}?\b(?:combined|together|between\s+them|in\s+total)\b", re.I)
_LIMIT_OF = regex(r"\((?:up\s+to|under|below|over|above|from)\s+$", re.I)  # "vans (up to 3.5 tonnes)": a class's limit


def _negated(m: re.Match[str], family: str) -> bool:
    """A segment word the words before it negate: "plants outside Japan built the remaining 543,480"
    is not Japan, "used cars imported from abroad" no export."""
    before = _NEGATING.search(m.string, max(0, m.start() - 20), m.start())
    return before is not None and (before.group(1).lower() != "from" or family == "market")


def _operated(m: re.Match[str], label: str) -> bool:
    """"40.8% of the fleet", "vehicles in commercial service": the vehicles a company runs, never the fleet buyers'
    channel or the commercial-vehicle class. ("Its fleet" and "a fleet of 2,867" were read so too; each cost a set.)"""
    if label == "fleet" and m.group(0).lower() in ("fleet", "fleets"):
        return bool(_THE_FLEET_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
                    and not _CHANNEL_NOUN_AFTER.match(m.string, m.end()))
    return label == "commercial" and m.group(0).lower() == "commercial" and bool(_RUN_COMMERCIALLY.match(m.string, m.end()))


def _has_possessive(text: str) -> bool:
    """A cheap test before the possessive patterns, which try a proper name at every capital."""
    return "'s" in text or "’s" in text


def _in_name(text: str, m: re.Match[str]) -> bool:
    """A segment word inside a proper name: capitalised, not an acronym, after a capitalised word."""
    words = m.group(0).split()
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if len(words) < 2:  # "Meridian Motors India exported", "Isuzu East Africa retained": a company's country arm
        before = text[max(0, m.start() - 40):m.start()]
        last = before.split()[-2:]
        if len(last) < 2 or not before.endswith(" ") or not last[1][-1:].isalpha() or not last[1][:1].isupper():
            return False
        if _CORPORATE_WORD_BEFORE.search(before):
            return True
        first, second = last  # two capitalised words of a name, the second no acronym: "Isuzu East"
        return first[:1].isupper() and second[1:2].islower() and first not in _NOT_FIRST_OF_NAME \
            and second not in ("And", "Or", "Of")
    return bool(_CAPITAL_WORD_BEFORE.search(text[max(0, m.start() - 30):m.start()]))


def _trimmed(name: str) -> str:
    """A maker's name without a trailing common word: "Sarthi EV was third" is Sarthi's."""
    words = name.split()
    while len(words) > 1 and _POSSESSIVE_END.sub("", words[-1].lower().rstrip(".,")) in _COMMON_NAME_ENDINGS:
        words.pop()
    return " ".join(words)


def _block_end(text: str, start: int) -> int:
    """Where the block of lines after a position ends: the first blank line past the lines that follow it (a heading's
    legend may stand a blank line above its list or table)."""
    body = len(text) - len(text[start:].lstrip())
    gap = _BLANK_LINE.search(text, body)
    return gap.start() if gap else len(text)


def _name_label(text: str) -> str:
    """"Iceland." at a sentence's end is Iceland (but "U.S." keeps its stops)."""
    return "name:" + _POSSESSIVE_END.sub("", _SENTENCE_STOP.sub("", _SPACES.sub(" ", text.strip()))).lower()


_SENTENCE_STOP = regex(r"(?<=[a-z]{2})\.$")


_OTHER_THING = guarded(regex(
    r"^\s*(?:(?!(?:and|or|but|last|this|next|previous|past)\b)[\w-]+\s+)?(markets?|countries|nations|cities|models?|plants?|factories|dealers?|dealerships?|stores?|showrooms?|"
    r"(?:transport\s+)?offices|outlets|branches|sites|RTOs|"
    r"employees|jobs|workers|staff|people|customers|"
    r"(?:years?|months?|weeks?|days?|hours?)(?!\s+(?:earlier|ago|before|later|previously|on|over|prior)\b)|"
    r"brands?(?!\s+new\b)|chargers?|charging\s+points|"
    r"stations?|patents?|engineers|suppliers|shares|seats|kilometres|km|miles|kWh|GWh|MWh|percent|"
    r"t|tonnes?|tons?|kg|g/km|grams?\s+per\s+kilomet(?:re|er)|kW|hp|mph|km/h|litres?|mpg|"
    r"times\s+(?:(?:forward|trailing|expected|forecast|estimated)\s+)?(?:earnings|profits?|sales|revenue|EBITDA|book(?:\s+value)?))(?![\w/])",
    re.I))  # "674,070 a year earlier" counts no years; "13,052 were brand new" no brands
_PHYSICAL_UNITS = {"t", "kg", "g/km", "kw", "hp", "mph", "km/h", "litre", "mpg", "kwh", "gwh", "mwh"}
_UNIT_NAMES = {"tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "litres": "litre", "grams per kilometre": "g/km",
               "grams per kilometer": "g/km", "gram per kilometre": "g/km"}


def _thing(f: Figure, after: str) -> str | None:
    """What a number counts when the words after it say ("41,300 tonnes", "12 plants", "8 times
    forward earnings"), in one name per unit, else None."""
    if isinstance(f.unit, str) and f.unit.lower() in _PHYSICAL_UNITS:
        return f.unit.lower()  # "812.6 gigawatt-hours", read as GWh
    own = f.text[len(f.text.split()[0]):] if " " in f.text else ""
    thing = _OTHER_THING.match(own + after)
    return _unit_name(thing.group(1)) if thing else None


def _unit_name(word: str) -> str:
    """One name per unit: "101.8 grams per kilometre" and "108.5 g/km" measure the same thing."""
    word = " ".join(word.lower().split())
    return VALUATION if word.startswith("times") else _UNIT_NAMES.get(word, word)


_BREAKDOWN = guarded(regex(r"^\W*(?:By|Broken\s+down\s+by|Split\s+by)\s+(?:sales\s+)?(?:region|market|channel|brand|fuel(?:\s+type)?|"
                        r"powertrain|segment|customer(?:\s+type)?|destination|country|type)s?\b|\b(?:consist(?:ing|ed|s)\s+of|made\s+up\s+of|"
                        r"split\s+between)\b", re.I))  # "of which BEVs 10,540 and plug-in hybrids 6,020" often names only some parts
_AVERAGE_PRICE = guarded(regex(r"\b(?:average|mean|median|typical)\b|\bprices?\b|\bpriced\b|\bASP\b|\bselling\s+price"
                               r"|\b(?:per|a)\s+(?:day|rental|vehicle|car|unit|customer|hour|kilometre|km|mile)\b|\bRPD\b", re.I))  # "Revenue per day"
_SHARE_AFTER = regex(r"^\s*(?:market\s+|retail\s+|wholesale\s+)?(?:share|penetration|slice)\b(?!\s+(?:price|prices|buyback|capital))", re.I)
_TOPIC_OPENING = regex(r"^\W*(?:registrations|sales|deliveries|volumes?|output|production|shipments|exports|demand|transactions|orders|"
                            r"bookings|purchases)\s+(?:rose|fell|grew|jumped|climbed|surged|soared|increased|decreased|declined|dropped|slipped|"
                            r"were|was|reached|came|totall?ed|stood)\b", re.I)
_REFLEXIVE = regex(r"\b(?:itself|themselves|alone)\b", re.I)
_AT_MAIN_CLAUSE = regex(r"[^,;.]{0,80},\s+([^,;.\d]{1,60})")
_AT_OPENING = regex(r"\W*(?:At|With)\s+(?:(?:about|around|some|nearly|almost|just\s+over|more\s+than)\s+)?", re.I)
_THEN_PRONOUN = regex(r"\s*(?:(?:units|vehicles|cars|sales|registrations|deliveries)\s+)?,?\s*(?:they|it)\s+(?:[a-z]+ed|took|made|held|won|had|got|grew|rose|fell|were|was)\b", re.I)
_BARE_SUBJECT = regex(r"\s+(?:were|was|have\s+been|had\s+been)\s", re.I)
_POSSESSIVE = guarded(regex(r"\b(?:their|its)\s+(?:market\s+)?(?:share|penetration|sales|registrations|deliveries)\b", re.I))
_OF_WHOLE_OPENER = regex(r"\W*(?:of|out\s+of)\s+(?!(?:them|those|these|which|this|that|it)\b)"
                   r"(?:the\s+|its\s+|their\s+|our\s+)?(?P<what>[^,;:\d]{2,50}),", re.I)
_BRACKETS = regex(r"\([^()]*\)")
_ADJUSTED_OPENER = regex(r"\W*(?:on\s+an?\s+|in\s+)?(?:non-GAAP|non-IFRS|adjusted|underlying|like-for-like|pro[\s-]forma)\s+(?:basis|terms)\b",
                         re.I)
_ANNUAL_RATE = guarded(regex(r"\b(?:annual(?:i[sz]ed)?\s+(?:selling\s+|sales\s+)?(?:rate|pace)|SAAR|run[- ]rate)\b", re.I))
_CAPACITY_BEFORE = guarded(regex(r"\b(?:(?:annual|production|manufacturing|assembly|installed|plant|factory)\s+capacity|designed\s+(?:for|to\s+(?:build|make|produce|assemble))|(?:able|built)\s+to\s+(?:build|make|produce|assemble)"
                                 r"|can\s+(?:build|make|produce|assemble))\b(?:\s+(?:of|for|to|up\s+to|about|around|some|nearly|almost))*\s*$", re.I))
_A_YEAR_AFTER = regex(r"\s*(?:[^\W\d_][\w-]*\s+){0,2}?(?:a|per|each)\s+(?:year|annum)\b(?![\s-]*(?:earlier|ago|before|previously|prior|on\b|over\b))", re.I)
_PRICED = regex(r"\b(?:prices?|costs?|index|yields?)\b", re.I)
_PLAIN_SALES_BEFORE = regex(r"(?:^|[.;:!?]\s*|\n\s*|[-•*]\s+|,\s+|\b(?:and|while|but|whereas|on|with|its|their|the|company['’]s|group['’]s)\s+)"
                            r"(?:(?:the|its|their)\s+)?(?:(?:group|total|consolidated|overall|quarterly|annual|first-half|half-year|"
                            r"nine-month|full-year)\s+)?$", re.I)
_SALES_OF = regex(r"\s+(?:of|from|to)\s+(?!\W*(?:€|\$|£|¥|US\$|RMB|CNY|EUR|USD|Rs|INR|SEK|NOK|DKK|PLN|\d|$))", re.I)  # "sales of cars"
_THAT_NUMBER = regex(r"^\W*(?:(?:that|this|the\s+latter)\s+(?:number|figure|total|count|volume)|the\s+(?:figure|number|tally)|"
                     r"(?:that|this)\s+(?:was|is|marks|marked|represents|represented)\s+(?:an?\s+)?(?:rise|increase|gain|jump|"
                     r"growth|fall|drop|decline|decrease)\s+of)\b", re.I)  # "That was a rise of 2.9%": of the level before
_WORD_BEFORE = regex(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+$")
_PLAIN_MARGIN_LEAD = regex(r"(?:the|its|their|a|an|of|and|with|group|group['’]s|company['’]s|overall|total|consolidated|adjusted|"
                           r"underlying|reported|quarterly|annual|average|core|operating|gross|net|pre-tax|pretax|EBIT|EBITDA|PAT|PBT|"
                           r"AOI|profit|trading|automotive|vehicle|[\w-]+['’]s?|(?:first|second|third|fourth)-quarter|full-year|"
                           r"half-year|first-half|nine-month)", re.I)
_WHICH_HAD = regex(r"[^.;,()]{0,40},\s*(?:which|when\s+it|when\s+they)\s+(?:had\s+)?(?:corresponded|amounted|equalled|equaled|represented|"
                   r"made\s+up|accounted\s+for|meant|gave\s+(?:it|them))\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:(?:market\s+)?share\s+of\s+)?$", re.I)
_THAT_COMPARED = regex(r"\W*(?:That|This|(?:The|That|This)\s+(?:figure|total|tally|number|result))\s+(?:compared|compares|was\s+(?:up|down)\s+from)\b")
_THE_TOTAL_WAS = regex(r"\W*the\s+total\s+(?:was|is)\s+(?:also\s+)?(?=\d|$)", re.I)  # in the paragraph of the level before
_THAT_WAS = regex(r"\W*(?:That|This|It)\s+(?:was|is)\s+(?:also\s+)?(?!the\b|a\b|an\b)")  # "That was 6.8% more than …"
_THEY_OPENING = regex(r"\W*(?:They|These|Those|It)\s+(?:[a-z]+\s+){0,2}?(?:reached|totalled|totaled|came\s+to|stood\s+at|amounted\s+to|were|was|rose|fell|climbed|dropped)\b[^,;.]*$")


def _adjusted_for_currency(ctx: Context, f: Figure) -> bool:
    """Whether a rate's clause, or its sentence after it, says it is on a currency-adjusted basis ("increased by 9% in local
    currencies", "rose 9% to SEK 41,820 million, from SEK 39,450 million, adjusted for currency")."""
    return bool(_CURRENCY_ADJUSTED.search(ctx.clause_text_before(f))
                or _CURRENCY_ADJUSTED.search(ctx.text, f.end, min(ctx.sentences[f.sentence].end, f.end + 120)))


_IT_WAS_OPENING = regex(r"\W*(?:(?:In|For|During|At|A\s+year\s+earlier|A\s+year\s+ago)\b[^,;.\d]{0,40}?,?\s+)?it\s+(?:was|had\s+been|stood\s+at|"
                        r"came\s+(?:in\s+)?(?:to|at)|totall?ed|amounted\s+to|reached)\s+(?:(?:about|around|some|only|just)\s+)?$", re.I)
_SUBJECT_HEAD = regex(r"\W*[^,;.]{1,60}")
_DETERMINER = regex(r"\W*(?:The|These|Those|All|Another|A\s+further)\s*", re.I)
_RESTATING_SUBJECT = regex(r"\W*(?:That|This|It)(?:\s+(?:is|was|represents|represented|equals|equalled|equaled))?\s*", re.I)
_NOUN_SPAN = 30  # the words a number opening its sentence counts: "44,875 electric cars registered"
_PRONOUN = regex(r"^\W*(?:(?:\w+\s+){0,2}?|(?:(?:a|one)\s+year|(?:twelve|12)\s+months|a\s+month)\s+(?:ago|earlier|before)\s*,?\s+)"
                 r"(?:their|they|its|these|those|them|such\s+(?:cars|vehicles|models))\b"
                 r"|^\W*(?:[\w,]+\s+){0,4}?the\s+same\s+(?:group|category|segment|class|models|cars|vehicles)\b", re.I)
# "Twelve months ago they were 6,168"; "In March 2025 the same group came to 145,880 vehicles": what the sentence before counted
# "Toyota and its Daihatsu unit still took 44.7%": the pronoun is the name's before it, never the sentence before's subject
_OF_THE_NOUN_AFTER = regex(r"\s*of\s+(?:(?:the|its|their|all\s+the)\s+(?:[\w-]+['’]s\s+)?|[A-Z][\w-]+['’]s\s+)(?:[\w-]+\s+){0,2}?[\w-]+(?=\s*(?:[,;.:)]|$))", re.I)
_PLURAL_PRONOUN = regex(r"\W*(?:their|they)\b", re.I)
# ", but Chinese brands went the other way.": a clause after the sentence's last figure, whose subject a "Their" then means
_TRAILING_SUBJECT = regex(r"[,;]\s*(?:but|while|whereas|and)\s+(?P<subject>(?:[\w'’-]+\s+){1,4}?)(?:went|were|was|did|fared|moved|"
                          r"headed|bucked|lost|gained|slipped|struggled|suffered|held|kept)\b[^,;\d]*[.!]?\s*$", re.I)
_OWN_PRONOUN = regex(r"\W*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:and|with|or)\s+(?:its|their)\b", re.I)
_WHOLE_NOUNS = r"sales|registrations|market|deliveries|volume|volumes|shipments|total|output|production"
_OF_WHOLE = guarded(regex(r"\b(?:of|out\s+of)\s+(?:(?:the|all|total|overall)\s+)*(?:[\w'-]+\s+){0,4}?(?:" + _WHOLE_NOUNS + r"|exports|imports)\b",
                          re.I))  # the whole a share is of
_OF_SEGMENT = regex(r"^\s*(?:units?\s+|vehicles\s+|cars\s+)?of\s+(?:the|its|their|all|those|these)\s+((?:[\w'’-]+\s*){1,3}?)\s*[,(]", re.I)
_SHARE_GAP = regex(r"^(?:\s*(?:of|in)\s+[^,;.]{1,40}?)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w'’&.-]+\s+){1,5}$", re.I)
_CLAUSE_TAIL = regex(r"[,;:]\s*|\band\s+")
# "the remaining 7,553", "all other brands together sold 64,500"; never "the electrified models of the other brands, reached"
_SOURCE_BODY = guarded(regex(
    r"\b((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|the)\s+)*){0,7}?(?:Authority|Association|Council|Office|Agency|Institute|"
    r"Federation|Society|Ministry|Bureau|Administration|Commission|Chamber|Board|Directorate|Union|Organi[sz]ation|Statistics)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,4})?)\s*\(([A-Z][A-Za-z]{1,9})\)"))
_THE_FLEET_BEFORE = regex(r"\bthe\s+(?:(?:whole|entire|total|own|current|robotaxi|rental|taxi|bus|"
                          r"test|delivery|vehicle|car|electric|driverless)\s+)?$", re.I)
_CHANNEL_NOUN_AFTER = regex(r"[\s-]+(?:share|channel|market|segment|sector|side|mix|buyers?|customers?|sales|registrations|demand|"
                            r"and|or|business|managers?|operators?|analysts?|consultants?|rankings?)\b", re.I)
_RUN_COMMERCIALLY = regex(r"\s+(?:service|services|operations?|launch|deployment|rollout|roll-out|scale|basis|terms|banks?|"
                          r"property|real\s+estate|viability|agreements?|contracts?)\b", re.I)
_ON_THE_AMOUNT = regex(r"\s*(?:on|over|against|compared\s+with|from)\s+(?:the|its)\s+", re.I)
_OF_THE_PERIOD = regex(r"\s+(?:of|in|for)\s+(?:the\s+)?", re.I)
_NEGATING = regex(r"\b(outside|beyond|from)\s+(?:of\s+)?(?:the\s+)?$", re.I)
_REMAINDER = guarded(regex(r"\b(?:the\s+remaining|the\s+rest|remainder|all\s+others|others|"
                            r"(?<!of the )other\s+(?:fuels|types|powertrains|models|brands|makes|marques|manufacturers|makers|carmakers|"
                            r"automakers|groups|destinations|markets|countries|regions|states|provinces))\b", re.I))
# a line crossed: "its share fell below 40%", "sales rose past 100,000"
_CROSSING = (r"(?:fell|dropped|slipped|sank|dipped|rose|climbed|jumped|went|moved|edged{more})\s+(?:back\s+)?"
             r"(?:below|above|under|over|past|beyond)")
_CROSSED = guarded(regex(r"\b" + _CROSSING.format(more="|falls|fall|rises|rise|falling|rising|drop|drops|dip|dips|slip|slips|climb|climbs") + r"\s+(?:the\s+)?$", re.I))
_THRESHOLD = guarded(regex(r"\b(?:topped|topping|tops|exceeded|exceeding|exceeds|surpassed|surpassing|surpasses|passed|passes|passing|crossed|crosses|crossing|"
                        r"broke|breaking|cleared|threshold\s+of|mark\s+of|milestone\s+of|in\s+a\s+row\s+(?:above|below|over|under)|"
                        r"(?:stayed|remained|held|stays|remains|holding|staying)\s+(?:above|below|over|under)|"
                        + _CROSSING.format(more="") + r")"
                        r"\s+(?:the\s+)?$", re.I))
_PHRASAL_OVER = regex(r"\b(?:handed|took|taken|turned|carried|rolled|passed|changed)\s+over\s*$", re.I)
_EXPECT_TO = regex(r"\b(?:expects?|expected|forecasts?|predicts?|projects?|sees)\b[^.;]*\bto\s+\w+", re.I)
_FUTURE = regex(r"\b(?:will|would|next\s+year|this\s+year|target|targets|guidance|outlook|plans?\s+to|aims?\s+to)\b", re.I)
_NEW_THINGS = regex(r"^\s*(?:(?:million|billion|thousand|lakh|crore|mn|bn)\s+)?(?:(?:units?|pcs|pieces|items)\s+(?:of\s+)?)?(?:(?:are|were|is|was)\s+)?new[\s-]+(?:[\w-]+\s+){0,2}?"
                    r"(?:cars?|vehicles?|registrations?|passenger|car|energy|models?|vans?|trucks?|lorry|lorries|bus|buses|coaches|"
                    r"motorcycles?|scooters?|two-wheelers?|EVs?|BEVs?|PHEVs?|ZEVs?|NEVs?|electric|plug-ins?|hybrids?|SUVs?|pickups?|"
                    r"contracts?|leases?|orders?|bookings?|customers?|subscriptions?)\b"  # "of the 142,680 new contracts signed in Q3"
                    r"|^\s*new[\s-]+(?:[\w-]+\s+){1,2}?(?:were|was|have\s+been|had\s+been)\s+(?:registered|sold|delivered|produced|built)\b",
                    re.I)  # "69,620 new ZEVs were registered": a level
_SHARE_WORD = guarded(regex(r"\b((?:[\w'-]+\s+){1,2})(?:market\s+)?(?:share|penetration|proportion)\b", re.I))  # "retail penetration"
_THEIR_CLAUSE = regex(r"\W*(?:their|its)\s+(?:(?!(?:total|overall|combined|whole|entire|all)\b)[\w-]+\s+)?(?:volume|volumes|registrations|sales|deliveries|numbers|number|count|tally)\b", re.I)
# "The electric share rose … ; in volume terms, sales of such cars grew 24.0%": the subject's cars
_SUCH_CLAUSE = regex(r"\b(?:volumes?|registrations|sales|deliveries)\s+of\s+such\s+(?:cars|vehicles|models)\b[^,;]*$", re.I)
_THEIR_SHARE_CLAUSE = regex(r"\W*(?:their|its)\s+(?:market\s+)?share\b(?!\s+of\b)", re.I)  # "…, and their share is up 10.1 percentage points"
_POSSESSIVE_SHARE_CLAUSE = regex(r";\s*(?:their|its)\s+(?:market\s+)?share\b[^;,]*$", re.I)
_PENETRATION_IN = regex(r"penetration(?:\s+rate)?\s+in\b", re.I)  # "NEV penetration in the retail market": of retail
_SHARE_OF_BEFORE = regex(r"\b(?:share|proportion|penetration(?:\s+rate)?)\s+(?:of|in|among)\s+((?:(?:[A-Z]\.){2,}\s*|[\w'’-]+\s+){0,5}?[\w'’-]+)"
                              r"(?:\s+(?:(?:therefore|thus|then|now|also|already|finally)\s+)?(?:to|at|was|is|stood\s+at|reached|rose\s+to|fell\s+to|came\s+to|"
                              r"climbed\s+to|slipped\s+to|of)\s+|\s*:\s*)"
                              r"(?:(?:about|around|nearly|almost|some|just)\s+)?$", re.I)  # "… share of fast ports: 56.2%"
_COMPARING = regex(r"\b(?:from|than|compared|versus|vs|against|over|since|below|above|behind|ahead\s+of)\b", re.I)
_PARALLEL = regex(r"^\s*(?:(?:from|on|over|against|versus)\s+[^,;.]{1,30}?\s+|(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy|on[- ]year|"
                  r"from\s+a\s+year\s+(?:earlier|ago)|sequentially|quarter[- ]on[- ]quarter|month[- ]on[- ]month)\s+)?(?:,\s*)?and\s+(?:by\s+)?$", re.I)
_TO_NEXT = regex(r"^\s*to\s+(?:a\s+(?:record\s+)?|(?:about|around|some|nearly|almost)\s+)?$", re.I)
_GAP = regex(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:,\s*(?:and\s+|while\s+)?|and\s+|while\s+)(?:(?:those\s+of\s+)?[\w'’&.-]+\s+){0,5}$", re.I)
_TOGETHER_AFTER_ITEMS = regex(r"\s*,?\s*(?:together|combined|jointly|between\s+them)\s*,?\s*(?:(?:about|around|some|nearly|almost|just\s+over|more\s+than)\s+)?", re.I)
_TOGETHER = guarded(regex(r"\b(?:together|combined|jointly|between\s+them)\b", re.I))
_JOINED_NAMES = regex(r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})(?=\s*(?:,|\band\b|\s+(?:made|took|accounted|held|had|were)\b))")
_TOOK = regex(r"\b(?:took|taking|takes|take|held|holding|captured|claimed|had)\s*(?:(?:an?|the|just|about|around|nearly|almost|some)\s+)*$", re.I)


_YEAR_BEFORE_AFTER = regex(  # never past a semicolon: "to 13.5%; a year ago it stood at 12.3%" is the next clause's time
    r"^(?!\W*;)\W{0,3}(?:[\w-]+\W+){0,2}?(?:(?:the|a)\s+year\s+(?:before|earlier|ago)|a\s+year\s+(?:earlier|ago)|(?:twelve|12)\s+months\s+(?:earlier|ago|before)|"
    r"in\s+the\s+(?:same|corresponding|comparable)\s+(?:period|month|quarter|half|months)\s+(?:of\s+)?(?:last|a|the\s+previous|"
    r"the\s+prior|the\s+preceding)\s+(?:fiscal\s+|financial\s+)?year|"
    r"the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year)(?!\s*:\s*(?:(?:[A-Z]{1,3}\s?)?[$€£¥₩₹\d]|$))", re.I)  # but "(a year earlier: $2,912
# million)" labels the figure after it
_THAT_IS = regex(r"\s*(?:That|This)(?:['’]s|\s+(?:is|was|represents|represented|amounts\s+to|amounted\s+to|equals|equalled|equaled|makes|made))"
                 r"\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?(?:a\s+share\s+of\s+)?", re.I)
# "That was 31.9% more than a year earlier and gave them a 22.3% share": the level before, given its share
_THAT_GAVE = regex(r"\s*(?:That|This)\b[^.;\d]{0,20}(?:\d[\d.,]*\s*%?[^.;\d]{0,60})?\b(?:gave|giving|lifted|lifting|pushed|pushing|"
                   r"brought|bringing|put|putting|took|taking)\s+(?:them|it|their\s+share|its\s+share)\s+(?:(?:to|at)\s+|an?\s+)?"
                   r"(?:share\s+of\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?", re.I)
_AND_PREDICATE = regex(r"\s*(?:units|vehicles|cars)?\s*(?:(?:in|on|during)\s+[^,;.\d]{1,30}?\s*)?"
                       r"(?:,\s*(?:the\s+[\w\s'’-]{1,40}?\s+(?:said|says|reported)\s*,\s*)?)?and\s+(?:they\s+|it\s+)?(?:so\s+|now\s+)?"
                       r"(?:made\s+up|make\s+up|makes\s+up|accounted\s+for|account\s+for|accounts\s+for|took|represented|represent|represents|"
                       r"comprised)\s+"
                       r"(?:(?:about|around|some|nearly|almost|just\s+over)\s+)?", re.I)  # "… from 28,340 in September last year, and
# now account for 14.9% of the group's volume"
_RESTATING = regex(r"\s*+(?:units|vehicles|cars|sales|registrations"
                   r"|(?!(?:less|unless)\b)[a-z][a-z-]*[a-rt-z]s(?=\s*,\s*(?:or|an?\s+share\s+of|representing|accounting\s+for)\b))?"
                   r"\s*+(?:(?:between|among)\s++them\s*+)?(?:(?:at|in)\s++(?:retail|wholesale|[A-Z][a-z]++)\s*+|(?:last|this)\s+(?:month|quarter|year)\s*+"
                   r"|in\s+the\s+(?:month|quarter|year|half|period)\s*+)?"
                   r"(?:of\s++(?:the|that|this)\s++total\s*+|of\s++(?:them|these|those)\s*+(?:[a-z][a-z-]*+\s*+)?"
                   r"|of\s++(?:the|its|their|our|those|these)\s++(?:[\w'-]++\s++){0,3}?[\w'-]++\s*+)?"
                   r"(?:(?:are|were|was|is|had\s+been|have\s+been|has\s+been)\s++(?:[a-z-]++\s++)?[a-z-]++\s*+"
                   r"|(?:went|were\s+(?:shipped|exported|sent))\s+(?:abroad|overseas)\s*+)?[,(:]\s*+"  # "512,600 cars went abroad, 22.4% of"
                   # "80,950 of them are electric, a share of", "762 electric cars had been registered, a share of"
                   r"(?:(?:or|giving(?:\s+(?:it|them|the\s+\w+))?|(?:which|that)\s+gave\s+(?:it|them)|(?:enough|good)\s+for|for|with|accounting\s+for|"
                   r"representing|equal\s+to|which\s+is|that\s+is|that['’]s|made\s+up|accounted\s+for|represented)\s+)?"  # "up 40.9% from 164.3 GWh, which gave it a
                   # share of", "enough for a share of", "Hybrids, 41,670 of them, made up 29.8% of its volume"; "The five leading brands
                   # registered 31,521 vehicles between them, or 54.0% of the market"
                   r"(?:an?\s+)?(?:(?:new\s+)?record\s+(?:high\s+of\s+)?)?"  # "231,740 units, a record 22.4% of all sales"
                   r"(?:(?:half-year\s+|full-year\s+|monthly\s+|quarterly\s+|year-to-date\s+)?"  # "giving a half-year share of 21.3%"
                   r"(?:market\s+|conversion\s+|sell-through\s+|take-up\s+|(?:wholesale\s+|retail\s+)?penetration\s+)?(?:share|rate|ratio|proportion)\s+of\s+)?"
                   r"(?:(?:about|around|some|nearly|almost|roughly|less\s+than|more\s+than|just\s+over|just\s+under)\s+)?"
                   # "registered 65,525 cars and made up 47.4% of", "33,905 registrations, took", "31,620 cars gave it a share of"
                   r"|,?\s*+(?:and\s+)?(?:made\s+up|make\s+up|makes\s+up|took|taking|captured|capturing|claimed|claiming|accounted\s+for|represented|represents|"
                   r"translated\s+into|translating\s+into|equated\s+to|"  # "Ningtai's 88.42 GWh translated into a 42.2% share"
                   r"gave\s+(?:it|them)\s+a\s+(?:market\s+)?share\s+of|giving\s+(?:it|them)\s+a\s+(?:market\s+)?share\s+of)\s+"
                   r"(?:an?\s+|the\s+(?:remaining|other)\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?"  # "at 19,528, make up the remaining 67.5%"
                   r"|\s*+(?:(?:units|vehicles|cars|sales|registrations)\s+)?or\s+", re.I)  # "at 21,870 or 22.4%"
# a share the subject's level gave it, said after that level's change: "…, which gave it a share of", "enough for a share of"
_GAVE_THE_SUBJECT = regex(r"\s*,\s*(?:(?:which|that)\s+gave\s+(?:it|them)|(?:enough|good)\s+for)\s+"
                          r"(?:an?\s+)?(?:(?:market\s+)?share\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
_ATTRIBUTIVE = regex(r"(?:first|second|third|fourth|full|half|nine|six|three)-(?:half|quarter|year|month)", re.I)  # "first-half EV sales"
_SAID_ITS = guarded(regex(r"^(\W*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+(?:said|says|reported|announced)\s+(?:that\s+)?"
                  r"(?:(?:its|their)\s+|(?=(?:[\w-]+\s+){0,2}?(?:sales|deliveries|registrations|shipments|output|production|revenue)\s))"))
# "Kestrel Motors said its sales rose", "Xingchi said September sales rose 21.5% to 128,376": the sayer's
_WHICH_SAID_ITS = guarded(regex(r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}),\s+which\s+(?:said|says|reported|announced)\s+"
                        r"(?:(?:on|last|earlier)\s+[\w-]+\s+)?(?:that\s+)?(?:its|their)\s+(?:[^,;.]|\.(?=\d))*$"))
_RIVAL_NAMED = guarded(regex(r"^(\W*)(?:Its|Their|The|That)\s+(?:[\w-]+\.?\s+){0,2}?(?:rival|competitor|challenger|peer|model|seller|group|carmaker|automaker)\s*,\s*(?:the\s+)?"
                     r"([A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3})(?:\s+(?:crossover|hatchback|saloon|sedan|SUV|pickup|estate|van))?\s*,"))
# "Its closest rival, Xingchi, said", "Its best-selling model, the Terrace crossover, sold", "That No. 2 seller, Tokai-Meridian,
# moved": the rival, the model or the maker named
_APPOSITIVE = guarded(regex(r"\s*(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}(?:\s+(?:group|brand|company))?"
                    r"(,\s*(?:[^,;.()\d]{2,60}|(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)(?:\s+[^,;.()\d]{1,30})?),)"))
# "Kia, just outside the top five, sold", "Queensland, up 6.8%, accounted for 24.8%": an aside after the subject
_THAT_OPENS = regex(r"\W*(?:That|This)\s+(?:left|put|took|brought|lifted|cut|pushed|gave|meant|means|was|is)\b")
_SHARE_WORD_BEFORE = regex(r"\b(?:share|penetration|proportion|of\s+the\s+market)\b", re.I)
_FROM_ONLY = regex(r"\s+from\s+", re.I)
_SAME_BEFORE_PERIOD = regex(r"(?:same|corresponding)\s+(?:period|month|quarter|half)\s+(?:of|in)\s+", re.I)  # "Set against the same quarter of last year"
_COMPARED_OPENING = regex(r"\W*(?:Compared\s+(?:with|to)|(?:Measured|Set|Seen|Judged|Put)\s+against|Against|Versus|Relative\s+to"
                          r"|From(?=\s+[^,;.]{1,30}?,\s*(?:when\b|$)))\s+(?:the\s+)?", re.I)  # "From June, when 204,515 were registered, …"
_NTH_TIME = guarded(regex(r"\b(?:for\s+the\s+[\w-]+\s+time|[\w-]+\s+times|so\s+far)\s+$", re.I))  # "a monthly record for the fourth time this year"
_PART_OF_THE = regex(r"\d\s*(?:[a-z]+\s+)?of\s+(?:the\s+)?$")  # "214 of the 367": a whole its part stands right before
_COMMA_WHEN = regex(r",\s+when\b", re.I)
_PLACE_LABEL_THEN = regex(r"\s*:\s*[A-Z][\w.&'’ -]{0,40},\s*")  # "1,544: France, 19.4% of …"
_AVERAGE_PRICE_RATE = regex(r"\b(?:average|mean|median|typical)\s+(?:[\w-]+\s+){0,2}?(?:price|selling\s+price|transaction\s+price)\b"
                            r"|\bASP\b|\b(?:revenue|price)\s+per\s+(?:vehicle|car|unit)\b", re.I)
_GLOSS = regex(r"\s*\(\s*[^\W\dA-Z][^()\d]{0,30}\)")  # "(automóveis)": a label's translation in brackets
_YEAR_AHEAD = regex(r"\b(?:(?:for|in|over)\s+the\s+(?:current|coming|new)\s+(?:fiscal\s+|financial\s+|business\s+)?year|the\s+year\s+ahead|"
                    r"this\s+(?:fiscal|financial|business)\s+year)\b", re.I)
_WHEN_ITS_RATIO = regex(r"\s*,?\s*when\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:margin|share|penetration|rate)\s+"
                        r"(?:stood\s+at|was|had\s+been|came\s+to|reached)\s+(?:about\s+|around\s+)?"
                        r"|\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?margin\s+of\s+(?:about\s+|around\s+)?", re.I)
# "…, when the operating margin stood at 7.8%", "Operating profit a year earlier had been ¥1.187 trillion, an operating margin of 8.5%"
_A_YEAR_BACK_AFTER = regex(r"(?:\s+period)?\s+(?:a|one)\s+year\s+(?:earlier|ago|before)\b")
_OWN_SPAN_BEFORE = regex(r"\s*(?:vehicles|units|cars|trucks)?\s*(?:in|during)\s+(?:the\s+)?")
_SHARE_LABEL = regex(r"[\s\-–•*·]*(?P<what>[A-Za-z][\w +()-]{1,40}?)\s+(?:(?:market\s+)?share|alone)\s*:\s*", re.I)
_HOME_BRACKET = regex(r"\s*\((?:[A-Za-z][a-z.]*\s?){1,3}\)$")  # "Arakawa Cell (Japan)", "Hanseong Energy (South Korea)"
_POSSESSIVE_RATE_OPENING = regex(r"[\s\W]*" + _NAME + r"['’]s\s+(?:[a-z-]+\s+){1,2}?(?:rose|fell|slipped|grew|dropped|declined|"
                                  r"increased|decreased|climbed|jumped|gained|lost|were\s+(?:up|down)|was\s+(?:up|down))\s+"
                                  r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
_DATED_LABEL_REST = regex(r"[\s\-–—•*·(),:]*(?:(?:week|wk\.?)\s*\d{1,2}[\s(),:–—\-]*)?", re.I)  # a line's mark, its count
# ("Week 2") and the brackets and colon around its period
_SINCE_BETWEEN = regex(r"\bsince\b", re.I)
_WOULD_TAKE = regex(r"\b(?:would|will|should|could)\s+(?:take|bring|lift|push|raise|put|increase|grow|expand)\s+(?:[\w'’-]+\s+){0,3}?"
                    r"to\s+(?:nearly\s+|about\s+|around\s+|some\s+|more\s+than\s+|almost\s+|roughly\s+)?$", re.I)
_WITHOUT_KEI = guarded(regex(r"\b(?:excluding|excl\.|except|other\s+than|not\s+counting|without)\s+(?:the\s+)?(?:minivehicles|mini-vehicles|mini\s+vehicles|kei\s+cars|kei\s+vehicles|minicars)\b", re.I))
_SIZES = frozenset({REGISTERED, KEI})  # Japan's two classes: named together, they are the market
_BOTH_SIZES = regex(r"\bregistered\s+(?:cars|vehicles)\s+(?:and|plus)\s+(?:kei|mini)|\b(?:kei|mini)[\w-]*(?:\s+(?:cars|vehicles))?\s+"
                    r"(?:and|plus)\s+registered\b", re.I)
_JUST_OR = regex(r"\s*(?:(?:units|vehicles|cars|sales|registrations)\s*)?(?:,?\s*or|\()\s*", re.I)
_DAYS_AROUND_BEFORE = guarded(regex(r"\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+the\s+(?:\d+|[a-z]+)\s+(?:days|weeks)\s+(?:up\s+to|before|leading\s+up\s+to|"
                             r"ahead\s+of|around|after|following)\b"))
_NAMED_SHARE_BEFORE = regex(r"\b(?:pushed|lifted|took|taking|lifting|pushing|raised|raising|brought|bringing)\s+the\s+"
                            r"((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:market\s+)?share\s+(?:up\s+)?to\s+(?:(?:about|around|nearly|almost)\s+)?$", re.I)
_THEY_AFTER_BREAK = regex(r";\s*(?:they|it)\s+(?:have\s+|has\s+|had\s+)?[a-z]+\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some)\s+)?$", re.I)
_PART_OWNER = regex(r"\b(?:segment|division|unit|business|arm|subsidiary)['’]s\b", re.I)
_OF_THE_SPANS = regex(r"\s*(?:%|per\s*cent|percent)?\s*of\s+the\s+(quarter|month|half|year)['’]s\b", re.I)
_SPAN_CODE = {"quarter": regex(r"-Q[1-4]$"), "month": regex(r"^\d{4}-\d\d$"), "half": regex(r"-H[12]$"), "year": regex(r"^\d{4}$")}
_EQUAL_TO = regex(r"\s*,?\s*(?:or|equal\s+to|equivalent\s+to|which\s+(?:is|was)|representing|amounting\s+to)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
_OWN_OF_PHRASE = regex(r"\s*of\b", re.I)  # "against 12.2% of exports": a whole of its own
_SHARE_AGAINST = regex(r"\s*(?:of\s+[^,;.\d]{1,40}?)?\s*,?\s*(?:against|versus|vs\.?|compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:the\s+)?", re.I)
_BRACKET_CLOSES = regex(r"\s*(?:units|vehicles|cars)?\s*\)")  # the one label and figure of their bracket
_BRACKET_ONLY = regex(r"\s*\([^()]{1,40}")
_COMPARATIVE_LABEL = guarded(regex(r"\((?:[^();]*;)*\s*(?:[A-Z][a-z]+(?:\s*[-–]\s*[A-Z][a-z]+|\s+to\s+[A-Z][a-z]+)?\s+)?(?:19|20)\d\d\s*:\s*(?:(?:a\s+)?(?:loss|profit)\s+of\s+)?$"
                                   r"|\((?:[^();]*;)*\s*" + cx.PERIOD_LABEL + r"\s*:\s*(?:(?:a\s+)?(?:loss|profit)\s+of\s+)?$"
                                   r"|\((?:[^();]*;)*\s*(?i:(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)|first\s+(?:three|six|nine)\s+months|"
                                   r"full[- ]year|fiscal\s+year)\s+(?:of\s+)?)(?:19|20)\d\d\s*:\s*(?:(?:a\s+)?(?:loss|profit)\s+of\s+)?$"))
# "(first half of 2025: 5.14 billion yuan, 15.1%)": the label dates every figure of its bracket
_LABELLED_BRACKET_NEXT = regex(r"\s*[,;]\s*(?:and\s+)?")
# "(H1 2025: loss of £2.9 million)", "(1H25: Rmb30.61bn)", and each label after the first: "(Q3 2025: 11.7%; Q2 2026: 13.9%)"
_FISCAL_LABEL = regex(r"\(\s*FY\s*['’]?\d\d\s*:\s*$")
_POINTS_AGAINST = regex(r"\s*(?:above|below|higher\s+than|lower\s+than|up\s+from|down\s+from|up\s+on|down\s+on|from|over|under)\s+(?:the\s+|its\s+|their\s+|a\s+)?", re.I)
_GROUP_TOTAL = regex(r"(?:the|its)\s+group(?:'s|’s)?\s+(?:total|figure)\b", re.I)  # "43% of the group total", "of the group figure":
# its whole, whatever its name
_THE_GROUP = regex(r"(?:the|its)\s+group(?:'s|’s)?\b", re.I)
_COMPANY_GROUP = regex(r"\b[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)*\s+Group\b")
_OF_A_WHOLE_AFTER = regex(r"\s*of\s+(?:(?:the|its|their|all)\s+(?:[\w'’-]+\s+){0,3}?|(?:[\w-]+\s+){0,3}?"
                          r"|(?!(?:last|this|next|that)\b)[^\W\d][\w-]*(?:['’]s|s['’])\s+(?:[\w-]+\s+){0,3}?)(?:" + _WHOLE_NOUNS
                          + r"|exports|imports|retail|wholesales?|dispatches|transactions|segment|category|cars|vehicles|trucks|vans|buses"
                          r"|fleets?|spending|budget|network|workforce|staff|payouts|approvals|applications|claims|allocation)\b", re.I)
# "8.7% of passenger car registrations", "giving them 9.7 percent of wholesales", "8.3% of light-vehicle transactions",
# "18.4% of the electric segment", "76.1% of members' sales", never "of last year's total"
_MARGIN_AFTER = regex(r"\s*(?:[A-Za-z-]+\s+){0,2}?margin\b", re.I)
_TOTAL_LED = regex(r"\btotal\s+(?:shipments|sales|deliveries|registrations|output|production|volumes?|wholesales)\s+"
                   r"(?:to|of|at|reached|came\s+to|were|was|stood\s+at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_BULLET_OPENING = regex(r"\s*(?:[-*•·–]|\d{1,2}[.)])?\s*")
_CAPTION_LINE = regex(r"[ \t]*\n[ \t]*([^,;.\n\d]{3,80})")
_LABEL_AFTER = regex(r"\**:\s+([^,;(\n]{3,80})")
_POSSESSIVE_LABEL = regex(r"(?:their|its)\b", re.I)
_OF_REVENUE_AFTER = regex(r"\s*of\s+(?:(?:the|its|their)\s+)?(?:(?:group|company|total|overall|quarterly|annual|[^\W\d][\w-]*['’]s)\s+)?"
                          r"(?:revenues?|turnover|sales\s+revenue)\b", re.I)
_SUPPLIED = regex(r"\b(?:supplied|contributed|generated|brought\s+in|provided|produced|delivered|were|was)\s+(?:(?:about|around|some|nearly|almost|"
                  r"roughly|just|only|another|a\s+further)\s+)?$", re.I)
_EARNINGS_SUBJECT = regex(r"\b(?:profits?|earnings|income|ebit\w*|loss|losses|margins?|costs?|expenses?|expenditure|spending|spent|capex|"
                          r"investments?|invested|r&d|research|dividends?|cash|debt|taxe?s?|provisions?|charges?|write-?downs?|"
                          r"impairments?|payouts?|buybacks?|wages|salaries|savings)\b", re.I)
_MARGIN_BEFORE = regex(r"\b(?:margin|rate|ratio|yield|tax|tariff|duty|interest|discount|stake)\b[^.;]*$", re.I)
_OF_THOSE = regex(r"\s*(?:units?\s+|vehicles\s+|cars\s+)?of\s+(?:those|these|the)\s+(?:[\w'’-]+\s*){1,3}?\s*(?:[,(.;]|$)", re.I)
_PART_VERB = regex(r"(?P<subj>[^,;:]{3,80}?)\s+(?:accounted\s+for|made\s+up|took|registered|sold|bought|contributed)\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
# the verb _PART_VERB ends on, found from the whitespace before it: a search of _PART_VERB tried eighty lengths of subject at
# every character of a clause that does not end so
_PART_VERB_END = regex(r"\s(?:accounted\s+for|made\s+up|took|registered|sold|bought|contributed)\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
_PRONOUN_WORD = regex(r"(?:they|it|these|those|together|alone|which|who|that|this|we|our|its|their)", re.I)
_CAPITALISED = regex(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]")
_SIGNED_AFTER_AMOUNT = regex(r"\s*(?:units|vehicles|cars)?\s*\)?\s*[,(]\s*")  # "245,310 (Q3 2025: 271,880), -9.8%"
_AGAINST_BEFORE = regex(r"\b(?:against|versus|vs\.?|compared\s+with|compared\s+to)\s+(?:the\s+)?$", re.I)
_OR_OF = regex(r"^[^\w]*(?:units|vehicles|cars|sales|registrations|deliveries|\w+\s+(?:units|vehicles|cars|sales|registrations|deliveries))?"
               r"(?:\s+(?:in|during|for)\s+(?:the\s+)?[A-Za-z-]+(?:\s+(?:19|20)\d{2})?)?"
               r"(?:\s*(?:,\s*|\(\s*)(?:or|i\.e\.|equal\s+to|equivalent\s+to|which\s+is|that\s+is|about|around|some|nearly|almost)?|\s+or)\s*$"
               r"|^[^\w]*[\w-]+,\s*i\.e\.\s*$"  # "1,161,850 resales, i.e. 43.3%"
               r"|^\s+(?-i:[a-z][\w-]*)\s*\(\s*$", re.I)  # "Germany: 24,316, of which 2,947 electric (12.1%)"
_BENCHMARK_BEFORE = regex(r"\b(?:below|above|short\s+of|beyond|exceeding|under|over|toward|towards|missing)\s+(?:the|a|its|their)?\s*"
                               r"(?:(?:required|targeted|mandated|official|legal|minimum|maximum|statutory)\s+)?$", re.I)
_IS_BEYOND = regex(r"\b(?:share|proportion|penetration|rate|margin|it|they)\s+(?:is|was|are|were|stands|stood|remains|remained)\s+"
                   r"(?:well\s+|far\s+|just\s+|now\s+|still\s+)?(?:above|below|over|under|beyond)\s+$", re.I)
_EACH_OF_A_LIST = regex(rf"\W*(?:{_LISTED_NAME}\s*,\s*)+{_LISTED_NAME}\s*,?\s+and\s+{_LISTED_NAME}\s+(?:all|each|both)\b")
_IS_BEYOND_THE = regex(r"\b(?:share|proportion|penetration|margin)\b[^.;\d%]{0,40}?\b(?:is|was|are|were|stands|stood|remains|remained)\s+"
                       r"(?:well\s+|far\s+|just\s+|slightly\s+|still\s+)?(?:above|below|over|under|short\s+of|ahead\s+of)\s+the\s+$", re.I)
_AMBITION_BEFORE = regex(r"\b(?:wants?|aims?|plans?|intends?|hopes?|targets?|seeks?)\s+(?:[\w'’-]+\s+){0,3}?to\s+(?:make\s+up|reach|"
                         r"account\s+for|represent|hit|take|get\s+to|rise\s+to|grow\s+to|be)\s+(?:(?:about|around|at\s+least|roughly)\s+)?$", re.I)
# "We could revise the outlook to stable if the EBITDA margin recovered to 13%": a condition, no level of any period
_CONDITION_BEFORE = regex(r"\b(?:if|unless|should)\s+(?:the\s+|its\s+|their\s+)?[^.;:\d]{0,50}?\b(?:recovered|recovers|rose|rises|"
                          r"fell|falls|improved|improves|returned|returns|reached|reaches|dropped|drops|climbed|climbs|exceeded|exceeds|"
                          r"were|was)\s+(?:to\s+|above\s+|below\s+|beyond\s+)?(?:about\s+|around\s+|at\s+least\s+)?$", re.I)
_TARGET_IS = regex(r"\b(?:target|goal|quota|threshold|requirement|ambition|objective|ceiling)s?\b[^.;:\d]{0,60}?\s+"
                   r"(?:is|was|are|were|stands\s+at|stood\s+at|sits\s+at|will\s+be|rises\s+to|rose\s+to)\s+(?:just\s+|about\s+|around\s+)?$", re.I)
_LEVY_AFTER = regex(r"^[\s-]*(?:tariffs?|tax|taxes|duty|duties|levy|levies|VAT|GST|surcharge|discount|rebate|stake|commission|interest)\b", re.I)
_BENCHMARK_AFTER = regex(r"^\s*(?:required|target|targeted|goal|mandated|threshold|needed|cap|ceiling|quota|minimum)\b", re.I)
# "Exports slipped 2.3% to 1,016,744 units, but still represented 75.2% of output": the sentence's subject's share
_AND_WERE = regex(r"(?:,\s*|\s)and\s+(?:were|was)\s+$", re.I)
_SUBJECTLESS = regex(rf"^\W*(?:{cx.RESULT_PARTICIPLES}|putting|leaving|"
                          r"for|or|equal\s+to|which\s+(?:is|was|made|gave|took|lifted)|an?\s+(?:[\w-]+\s+){0,2}?(?:share|penetration)|"
                          r"when\s+(?:their|its)|(?:but|yet)\s+(?:still\s+|also\s+|now\s+|only\s+)?"
                          r"(?:represented|accounted\s+for|made\s+up|took|claimed|captured))\b", re.I)
# "… than in September 2025, when 246,520 had been counted", "…, when domestic sales totaled 125,140 units"
_WHEN_CLAUSE = guarded(regex(r"\bwhen\s+(?:(?!,\s*(?:and|but|while|whereas)\b)(?:[^;.()]|(?<=\d)\.(?=\d)))*$"))  # to the clause's end ("$0.97 billion")
_COORDINATED_RATE = regex(r"\s*,?\s*and\s+(?!(?:[\w-]+\s+){0,4}?(?:year|from|than|on|over|compared|against|versus|vs)\b)"
                          r"(?:[a-z][\w-]*\s+){1,4}(?:by\s+)?", re.I)
_CLAUSE_OPENING_PERIOD = regex(r"[:;]\s*(?:(?:in|during|for)\s+)?(?:the\s+)?\Z", re.I)
# "…: in the first nine months of 2022 the division sold CHF 0.33 billion": the clause's subject and verb may stand between
_PERIOD_TO_FIGURE = regex(r"\s*,?\s*(?:(?:the|its|their)\s+[\w-]+\s+(?:sold|made|built|delivered|shipped|registered|had|took|"
                          r"earned|produced|exported|booked|reported|recorded)\s+)?(?:(?:only|just|some|about|around|nearly|almost)\s+)?",
                          re.I)
_WHEN = regex(r"(?:\s+(?:quarter|period|months))?(?:\s+alone)?\s*(?:\([^()]{0,20}\))?(?:\s+by\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))?\s*,?\s*(?:when|(?:the\s+|a\s+)?(?:month|quarter)\s+in\s+which)\s+"
              r"(?:(?:[\w-]+\s+){0,3}?(?:totall?ed|stood\s+at|were|was|reached|came\s+to|amounted\s+to|numbered|hit|turned\s+out|built|produced|made|sold|"
              r"registered|delivered|shipped|exported|assembled)\s+)?"
              r"(?:(?:about|around|some|nearly|almost|just|only)\s+)?")
def _is_day(text: str, start: int, end: int) -> bool:
    """"Bangkok, 20 July 2026", "Oct. 28, 2026": a dateline's day, not the period the article reports."""
    return bool(_DAY_BEFORE.search(text[max(0, start - 6):start])
                or _DAY_AFTER.match(text[end:end + 6])) and bool(_YEAR_DIGITS.search(text[start:end + 8]))


def _is_label(place: Place) -> bool:
    """"the Fennec 01 hatchback", "- Coast 3 sedan: 12,408": a model's name, not a number of anything."""
    f = place.figure
    if f.kind in ("count", "number") and len(f.text) <= 2 and (not (head := place.before.rstrip(" \t")) or head[-1] == "\n") \
            and (_NUMBERING.match(place.after) or place.after.strip() in (".", ")")):
        return True  # "1. Toyota - 9,911": a list's numbering
    return f.kind in ("count", "number") and (bool(_LEADING_ZERO.fullmatch(f.text)) or (
        bool(_MODEL_NOUN.match(place.after)) and bool(_CAPITAL_WORD_JUST_BEFORE.search(place.before))))  # the anchored test first


_NUMBERING = regex(r"[.)][ \t]+[A-Z]")


_CONSENSUS = regex(r"\b(?:analysts?|economists?)(?:\s+\w+){0,3}?\s+(?:had\s+|have\s+|were\s+)?(?:on\s+average\s+)?"
                        r"(?:expected|forecast|estimated|predicted|projected|anticipated|put|pegged|pencilled|penciled)\b|\bconsensus\s+(?:of|estimate|forecast)\b"
                        r"|\bpoll\s+of\s+(?:\w+\s+){0,2}?analysts\b", re.I)  # "A poll of 14 analysts had put profit at ₹3,940 crore"
_OR_LEVEL_AFTER = regex(r"\s+of\s+(?:them|these|those|the\s+total)\s*,\s*(?:or\s+)?(?:about\s+|around\s+|some\s+)?")  # "22.4 percent of them, or 51,870"
_A_RATE = regex(r"\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.I)  # "… light commercial vehicles rose 7.9 percent … to 98,412"
_CONSENSUS_FIGURE = regex(r"\s*(?:(?:about|around|of|at)\s+)?(?:[€$£¥]|[A-Z]{3}\s?)?\d")  # "consensus of €178.0m"
_MODEL_NOUN = regex(r"\s*(?:hatchbacks?|sedans?|saloons?|SUVs?|crossovers?|pickups?|coupes?|wagons?|estates?|minivans?|MPVs?|"
                         r"roadsters?|models?|EVs?|compacts?)\b")
_QUARTER_CODE = regex(r"\d{4}-Q[1-4]")
_SEQUENTIAL = regex(r"\W*(?:\w+\W+){0,3}?sequential(?:ly)?\b", re.I)
_PER_UNIT = regex(r"\s*(?:\([^()]{1,30}\)\s*)?(?:per|a|for\s+each|each)\s+(?:vehicle|car|unit|sale|customer|share|employee|"
                  r"tonne|ton|metric\s+ton|kilogram|kg|kilowatt-hour|kWh|watt-hour|Wh)s?\b", re.I)  # "98,500 yuan ($14,480) a tonne"
_PER_UNIT_SUBJECT = regex(r"\b(?:revenue|income|profit|earnings|sales|spend(?:ing)?|costs?|dividends?)\s+per\s+(?:vehicle|car|unit|session|charge|"
                          r"customer|user|driver|employee|kWh|kilowatt-hour|trip|ride|tonne|share)\s+(?:was|were|is|came\s+to|rose|fell|"
                          r"grew|climbed|increased|decreased|dropped|of|at|reached)\b(?:[^.;,]|\.\d){0,30}$", re.I)  # "Revenue per session was €13.49",
# "earnings per share of €3.41"
# "Revenue per session rose 4.2% to £17.52"
_PER_CURRENCY = regex(r"\s*(?:per|a|to\s+the|against\s+the)\s+(?:U\.?S\.?\s+)?(?:dollar|euro|yuan|renminbi|yen|won|pound|rupee)\b", re.I)
_OF_WHOLE_WORDS = regex(r"\s*(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+|the\s+company's\s+|the\s+group(?:'s|’s)?\s+)?(?:latest\s+)?"
                             r"(?:total|overall|all|combined|entire|whole|mix|market\b(?!\s+(?:for|of|in)\b))\b", re.I)
# "taking the export share of total volume to 12.6 per cent": the whole, named before the figure
_SHARE_OF_WHOLE_BEFORE = regex(r"\bshare\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|overall|all|entire|combined)\s+"
                               r"(?:[\w'’-]+\s+){0,2}?(?:to|at|was|is|stood\s+at|reached|of)\s+(?:(?:about|around|nearly|almost|some|just)\s+)?$", re.I)
_MARKET_SHARE = regex(r"\bmarket\s+share\s+(?:\w+\s+){0,3}$", re.I)
_RUNNING_TOTAL = guarded(regex(r"\b(?:cumulative|all-time|lifetime)\b[^.;]{0,100}$", re.I))
_AT_A_POINT = regex(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:by|at)\s+the\s+end\s+of|as\s+(?:of|at))\b", re.I)
_RUNNING_AFTER = regex(r"\s*(?:[\w-]+\s+){0,4}?(?:to\s+date\b|since\s+(?:its|their|the\s+\w+'s)\s+(?:launch|debut|introduction)\b)", re.I)
_OWNED = regex(r"\b(?:its|their|(?:the\s+)?(?:company|group|brand|firm|maker|carmaker)'s)\b", re.I)
_IN_WHERE = regex(r"\s+in\s+(?!(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
                  r"December|Q[1-4]|H[12]|FY|First|Second|Third|Fourth)\b)((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_TOTAL_OPENER = regex(r"\b(?:total|market|registrations|sales|deliveries|new\s+cars|all)\b", re.I)
_N_OF_THE_END = regex(r"^(?:\s+(?:million|thousand|units|vehicles|cars))?\s+(?:out\s+)?of\s+(?:the|all|all\s+the)\s+$", re.I)
_PREDICATE_AFTER = regex(r"\b(?:were|was|are|is|ran|run|came)\b")
_WHOLE_OF_BEFORE = guarded(regex(r"\b(?:(?:fleet|pool|population|workforce|portfolio|market)\s+of|out\s+of|among)\s+(?:about\s+|some\s+)?$", re.I))
_FURTHER_THAN = regex(r"\s*(?:further|farther|longer|shorter|faster|slower|cheaper|dearer|heavier|lighter)\s+than\b", re.I)
# "of which 69,410 were built for export, or 59.8%": the level's own short predicate, never a comparison ("more than in June, or 4%")
_A_MARGIN = regex(r"\bmargins?\b", re.I)
_OR_OF_PREDICATE = regex(r"\s+(?:were|was|are|is|went|came)\s+(?!(?:[\w-]+\s+){0,4}?(?:more|less|fewer|than|up|down|higher|lower|from|above|below)\b)"
                         r"(?:[\w-]+\s+){0,4}?[\w-]+\s*,\s*(?:or|i\.e\.|equal\s+to|equivalent\s+to|which\s+is|that\s+is)\s*", re.I)
_THAT_TIME_OPENING = regex(r"\W*(?:(?:in|during|for|by)\s+that\s+(?:month|quarter|year|half|period)|at\s+that\s+time|back\s+then)\b", re.I)
# "Operating income SEK 5.25 billion (SEK 4.44 billion)": an amount beside one of its own currency in bare brackets. Searched
# through the whole text: the currency's first character first, the test of what stands before it after it, so that `re`
# passes over the text to the next capital or sign (a pattern that opens with a lookbehind is tried at every character)
_SAME_CURRENCY_BRACKET = guarded(regex(r"([A-Z€$£¥₩₹](?<![\w.].)(?:(?<=[A-Z])[A-Z]{2}|(?<=[€$£¥₩₹])))\s?\d[\d,.]*"
                                       r"(?:\s?(?:million|billion|bn|mn|m))?\s*\(\s*\1\s?\d[\d,.]*(?:\s?(?:million|billion|bn|mn|m))?\s*\)"))
_SCALED_THEN_BRACKET = regex(r"\d\s?(?:million|billion|bn|mn|m|bln)\s*\(\d[\d,.]*\)", re.I)
_SWING_NOUN_OF = regex(r"\b(?:improvement|deterioration|swing|turnaround|saving)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_OR_BEFORE_SHARE = regex(r"[^,;.\d]{0,30},\s*(?:(?:or|equal\s+to|equivalent\s+to)\s+)?(?:about\s+|around\s+|some\s+|just\s+|only\s+)?", re.I)
# "added 4,620 ZEVs, just 14.6% of zero-emission sales nationally": a part, no change
_OF_THE_WHOLE = regex(r"\s*of\s+(?:(?:the|all)\s+)?(?:[\w-]+\s+){0,2}?(?:market|total|registrations|sales|deliveries)\b", re.I)
_COMPARATIVE_AFTER = regex(r"\s*,?\s*(?:lower|higher|less|more|cheaper|dearer|below|above|smaller|larger|bigger)\b", re.I)
_OF_MARKET = regex(r"\s*(?:of|in)\s+(?:[\w'’-]+\s+){0,3}?(?:market|industry|nationwide|national\s+\w+|TIV)\b", re.I)  # "of the month's
# TIV": the total industry volume
_PENETRATION = regex(r"\bpenetration\b", re.I)
_ELSEWHERE = regex(r"[^.;]{0,60}?\b(?:there|in\s+that\s+(?:market|country|region)|in\s+the\s+country|locally)\b", re.I)
# "covering 41.7% of the brand's 44,180 European deliveries": the whole of a percent, which "them" after it never is
_PERCENT_OF_BEFORE = regex(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "AED 571 million, 34.5% of group revenue, helped by the two showrooms we opened in Dammam in April": the time of a cause
# told after the figures, never theirs
_CONTRAST_BETWEEN = regex(r",\s*(?:while|whereas|but)\s")
_CAUSE_BETWEEN = regex(r",\s*(?:helped|driven|boosted|supported|aided|fuell?ed|lifted|held\s+back|hit|hurt|weighed\s+down|dragged\s+down|"
                       r"thanks\s+to|owing\s+to|due\s+to)\b", re.I)
_EVENT_TO = regex(r"\bto\s+(?:arrive|launch|go\s+on\s+sale|reach\s+(?:dealers|showrooms|customers)|start|begin|open|resume|end)\s+"
                   r"(?:(?:in|by|from|on)\s+)?(?:early\s+|late\s+|mid-)?$", re.I)
_SAME_SPAN_OF_YEAR = regex(r"\b(?:in|during|over|for)\s+the\s+same\s+(?:[\w-]+\s+)?(?:months|period|quarter|half|weeks?)\s+(?:of|in)\s+"
                            r"(?P<year>(?:19|20)\d{2})\b,?[^.;,\d]{0,40}$", re.I)
_DECADE_BEFORE = guarded(regex(r"\b(?:in|during|through(?:out)?)\s+the\s+(?:(?:early|mid|late)[- ])?(?:1[89]|20)\d0s\b", re.I))
_EXPLAINING_RELATIVE = regex(r"\b(?:that|which)\s+(?:reflect(?:s|ed)?|mirror(?:s|ed)?|follow(?:s|ed)|(?:came|comes)\s+after|stem(?:s|med)\s+from)\b",
                             re.I)
_RUNNING_NOUN = regex(r"(?:year[- ]to[- ]date|YTD)\s+(?:total|tally|figure|count|volume|sales|registrations|deliveries)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:of\s+|to\s+|at\s+|was\s+|is\s+|stood\s+at\s+|reached\s+)(?:(?:about|around|some)\s+)?"
                      r"|(?:fiscal|financial)[- ]year[- ]to[- ]date\s+(?:reaches|reached|comes\s+to|came\s+to|stands\s+at|stood\s+at|"
                      r"totals|totalled|totaled|is|was)\s+(?:(?:about|around|some)\s+)?", re.I)  # "the fiscal year to date reaches 18,33,866"
_TOGETHER_COUNT = guarded(regex(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^,.;]{0,40}\b(?:together|combined|between\s+them)\b", re.I))
_HEADED_OPENING = regex(r"\W*(?:The\s+(?:[\w-]+\s+){0,3}?(?:brand|company|maker|carmaker|automaker|group|newcomer|start-up|marque|"
                        r"manufacturer|importer)\b|(?:Its|Their|Registrations|Sales|Deliveries|Volumes?|Output|Exports)\s)")
_NAME_HEADING = regex(r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\.")
_AND_ONLY = regex(r"\s*(?:,\s*)?and\s*")
_TOGETHER_LIST = regex(r"(?:^|[.;:]\s*)\W*(?:(?:Taken|Put|Added)\s+)?(?:Together|Combined|Between\s+them)\b[^.;]*\s+and\s+", re.I)
_TARGET_OF = regex(r"\b(?:target|goal|guidance|ambition|objective|forecast|outlook|projection)\s+of\s+"
                   r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)  # "keeping our revenue forecast of ¥5.1 trillion"
_NEXT_OPENS = regex(r"[^,;.]{0,20}?(?:,\s*(?:(?:and|with|while|whereas|meaning|so|implying)\s+)?|\b(?:and|with|while|whereas)\s+)(?:(?:the|its|their|in|for)\s+)*", re.I)
_ON_TO_NEXT = regex(r"['’]?s?\s++(?:[a-z-]++\s++){0,3}", re.I)
_GENERIC_LINE_WORDS = frozenset({"group", "total", "net", "consolidated", "underlying", "adjusted", "reported", "statutory", "the",
                                 "its", "our", "gross", "operating", "core", "overall", "full-year", "half-year", "quarterly",
                                 "worldwide", "global", "annual", "record", "first-half", "nine-month", "company-wide"})
# an answer's opening in a transcript or an interview: "PARK:", "DEVON PARK (LODESTAR):", "A:"
_ANSWER_OPENS = regex(r"(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:\s*\([^()\n]{1,40}\))?|A|Answer)\s*:\s")
_AMONG_NEXT = regex(r"\s*(?:[\w-]+\s+){0,3}?(?:among|out\s+of)\s+(?:the\s+|a\s+total\s+of\s+)?(?:about\s+|some\s+)?", re.I)
_A_YEAR_AGO_AFTER = regex(r"\s*(?:[\w-]+\s+){0,2}?(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|in\s+the\s+same\s+(?:period|quarter|month)\s+"
                          r"(?:of\s+)?last\s+year)\b", re.I)
_RELATIVE = guarded(regex(r"\b(?:last|this)\s+(?:year|month|quarter)\b", re.I))


NEIGHBOUR = "earlier value from a neighbouring sentence"


def measured_claims(ctx: Context, claims: list[Claim], article_date: str | None,
                    entities: list[tuple[int, int, str]] | None = None) -> tuple[list[Claim], dict[str, Measure]]:
    """The claims whose figures' own measures do not contradict them, with the measures.

    A change whose earlier value came from a neighbouring sentence is kept only when that value
    measures the same thing one period before: "rose 18.6% in February … to 162,384 units" is
    not the year-earlier value of "January and February combined reached 351,207"."""
    reader = MeasureReader(ctx, claims, article_date, entities or [])
    measures = reader.read()
    dated = {fid: m for fid, m in reader.own.items() if fid not in reader.undated}
    kept = [c for c in claims if not _contradicted(c, reader.own, dated, measures, ctx) and not _adds_another_thing(c, reader.own, ctx)]
    if len(kept) == len(claims):
        return claims, measures
    changed = {fid for c in claims if c not in kept for fid in c.figures}
    return kept, reader.reread(kept, changed)


def _contradicted(claim: Claim, own: dict[str, Measure], dated: dict[str, Measure], read: dict[str, Measure], ctx: Context) -> bool:
    if any((m := own.get(fid)) is not None and m.metric == "other:" + VALUATION for fid in claim.figures):
        return True  # "trade at around 8 times forward earnings, against roughly 11 times for Toyota": no level of anything
    if claim.rule == "sum":
        return _sum_contradicted(claim, own, dated)
    if claim.rule in ("growth", "implied-prior") and (rate_id := claim.roles.get("rate")) is not None \
            and (place := ctx.place.get(str(rate_id))) is not None and place.figure.kind == "percent" \
            and _adjusted_for_currency(ctx, place.figure):
        return claim.rule == "growth"  # "Net sales rose 9% to SEK 41,820 million, from SEK 39,450 million, adjusted for currency":
        # the currency-adjusted change, never the reported amounts'; the prior it implies is only for information
    if claim.rule == "share":
        share, total = own.get(str(claim.roles.get("share"))), own.get(str(claim.roles.get("total")))
        part = claim.roles.get("part")
        total_id = claim.roles.get("total")
        if share is not None and total is not None and share.segment and total.segment and any(
                m is not share and m.role == "share" and m.restates == total_id for m in own.values()):
            return True  # "Leased vehicles made up 17,823 of the vehicles delivered, or 38.0%. Deliveries outside the United
            # States … were 7,318, or 15.6% of the total": a level that is itself a share of the total is no total
        if share is not None and any(m is not share and m.role == "share" and m.of_figure == part and m.segment == share.segment
                                     for m in own.values()):
            return True  # "58.6% of the 65,210 electric two-wheelers … and 19.3% of all 198,470 scooters": the first share's whole
            # is no part of the second
        # "11,240 cars, 12.4% of all Vela sales worldwide" against Europe's 41,870: of a whole the words
        # name and the lexicon cannot read, never of a segment's level
        if share is not None and total is not None and share.of_segment == QUALIFIED and isinstance(part, str) \
                and (part_m := own.get(part)) is not None and cx.OF_THE_SEGMENT.match(ctx.text, ctx.place[str(claim.roles["share"])].figure.end) \
                and (core := lexicon().scope_free(total.segment)) and core <= part_m.segment:
            return False  # "Battery-electric models reached 14,208 units. … Yıldız sold 6,912 of them, or 48.6% of the segment":
            # the segment its part is in
        return share is not None and total is not None and "qualified" in (share.of_segment or ()) and bool(total.segment)
    if claim.rule == "points" and "old" not in claim.roles and (new := own.get(str(claim.roles.get("new")))) is not None \
            and (change := own.get(str(claim.roles.get("change")))) is not None and new.period and change.period \
            and new.period == previous_code(change.period, "yoy"):
        return True  # "In February last year, … a share of 37.7 percent, so the share rose by 6.6 percentage points": 37.7 is
        # where the change starts, not where it ends
    if claim.rule == "points" and (new := own.get(str(claim.roles.get("new")))) is not None \
            and (old := own.get(str(claim.roles.get("old")))) is not None \
            and (core := lexicon().scope_free(new.segment)) and (old_core := lexicon().scope_free(old.segment)) and core != old_core \
            and own.get(str(claim.roles.get("change"))) is None:
        return True  # "Petrol cars … down 2.7 percentage points from 39.4% a year earlier, while diesel's share fell to 13.9%":
        # two segments' shares, no change of one
    if claim.rule in ("growth", "multiple") and _spans_differ(dated.get(str(claim.roles.get("new"))), dated.get(str(claim.roles.get("old")))):
        return True  # "Compared with the first quarter's CNY41.05 billion, revenue grew 18.5 percent, bringing first-half revenue
        # to CNY89.68 billion": a half year is no quarter's growth
    if claim.rule == "growth" and (rate := own.get(str(claim.roles.get("rate")))) is not None and isinstance(rate.versus, str) \
            and (old := read.get(str(claim.roles.get("old")))) is not None and old.period and old.period != rate.versus \
            and not within(old.period, rate.versus) and not within(rate.versus, old.period):
        return True  # "Rs 4,118 crore, against Rs 3,723 crore a year earlier and 3.4% more than the December quarter's Rs 3,983
        # crore": the rate is against the quarter it names, never the year-earlier value
    if claim.rule == "difference" and claim.note is None and (new := own.get(str(claim.roles.get("new")))) is not None \
            and (old := own.get(str(claim.roles.get("old")))) is not None \
            and (core := lexicon().scope_free(new.segment)) and (old_core := lexicon().scope_free(old.segment)) and core != old_core:
        return True  # "Hybrid wholesales fell 12.3% to 5,306 from 6,050, while plug-in hybrids added 412 units, bringing
        # electrified vehicles to 11,902": the hybrids' earlier value is no earlier value of the electrified total
    if claim.note != NEIGHBOUR:
        return False
    new, old = own.get(str(claim.roles.get("new"))), own.get(str(claim.roles.get("old")))
    if new is None or old is None:
        return False
    if new.metric and old.metric and new.metric != old.metric:
        return True
    if new.segment != old.segment and old.segment:
        return True
    if not (new.period and old.period):
        return False
    before = previous_code(new.period, claim.basis)
    return old.period != new.period and not (before and within(before, old.period))


def _spans_differ(new: Measure | None, old: Measure | None) -> bool:
    """A value and the earlier one it changed from, each dated by its own sentence, to spans of different lengths."""
    if new is None or old is None or not new.period or not old.period:
        return False
    try:
        return granularity(period_from_code(new.period)) != granularity(period_from_code(old.period))
    except ValueError:
        return False


def _adds_another_thing(claim: Claim, own: dict[str, Measure], ctx: Context) -> bool:
    """"Sales more than doubled, to 706 from 318, after the government added 40 stations": the amount
    added counts another thing than the bare level its sentence measures. A level naming its own thing
    ("335 car sales centres, a net addition of 100 stores") is left to the words."""
    if claim.rule != "difference":
        return False
    change, level = own.get(str(claim.roles.get("change"))), own.get(str(new_id := claim.roles.get("new")))
    if change is None or level is None or not change.metric or not level.metric or change.metric == level.metric:
        return False
    place = ctx.place.get(str(new_id))
    return change.metric.startswith("other:") and place is not None and " " not in place.figure.text.strip()


def _sum_contradicted(claim: Claim, own: dict[str, Measure], dated: dict[str, Measure]) -> bool:
    """Parts of another period or metric than their total (July's domestic sales against July
    2024's total; domestic sales against output)."""
    total = own.get(str(claim.roles.get("total")))
    parts = [own.get(p) for p in claim.roles.get("parts", ())]
    if total is None or claim.note == ADDED_SUM:
        return False  # "Adding January's 30,717 BEVs to February's 24,663 gives 55,380": a total the words make of its parts
    if total.role == "earlier" and all(p is not None and p.role == "level" for p in parts):
        return True  # "EV sales rose 12.1% from 1.222 million. Battery-electric models accounted for 812,000 …": this year's parts
    if _outside_total(total, parts):
        return True  # "SUVs accounted for 57,420 sales, light commercial vehicles for 22,890 and passenger cars for 15,120"
    if total.metric is None and not total.segment and any(p is not None and "qualified" in p.segment for p in parts) \
            and any(p is not None and p.segment == REMAINDER for p in parts):
        return True  # "Buses numbered 1,950. Motorcycles accounted for 520, machinery for 285 and others for the remaining 175":
        # a list with members the lexicon cannot read is of a total whose words say what it counts
    when = dated.get(str(claim.roles.get("total")))
    periods = [d.period if (d := dated.get(p)) is not None else None for p in claim.roles.get("parts", ())]
    if when is not None and when.period and not any(periods) and all(p is not None and p.period for p in parts) \
            and all(p is not None and p.period and previous_code(p.period, "yoy") == when.period for p in parts):
        return True  # "The total was 3.1 percent higher than the 1,245,930 vehicles sold in 2024. Passenger cars accounted for
        # 1,041,227 of the vehicles sold": this year's parts, undated, of no total the words date a year before
    if when is not None and when.period and any(p and p != when.period for p in periods) \
            and not _tiles([p for p in periods if p], when.period):
        return True  # but "912,600 units …: 290,400 in the first quarter, 303,800 in the second and 318,400 in the third"
    if total.metric is None:
        return False
    return any(p is not None and p.metric is not None and p.metric != total.metric and not p.metric.startswith("other:")
               for p in parts)


def _outside_total(total: Measure, parts: list[Measure | None]) -> bool:
    """A total of a segment its parts are not in, nor make up: the SUVs' 57,420 is no sum of passenger cars
    and vans."""
    lex = lexicon()
    core = lex.scope_free(total.segment) - {JOINT, "qualified", "remainder"}
    if not core or JOINT in total.segment or any(p is None for p in parts):
        return False
    if not all(p is not None and lex.scope_free(p.segment) - {JOINT, "qualified", "remainder"} for p in parts):
        return False  # makers' or regions' levels: their segment may be the total's, unsaid
    for label in core:
        inside = [p for p in parts if p is not None and (label in p.segment or p.segment & lex.leaves(label) - {label})]
        if not inside:
            return True
    return False


def _tiles(codes: list[str], whole: str) -> bool:
    """Periods that follow one another from the whole's first day to its last."""
    try:
        spans = sorted((period_from_code(c) for c in codes), key=lambda p: p.start)
        outer = period_from_code(whole)
    except ValueError:
        return False
    if len(spans) < 2 or spans[0].start != outer.start or spans[-1].end != outer.end:
        return False
    return all((b.start - a.end).days == 1 for a, b in zip(spans, spans[1:]))


# Patterns the fields read figure by figure, built once from the compiled-pattern cache (cache.py)
# instead of looked up in `re`'s own cache on every call and compiled by `re` in every process.
_CLAUSE_WORD = regex(r"\b(?:of|was|were|is|are|rose|fell|up|down|at|to|from|(?i:against|versus|than|compared|since))\b")  # a list label
# that reads as a clause ("- Against September's 138,412 that is a 9.1% rise")
_OF_OR_STOP_AFTER = regex(r"\s*(?:(?:of|out\s+of)\s|[.;,)]|$)")
_BRACKET_OPENING = regex(r"^\s*[(\[]")
_A_TOTAL_OF = regex(r"[,;:]\s*(?:(?:for|to|with|making|bringing\s+(?:it|them|the\s+\w+)\s+to|giving)\s+)?(?:an?|the)\s+"
                   r"(?:(?:global|combined|grand|overall|worldwide|group|total)\s+)?total\s+of\s*$", re.I)
_BRACKET_CLOSED = regex(r"\s*\)")
_OF_THE_WHOLE_OPENING = regex(r"\W*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:\s+)?(?:Of|Out\s+of)\s+(?:the|those|these|its|their|our|all)\s+",
                              re.I)  # "Of those 8,642 cars, 6,137 …", "Dr Achterberg: Of the 41,870, 17,458 are …"
_WHOLE_THEN_PART = regex(r"(?:\s+[\w'’-]+){0,4}?\s*,\s*")
_BARE_BRACKET = regex(r"\s*\(")
# "Net profit ₩298 billion (net loss of ₩41 billion)", "RMB612 million (loss of RMB1,047 million)": a release's comparative
# named by what it was (but "(a loss of £2.9 million)" is an aside, no comparative)
_RESULT_BRACKET = regex(r"\s*\(\s*(?:(?:net|operating|pre-tax|pretax)\s+)?(?:loss|profit|income|deficit)\s+(?:of\s+)?", re.I)
_PAIR_JOIN = regex(r"\s*(?:,|,?\s+and)\s+")
_OPEN_ONLY = regex(r"\(\s*")
_CLOSE_ONLY = regex(r"\s*\)")
_WORDS_BEFORE_BRACKET = regex(r"[^\d().;:,]{0,30}(?:,\s*respectively\s*)?")  # " units in August", ", respectively"
_TO_LEVEL = regex(r"\s+to\s+")  # "rose 8.2% to 51,274"
_WORDS_THEN_BRACKET = regex(r"[^\d().;:,]{1,40}\(")  # " units in February (", " were shipped abroad ("
_LABEL_ASIDE = regex(r"\s*(?:,|\(|\s[-–—])\s*(?:including|incl\.?|excluding|excl\.?|of\s+which|with)\b.*$", re.I)
_BLANK_LINE = regex(r"\n[ \t]*\n")
# "… and 11.3 percent of all new cars": a whole named outright; "60.3 percent of the total" is the opener's
_OF_EVERY = regex(r"\s+of\s+(?:all|the\s+(?:whole|entire|overall)|(?:the\s+)?(?:total|overall)\s+(?:(?:new[- ]car|car|vehicle)\s+)?"
                  r"(?:market|sales|registrations)|the\s+(?:(?:new[- ]car|car|vehicle)\s+)?market)\b", re.I)
_PRONOUN_SUBJECT = regex(r"\W*(?:They|It)\s+(?:also\s+|alone\s+|together\s+)?(?:took|bought|registered|sold|delivered|purchased|"
                         r"added|chose|picked|accounted\s+for|made\s+up|exported|shipped|produced|built)\s+(?:about\s+|some\s+|nearly\s+)?$")
# "(September 2025 in brackets)", "(year-earlier figures in parentheses)", "(…; third quarter of 2025 in brackets)"
_CLOSED_BRACKET = regex(r"\s*\)\s*,\s*")
_LEGEND = guarded(regex(r"[(\[;,]\s*(?:with\s+)?(?P<what>[^()\[\];,\n]{2,60}?)\s+in\s+(?:brackets|parenthes[ie]s)\s*"
                        r"(?:[)\]]|:\s*$|\s+and\s+[^()\[\]:\n]{0,80}:\s*$|\s+where\s+[^()\[\]:.\n]{0,60}\.)", re.I | re.M))
# "(September 2025 in brackets)", "By segment, with August 2025 in brackets:" above a list, "…, with their installations
# a year earlier in brackets and their share of the world market:"
_BARE_YEAR = regex(r"(?:19|20)\d\d")
_HOME = r"(?:\([^()\n\d]{2,30}\)[^\n(]*)?"  # "1. Corvanne Lease (France) - 1,284,600 vehicles (2024: 1,231,900)": the home aside
_LABELLED_FIRST_ITEM = regex(r"(?:^|\n\n)[ \t]*(?:[-•*·]|1[.)])[^\n(]*" + _HOME + r"\d[^\n(]*\((?P<what>[^():\n\d]{0,30}(?:19|20)\d\d):\s*[^()\n]*\d[^()\n]*\)[ \t]*$"
                            r"(?=\n[ \t]*(?:[-•*·]|2[.)])[^\n(]*" + _HOME + r"\d[^\n(]*\([^():\n]*\d[^():\n]*\)[ \t]*$)", re.M)
_CORPORATE_SUFFIX = regex(r"(?:motors?|motor\s+(?:co\.?|company|corp\.?|corporation)|group|motor\s+group|automotive|auto|holdings|corp\.?|"
                          r"corporation|inc\.?|co\.?|ag|se|plc|ltd\.?)")
_LEGEND_SENTENCE = regex(r"\b(?:(?:Bracketed|Parenthesi[sz]ed)\s+figures|Figures\s+in\s+(?:brackets|parenthes[ie]s))\s+"
                         r"(?:refer\s+to|relate\s+to|are\s+(?:for|from|those\s+(?:for|of))|show|give|denote)\s+(?P<what>[^.;()\n]{2,60}?)\s*[.;\n]"
                         r"|\b(?P<what2>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:figures|values|comparatives)\s+(?:are\s+)?(?:given|shown|stated|included)"
                         r"\s+in\s+(?:brackets|parenthes[ie]s)\b", re.I)  # and "Year-earlier figures are given in brackets"
_RATE_BETWEEN = regex(r",?\s*(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|fall|gain|drop)\s+of)\s+", re.I)
_COMMA_OR_END = regex(r",\s*(?:or|i\.e\.)\s*$")
_GAPPED_OR = regex(r",?\s*+(?:or|an?)?")
_THAN_JUST_BEFORE = regex(r"\b(?:better|worse|higher|lower|stronger|weaker|busier|quieter|bigger|smaller)\s+than\s+$", re.I)
_RANKED_SUBJECT = regex(r"\W*(?:(?:The|Its)\s+(?:(?:second|third|fourth|fifth|sixth)[- ](?:placed|ranked|largest|biggest)|No\.\s*[2-9]|runner-up)\s+"
                         r"(?:group|maker|carmaker|automaker|brand|seller|manufacturer|producer)|The\s+runner-up)\b", re.I)
_AND_IN_CLAUSE = regex(r"^[^;.]*\b(?:and|followed\s+by)\b")  # "…, followed by Canada with 16,020, a 7.2% slice": the next item
_OF_OPENING = regex(r"\s*(?:(?:market\s+)?share\s+)?(?:of|out\s+of)\s")  # "a 48.8pc share of car sales": the whole's words
_OF_A_NAMED_WHOLE_TAIL = regex(r"\s*of\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?(?:sales|registrations|deliveries|market)\b", re.I)
_OF_A_TOTAL_TAIL = regex(r"\s*(?:of|out\s+of)\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:total|tally|figure)\b", re.I)
_WHEN_OPENING = regex(r"\W*when\b")
_FOLLOWED_WITH = regex(r"\W*" + _NAME + r"\s+(?:followed|came\s+(?:next|second|third))\s+with\s+(?:(?:about|around|some)\s+)?$")
# "North America …, taking $7.51 billion of exports …. Europe followed with $7.02 billion": Europe's exports
_ELLIPTIC_POSSESSIVE = regex(r"\W*" + _NAME + r"['’]s\s+(?:also\s+|only\s+)?(?:rose|fell|grew|increased|decreased|climbed|jumped|"
                             r"dropped|slipped|declined|was\s+up|was\s+down)\s+(?:by\s+)?$")
_SCOPE_POSSESSIVE = regex(r"\W*(?:[A-Z]+(?:\s+[A-Z]+)*\s*[-—–]\s*)?" + _NAME + r"['’]s\s")
_YEARS_SPAN = guarded(regex(r"\b(?:over|in|across|during)\s+(?:the\s+(?:past|last)\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])"
                   r"\s+years\b", re.I))
_SINCE_YEAR = regex(r"\s*(?:(?:in\s+total|overall|in\s+all)\s+)?since\s+(?P<since>(?:19|20)\d{2})\b", re.I)  # "up 61% since 2021"
_SINCE_OPENING = regex(r"\s*Since\s+(?P<since>(?:19|20)\d{2})\b(?![^,;.]*\b(?:highest|lowest|best|worst|first|most|least)\b)")
_LEADING_YEAR = regex(r"(?:19|20)\d{2}")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ABOVE_UNSTATED_ESTIMATE = regex(r"\s*(?:above|below|ahead\s+of|short\s+of|behind|better\s+than|worse\s+than)\s+(?:the\s+|our\s+|analysts['’]\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?(?:consensus|estimates?|expectations?|forecasts?|guidance)(?:\s+(?:estimate|forecast))?"
                                  r"(?=\s*(?:[,.;:)]|and\b|but\b|$))", re.I)
_GAPPED_NAME_END = regex(r"\d[^,;.]*,\s*(?:and\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}\s*$")
_LEAD_SUBJECT = regex(r"\s*(?:The\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:'s|’s)\s+)?" + _NAME + r"(?:,|\s+(?:again\s+|also\s+|still\s+)?(?:extended|kept|held|led|remained|came|ranked|was|is|"
                      r"extends|keeps|holds|leads|remains|comes|ranks|stays|stayed|has|had|deserves|deserved|saw|sees|enjoyed|suffered|"
                      r"posted|won|lost|gained|did|does)\b)")
_LEAD_PREDICATE = regex(r"\s*(?:The\s+|Its\s+|Their\s+)?(?:(?:market|brand|sales|segment|group)\s+)?(?:leader|best-seller|top\s+seller|runner-up|"
                        r"(?:biggest|largest|best-selling)\s+(?:brand|maker|carmaker|automaker|group|seller))\s+"
                        r"(?:(?:again|once\s+again|still|this\s+time)\s+)?(?:was|is|remained|remains|became)\s+(?:(?:again|once\s+again|still)\s+)?"
                        + _NAME + r"\s*[.!]?\s*$")
_WORD = regex(r"[^\W\d_][\w'’-]*")
_SPACES = regex(r"\s+")
_POSSESSIVE_OR_BRACKET = regex(r"['’]s\s+(?:(?:level|figure|total|tally|count)\s+of\s+)?|\s*\(\s*")
_BREAK_OR_NEWLINE = regex(r"[.;!?\n]")
_STOP_MARK = regex(r"[.;!?]")
_ON_THE = regex(r"\s*on\s+(?:the\s+)?")
_NAME_WORD = regex(r"[\w&'’.-]+")
_CAPITAL_WORD_BEFORE = regex(r"\b(?!(?:The|A|An|In|To|For|From|Of|At|By|On|And|But|With|While)\s)[A-Z][\w-]*\s+$")
_NOT_FIRST_OF_NAME = frozenset({"The", "A", "An", "In", "To", "For", "From", "Of", "At", "By", "On", "And", "But", "With", "While",
                                "Across", "Both"})
_CORPORATE_WORD_BEFORE = regex(r"\b[A-Z][\w-]*\s+(?:Motors?|Auto|Automotive|Automobiles?|Group|Cars|Mobility|Industries)\s+$")
_CAPITAL_WORD_JUST_BEFORE = regex(r"\b[A-Z][\w-]*\s$")
_POSSESSIVE_END = regex(r"['’]s$")
_DAY_BEFORE = regex(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")
_DAY_AFTER = regex(r"\s*\d{1,2}(?:st|nd|rd|th)?\b,?")
_YEAR_DIGITS = regex(r"\d{4}")
_LEADING_ZERO = regex(r"0\d+")


__all__ = ["Measure", "Lexicon", "lexicon", "measured_claims"]
