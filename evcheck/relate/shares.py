"""Shares found by measure: a segment's share joined with that segment's level and its total.

"Germany registered 212,400 new cars in May … Battery-electric models recorded a 27.5 percent
increase, with 40,110 registrations, lifting their share of the market to 18.9 percent." The
share (battery-electric, May) joins the level of the same segment and period (40,110), and the
total is the level of the same period with no segment (212,400). Where two totals could fit
(production and sales, two different values), the share is left unchecked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import NamedTuple

from evcheck.cache import regex
from evcheck.periods import COUNT, MONTH_RE, MONTHS, ORDINAL_QUARTER, count_of, period_from_code, within
from evcheck.prefilter import guarded
from evcheck.read.table_headers import TOTAL_LABEL
from evcheck.relate.cells import CELL, CELL_ITEM
from evcheck.relate.context import (
    LIST_FOLLOWS,
    OF_OPENER,
    OF_THE_SEGMENT,
    OF_THEM_OPENING,
    PARTS_FOLLOW,
    THE_OTHER,
    sentence_start,
)
from evcheck.relate.measures import PER_UNIT, QUANTITY, Records, Row, opening_end, units_agree
from evcheck.relate.model import CHANGE_RULES, Claim, earlier_values
from evcheck.relate.places import JOINT as JOINED_PLACES
from evcheck.relate.places import WIDE, holds_none_of, home_place, is_flow, places
from evcheck.relate.vocabulary import JOINT, PASSENGER, REMAINDER, Lexicon, lexicon


def _total_segment(seg: frozenset, of_segment: object, of_metric: object = None, whole: bool = False) -> frozenset | None:
    """The segment of the total a share is of: what "of …" names, else the whole (a share names
    one segment: battery-electric, or one brand)."""
    lex = lexicon()
    core = lex.scope_free(seg)
    if JOINT in seg:
        named = seg - {JOINT}
        if len(named) == 2 and {lex.family(x) for x in named} == {"class", "body"} and PASSENGER not in named and not of_segment:
            return frozenset() if whole else None  # "Trucks and SUVs accounted for 489,370 of the latest total, or 79.9%"
        return frozenset() if len(named) >= 2 and len({lex.family(x) for x in named}) == 1 and not of_segment else None
    if isinstance(of_segment, frozenset) and of_segment:
        if of_segment < seg:
            return of_segment
        members = frozenset().union(*(lex.leaves(x) for x in of_segment))
        inside = core and len(of_segment) == 1 and members != of_segment and all(lex.leaves(x) <= members for x in core)
        across = core and not {lex.family(x) for x in core} & {lex.family(x) for x in of_segment} and "qualified" not in of_segment
        # "Pure electrics took 56.8% of NEV retail": BEVs within the NEVs; BEVs "of new passenger cars": of another family
        named_only = not core and bool(lex.scope_free(of_segment) or {x for x in of_segment if lex.family(x) == "frame"}) \
            and not of_segment & seg and "qualified" not in of_segment
        # "Utility vehicles made up … of its domestic sales": a name's share of a segment
        return of_segment if inside or across or named_only else None
    if core == {"qualified"}:
        return None  # "Of home charging energy, 124.3 GWh, or 41.6%": of a whole the lexicon cannot read
    if core == {"export"} and not of_segment and _missing(of_metric) and any(lex.family(x) == "region" for x in seg):
        return core  # "North America took 962,418 vehicles, or 47.0% of the total" of exports: a destination's share of them
    classes = {x for x in core if lex.family(x) == "class"}
    if len(core) == 2 and {lex.family(x) for x in core} == {"class", "body"} and PASSENGER not in core:
        return frozenset() if whole else None  # "Trucks and SUVs made up 81.1% of the mix": two kinds of vehicle, neither
        # the other's frame, set against the whole (but SUVs among passenger cars are a part of them)
    if len(core) == 2 and len(classes) == 1 and "qualified" not in core:
        return frozenset(classes)  # "11,840 new passenger cars, of which 11,420 were fully electric, giving EVs a 96.5% share"
    return frozenset() if len(core) == 1 or (not core and len(seg) == 1) else None


def _exported_output(share: Row, part: Row) -> bool:
    """"Shipments abroad reached 221,480 vehicles, equal to 85.0% of April production": the vehicles shipped abroad are
    a part of those built, whatever verb counts them."""
    return share.of_metric == "production" and "export" in part.segment \
        and (part.metric == "sales" or lexicon().within.get(str(part.metric)) == "sales")


def _part_fits(share: frozenset, part: frozenset) -> bool:
    """The part measures the share's segment; a region or name on the part alone is its scope."""
    lex = lexicon()
    core = lex.scope_free(share)
    return core == lex.scope_free(part) and (share - core) <= part


def _extras(share: frozenset, part: frozenset) -> frozenset | None:
    """What a part adds to the share's segment from the article's frame ("New energy passenger
    vehicles contributed 1.208 million …", then "The penetration rate of NEVs reached 52.9
    percent"): qualifiers of other families, which the total must then carry too. None where the
    part does not measure the share's segment."""
    lex = lexicon()
    core, part_core = lex.scope_free(share), lex.scope_free(part)
    if not (core < part_core and (share - core) <= part):
        return None
    extra = part_core - core
    return extra if not {lex.family(x) for x in extra} & {lex.family(x) for x in core} else None


def _total_fits(share: frozenset, wanted: frozenset, total: frozenset, near: bool = False, regional: bool = False) -> bool:
    """The total has the wanted segment once regions and names are set aside ("Germany registered
    212,400 new cars"), never the share's own name; "new cars" are passenger cars unless the
    share is itself of a vehicle class."""
    lex = lexicon()
    if (share - lex.scope_free(share)) & total:
        return False
    regions = {x for x in share if lex.family(x) == "region"}
    if regions and {x for x in total if lex.family(x) == "region"} - regions:
        return False  # China's share is never of North America's 27,360
    if named_place := _regions(wanted):
        if not named_place <= total and _regions(total):
            return False  # a level of no stated region may be the place's own: `_named_regions_hold` asks the article
        wanted = wanted - named_place  # "19.3% of the EU market": of the EU's level, once the place is set aside
    core = lex.scope_free(total) | {x for x in total & wanted if lex.family(x) == "frame"}  # "8.6% of car and light commercial sales"
    of_class = any(lex.family(x) == "class" for x in share)
    if core == wanted or (not of_class and core == wanted | {PASSENGER}):
        return True
    if regional and regions and not wanted and core == lex.scope_free(share) and len(core) == 1 and of_class:
        return True  # "By region, Europe booked 31,450 trucks, or 54.0% of the total": a region's part of all the trucks
    # a total stated just before with a qualifier the share's segments do not vary ("256.07 lakh
    # vehicles in the domestic market", then "three-wheelers for 7.41 lakh, or 2.9 per cent of the total")
    families = {_KINDRED.get(lex.family(x), lex.family(x)) for x in share}
    return near and core > wanted and not {_KINDRED.get(lex.family(x), lex.family(x)) for x in core - wanted} & families \
        and not {JOINT, "qualified"} & core


_KINDRED = {"body": "class"}  # an SUV and a van are two kinds of vehicle: "SUVs took 59,020" is no whole of the vans' share


def _a_market(segment: frozenset) -> bool:
    """A level qualified only as a market ("118,400 vehicles" sold at home) can be what "22.0 percent of the market"
    is of; one channel's or powertrain's ("31,840 registrations by companies", "11,566 battery-electric cars") cannot."""
    lex = lexicon()
    return all(lex.family(x) == "market" for x in lex.scope_free(segment))


_OF_AFTER = regex(r"\s*of\s", re.I)
_WHOLE_WORDS = regex(r"\s*(?:(?:market\s+)?share\s+)?of\s+[^,.;:()\d]{1,60}")


def _whole_place(share: Row, text: str) -> str | None:
    """The one place the words of a share's whole name ("19.6% of the Norwegian market"), if any."""
    m = _WHOLE_WORDS.match(text, share.start + len(share.text))
    if m is None:
        return None
    named = {x.place for x in places().mentions(m.group(0)) if x.place not in (WIDE, JOINED_PLACES)}
    return named.pop() if len(named) == 1 else None


def _of_place(total: Row, place: str, records: Records) -> bool:
    """A level counted in the place a share's whole names: said to be there, or of no stated place in an article whose
    figures are all there."""
    if total.scope == place or f"name:{place}" in total.segment:
        return True
    return _missing(total.scope) and {r.scope for r in records.by_file.get(total.file, []) if isinstance(r.scope, str)} == {place}


def _named_regions_hold(wanted: frozenset, total: Row, records: Records) -> bool:
    """The regions a share's whole names ("8.5% of China's new energy vehicle exports") are the total's own, or the one
    place of an article whose every placed figure is there (a total of no stated region is then that place's)."""
    return all(x in total.segment or _of_place(total, x, records) for x in _regions(wanted))


def _place_total(share: Row, total: Row) -> bool:
    """The row of a list or table of places for the very place the share is scoped to ("Poland | 46,215" for "43.0% of
    the Polish market"): that place's whole, though the list makes it one member of theirs."""
    return isinstance(share.scope, str) and share.scope not in (WIDE, JOINED_PLACES) and total.scope == share.scope \
        and f"name:{share.scope}" in total.segment and isinstance(total.item, str)


def _stated_share(r: Row) -> bool:
    """A share of a named segment that no claim in its own words has taken."""
    return r.kind == "percent" and r.metric == "share" and len(r.segment) > 0 and r.role != "bound" and "share:share" not in r.taken


TWO_TOTALS = "two totals could fit: left unchecked"
TWO_PARTS = "the segment is stated twice with different values: left unchecked"
FAR_WHOLE = "the only whole that fits gives a share far from the stated one: another whole is meant, left unchecked"


def _total_line(item: object) -> bool:
    """A list's "• Total: 319,325" line (an item "0:total"), or one that says it totals ("- New-car sales in Korea totalled
    151,009 in October"), never a table cell's ("table1.6.1:All cars")."""
    if not isinstance(item, str) or item.startswith("table"):
        return False
    label = item.split(":", 1)[-1]
    return bool(TOTAL_LABEL.match(label) or _TOTAL_VERB.search(label) or _MARKET_LABEL.match(label))


def _metric_line(r: Row) -> bool:
    """A list's line whose label names its metric and nothing more ("- New cars registered: 4,912 (March 2025: 5,064)"
    above "- Battery-electric: 1,638"): the whole the lines of segments below it are parts of."""
    if not isinstance(r.item, str) or r.item.startswith("table") or r.segment != frozenset() or not isinstance(r.metric, str):
        return False
    label = r.item.split(":", 1)[-1]
    lex = lexicon()
    return lex.named_metric(label) == r.metric and not lex.segment_re.search(label)


def _whole_by_metric(r: Row) -> bool:
    """A list's line that is a whole by its metric alone, not by a label that says it totals."""
    return _metric_line(r) and not _total_line(r.item)


def _same_list(part: Row, line: Row) -> bool:
    """A part that is a line of the list the whole's line opens: a list's line of the whole is no whole of the prose's."""
    return isinstance(part.item, str) and isinstance(line.item, str) and part.item.split(":", 1)[0] == line.item.split(":", 1)[0]


_TOTAL_VERB = regex(r"\b(?:totall?ed|amounted\s+to|came\s+to)\s*$", re.I)
_MARKET_LABEL = regex(r"\W*(?:(?:the|total|whole|overall)\s+)?market(?:\s+total)?\W*$", re.I)  # "- Market: 121,840 passenger cars"


def _missing(x: object) -> bool:
    """None or NaN, as pandas' `isna` reads a cell of the measures table."""
    return x is None or (isinstance(x, float) and x != x)


def _eq(a: object, b: object) -> bool:
    """`==` as pandas compares two cells: a missing one equals nothing."""
    return not _missing(a) and not _missing(b) and a == b


def _distinct(values: Iterable[float]) -> int:
    """`nunique`: the number of distinct values, NaN left out."""
    return len({v for v in values if v == v})


def _largest(values: Iterable[float]) -> float:
    """`max` as pandas takes it: NaN left out, NaN when nothing is left."""
    return max((v for v in values if v == v), default=math.nan)


class _Part(NamedTuple):
    """A stated share with a level of its segment and period that could be its part."""

    share: Row
    part: Row
    extras: frozenset
    total_segment: frozenset

    @property
    def rank(self) -> tuple[int, int, int, int, int]:
        """(later, framed, within, near, dist): the part a reader has met by the share's paragraph, with the
        frame's fewest qualifiers, in the share's sentence, nearest; a qualifier the share's whole names is no
        frame but where the part must lie ("291 were private cars", then "Electric cars thus took 5.7% of private
        vehicle registrations"), though never in a paragraph after the share (another country's "of which 3,846
        were battery-electric" beside the share's own "rose 62.3% to 15,716")."""
        within = self.extras & self.total_segment
        return (int(self.part.paragraph > self.share.paragraph), len(self.extras - within), -len(within),
                int(self.part.sentence != self.share.sentence), abs(self.part.start - self.share.start))


class _Total(NamedTuple):
    """A chosen share and part with a level that could be their total."""

    share: Row
    part: Row
    total: Row


_CONTRAST_AFTER = regex(r"[,;]\s*(?:while|whereas|but)\b", re.I)


