"""Points found by measure: a change in percentage points joined with the two shares it is the change of.

"Battery electric vehicles rose 25.3% to 32,640 units, taking 22.3% of the market. A year earlier,
26,050 BEVs had been registered, an 18.6% share, so July's share was up 3.7 percentage points." The
change (BEVs) joins the share of its segment and the share of the same segment a period before,
stated within two sentences of it, each once. "35.8% of the market, up from 33.9%, or 1.9 points":
in one sentence, the share after "from" or "against" is the earlier one.
"""

from __future__ import annotations

import re
from typing import Any

from evcheck.cache import regex
from evcheck.periods import previous_code, within
from evcheck.relate import context as cx
from evcheck.relate.cells import CELL_ITEM
from evcheck.relate.measures import Records, Row
from evcheck.relate.model import Claim
from evcheck.relate.places import JOINT as PLACES_JOINT
from evcheck.relate.places import WIDE
from evcheck.relate.vocabulary import lexicon


def find_points(records: Records, texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    rows = records.rows
    changes = [r for r in rows if r.kind == "points" and not any(t.startswith("points:") for t in r.taken)]
    relative = [r for r in rows if r.kind == "percent" and r.role == "rate" and r.metric == "share" and not r.taken]
    if relative:
        for path, claims in _relative_changes(records, relative).items():
            out.setdefault(path, []).extend(claims)
    if not changes:
        return out
    texts = texts or {}
    lex = lexicon()
    shares: dict[str, list[Row]] = {}
    for r in rows:
        if r.kind == "percent" and r.role in ("share", "earlier", "level") and (r.metric == "share" or not isinstance(r.metric, str)) \
                and not any(t.startswith("points:") and t != "points:new" for t in r.taken):  # a share now may have moved
            # from two earlier ones: "23.1%, up 1.7 points from the first quarter, …, but down 2.7 points from the 25.8%"
            shares.setdefault(r.file, []).append(r)
    for p in changes:
        near = [s for s in shares.get(p.file, ()) if p.sentence - 2 <= s.sentence <= p.sentence]
        core = lex.scope_free(p.segment)
        text = texts.get(p.file, "")
        margins = [r for r in records.by_file[p.file] if r.sentence == p.sentence and r.kind == "percent"
                   and r.role in ("share", "level", "earlier") and (r.metric in lex.ratio_of or r.metric == "margin")]
        # "Operating income came in at €2.23 billion, or 5.4% of revenue, 230 basis points above the 3.1% margin of 2024": a
        # profit's share of revenue is its margin, and the margin of the year before the other end
        pair = _then_against([s for s in near if s.sentence == p.sentence] + margins, p, text) \
            or _that_is_against(records.by_file[p.file], p, text, lex) \
            or _by_period(near, core, p, lex) or _in_sentence(near, p, text, lex) or _from_earlier(near, core, p, text, lex) \
            or _the_one_share(near, core, p, text, lex) or _the_sentence_before(near, p, text, lex) \
            or _stated_elsewhere(shares.get(p.file, []), core, p, text, lex) \
            or _then_here_now_elsewhere(shares.get(p.file, []), core, p, lex) \
            or _margins_of_periods(records.by_file[p.file], p, lex) \
            or _table_row_shares(shares.get(p.file, []), core, p, lex)
        if pair is None:
            continue
        new, old = pair
        if new.id == old.id:
            continue  # one margin read as both ends of its own change: no pair the words give
        if isinstance(p.scope, str) and p.scope not in (WIDE, PLACES_JOINT) and old.scope == p.scope \
                and not isinstance(new.scope, str) and not isinstance(new.item, str):
            continue  # "In all, … 9.5% of the total. Hungary …: its electric share was 6.2% a year earlier, so it has risen by 1.7
            # points": Hungary's share now, never all the markets'
        if isinstance(p.versus, str) and p.versus != p.period and isinstance(old.period, str) and not within(old.period, p.versus):
            continue  # "residual values … are now about 8 pp lower than in 2023": no change from last year's share
        sign = int(p.sign) or _sign_between(texts.get(p.file, ""), new, p) or (1 if new.value > old.value else -1 if new.value < old.value else 0)
        if not sign:
            continue
        out.setdefault(p.file, []).append(
            Claim("points", p.id, {"new": new.id, "old": old.id, "change": p.id}, sign=sign, mode="pp",
                  note="change in points joined to the two shares by measure"))
    return out


def _relative_changes(records: Records, rates: list[Row]) -> dict[str, list[Claim]]:
    """"That gave BEVs a 24.9% share, up 3.5% from 21.4%": a percent between a share and the share it moved from is the
    share's change in percent; the two shares' relative change checks it (and a change of points told in percent
    shows as the mix-up it is)."""
    out: dict[str, list[Claim]] = {}
    for rate in rates:
        ordered = [r for r in records.in_text_order[rate.file] if r.sentence == rate.sentence]
        k = next(i for i, r in enumerate(ordered) if r.id == rate.id)
        if not 0 < k < len(ordered) - 1 or not _is_share(ordered[k - 1]):
            pair = _pair_before(records, rate) if not any(_is_share(r) for r in ordered) else _pair_across(records, rate, ordered[:k])
            if pair is not None:  # "… lifting the electric share to 19.9% from 13.9% a year ago. Put another way, the electric
                # share rose 6.0% in a year": the change, in percent, of the two shares the sentence before gave
                out.setdefault(rate.file, []).append(
                    Claim("points", rate.id, {"new": pair[0].id, "old": pair[1].id, "change": rate.id}, sign=int(rate.sign) or 1,
                          mode="percent", note="a share's change in percent, of the shares the sentence before gave"))
            continue
        new, old = ordered[k - 1], ordered[k + 1]
        if not (new.kind == old.kind == "percent" and new.role == "share" and old.role in ("share", "earlier")
                and new.segment == old.segment == rate.segment and new.period == rate.period and old.period != new.period):
            continue
        out.setdefault(rate.file, []).append(
            Claim("points", rate.id, {"new": new.id, "old": old.id, "change": rate.id}, sign=int(rate.sign) or 1, mode="percent",
                  note="a share's change in percent, between the share and the share it moved from"))
    return out


def _pair_across(records: Records, rate: Row, before: list[Row]) -> tuple[Row, Row] | None:
    """"Battery-electric cars took 13.6% of the car market. In April 2025 the 8,236 electric cars sold made up 11.2% of car
    sales, so the share has climbed 2.4% in a year": the earlier share in the rate's sentence, before it, and the share of the
    rate's period in the sentence before, one each of the rate's segment."""
    old = [r for r in before if _is_share(r) and r.segment == rate.segment and r.period != rate.period]
    if len(old) != 1 or any(_is_share(r) and r is not old[0] for r in before):
        return None
    new = [r for r in records.in_text_order[rate.file] if r.sentence == rate.sentence - 1 and r.kind == "percent" and r.role == "share"
           and r.segment == rate.segment and r.period == rate.period]
    return (new[0], old[0]) if len(new) == 1 and new[0].of_segment == old[0].of_segment else None


def _is_share(r: Row) -> bool:
    return r.kind == "percent" and r.role in ("share", "earlier") and r.metric == "share"


def _pair_before(records: Records, rate: Row) -> tuple[Row, Row] | None:
    """The one share and its earlier share of the rate's segment in the sentence before the rate's, the share of the
    rate's period."""
    before = [r for r in records.in_text_order[rate.file] if r.sentence == rate.sentence - 1 and r.kind == "percent"
              and r.segment == rate.segment]
    new = [r for r in before if r.role == "share" and r.period == rate.period]
    old = [r for r in before if r.role in ("share", "earlier") and r.period != rate.period]
    return (new[0], old[0]) if len(new) == 1 and len(old) == 1 else None


def _by_period(near: list, core: frozenset, p: Any, lex: Any) -> tuple[Any, Any] | None:
    """The share of the change's segment and the same segment's share a period before, each stated once."""
    if not core:
        return None
    mine = [s for s in near if lex.scope_free(s.segment) == core and isinstance(s.period, str)]
    named = isinstance(p.versus, str) and isinstance(p.period, str)  # "up 1.7 points from the first quarter, when … 21.4%"
    pairs = _pairs(mine, p, named)
    if not pairs:  # "Hybrids made up 4,610 of October's used imported cars, a 46.7% share. … 3,360 used hybrids, 37.6% of that
        # month's used imports, so the hybrid share climbed 37.2 percentage points": the whole's words in one share's segment
        wider = [s for s in near if core < lex.scope_free(s.segment) and isinstance(s.period, str) and s.sentence < p.sentence]
        pairs = {k: (n, o) for k, (n, o) in _pairs(mine + wider, p, named).items() if (n in wider) != (o in wider)}
    return next(iter(pairs.values())) if len(pairs) == 1 else None


def _pairs(shares: list, p: Any, named: bool) -> dict[tuple[float, float], tuple[Any, Any]]:
    return {(n.value, o.value): (n, o) for n in shares for o in shares
            if (n.period == p.period and o.period == p.versus if named
                else o.period == previous_code(n.period, p.basis))}


_THEIR_SHARE = regex(r"\W*(?:Their|Its)\s+(?:(?:retail|wholesale|market)\s+)?(?:share|penetration(?:\s+rate)?)\b", re.I)
_THIS_SHARE_DATED = regex(r"\W*(?:In|For|During)\s+[\w\s-]{3,30}?,?\s+(?:this|that|the)\s+share\b", re.I)  # "In August 2025 this share was"
_THE_SHARE = regex(r"\W*(?:The|That|This|Their|Its)\s+(?:market\s+)?share\b", re.I)


def _the_one_share(near: list, core: frozenset, p: Any, text: str, lex: Any) -> tuple[Any, Any] | None:
    """"… 24.9% of the total. In May 2025, 762 electric cars had been registered, a share of 31.6%. The share has
    therefore dropped by 7.6 percentage points": a change whose sentence opens with "the share" and names no
    segment is of the one segment whose share the sentences before give now and a period before."""
    start = cx.sentence_start(text, p.start) if text else 0
    if core or not text or not (_THE_SHARE.match(text, start, p.start) or _THIS_SHARE_DATED.match(text, start, p.start)):
        return None
    segments = {lex.scope_free(s.segment) for s in near if s.sentence < p.sentence and lex.scope_free(s.segment)}
    found = [pair for seg in segments if (pair := _by_period(near, seg, p, lex)) is not None]
    if not found and len(segments) <= 1 and isinstance(p.period, str):
        # "Battery-electric models accounted for 289,300 deliveries, or 70.1%. That share was 63.4% a year earlier, an increase
        # of 6.7 percentage points": the segment's share now, and "that share" (no segment) a year before in the change's
        # sentence; "… 23.3% of new car loans. In August 2025 this share was 17.9%, which means it rose by 5.4 percentage
        # points": the one share of no segment now, the one a year before
        seg: frozenset[str] = next(iter(segments), frozenset())
        before = previous_code(p.period, p.basis)
        now = {s.value: s for s in near if s.period == p.period and s.role == "share" and lex.scope_free(s.segment) == seg}
        then = {s.value: s for s in near if s.period == before and not lex.scope_free(s.segment) and (not seg or s.sentence == p.sentence)}
        if len(now) == len(then) == 1:
            found = [(next(iter(now.values())), next(iter(then.values())))]
    return found[0] if len(found) == 1 else None


def _in_sentence(near: list, p: Any, text: str, lex: Any) -> tuple[Any, Any] | None:
    """"35.8% of the market, up from 33.9%, or 1.9 points": two percents in the change's sentence,
    before it, the second after "from" or "against"."""
    here = sorted((s for s in near if s.sentence == p.sentence and s.start < p.start), key=lambda s: s.start)
    if len(here) != 2 or not text:
        return None
    new, old = here
    if not cx.is_old_lead(text[new.start + len(new.text):old.start]):
        return None
    whole = old.of_segment if isinstance(old.of_segment, frozenset) else frozenset()
    if lex.scope_free(new.segment) != lex.scope_free(old.segment) and lex.scope_free(old.segment) - whole:
        return None  # but "65.6% of passenger vehicle sales, against a share of 62.9%": the whole's words are no segment of it
    return new, old


def _then_against(here: list, p: Any, text: str) -> tuple[Any, Any] | None:
    """"€2.23 billion, or 5.4% of revenue, 230 basis points above the 3.1% margin of 2024", "4.4% of revenue, which is 150
    basis points below the 5.9% of 2024": the percent just before the change and the one it is measured against after it."""
    before = [s for s in here if s.start < p.start]
    after = [s for s in here if s.start > p.start]
    if not before or not after or not text:
        return None
    new, old = max(before, key=lambda s: s.start), min(after, key=lambda s: s.start)
    if not _JUST_BEFORE.fullmatch(text, new.start + len(new.text), p.start) or not _AGAINST.fullmatch(text, p.start + len(p.text), old.start):
        return None
    return new, old


def _that_is_against(rows: list, p: Any, text: str, lex: Any) -> tuple[Any, Any] | None:
    """"Group EBIT came to €5.61 billion, which lifted our return on sales to 8.2%. That is 80 basis points more than the
    7.4% we reported for 2024": the one share or margin of the sentence before, against the percent the change is measured
    against."""
    if not text or not _THAT_IS_OPENING.fullmatch(text, cx.sentence_start(text, p.start), p.start):
        return None
    after = [r for r in rows if r.sentence == p.sentence and r.start > p.start and r.kind == "percent"]
    if not after or not _AGAINST.fullmatch(text, p.start + len(p.text), (old := min(after, key=lambda r: r.start)).start):
        return None
    said = [r for r in rows if r.sentence == p.sentence - 1 and r.paragraph == p.paragraph and r.kind == "percent"
            and r.role in ("share", "level")]
    before = [r for r in said if r.metric == "share" or r.metric in lex.ratio_of or r.metric == "margin"]
    if not before and said and _RATIO_IS.search(text, max(0, (last := max(said, key=lambda r: r.start)).start - 30), last.start):
        return last, old  # "Add the expense ratio of 25.6% and the combined ratio is 95.4%. That is 290 basis points below the
        # 98.3% of the prior year": the ratio the sentence before ends on
    return (before[0], old) if len(before) == 1 else None


_RATIO_IS = regex(r"\b(?:ratio|rate|margin)\s+(?:is|was|of|at|stood\s+at|came\s+to|reached)\s+(?:about\s+|around\s+)?$", re.I)
_THAT_IS_OPENING = regex(cx.THAT_IS_WORDS + r"\s+(?:(?:about|some|nearly|almost|roughly)\s+)?", re.I)
_JUST_BEFORE = regex(r"(?:\s+of\s+(?:its\s+|their\s+)?(?:revenue|sales|turnover))?\s*,\s*(?:(?:which|that)\s+(?:is|was)\s+)?", re.I)
_AGAINST = regex(rf"\s*(?:{cx.AGAINST_WORDS}|up\s+from|down\s+from)\s+(?:the\s+|its\s+|their\s+|a\s+)?", re.I)


def _the_sentence_before(near: list, p: Any, text: str, lex: Any) -> tuple[Any, Any] | None:
    """"…, or 8.5% of the light-vehicle market, compared with 6.9% a year earlier. The 1.6-point gain …": a change in a
    sentence of no share of its own is of the two shares the sentence before compares, the second after "from",
    "compared with" or "against", in its paragraph."""
    if not text or any(s.sentence == p.sentence for s in near):
        return None
    before = sorted((s for s in near if s.sentence == p.sentence - 1 and s.paragraph == p.paragraph), key=lambda s: s.start)
    if len(before) != 2:
        return None
    new, old = before
    if not cx.is_old_lead(text[new.start + len(new.text):old.start]) or not _POINTS_OPENING.match(text, cx.sentence_start(text, p.start), p.start):
        return None
    if lex.scope_free(new.segment) != lex.scope_free(old.segment) and lex.scope_free(old.segment):
        return None
    return new, old


_POINTS_OPENING = regex(r"\W*(?:The|That|This|It|Its|Their|So|Thus|Hence|That\s+is|That's|That’s)\b[^.;\d%]{0,60}$")


def _from_earlier(near: list, core: frozenset, p: Any, text: str, lex: Any) -> tuple[Any, Any] | None:
    """The earlier share after "from" or "against" in the change's sentence, before or after the
    change, and the last share before it, in that sentence or the one before: "with 36.7% of the
    market, down 2.7 points from 39.4%", "a 43.8 percent share. That was down from 44.9 percent in
    June, a loss of 1.1 points". One such earlier share in the sentence, of the new one's segment."""
    if not text:
        return None
    ordered = sorted(near, key=lambda s: s.start)
    olds = [s for s in ordered if s.sentence == p.sentence and cx.is_old_lead(text[max(0, s.start - 40):s.start])]
    if len(olds) != 1:
        return None
    old = olds[0]
    before = [s for s in ordered if s.start < old.start and s.start < p.start]
    if not before:
        return None
    if isinstance(p.period, str) and before[-1].period != p.period and any(s.period == p.period for s in before):
        before = [s for s in before if s.period == p.period]  # "… at 23.1%, up 1.7 points from the first quarter, when ZEVs
        # held 21.4%, but down 2.7 points from the 25.8% of a year earlier": the when-clause's share is of another time
    new = before[-1]
    if old.start > p.start and new.sentence != p.sentence and not (lex.scope_free(new.segment) and not core
                                                                   and _THEIR_SHARE.match(text, cx.sentence_start(text, p.start), p.start)):
        return None  # "… 45%. Its share fell 2 points from 47%": the change and its earlier share speak of another; but "NEVs …
        # accounted for 59.9% … Their retail penetration rate was up 6.3 percentage points from 53.6%": the segment's share
    new_core, old_core = lex.scope_free(new.segment), lex.scope_free(old.segment)
    if old_core and new_core != old_core or core and new_core and new_core != core:
        return None
    return new, old


def _stated_elsewhere(shares: list, core: frozenset, p: Any, text: str, lex: Any) -> tuple[Any, Any] | None:
    """"Their share of the market was up 3.3 percentage points from 15.3 percent", where the sentence states only the
    share the change starts from: the share it ends at is the segment's share for the change's period, stated once
    anywhere in the article (a table's share column)."""
    if not core or not text:
        return None
    here = [s for s in shares if s.sentence == p.sentence]
    if len(here) != 1 or here[0].start < p.start or not cx.is_old_lead(text[max(0, here[0].start - 40):here[0].start]):
        return None
    old = here[0]
    if lex.scope_free(old.segment) not in (core, frozenset()) or old.period == p.period:
        return None
    now = _the_share_now(shares, core, p, lex)
    return (now, old) if now is not None else None


def _then_here_now_elsewhere(shares: list, core: frozenset, p: Any, lex: Any) -> tuple[Any, Any] | None:
    """"In June last year, installations had totalled 43.7 GWh … That put LFP's share at 75.3%, so the chemistry has added
    7.2 percentage points": the change's own sentence gives the segment's share a year (or a period) before, and the share
    it ends at is the segment's one share of the change's period, stated once anywhere (a paragraph up)."""
    if not core or not isinstance(p.period, str):
        return None
    here = [s for s in shares if s.sentence == p.sentence and s.start < p.start]
    if len(here) != 1 or here[0].period not in _periods_before(p.period) or here[0].segment != p.segment or lex.scope_free(here[0].segment) != core:
        return None
    now = _the_share_now(shares, core, p, lex)
    return (now, here[0]) if now is not None else None


def _table_row_shares(shares: list, core: frozenset, p: Any, lex: Any) -> tuple[Any, Any] | None:
    """"Plug-in hybrids added 1.2 points" below a table whose "Plug-in hybrid" row gives its share in April 2026 and in
    April 2025: the one row of the change's segment with a share of the change's period and one of the period before, in
    two cells of that row, where the prose around the change states no share of it."""
    if not core or not isinstance(p.period, str) or any(s.sentence in (p.sentence, p.sentence - 1) for s in shares
                                                          if lex.scope_free(s.segment) == core):
        return None
    cells = [(s, m) for s in shares if s.metric == "share" and lex.scope_free(s.segment) == core
             and isinstance(s.item, str) and (m := CELL_ITEM.match(s.item))]
    if len({m.group(1, 2) for _, m in cells}) != 1:
        return None
    before = _periods_before(p.period)
    now = [s for s, _ in cells if s.period == p.period and s.role == "share"]
    then = [s for s, _ in cells if s.period in before]
    return (now[0], then[0]) if len(now) == 1 and len(then) == 1 else None


def _periods_before(period: str) -> set[str]:
    """The period a year, a quarter and a month before: what a change's earlier share may be of."""
    return {code for basis in ("yoy", "qoq", "mom") if (code := previous_code(period, basis)) is not None}


def _the_share_now(shares: list, core: frozenset, p: Any, lex: Any) -> Any | None:
    """The one share of the change's segment and period stated in the article (by value), of no named segment."""
    now = {s.value: s for s in shares if s.role == "share" and s.period == p.period and lex.scope_free(s.segment) == core
           and s.segment == p.segment and not (isinstance(s.of_segment, frozenset) and s.of_segment)}
    return next(iter(now.values())) if len(now) == 1 else None


def _margins_of_periods(rows: list[Row], p: Row, lex: Any) -> tuple[Row, Row] | None:
    """"Underlying EBIT margin 6.0% (H1 2025: 4.8%)" in the highlights, and paragraphs on "The underlying EBIT margin rose
    by 120 basis points": a change of a margin the words name, against that margin for its period and the period before,
    each stated once anywhere in the article, of the change's segment; where the change's own sentence gives margins, those."""
    if not isinstance(p.metric, str) or p.metric not in lex.ratio_of or not isinstance(p.period, str):
        return None
    before = p.versus if isinstance(p.versus, str) and p.versus != p.period else previous_code(p.period, p.basis)
    # ("fell by 80 basis points over the nine months": the stretch the change runs over, never the one it runs from)
    margins = [r for r in rows if r.kind == "percent" and r.metric == p.metric and r.role in ("level", "earlier")
               and r.segment == p.segment and r.id != p.id]
    if any(r.sentence == p.sentence for r in margins):
        # "- Operating margin 7.1% (5.2%), up 190 basis points": its sentence's own margins, where it is the sentence's one
        # change; "17.2%, up 180 basis points from 15.4% … and down 60 basis points from 17.8%" holds two
        if sum(1 for r in rows if r.kind == "points" and r.sentence == p.sentence) != 1:
            return None
        margins = [r for r in margins if r.sentence == p.sentence]
    new = {r.value: r for r in margins if r.period == p.period and r.role == "level"}
    old = {r.value: r for r in margins if r.period == before}
    if len(new) != 1 or len(old) != 1:
        return None
    return next(iter(new.values())), next(iter(old.values()))


def _sign_between(text: str, new: Any, p: Any) -> int:
    if not text:
        return 0
    between = text[new.start + len(new.text):p.start]
    if cx.judged(between) and cx.lower_is_better(text[cx.sentence_start(text, new.start):new.start]):
        return cx.direction_measured(between)  # "Motor loss ratio 63.8% vs 66.5%, improvement of 2.7 pts": a fall the judging
        # word does not say; of a share, "improved" is a rise
    return cx.direction_near(between)


def complete_points(claims: list[Claim], rows: list[Row]) -> list[Claim]:
    """"- Operating margin of 8.8%, compared with 7.8% in the second quarter of 2025", then "The operating margin improved
    1.0% to 8.8%": a change in percent whose words give no earlier value takes the earlier value of its measure, the same
    metric and segment a year before, where one value of it is stated; a claim of the two values alone is then said by the
    change. "The operating margin slipped 0.8 points to 6.4%" beside a table's year before: the same, in points. (A share's
    change in points finds its shares in points.py.)"""
    lacking = [c for c in claims if c.rule == "points" and c.mode in ("percent", "pp") and "old" not in c.roles
               and isinstance(c.roles.get("new"), str) and isinstance(c.roles.get("change"), str)]
    if not lacking:
        return claims
    lex = lexicon()
    by_id = {r.id: r for r in rows}
    out = list(claims)
    for c in lacking:
        new, change = by_id.get(str(c.roles["new"])), by_id.get(str(c.roles["change"]))
        if new is None or change is None or change.kind != ("percent" if c.mode == "percent" else "points") or not isinstance(new.metric, str) \
                or change.metric != new.metric or not isinstance(new.period, str):
            continue  # "nearly doubles": a multiple, whose shares points.py does not take; "February retail up 7.2% as NEV
            # penetration climbs to 55.4%": the retail's rate, which its words never say is the share's
        if c.mode == "pp" and not (change.sentence == new.sentence and change.start < new.start):
            continue  # "slipped 0.8 points to 6.4%": a move in time; but "a share of 17.4%, so the Okanagan's share was 3.3
            # percentage points higher than the provincial figure" compares two places
        before = previous_code(new.period, "yoy")
        olds = [r for r in rows if r.kind == "percent" and r.role in ("earlier", "level", "share") and r.metric == new.metric
                and r.period == before and lex.scope_free(r.segment) == lex.scope_free(new.segment) and r.id != new.id]
        if len({r.value for r in olds}) != 1:
            continue
        old = min(olds, key=lambda r: abs(r.start - new.start))
        pairs = [d for d in claims if d.rule == "points" and "change" not in d.roles and d.roles.get("old") in {r.id for r in olds}]
        # the two values' own claim, now said by the change
        out = [d for d in out if d is not c and d not in pairs]
        out.append(Claim("points", c.subject, {**c.roles, "old": old.id}, sign=c.sign, basis=c.basis, mode=c.mode,
                         note=EARLIER_OF_MEASURE, extra=c.extra))
    return out


EARLIER_OF_MEASURE = "a change's earlier value, the same measure a year before"
