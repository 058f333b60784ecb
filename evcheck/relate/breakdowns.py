"""Sums found by measure: the segments of one measure against its total, wherever they stand.

"Global unit sales fell 6.0% to 1.231 million vehicles. By region, Nissan sold 123,000 vehicles
in Japan, 416,000 in North America, …, and 208,000 in other markets." Levels of one metric and
period that differ in one segment family (regions here) join the level of that period without
the family. The sum is exact when the segments cover the family ("other markets", domestic and
exports, BEV + PHEV against NEVs), otherwise the parts may only not exceed the total. Quarters
join their year the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from itertools import product

import numpy as np

from evcheck.cache import regex
from evcheck.prefilter import guarded
from evcheck.relate import context as cx
from evcheck.relate.cells import CELL, CELL_ITEM
from evcheck.relate.context import sentence_start
from evcheck.relate.electric import ELECTRIC, ELECTRIC_KIN
from evcheck.relate.lists import PROSE_SPLIT, SPLIT_OF_BEFORE, prose_lists
from evcheck.relate.measures import PER_UNIT, QUANTITY, Records, Row, units_agree
from evcheck.relate.model import Claim, earlier_values
from evcheck.relate.places import JOINT as JOINED_PLACES
from evcheck.relate.places import WIDE, holds_none_of, places
from evcheck.relate.vocabulary import JOINT, PASSENGER, QUALIFIED, REMAINDER, Lexicon, lexicon

_COMPLETE = {
    "market": [frozenset({"domestic", "export"})],
    "source": [frozenset({"local", "imported"})],  # made in the country or brought in
    "class": [frozenset({"passenger", "truck", "bus", "van"})],  # passenger and commercial vehicles, by their leaves
    "size": [frozenset({"registered", "kei"})],  # Japan's registered vehicles and minivehicles
    # fuel types are complete only with the rest ("others", "the remaining 7,553 cars"): LPG, gas and
    # hydrogen cars are too often left out of a list of BEV, PHEV, HEV, petrol and diesel
}
_BODY_AND_CLASS = frozenset({"body", "class"})
_FINANCIAL_LABEL = regex(r"\b(?:ebitda|ebit|profit|loss|income|revenues?|margin|cash\s+flow|capex|expenses?|costs?|earnings|"
                              r"turnover|ebitda\s+margin|eps|dividend|debt|assets)\b", re.I)
_OTHER = {"region": "other_region", "powertrain": "other_powertrain"}
_OF_THEM_AFTER = regex(r"\s+of\s+(?:them|those|these)\b", re.I)


def _split(segment: frozenset[str], lex: Lexicon) -> list[tuple[str, str, frozenset[str]]]:
    """(family, label, rest) for each label of a segment."""
    return [(lex.family(label), label, segment - {label}) for label in segment]


def _joint_member(segment: frozenset[str], lex: Lexicon) -> tuple[str, str, frozenset[str]] | None:
    """(family, label, rest) of a level of several segments of one family ("Trucks and buses made up the
    remaining 1,750 units"): one member of a breakdown, labelled by its segments joined with "+"."""
    if JOINT not in segment:
        return None
    named = lex.scope_free(segment - {JOINT})
    families = {lex.family(x) for x in named}
    if len(named) < 2 or len(families) != 1:
        return None
    return next(iter(families)), "+".join(sorted(named)), segment - named - {JOINT}


def _leaves(label: str, lex: Lexicon) -> frozenset[str]:
    return frozenset().union(*(lex.leaves(x) for x in label.split("+")))


def _unread_member(rows: list[Row], parts: list[Row], total: Row, family: str, lex: Lexicon) -> bool:
    """A level in the parts' sentences, of their kind and metric and smaller than the total, that names no
    segment of the family: a member of the list the lexicon cannot read, so the parts are not all of it."""
    ids = {p.id for p in parts} | {total.id}
    sentences = {(p.file, p.sentence) for p in parts}
    metrics = {p.metric for p in parts if isinstance(p.metric, str)}
    return any((r.file, r.sentence) in sentences and r.id not in ids and r.role == "level" and _kind(r.kind) == _kind(total.kind)
               and r.period == total.period and r.value < total.value and not isinstance(r.item, str)
               and (not isinstance(r.metric, str) or not metrics or r.metric in metrics)
               and not any(lex.family(x) == family for x in r.segment) and r.segment != REMAINDER for r in rows)


def _member_apart(rows: list[Row], parts: list[Row], total: Row, lex: Lexicon) -> bool:
    """A level of the parts' kind, metric and period, smaller than the total, that names a place or a market (home,
    exports) none of the parts names, stated anywhere in the article: a member the list's "other markets" left out."""
    ids = {p.id for p in parts} | {total.id}
    named = {x for p in parts for x in p.segment} | {p.scope for p in parts if isinstance(p.scope, str)}
    metrics = {p.metric for p in parts if isinstance(p.metric, str)}
    opening = min(p.start for p in parts)

    def outside(place: str) -> bool:  # never China beside a listed Asia: "Sales in China, which are included in the Asia figure"
        return place not in named and all(places().apart(place, x) for x in named if lex.family(x) == "region" or x in places().within)

    return any(r.file == total.file and r.id not in ids and r.role == "level" and _kind(r.kind) == _kind(total.kind)
               and r.period == total.period and r.value < total.value and not isinstance(r.item, str) and r.start > opening
               and (not isinstance(r.metric, str) or not metrics or r.metric in metrics)
               and (any(lex.family(x) in ("region", "market") and outside(x) for x in r.segment)
                    or isinstance(r.scope, str) and r.scope not in (WIDE, JOINED_PLACES, total.scope) and outside(r.scope))
               for r in rows)  # (and a level stated before the list is another subject's: "Korea shipped 287,445")


def _unread_between(rows: list[Row], parts: list[Row], rest: Row) -> list[Row]:
    """"Motorcycles accounted for 412, heavy equipment for 139 and other categories for the remaining 40": the
    members the lexicon cannot read between a part and the remainder of its sentence are parts too."""
    opening = min((p.start for p in parts if p.sentence == rest.sentence and p is not rest), default=rest.start)
    return [r for r in rows if r.sentence == rest.sentence and r.file == rest.file and opening < r.start < rest.start
            and r.segment == QUALIFIED and r.role == "level" and _kind(r.kind) == _kind(rest.kind) and r.period == rest.period]


def _whole_of_rest(total: Row, rest: Row, unread: bool) -> bool:
    """A total a remainder can be of: stated before it, and naming what it counts where members are unread."""
    return total.start < rest.start and (isinstance(total.metric, str) or not unread)


def _one_and_the_rest(by_label: dict[str, list[Row]]) -> bool:
    """"Domestic production rose 3.1% to 268,950, while plants outside Japan built the remaining 543,480":
    one segment and the rest, stated once each in one sentence (or the rest in the next one of its
    paragraph), the rest after it, break the whole down."""
    if len(by_label) != 2 or "remainder" not in by_label or any(len(rs) != 1 for rs in by_label.values()):
        return False
    rest = by_label["remainder"][0]
    named = next(rs[0] for label, rs in by_label.items() if label != "remainder")
    return named.start < rest.start and (named.sentence == rest.sentence
                                         or rest.sentence == named.sentence + 1 and rest.paragraph == named.paragraph)


def _complete(family: str, labels: set[str], total_label: str | None, lex: Lexicon) -> bool:
    if "remainder" in labels and len(labels) >= 2:
        return True
    labels = labels - {"remainder"}
    leaves = frozenset().union(*(_leaves(label, lex) for label in labels))
    if total_label is not None:
        return lex.required_leaves(total_label) <= leaves
    if family in _OTHER and _OTHER[family] in labels and len(labels) >= 3:
        return True
    return any(need <= leaves for need in _COMPLETE.get(family, []))


def find_breakdowns(records: Records, taken_totals: set[tuple[str, str]], texts: dict[str, str] | None = None,
                    prose: dict[tuple[str, str], tuple[str, bool]] | None = None) -> dict[str, list[Claim]]:
    """Sums of one measure's segments, list items and periods; `prose`, the parts of prose breakdowns (`prose_parts`)."""
    out: dict[str, list[Claim]] = {}
    rows = records.rows
    if not rows:
        return out
    lex = lexicon()
    # a unit value (a price, an average) is never a part of a sum
    quantity_levels = [r for r in rows if r.kind in QUANTITY and r.role == "level" and isinstance(r.period, str) and r.metric != PER_UNIT]
    levels = [r for r in quantity_levels if not any(x.startswith("sum:") for x in r.taken) or "sum:total" in r.taken]
    # a total the words broke down already may be broken down again by another family (see _segment_sums)
    for path, claims in _list_sums(_with_prose_items(rows, prose or {}), levels, taken_totals, texts or {}).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in _counted_sums(records, taken_totals, texts or {}, out).items():
        out.setdefault(path, []).extend(claims)  # before the segments: the count says how many members, not the names read
    shares = [r for r in rows if r.kind == "percent" and r.metric == "share" and r.role in ("share", "level") and isinstance(r.period, str)]
    loose = [r for r in levels if not isinstance(r.item, str)]  # a list's items are summed as a list, never picked from it
    # "… versus 60,655 units in May 2025, while overseas sales rose 3.7% to 284,405 units from 274,255": the year before's
    # segments add up to its total as this year's do
    loose += [r for r in rows if r.kind in QUANTITY and r.role == "earlier" and isinstance(r.period, str) and r.metric != PER_UNIT
              and not isinstance(r.item, str) and not any(x.startswith("sum:") for x in r.taken) and lex.scope_free(r.segment) == r.segment]
    buckets: dict[tuple[str, str | float | None], list[Row]] = {}
    if len(loose) + len(shares) >= 3:  # two parts and a total at least
        for row in [*loose, *shares]:
            buckets.setdefault((row.file, row.period), []).append(row)
    for (path, _period), group in buckets.items():
        if len(group) < 3 or not any(r.segment for r in group):
            continue  # two parts and a total at least
        text = (texts or {}).get(path, "")
        first = min((r.start for r in records.by_file[path]), default=0)
        claims = _segment_sums(group, lex, taken_totals, text, text[:first].lower() if text else None, records.by_file[path])
        if claims:
            out.setdefault(path, []).extend(claims)
    # "Sales rose 12.6 percent from August's 2.830 million": a month's earlier value is that month's level, a part of its
    # quarter, where no level of that month is stated beside it
    stated = {(r.file, r.period, r.segment) for r in quantity_levels}
    earlier = [r for r in rows if r.kind in QUANTITY and r.role == "earlier" and isinstance(r.period, str) and r.metric != PER_UNIT
               and (r.file, r.period, r.segment) not in stated]
    period_of = {(q.file, q.id): q.period for q in quantity_levels}
    parted = {(r.file, r.restates) for r in rows if r.kind == "percent" and r.role == "share" and isinstance(r.restates, str)
              and r.whole and isinstance(r.period, str) and period_of.get((r.file, r.restates)) == r.period}
    # "Companies registered 32,410 cars, or 69.9% of the total": a part of its month's whole, never the month itself
    dated = _dated_lists(quantity_levels)
    flows = [r for r in _with_inherited_metric(quantity_levels + earlier) if r.metric in FLOWS
             and (not isinstance(r.item, str) or _PROSE_LINE.search(r.item) or (r.file, r.id) in dated)
             and "sum:parts" not in r.taken and (r.file, r.id) not in parted]
    # "- Monthly deliveries were 39,214 in July, …" under "- Vehicle deliveries were 128,645 in the quarter": sentences set
    # as bullets, whose periods add up as the prose's do
    if len(flows) >= 3:  # a total and at least two periods that make it up
        for path, claims in _period_sums(flows, taken_totals, dated).items():
            out.setdefault(path, []).extend(claims)
    return out


_SUMMED_UP = regex(r"\b(?:(?:that|this|which)\s+(?:makes|made|gives|gave|brings|brought)(?:\s+(?:it|them))?|making|bringing\s+the\s+total\s+to|"
                   r"for\s+a\s+total\s+of|a\s+total\s+of|in\s+all,?|altogether,?)\s+(?:(?:about|around|some)\s+)?$", re.I)
_CONTRAST = regex(r"\b(?:while|whereas|but)\b", re.I)
# searched through the whole text: its words' first letters first, in their cases, then the rest after the letter, so that
# `re` passes over the text to the next of those letters (a pattern that opens with "\b" is tried at every character)
_COUNT_CUE = guarded(regex(r"(?-i:[BbCcIiJjTtİı])(?<!\w(?-i:[BbCcIiJjTtİı]))(?:(?<=(?-i:[Tt]))ogether|(?<=(?-i:[Cc]))ombined"
                           r"|(?<=(?-i:[Bb]))etween\s+them|(?<=(?-i:[Iiİı]))n\s+all|(?<=(?-i:[Jj]))ointly)\b", re.I))


def _counted_sums(records: Records, taken_totals: set[tuple[str, str]], texts: dict[str, str],
                  found: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """"Germany … registered 17,920 new heavy trucks, France 10,310 and Poland 8,450. The three countries together
    accounted for 36,680 units": a total the words count the members of, of the as many levels of its unit stated
    right before it, in its sentence or the one before, where nothing else of that unit stands between them (the
    members' segments need not be read: "Daebang On 27.6 GWh" names no maker the lexicon knows)."""
    out: dict[str, list[Claim]] = {}
    for path, rows in records.by_file.items():
        text = texts.get(path, "")
        tabled = any(isinstance(r.item, str) and CELL_ITEM.match(r.item) for r in rows)
        if not text or not (_COUNT_CUE.search(text) or tabled):
            continue
        summed = {c.roles["total"] for c in found.get(path, []) if c.rule == "sum"}
        ordered = sorted(rows, key=lambda r: r.start)
        for k, total in enumerate(ordered):
            if total.kind not in QUANTITY or total.role != "level" or (path, total.id) in taken_totals or total.id in summed \
                    or any(x.startswith("sum:") for x in total.taken):
                continue
            count = _counted(text, total)
            if count is None and tabled and (owned := _COUNTED_OWNERS.search(text, max(0, total.start - 100), total.start)):
                # "the country's four assembly plants turned out 572,160 vehicles" above a table of four plants
                _column_sums(out, path, taken_totals, _counted_columns(ordered, total, _NUMBER_WORDS[owned.group(1).lower()], text))
                continue
            if count is None:
                continue
            parts: list[Row] = []
            for r in reversed(ordered[:k]):
                if _kind(r.kind) != _kind(total.kind) or not units_agree(r.unit, total.unit) or r.kind == "money" and r.unit != total.unit:
                    continue  # "or 9.5% of the global total" between the members
                if r.role != "level" or r.paragraph != total.paragraph or total.sentence - r.sentence > 1 \
                        or any(x.startswith("sum:") for x in r.taken):
                    break
                parts.append(r)
                if len(parts) == count:
                    break
            if len(parts) != count or len({p.sentence for p in parts}) != 1 or not all(p.high < total.low for p in parts) \
                    or len({p.period for p in parts} | {total.period}) != 1:
                _column_sums(out, path, taken_totals, _counted_columns(ordered, total, count, text))
                continue
            parts.reverse()
            out.setdefault(path, []).append(Claim("sum", total.id, {"parts": tuple(p.id for p in parts), "total": total.id},
                                                  mode="exact", note="the members a counted total names, stated before it"))
            taken_totals.add((path, total.id))
    return out


def _column_sums(out: dict[str, list[Claim]], path: str, taken_totals: set[tuple[str, str]],
                 columns: list[tuple[Row, list[Row]]]) -> None:
    """Each counted whole against the table column that holds its members."""
    for whole, column in columns:
        out.setdefault(path, []).append(Claim("sum", whole.id, {"parts": tuple(p.id for p in column), "total": whole.id},
                                              mode="exact", note="the rows of a table column a counted total names"))
        taken_totals.add((path, whole.id))


_SELECTED = regex(r"\b(?:largest|biggest|top|leading|main|major|smallest)\b[^.;\d]{0,60}$", re.I)


def _counted_columns(ordered: list[Row], total: Row, count: int, text: str) -> list[tuple[Row, list[Row]]]:
    """"Together the six countries ended 2025 with 749,345 public charging points, 20.4% more than the 622,484 they
    had a year earlier" beside a table of six countries with no Total row: the column of the total's period holds the
    members, and the earlier value of the same sentence is the column of its own period. Only a table that stands
    next to the total's paragraph, every column of one unit, and each column with exactly as many rows as counted."""
    if _SELECTED.search(text, max(0, total.start - 120), total.start):
        return []  # "The four largest suppliers installed 66.0 GWh between them" beside four rows: a selection, which the rows may
        # or may not be
    columns: dict[tuple[str, str], list[Row]] = {}
    for r in ordered:
        if isinstance(r.item, str) and (m := CELL_ITEM.match(r.item)):
            columns.setdefault((m.group(1), m.group(3)), []).append(r)
    if not columns:
        return []
    tables = {t for t, _ in columns}
    near = [t for t in tables if any(abs(r.paragraph - total.paragraph) == 1 for (tt, _), rs in columns.items() if tt == t for r in rs)]
    if len(near) != 1 or any(r.paragraph == total.paragraph for (t, _), rs in columns.items() if t == near[0] for r in rs):
        return []
    found: list[tuple[Row, list[Row]]] = []
    wanted = [total] + [r for r in ordered if r.sentence == total.sentence and r.role == "earlier" and r.start > total.start
                        and _kind(r.kind) == _kind(total.kind) and units_agree(r.unit, total.unit)]
    for whole in wanted:
        fit = [rs for (t, _), rs in columns.items() if t == near[0] and rs[0].period == whole.period and _kind(rs[0].kind) == _kind(whole.kind)]
        if len(fit) > 1 and isinstance(whole.metric, str):
            fit = [rs for rs in fit if rs[0].metric == whole.metric] or fit  # "turned out 572,160" beside "Output 2025" and
            # "Exported 2025": the column of what the total measures
        if len(fit) != 1:
            return found  # two columns of one period, or none: the words leave doubt
        column = fit[0]
        if len(column) != count or any(r.role != "level" or r.period != whole.period or _kind(r.kind) != _kind(whole.kind)
                                       or not units_agree(r.unit, whole.unit) or r.high >= whole.low for r in column):
            return found
        found.append((whole, column))
    return found


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTED = regex(r"\b(?:the|these|those|all)\s+(?:top\s+)?(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}?"
                 r"(?:together|combined|between\s+them|in\s+all|jointly)\b[^.;\d]{0,60}$|"
                 r"\b(?:together|combined|between\s+them),?\s+(?:the|these|those|all)\s+(?:top\s+)?(two|three|four|five|six|seven|eight|nine|ten)"
                 r"\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|had|made|sold|took|accounted\s+for|account\s+for|came\s+to|come\s+to|numbered)\s+"
                 r"(?:(?:the\s+year|(?:19|20)\d{2})\s+with\s+)?(?:(?:about|around|some)\s+)?$|"
                 r"\btogether,?\s+(?:the|these|those)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s*$",
                 re.I)  # "Together, the five markets registered 494,146 cars", "Together the two plug-in types, 18,116 cars, took"


_BRACKETS_TOGETHER = regex(r"\)\s+(?:together|combined|between\s+them)\s+(?:took|made|had|sold|registered|accounted\s+for|came\s+to|"
                           r"[a-z]+ed)\s+(?:(?:about|around|some)\s+)?$", re.I)
_BRACKETED_AMOUNT = regex(r"\(\s*[\d][\d,.]*\s*\)")
_THEY_WERE_BY = r"By\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:they|these|those|it)\s+(?:were|was|broke\s+down|break\s+down|split)\b"
_ANAPHORIC_HEADER = regex(r"\W*(?:" + SPLIT_OF_BEFORE + "|" + _THEY_WERE_BY + ")")
_ANAPHORIC_LINE = regex(r"(?:^|(?<=[.!?]\s))\s*" + _THEY_WERE_BY + r"(?:\s+as\s+follows)?\s*:\s*$", re.I)  # "By powertrain they were:"


def _sentence_end(text: str, pos: int) -> int:
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return min(ends) if ends else len(text)


_COUNTED_OWNERS = regex(r"\b(?:the|these|those|its|their|[A-Z][\w-]*['’]s)\s+(two|three|four|five|six|seven|eight|nine|ten)"
                       r"\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|turned\s+out|had|made|sold|took|built|produced|registered|shipped|"
                       r"installed|operated|counted)\s+(?:(?:about|around|some)\s+)?$", re.I)  # "the country's four assembly plants turned out"


def _counted(text: str, total: Row) -> int | None:
    """How many members the words before a joint total count ("The four countries together accounted for")."""
    if not text:
        return None
    m = _COUNTED.search(text, max(0, total.start - 120), total.start)
    if m:
        return _NUMBER_WORDS[(m.group(1) or m.group(2) or m.group(3)).lower()]
    if (after := _BRACKETS_TOGETHER.search(text, max(0, total.start - 60), total.start)) is not None:
        # "Germany (2,912), France (1,486) and the Netherlands (1,031) together took 5,529": as many as the brackets
        opening = sentence_start(text, total.start)
        brackets = _BRACKETED_AMOUNT.findall(text, opening, after.start() + 1)
        return len(brackets) if len(brackets) >= 2 else None
    return None


def _whole_of(row: Row) -> frozenset[str]:
    return row.of_segment if isinstance(row.of_segment, frozenset) else frozenset()


def _one_value(rows: list[Row]) -> bool:
    """One segment stated once, or again at another precision ("9,56,671 units", "9.57 lakh")."""
    return max(r.low for r in rows) <= min(r.high for r in rows)


def _steady(parts: list[Row]) -> list[Row]:
    """The parts without one written in another scale than all the others ("7.41 crore" among
    lakh figures): a scale slip must not hide the total it is a part of."""
    scales = [p.scale for p in parts]
    odd = [p for p in parts if scales.count(p.scale) == 1]
    if len(parts) >= 3 and len(odd) == 1 and len(set(scales)) == 2:
        return [p for p in parts if p is not odd[0]]
    return parts


def _said_again(a: Row, b: Row) -> bool:
    """Whether two levels are one value said twice: each within the other's rounding, or one within the other's where
    that one is precise ("43,01,848 units" and "43.02 lakh"; never "612" inside the thousand that "1,000 units" may be)."""
    def holds(x: Row, y: Row) -> bool:
        return x.low <= y.value <= x.high and (x.high - x.low) <= 0.02 * abs(x.value)
    return holds(a, b) or holds(b, a)


def _kind(kind: str) -> str:
    return kind if kind in ("money", "percent") else "count"


_ITS_OPENING = regex(r"\W*(?:Its|Their)\s")
_COUNTED_IN = regex(r"\b(?:included|counted|contained)\s+in\b|\bpart\s+of\s+the\b", re.I)


def _segment_sums(rows: list[Row], lex: Lexicon, taken_totals: set[tuple[str, str]], text: str = "",
                  lead: str | None = None, every: list[Row] | None = None) -> list[Claim]:
    """Sums of segments of one period's levels; `lead`, the article's words before its first figure, names its subject;
    `every`, all the article's rows, holds the other wholes parts may add up to."""
    members: dict[tuple[str, frozenset[str], str, str | float | None], list[tuple[str, Row]]] = {}
    for r in rows:
        if r.segment == REMAINDER:
            continue
        if (joint := _joint_member(r.segment, lex)) is not None:
            family, label, rest = joint
            members.setdefault((family, rest, _kind(r.kind), r.unit if r.kind == "money" else None), []).append((label, r))
            continue
        for family, label, rest in _split(r.segment, lex):
            if label == "qualified":
                continue  # "heavy equipment for 139": a member the lexicon cannot read, of no family it knows
            members.setdefault((family, rest, _kind(r.kind), r.unit if r.kind == "money" else None), []).append((label, r))
    for r in rows:  # "the remaining 7,553 cars" completes whichever breakdown its period has
        if r.segment == REMAINDER:
            beside = {rest for (_family, rest, kind, _unit), found in members.items()
                      if kind == _kind(r.kind) and any(q.sentence == r.sentence for _, q in found)}
            if len(beside) > 1:
                beside = {rest for rest in beside if not any(x.startswith("name:") for x in rest)}  # the names vary, not the frame
            rest_of = next(iter(beside)) if len(beside) == 1 else frozenset()  # "Brazil took 15,980 of them [exports], …, and the
            # rest, 6,370, went mainly to Chile": the rest of the exports, never of the output beside them
            for (_family, rest, kind, _unit), found in members.items():
                if rest == rest_of and kind == _kind(r.kind):
                    found.append(("remainder", r))
    claims: list[Claim] = []
    # a family whose members make up a whole (domestic and overseas) takes its total before a few names that only may not exceed it
    ordered_members = sorted(members.items(), key=lambda kv: not _complete(kv[0][0], {label for label, _ in kv[1]}, None, lex))
    for (family, rest, kind, unit), found in ordered_members:
        by_label: dict[str, list[Row]] = {}
        for label, r in found:
            by_label.setdefault(label, []).append(r)
        covering = {c for c in by_label if lex.segments.get(c) and lex.segments[c].covers
                    and any(x != c and _leaves(x, lex) <= lex.leaves(c) for x in by_label)}
        for c in covering:  # NEVs are the total of BEV and PHEV, never a part beside them
            del by_label[c]
        if ELECTRIC in by_label and set(by_label) & ELECTRIC_KIN:
            del by_label[ELECTRIC]  # "Electric cars accounted for 9,430 … plug-in hybrids took 612": EVs may be their total
        for c in [c for c in by_label if "+" in c and any(x in by_label for x in c.split("+"))]:
            del by_label[c]  # "Together, BEVs and PHEVs …" beside the BEVs and the PHEVs: their subtotal, no part
        if len(set(by_label) - {"remainder"}) < 2 and not _one_and_the_rest(by_label):
            continue  # "the remaining 7,553" completes a breakdown, never makes one
        # the sentence that lists most of the segments; a segment stated again elsewhere (at another
        # precision, or with a slip) is taken from there
        home = max((r.sentence for rs in by_label.values() for r in rs),
                   key=lambda k: sum(any(r.sentence == k for r in rs) for rs in by_label.values()))
        inside = [x for x in by_label if places().within.get(x, frozenset()) & set(by_label)
                  and all(r.sentence != home and _COUNTED_IN.search(text, sentence_start(text, r.start), r.start) for r in by_label[x])]
        for x in inside:
            del by_label[x]  # "Sales in China, which are included in the Asia figure": a part of a listed region, never beside it
            # (but "Asia excluding China 1.21 million", then China's own 402,000: a part beside it)
        if inside and len(set(by_label) - {"remainder"}) < 2:
            continue
        listed = {label: [r for r in rs if r.sentence == home] for label, rs in by_label.items()}
        if all(len(rs) == 1 for rs in listed.values()):
            parts = [rs[0] for rs in listed.values()]
        elif all(_one_value(rs) for rs in by_label.values()):
            parts = [min(rs, key=lambda r: abs(r.sentence - home)) for rs in by_label.values()]
        elif all(len([r for r in rs if abs(r.sentence - home) <= 1]) == 1 for rs in by_label.values()):
            # "Domestic sales rose … to 4,61,203 units. Exports climbed … to 51,643 units.": the segments stated
            # together; another "domestic" figure paragraphs away measures something the words did not say
            parts = [next(r for r in rs if abs(r.sentence - home) <= 1) for rs in by_label.values()]
        else:
            continue  # one segment stated twice with different values
        remaining = [p for p in parts if p.segment == REMAINDER]
        if remaining:
            parts += _unread_between(rows, parts, remaining[0])
        if remaining and any(abs(p.sentence - remaining[0].sentence) > 1 or p.sentence > remaining[0].sentence for p in parts):
            # "The remaining 1,511 ran on LPG" completes the segments listed beside it, not a BEV figure paragraphs away;
            # "made up the rest, 2,532" points back, never to a list of channels that starts after it
            parts = [p for p in parts if p.segment not in (REMAINDER, QUALIFIED)]
            by_label.pop("remainder", None)
            if len(parts) < 2:
                continue
        if len({CELL in p.taken for p in parts}) > 1:
            continue  # a table states its own breakdown: its rows are never summed with amounts of the prose
        named = {p.metric for p in parts if isinstance(p.metric, str)}
        named = {m for m in named if lex.within.get(m) not in named}  # "Vehicle revenue" beside "Other revenue": revenue
        if len(named) > 1 or any(m.startswith("other:") for m in named) and any(not isinstance(p.metric, str) for p in parts):
            continue  # "104.2 g/km" is never summed with vehicles
        metric = next(iter(named), None)
        labels = set(by_label)
        composite = [c for c in lex.families.get(family, ()) if lex.segments[c].covers]
        candidates: list[tuple[Row, str | None]] = []
        cars: list[tuple[Row, str | None]] = []
        steady = _steady(parts)
        first = min(p.sentence for p in parts)
        sums_up: list[Row] = []
        varying = {lex.family(x) for p in parts for x in p.segment}
        if varying & _BODY_AND_CLASS:
            varying |= _BODY_AND_CLASS  # SUVs are no frame for passenger cars and trucks: a body type is a kind of vehicle too
        last = max(p.sentence for p in parts)
        for r in rows:
            if JOINT in r.segment and 0 <= r.sentence - last <= 1 and _counted(text, r) == len(parts) and r.value > max(p.high for p in parts):
                candidates.append((r, None))  # "Germany …, Spain …, France … and Italy …. The four countries together accounted for 492,136"
                continue
            if r.id in {p.id for p in parts} or (metric is not None and isinstance(r.metric, str) and r.metric != metric
                                                 and metric != lex.within.get(r.metric) and r.metric != lex.within.get(metric)):
                continue  # "Global retail sales … 2.38 million": a total of retail sales sums parts "sold" there
            if _kind(r.kind) != kind or (kind == "money" and r.unit != unit):
                continue
            whole = sum(p.value for p in steady)
            if not 0.5 * whole <= r.value <= 3 * whole:
                continue  # far from the sum of the parts: another total
            if r.value <= max(p.high for p in steady) and (family == "name" or not (_complete(family, labels, None, lex) and len(labels) >= 2)):
                continue  # not larger than a part: a total only where the parts are the whole family
            if any(_said_again(p, r) for p in steady):
                continue  # "Domestic passenger vehicle sales rose 2 per cent to 43,01,848 units", then "Passenger vehicles accounted
                # for 43.02 lakh": a part stated again, never the total of it and the exports
            core, want = lex.scope_free(r.segment), lex.scope_free(rest)
            framed = [lex.leaves(x) for x in r.segment - core if lex.family(x) == "frame"]
            if family == "class" and framed and not labels <= frozenset().union(*framed):
                continue  # "228,460 cars and light commercial vehicles" is the total of those two classes, never of trucks beside them
            broader = core > want and first - 1 <= r.sentence <= first and not {lex.family(x) for x in core - want} & varying \
                and (family != "name" or not any(q.sentence == r.sentence and q.id != r.id and q.file == r.file for q in rows))
            # "The five largest markets registered 563,730 motorcycles", then the five; but BYD's and Tesla's
            # registrations are no parts of the hybrids listed with petrol cars just before them
            if family == "name" and text and r.sentence == first and r.start < min(p.start for p in parts) \
                    and _CONTRAST.search(text, r.start, min(p.start for p in parts)):
                continue  # "Sales of the F-150 Lightning more than tripled to 9,870 …, while the Silverado EV sold 6,140 units, the
                # Cybertruck 4,950 …": a sibling the lexicon cannot name, never their total
            if text and _OF_THEM_AFTER.match(text, r.start + len(r.text)) and any(x.startswith("name:") for x in r.segment) \
                    and not any(x.startswith("name:") for p in parts for x in p.segment):
                continue  # "Indus … dispatched 7,941 of them …. Saraswati's electric models accounted for 5,386 and all other makers
                # for 6,547": one maker's part of them, never the total of others' parts
            if family == "name" and (any(x.startswith("name:") for x in r.segment) or r.paragraph > parts[0].paragraph
                                     and any(lex.family(x) == "region" for x in r.segment - rest)):
                continue  # "Britain's 10,290 …, while Germany registered 7,410, France 9,940": one maker or country is no total of others
            summed_up = bool(text) and last <= r.sentence <= last + 1 and _SUMMED_UP.search(text, sentence_start(text, r.start), r.start) is not None
            if family == "region" and holds_none_of(r.scope, r.metric, r.segment, labels) and not summed_up:
                continue  # "Asia took 4.914 million …, Latin America 812,000, …" beside "Sales at the Indian subsidiary rose 11.8%
                # to 1.486 million": one country's level is no total of the world's regions (but its exports are, by destination)
            if family == "powertrain" and core == want | {PASSENGER} and not (r.segment & labels):
                cars.append((r, None))  # "5,418 new passenger cars": the cars that fuels break down, where no plainer total fits
            elif (core == want or broader) and not (r.segment & labels):
                candidates.append((r, None))
                if summed_up:
                    sums_up.append(r)
            else:
                for c in composite:
                    if r.segment == rest | {c} and lex.leaves(c) >= frozenset().union(*(_leaves(x, lex) for x in labels)):
                        candidates.append((r, c))
        if remaining and any(p.segment == REMAINDER for p in parts):  # "the remaining 72" is of a total stated before it
            unread = any(p.segment == QUALIFIED for p in parts)  # and with members the lexicon cannot read, one whose words
            # name what it counts: "Pick-ups numbered 1,950. Motorcycles accounted for 520, machinery for 285 …" is no total
            candidates = [(r, c) for r, c in candidates if _whole_of_rest(r, remaining[0], unread)]
            cars = [(r, c) for r, c in cars if _whole_of_rest(r, remaining[0], unread)]
        if cars and not candidates and any(
                r.role == "level" and _kind(r.kind) == kind and not lex.scope_free(r.segment) - lex.scope_free(rest)
                and r.value > max(c.value for c, _ in cars) and r.id not in {p.id for p in parts} for r in rows):
            cars = []  # "Hybrids reached 181,578 units" beside the market's 1,476,240 of cars and light trucks: the fuels of the
            # market, never of its 280,480 passenger cars
        candidates = candidates or cars
        if kind == "percent" or any(c is not None for _, c in candidates):
            # shares add up to a composite share only; BEV and PHEV add up to the NEVs stated beside them
            candidates = [(r, c) for r, c in candidates if c is not None]
        if kind == "percent":
            # shares of one whole only: "56.8% of NEV retail" and its kin add up to 100, not to the NEVs' 59.9% of all retail
            wholes = {_whole_of(p) for p in parts}
            candidates = [(r, c) for r, c in candidates if wholes == {_whole_of(r)}]
        if metric is not None and any(r.metric == metric for r, _ in candidates):
            candidates = [(r, c) for r, c in candidates if r.metric == metric]  # the total that names the parts' metric
        if len({r.value for r, _ in candidates}) > 1 and len({c for _, c in candidates}) == 1 \
                and (finest := _restated_finer([r for r, _ in candidates])) is not None:
            candidates = [(finest, candidates[0][1])]  # "Half-year car sales reach 1.06 million" over "registrations … reached
            # 1,061,318": one total, said twice at two precisions
        if len({r.value for r, _ in candidates}) > 1 and kind != "percent" and all(p.low >= 0 for p in parts):
            larger = [(r, c) for r, c in candidates if r.value > max(p.high for p in parts)]
            candidates = larger or candidates  # Hyundai's 363,962 is no total of the five makers' 582,333 sold overseas
        if len({r.value for r, _ in candidates}) > 1 and len({r.value for r in sums_up}) == 1:
            candidates = [(r, c) for r, c in candidates if r in sums_up]  # "United States 338,916; Europe 101,305; …. That makes
            # 885,406 in all": the sum the words make of the list, never "the two countries shipped 626,361" a paragraph before
        together = [(r, c) for r, c in candidates if JOINT in r.segment and 0 <= r.sentence - last <= 1]
        # "Together with the VAMA members' total, … 46,300" paragraphs later is another sum, not this list's
        if len({r.value for r, _ in candidates}) > 1 and len({r.value for r, _ in together}) == 1:
            candidates = together  # "The four countries together accounted for 492,136": that sum, not the EU total
        if len({r.value for r, _ in candidates}) > 1:
            # "Members sold 32,460 vehicles … Passenger cars made up 24,180 units of the total, commercial vehicles
            # 7,920 and special-purpose vehicles the remaining 360": the whole just before the list it breaks down
            # never a row of a list, nor one the parts exceed: the tie-break must not make the finding
            opening = min(p.start for p in parts)
            least = sum(p.low for p in parts)
            restated = {(r.file, r.restates) for r in rows if isinstance(r.restates, str)}  # "It took 231,400, 56.1% of the group total"
            candidates = [(r, c) for r, c in candidates if first - 1 <= r.sentence <= first and r.start < opening
                          and not isinstance(r.item, str) and r.high >= least and (r.file, r.id) not in restated]
        if not candidates or len({r.value for r, _ in candidates}) != 1:
            continue
        total, total_label = min(candidates, key=lambda t: abs(t[0].start - parts[0].start))
        placed = {p.scope for p in parts if isinstance(p.scope, str) and p.scope not in (WIDE, JOINED_PLACES)}
        by_place = any(f"name:{p.scope}" in p.segment or lex.family(x) == "region" for p in parts for x in p.segment)
        if not by_place and (len(placed) > 1 or placed and isinstance(total.scope, str) and total.scope not in (WIDE, JOINED_PLACES)
                             and placed != {total.scope}):
            continue  # Mexico's domestic sales and Brazil's exports, each under its own section, are no breakdown of Brazil's market
        if total.paragraph < min(p.paragraph for p in parts) and not _subject_of_article(total, rest, lead):
            continue  # GM's 693,450 deliveries, or Toyota's 16,010, is no total of the market's hybrids and EVs paragraphs later
        if total.paragraph < min(p.paragraph for p in parts) and len(scope := {p.scope for p in parts}) == 1 \
                and all(isinstance(x, str) for x in scope) and total.scope not in scope and any(
                    r.scope in scope and r.paragraph == parts[0].paragraph and r.role == "level" and _kind(r.kind) == kind
                    and r.value >= sum(p.value for p in parts) for r in rows if r.file == total.file):
            continue  # "In Switzerland, 20,460 new cars … Battery-electric cars took 4,420": the Austrian group's 9,050
            # paragraphs before is another market's
        if family in _BODY_AND_CLASS and (stated := _stated_together(parts, home, total)) is not None:
            parts = stated  # "Light trucks … accounted for 148,050 of April's sales and passenger cars for 20,370" make up the
            # 168,420 on their own; "Commercial van sales rose 5.4% to 6,118" paragraphs on is counted inside them, no third part
            labels = {label for label, rs in by_label.items() if any(r in parts for r in rs)}
        closing = max(parts, key=lambda p: p.start)
        opening = min(p.start for p in parts)
        rest_said = len(parts) >= 2 and bool(text) and last - first <= 1 and total.sentence == first - 1 \
            and cx.THE_OTHER.search(text, max(0, closing.start - 24), closing.start) is not None \
            and not any(r.file == total.file and (opening < r.start < closing.start or first <= r.sentence <= last and r.role == "level")
                        and _kind(r.kind) == kind and r.id not in {p.id for p in parts} for r in (every or rows))
        # but "Private buyers accounted for 43,215 cars, …, and companies for 29,806. Rental firms took the remaining
        # 23,397": a member between them, or beside them in their sentences, that is no part here leaves the rest unsaid
        # "Turkish plants built 104,318 vehicles … Cars made up 68,410 of them; the other 35,908 were light commercials"
        if (total.file, total.id) in taken_totals and not ((all(bool(p.complete) for p in parts) or rest_said)
                                                           and total.sentence == first - 1):
            continue  # but "… delivered 48,316 vehicles. Deliveries consisted of 30,842 BEVs and 17,474 EREVs": a second breakdown
        if all(bool(p.complete) for p in parts) and any(
                r.file == total.file and r.complete and r.sentence in {p.sentence for p in parts} and r.id not in {p.id for p in parts} | {total.id}
                and _kind(r.kind) == kind and r.period == parts[0].period for r in rows):
            continue  # "By brand, the passenger-car arm … sold 148,300 units, Dongling Commercial Vehicle 61,240, the joint venture
            # … 54,900 and … Ranxin 48,200": two of the four members of the breakdown are no sum of the whole
        owners = {x for x in frozenset.intersection(*(p.segment for p in parts)) if x.startswith("name:")}
        if family != "name" and owners and len(parts) >= 2 and not any(x.startswith("name:") for x in total.segment):
            continue  # "Stellantis … car registrations rose to 19,740 … Its light-commercial sales fell to 4,120": the maker's
            # cars and vans are no breakdown of the market's 71,240 cars
        part_names = [x[5:] for p in parts for x in p.segment if x.startswith("name:")]
        if family == "name" and any(places().mentions(n.title()) for n in part_names) \
                and any(not places().mentions(n.title()) for n in part_names):
            continue  # "Poland was the largest market with 612 …", then "Solvane led with 1,046 …, followed by Yutong with 702":
            # a country and a maker are no members of one breakdown
        if family == "name" and text and any(p.sentence - 1 in {q.sentence for q in parts if q is not p}
                                             and _ITS_OPENING.match(text, sentence_start(text, p.start)) for p in parts):
            continue  # "The Ardent brand accounted for 351,884 …. Its best-selling model, the Terrace crossover, sold 92,410": the
            # brand's own model, inside it, never a sibling of it
        if family == "name" and kind != "percent" and any(p.low > total.high > 0 for p in parts):
            continue  # BYD's 1.14mn is no part of the 502,600 the five start-ups delivered: one part beyond the total is another thing
        later = [p for p in parts if p.paragraph > total.paragraph]
        if family == "name" and later and len([p for p in parts if p.start < total.start]) >= 2:
            # "1. Shenzhen … 5. Chongqing …", "Together, the top five registered 183,080 NEVs", then "Outside the top
            # five, Beijing ranked sixth with 24,870": a name after the total its list led up to is none of its parts
            parts = [p for p in parts if p not in later]
        rest_named = False
        if total_label is not None and not _complete(family, labels, total_label, lex):
            rest_named = len(parts) >= 2 and len({p.sentence for p in parts}) == 1 and bool(text) \
                and any(cx.THE_OTHER.search(text, max(0, p.start - 24), p.start) for p in parts)
            if not rest_named:
                continue  # BEV alone is not a breakdown of NEVs; but "Of those 28,267 eco-friendly units, hybrids contributed
                # 18,405 and battery-electric models the other 9,862": the words say these two are all of the composite
        said = all(bool(p.complete) for p in parts) or _counted(text, total) == len(parts) or rest_named or rest_said
        named_here = {x for r in rows for x in r.segment if lex.family(x) == family}
        whole_family = family != "class" or named_here <= labels  # passenger + commercial, unless two-wheelers are named too
        mode = "exact" if (_complete(family, labels, total_label, lex) and whole_family) or said else "at-most"
        if mode == "exact" and not said and _unread_member(rows, parts, total, family, lex):
            mode = "at-most"  # "In the Americas the group delivered 104,870; Europe took 221,380": a member the lexicon cannot read
        if mode == "exact" and not said and _OTHER.get(family) in labels and _member_apart(every or rows, parts, total, lex):
            mode = "at-most"  # "Europe … took 248,310 cars, North America 126,540 and other markets 85,680", then "Sales there
            # [in China] dropped 14.6% to 151,870": the other markets of that list leave out a market stated apart
        if mode == "exact" and text and all(p.segment != REMAINDER for p in parts) \
                and cx.REST_UNCOUNTED.search(text, min(p.start for p in parts), _sentence_end(text, max(p.start for p in parts))):
            mode = "at-most"  # "Passenger cars accounted for 36,890 units and LCVs for 11,840; the rest were trucks"
        if (mode == "at-most" or said and not _counted(text, total)) and total.paragraph > max(p.paragraph for p in parts) \
                and JOINT not in total.segment and family != "name":
            continue  # "BYD … registered 9,874 vehicles" paragraphs after a breakdown is another figure, not its total; nor is
            # "By destination, the US took $2.91 billion" after "By type, hybrids brought in $1.37 billion, EVs …"
        if mode == "exact" and _adds_up_to_another(every or rows, parts, total) \
                or sum(p.low for p in parts) > total.high and _adds_up_to_another(every or rows, parts, total, any_count=True):
            continue  # "Locally assembled cars made up 5,340 of the month's total …, and imported cars the other 4,520": they
            # add up to the 9,860 passenger cars, not the 12,430 vehicles; two wholes could be meant, and the words say the wrong one
            # ("Private buyers registered 8,115 cars and businesses 6,091" exceed the 10,626 electric cars said just before: they
            # are the 14,206 new cars)
        if (count := _counted(text, total)) is not None and count < len(parts):
            continue  # "Together the two plug-in types, 18,116 cars": two members, never the three the segments found
        ordered = sorted(parts, key=lambda p: p.start)
        claims.append(Claim("sum", total.id, {"parts": tuple(p.id for p in ordered), "total": total.id}, mode=mode,
                            note="segments joined by measure"))
        taken_totals.add((total.file, total.id))
    return claims


def _stated_together(parts: list[Row], home: int, total: Row) -> list[Row] | None:
    """The parts of the sentence that lists most of them, where they add up to the total within their rounding on their
    own and the parts from other paragraphs push the sum past it: those are counted inside the listed ones (kinds of
    vehicle overlap as the words use them: vans among light trucks, SUVs among cars; places and makers do not)."""
    together = [p for p in parts if p.sentence == home]
    apart = [p for p in parts if p.sentence != home]
    if len(together) < 2 or not apart or any(p.paragraph == together[0].paragraph for p in apart) \
            or any(p.low < 0 for p in parts) or sum(p.low for p in parts) <= total.high:
        return None
    fits = sum(p.low for p in together) <= total.high and total.low <= sum(p.high for p in together)
    return together if fits else None


def _restated_finer(totals: list[Row]) -> Row | None:
    """The exact one of totals that are one value said at several precisions (each coarser one's rounding holds it)."""
    finest = min(totals, key=lambda r: r.high - r.low)
    if finest.high > finest.low:
        return None
    return finest if all(r.low <= finest.value <= r.high for r in totals) else None


def _adds_up_to_another(rows: list[Row], parts: list[Row], total: Row, any_count: bool = False) -> bool:
    """Whether parts that miss their total add up, within their rounding, to another level of its period and kind (a total
    stated twice at two values is still shown by the restated check); `any_count`: a count of units or a bare number alike,
    never a composite's subtotal."""
    low, high = sum(p.low for p in parts), sum(p.high for p in parts)
    if total.low <= high and low <= total.high:
        return False
    ids = {p.id for p in parts} | {total.id}
    lex = lexicon()
    return any(r.file == total.file and r.id not in ids and r.period == total.period and r.role == "level"
               and (_kind(r.kind) == _kind(total.kind) and (r.kind != "money" or r.unit == total.unit) and not _composite(r.segment, lex)
                    if any_count else r.kind == total.kind and r.unit == total.unit) and r.low <= high and low <= r.high
               for r in rows)


def _composite(segment: frozenset[str], lex: Lexicon) -> bool:
    """A level of a segment that covers others ("Electric cars accounted for 9,430 of them"): the subtotal of its members,
    never a whole they are all of."""
    return ELECTRIC in segment or any(lex.segments[x].covers for x in segment if x in lex.segments)


def _with_prose_items(rows: list[Row], found: dict[tuple[str, str], tuple[str, bool]]) -> list[Row]:
    """The rows with the parts of each prose breakdown (`prose_parts`) as the items of a list, for its sum alone."""
    if not found:
        return rows
    return [r._replace(item=found[(r.file, r.id)][0], complete=found[(r.file, r.id)][1])
            if (r.file, r.id) in found and not isinstance(r.item, str) else r for r in rows]


def prose_parts(rows: list[Row], texts: dict[str, str]) -> dict[tuple[str, str], tuple[str, bool]]:
    """By (file, figure id), the item ("prose<n>:<label>") and completeness of each part of a prose breakdown."""
    found: dict[tuple[str, str], tuple[str, bool]] = {}
    by_file: dict[str, list[Row]] = {}
    for r in rows:
        by_file.setdefault(r.file, []).append(r)
    for path, text in texts.items():
        if path not in by_file or not PROSE_SPLIT.search(text):
            continue
        spans = [(r.id, r.start, r.start + len(r.text)) for r in by_file[path] if r.kind in QUANTITY]
        for n, (items, complete) in enumerate(prose_lists(text, spans)):
            for fid, label in items:
                found[(path, fid)] = (f"prose{n}:{label}", complete)
    return found


def _prose_header(text: str, pos: int) -> re.Match[str] | None:
    """The header of a sentence that breaks a whole down in prose (lists.PROSE_SPLIT), for a part at `pos`."""
    if not text:
        return None
    start = sentence_start(text, pos)
    start += len(text[start:pos]) - len(text[start:pos].lstrip())
    head = PROSE_SPLIT.match(text, start)
    return head if head is not None and head.start("body") <= pos < head.end("body") else None


def _subject_of_article(total: Row, rest: frozenset, lead: str | None) -> bool:
    """Whether every name the total carries beyond the parts' is the article's subject, named in its opening words
    (Polestar's 19,640 cars in a story about Polestar), never one maker of a market story."""
    if lead is None:
        return True
    named = [x[len("name:"):] for x in total.segment - rest if x.startswith("name:")]
    named = [n for n in named if not places().mentions(n.title())]  # "Lithuania registered 4,126": a country is a place, no maker
    return all(n.split()[0] in lead for n in named)


FLOWS = ("sales", "wholesale", "retail", "production", "revenue", "net_profit", "operating_profit", "gross_profit")


def _with_inherited_metric(levels: list[Row]) -> list[Row]:
    """Levels whose words name no metric take the one flow metric of the amounts of their kind and segment
    in their sentence or the next or last of their paragraph ("Together with the 38.74 trillion won booked in the first three months, revenue for
    the first half came to 80.12 trillion won")."""
    out = []
    by_paragraph: dict[tuple, list[Row]] = {}  # the levels a level may inherit from: asking every level of a batch grew with its square
    for q in levels:
        if isinstance(q.metric, str) and q.metric in FLOWS:
            by_paragraph.setdefault((q.file, q.paragraph), []).append(q)
    for r in levels:
        if isinstance(r.metric, str):
            out.append(r)
            continue
        near = {q.metric for q in by_paragraph.get((r.file, r.paragraph), ())
                if abs(q.sentence - r.sentence) <= 1 and q.segment == r.segment
                and (q.kind == "money") == (r.kind == "money") and (r.kind != "money" or q.unit == r.unit)
                and _on_one_axis(str(q.period), str(r.period))}
        out.append(r._replace(metric=next(iter(near))) if len(near) == 1 else r)
    return out


def _on_one_axis(a: str, b: str) -> bool:
    """Two different periods one tiling could hold: one inside the other, or two of one length (a
    quarter and the half it makes up, the first quarter and the second), never the same period."""
    from evcheck.periods import period_from_code

    if a == b:
        return False
    try:
        p, q = period_from_code(a), period_from_code(b)
    except ValueError:
        return False
    inside = p.start <= q.start and q.end <= p.end or q.start <= p.start and p.end <= q.end
    return inside or abs((p.end - p.start).days - (q.end - q.start).days) <= 3


def _dated_lists(levels: list[Row]) -> dict[tuple[str, str], tuple[int, int]]:
    """The lines of lists whose every line is of its own stretch of days and names no member ("Week 1 (1-7 June): 398,600",
    "Week 2 (8-14 June): 446,300"), with the sentence of the list's first line and its count of lines: periods that may
    make up a longer one, all of them together."""
    blocks: dict[tuple[str, str], list[Row]] = {}
    for r in levels:
        if isinstance(r.item, str) and not _PROSE_LINE.search(r.item):
            blocks.setdefault((r.file, r.item.split(":", 1)[0]), []).append(r)
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for rows in blocks.values():
        if len(rows) >= 2 and not any(x.startswith("name:") for r in rows for x in r.segment) \
                and all(".." in str(r.period) for r in rows) \
                and len({r.period for r in rows}) == len(rows) and len({r.segment for r in rows}) == 1:
            first = min(r.sentence for r in rows)
            out.update({(r.file, r.id): (first, len(rows)) for r in rows})
    return out


def _period_sums(levels: list[Row], taken_totals: set[tuple[str, str]],
                 listed: dict[tuple[str, str], tuple[int, int]] | None = None) -> dict[str, list[Claim]]:
    """Levels of flow metrics (none a list's item, but a dated list's lines, `listed`, all together) whose periods tile a longer one
    against it, for one flow metric and segment: the quarters against the year, the months against the quarter or the year to
    date, Q1 + Q2 against H1, the weeks against their month."""
    from evcheck.periods import period_from_code

    listed = listed or {}
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    groups: dict[tuple, dict[str, list[Row]]] = {}
    other_classes = {row.file for row in levels for x in row.segment if x != PASSENGER and lex.family(x) == "class"}
    for row in levels:  # levels of a flow metric, none a list's item
        money = row.kind == "money"
        core = lex.scope_free(row.segment)
        if row.file not in other_classes:
            core = core - {PASSENGER}  # "the passenger-car market … 138,260" is the market where no other class is counted
        key = (row.file, row.metric, core, money, row.unit if money else None)
        groups.setdefault(key, {}).setdefault(str(row.period), []).append(row)
    for (path, _metric, _core, _money, _unit), by_period in groups.items():
        if len(by_period) < 3:
            continue  # a total and at least two periods that make it up
        spans = {}
        alone = Counter(rows[0].segment - {PASSENGER} for rows in by_period.values() if len({r.value for r in rows}) == 1)
        usual = alone.most_common(1)[0][0] if alone else None
        others: dict[str, list[Row]] = {}  # a period's plain levels set aside for its maker's: another reading of its part
        for code, rows in by_period.items():
            if len({r.value for r in rows}) != 1:
                plain = {r.value: r for r in rows if not r.segment - {PASSENGER} and not r.complete}
                # the month of the maker the other periods name ("Daeyang sold 884,050 … with 289,940 in July, 281,630 in
                # August and the September figure above"), not its home sales; else the month's total beside its brands,
                # never a member of a breakdown ("By brand, … sold 148,300 units")
                same = [r for r in rows if usual and _alias(r.segment - {PASSENGER}) == _alias(usual)]  # "Aoyun Motors delivered
                # 31,244" and "The Aoyun brand delivered 22,519" are both Aoyun's: either could be the month's
                rows = same or [r for r in rows if not r.segment - {PASSENGER} and not r.complete]
                cars = [r for r in rows if PASSENGER in r.segment]
                if len({r.value for r in cars}) == 1 and cars[0].value == max(r.value for r in rows):
                    rows = cars  # "the passenger-car market … 138,260" beside "Arvel … with 33,905 registrations": the market's
                if len({r.value for r in rows}) != 1:
                    continue
                if same:  # a larger plain level may be the maker's where the named one is a brand of it; a smaller one is
                    # a part of the maker's ("In Korea, the company sold 41,020")
                    others[code] = [r for v, r in plain.items() if v > rows[0].value]
            try:
                p = period_from_code(code)
            except ValueError:
                continue
            spans[code] = (p.start, p.end, rows)
        for code, (start, end, rows) in spans.items():
            # a part stands before its total or just after it, not sections later (another maker's quarter in a factbox)
            inner = {c: v for c, v in spans.items() if c != code and start <= v[0] and v[1] <= end
                     and listed.get((v[2][0].file, v[2][0].id), (v[2][0].sentence, 0))[0] <= rows[0].sentence + 3}
            tiling = _tile(start, end, inner) if len(inner) >= 2 else None
            if not tiling or len(tiling) < 2:
                continue
            total = rows[0]
            if (path, total.id) in taken_totals:
                continue
            chosen = [inner[c][2][0] for c in tiling]
            lines = {listed.get((r.file, r.id)) for r in chosen}
            if lines != {None} and not (len(lines) == 1 and (block := lines.pop()) is not None and len(chosen) == block[1]):
                continue  # a dated list adds up to a whole only all together: never some of its lines beside prose levels
            alternatives = {c: [r for r in others.get(c, []) if r.low <= total.high - sum(x.low for x in chosen if x is not part)]
                            for c, part in zip(tiling, chosen)}  # the parts fit in their whole: the six brands' 205,280 in April
            # is no part of one maker's 201,937 to April
            if any(alternatives.values()):
                # "From January to May, Aoyun delivered 132,870" beside May's "Aoyun Motors … 31,244" and "The Aoyun brand …
                # 22,519": two readings of May's part; checked only where exactly one of them adds up
                readings = list(product(*([inner[c][2][0], *alternatives[c]] for c in tiling)))
                fitting = [r for r in readings if sum(x.low for x in r) <= total.high and sum(x.high for x in r) >= total.low]
                if len(readings) > 64 or len(fitting) != 1:
                    continue
                chosen = list(fitting[0])
            places = {frozenset(x for x in r.segment if lex.family(x) == "region" and x != total.scope) for r in [total, *chosen]}
            # "Retail sales of passenger vehicles in China reached 2,019,200 in June" over its weeks: the article's own place
            if len(places) > 1:
                continue  # "With 798,600 units in July, sales for the July-September quarter came to 2,404,700", and "In Japan,
                # sales of mini vehicles came to 38,420" in September: one place's month is no part of the company's quarter
            parts = [r.id for r in chosen]
            out.setdefault(path, []).append(Claim("sum", total.id, {"parts": tuple(parts), "total": total.id},
                                                  mode="exact", note="periods joined to the period they make up"))
            taken_totals.add((path, total.id))
    return out


_CORPORATE = regex(r"(?:\s+(?:motors?|auto|automobiles?|automotive|group|brand|company|corp(?:oration)?|co|ltd|inc|holdings?|plc|ag|se|sa))+$")


def _alias(segment: frozenset[str]) -> frozenset[str]:
    """A segment with its names' corporate endings dropped ("name:aoyun motors" is "name:aoyun")."""
    return frozenset(_CORPORATE.sub("", x) if x.startswith("name:") else x for x in segment)


def _tile(start: date, end: date, inner: dict[str, tuple[date, date, list[Row]]]) -> list[str] | None:
    """Periods that follow each other from start to end with no gap and no overlap, the fewest."""
    by_start: dict[date, list[tuple[date, str]]] = {}
    for code, (s, e, _) in inner.items():
        by_start.setdefault(s, []).append((e, code))
    chosen: list[str] = []
    day = start
    while day <= end:
        options = sorted(by_start.get(day, []), reverse=True)
        options = [(e, c) for e, c in options if e <= end]
        if not options:
            return None
        e, code = options[0]
        chosen.append(code)
        day = e + timedelta(days=1)
    return chosen


# a bullet's words before its figure ending in a verb, a sentence; never a running total the bullet cannot date
_PROSE_LINE = regex(r"^(?!.*\b(?:year[- ]to[- ]date|to[- ]date|so\s+far|cumulative)\b).*\b(?:was|were|reached|totall?ed|came\s+to|amounted\s+to)$")
_TOTAL_ITEM = regex(r"(?:grand\s+)?total(?:\s+(?:sales|registrations|units|vehicles|cars|imports|exports|deliveries))?", re.I)


def _one_measure(rows: list[Row], lex: Lexicon) -> bool:
    """Amounts of one unit and at most one metric, the parts each of a segment of one family, a different one each."""
    families = [{lex.family(x) for x in lex.scope_free(r.segment)} for r in rows[:-1]]
    return len({(r.kind == "money", r.unit if r.kind == "money" else None) for r in rows}) == 1 \
        and len({r.metric for r in rows if isinstance(r.metric, str)}) <= 1 \
        and all(len(f) == 1 for f in families) and len(set().union(*families)) == 1 \
        and len({lex.scope_free(r.segment) for r in rows[:-1]}) == len(rows) - 1


def _framed_apart(total: Row, classes: set[str], lex: Lexicon) -> bool:
    """Whether a total's frame ("cars and light commercials") leaves out some of the classes a list's items name."""
    framed = [lex.leaves(x) for x in total.segment if lex.family(x) == "frame"]
    return bool(framed and classes) and not classes <= frozenset().union(*framed)


def _indent(text: str, pos: int) -> int:
    """How far the line holding pos is indented."""
    line = text.rfind("\n", 0, pos) + 1
    return len(text[line:pos]) - len(text[line:pos].lstrip(" \t"))


def _sized(r: Row, ids: set[str], money: bool, unit: object, metric: str | None, biggest: float, parts_sum: float) -> bool:
    """A level that could be a list's whole: none of its lines, of its unit and measure, and of a size its lines could
    add up to."""
    return r.id not in ids and not isinstance(r.item, str) and (r.kind == "money") == money and (not money or r.unit == unit) \
        and (metric is None or not isinstance(r.metric, str) or r.metric == metric) \
        and biggest < r.value <= 3 * parts_sum and r.value >= 0.5 * parts_sum


_BY_DESTINATION = regex(r"\bby\s+destination\b", re.I)


def _list_sums(rows: list[Row], levels: list[Row], taken_totals: set[tuple[str, str]],
               texts: dict[str, str]) -> dict[str, list[Claim]]:
    """The items of a list against the one total of their period and metric outside the list."""
    out: dict[str, list[Claim]] = {}
    lists: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        if isinstance(r.item, str) and r.kind in QUANTITY and r.role == "level":
            lists.setdefault((r.file, r.item.split(":")[0]), []).append(r)
    if not lists:
        return out
    lex = lexicon()
    shared_out = {(r.file, r.restates) for r in rows if r.role == "share" and r.whole is True and isinstance(r.restates, str)}
    candidates: dict[tuple[str, str | float | None], list[Row]] = {}  # a total: a level of the list's file and period
    for r in levels:
        candidates.setdefault((r.file, r.period), []).append(r)
    for (path, _block), group in lists.items():
        if len(group) < 2 or any(not isinstance(r.period, str) for r in group) or len({r.period for r in group}) != 1:
            continue
        group = sorted(group, key=lambda r: r.start)
        if len({_indent(texts.get(path, ""), r.start) for r in group}) > 1:
            continue  # "1. Moravec Antriebe - €4.86 billion" over "   - Sales of €4.12 billion": an entry and its notes, no parts of one
        inner = [k for k, r in enumerate(group) if _TOTAL_ITEM.fullmatch(str(r.item).split(":", 1)[-1])]
        if len(inner) == 1 and 2 <= inner[0] < len(group) - 2 and len(group) == len(
                [r for r in rows if isinstance(r.item, str) and r.item.split(":")[0] == _block and r.file == path]):
            # "• Battery electric: 80,214 • Total: 319,325 • Private buyers: 131,882 • Fleets: 180,011 …": the lines
            # above the total break it down, and so do those below it, each by its own family
            total = group[inner[0]]
            for parts in (group[:inner[0]], group[inner[0] + 1:]):
                if _one_measure(parts + [total], lex) and (path, total.id) not in taken_totals:
                    out.setdefault(path, []).append(Claim("sum", total.id, {"parts": tuple(p.id for p in parts), "total": total.id},
                                                          mode="exact", note="list items and the list's total line"))
            taken_totals.add((path, total.id))
            continue
        closing = group[-1] if len(group) > 2 and (_TOTAL_ITEM.fullmatch(str(group[-1].item).split(":", 1)[-1])
                                                   or _counted(texts.get(path, ""), group[-1]) == len(group) - 1) \
            and not any(isinstance(r.item, str) and r.item.split(":")[0] == _block and r.file == path and r.start > group[-1].start
                        for r in rows) else None  # the list's last line, a plain total: never "Total plug-in (BEV + PHEV)"
        if closing is not None:  # "JAPAN ...... 6,214" … "TOTAL ...... 12,547": the list's own total line
            parts = group[:-1]
            if len({(r.kind == "money", r.unit if r.kind == "money" else None) for r in group}) == 1 \
                    and len({r.metric for r in group if isinstance(r.metric, str)}) <= 1 and (path, closing.id) not in taken_totals:
                out.setdefault(path, []).append(Claim("sum", closing.id, {"parts": tuple(p.id for p in parts), "total": closing.id},
                                                      mode="exact", note="list items and the list's total line"))
                taken_totals.add((path, closing.id))
            continue
        said = {m.group(0).lower().rstrip("s") for r in group for m in _FINANCIAL_LABEL.finditer(str(r.item).split(":", 1)[-1])}
        if len(said) > 1:
            continue  # "- Gross profit: …", "- EBITDA: …": a list of measures, not the parts of one
        metrics = {r.metric for r in group if isinstance(r.metric, str)}
        metrics = {m for m in metrics if lex.within.get(m) not in metrics}  # "- Vehicle revenue", "- Other revenue": revenue
        units = {(r.kind == "money", r.unit if r.kind == "money" else None) for r in group}
        if len(metrics) > 1 or len(units) > 1:
            continue
        header = group[0].of_segment
        if not (isinstance(header, frozenset) and header) and str(group[0].item).startswith("prose") \
                and (head := _prose_header(texts.get(path, ""), group[0].start)) is not None:
            lead = head.group("header")  # "The breakdown by destination showed the following August shipments:": of the exports
            header = lex.segments_in(lead) | (frozenset({"export"}) if _BY_DESTINATION.search(lead) else frozenset())
        wanted = lex.scope_free(header) if isinstance(header, frozenset) else frozenset()
        shared = frozenset.intersection(*(lex.scope_free(r.segment) for r in group))
        kinds = [{lex.family(x) for x in lex.scope_free(r.segment) - shared} for r in group]
        if {"class"} in kinds and {"powertrain"} in kinds:
            continue  # "- Passenger-car retail: 768,000", "- NEV retail: 447,000": the NEVs are among the cars, no other part
        money, unit = next(iter(units))
        metric = next(iter(metrics), None)
        ids = {r.id for r in group}
        # summed as pandas sums (numpy's pairwise order), as the bounds were first written
        biggest, total_of_parts = max(r.high for r in group), float(np.sum([r.value for r in group]))
        last = max(group, key=lambda r: r.start)
        rest = [r for r in rows if r.file == path and r.segment == REMAINDER and r.role == "level" and r.period == group[0].period
                and r.sentence == last.sentence + 1 and (r.kind == "money") == money and (not money or r.unit == unit)]
        closed = len(rest) == 1 or any(r.segment == REMAINDER for r in group) and not lex.beside_commercial(texts.get(path, ""))
        cars = {PASSENGER} if closed else set()  # a list closed by "The remaining brands accounted for 3,730 units", or by
        # "- Other makes: 28,317" in an article of cars alone, is the whole market: "24,318 imported passenger cars"
        pool = [r for r in candidates.get((path, group[0].period), []) if _sized(r, ids, money, unit, metric, biggest, total_of_parts)
                and (lex.scope_free(r.segment) - cars in (wanted, wanted | shared)
                     or wanted == {PASSENGER} and not lex.beside_commercial(texts.get(path, ""))
                     and lex.scope_free(r.segment) in (frozenset(), shared))]  # "New passenger-car registrations … by country:"
        # over the lines, then "Together, the five markets registered 494,146 cars": in an article of cars alone, the cars
        if not pool and wanted:
            pool = [r for r in rows if r.file == path and r.period == group[0].period and r.role == "level" and r.kind in QUANTITY
                    and any(x.startswith("sum:") for x in r.taken) and _sized(r, ids, money, unit, metric, biggest, total_of_parts)
                    and lex.scope_free(r.segment) == wanted]  # "Passenger cars accounted for 78,935 … and light commercial
            # vehicles for 19,477", then "Passenger cars by fuel:" over four lines: a part of the market, and the list's whole
        # "- Class 8: 10,420 trucks" is of the trucks delivered, not the backlog's 31,600 units: the total that
        # measures what every item measures, and names the items' metric, where one does
        pool = [r for r in pool if lex.scope_free(r.segment) == wanted | shared] or pool
        classes = {x for r in group for x in r.segment if lex.family(x) == "class"}
        pool = [r for r in pool if not _framed_apart(r, classes, lex)]  # "Cars and light commercials … together came to 209,728"
        # is no total of a list that holds trucks and buses too
        pool = [r for r in pool if r.metric == metric] if metric is not None and any(r.metric == metric for r in pool) else pool
        text = texts.get(path, "")
        parts_of_others = shared_out
        if (head := _prose_header(text, group[0].start)) is not None:
            # "Of the 31.6 GWh shipped, EV cells accounted for 22.4 GWh and ESS for 9.2 GWh": the whole the header names;
            # "Of the total, …", "By business, …": one before the parts
            named = [r for r in pool if head.start() <= r.start < head.end("header")]
            pool = named or [r for r in pool if r.start < head.start()]
        line = text.rfind("\n", 0, group[0].start)
        if line > 0 and _ANAPHORIC_LINE.search(text, text.rfind("\n", 0, line) + 1, line):
            # "Exports of eco-friendly vehicles reached $2.71 billion, …" then "By powertrain they were:" over the list: the first
            # level of the sentence before the header
            pool = sorted((r for r in pool if r.sentence == group[0].sentence - 2), key=lambda r: r.start)[:1]
            parts_of_others = set()
        elif _ANAPHORIC_HEADER.match(text, sentence_start(text, group[0].start)):
            # "General Motors remained the No. 1 seller with 693,700 units, or 18.2% of the market. The tally was split by brand:
            # Chevrolet 421,500, …": the first level of the sentence before, though a share restates it
            pool = sorted((r for r in pool if r.sentence == group[0].sentence - 1), key=lambda r: r.start)[:1]
            parts_of_others = set()
        counted = [r for r in pool if _counted(texts.get(path, ""), r) == len(group) and 0 < r.sentence - group[-1].sentence <= 2]
        pool = [r for r in pool if (r.file, r.id) not in parts_of_others or r in counted]  # "They registered 34,612 cars, or 70.8% of
        # the total": a part of a whole, no whole; but "Together the five registered 25,677 cars, or 49.0% of all new cars"
        said_of = {("revenue" if money and r.of_metric == "sales" else r.of_metric) for r in rows
                   if r.role == "share" and r.restates in ids and isinstance(r.of_metric, str)}
        if len({r.value for r in pool}) > 1 and len(said_of) == 1 and len({r.value for r in pool if r.metric in said_of}) == 1:
            pool = [r for r in pool if r.metric in said_of]  # "* Drivetrain CHF 1,012 million, 54.8% of group sales": the
            # list's lines are parts of the group's sales, never of its order intake
        if len({r.value for r in pool}) > 1 and len({r.value for r in counted}) == 1:
            pool = counted  # the list, then "Together the five registered 25,677 cars": that sum, not the market's 52,418
        if len({r.value for r in pool}) > 1 and (finest := _restated_finer(pool)) is not None:
            pool = [finest]  # "Half-year car sales reach 1.06 million" over "registrations … reached 1,061,318": one total
        if len({r.value for r in pool}) != 1:
            continue
        total = pool[0]
        if (path, total.id) in taken_totals:
            continue
        parts = sorted(group, key=lambda r: r.start)
        if len(rest) == 1:
            parts.append(rest[0])  # "Other models made up the remaining 20,513 units" just after the list: its last member
        mode = "exact" if bool(group[0].complete) or parts[-1].segment == REMAINDER or total in counted else "at-most"
        out.setdefault(path, []).append(Claim("sum", total.id, {"parts": tuple(p.id for p in parts), "total": total.id},
                                              mode=mode, note="list items joined to their total by measure"))
        taken_totals.add((path, total.id))
    return out


EARLIER_SUM = "the earlier values of a breakdown's parts against the earlier value of its total"


def find_earlier_sums(claims: list[Claim], rows: list[Row]) -> list[Claim]:
    """"Domestic dispatches were 9.4% higher than the 370,790 of a year earlier … Overseas shipments rose 20.4% from
    97,330" below "522,847 …, 11.7% more than the 468,120 of September 2025": where a sum joins parts to their total and
    a change claim gives each of them, and the total, one earlier value, those earlier values make the same sum, of one
    period, each stated once and held by no other sum."""
    sums = [c for c in claims if c.rule == "sum" and isinstance(c.roles.get("parts"), tuple) and isinstance(c.roles.get("total"), str)]
    if not sums:
        return []
    olds = earlier_values(claims)
    by_id = {r.id: r for r in rows}
    summed = {fid for c in sums for fid in (*c.roles["parts"], c.roles["total"])}
    out = []
    for c in sums:
        members = (*c.roles["parts"], c.roles["total"])
        if not all(len(olds.get(fid, ())) == 1 for fid in members):
            continue
        earlier = [by_id.get(next(iter(olds[fid]))) for fid in members]
        if any(r is None for r in earlier) or len({r.id for r in earlier if r is not None}) != len(earlier):
            continue
        found = [r for r in earlier if r is not None]
        now = by_id.get(str(c.roles["total"]))
        if now is None:
            continue
        periods = {r.period for r in found if isinstance(r.period, str) and r.period != now.period}  # "up 9.8% from 1,286,540":
        # an earlier value the words date by its change alone
        if len(periods) != 1 or len({basis for fid in members for basis in olds[fid].values()}) != 1 \
                or any(r.id in summed for r in found) or any(r.value >= found[-1].value for r in found[:-1]):
            continue
        out.append(Claim("sum", found[-1].id, {"parts": tuple(r.id for r in found[:-1]), "total": found[-1].id}, mode=c.mode,
                         note=EARLIER_SUM))
    return out