def find_shares(records: Records, reasons: dict[tuple[str, str], str] | None = None,
                texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    """Share claims by file, for shares that no claim in their own words has already taken.
    Where a share is left alone on purpose, `reasons` gets why, by (file, figure id).

    Plain rows of the measures table: levels by (file, period), candidates by share, where a merge,
    a `groupby` and a sort of pandas frames cost more than the few rows they held."""
    reasons = {} if reasons is None else reasons
    out: dict[str, list[Claim]] = {}
    stated = []
    lex = lexicon()
    for s in records.rows:
        if _stated_share(s):
            wanted = _total_segment(s.segment, s.of_segment, s.of_metric, bool(s.whole))
            if wanted is None and isinstance(s.restates, str) and isinstance(s.of_segment, frozenset) and s.of_segment \
                    and "qualified" not in s.of_segment and lex.scope_free(s.segment) == s.of_segment:
                wanted = s.of_segment  # "Exports of eco-friendly vehicles amounted to $2.48 billion, accounting for 40.5 percent
                # of total car exports": the amount it restates is a part of the exports the words leave unread
            if wanted is None and s.of_segment == frozenset() and isinstance(s.of_metric, str):
                wanted = frozenset()  # "Private buyers registered 31,486 battery electric cars, accounting for 22.5% of the
                # month's registrations": the words name the whole market, not the private buyers' or the electric cars'
            if wanted is not None and not _missing(s.period):
                stated.append((s, wanted))
    levels = [r for r in records.rows if r.kind in QUANTITY and r.role in ("level", "earlier") and r.metric != PER_UNIT]
    if not stated or not levels:
        return out
    by_period: dict[tuple[str, object], list[Row]] = {}
    for r in levels:
        if not _missing(r.period):
            by_period.setdefault((r.file, r.period), []).append(r)
    lex = lexicon()
    frames = {path: _frame(records, path, text) for path, text in (texts or {}).items()}
    candidates: dict[tuple[str, str], list[_Part]] = {}
    measured_apart: dict[tuple[str, str], list[Row]] = {}  # levels of the share's segment that count another metric
    for s, wanted in stated:
        broader = lex.within.get(s.of_metric) if isinstance(s.of_metric, str) else None
        for p in by_period.get((s.file, s.period), ()):
            extras = frozenset() if _part_fits(s.segment, p.segment) else _extras(s.segment, p.segment)
            if extras is None:
                continue
            if extras and not extras <= wanted and not 0 <= s.sentence - p.sentence <= 1 and not extras <= frames.get(s.file, frozenset()):
                continue  # a part with the frame's qualifiers stands in the share's sentence or the one before, or the frame is the
                # article's ("Australia … taking 24.6% of all shipments" in a story of exports: the table's Australia row)
            if not (_missing(s.entity) or _missing(p.entity) or s.entity == p.entity):
                continue
            if isinstance(s.of_metric, str) and lex.metric_kind.get(s.of_metric) == "money" and p.kind != "money":
                continue  # "Overseas revenue amounted to 38.1% of the group total": never the 24,556 trucks sold abroad
            if isinstance(s.of_metric, str) and lex.metric_kind.get(s.of_metric) == "count" and p.kind == "money" \
                    and s.of_metric != "sales" and lex.within.get(s.of_metric) != "sales":
                continue  # "Exports took 73.1% of February production": the vehicles shipped, never the $3.08 billion they earned
                # (but "39.0% of group sales" of an amount is of revenue)
            if isinstance(s.restates, str) and p.id != s.restates:
                continue  # "the group sold 13,387 units, a share of 6.8%": of that level, never another of the segment
            if p.sentence == s.sentence and p.start > s.start and _CONTRAST_AFTER.search((texts or {}).get(s.file, ""), s.start, p.start):
                continue  # "made up 498 of Pirkanmaa's registrations, a share of 47.6%, while across Finland 2,731 electric cars
                # gave a national share of 44.6%": the next clause's part, never this share's
            if "qualified" in s.segment and p.id != s.restates:
                continue  # "Counting plug-in hybrids, whose 31,226 registrations …, cars with a charging cable took 33.6%": two
                # things the lexicon cannot read are never taken for one
            if not (_missing(s.of_metric) or _missing(p.metric) or s.of_metric == p.metric or _eq(p.metric, broader)
                    or _exported_output(s, p)):
                if not extras:
                    measured_apart.setdefault((s.file, s.id), []).append(p)
                continue  # "sold 702,000 units" as a part "of NEV retail"
            candidates.setdefault((s.file, s.id), []).append(_Part(s, p, extras, wanted))
    if not candidates:
        return out
    chosen = []
    for (path, sid), group in candidates.items():
        if not _named(group[0].share.segment) and (unnamed_parts := [c for c in group if not _named(c.part.segment)]):
            group = unnamed_parts  # "EVs accounted for 7.3%": the EVs', never Kia's 11,980 EVs
        best = min(group, key=lambda c: c.rank)  # the first of the best, as a stable sort leaves it
        framed = [c for c in group if len(c.extras) == len(best.extras) and _same_unit(c.part, best.part)]
        bound = {x for x in best.part.segment - best.share.segment if lex.family(x) == "region"}
        if bound and (unbound := [c for c in framed if c.part.segment == best.part.segment - bound]):
            best = min(unbound, key=lambda c: c.rank)  # "44,980 of them … went to the European Union": a destination's part of
            framed = [c for c in framed if not bound & c.part.segment]  # the exports, beside the exports' own 51,760
        of_metric = best.share.of_metric
        measured = [c for c in framed if not _missing(of_metric) and _eq(c.part.metric, of_metric)
                    and (c.part.start < c.share.start or c.part.paragraph == c.share.paragraph)]  # never a level paragraphs later
        if best.rank[3] and _distinct(c.part.value for c in framed) > 1 and _distinct(c.part.value for c in measured) == 1:
            best, framed = measured[0], measured  # "Overseas plants accounted for 64.7% of output": the overseas output row,
            # not "Exports from Japan", a row of exports of no metric
        if best.rank[3] and _distinct(c.part.value for c in framed) > 1:
            alike = [c for c in framed if (c.part.scope == WIDE) == (best.share.scope == WIDE)]
            if _distinct(c.part.value for c in alike) == 1:  # "took 19.8% of the EU market": the EU's level, not the one
                best, framed = alike[0], alike  # "In the region as a whole" counts across the EU, EFTA and the UK
        if best.rank[3] and _distinct(c.part.value for c in framed) > 1:
            reasons[(path, sid)] = TWO_PARTS
            continue  # the segment's level is stated more than once, with different values
        text = (texts or {}).get(path, "")
        if _missing(best.part.metric) and OF_THEM_OPENING.match(text, sentence_start(text, best.part.start)) \
                and any(q.value > best.part.high and 0 <= best.part.sentence - q.sentence <= 1 for q in measured_apart.get((path, sid), ())):
            reasons[(path, sid)] = TWO_PARTS  # "Imports of used cars fell … to 31,280. Of them, 27,150 came from Great Britain",
            continue  # then "Used imports were 35.8 per cent of the new car market": the 27,150 says no metric, the 31,280 another
        chosen.append(best)
    if not chosen:
        return out
    segment_levels = {(c.part.file, c.part.id) for group in candidates.values() for c in group}  # a segment's own level is never a total
    # (a composite's level, the NEVs' 1.236 million, is a part of the market and the total of its members alike)
    wholes: dict[tuple[str, object], list[Row]] = {}
    for r in levels:
        if ((r.file, r.id) not in segment_levels or lex.scope_free(r.segment)) \
                and (_missing(r.item) or _total_line(r.item) or _metric_line(r)) and not _missing(r.period):
            wholes.setdefault((r.file, r.period), []).append(r)  # a list's item is a part, but for its "Total:" line
    by_metric = {(r.file, r.id) for r in levels if _whole_by_metric(r)}  # wholes of their own list's lines only
    rows_of: dict[tuple[str, object, frozenset], list[Row]] = {}
    place_rows: dict[tuple[str, object, str], list[Row]] = {}
    for r in levels:
        if not _missing(r.item) and not _missing(r.period) and r.role == "level":
            rows_of.setdefault((r.file, r.period, r.segment), []).append(r)
            if isinstance(r.scope, str) and (f"name:{r.scope}" in r.segment or _labelled_by(r, r.scope)):
                place_rows.setdefault((r.file, r.period, r.scope), []).append(r)  # "Poland | 46,215": a place's own row;
                # "| United Arab Emirates | 138,450 |" too, the UAE by another of its names
    restated = {(r.file, r.restates) for r in records.rows if isinstance(r.restates, str)}
    said_as: dict[tuple[str, object, float], set[str]] = {}  # the metrics a value of a period is stated with
    for r in levels:
        if isinstance(r.metric, str) and not _missing(r.period):
            said_as.setdefault((r.file, r.period, r.value), set()).add(r.metric)
    shared = _parts_of_another(records)
    names_in: dict[tuple[str, object], set[str]] = {}  # the makers whose levels a period has
    for r in levels:
        names_in.setdefault((r.file, r.period), set()).update(x for x in r.segment if x.startswith("name:"))
    # "Spanish registrations rose 11.3 percent to 121,735" beside a list's "Spain  121,735": one member's level, no whole
    members = {(r.file, r.period, r.value) for r in levels if isinstance(r.item, str) and _named(r.segment)}
    for c in chosen:
        s, p = c.share, c.part
        wanted_metric = p.metric if _missing(s.of_metric) else s.of_metric
        named_row = rows_of.get((s.file, s.period, c.total_segment), []) if c.total_segment and not c.extras and _missing(s.item) else []
        # a share of a named segment ("of battery-electric registrations") may be of the list's or table's row of exactly it
        plain_whole = any(not lex.scope_free(t.segment) and _same_unit(p, t) and t.value > p.high for t in wholes.get((s.file, s.period), ()))
        home = frozenset({_DOMESTIC}) if s.of_market is True and not plain_whole else frozenset()  # "24.4% of the market": the
        # aggregate domestic sales where no plainer total is stated (not beside "Wholesale volumes … reached 2.531 million")
        own = _OF_ITS_OWN.match((texts or {}).get(s.file, ""), s.start + len(s.text)) is not None
        owners = s.segment - lex.scope_free(s.segment) if own else frozenset()  # "11.8% of its deliveries": of Lanxi's own
        subject_only = own and not owners and len(names_in.get((s.file, s.period), ())) > 1  # "the brand sold 4,218 battery vans
        # in May, 19.7% of its total" beside a table of brands: of an owner the measure does not name, so only of the article's
        # own subject's total ("Eco-friendly models … 20.7 percent of its total" in a story about Daeyang)
        place_row = place_rows.get((s.file, s.period, s.scope), []) if isinstance(s.scope, str) and _missing(s.item) else []
        named_place = _whole_place(s, (texts or {}).get(s.file, ""))
        in_frame = not any(lex.family(x) == "class" for x in s.segment | p.segment | c.total_segment)
        fits = []
        for frame in (frozenset(), frames.get(s.file, frozenset()) if in_frame else frozenset()):
            # "Europe's van market shrank again in May": with no plainer total, a brand's share is of the vans' 142,680, the
            # article's frame
            fits = [_Total(s, p, t) for t in [*wholes.get((s.file, s.period), ()), *named_row, *place_row]
                    if (not owners or t.segment - lex.scope_free(t.segment) == owners)
                    and _total_fits(s.segment - owners, c.total_segment | c.extras, t.segment - home - owners - frame,
                                    0 <= s.sentence - t.sentence <= 1 and (s.of_market is not True or _a_market(t.segment)),
                                    regional=s.of_market is not True)
                    and _same_unit(p, t) and (_missing(s.entity) or _missing(t.entity) or s.entity == t.entity)
                    and (t.value > p.high or _scale_slip(s, p, t)) and t.id != p.id
                    and (owners or (t.file, t.period, t.value) not in members or _place_total(s, t))
                    and (_missing(wanted_metric) or _missing(t.metric) or t.metric == wanted_metric
                         or t.metric == lex.within.get(str(wanted_metric)))  # "Total sales … 14.62 lakh": dispatches are sales
                    and not (_missing(t.metric) and not _missing(p.metric) and (metrics := said_as.get((t.file, t.period, t.value)))
                             and not metrics & {p.metric, lex.within.get(str(p.metric))})
                    # a table's "739,600" that the prose states as retail is no whole of the NEVs' wholesale
                    and (_named(p.segment) or not _members_total(t, (texts or {}).get(s.file, "")))
                    and (named_place is None or _of_place(t, named_place, records))  # "of the EU market": never Germany's total
                    and _named_regions_hold(c.total_segment, t, records)
                    and not (_the_other(t, texts) and not _named_segment(s))
                    and not _sibling_places(p, t) and ((t.file, t.id) not in by_metric or _same_list(p, t))]
            if subject_only:
                fits = [g for g in fits if _named(g.total.segment)
                        and _scope_of_article(_names(g.total.segment), records, s.file, (texts or {}).get(s.file, ""))]
            if s.whole or _named(s.segment) and not lex.scope_free(s.segment):
                fits = [g for g in fits if (g.total.file, g.total.id) not in shared]  # "98,412 units, 21.3% of the total" is
                # never of "372,514 units, or 80.5% of wholesales": a part of another whole; nor a brand's share of the market
                # of "98,310 registrations, or 68.9% of the market"
            if fits:
                break
        if _named(s.segment) and _OF_THE_OWNERS.match((texts or {}).get(s.file, ""), s.start + len(s.text)):
            fits = [g for g in fits if _named(g.total.segment) and not _names(g.total.segment) & _names(s.segment)]
            # "the Terrace crossover, sold 92,410 units, 26.3% of the brand's volume": of the brand's level, never the company's
        if not fits and not c.total_segment and not c.extras and not s.whole and not _named(s.segment):
            fits = _covering_whole(s, p, [t for t in wholes.get((s.file, s.period), ()) if (t.file, t.id) not in by_metric or _same_list(p, t)],
                                   wanted_metric)
        if not fits:
            continue
        if (bool(s.whole) or _unnamed(s)) and len(fits) > 1:
            wholes_only = [g for g in fits if (g.total.file, g.total.id) not in restated and g.total.segment != REMAINDER]
            # "of the total": never "Rental companies accounted for 1,512 of them, or 54.3%", nor the rest, nor "private buyers
            # for the remaining 1,050" where a total of no such qualifier fits
            plainest = [g for g in wholes_only if lex.scope_free(g.total.segment) - {PASSENGER} - home <= c.total_segment | c.extras]
            fits = plainest or wholes_only or fits
        if _exported_output(s, p):
            fits = [g for g in fits if g.total.metric == "production"]  # the output the vehicles shipped abroad were built in
            if not fits:
                continue
        named = [g for g in fits if _eq(g.total.metric, s.of_metric)]
        if _distinct(g.total.value for g in fits) > 1 and s.of_metric != "sales" and _distinct(g.total.value for g in named) == 1:
            fits = named  # "56.8% of NEV retail": the NEVs' retail figure, not their wholesale one of no stated metric
        if _distinct(g.total.value for g in fits) > 1 and _the_other(p, texts):
            fits = [g for g in fits if not (g.total.sentence == p.sentence and g.total.start < p.start)] or fits
            # "Dealer consignments supplied 350,710 units and rental fleets the other 61,890, or 15.0% of the total": the other
            # part, never the whole the two make up
        if _distinct(g.total.value for g in fits) > 1:
            same = [g for g in fits if g.total.sentence == s.sentence and not _other_name(s.segment, g.total.segment)]
            plain = [g for g in fits if not _named(g.total.segment)]
            wide = WIDE in (s.scope, p.scope)
            placed = [g for g in fits if (g.total.scope == WIDE) == wide]
            here = [g for g in fits if _place_total(s, g.total)]
            scoped = [g for g in fits if g.total.scope == s.scope]
            text = (texts or {}).get(s.file, "")
            these = [g for g in fits if g.total.sentence == p.sentence - 1 and g.total.paragraph == p.paragraph] \
                if OF_THEM_OPENING.match(text, sentence_start(text, p.start)) else []
            if _distinct(g.total.value for g in same) == 1:
                fits = same
            elif _distinct(g.total.value for g in these) == 1:
                fits = these  # "21,640 new city buses entered service in 2025 …. Of these, 12,318 were zero-emission, a share of
                # 56.9%": of the buses "these" are, never the coaches' 17,000 paragraphs on
            elif _distinct(g.total.value for g in here) == 1:
                fits = here  # "19,870 registrations, 43.0% of the Polish market": Poland's row, not the region's Total
            elif _section_scoped(s, p) and _distinct(g.total.value for g in scoped) == 1:
                fits = scoped  # "Imported vehicles totalled 71,926, which is 60.6% of sales" under "MEXICO": Mexico's sales,
                # not Brazil's in the section before
            elif _distinct(g.total.value for g in placed) == 1:
                fits = placed  # "In the region as a whole, … a 27.2% share": of the EU, EFTA and the UK's total, not the EU's;
                # "Volkswagen led the EU with …, 26.5% of the market": the EU's, not that one
            elif plain and any(lex.scope_free(g.total.segment) == {PASSENGER} for g in fits) \
                    and not any(g.total.paragraph == s.paragraph for g in fits) \
                    and not (isinstance(s.of_segment, frozenset) and PASSENGER in s.of_segment) and any(
                    PASSENGER in r.segment and r.paragraph == s.paragraph and r.start < s.start and r.id != p.id
                    for r in records.by_file[s.file]):
                reasons[(s.file, s.id)] = TWO_TOTALS  # "Passenger car sales grew 37.3% from 7,180. Locally assembled cars made up
                continue  # 5,340 …, 54.2% of the market": of the cars' 9,860 or all 12,430 vehicles; the words do not say
            elif _distinct(g.total.value for g in plain) == 1 and plain[0].total.value == _largest(g.total.value for g in fits) \
                    and all(g.total.start < s.start for g in plain):  # never a "1,000,000" in a later paragraph
                fits = plain  # the market beside its brands ("Volkswagen … with 46,820", "ahead of BMW with 21,940")
            elif (bool(s.whole) or _unnamed(s)) and (largest := _largest_unqualified(fits, restated)) is not None:
                fits = largest  # "of total sales": the total the others are parts of
            elif (first := _said_first(s, fits)) is not None:
                fits = first
            else:
                reasons[(s.file, s.id)] = TWO_TOTALS
                continue  # two totals could fit: leave the share unchecked
        if len({g.total.metric for g in fits if not _missing(g.total.metric)}) > 1:
            continue
        total = min(fits, key=lambda g: g.total.start).total
        if not _place_total(s, total) and not _scope_of_article(total.segment - s.segment - p.segment, records, s.file,
                                                                  (texts or {}).get(s.file, "")):
            continue  # "Market leader Vayu Motors shipped 1,98,420 units" is no whole of India's exports to Africa
        if (size := {x for x in p.segment if lex.family(x) == "size"} - total.segment) and any(
                r.role == "level" and r.period == s.period and size <= r.segment and r.value > p.high and r.id != p.id
                and not {x for x in lex.scope_free(r.segment) if lex.family(x) != "size"} for r in records.by_file[s.file]):
            reasons[(s.file, s.id)] = TWO_TOTALS  # "Toyota sold 98,120 registered vehicles, 40.6% of the total" beside the
            continue  # registered vehicles' 241,380 and all 360,285 vehicles: either total, the words do not say
        if s.of_market is True and _named(p.segment) and (power := {x for x in p.segment if lex.family(x) == "powertrain"} - total.segment) and any(
                r.role == "level" and r.period == s.period and power <= r.segment and r.value > p.high and r.id != p.id
                and not _named(r.segment) for r in records.by_file[s.file]):
            reasons[(s.file, s.id)] = TWO_TOTALS  # "Arvenna … with 2,307 zero-emission buses, 18.7% of the market" beside the
            continue  # 12,318 zero-emission buses and all 21,640: of either market, the words do not say
        rows = _rows_named_after(s, records, (texts or {}).get(s.file, ""))
        if rows:  # "57.3% of registered vehicles" under a table with a "Registered vehicles" row: that row, not the Total
            if len({r.value for r in rows}) != 1 or not (rows[0].value > p.high and _same_unit(p, rows[0])):
                continue
            total = rows[0]
        if not _near_stated(s, p, total) and not _named_whole(s, p, total) and not _named_segment_whole(s, p, total, (texts or {}).get(s.file, ""), records) \
                and not _place_total(s, total) \
                and not _named_market(s, total, (texts or {}).get(s.file, "")) and not _section_market(s, p, total, fits):
            reasons[(s.file, s.id)] = FAR_WHOLE
            continue  # "21,480 …, or 46.8% of the national total" is no share of all 512,640 vehicles (4.2%)
        if s.role == "forecast" and not all(0 <= s.sentence - x.sentence <= 1 for x in (p, total)):
            continue  # "expects … BEVs at 24.5% of the full-year market": a forecast's share, of no level reported far from it
        if _outside_frame(s, total, (texts or {}).get(s.file, "")):
            continue  # "Among used imports, 9,860 were battery-electric, 18.3 per cent of the total": of the used imports, never
            # of the 16,120 new battery-electric cars
        if p.sentence != s.sentence and (text := (texts or {}).get(s.file, "")) \
                and _MARKET_WIDE.match(text, sentence_start(text, s.start)) and not _MARKET_WIDE.match(text, sentence_start(text, p.start)) \
                and (_named(p.segment) or not _missing(p.entity) or _OWNER_OPENING.match(text, sentence_start(text, p.start))):
            continue  # "Across the market, battery-electric cars took 23.4% of new-car registrations": the whole market's, never
            # the part one maker sold two paragraphs before (a part of the market stated elsewhere stays one)
        if s.whole and total.sentence > s.sentence and total.paragraph <= s.paragraph + 1 \
                and _OF_THE_TOTAL.match((texts or {}).get(s.file, ""), s.start + len(s.text)):  # (a live blog's entries run
            # latest first: its whole may stand entries below)
            said = [r for r in records.by_file[s.file] if r.sentence <= s.sentence and r.value == total.value and r.kind == total.kind
                    and r.unit == total.unit and r.period == total.period and r.role == "level"]
            if not said:  # "Hybrids made up 44.6% of the total, or 832,300 vehicles. Global production … fell 2.2% to 1,902,400":
                continue  # "the total" points back to one said before, never to a later amount (but to one restating it)
        out.setdefault(s.file, []).append(
            Claim("share", s.id, {"share": s.id, "part": p.id, "total": total.id},
                  note="part and total joined by measure"))
    return out


_OF_THE_TOTAL = regex(r"\s*(?:%|per\s*cent|percent)?\s*of\s+the\s+total\b", re.I)  # a whole said before: "of the total"
_MARKET_WIDE = regex(r"\W*(?:Across\s+the\s+(?:whole\s+|wider\s+|entire\s+)?(?:market|industry|country|sector)|(?:Market|Industry|Sector)-wide|"
                     r"For\s+the\s+(?:market|industry)\s+as\s+a\s+whole|(?:In|For)\s+the\s+(?:wider|overall|whole)\s+market)\b", re.I)
_OWNER_OPENING = regex(r"\W*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?['’]s\s")  # "Halden's own zero-emission share was 19.6%"
_AMONG_OPENER = regex(r"\W*(?:Among|Of)\s+(?:the\s+|these\s+|those\s+|all\s+)?([^,\d]{1,80}),")


def _sibling_places(part: Row, total: Row) -> bool:
    """"North America brought in ¥318.7 billion … Europe ¥212.5 billion": one place's revenue is no whole of a part earned
    in a place apart from it (but a trade flow's ends are: exports to Germany are a part of Japan's exports; and counts are
    left to the flows' own readings)."""
    return part.kind == "money" and isinstance(part.scope, str) and isinstance(total.scope, str) and places().apart(part.scope, total.scope) \
        and not is_flow(total.metric, total.segment) and not is_flow(part.metric, part.segment)


def _outside_frame(share: Row, whole: Row, text: str) -> bool:
    """Whether a share whose words name no whole of their own ("… of the total") has a whole outside the segments its
    sentence opens on as the frame of what it counts ("Among used imports, …")."""
    if share.of_market is True or isinstance(share.of_metric, str) or not text:
        return False
    m = _AMONG_OPENER.match(text, sentence_start(text, share.start))
    lex = lexicon()
    frame = lex.scope_free(frozenset(lex.segments_in(m.group(1)))) if m else frozenset()
    return bool(frame) and not frame <= lex.scope_free(whole.segment)


_OF_THE_OWNERS = regex(r"\s*(?:of|in)\s+the\s+(?:brand|division|marque|unit)['’]s\s", re.I)
_OF_ITS_OWN = regex(r"\s*(?:of|in)\s+(?:its|their)\s+(?:own\s+)?(?:total\s+|overall\s+|monthly\s+)?"
                    r"(?:deliveries|sales|volumes?|output|production|shipments|registrations|total)\b", re.I)


def _opening(records: Records, path: str, text: str) -> str:
    """The article's opening words (`measures.opening_end`), lowercased: where it names its subject or scope."""
    return text[:opening_end(records.by_file[path], text)].lower()


_FLOW_WORDS = regex(r"\b(?:exports?|exported|imports?|imported|destinations?|shipped\s+abroad|shipments\s+abroad)\b", re.I)


def _abroad(part: Row, whole: Row, home: str | None) -> bool:
    """A part counted in a place apart from the article's own ("Argentina …, taking 24,930 vehicles, or 60.4% of the total
    shipped", in a release on Brazil) is a part of a trade flow, never of the home market's sales or output."""
    return isinstance(part.scope, str) and not isinstance(whole.scope, str) and home is not None \
        and places().apart(part.scope, home) and not is_flow(whole.metric, whole.segment)


def _frame(records: Records, path: str, text: str) -> frozenset:
    """The one vehicle class or market an article's opening words name ("Europe's van market shrank again in May", "Thailand
    shipped 86,904 vehicles abroad"): the frame every total of it carries, which a brand's or a destination's share is of;
    none where they name two or none."""
    lex = lexicon()
    named = frozenset(x for x in lex.segments_in(_opening(records, path, text)) if lex.family(x) in ("class", "market")) - {PASSENGER}
    return named if len(named) == 1 and not named & {_DOMESTIC} else frozenset()  # "Korean car exports edge up": the exports'
    # (cars are what every total of it counts anyway)


def _scope_of_article(names: frozenset, records: Records, path: str, text: str) -> bool:
    """A whole's own name is the article's scope ("Germany registered 212,400 new cars") when the
    opening words name it; a maker named only further on is one maker among others."""
    named = [x[len("name:"):] for x in names if x.startswith("name:")]
    if not named or not text:
        return True
    opening = _opening(records, path, text)
    return all(n.split()[0] in opening for n in named)


def _beside_rivals(level: Row, records: Records) -> bool:
    """"Hanul Motor shipped 98,460 cars abroad, …, followed by Daehan with 61,230": a maker's level in a sentence that gives
    another maker's is one of several, never the whole the article is about."""
    own = _names(level.segment)
    return any(r.sentence == level.sentence and r.id != level.id and r.kind in QUANTITY and _names(r.segment) - own
               for r in records.by_file[level.file])


def _rows_named_after(share: Row, records: Records, text: str) -> list[Row]:
    """The levels of the share's period in a table row whose label the words after the share name."""
    if not text:
        return []
    after = " ".join(text[share.start + len(share.text):share.start + len(share.text) + 60].lower().split())
    return [r for r in records.by_file[share.file] if isinstance(r.item, str) and r.period == share.period and r.role == "level"
            and r.kind in QUANTITY and len(label := r.item.split(":", 1)[-1].strip().lower()) >= 4
            and label in after  # what the pattern below needs, tested first: most labels are never said, and each
            # label's pattern was compiled again once `re`'s cache had let it go
            and re.search(rf"^\W*(?:of|in)\s+(?:the\s+|all\s+)?{re.escape(label)}\b", after)]


def _other_name(share: frozenset, total: frozenset) -> bool:
    """"Aoxin alone delivered 18,240 …, and Jiangnan Auto sold 12,905, or 21.0%": another maker's level."""
    return any(x.startswith("name:") for x in share) and any(x.startswith("name:") for x in total - share)


def _largest_unqualified(group: list[_Total], restated: set[tuple[str, str]] | None = None) -> list[_Total] | None:
    """The largest candidate stated before the share ("of the total" points back), where it
    carries no segment and is stated once at that value. A passenger-car level that a share restates
    ("Passenger cars comprised 16,110 sales, or 16.5%") is a part of the market, never another whole."""
    if len({g.total.metric for g in group if not _missing(g.total.metric)}) > 1:
        return None  # sales and production: two wholes could fit
    group = [g for g in group if g.total.start < g.share.start and JOINT not in g.total.segment]  # a maker's level is a part
    if not group:
        return None
    wanted = group[0].share.of_metric
    if isinstance(wanted, str) and any(_eq(g.total.metric, wanted) for g in group):
        named = [g for g in group if _eq(g.total.metric, wanted)]  # "of total new vehicle sales": the figures that are sales
        most = _largest(g.total.value for g in named)
        if any(g.total.value > most for g in group if _missing(g.total.metric)):
            return None  # a larger whole of no stated metric ("Dealers counted 2.537 million") could be meant
        group = named
    top_value = _largest(g.total.value for g in group)
    unnamed = [g for g in group if _missing(g.total.metric) and not _named(g.total.segment)]  # a maker's level is no whole
    if any(g.total.value != top_value for g in unnamed) or all(_missing(g.total.metric) for g in group if g.total.value == top_value):
        return None  # a figure of no stated metric ("Dealers counted 2.537 million"): another whole could be meant
    top = [g for g in group if g.total.value == top_value]
    lex = lexicon()
    home = {_DOMESTIC} if group[0].share.of_market is True and not any(not lex.scope_free(g.total.segment) for g in group) \
        else set()
    if any(lex.scope_free(g.total.segment) - {PASSENGER} - home for g in top):  # "of the market": aggregate domestic sales are it
        return None  # "11,482 new passenger cars" is the market a share of "new cars" is of; NEVs or exports are not
    cars = [g for g in group if lex.scope_free(g.total.segment) == {PASSENGER} and not g.total.complete
            and (g.total.file, g.total.id) not in (restated or set())]  # but "By brand, the
    # passenger-car arm … sold 148,300 units": a member of a breakdown, no market
    powertrain = any(lex.family(x) == "powertrain" for x in group[0].share.segment)
    if powertrain and cars and not all(PASSENGER in g.total.segment for g in top):
        return None  # a plug-in hybrid share of all 299,900 motor vehicles or of the 239,410 passenger cars: either could be meant
    return top


_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_MEMBERS_TOGETHER = guarded(regex(rf"(?:\b(?:together|combined|between\s+them),?\s+(?:the|these|those|all)\s+{_COUNT_WORD}\s|"
                          rf"\b(?:the|these|those|all)\s+{_COUNT_WORD}\s+(?:[\w-]+\s+){{0,3}}?(?:together|combined|between\s+them)\b)"
                          r"[^.;\d]{0,60}$", re.I))


def _members_total(total: Row, text: str) -> bool:
    """"Together, the five markets registered 494,146 cars": the sum of named members, a whole for one of
    them ("Aoxin alone accounting for 38.1 percent of that"), never for a segment of one unnamed market
    ("Battery-electric cars reached 29,430 …, 18.6 percent of the market" under "FRANCE")."""
    return bool(text) and bool(_MEMBERS_TOGETHER.search(text, max(0, total.start - 100), total.start))


def _unnamed(share: Row) -> bool:
    """A share whose words name no total ("giving them a share of 9.4%"): of the market, as "of the total" is."""
    return not isinstance(share.of_metric, str) and not (isinstance(share.of_segment, frozenset) and share.of_segment)


def _named(segment: frozenset) -> bool:
    return any(x.startswith("name:") for x in segment)


def _names(segment: frozenset) -> frozenset:
    return frozenset(x for x in segment if x.startswith("name:"))


def _same_unit(part: Row, total: Row) -> bool:
    """Money joins money of its currency; counts join counts (a bare number joins either)."""
    if part.kind == "money" or total.kind == "money":
        return part.kind == total.kind and _eq(part.unit, total.unit)
    return (part.kind in ("count", "number") and total.kind in ("count", "number")
            and units_agree(part.unit, total.unit))


def _named_segment(share: Row) -> bool:
    return isinstance(share.of_segment, frozenset) and bool(share.of_segment - {"qualified"})


def _the_other(r: Row, texts: dict[str, str] | None) -> bool:
    """"… and the Strand hatchback for the other 19,150": what the others leave, a part, and never the whole "of the total"
    means (though it is the whole of a share that names it: "The other 20,630 went abroad …. Europe absorbed 11,240 of the
    overseas total, or 54.5%")."""
    text = (texts or {}).get(r.file, "")
    return bool(text) and THE_OTHER.search(text, max(0, int(r.start) - 16), int(r.start)) is not None


def _covering_whole(share: Row, part: Row, wholes: Iterable[Row], metric: object) -> list[_Total]:
    """"The Group delivered 128,406 new energy vehicles in September. … Battery electric vehicles accounted for 58.3% of
    September deliveries, with 74,890 units": an NEV maker's deliveries are its NEVs, so a share of its plain deliveries
    is of the one level before it whose segment covers the share's (NEVs cover BEVs), the largest of the period, where no
    plain whole is stated and the share it gives lies near the stated one."""
    lex = lexicon()
    core = lex.scope_free(share.segment)
    if len(core) != 1:
        return []
    wholes = [t for t in wholes if _same_unit(part, t) and t.value > part.high and t.start < share.start and t.role == "level"]
    covering = [t for t in wholes if len(seg := lex.scope_free(t.segment)) == 1 and (x := next(iter(seg))) not in core
                and lex.leaves(next(iter(core))) < lex.leaves(x) and (_missing(metric) or _missing(t.metric) or t.metric == metric)]
    if len({t.value for t in covering}) != 1 or covering[0].value < max(t.value for t in wholes) \
            or not _near_stated(share, part, covering[0]):
        return []
    return [_Total(share, part, covering[0])]


def _said_first(share: Row, fits: list[_Total]) -> list[_Total] | None:
    """The one whole a reader has already met: stated before the share, in its paragraph or the one
    before, where every other whole that fits comes paragraphs after it ("Cars accounted for 78,915
    of them …. Battery-electric cars … lifting the electric share of the car market to 19.9%", then a
    section on another country's 51,274 cars)."""
    after = [g for g in fits if g.total.paragraph > share.paragraph]
    before = [g for g in fits if g.total.start < share.start and 0 <= share.paragraph - g.total.paragraph <= 1]
    if not before and len(after) < len(fits):
        before = [g for g in fits if g.total.start < share.start]  # "UzAuto Motors produced 312,480 vehicles" in the lede,
        # "Exports reached 48,615 vehicles, or 15.6 percent of production" paragraphs on: the one whole met so far
    if isinstance(share.of_metric, str) and any(isinstance(g.total.metric, str) and g.total.metric != share.of_metric for g in before):
        return None  # "NEVs accounted for 59.9% of retail sales" after "The industry sold 2.143 million": sold or shipped
    if _distinct(g.total.value for g in before) == 1 and len(before) + len(after) == len(fits):
        return before
    return None


def _near_stated(share: Row, part: Row, total: Row) -> bool:
    """A whole the words do not name by its figure is only taken where the share it gives lies within a
    factor of 1.5 of the stated one: a slip of a digit or a mix-up of wholes stays near, while a share
    eleven times the one computed names another whole. A scale slip is kept, to show it."""
    if _scale_slip(share, part, total) or not total.value or not share.value:
        return True
    ratio = (part.value / total.value * 100) / share.value
    return 1 / 1.5 <= ratio <= 1.5


def _named_whole(share: Row, part: Row, total: Row) -> bool:
    """A whole the words name by its segment ("Private buyers … registered 83,410 cars …. Of those, 13,904 were
    battery-electric. That put the BEV share among private buyers at 5.8 percent"), where the share's own segment is
    that one and one more, and part and whole are stated in the share's paragraph: no other whole is meant, however
    far the share lies. A whole named by its segment and by a metric narrower than sales may stand a paragraph before
    ("231,480, or 46.4% of NEV wholesale volume")."""
    named = share.of_segment if isinstance(share.of_segment, frozenset) else frozenset()
    extra = share.segment - named
    metric_named = isinstance(share.of_metric, str) and share.of_metric != "sales" and total.metric == share.of_metric \
        and 0 <= share.paragraph - total.paragraph <= 1
    return bool(named) and "qualified" not in named and total.segment == named and len(extra) == 1 \
        and lexicon().scope_free(extra) == extra and part.paragraph == share.paragraph \
        and (total.paragraph == share.paragraph or metric_named) and _missing(part.item)


def _named_segment_whole(share: Row, part: Row, total: Row, text: str, records: Records) -> bool:
    """A whole the words name by its segments alone, stated before the share, for a part that is one company's or one
    more segment's share of it ("Chery Group ranked second with 61,205 NEVs shipped overseas, giving it 8.5% of China's
    new energy vehicle exports" after "NEV exports reached 318,000 units"): no other whole is meant, however far the
    share lies or how far back the whole stands (the other reading, a share of all exports, is the slip it shows)."""
    lex = lexicon()
    named = lex.scope_free(share.of_segment) if isinstance(share.of_segment, frozenset) else frozenset()
    if not named or "qualified" in named or lex.scope_free(total.segment) != named or total.start > share.start \
            or not (share.restates == part.id or _sole_level_before(share, part, records)) or _JOINTLY.search(text, part.start, share.start):
        return False  # the part is the level the share restates, or its sentence's one level: never one of two a share
        # "together" is of
    extra = share.segment - named
    return bool(extra) and (all(x.startswith("name:") for x in extra) or len(extra) == 1 and lex.scope_free(extra) == extra) \
        and (_missing(share.of_metric) or total.metric == share.of_metric) and _missing(part.item)


def _sole_level_before(share: Row, part: Row, records: Records) -> bool:
    """The part is the one amount of the share's sentence before it ("Chery Group ranked second with 61,205 NEVs shipped
    overseas, giving it 8.5% of …")."""
    before = [r for r in records.in_text_order[share.file] if r.sentence == share.sentence and r.start < share.start
              and r.kind in QUANTITY]
    return [r.id for r in before] == [part.id]


_JOINTLY = regex(r"\b(?:together|combined|jointly|between\s+them|the\s+two|both)\b", re.I)


def _named_market(share: Row, total: Row, text: str) -> bool:
    """A whole the words name as the market's own count ("Private buyers registered 31,486 battery electric cars, accounting
    for 22.5% of the month's registrations"), for a share of two qualifiers, where the total stated before is that count
    and no segment's: no other whole is meant, however far the share lies (the other reading, a share of one qualifier's
    own total, is the slip it shows)."""
    lex = lexicon()
    return share.of_segment == frozenset() and isinstance(share.of_metric, str) and total.metric == share.of_metric \
        and len(lex.scope_free(share.segment)) == 2 and not lex.scope_free(total.segment) and total.start < share.start \
        and _missing(total.item) and _OF_AFTER.match(text, share.start + len(share.text)) is not None


def _section_market(share: Row, part: Row, total: Row, fits: list[_Total]) -> bool:
    """"Their sales fell 8.9% to 22,318, giving them 31.0% of the market" under "MEXICO", after "Mexico's light-vehicle
    sales climbed 5.1% to 118,653": the one plain level of the place the share is scoped to, stated before it, is the
    market it names, however far the share lies."""
    if share.of_market is not True or share.of_segment != frozenset() or not _section_scoped(share, part):
        return False
    same = {g.total.value for g in fits if g.total.scope == share.scope}
    return total.scope == share.scope and same == {total.value} and total.start < share.start \
        and not lexicon().scope_free(total.segment) and _missing(total.item)


def _section_scoped(share: Row, part: Row) -> bool:
    """A share scoped to one place that neither it nor its part names as a segment (a section's "MEXICO"): its whole is
    that place's; "Europe supplied 22,400 of the orders, 53.6% of the total" is a region's share of a wider whole."""
    return isinstance(share.scope, str) and share.scope not in (WIDE, JOINED_PLACES) and not _regions(share.segment | part.segment) \
        and f"name:{share.scope}" not in share.segment | part.segment


def _scale_slip(share: Row, part: Row, total: Row) -> bool:
    """A part larger than its total only because of its scale word ("7.41 crore" of "256.07 lakh"):
    kept, so the share check shows the slip."""
    return not _missing(part.scale) and not _missing(total.scale) and part.scale != total.scale and part.sentence == share.sentence \
        and total.paragraph == share.paragraph  # never a "$860 million" paragraphs later, a part of another whole


def find_shares_of_sums(records: Records, reasons: dict[tuple[str, str], str] | None = None,
                        texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    """"Together, North America and Europe made up 76.2% of revenue": the share of the sum of the
    named segments' levels in the total of the same period."""
    out: dict[str, list[Claim]] = {}
    stated = [r for r in records.rows if _stated_share(r)]
    if not stated:
        return out
    lex = lexicon()
    levels: dict[str, list[Row]] = {}  # by file: a batch's shares each looked through every file's levels
    for r in records.rows:
        if r.kind in QUANTITY and r.role == "level":
            levels.setdefault(r.file, []).append(r)
    for s in stated:
        here = [r for r in levels.get(s.file, ()) if _eq(r.period, s.period)]
        segment = s.segment
        if len(segment) == 1 and lex.leaves(next(iter(segment))) != segment:
            # a composite ("electrified", "NEVs") stated only through its members
            if any(lex.scope_free(r.segment) == segment for r in here):
                continue
            segment = lex.leaves(next(iter(segment)))
            text = (texts or {}).get(s.file, "")
            if (together := _TOGETHER_WITH_NAMED.match(text, sentence_start(text, s.start), s.start)) is not None:
                members = _together(s, together.group("named"), segment, records)
                if members is None:
                    continue
                segment = members
        elif len(segment) < 2:
            continue
        optional = lex.leaves(next(iter(s.segment))) - lex.required_leaves(next(iter(s.segment))) if len(s.segment) == 1 else frozenset()
        families = {lex.family(x) for x in segment}
        if len(families) != 1:
            continue
        family = next(iter(families))
        parts = []
        for label in sorted(segment):
            fit = [r for r in here if _part_fits(frozenset({label}), r.segment)]
            if not fit and label in optional:
                continue  # EREVs the article counts among PHEVs
            if not fit or _distinct(r.value for r in fit) != 1:
                break
            parts.append(min(fit, key=lambda r: abs(r.start - s.start)))
        else:
            units = {(p.kind == "money", p.unit if p.kind == "money" else None) for p in parts}
            if len(units) != 1:
                continue
            money, unit = next(iter(units))
            whole = sum(p.value for p in parts)
            named = {p.metric for p in parts if isinstance(p.metric, str)}
            wanted = lex.scope_free(s.of_segment) if isinstance(s.of_segment, frozenset) else frozenset()
            if "qualified" in wanted:
                continue  # "20.9 per cent of imports": a whole the lexicon cannot read is no other unread level ("9,842 were new")
            # the market (passenger cars, for fuel types), or the segment named ("60.1 percent of Chinese brands' volume"), never
            # a part's family, nor the level of a maker other than the article's ("Škoda … 7,690 registrations")
            frame = _frame(records, s.file, (texts or {}).get(s.file, "")) if family == "region" else frozenset()
            framed = {wanted} if not frame or any(lex.scope_free(r.segment) == wanted for r in here
                                                  if r.value > whole and (r.kind == "money") == money) \
                else {wanted | frame}  # "the South American and Asian deliveries together made up 35.7% of the quarter's
            # volume" in a story of trucks with no plainer total: of the 28,460 trucks, the article's frame
            totals = [r for r in here if not any(lex.family(x) == family for x in r.segment)
                      and not (family == "region" and holds_none_of(r.scope, r.metric, r.segment, segment))
                      and _scope_of_article(r.segment - s.segment, records, s.file, (texts or {}).get(s.file, ""))
                      and (lex.scope_free(r.segment) in framed or family == "powertrain" and lex.scope_free(r.segment) == wanted | {PASSENGER})
                      and (r.kind == "money") == money and r.value > whole
                      and (not money or _eq(r.unit, unit))
                      and (not named or _missing(r.metric) or r.metric in named)
                      and (not isinstance(s.of_metric, str) or _missing(r.metric) or r.metric == s.of_metric)]
            found = _distinct(r.value for r in totals)
            if found == 1 and totals[0].start > s.start and totals[0].paragraph != s.paragraph:
                continue  # never the 1,184,300 kits of a paragraph further on, the one total of the kind
            if found != 1:
                if found > 1 and reasons is not None:
                    reasons[(s.file, s.id)] = TWO_TOTALS
                continue  # no total, or two that could fit
            out.setdefault(s.file, []).append(
                Claim("share", s.id, {"share": s.id, "parts": tuple(p.id for p in sorted(parts, key=lambda p: p.start)),
                                      "total": totals[0].id},
                      note="share of the sum of named segments, joined by measure"))
    return out


# "Together with plug-in hybrids, which rose 41.1%, electrified cars made up 32.9%": the members its opening names
_TOGETHER_WITH_NAMED = regex(r"\W*(?:Together|Along|Combined)\s+with\s+(?P<named>[^,;.\d]{1,60})", re.I)


def _together(share: Row, named: str, members: frozenset[str], records: Records) -> frozenset[str] | None:
    """The members of a composite a share's opening adds together: those named after "Together with", and the one the
    sentence before is about ("Battery-electric cars … Their share rose …"); None where they are not one reading."""
    lex = lexicon()
    said = frozenset().union(*(lex.leaves(x) for x in lex.segments_in(named))) & members
    if not said:
        return None
    if len(said) >= 2:
        return said  # "Together with 58,400 plug-in hybrids and the battery-electric tally": both named
    before = {x for r in records.by_file[share.file] if r.sentence == share.sentence - 1
              for x in lex.scope_free(r.segment) if x in members and x not in said}
    return said | before if len(before) == 1 else None


# "Brazil alone accounted for 50.2% of the six-country total": a whole the words count the members of
_COUNTED_WHOLE = regex(rf"\s*of\s+(?:the|their)\s+{COUNT}[- ](?:country|market|nation|brand|maker|carmaker|region|state|"
                       r"province|company|group)s?['’]?\s+(?:combined\s+)?(?:total|sales|volume)\b", re.I)


def find_counted_shares(records: Records, found: dict[str, list[Claim]], texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    """A member's share of a whole its words count ("… 50.2% of the six-country total" below a list of six countries and
    the total they add up to): of the total of the one sum with that many parts, the member's level among them."""
    out: dict[str, list[Claim]] = {}
    for path, claims in found.items():
        text = (texts or {}).get(path, "")
        sums = [c for c in claims if c.rule == "sum"]
        shared = {c.roles.get("share") for c in claims if c.rule == "share"}
        if not text or not sums:
            continue
        for s in records.by_file.get(path, []):
            if s.kind != "percent" or s.role != "share" or s.id in shared \
                    or (counted := _COUNTED_WHOLE.match(text, s.start + len(s.text))) is None:
                continue
            n = count_of(counted.group(1))
            fits = [c for c in sums if len(c.roles["parts"]) == n]
            parts = {p for c in fits for p in c.roles["parts"]}
            members = [r for r in records.by_file[path] if r.id in parts and r.period == s.period
                       and (r.id == s.restates or _named(s.segment) and _names(r.segment) == _names(s.segment))]
            if len(members) != 1 or len(fits) != 1:
                continue  # the member, in the one sum of that many
            out.setdefault(path, []).append(
                Claim("share", s.id, {"share": s.id, "part": members[0].id, "total": str(fits[0].roles["total"])},
                      note="a member's share of the whole its words count the members of"))
    return out


def find_restated_shares(records: Records, claimed: set[tuple[str, str]],
                         reasons: dict[tuple[str, str], str] | None = None,
                         texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    """Shares that restate the level before them, of no segment the lexicon reads ("Tianheng … led with
    installations of 31.46 GWh, giving it a 43.8 percent share", "Zhongrui … 4.73 GWh, or 6.6 percent").
    The part is that level; the whole is the period's largest level of its unit and metric, with no
    segment (a region or name aside) stated before the share."""
    out: dict[str, list[Claim]] = {}
    reasons = {} if reasons is None else reasons
    lex = lexicon()
    shared = _parts_of_another(records)
    opened: dict[str, frozenset] = {}  # the segments each article's opening names, read once
    for s in records.rows:
        key = (s.file, s.id)
        restates = s.restates if isinstance(s.restates, str) else _said_before(s, records, (texts or {}).get(s.file, ""))
        if s.kind != "percent" or s.role != "share" or restates is None or key in claimed \
                or reasons.get(key) == TWO_PARTS and isinstance(s.restates, str):
            continue  # but "Of these, 11,947 were fully electric. That gives electric cars a share of 96.2 per cent": that one
        text = (texts or {}).get(s.file, "")
        of_the_segment = s.of_segment == frozenset({"qualified"}) and bool(OF_THE_SEGMENT.match(text, s.start + len(s.text)))
        part = records.by_key.get((s.file, restates))
        if of_the_segment and (part is None or JOINT in part.segment or not lex.scope_free(part.segment)
                               or lex.scope_free(s.segment) - lex.scope_free(part.segment)):
            continue  # "186 of those passenger cars, … 0.5% of the segment": the whole its part's segment is in, or nothing
        own_part = part is not None and _own_part(s, part, text)
        within_named = isinstance(s.of_segment, frozenset) and bool(s.of_segment) and s.of_segment < lex.scope_free(s.segment)
        if any(t.startswith("share:") for t in s.taken) \
                or (lex.scope_free(s.segment - {JOINT}) and not of_the_segment and not own_part and not within_named) \
                or not isinstance(s.period, str):  # but "Of the private cars, 5,860 were electric, or 72.2%": of the segment
            # its own is one qualifier narrower than
            continue
        if isinstance(s.of_segment, frozenset) and s.of_segment and not of_the_segment:
            if part is not None and (whole := _segment_named(s, part, records, text)) is not None \
                    and not (within_named and not own_part and isinstance(s.of_metric, str) and isinstance(whole.metric, str)
                             and whole.metric != s.of_metric):  # but "or 46.4% of NEV sales volume" beside the NEVs' wholesale:
                # retail or wholesale, which the words leave open
                reasons.pop(key, None)
                out.setdefault(s.file, []).append(
                    Claim("share", s.id, {"share": s.id, "part": part.id, "total": whole.id},
                          note="the level a share restates, of the one level of the segment its words name"))
            continue  # of a named segment or of something the lexicon cannot read
        if part is not None and JOINT not in part.segment and lex.scope_free(part.segment):
            if of_the_segment and OF_OPENER.match(text, sentence_start(text, part.start)):
                # "Of the battery-electric trucks, 41,380 were battery-swap models, or 37.8 percent of the segment": the
                # segment the sentence opens with, which its part is a part of, never the market that segment is in
                same = [r for r in records.by_file[s.file] if r.role == "level" and r.period == s.period and r.kind in QUANTITY
                        and lex.scope_free(r.segment) == lex.scope_free(part.segment) and r.value > part.high and r.start < part.start]
                whole = same[0] if len({r.value for r in same}) == 1 else None
            else:
                whole = _container(s, part, records, named=of_the_segment and _named(part.segment), said=of_the_segment, apart=shared)
            if whole is not None and of_the_segment and not lex.scope_free(whole.segment):
                whole = None  # "of the segment" is never the whole market ("Electric passenger vehicles made up 18,930 units")
            if whole is not None and s.of_market is True and "export" in whole.segment:
                whole = None  # "Exports came to 538,000 units, of which 241,000 were NEVs, or 9.8% of the market": never of the exports
            if whole is not None and not _named(part.segment) and _members_total(whole, text):
                whole = None
            if whole is not None and _outside_frame(s, whole, text):
                whole = None  # "Among used imports, 9,860 were battery-electric, 18.3 per cent of the total": never the new BEVs'
            if whole is not None:
                reasons.pop(key, None)
                out.setdefault(s.file, []).append(
                    Claim("share", s.id, {"share": s.id, "part": part.id, "total": whole.id},
                          note="the level a share restates, of the whole its segment is in"))
            continue
        if part is None or lex.scope_free(part.segment - {JOINT}):
            continue  # a joint level of names ("Together, Arvel and Sorel registered 65,525 cars and made up 47.4%") is one part
        wanted = s.of_metric if isinstance(s.of_metric, str) else part.metric if isinstance(part.metric, str) else None
        home = home_place(text, opening_end(records.by_file[s.file], text)) if isinstance(part.scope, str) and _FLOW_WORDS.search(
            text, sentence_start(text, max(0, sentence_start(text, part.start) - 2)), s.start) else None  # a destination
        framed = _frame(records, s.file, text) if text else frozenset()  # "Motorcycle dealers across Indonesia handed 671,240 new
        # bikes to customers": every whole of the article counts motorcycles
        fitting = [r for r in records.by_file[s.file] if r.period == s.period and r.role == "level"
                   and r.kind in QUANTITY and r.id != part.id and _same_kind(r, part)
                   and not lex.scope_free(r.segment - {JOINT}) - ({PASSENGER, _DOMESTIC} if s.of_market else {PASSENGER})
                   - (framed if r.metric == wanted else frozenset())
                   and not _member(r) and (JOINT not in r.segment or _group_total(s, part, r))  # "of the market": the sales at home are it
                   and _measures(r, wanted) and r.value > part.high and not _other_thing(r, part)
                   and not (_the_other(r, texts) and not _named_segment(s))
                   and not ((own := _regions(s.segment | part.segment)) and _regions(r.segment) - own)
                   and not places().apart(part.scope if isinstance(part.scope, str) else None, r.scope if isinstance(r.scope, str) else None)
                   and not _abroad(part, r, home)]
        if not fitting and wanted == "revenue" and part.kind == "money":
            rows = [r for r in records.by_file[s.file] if r.period == s.period and r.role == "level" and CELL in r.taken
                    and not _member(r, cells_too=True) and _same_kind(r, part) and r.value > part.high and _measures(r, wanted)]
            fitting = rows if len({r.value for r in rows}) == 1 else []  # "| Revenue | 4,296 |" the one revenue cell of the
            # period, where the prose states no revenue of its own
        if not fitting and home is not None and isinstance(part.scope, str) and places().apart(part.scope, home):
            flows = [r for r in records.by_file[s.file] if r.period == s.period and r.role == "level" and r.kind in QUANTITY
                     and is_flow(r.metric, r.segment) and _same_kind(r, part) and r.value > part.high and r.start < s.start
                     and not isinstance(r.scope, str)]
            fitting = flows if len({r.value for r in flows}) == 1 else []  # "Exports fell 11.8% to 41,260": the flow the
            # destination's 24,930 are part of, where the period has one
        if any(JOINT not in r.segment for r in fitting):
            fitting = [r for r in fitting if JOINT not in r.segment]  # a group's combined level only where no plainer whole fits
        # the EU's leader, never of the UK's too; Britain's 1.74 GWh never of Germany's 2.31 GWh beside it
        said_metric = part.metric if isinstance(part.metric, str) else s.of_metric if isinstance(s.of_metric, str) else None
        measured_so = [r for r in fitting if said_metric is not None and r.metric == said_metric and r.start < s.start]
        if len(measured_so) == 1 and (unmeasured := [r for r in fitting if not isinstance(r.metric, str) and r.value > measured_so[0].value
                                                     and r.sentence == measured_so[0].sentence]):
            # two wholes side by side, one said with the share's measure: "We offered 4,892 cars … and sold 3,647"
            if s.of_metric == said_metric:
                fitting = measured_so  # "We offered 4,892 cars … and sold 3,647", then "1,529 lots, or 41.9% of sales": of the sold
            elif not isinstance(s.of_metric, str) and s.paragraph != max(r.paragraph for r in unmeasured + measured_so):
                reasons[(s.file, s.id)] = TWO_TOTALS  # "We sold 486 of them, 13.3% of the total", paragraphs after both: either
                continue
        if isinstance(part.scope, str) and any(r.scope == part.scope and _named(r.segment) for r in records.by_file[s.file]
                                               if r.period == s.period and r.role == "level" and r.kind in QUANTITY
                                               and r.id != part.id and r.value > part.high):
            fitting = [r for r in fitting if r.scope == part.scope]  # "in Saudi Arabia 98,150, or 25.0%" beside "| Saudi Arabia |
            # 392,600 |": of that market, never the region's 658,420
        if isinstance(part.metric, str) and any(r.metric == part.metric for r in fitting):
            fitting = [r for r in fitting if r.metric == part.metric or not isinstance(r.metric, str)]  # "sold 1.450 million cars
            # at retail, or 66.4 percent of the market": of the retail market, not the 2.561 million wholesaled
        wholes = [r for r in fitting if not _named(r.segment - _own_place(s, r))]  # "Mexico's light-vehicle sales" under "MEXICO":
        # the market of the place the share is scoped to, no maker's
        if s.file not in opened:
            opened[s.file] = lex.segments_in(_opening(records, s.file, text)) if text else frozenset()
        scope = opened[s.file]
        regional = [r for r in wholes if _regions(r.segment) and not _regions(r.segment) <= scope] \
            if not _regions(s.segment | part.segment) else []  # but "Power batteries fitted to vehicles in China reached 61.8 GWh"
        # in an article that opens on China is the market, never a region set aside
        set_aside = bool(regional) and len(regional) < len(wholes)
        if set_aside:
            wholes = [r for r in wholes if not _regions(r.segment)]  # "Revenue from electric-vehicle programmes …, 37.9% of
            # group revenue": the group's, never Europe's £546.1 million beside it
        if isinstance(s.of_metric, str) and len({r.value for r in wholes if r.metric == s.of_metric}) > 1:
            continue  # "4.9 billion yuan, or 7.2% of revenue" beside two revenues of the quarter: two wholes could fit
        wholes = [r for r in wholes if r.start < s.start and (_named(part.segment) or not _members_total(r, text))
                  and not (s.whole and (r.file, r.id) in shared)]  # the whole a share points back to, never a part of it ("Japanese brands
        # …, with 372,514 units, or 80.5% of wholesales" before "98,412 units, 21.3% of the total")
        if isinstance(s.of_metric, str) and s.of_metric != "sales" and any(r.metric == s.of_metric for r in wholes):
            wholes = [r for r in wholes if r.metric == s.of_metric]  # "40.5% of imports": the imports, not all 1,418,600 handled
        if not wholes and not s.of_market and not _named(part.segment):
            wholes = _owners_total([r for r in fitting if r.start < s.start], _opening(records, s.file, text))
        if (named_place := _whole_place(s, text)) is not None:
            wholes = [r for r in wholes if _of_place(r, named_place, records)]  # "of the German market": a level of Germany's,
            # never the largest of another place
        if not wholes:
            continue
        if wanted is None and len({r.metric for r in wholes if isinstance(r.metric, str)}) > 1:
            reasons[key] = TWO_TOTALS
            continue  # "Other models comprised 17,440, or 4.2% of the total" beside deliveries and production: either
        top = max(r.value for r in wholes)
        total = min((r for r in wholes if r.value == top), key=lambda r: r.start)
        if (of_which := [r for r in wholes if r.sentence == part.sentence and _OF_WHICH.fullmatch(text, r.start + len(r.text), part.start)]):
            total = of_which[-1]  # "order intake reached 6.2 billion euros, of which e-mobility projects made up 2.54 billion
            # euros, or 41%": of the amount the part is said to be of, not the quarter's larger sales
        elif (len({r.value for r in wholes}) > 1 or lex.scope_free(total.segment) or set_aside) and not _near_stated(s, part, total):
            # the passenger cars taken for the market are a guess too: "Toyota sold 14,420 vehicles, a 31.2% share" is none of
            # the 18,730 passenger cars (77%), but of the 46,218 cars and commercial vehicles the lexicon read as cars
            reasons[key] = FAR_WHOLE  # "The top 10 together installed 57.93 GWh, or 93.7 percent of the total" beside the
            continue  # month's installations and its larger production: the largest gives 48.8%, so another whole is meant
        if text and _A_PART_BEFORE.search(text, max(0, total.start - 40), total.start):
            continue  # "The main Lanxi brand accounted for 61,540 units", itself a part of the group's volume, is no whole
        if text and _OF_ITS_OWN.match(text, s.start + len(s.text)) and records.owner_among_names(part, total):
            continue  # "of its sales" below a ranking of names: of one of them
        reasons.pop(key, None)  # two totals could fit a share of its segment; the level it restates has one whole before it
        out.setdefault(s.file, []).append(
            Claim("share", s.id, {"share": s.id, "part": part.id, "total": total.id},
                  note="the level a share restates, of the period's whole"))
    return out


_A_PART_BEFORE = regex(r"\b(?:accounted\s+for|made\s+up|contributed)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.I)


def _labelled_by(r: Row, place: str) -> bool:
    """A list or table line whose label is, whole, a name of the place."""
    label = str(r.item).split(":", 1)[1].strip() if ":" in str(r.item) else ""
    found = places().mentions(label) if label else []
    return len(found) == 1 and found[0].place == place and found[0].start == 0 and found[0].end == len(label)


def _parts_of_another(records: Records) -> set[tuple[str, str]]:
    """Levels of no segment the lexicon reads that a share restates as a part of a whole of their own measure ("Japanese
    brands …, with 372,514 units, or 80.5% of wholesales"): parts of something unread, which no share of "the total" is
    of. A segment's level is the whole of its own parts ("28,790 registrations, or 20.8% of the total" and "34.3% of all
    electric cars"), and "1.450 million cars at retail, or 66.4 percent of the market" the whole of retail."""
    lex = lexicon()
    out = set()
    for r in records.rows:
        if r.role == "share" and isinstance(r.restates, str):
            level = records.by_key.get((r.file, r.restates))
            if level is not None and not lex.scope_free(level.segment) \
                    and (_missing(r.of_metric) or _missing(level.metric) or r.of_metric == level.metric):
                out.add((r.file, r.restates))
    return out


_DOMESTIC = "domestic"
_LINE_WORDS = regex(r"\b(?:of|the|total|group|net|reported|in|for)\b|[^\w]+", re.I)


_BRACKETED = regex(r"\([^()]*\)")


def _member(r: Row, cells_too: bool = False) -> bool:
    """A list's member counts against another whole, never is one; but a key-figures line whose label is only
    its metric ("- Revenue of A$3.84 billion, up 6.1%") is the whole itself, no member of a breakdown."""
    if not isinstance(r.item, str):
        return False
    if CELL in r.taken and not (cells_too and r.kind == "money" and r.metric == "revenue"):
        return True  # a table's row, checked against its table's own total; but a key-figures table's "| Revenue | 4,296 |"
        # is the group's revenue, the whole "€1,912 million, or 44.5% of group revenue" is of, where the prose states none
    label = _BRACKETED.sub(" ", r.item.split(":", 1)[-1])  # "- Wholesales (factory to dealer): 63,412 units": a metric's line
    lex = lexicon()
    if lex.scope_free(r.segment) or lex.named_metric(label) is None:
        return True
    return bool(_LINE_WORDS.sub("", lex.without_metrics(label)))


_OF_WHICH = regex(r"[^.;\d]{0,12},?\s+of\s+which\s+[^.;\d]{0,60}", re.I)


def _place_named(whole: Row, part: Row) -> frozenset[str]:
    """"121,880 passenger cars were registered in Portugal": the name of the place a whole is scoped to, where its part is
    of no other place, is its scope, never a maker's name."""
    if isinstance(whole.scope, str) and whole.scope not in (WIDE, JOINED_PLACES) and part.scope in (None, whole.scope) \
            and f"name:{whole.scope}" in whole.segment:
        return frozenset({f"name:{whole.scope}"})
    return frozenset()


def _group_total(share: Row, part: Row, whole: Row) -> bool:
    """"South Korea's five carmakers sold a combined 712,406 vehicles …. Hanju … selling 342,915 units, or 48.1 percent of
    the total": a joint level of members it does not name is the whole a named member's share "of the total" is of."""
    lex = lexicon()
    return share.whole is True and _named(part.segment) and not _named(whole.segment) and not lex.scope_free(whole.segment - {JOINT})


def _own_place(share: Row, total: Row) -> frozenset[str]:
    """The name label of the place both the share and the total are scoped to, where the share itself names no place."""
    if isinstance(share.scope, str) and share.scope not in (WIDE, JOINED_PLACES) and total.scope == share.scope \
            and not any(x.startswith("name:") for x in share.segment):
        return frozenset({f"name:{share.scope}"})
    return frozenset()


def _regions(segment: frozenset) -> frozenset:
    lex = lexicon()
    return frozenset(x for x in segment if lex.family(x) == "region")


def _own_part(share: Row, part: Row, text: str) -> bool:
    """A share of a segment restating a level of that segment: its part names one qualifier more ("Of these,
    11,947 were fully electric. That gives electric cars a share"), or the share names the market ("That
    raised their share of new cars to 20.4%"), never "of the total" ("They registered 7,190 BEVs, or 82.4% of
    the total": the BEVs' total) nor of a level whose subject is a pronoun for something the lexicon did not read."""
    lex = lexicon()
    own, its = lex.scope_free(share.segment), lex.scope_free(part.segment)
    if own == its and len(own) >= 2 and share.whole is True:
        return True  # "NEV exports jumped … to 248,000 …, and made up 44.1% of the total": of one qualifier fewer (_container)
    return own < its or own == its and (share.of_market is True or share.whole is True and _SEGMENT_SUBJECT.match(
        text, sentence_start(text, part.start), part.start) is not None) \
        and not _PRONOUN_SUBJECT.match(text[sentence_start(text, part.start):part.start])


# "That put overseas volume at 116,400 vehicles, 28.2% of the total": the words before the part name its segment as the
# subject, so "the total" is the whole it is one segment of, never the segment's own total a maker's level would be of
_SEGMENT_SUBJECT = regex(r"\W*(?:That|This)\s+(?:put|puts|took|takes|brought|brings|lifted|left|pushed)\s+(?:the\s+)?[\w -]{2,30}?\s+"
                         r"(?:volumes?|sales|deliveries|shipments|registrations)\s+(?:at|to)\s+$", re.I)


def _container(share: Row, part: Row, records: Records, named: bool = False, said: bool = False,
               apart: set[tuple[str, str]] | frozenset = frozenset()) -> Row | None:
    """"12,418 new passenger cars were registered in August. Of these, 11,947 were fully electric. That
    gives electric cars a share of 96.2 per cent": a share restating a level of a segment, of the level
    stated before it whose segment holds that one with one qualifier fewer, where one value fits. A maker's
    share "of the segment" is of the segment's own level ("Voltara sold 141,200 EVs, a 44.3% share of the
    segment": of the 318,400 EVs). A whole `said` to be the segment's may be its own list line."""
    lex = lexicon()
    inner = lex.scope_free(part.segment)
    if "qualified" in inner:
        return None  # "Of home charging energy, 124.3 GWh, or 41.6%": a part of a whole the lexicon cannot read
    wanted = share.of_metric if isinstance(share.of_metric, str) else part.metric if isinstance(part.metric, str) else None
    found = [r for r in records.by_file[share.file] if r.period == share.period and r.role == "level" and r.kind in QUANTITY
             and r.start < part.start and _same_kind(r, part) and r.value > part.high
             and JOINT not in r.segment and not _named(r.segment - _place_named(r, part))
             and (lex.scope_free(r.segment) == inner if named else _one_fewer(lex.scope_free(r.segment), inner))
             and _measures(r, wanted) and not _other_thing(r, part) and (r.file, r.id) not in apart]
    # never "Small commuter models … accounted for 131,702 of those sales, or 78.3%": a part of another whole (`apart`)
    if isinstance(part.scope, str) and part.scope not in (WIDE, JOINED_PLACES) and any(
            q.scope == part.scope and q.id != part.id and q.role == "level" and q.period == share.period and q.kind in QUANTITY
            and q.value > part.high for q in records.by_file[share.file]):
        found = [r for r in found if r.scope == part.scope]  # "In the UAE they sold 38,900 units, 28.1% of that market"
        # beside the UAE's own row: of the UAE, never of the region's 658,420
        if not found:
            rows = [q for q in records.by_file[share.file] if q.scope == part.scope and q.role == "level" and q.period == share.period
                    and q.kind in QUANTITY and _same_kind(q, part) and q.value > part.high and isinstance(q.item, str)
                    and _labelled_by(q, part.scope) and _measures(q, wanted) and q.start < part.start]
            return rows[0] if len({q.value for q in rows}) == 1 else None  # the place's own row
    if isinstance(part.metric, str) and any(r.metric == part.metric for r in found):
        found = [r for r in found if r.metric == part.metric]  # "Chinese brands sold 1.450 million cars at retail, or 66.4
        # percent of the market": of the retail market, not the 2.561 million wholesaled
    here = [r for r in found if r.paragraph == share.paragraph]
    if len(inner) >= 2 and len({r.value for r in found}) > 1 and len({r.value for r in here}) == 1:
        found = here  # "Passenger vehicle exports climbed … to 562,000 … NEV exports jumped … to 248,000 …, and made up 44.1% of
        # the total": of two qualifiers, the one dropped is the one whose whole the paragraph gives (the exports), not the
        # NEVs' retail paragraphs up; but one qualifier has one whole, and two of them leave the share unchecked
    if len({r.value for r in found}) != 1:
        return None  # "* Motorcycles: 694,380 units" and "The five largest markets registered 563,730 motorcycles": either
    if not said:
        found = [r for r in found if not isinstance(r.item, str) or _total_line(r.item)]  # a list's member counts against
        # another whole, never is one; its "Total:" line is the whole; but "- Battery-electric (BEV): 11,876", then "BYD
        # alone registered 4,962 BEVs, or 41.8% of the segment": the segment's own line
    return found[-1] if found else None


def _segment_named(share: Row, part: Row, records: Records, text: str) -> Row | None:
    """"Models with engines of up to 1600 cc accounted for 59,910 sales, or 73.1% of the passenger car total": a share that
    restates a level the lexicon reads no segment of (or a part of that segment) and names its whole by a segment is of
    that segment's one level of the period, stated before it, or of the level just before that its part is a part of; two
    values, or none, leave it unchecked. A maker's level is that whole only in a story about that maker ("Hanlong sold
    68,420 heavy trucks …. The group sold 19,860 of them, 29.0% of its truck sales")."""
    lex = lexicon()
    named = share.of_segment
    if not isinstance(named, frozenset) or "qualified" in named or JOINT in named or lex.scope_free(named) != named:
        return None
    inner = lex.scope_free(part.segment)
    if inner and not named < inner or JOINT in part.segment or isinstance(part.item, str) and part.of_segment != named:
        return None  # but "- Brazil: 16,214 units, 66.0% of the exported total" under the exports: a line of the whole it names
    wanted = share.of_metric if isinstance(share.of_metric, str) else part.metric if isinstance(part.metric, str) else None
    found = [r for r in records.by_file[share.file] if r.period == share.period and r.role == "level" and r.kind in QUANTITY
             and r.start < share.start and r.id != part.id and _same_kind(r, part) and r.value > part.high
             and JOINT not in r.segment and (not _named(r.segment) or _scope_of_article(_names(r.segment), records, share.file, text)
                                             and not _beside_rivals(r, records))
             and (lex.scope_free(r.segment) == named or bool(inner) and lex.scope_free(r.segment) == inner and 0 <= part.sentence - r.sentence <= 1)
             and _measures(r, wanted) and not _other_thing(r, part)]  # "Orders for battery-electric trucks reached 1,482 units …
    # Of these, 1,236 came from European customers, 83.4% of the electric total": the level its part is one of
    if isinstance(part.item, str):
        found = [r for r in found if part.paragraph - 1 <= r.paragraph <= part.paragraph and not isinstance(r.item, str)]
        # a list line's whole is the one its list opens with, never one paragraphs up
    return found[-1] if len({r.value for r in found}) == 1 else None


def _measures(whole: Row, wanted: str | None) -> bool:
    """A whole of the wanted measure, of no stated one, or of a narrower one ("of the market" in sales: the retail market)."""
    return wanted is None or not isinstance(whole.metric, str) or whole.metric == wanted or lexicon().within.get(whole.metric) == wanted


def _one_fewer(outer: frozenset, inner: frozenset) -> bool:
    """The outer segment holds the inner one with one qualifier fewer, the passenger cars of an export figure
    ("562,000 passenger vehicle exports") aside."""
    return any(o < inner and len(inner - o) == 1 for o in (outer, outer - {PASSENGER}))


def _other_thing(whole: Row, part: Row) -> bool:
    """A whole that counts another thing than vehicles ("14,260 rapid chargers") is no whole of a part
    that does not count the same ("1,160 of them, 58%" of the 2,000 drivers polled)."""
    return isinstance(whole.metric, str) and whole.metric.startswith("other:") and whole.metric != part.metric


def _said_before(share: Row, records: Records, text: str) -> str | None:
    """"Brands from China sold 318,900 vehicles, 21.8% more than the 261,800 … That gave them 21.1% of
    the market": a share whose sentence opens with "That"/"This" and has no amount before it restates
    the first level of the sentence before, in its paragraph, when that sentence has one level."""
    if not text or share.kind != "percent" or share.role != "share":
        return None
    if not _ANAPHOR.match(text[sentence_start(text, share.start):share.start]):
        return None
    rows = records.in_text_order[share.file]
    if any(r.sentence == share.sentence and r.start < share.start and r.kind in QUANTITY for r in rows):
        return None
    levels = [r for r in rows if r.sentence == share.sentence - 1 and r.paragraph >= share.paragraph - 1
              and r.kind in QUANTITY and r.role == "level" and r.period == share.period  # "That" points across a paragraph break too
              and not _WHOLE_BEFORE.search(text, max(0, r.start - 40), r.start)]  # but "in a market of 33,940 units" is the whole
    return levels[0].id if len(levels) == 1 else None


def _owners_total(named: list[Row], lead: str) -> list[Row]:
    """"Cascade Motors delivered 58,420 vehicles … accounted for 31,200 of the quarter's deliveries, or
    53.4%": with no unnamed whole before it, a share that does not name the market is of the one
    maker's total stated before it, when that maker is the article's subject, named in its opening
    words (never the market leader of a story about a country's exports); two makers' totals could
    both be meant."""
    names = {frozenset(x for x in r.segment if x.startswith("name:")) for r in named}
    if len(names) != 1 or not all(names):
        return []
    owner = next(iter(next(iter(names))))[len("name:"):]
    return named if owner.split()[0] in lead else []


def _same_kind(a: Row, b: Row) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return units_agree(a.unit, b.unit)


_PRONOUN_SUBJECT = regex(r"^\W*(?:they|these|those|it)\s+[a-z]+\s*$", re.I)
_WHOLE_BEFORE = regex(r"\b(?:market|fleet|industry|total)\s+of\s+(?:(?:about|around|some|nearly|almost)\s+)?$", re.I)
_ANAPHOR = regex(r"^\W*(?:(?:But|And|Yet|So)\s+)?(?:that|this|it|these|those|which|they|the\s+(?:division|unit|segment|business|arm))\b",
                 re.I)  # "E-drive revenue rose 31.3% to €1,938m … The division made up 40.2% of group revenue"


def find_shares_of_figures(records: Records, texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    """Shares whose words name their whole by its figure ("… only 6.2% of its 9.84 million vehicles",
    "That was 9.6% of the 181,460 used cars sold in total"). The part is the level the share restates,
    else the amount before it in its clause, else, where the sentence opens with "That"/"This"/"It",
    the last amount of the sentence before, else the one level of the share's own segment; of the whole's
    kind and smaller than it."""
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    wholes = {r.of_figure for r in records.rows if isinstance(r.of_figure, str)}  # "a 7.6% share of a van market of 1,478,900"
    for s in records.rows:
        if s.kind != "percent" or s.role != "share" or not isinstance(s.of_figure, str) or any(t.startswith("share:") for t in s.taken):
            continue
        total = records.by_key.get((s.file, s.of_figure))
        if total is None or total.role not in ("level", "forecast"):
            continue
        target = total.role == "forecast"  # "delivered 431,806 vehicles since January, or 69.6% of its full-year target of
        # 620,000": so far, of the year's target
        fits = [r for r in records.in_text_order[s.file] if r.start < s.start and r.kind in QUANTITY and r.role == "level"
                and r.id != total.id and _same_kind(r, total) and r.high < total.value and not isinstance(r.item, str)
                and (_missing(r.period) or _missing(total.period) or r.period == total.period
                     or target and within(str(r.period), str(total.period))) and r.id not in wholes
                and not (r.metric == PER_UNIT and total.metric != PER_UNIT)]
        # "a dividend of ₩2,500 per share … and 62% of the ₩1 trillion buyback": an amount per share is no part of a sum
        part = records.by_key.get((s.file, s.restates)) if isinstance(s.restates, str) else None
        if part is None:
            text = (texts or {}).get(s.file, "")
            here = [r for r in fits if r.sentence == s.sentence and ";" not in text[r.start:s.start]]  # its clause: never "…
            # and 321,455 elsewhere, a total of 1,069,665; the home region accounted for 69.9% of them"
            before = [r for r in fits if r.sentence == s.sentence - 1]
            opening = text[sentence_start(text, s.start):s.start] if text else ""
            named = {x for x in s.segment if x.startswith("name:")} if isinstance(s.segment, frozenset) else set()
            if here and named and not named & (here[-1].segment if isinstance(here[-1].segment, frozenset) else frozenset()):
                part = None  # "Germany (2,912), France (1,486) and the Netherlands (1,031) together took 5,529 …, and Germany
                # alone accounted for 36.8% of them": the subject the share names, never the last amount before it
            elif here:
                part = here[-1]
            elif before and _ANAPHOR.match(opening):
                core = lex.scope_free(s.segment) - {"qualified"}
                alike = [r for r in before if lex.scope_free(r.segment) == core] if core else before
                if not core and len(alike) > 1 and text and (PARTS_FOLLOW.match(text, end := alike[0].start + len(alike[0].text), alike[1].start)
                                                             or LIST_FOLLOWS.match(text, end, alike[1].start)):
                    alike = alike[:1]  # "Americans bought 128,700 electric vehicles: SUVs 81,300, … and cars 32,500. That was 9.8% of the
                    # 1.31 million": the whole its parts follow
                part = alike[-1] if alike else None  # "… came to 207,415, and commercial vehicles … to 10,267. That means PHEVs
                # took 55.2 percent of …": the level of the share's own segment, not the last one said
            elif core := lex.scope_free(s.segment) - {"qualified"}:
                own = [r for r in fits if lex.scope_free(r.segment) == core and s.paragraph - 2 <= r.paragraph
                       and not _missing(r.period) and r.period == s.period]
                if not _named(s.segment) and len({r.value for r in own}) > 1:
                    own = [r for r in own if not _named(r.segment)]  # "overseas markets made up 82.3% of it": the overseas
                    # total, never one maker's overseas sales listed by company
                if len({r.value for r in own}) == 1:
                    part = own[-1]  # "… reaching 21,480 units …. With the result, electrified models represented 9.1% of the
                    # light-vehicle market, which totalled 236,040 units": the level of the share's own segment
                    counted = _counted_otherwise(part, total, core, records, s)
                    if counted:
                        part = counted[0] if len({r.value for r in counted}) == 1 else None
        if part is None or part.id == total.id or not _same_kind(part, total) or part.high >= total.value:
            continue
        out.setdefault(s.file, []).append(
            Claim("share", s.id, {"share": s.id, "part": part.id, "total": total.id},
                  note="a share of the whole its words name by figure"))
    return out


def _counted_otherwise(part: Row, total: Row, core: frozenset, records: Records, s: Row) -> list[Row]:
    """For a part whose words name no metric, the levels before the share of its segment and period that count the
    whole's metric at another value: "Battery-electric cars account for 44,180 of the approvals" beside "- Battery-electric
    registrations: 9,412", then "They took 11.2% of the 84,040 new cars registered": the registrations, never the
    approvals."""
    if not _missing(part.metric) or _missing(total.metric):
        return []
    lex = lexicon()
    return [r for r in records.by_file[s.file] if r.kind in QUANTITY and r.role == "level" and r.start < s.start and r.value != part.value
            and r.metric == total.metric and r.period == part.period and lex.scope_free(r.segment) == core and r.high < total.value]


def find_table_wholes(records: Records, found: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """A table with a share column and no Total row, whose every share joined one level of the prose as its whole
    ("The authority counted 240,815 newly registered passenger cars" above "| Petrol | 64,812 | 26.9% |" …): where the
    shares add up to 100 within their rounding, the rows of the level column are that whole's complete breakdown."""
    out: dict[str, list[Claim]] = {}
    for path, claims in found.items():
        wholes: dict[tuple[str, str], set[str]] = {}
        shares: dict[tuple[str, str], list[Row]] = {}
        for c in claims:
            share, part, total = (records.by_key.get((path, str(c.roles.get(k)))) for k in ("share", "part", "total"))
            if c.rule != "share" or share is None or part is None or total is None or isinstance(total.item, str):
                continue
            m = CELL_ITEM.match(str(part.item)) if isinstance(part.item, str) else None
            if m is None or not isinstance(share.item, str):
                continue
            key = (m.group(1), m.group(3))
            wholes.setdefault(key, set()).add(total.id)
            shares.setdefault(key, []).append(share)
        for (table, col), ids in wholes.items():
            rows = [r for r in records.by_file.get(path, []) if isinstance(r.item, str) and (m := CELL_ITEM.match(r.item))
                    and m.group(1) == table and m.group(3) == col and r.kind in QUANTITY]
            stated = shares[(table, col)]
            if len(ids) != 1 or len(rows) < 2 or len(stated) != len(rows):
                continue  # every row's share of one whole, or nothing
            low, high = sum(s.low for s in stated), sum(s.high for s in stated)
            if not low - 0.5 <= 100 <= high + 0.5:
                continue  # shares of a whole the rows do not exhaust
            whole = next(iter(ids))
            out.setdefault(path, []).append(
                Claim("sum", whole, {"parts": tuple(r.id for r in sorted(rows, key=lambda r: r.start)), "total": whole}, mode="exact",
                      note="table: rows whose shares add up to 100% against the whole each share was joined to"))
    return out


# "Together with Geely's 201,600, the two groups took 40.5% of NEV retail sales": the level named here and the one
# the sentence before gives its subject, over the whole the share names
_TOGETHER_WITH = regex(r"\W*Together\s+with\s+[^,.;\d]{1,60}?\s*$")
_THE_TWO = regex(r"\s*(?:units|vehicles|cars)?\s*,\s*the\s+two\s+(?:[\w-]+\s+)?(?:took|made\s+up|accounted\s+for|held|had|captured|"
                 r"represented)\s+(?:(?:a\s+combined|about|around|nearly|almost)\s+)?$", re.I)


def find_shares_together_with(records: Records, texts: dict[str, str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    for path, ordered in records.in_text_order.items():
        text = texts.get(path, "")
        for k, s in enumerate(ordered):
            if not text or s.kind != "percent" or s.role != "share" or k == 0 or not isinstance(s.period, str):
                continue
            here = ordered[k - 1]
            if here.sentence != s.sentence or here.kind not in QUANTITY or here.role != "level" \
                    or not _TOGETHER_WITH.fullmatch(text, sentence_start(text, here.start), here.start) \
                    or not _THE_TWO.fullmatch(text, here.start + len(here.text), s.start):
                continue
            before = [r for r in ordered if r.sentence == s.sentence - 1 and r.kind in QUANTITY and r.role == "level"]
            named = [r for r in before if _named(r.segment)]
            if len(named) != 1 or not _same_unit(named[0], here) or named[0].period != s.period:
                continue  # the subject the sentence before gives, once
            wanted = lex.scope_free(s.of_segment) if isinstance(s.of_segment, frozenset) else frozenset()
            if "qualified" in wanted:
                continue
            whole = sum(r.value for r in (named[0], here))
            totals = [r for r in records.by_file[path] if r.role == "level" and r.kind in QUANTITY and r.period == s.period
                      and not _named(r.segment) and not isinstance(r.item, str) and lex.scope_free(r.segment) == wanted
                      and _same_unit(r, here) and r.value > whole and r.start < s.start
                      and (not isinstance(s.of_metric, str) or _missing(r.metric) or r.metric == s.of_metric)]
            if len({r.value for r in totals}) != 1:
                continue  # no whole, or two that could fit
            out.setdefault(path, []).append(
                Claim("share", s.id, {"share": s.id, "parts": (named[0].id, here.id), "total": totals[-1].id},
                      note="share of two levels together, the one before named by its sentence"))
    return out


EARLIER_SHARE = "the earlier share, of the earlier part and whole"


def find_earlier_shares(claims: list[Claim], rows: list[Row]) -> list[Claim]:
    """"Transactions jumped 48.6% to 71,380 from 48,035, and they now make up 3.6% of the used market, up from 2.5% a
    year ago": the share the words compare a checked share with is the earlier part's share of the earlier whole, where
    a change claim gives both of those and nothing else of the share's sentence could be that earlier share."""
    if not any(c.rule == "share" for c in claims):
        return []
    by_id = {r.id: r for r in rows}
    olds = {new: set(found) for new, found in earlier_values(claims, (*CHANGE_RULES, "points")).items()}
    held = {fid for c in claims if c.rule not in ("points", *CHANGE_RULES) for fid in c.figures}  # a share's, a sum's, …
    out = []
    for c in claims:
        if c.rule != "share" or not all(isinstance(c.roles.get(k), str) for k in ("share", "part", "total")):
            continue
        share, part, total = (by_id.get(str(c.roles[k])) for k in ("share", "part", "total"))
        if share is None or part is None or total is None:
            continue
        earlier = [r for r in rows if (r.sentence == share.sentence and r.start > share.start and r.kind == "percent"
                                       and (r.role == "earlier" and r.metric in ("share", None)
                                            or r.role == "share" and isinstance(r.period, str) and r.period != share.period))
                   or r.id in olds.get(share.id, set())]  # "…, up from 2.5% a year ago": a share of the year before
        part_old, total_old = olds.get(part.id, set()), olds.get(total.id, set())
        if len(earlier) != 1 or len(part_old) != 1 or len(total_old) != 1:
            continue
        s_old, p_old, t_old = earlier[0], by_id.get(next(iter(part_old))), by_id.get(next(iter(total_old)))
        if p_old is None or t_old is None or s_old.id in held or p_old.id == t_old.id or _missing(p_old.period) \
                or p_old.period != t_old.period or not (_missing(s_old.period) or s_old.period == p_old.period) \
                or p_old.value >= t_old.value:
            continue
        out.append(Claim("share", s_old.id, {"share": s_old.id, "part": p_old.id, "total": t_old.id}, note=EARLIER_SHARE))
    return out


# "July alone accounted for 15.8% of the seven-month total", "September accounted for 18.4% of that", "It accounted for
# 11.7% of the nine-month total": a month's or a quarter's share of a longer period's level of the same measure
_PERIOD_SUBJECT = regex(rf"(?:^|[;:]\s*|,\s*(?:and|so|while)\s+|\n)\W*(?P<sub>(?P<month>{MONTH_RE})(?:\s+\d{{4}})?|the\s+month|"
                        r"(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter|Q(?P<qn>[1-4])|(?P<it>It|That|This))(?:\s+alone)?\s+"
                        r"(?:accounted\s+for|made\s+up|represented|supplied|contributed|brought(?:\s+in)?|took)\s+"
                        r"(?:(?:about|around|nearly|almost|some|roughly)\s+)?$", re.I)
_PERIOD_WHOLE = regex(rf"\s*of\s+(?:(?:the|its|their)\s+(?:(?P<n>{COUNT})-month|(?P<ytd>year-to-date|half-year|first-half|full-year|"
                      r"annual|year['’]s|fiscal-year|twelve-month))\s+(?:total|tally|volume|figure|output|sales)|(?P<that>that|it|this)\b)",
                      re.I)
PERIOD_SHARE = "a month's or quarter's share of a longer period's level of the same measure"


def _months(code: object) -> int:
    if not isinstance(code, str):
        return 0
    try:
        p = period_from_code(code)
    except ValueError:
        return 0
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def find_period_shares(records: Records, joined: set[tuple[str, str]], texts: dict[str, str]) -> dict[str, list[Claim]]:
    """Shares whose subject is a period inside the period of the whole they name: the part is the level of the
    whole's measure for the month or quarter the words name (or, after "It", the one the sentence before states),
    the whole the level of a longer period containing it, of the length the words give ("the seven-month total"),
    else the level the share's sentence or the one before states ("… has dispatched 2,841,300 vehicles; September
    accounted for 18.4% of that"). Each stated once, of one unit, metric and segment."""
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    for path, ordered in records.in_text_order.items():
        text = texts.get(path, "")
        if not text:
            continue
        for s in ordered:
            if s.kind != "percent" or s.role != "share" or (path, s.id) in joined or any(t.startswith("share:") for t in s.taken):
                continue
            head = text[sentence_start(text, s.start):s.start]
            sub = _PERIOD_SUBJECT.search(head)
            whole_words = _PERIOD_WHOLE.match(text, s.start + len(s.text))
            if sub is None or whole_words is None:
                continue
            levels = [r for r in ordered if r.kind in QUANTITY and r.role == "level" and r.id != s.id and isinstance(r.period, str)]
            n = count_of(whole_words.group("n")) if whole_words.group("n") else None
            longer = [r for r in levels if r.start < s.start and _months(r.period) > 1 and (n is None or _months(r.period) == n)]
            if whole_words.group("that"):
                longer = [r for r in longer if r.sentence == s.sentence][-1:]  # "…; September accounted for 18.4% of that": the
                # level its own sentence just said (the sentence before's brought a blind set a false alarm)
            if sub.group("it"):
                before = [r for r in levels if r.sentence == s.sentence - 1 and r.paragraph == s.paragraph]
                named = before[:1]  # "September alone brought 71,930 units, 4.2% fewer than August's 75,080. It accounted for …"
            else:
                named = [r for r in levels if _names_period(sub, str(r.period)) and (r.start < s.start or r.sentence == s.sentence)]
                # "August alone contributed 14.2% of the eight-month total": August's level stated before, never the August
                # output a later paragraph gives
            pairs = [(p, w) for w in longer for p in named if _period_part(p, w, lex)
                     and (not (extra := _names(_segment(p)) - _names(_segment(w)))
                          or _missing(p.item) and _scope_of_article(extra, records, path, text))]
            # never "Stellar led with 10,870 registrations" for "June supplied 19.9% of the half-year total": a brand's month,
            # not the month's (but "Vardhan Motors dispatched 522,847" in a story about Vardhan is its month)
            if not pairs:
                continue
            first = min(w.start for _, w in pairs)
            pairs = [(p, w) for p, w in pairs if w.start == first]  # the longer period's first level: its total
            for alike in (lambda p, w: lex.scope_free(_segment(p)) == lex.scope_free(_segment(w)),
                          lambda p, w: p.metric == w.metric):
                if len({p.value for p, _ in pairs}) > 1:  # "April alone supplied 25.7%": April's level of the whole's own
                    pairs = [(p, w) for p, w in pairs if alike(p, w)] or pairs  # measure, before the month's exports to the US
            if len({p.value for p, _ in pairs}) != 1:
                continue
            part, whole = pairs[0]
            if isinstance(s.of_figure, str) and s.of_figure != whole.id:
                continue  # a whole the words name by its figure, and no other
            out.setdefault(path, []).append(
                Claim("share", s.id, {"share": s.id, "part": part.id, "total": whole.id}, note=PERIOD_SHARE))
    return out


def _segment(r: Row) -> frozenset:
    return r.segment if isinstance(r.segment, frozenset) else frozenset()


def _period_part(part: Row, whole: Row, lex: Lexicon) -> bool:
    """A level of a period inside the whole's, of its unit and metric, of its segment or of none (a month's level may
    say no segment where the whole's words did), and smaller than it."""
    core, whole_core = lex.scope_free(_segment(part)), lex.scope_free(_segment(whole))
    if not any(lex.family(x) == "class" for x in whole_core):
        core = frozenset(x for x in core if lex.family(x) != "class")  # "Vardhan dispatched 522,847 two- and three-wheelers
        # in September" of "Since April … 2,841,300 vehicles": the maker's vehicles, whatever the noun
    return part.id != whole.id and part.period != whole.period and within(str(part.period), str(whole.period)) \
        and _same_unit(part, whole) and (_missing(part.metric) or _missing(whole.metric) or part.metric == whole.metric) \
        and core <= whole_core and part.high < whole.value


def _names_period(sub: re.Match[str], code: str) -> bool:
    """Whether the subject's words name the period coded `code`: its month, its quarter, or "the month" for any one month."""
    try:
        p = period_from_code(code)
    except ValueError:
        return False
    one_month = p.start.month == p.end.month and p.start.year == p.end.year and p.start.day == 1
    if sub.group("month"):
        return one_month and MONTHS.get(sub.group("month").rstrip(".").lower()) == p.start.month
    if sub.group("q") or sub.group("qn"):
        q = ORDINAL_QUARTER[sub.group("q").lower()] if sub.group("q") else int(sub.group("qn"))
        return code.endswith(f"-Q{q}")
    return one_month
