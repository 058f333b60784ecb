"""Rates found by measure: a rate of change joined with the level it describes.

"Sales reached 2.593 million units in July … Compared with June, output fell 7.3 percent and
sales dropped 10.7 percent." The rate (sales, July, month on month) joins the level of the same
metric, segment and period stated before it, and, where the text also gives that measure for
the period before, the earlier level, making a growth check; otherwise the earlier value the
rate implies is reported. A rate whose metric the text does not name is left alone.
"""

from __future__ import annotations

import re

from evcheck.cache import regex
from evcheck.periods import MONTH_RE, period_from_code, previous_code
from evcheck.relate.cells import CELL, CELL_ITEM
from evcheck.relate.context import (
    AFTER_WORD,
    ANOTHER_COMPARISON,
    BULLET_LINE,
    THAT_IS_WORDS,
    compares_others,
    headline_at,
    sentence_start,
)
from evcheck.relate.measures import QUANTITY, Records, Row, opening_end, units_agree
from evcheck.relate.model import Claim
from evcheck.relate.places import apart, home_place
from evcheck.relate.vocabulary import CARS_AND_VANS, PASSENGER, QUALIFIED, lexicon

_IMPLIED = frozenset({"implied-prior:rate"})
_TAKEN = ("growth:rate", "implied-prior:rate", "multiple:rate", "points:change", "difference:rate")


def _names_a_row(rate: Row, level: Row, records: Records, text: str) -> bool:
    """"After-sales and parts contributed 21.1% of revenue and grew 11.5%" beside a table whose Revenue row has an
    "After-sales and parts" row under it: the rate's sentence names another of the table's rows, whose rate it is."""
    if CELL not in level.taken or not text:
        return False
    before = text[sentence_start(text, rate.start):rate.start].lower()
    names = {x[5:] for r in records.by_file[rate.file] if CELL in r.taken and isinstance(r.item, str) and r.id != level.id
             for x in r.segment if x.startswith("name:")}  # rows of names; a row of "Sales" names a measure, not another row
    words = set(_WORD.findall(before))
    # "Toyota and its Daihatsu unit … after a 9.4% fall" names the row "Toyota-Daihatsu": every part of a joined name
    return any(len(name) > 3 and (name in before or len(parts := _NAME_JOIN.split(name)) > 1
                                  and all(len(x) > 3 and x in words for x in parts)) for name in names)


_NAME_JOIN = regex(r"\s*[-/–]\s*")
_WORD = regex(r"[^\W\d_][\w'’]*")


def find_rates(records: Records, texts: dict[str, str] | None = None) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    rows = records.rows
    quantities = {path: _quantities(of_file) for path, of_file in records.by_file.items()}
    earlier_in_place = _compared_in_place(records)  # read by four of the joins below: once for them all
    for path, claims in _stated_priors(rows, quantities, texts or {}).items():
        out.setdefault(path, []).extend(claims)
    beside = _beside(records, texts or {}, earlier_in_place)
    for (path, rid), lid in beside.items():
        rate, level = records.by_key[(path, rid)], records.by_key[(path, lid)]
        sign, basis = int(rate.sign) or 1, rate.basis
        before = rate.versus if isinstance(rate.versus, str) else (
            previous_code(level.period, basis) if isinstance(level.period, str) else None)
        new = next(q for q in quantities[path] if q.id == lid) if isinstance(level.period, str) else None
        olds = _earlier_of(new, before, quantities[path]) if new is not None and before is not None else []
        if not olds and new is not None and before is not None:
            olds = [q for q in _whole_earlier_of(new, before, quantities[path]) if _near_whole(new, q, rate)]
        if len({q.value for q in olds}) == 1:
            out.setdefault(path, []).append(
                Claim("growth", rid, {"rate": rid, "new": lid, "old": olds[0].id}, sign=sign, basis=basis,
                      note="rate beside its level, and the earlier level, joined by measure"))
        else:
            out.setdefault(path, []).append(
                Claim("implied-prior", lid, {"rate": rid, "new": lid}, sign=sign, basis=basis,
                      note="rate and its level side by side in one clause"))
    for path, claims in _compared_amounts(records, beside, out, texts or {}, earlier_in_place).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in _named_again(records, out, earlier_in_place).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in _list_lines(records, out, texts or {}).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in _list_line_levels(records, out, earlier_in_place).items():
        out.setdefault(path, []).extend(claims)
    for path, claims in _named_month_lines(records, quantities).items():
        out.setdefault(path, []).extend(claims)
    # a rate whose words gave it only an implied earlier value may still find the value of the
    # period it names ("up 14.2% from Q3 2023 and 6.3% from Q2 2024", the values a sentence later)
    compared = _compared_in_place(records, texts)
    lex = lexicon()
    joined_here = {(path, c.roles.get("rate")) for path, claims in out.items() for c in claims}  # a rate joined above is
    # joined once: "372,400\nElectric vehicles sold …, up 9.8% from 339,170" read as compared amounts, not again by measure
    rates = [r for r in rows if (r.file, r.id) not in joined_here and ((r.role == "rate" and r.kind == "percent") or r.role == "multiple" or _forecast_rate(r))
             and isinstance(r.metric, str) and isinstance(r.period, str)
             and (not any(x in r.taken for x in _TAKEN) or (r.taken == _IMPLIED and (isinstance(r.versus, str) or r.role == "forecast")))
             and (r.file, r.id) not in beside and not compares_others((texts or {}).get(r.file, ""), r.start + len(r.text))]
    if not rates:
        return out
    levels: dict[tuple[str, str, str], list[Row]] = {}
    unnamed: dict[tuple[str, str], list[Row]] = {}  # levels whose words name no metric, by (file, period)
    for r in rows:
        if r.kind in QUANTITY and r.role in ("level", "forecast") and isinstance(r.metric, str) and isinstance(r.period, str):
            levels.setdefault((r.file, r.metric, r.period), []).append(r)
        elif r.kind in QUANTITY and r.role == "level" and isinstance(r.period, str):
            unnamed.setdefault((r.file, r.period), []).append(r)
    earlier: dict[tuple[str, str, str | float | None], list[Row]] = {}
    for r in rows:
        if r.kind in QUANTITY and r.role in ("earlier", "level") and isinstance(r.metric, str):
            earlier.setdefault((r.file, r.metric, r.period), []).append(r)
    placed = {(r.file, x) for r in rows if r.kind in QUANTITY and r.role in ("level", "forecast") for x in r.segment if lex.family(x) == "region"}
    filled = {(r.file, r.paragraph) for r in rows}  # the paragraphs that hold figures
    for rate in rates:
        rid = rate.id
        own = {x for x in rate.segment if lex.family(x) == "region" and (rate.file, x) in placed}
        if any(lex.family(x) == "region" and x not in own for x in rate.segment) and any(f == rate.file for f, _ in placed):
            continue  # "South America grew 6.6%" beside rows for Japan and North America: a region of no level, never the group's
        # "targets sales of 1.65 million vehicles in 2023, up about 15%": a forecast's rate is of the forecast level
        metric = str(rate.metric)
        candidates = [q for q in levels.get((rate.file, metric, str(rate.period)), []) if (q.role == "forecast") == (rate.role == "forecast")]
        joined = [(level, after) for level in candidates if (after := _placed(rate, level, filled)) is not None and own <= level.segment
                  and not _contrasted(rate, level, (texts or {}).get(rate.file, ""))
                  and not _whole_of_a_share(level, rate, (texts or {}).get(rate.file, ""))]
        if not joined and (rate.file, rid) in compared and (core := lex.scope_free(rate.segment)) and rate.role != "forecast" \
                and not any(c.roles.get("rate") == rid for c in out.get(rate.file, [])):
            # "Pure electric registrations alone grew 38.8% from the 441 units of September 2024" beside "Battery electric
            # cars reached 612 units": a segment's rate with its earlier value, of that segment's level whose words name no
            # metric (the join then holds the three near what the rate implies)
            joined = [(level, after) for level in unnamed.get((rate.file, str(rate.period)), [])
                      if lex.scope_free(level.segment) == core and (after := _placed(rate, level)) is not None and own <= level.segment
                      and not _contrasted(rate, level, (texts or {}).get(rate.file, ""))]
        if not rate.segment and (plain := [j for j in joined if not lex.scope_free(j[0].segment)]):
            if _unnamed_after_a_segment(rate, plain, candidates, (texts or {}).get(rate.file, "")):
                continue
            joined = plain  # "Overall sales were up 11.4% from July": the plain level, never the NEVs' nearer one
        if home := [j for j in joined if not any(lex.family(x) == "region" for x in j[0].segment - rate.segment)]:
            joined = home  # "Export volumes were up 9.6%": the exports' 51,760, not the 44,980 of them that went to the EU
        if not joined and not rate.segment and _OVERALL.match(text := (texts or {}).get(rate.file, ""), sentence_start(text, rate.start), rate.start):
            # "Overall sales were up 11.4% from July" paragraphs after the market's level: the one plain level stated before
            joined = [(level, 0) for level in candidates if level.start < rate.start and not level.segment and _agree(rate.entity, level.entity)
                      and not isinstance(level.item, str)]
        if not joined and not rate.segment and all({x for x in level.segment if lex.family(x) != "region"} for level in candidates):
            # "New car sales in Iceland rose 15.5% in May" then "2,786 new passenger cars": where no level names no segment,
            # the passenger cars are the market the rate measures
            joined = [(level, after) for level in candidates if lex.scope_free(level.segment) == {PASSENGER}
                      and (after := _placed(rate, level._replace(segment=level.segment - {PASSENGER}))) is not None]
        if not joined and (market := _market_of(rate.segment)) \
                and not any(_market_of(r.segment) == market for r in records.by_file[rate.file]
                            if r.period == rate.period and r.kind in QUANTITY and r.role == "level"):
            # "The UK new car market rose 7.9% in July" then "A total of 151,274 new cars were registered", or "Turkey's car
            # and light commercial vehicle market grew 12.3%" then "Distributors sold 98,614 vehicles": where no level names
            # the market's vehicles, the market the rate measures is the plain level
            plain_rate = rate._replace(segment=rate.segment - market)
            joined = [(level, after) for level in candidates if not lex.scope_free(level.segment)
                      and (after := _placed(plain_rate, level)) is not None]
        if not joined and (broad := lex.within.get(metric)) is not None and rate.role != "forecast":
            # "Car wholesales … rose 3.5% in July" then "Carmakers shipped 68,432 vehicles to dealers …, against 66,118":
            # where no level of the narrower measure can be the rate's, the level of the broader measure the words read is
            metric = broad
            candidates = [q for q in levels.get((rate.file, metric, str(rate.period)), []) if q.role == "level"]
            joined = [(level, after) for level in candidates if (after := _placed(rate, level)) is not None and own <= level.segment]
        if not joined and _in_headline(rate, (texts or {}).get(rate.file, "")):
            # "CAAM: August vehicle sales rise 5.8%" over "In August, vehicle production and sales were 2,684,310 and
            # 2,718,452": a headline's rate is of the one level of its measure the article's body gives, however far down
            body = [level for level in candidates if level.start > rate.start and not isinstance(level.item, str) and own <= level.segment
                    and _same_segment(rate.segment, level.segment) and _agree(rate.entity, level.entity)]
            if len({level.value for level in body}) == 1:
                joined = [(body[0], 1)]
        # "Europe … grew by 4.7 percent" where Europe has a level of its own: a region's rate, never the group's
        if not joined and (claim := _against_a_cell(rate, compared.get((rate.file, rid)), records)) is not None:
            out.setdefault(rate.file, []).append(claim)
            continue
        joined = [(level, after) for level, after in joined if not (QUALIFIED <= rate.segment and not QUALIFIED <= level.segment)]
        # "the Dutch count alone is up 61.4%" is no rate of "The 7,150 points on the continent"
        if not joined:
            continue
        if own and (alike := [j for j in joined if own <= j[0].segment]):
            joined = alike  # "In North America … rose 7.3%": North America's level, never the plain one nearer to it
        # the level stated before the rate, else the one its own sentence or the next paragraph gives
        joined.sort(key=lambda j: (j[1], abs(rate.start - j[0].start)))
        nearest = [level for level, _ in joined if level.sentence == joined[0][0].sentence]
        if len({level.value for level in nearest}) != 1:
            continue
        level, after = nearest[0], joined[0][1]
        if _names_a_row(rate, level, records, (texts or {}).get(rate.file, "")):
            continue
        if level.sentence != rate.sentence and rate.start > level.start and any(
                r.sentence == level.sentence and r.id != rid and r.role == "rate" and r.kind == "percent" == rate.kind
                and r.period == rate.period and r.basis == rate.basis and r.versus == rate.versus
                and not (r.low <= rate.high and rate.low <= r.high) for r in records.by_file[rate.file]):
            continue  # "- Revenue up 4.6% to £1.41bn" then "- Aftersales revenue up 7.9%": the level's own line gives its change, so
            # another rate of that period is some part's
        in_place = compared.get((rate.file, rid))
        text = (texts or {}).get(rate.file, "")
        if _ABOVE_THAT.match(text, rate.start + len(rate.text)) and any(
                q.sentence == rate.sentence and q.start < rate.start and q.kind in QUANTITY and q.id != level.id
                for q in records.by_file[rate.file]):
            continue  # "A poll of analysts had put profit at ₹3,940 crore; the reported figure was 7.1% above that": on the
            # amount "that" is, never the year before's
        if in_place is not None and level.paragraph < rate.paragraph \
                and _THAT_IS.match(text, sentence_start(text, rate.start)) \
                and any(q.sentence == rate.sentence - 1 and q.kind == level.kind and q.unit == level.unit and q.value != level.value
                        for q in records.by_file[rate.file]):
            continue  # "… brought in $286 million. That is … 18.7% more than the $241 million of the first quarter": "that" is the
            # sentence before's amount, never a level of the measure paragraphs up
        sign = int(rate.sign) or 1
        basis = rate.basis
        if in_place is not None and rate.kind != "multiple":
            if any(r.kind in QUANTITY and r.role == "level" and not isinstance(r.metric, str) and r.period == rate.period
                   and r.segment == level.segment and level.start < r.start < rate.start and r.paragraph == rate.paragraph
                   for r in records.by_file[rate.file]):
                continue  # "Cars accounted for 194,810 units … Car output was down 21.4% from 247,850": a nearer level could be it
            stated = records.by_key[(rate.file, in_place)]
            if not after and _unit(stated) == _unit(level) and not _other_things(stated, level) \
                    and (rate.kind == "multiple" or _near_implied(level, stated, rate)):
                # but "23,846 new light commercial vehicles (up to 3.5 tonnes) …, 3.9% more than the 22,951": vehicles; and
                # "New-vehicle imports rose 19.7 per cent from 8,224" is no rate of all 24,159 imports (8,224 x 1.197 = 9,844)
                out.setdefault(rate.file, []).append(
                    Claim("growth", rid, {"rate": rid, "new": level.id, "old": in_place}, sign=sign, basis=basis,
                          note="rate and its earlier value joined to the level by measure",
                          extra={"supersedes": "implied-prior"} if "implied-prior:rate" in rate.taken else {}))
            continue
        before = rate.versus if isinstance(rate.versus, str) else previous_code(str(rate.period), basis)
        if basis == "unspecified" and not isinstance(rate.versus, str):
            text = (texts or {}).get(rate.file, "")
            rounded = [r for r in records.by_file[rate.file] if r.id != rid and r.role == "rate" and r.metric == rate.metric
                       and r.period == rate.period and r.segment == rate.segment and r.kind == rate.kind
                       and r.low <= rate.high and rate.low <= r.high]
            if any(_compared_period(r) not in (None, before) or _FROM_MONTH.match(text, r.start + len(r.text)) for r in rounded):
                continue  # "Car sales jump 21% in September" over "up 21.4% from August": the headline restates that rate
        scope = _scope_region(rate.file, placed)
        old = [r for r in earlier.get((rate.file, metric, before), [])
               if r.segment - scope == level.segment - scope and _agree(r.entity, rate.entity)
               and not _owned_by_other_rate(r, rate, level, records)]
        if not old:  # "Battery-electric cars accounted for 45,318 of them [new passenger cars]" then "41,296 battery-electric
            # registrations": the powertrain's cars in a passenger-car article, said once with the market and once without
            old = [r for r in earlier.get((rate.file, metric, before), [])
                   if _cars_of_powertrain(r.segment - scope, level.segment - scope) and _agree(r.entity, rate.entity)
                   and not _owned_by_other_rate(r, rate, level, records)]
        if not old and before is not None and rate.kind == "percent" \
                and _SET_AGAINST.match(text := (texts or {}).get(rate.file, ""), sentence_start(text, rate.start), rate.start):
            # "Revenue climbed 15.7% to 6.84 trillion won. Compared with the first quarter's 6.12 trillion won, revenue was up
            # 11.8%": the amount the opening sets the level against, of the period the rate names or its basis gives
            old = [r for r in records.by_file[rate.file] if r.sentence == rate.sentence and r.start < rate.start
                   and r.role == "earlier" and r.kind in QUANTITY and r.period == before and _unit(r) == _unit(level)
                   and not (isinstance(r.metric, str) and r.metric != metric)]
        if rate.kind == "multiple" and not level.segment:  # the whole's level and earlier value, in the multiple's paragraph, as
            old = [r for r in old if r.paragraph == level.paragraph == rate.paragraph]  # multiples.py asks
        multiple = rate.kind == "multiple"
        own_earlier = {r.id for r in records.by_file[rate.file] if r.sentence == rate.sentence and r.role == "earlier" and r.kind in QUANTITY}
        if multiple and own_earlier and level.sentence != rate.sentence and not any(r.id in own_earlier for r in old):
            continue  # "Imported electric cars nearly doubled from 20,480": from its own earlier value, never from another level's
        implied = "implied-prior:rate" in rate.taken
        if before == rate.period:
            continue  # "4.2% below May's 219,410" read as May's own rate: the period it compares with is not its own
        if after and any(r.sentence == rate.sentence for r in old):
            continue  # "Kestrel deliveries more than doubled from 5,980 a year earlier": the level that doubled is named
            # with it or before it, never a plain level paragraphs on ("Deliveries outside the United States … were 7,318")
        if before is not None and len({r.value for r in old}) == 1 and (
                _near_multiple(level, old[0], rate) if multiple else _near_implied(level, old[0], rate)):
            out.setdefault(rate.file, []).append(
                Claim("multiple" if multiple else "growth", rid, {"rate": rid, "new": level.id, "old": old[0].id},
                      sign=sign, basis=basis, mode=("fold" if "fold" in rate.text.lower() else "times") if multiple else None,
                      note="rate, level and earlier level joined by measure", extra={"supersedes": "implied-prior"} if implied else {}))
        elif multiple or implied:
            continue
        else:
            out.setdefault(rate.file, []).append(
                Claim("implied-prior", level.id, {"rate": rid, "new": level.id}, sign=sign, basis=basis,
                      note="rate joined to its level by measure"))
    return out


_SET_AGAINST = regex(r"\W*(?:Set\s+against|Compared\s+(?:with|to)|Measured\s+against|Against|Relative\s+to|Versus)\s+(?:[^.;]|\.\d){1,60}?,\s*"
                     r"(?:(?:[\w'’-]+\s+){1,4}?(?:was|were|is|are|rose|fell|grew|climbed|gained|slipped|came\s+in)\s+"
                     r"(?:(?:up|down|higher|lower|ahead|behind)\s+(?:by\s+)?)?"
                     r"|(?:that|this|it)\s+(?:is|was|means|represents)\s+(?:growth|an?\s+(?:increase|rise|gain|fall|drop|decline))\s+of\s+)"
                     r"(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)  # and "Against 4,51,900 last October, that is growth of"


def _against_a_cell(rate: Row, earlier_id: str | None, records: Records) -> Claim | None:
    """"Registrations were 8.5% below May's 152,806" above a table of June and June last year: the rate and the earlier
    value its words give, joined to the one table cell of its measure for its own period (the row of its segment, the
    Total row where it names none), where the three hold near what the rate implies."""
    if earlier_id is None or rate.kind != "percent" or rate.role != "rate":
        return None
    stated = records.by_key.get((rate.file, earlier_id))
    if stated is None or stated.role != "earlier":
        return None
    lex = lexicon()
    core = lex.scope_free(rate.segment)
    cells = [q for q in records.by_file[rate.file] if CELL in q.taken and q.role == "level"
             and q.period == rate.period and _unit(q) == _unit(stated) and lex.scope_free(q.segment) == core
             and (not isinstance(q.metric, str) or not isinstance(rate.metric, str) or q.metric == rate.metric
                  or lex.within.get(q.metric) == rate.metric)
             and (core or not isinstance(q.item, str))]  # a Total row is no item
    if len({q.value for q in cells}) != 1 or not _near_implied(cells[0], stated, rate):
        return None
    return Claim("growth", rate.id, {"rate": rate.id, "new": cells[0].id, "old": stated.id}, sign=int(rate.sign) or 1,
                 basis=rate.basis, note="rate and its earlier value in the text, joined to the table's cell of its period")


_LINE_ASIDE = regex(r"\s*(?:,|\(|\s[-–—]\s).*$")  # "Petrol, including mild hybrids", "Battery electric (BEV)"


def _list_lines(records: Records, found: dict[str, list[Claim]], texts: dict[str, str]) -> dict[str, list[Claim]]:
    """A rate in the prose of the segment one list line counts, against the line's bracketed comparative: "Petrol cars
    lost 8.6%" beside "• Petrol, including mild hybrids: 147,406 (161,208)" under "(September 2025 in brackets)". The
    line must be the segment and nothing more (never "Ram pickup" for all pickups), or one company's name ("2. Vestra Group:
    4.38 million (4.44 million)" then "Vestra slipped 1.4%"), the one line of the rate's segment and period, and its
    comparative near the value the rate implies. (A table's rows are `cells.prose_rates`'.)"""
    out: dict[str, list[Claim]] = {}
    claimed = {(path, c.roles.get("rate")) for path, cs in found.items() for c in cs}
    lex = lexicon()
    for path, rows in records.by_file.items():
        compared = {e.sentence for e in rows if e.role == "earlier" and e.kind in QUANTITY}
        lines = [r for r in rows if r.role == "level" and r.kind in QUANTITY and isinstance(r.item, str) and CELL not in r.taken
                 and isinstance(r.period, str) and r.sentence in compared]
        if not lines:
            continue
        counted = {r.metric for r in rows if r.kind in QUANTITY and isinstance(r.metric, str) and not r.metric.startswith("other:")}
        for rate in rows:
            if rate.kind != "percent" or rate.role != "rate" or (path, rate.id) in claimed or any(x in rate.taken for x in _TAKEN) \
                    or not isinstance(rate.period, str):
                continue
            if rate.segment == frozenset() and isinstance(rate.metric, str):
                level = _line_of_the_whole(rate, lines, rows, texts.get(path, ""))
                if len(level) != 1:
                    continue
            elif not (lex.scope_free(rate.segment) or _one_name(rate.segment)):
                continue
            else:
                others = isinstance(rate.metric, str) and counted - {rate.metric}
                if others and not _one_name(rate.segment):
                    continue  # a segment's line that names no metric may count another
                level = [r for r in lines if (r.segment == rate.segment or _part_of_name(rate.segment, r.segment))
                         and r.period == rate.period and _agree(rate.entity, r.entity)
                         and (r.metric == rate.metric if others else  # "Vestra slipped 1.4%": a league table's row of its metric
                              not isinstance(r.metric, str) or not isinstance(rate.metric, str) or r.metric == rate.metric)]
                if len(level) != 1 or not (lex.segment_re.fullmatch(_LINE_ASIDE.sub("", str(level[0].item).split(":", 1)[-1]).strip())
                                           or _one_name(level[0].segment)):  # "2. Vestra Group: 4.38 million (4.44 million)"
                    continue
            before = rate.versus if isinstance(rate.versus, str) else previous_code(rate.period, rate.basis)
            olds = [e for e in rows if e.role == "earlier" and e.sentence == level[0].sentence and e.period == before
                    and e.kind in QUANTITY and e.start > level[0].start]
            if len(olds) != 1 or not _near_implied(level[0], olds[0], rate):
                continue
            out.setdefault(path, []).append(
                Claim("growth", rate.id, {"rate": rate.id, "new": level[0].id, "old": olds[0].id}, sign=int(rate.sign) or 1,
                      basis=rate.basis, note="a rate of the segment a list line counts, against the line's comparative"))
    return out


def _line_of_the_whole(rate: Row, lines: list[Row], rows: list[Row], text: str) -> list[Row]:
    """"The Grand Duchy's new-car market slipped 3.0% in March" beside "- New cars registered: 4,912 (March 2025: 5,064)":
    for a rate of no segment said in the prose after a box, the box's line of the whole, its label naming the rate's
    metric (a list's own line, "- Charge points in operation 8,412 (6,935), up 21.3%" or "- We raise FY26E revenue by 6%",
    is its own)."""
    if not text or BULLET_LINE.match(text, sentence_start(text, rate.start)) or rate.paragraph <= min(r.paragraph for r in lines):
        return []
    lex = lexicon()
    return [r for r in lines if r.segment == frozenset() and r.metric == rate.metric and r.period == rate.period
            and r.kind in ("count", "number") and _heads_its_list(r, rows) and _agree(rate.entity, r.entity)
            and lex.named_metric(str(r.item).split(":", 1)[-1]) is not None]


def _heads_its_list(line: Row, rows: list[Row]) -> bool:
    """The first line of a box of figures whose other lines are segments of it ("- New cars registered: 4,912 (March
    2025: 5,064)" over "- Battery-electric: 1,638", "- Petrol: 1,041"): the line of the whole."""
    block = str(line.item).split(":", 1)[0]
    mates = [r for r in rows if isinstance(r.item, str) and r.item.split(":", 1)[0] == block and r.id != line.id]
    return all(r.start > line.start for r in mates) and sum(bool(r.segment) for r in mates) >= 2


def _part_of_name(named: frozenset, row: frozenset) -> bool:
    """A rate's one name that is one part of a line's "Maker, Plant" name, or its first words: "Kolín held first place
    …, with output up 3.6%" beside "1. Stellan Auto, Kolín (Czechia): 412,380 (398,150)"."""
    if not (_one_name(named) and _one_name(row)):
        return False
    name, label = next(iter(named))[5:], next(iter(row))[5:]
    parts = [x.strip() for x in label.split(",")]
    return len(parts) > 1 and any(x == name or x.startswith(name + " ") for x in parts)


def _one_name(segment: frozenset | object) -> bool:
    """A segment that is one company's name and nothing more: a league table's row."""
    return isinstance(segment, frozenset) and len(segment) == 1 and next(iter(segment)).startswith("name:")


def _list_line_levels(records: Records, found: dict[str, list[Claim]], compared: dict[tuple[str, str], str]) -> dict[str, list[Claim]]:
    """"- Exports: 41,250 vehicles" in a list of highlights, then "Exports fell 11.6% from 46,660 a year ago": a prose rate
    with its earlier value in place, of the one list line of its segment and period whose label is that segment and nothing
    more, where the line lies near the value the rate implies."""
    out: dict[str, list[Claim]] = {}
    claimed = {(path, c.roles.get("rate")) for path, cs in found.items() for c in cs}
    lex = lexicon()
    for path, rows in records.by_file.items():
        lines = [r for r in rows if r.role == "level" and r.kind in QUANTITY and isinstance(r.item, str) and CELL not in r.taken
                 and isinstance(r.period, str) and not any(x in r.taken for x in ("growth:new", "implied-prior:new", "multiple:new"))]
        if not lines:
            continue
        for rate in rows:
            old_id = compared.get((path, rate.id))
            if old_id is None or rate.kind != "percent" or rate.role != "rate" or (path, rate.id) in claimed \
                    or any(x in rate.taken for x in _TAKEN) or not isinstance(rate.period, str) or not lex.scope_free(rate.segment):
                continue
            level = [r for r in lines if r.segment == rate.segment and r.period == rate.period and _agree(rate.entity, r.entity)
                     and r.sentence != rate.sentence]
            old = records.by_key.get((path, old_id))
            if len(level) != 1 or old is None or _unit(old) != _unit(level[0]) \
                    or not lex.segment_re.fullmatch(_LINE_ASIDE.sub("", str(level[0].item).split(":", 1)[-1]).strip()) \
                    or _stated_again(level[0], rate, rows) or not _near_implied(level[0], old, rate):
                continue
            out.setdefault(path, []).append(
                Claim("growth", rate.id, {"rate": rate.id, "new": level[0].id, "old": old.id}, sign=int(rate.sign) or 1,
                      basis=rate.basis, note="a rate and its earlier value in the prose, of the list line of its segment"))
    return out


def _named_again(records: Records, found: dict[str, list[Claim]], compared: dict[tuple[str, str], str]) -> dict[str, list[Claim]]:
    """A rate with its earlier value in place, of the one level the sentence or two before gave the same segment (a
    rate of no metric the lexicon reads), or of the list's row its name labels, however far above: "Battery Systems
    contributed NOK 3,916 million, …" then "Battery Systems was the growth engine, up 24.8% from NOK 3,138 million";
    "2. Volkswagen – 1,326" then "Volkswagen was up 38.0% from 1,014". The level names what the rate is of; two levels
    of the segment ("goods-carrying vehicles" read as passenger vehicles beside "passenger cars") leave it alone."""
    out: dict[str, list[Claim]] = {}
    claimed = {(path, c.roles.get("rate")) for path, cs in found.items() for c in cs}
    for (path, rid), oid in compared.items():
        rate, old = records.by_key[(path, rid)], records.by_key[(path, oid)]
        if rate.kind != "percent" or rate.taken or (path, rid) in claimed \
                or not isinstance(rate.period, str) or not isinstance(rate.segment, frozenset):
            continue
        named = _placeless(rate.segment)
        if not named:
            continue
        levels = [r for r in records.by_file[path] if r.kind == old.kind and _unit(r) == _unit(old) and r.role == "level"
                  and r.period == rate.period and r.start < rate.start
                  and (rate.sentence - 2 <= r.sentence <= rate.sentence and not isinstance(rate.metric, str) or _listed_name(r, named))
                  and (not isinstance(rate.metric, str) or not isinstance(r.metric, str) or r.metric == rate.metric)
                  # "Toyota's registrations rose 34.6% from 820": a rate of a metric joins a list's row of its name that
                  # says none, or says the same
                  and r.id != oid and isinstance(r.segment, frozenset) and _placeless(r.segment)
                  and _placeless(r.segment) <= named and _agree(r.entity, rate.entity)]
        if len({r.value for r in levels}) != 1 or not _near_implied(levels[0], old, rate) \
                or _stated_again(levels[-1], rate, records.by_file[path]):
            continue
        out.setdefault(path, []).append(
            Claim("growth", rid, {"rate": rid, "new": levels[-1].id, "old": oid}, sign=int(rate.sign) or 1, basis=rate.basis,
                  note="rate and its earlier value, of the level its segment named just before"))
    return out


def _stated_again(level: Row, rate: Row, rows: list[Row]) -> bool:
    """Another level of the segment and period between the line and its rate ("* Battery-electric: 14,730" under
    NORWAY, then "11,120 of them battery-electric" and "BEV volume up 39.8% from 7,955" under DENMARK): the rate is of
    the one stated last, not of the line."""
    return any(r.kind in QUANTITY and r.role == "level" and r.period == level.period and level.start < r.start < rate.start
               and isinstance(r.segment, frozenset) and _placeless(r.segment) == _placeless(level.segment) for r in rows)


_NEW = regex(r"(?i)^new\s+")  # "- new light commercials: 2,140": new ones are the market's own


def _listed_name(level: Row, named: frozenset) -> bool:
    """A list's row of the name the rate names ("2. Volkswagen – 1,326" above "Volkswagen was up 38.0% from 1,014"), or
    the line that is the rate's segment and nothing more ("- passenger cars 39,460" above "Passenger cars grew 7.5% from
    36,720"): a name labels one row of a list, however far above the rate it stands."""
    if not isinstance(level.item, str):
        return False
    row = _placeless(level.segment)
    if any(x.startswith("name:") for x in named):
        return row == named or CELL not in level.taken and row | (level.of_segment or frozenset()) == named
        # "- Florida: 21,930" of the EV registrations the list counts
    if CELL in level.taken:
        return False  # a table's rows are cells.prose_rates'
    label = _NEW.sub("", _LINE_ASIDE.sub("", level.item.split(":", 1)[-1]).strip())
    return row == named and bool(lexicon().segment_re.fullmatch(label))  # "- passenger cars 39,460": the line is the segment


def _placeless(segment: frozenset) -> frozenset:
    """The segment without its places: "passenger cars" in Turkey are passenger cars."""
    lex = lexicon()
    return frozenset(x for x in segment if lex.family(x) != "region")


def _market_of(segment: frozenset) -> frozenset | None:
    """The vehicles a market's rate may name that its plain level leaves unsaid: new cars, or cars and light commercial
    vehicles together."""
    if lexicon().scope_free(segment) == {PASSENGER}:
        return frozenset({PASSENGER})
    return frozenset({CARS_AND_VANS}) if _placeless(segment) == {CARS_AND_VANS} else None


def _forecast_rate(r: Row) -> bool:
    """A rate in a forecast or target ("up about 15%"), never a forecast share."""
    return r.role == "forecast" and r.kind == "percent" and r.metric != "share"


def _cars_of_powertrain(a: frozenset, b: frozenset) -> bool:
    """One powertrain's level with the passenger cars named on one side only."""
    lex = lexicon()
    core = (a | b) - {PASSENGER}
    return a ^ b == {PASSENGER} and bool(core) and all(lex.family(x) == "powertrain" for x in core)


def _scope_region(path: str, placed: set[tuple[str, str]]) -> frozenset[str]:
    """The one region the levels of an article name, if they name one only: the article's scope ("The UK used
    car market … 1,983,460 cars" … "total transactions had come to 1,927,530"), not a segment of it."""
    regions = frozenset(x for p, x in placed if p == path)
    return regions if len(regions) == 1 else frozenset()


_THAT_IS = regex(THAT_IS_WORDS + r"\b")


def _near_implied(new: Row, old: Row, rate: Row) -> bool:
    """An earlier value joined by measure alone lies within a factor of 1.5 of the one the rate implies: a
    misstated rate stays near, while "kei sales slumped to only 117,140" is not what "Registered-vehicle
    sales rose 3.0%" started from."""
    change = (int(rate.sign) or 1) * abs(rate.value) / 100
    if change <= -1:
        return False
    implied = new.value / (1 + change)
    return implied > 0 and 2 / 3 <= old.value / implied <= 1.5


def _near_multiple(new: Row, old: Row, rate: Row) -> bool:
    """A multiple joined by measure alone to two values within a factor of 2 of its own (as multiples.py
    asks): x5.49 for "nearly doubled" is two figures of different things, not a wrong word."""
    return old.value > 0 and rate.value > 0 and rate.value / 2 <= new.value / old.value <= rate.value * 2


def _owned_by_other_rate(old: Row, rate: Row, level: Row, records: Records) -> bool:
    """An earlier value in a sentence with a change rate of its own, away from the level, is that rate's
    ("Pipit's deliveries have almost tripled from 2,790"), never the earlier value of a rate sentences away;
    beside the level ("sales of 5,12,846 units, a rise of 9.4 per cent over the 4,68,790") a headline's rate
    shares it. A level with a rate of its own is that period's value, which a later period's rate may start from
    ("sold 1,432,988 vehicles last year, up 7.9% from 1,328,029" … "targets 1.65 million in 2023, up about 15%")."""
    return old.role != "level" and old.sentence not in (rate.sentence, level.sentence) and any(
        r.sentence == old.sentence and r.id != rate.id and (r.role == "multiple" or r.role == "rate" and r.kind == "percent")
        and not (r.kind == rate.kind and r.low <= rate.high and rate.low <= r.high)  # a headline restating that rate shares it
        for r in records.by_file[old.file])


# "The lithium recovered was 75.7% of the 3,050 tonnes contained …, and 62.7% more than the 1,420 tonnes of 2024": the
# whole of a share beside a rate is never the level that rate leads to
_WHOLE_OF_A_SHARE = regex(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_OWN_CLAUSE = regex(r"\b(?:which|that|whose)\b|;", re.I)  # a clause of the whole's own between it and the rate
_AND_THE_RATE = regex(r",\s+and\s+$")


def _whole_of_a_share(level: Row, rate: Row, text: str) -> bool:
    """The level is the whole of a share just before it in the rate's sentence, and the rate follows it as another
    predicate of the sentence's subject (", and 62.7% more than"); but "33.5% of its 38,260 van deliveries, which were
    themselves 5.1% higher", "21.8% of the 19,806 new cars registered …; the overall market was up 6.4%" are the whole's."""
    return level.sentence == rate.sentence and level.start < rate.start \
        and _WHOLE_OF_A_SHARE.search(text, max(0, level.start - 16), level.start) is not None \
        and _AND_THE_RATE.search(text, level.start, rate.start) is not None and not _OWN_CLAUSE.search(text, level.start, rate.start)


def _in_headline(rate: Row, text: str) -> bool:
    """A rate in the article's headline: a line of its first paragraphs that ends in no full stop."""
    if not text or rate.paragraph > 2:
        return False
    line = headline_at(text, rate.start)
    return line is not None and 0 < len(line) <= 160


def _unnamed_after_a_segment(rate: Row, plain: list[tuple[Row, int]], levels: list[Row], text: str) -> bool:
    """"Wholesales came to 68,412 … Battery-electric wholesales were 9,736 … So the volume is up 57.8 percent": a rate whose
    words name neither its measure nor the market, after a segment's level of its measure stated in a later sentence than
    the plain level, may be either's; left unchecked."""
    if not text or any(level.sentence == rate.sentence for level, _ in plain):
        return False
    last = max((level.sentence for level, _ in plain if level.start < rate.start), default=None)
    if last is None or not any(lexicon().scope_free(level.segment) and last < level.sentence < rate.sentence
                               and level.paragraph >= rate.paragraph - 1 for level in levels):
        return False
    head = _PLAIN_VOLUME.sub(" ", text[sentence_start(text, rate.start):rate.start])  # "the volume" names no measure of its own
    return not (lexicon().metric_re["count"].search(head) or lexicon().metric_re["money"].search(head) or _MARKET_WORDS.search(head))


_MARKET_WORDS = regex(r"\b(?:market|overall|total|industry|all|whole|combined)\b", re.I)
_PLAIN_VOLUME = regex(r"\b(?:the\s+)?(?:volumes?|numbers?|count)\b", re.I)


_TOTAL_LINE = regex(r"(?:total|overall|all)\b", re.I)


def _placed(rate: Row, level: Row, filled: set[tuple[str, int]] | None = None) -> int | None:
    """Whether a level of the rate's measure and period can be the one it changes: 0 where it is
    stated before the rate (from the paragraph before on) or in the rate's sentence, 1 where it
    follows in the next paragraph; None where it is elsewhere, of another segment or entity, or a
    list's item outside the rate's sentence ("18,702 in July" for a quarter's rate). `filled`, the paragraphs that hold
    figures, lets a level stand before a heading of no figures ("Ahead of the trade review, …" between a box and its rate)."""
    same_sentence = level.sentence == rate.sentence
    if isinstance(level.item, str) and not same_sentence \
            and not (rate.segment == level.segment and any(x.startswith("name:") for x in rate.segment)) \
            and not (_TOTAL_LINE.match(level.item.partition(":")[2]) and not lexicon().scope_free(rate.segment | level.segment)) \
            and not (rate.segment == level.segment and lexicon().scope_free(rate.segment) and rate.metric == level.metric
                     and rate.period == level.period and level.paragraph < rate.paragraph and not CELL_ITEM.match(level.item)):
        return None  # but "Cork: 9,846 (9,402)", then "Cork's 4.7% rise": the rate that names the line's name; "- Light
        # vehicles exported: 1,386,420" in a box above "carmakers shipped 2.5% more vehicles abroad": the box's line of the
        # rate's segment; and "Total
        # production: 119,460 (February 2025: 124,180)", then "plants produced 3.8% fewer vehicles": the whole's line
    if not _same_segment(rate.segment, level.segment):
        return None
    if not _agree(rate.entity, level.entity):
        return None
    backward = level.start < rate.start and (level.paragraph >= rate.paragraph - 1 or _placed_alike(rate, level)
                                             or filled is not None and rate.paragraph - level.paragraph <= 3
                                             and not any((rate.file, k) in filled for k in range(level.paragraph + 1, rate.paragraph)))
    forward = level.start > rate.start and level.paragraph <= rate.paragraph + 1
    if not (backward or forward or same_sentence):
        return None
    return int(not backward and not same_sentence)


def _compared_in_sentence(old: Row, new: Row, quantities: list[Row], text: str) -> bool:
    """Whether an earlier level comes "after" another level or forecast of a later period in its own sentence ("expects
    238,000 new registrations for 2026, after 239,500 last year"): that one's year before, no value of `new`'s rate."""
    return bool(AFTER_WORD.search(text, max(0, old.start - 30), old.start)) and any(
        q.sentence == old.sentence and q.start < old.start and q.id != new.id and q.role in ("level", "forecast")
        and (q.kind == "money") == (old.kind == "money") and isinstance(q.period, str) and _after(q.period, str(old.period))
        for q in quantities if q.file == old.file)


def _after(later: str, earlier: str) -> bool:
    """Whether the period coded `later` starts after the one coded `earlier` ends (never a span and a month inside it)."""
    try:
        return period_from_code(later).start > period_from_code(earlier).end
    except ValueError:
        return False


def _stated_priors(rows: list[Row], quantities: dict[str, list[Row]], texts: dict[str, str]) -> dict[str, list[Claim]]:
    """A rate whose words only implied its earlier value, where the article states that value
    elsewhere ("Exports climbed 37.2 per cent to 51,643 units" … "In September 2025, Shakti had
    exported 38,912 units"): the level of the same segment and unit a year (or the rate's basis)
    before, stated once, makes a growth check in place of the implied one."""
    out: dict[str, list[Claim]] = {}
    rates = [r for r in rows if r.taken == _IMPLIED and r.kind == "percent" and r.role == "rate"
             and not isinstance(r.versus, str)]
    homes: dict[str, str | None] = {}  # the place each article's opening names
    in_sentence: dict[tuple[str, int], list[Row]] = {}  # the batch's rates by file and sentence, in order
    for r in rates:
        in_sentence.setdefault((r.file, r.sentence), []).append(r)
    for rate in rates:
        news = [q for q in quantities[rate.file] if q.sentence == rate.sentence and "implied-prior:new" in q.taken]
        if len(news) > 1:  # "production rose 8.2% … to 254,300 units, … while sales … fell 3.1% to 221,800": each rate's own
            lex = lexicon()
            news = [q for q in news if _agree(q.metric, rate.metric) and lex.scope_free(q.segment) == lex.scope_free(rate.segment)]
            # never "production and sales reached 2.591 million units and 2.593 million units, up 13.3 percent and 14.7 percent"'s other
            others = [r.start for r in in_sentence[rate.file, rate.sentence] if r.id != rate.id]
            news = [q for q in news if not any(min(q.start, rate.start) < o < max(q.start, rate.start) for o in others)]
            news = sorted(news, key=lambda q: abs(q.start - rate.start))[:1]
        if len(news) != 1:
            continue
        new = news[0]
        before = previous_code(str(new.period), rate.basis)
        olds = _earlier_of(new, before, quantities[rate.file]) if before is not None else []
        if not olds and before is not None:
            olds = [q for q in _whole_earlier_of(new, before, quantities[rate.file]) if _near_whole(new, q, rate)]
        olds = [q for q in olds if not _compared_in_sentence(q, new, quantities[rate.file], texts.get(rate.file, ""))]
        if olds and isinstance(new.scope, str):
            if rate.file not in homes:
                homes[rate.file] = home_place(texts.get(rate.file, ""), opening_end(quantities[rate.file], texts.get(rate.file, "")))
            olds = [q for q in olds if not apart(new.scope, q.scope if isinstance(q.scope, str) else homes[rate.file])]
            # "In neighbouring Sweden … Battery-electric registrations dropped 14.9 percent to 94,589" in a story on Norway:
            # never Norway's "104,589 a year earlier"
        if len({q.value for q in olds}) != 1:
            continue
        sign = int(rate.sign) or 1
        implied = new.value / (1 + sign * abs(rate.value) / 100) if sign * abs(rate.value) > -100 else 0
        if not implied or not 0.5 <= olds[0].value / implied <= 2:
            continue  # "rose 4.4% to 9,870" (buses) against "74,200 a year earlier" (trucks): another thing measured
        out.setdefault(rate.file, []).append(
            Claim("growth", rate.id, {"rate": rate.id, "new": new.id, "old": olds[0].id}, sign=sign, basis=rate.basis,
                  note="rate and its level, with the earlier level the article states elsewhere",
                  extra={"supersedes": "implied-prior"}))
    return out


_OLD_TAKEN = frozenset({"growth:old", "multiple:old", "points:old", "difference:old"})


def _quantities(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r.kind in QUANTITY and isinstance(r.period, str)]


def _earlier_of(new: Row, before: str, quantities: list[Row]) -> list[Row]:
    """The levels of `new`'s segment (its names among theirs) and unit in the period `before`, none
    a list's item nor another change's earlier value. Nothing for a level of no segment: the
    market's earlier value is the words' own business (change.py), and a level whose segment the
    text does not let us read would otherwise find the market's."""
    lex = lexicon()
    core = lex.scope_free(new.segment)
    names = {x for x in new.segment if x.startswith("name:")}
    if not core and not names:
        return []
    fits = [q for q in quantities if q.file == new.file and q.period == before and q.role in ("level", "earlier")
            and q.id != new.id and not isinstance(q.item, str)
            and _same_kind(q, new) and names <= {x for x in q.segment if x.startswith("name:")}
            and (not isinstance(q.metric, str) or not isinstance(new.metric, str) or q.metric == new.metric)
            and _agree(q.entity, new.entity) and not (q.taken & _OLD_TAKEN)]
    same = [q for q in fits if lex.scope_free(q.segment) == core]
    if not names and (unnamed := [q for q in same if not any(x.startswith("name:") for x in q.segment)]):
        same = unnamed  # the market's 15,620 of a year before, never Togg's 1,970 beside it (but "Shakti had … exported 38,912"
        # is the article's one maker's, where nothing else fits)
    return same or [q for q in fits if _cars_of_powertrain(lex.scope_free(q.segment), core)]


def _named_month_lines(records: Records, quantities: dict[str, list[Row]]) -> dict[str, list[Claim]]:
    """A rate whose words gave it only an implied earlier value, on a period they name whose level a line of the same
    paragraph gives ("March 33,105" then "April 30,682, up 7.3% on March"), where no metric lets the joins find it."""
    out: dict[str, list[Claim]] = {}
    for rate in records.rows:
        if rate.kind != "percent" or rate.role != "rate" or rate.taken != _IMPLIED or not isinstance(rate.versus, str) \
                or isinstance(rate.metric, str):
            continue
        news = [q for q in quantities[rate.file] if q.sentence == rate.sentence and q.start < rate.start and "implied-prior:new" in q.taken]
        if len(news) != 1 or any(q.sentence == rate.sentence and q.start > rate.start for q in quantities[rate.file]):
            continue  # "1.7% lower than January's 72.6": the value it is compared with stands in its own sentence
        olds = _line_of_the_month(news[0], rate.versus, quantities[rate.file])
        if len({q.value for q in olds}) == 1:
            out.setdefault(rate.file, []).append(
                Claim("growth", rate.id, {"rate": rate.id, "new": news[0].id, "old": olds[-1].id}, sign=int(rate.sign) or 1,
                      basis=rate.basis, note="rate on the period it names, whose line its paragraph gives",
                      extra={"supersedes": "implied-prior"}))
    return out


def _line_of_the_month(new: Row, versus: str, quantities: list[Row]) -> list[Row]:
    """"March 33,105" then "April 30,682, up 7.3% on March": the level its paragraph gives for the period a rate names,
    of the same segment, unit and measure, said before it."""
    lex = lexicon()
    return [q for q in quantities if q.file == new.file and q.period == versus and q.paragraph == new.paragraph
            and q.role == "level" and q.start < new.start and q.id != new.id and _same_kind(q, new) and q.sentence < new.sentence
            and q.segment == new.segment and lex.scope_free(q.segment) == lex.scope_free(new.segment)
            and (not isinstance(q.metric, str) or not isinstance(new.metric, str) or q.metric == new.metric)
            and _agree(q.entity, new.entity) and not (q.taken & _OLD_TAKEN)]


def _whole_earlier_of(new: Row, before: str, quantities: list[Row]) -> list[Row]:
    """The earlier value of a total that names no segment ("Sagami Motor's worldwide production fell
    6.2% … to 812,430 vehicles" … "In September last year, the company built 866,150 vehicles"): the
    level of the same metric and unit in the period `before`, naming no segment either, where the new
    level is the largest of its metric and period (a total, not a part the lexicon cannot read) and
    the earlier one the largest of its own, in no sentence with another level of that metric and the new
    one's period ("Sales fell to 2.1 million units, down from 2.3 million units" is that sentence's comparison)."""
    lex = lexicon()
    if not isinstance(new.metric, str) or lex.scope_free(new.segment) or any(x.startswith("name:") for x in new.segment):
        return []
    peers = [q for q in quantities if q.file == new.file and q.period == new.period and q.metric == new.metric
             and q.role == "level" and _same_kind(q, new)]
    if any(q.value > new.value for q in peers):
        return []
    others = [p for p in peers if p.id != new.id]
    olds = [q for q in quantities if q.file == new.file and q.period == before and q.role in ("level", "earlier")
            and q.metric == new.metric and _same_kind(q, new) and not isinstance(q.item, str)
            and not (q.taken & _OLD_TAKEN) and _agree(q.entity, new.entity)
            and not any(p.sentence == q.sentence for p in others)]
    wholes = [q for q in olds if not lex.scope_free(q.segment) and not any(x.startswith("name:") for x in q.segment)]
    if not wholes or any(q.value > max(w.value for w in wholes) for q in olds):
        return []
    return wholes


def _near_whole(new: Row, old: Row, rate: Row) -> bool:
    """A total's earlier value joined by measure alone lies within x1.5 of the one its rate implies."""
    return rate.kind == "percent" and _near_implied(new, old, rate)


def _same_kind(a: Row, b: Row) -> bool:
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return units_agree(a.unit, b.unit)


# the words before the comma possessive: each is taken whole, as it has to be before "\s*,"; with
# "\s*" able to match nothing, `re` otherwise tried every split of every word into up to eight, and a
# clause of one long word without a comma took seconds (52 letters: a minute)
_LEVEL_THEN_RATE = regex(
    r"^(?:\s*+[\w'’-]++){0,12}\s*,\s*(?:an?\s+(?:(?:year-on-year|annual)\s+)?(?:increase|rise|gain|jump|growth|decline|drop|fall|decrease)\s+of"
    r"|up|down)\s+(?:by\s+)?$", re.I)
_RATE_THEN_LEVEL = regex(
    r"^\s*(?:(?:increase|rise|gain|jump|growth|decline|drop|fall|decrease)\s*,?\s*(?:with|to|at)|to)\s+"
    r"(?:a\s+(?:record\s+)?|(?:about|around|some|nearly|almost)\s+)?$", re.I)
_ASIDE_RATE_BEFORE = regex(r",\s*(?:up|down)\s+(?:by\s+)?$", re.I)
_ASIDE_RATE_THEN_LEVEL = regex(
    r"^\s*(?:(?:on|from)\s+(?:the|a)\s+year(?:\s+(?:earlier|before|ago))?|year[- ]on[- ]year|from\s+last\s+year)?\s*,\s*"
    r"(?:accounted\s+for|made\s+up|totall?ed|came\s+to|amounted\s+to|reached|numbered)\s+"
    r"(?:(?:about|around|some|nearly|almost|just\s+over|just\s+under)\s+)?$", re.I)
_VERB = regex(r"\b(?:while|whereas|but|and|which|as|rose|fell|grew|jumped|dropped|declined|increased|decreased|was|were|is|are)\b", re.I)


def _beside(records: Records, texts: dict[str, str], compared: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Rates that no claim has taken, standing beside the level they change in one clause: "Battery-
    electric models recorded a 27.5 percent increase, with 40,112 registrations", "diesel cars 11.2
    percent to 29,188", "NEVs made up 1.318 million of those retail sales, an increase of 15.8
    percent". The level's id by (file, rate id); the rate's own words name no other measure."""
    out: dict[tuple[str, str], str] = {}
    if not texts:
        return out
    lex = lexicon()
    pairs = ((a, b) for ordered in records.in_text_order.values() for a, b in zip(ordered, ordered[1:]))
    for a, b in pairs:
        if a.sentence != b.sentence or a.file not in texts:
            continue
        between = texts[a.file][a.start + len(a.text):b.start]
        if _is_rate(a) and _is_level(b) and (_RATE_THEN_LEVEL.match(between) or _ASIDE_RATE_THEN_LEVEL.match(between)
                                              and _ASIDE_RATE_BEFORE.search(texts[a.file], max(0, a.start - 12), a.start)):
            rate, level = a, b  # "Passenger cars, down 9.2% on the year, accounted for 71,634 sales": the subject's rate aside
        elif _is_level(a) and _is_rate(b) and _LEVEL_THEN_RATE.match(between) and not _VERB.search(between) and (
                not isinstance(b.metric, str) or len(between.split()) <= 9):
            rate, level = b, a  # a long stretch between them ("… 27,384 electric vehicles in the first 11 months of the current
            # fiscal year, up 58.3 percent") only where no metric lets the measure join find the level
        else:
            continue
        if (rate.file, rate.id) in compared:
            continue  # "up 197.7% from 27,307 units": compared with the value after it
        if isinstance(rate.metric, str) and isinstance(level.metric, str) and rate.metric != level.metric:
            continue
        if lex.scope_free(rate.segment) and lex.scope_free(rate.segment) != lex.scope_free(level.segment) \
                and not _cars_of_powertrain(lex.scope_free(rate.segment), lex.scope_free(level.segment)):
            continue
        out[(rate.file, rate.id)] = level.id
    return out


def _contrasted(rate: Row, level: Row, text: str) -> bool:
    """"Luxembourg's market shrank 6.2%, yet 1,124 of the cars registered … were battery-electric": a level after the rate
    in its sentence, past a word that sets it against the rate's clause, is another thing's."""
    return bool(text) and level.sentence == rate.sentence and level.start > rate.start \
        and _CONTRAST.search(text, rate.start + len(rate.text), level.start) is not None


_CONTRAST = regex(r"\b(?:yet|but|although|though|whereas)\b", re.I)


def _is_rate(r: Row) -> bool:
    return r.kind == "percent" and r.role == "rate" and not any(x in r.taken for x in _TAKEN)


def _other_things(a: Row, b: Row) -> bool:
    """Two amounts of which one counts another thing than the other (tonnes, not vehicles)."""
    return isinstance(a.metric, str) and isinstance(b.metric, str) and a.metric != b.metric \
        and (a.metric.startswith("other:") or b.metric.startswith("other:"))


def _is_level(r: Row) -> bool:
    return r.kind in QUANTITY and r.role == "level" and not ({"implied-prior:new", "growth:new", "multiple:new"} & r.taken) \
        and not isinstance(r.item, str)


def _compared_amounts(records: Records, beside: dict[tuple[str, str], str], found: dict[str, list[Claim]],
                      texts: dict[str, str], compared: dict[tuple[str, str], str]) -> dict[str, list[Claim]]:
    """"Australians bought 101,845 new vehicles in July, 3.6 per cent fewer than the 105,648 delivered in July
    last year": a rate between the amount its sentence states before it and the earlier value right after it,
    where the words name no metric to join by; the two of one kind and unit, the earlier smaller than ten times."""
    out: dict[str, list[Claim]] = {}
    done = {(path, c.subject) for path, cs in found.items() for c in cs}
    pairs = dict(compared)
    for path, ordered in records.in_text_order.items():
        for new, old, rate in zip(ordered, ordered[1:], ordered[2:]):
            # "sold 142,306 vehicles in August 2026 (August 2025: 131,880 vehicles), representing an increase of 7.9%"
            if rate.kind == "percent" and rate.role == "rate" and new.role == "level" and old.role == "earlier" \
                    and new.sentence == old.sentence == rate.sentence and rate.start - old.start - len(old.text) <= 60:
                pairs.setdefault((path, rate.id), old.id)
    for (path, rid), old_id in pairs.items():
        rate, old = records.by_key[(path, rid)], records.by_key[(path, old_id)]
        if rate.kind != "percent" or any(x in rate.taken for x in _TAKEN) or (path, rid) in beside or (path, rid) in done:
            continue
        if isinstance(rate.versus, str) and isinstance(old.period, str) and old.period != rate.versus:
            continue  # "68,420 units, against 64,730 in July 2025, and were 14.8% above June's 59,600": the rate is June's
        if isinstance(rate.metric, str) and any(isinstance(q.metric, str) and q.metric == rate.metric and q.role == "level"
                                                and q.period == rate.period and q.segment == rate.segment for q in records.by_file[path]):
            continue  # the measure's own level is the one the joins by metric take
        before = [q for q in records.in_text_order[path] if q.sentence == rate.sentence and q.start < rate.start and q.id != old_id
                  and q.role not in ("bound", "converted")]  # "23,846 new light commercial vehicles (up to 3.5 tonnes)": the vans;
        # "98,500 yuan ($14,480) a tonne …, up 14.9% this month from 85,700 yuan": the yuan amount, not its conversion
        while before:  # past the comparisons before this one, to the amount they all compare
            if before[-1].kind == "percent" and before[-1].role == "rate" and before[-1].segment == rate.segment:
                before = before[:-1]  # "$3.86 billion, up 58.8% year on year and 12.9% from $3.42 billion"
            elif len(before) >= 2 and before[-2].kind == "percent" and before[-1].kind in QUANTITY:
                before = before[:-2]  # "rose to 204.7, 1.8% above March's 201.1 and 3.2% higher than the 198.4"
            elif len(before) >= 2 and before[-1].role == "earlier" and before[-2].role == "level":
                before = before[:-1]  # "reached 68,420 units, against 64,730 in July 2025, and were 14.8% above June's 59,600"
            else:
                break
        if before and path in texts and (inside := _bracketed_before(texts[path], before, rate)):
            before = [q for q in before if q not in inside]  # "¥90 per share (interim ¥44, year-end ¥46), 12.5% more than the
            # previous year's ¥80": the amount the bracket breaks down, never its last part
        carried = False
        if not before and path in texts and _ANAPHOR_OPENING.match(texts[path], sentence_start(texts[path], rate.start), rate.start):
            # "Cambodia imported vehicles worth $1.25 billion …" then "The value was up 10.5 percent from $1.13 billion"
            before = _last_levels(records.in_text_order[path], rate.sentence, _unit(old))
            before = before if len(before) == 1 else []
            carried = True
        if not before or before[-1].kind not in QUANTITY or before[-1].role != "level":
            continue
        new = before[-1]
        if carried and not _near_implied(new, old, rate):
            continue
        if QUALIFIED <= rate.segment and not QUALIFIED <= new.segment:
            continue  # "The 7,150 points on the continent …: the Dutch count alone is up 61.4% from 1,223": another count's rate
        if _unit(new) != _unit(old) or isinstance(new.metric, str) and isinstance(old.metric, str) and new.metric != old.metric:
            continue
        if not 0 < old.value < 10 * new.value or not 0 < new.value < 10 * old.value:
            continue
        out.setdefault(path, []).append(Claim("growth", rid, {"rate": rid, "new": new.id, "old": old_id}, sign=int(rate.sign) or 1,
                                              basis=rate.basis, note="rate between the amount before it and the value it is compared with"))
    return out


_ABOVE_THAT = regex(r"\s*(?:above|below|over|under|higher\s+than|lower\s+than|more\s+than|less\s+than|ahead\s+of|short\s+of|"
                    r"up\s+on|down\s+on)\s+(?:that|this|it)\b", re.I)


def _bracketed_before(text: str, before: list[Row], rate: Row) -> list[Row]:
    """The amounts of a bracket that closes just before the rate, where an amount stands before the bracket."""
    close = text.rfind(")", 0, rate.start)
    if close < 0 or not _TO_THE_RATE.fullmatch(text, close + 1, rate.start):
        return []
    opening = text.rfind("(", 0, close)
    inside = [q for q in before if opening < q.start < close]
    return inside if inside and any(q.start < opening for q in before) else []


_TO_THE_RATE = regex(r"\s*,?\s*(?:(?:up|down|or|and)\s+)?(?:by\s+)?")
_OVERALL = regex(r"\W*(?:Overall|Total)\s+(?:(?:vehicle|car|new-car|new-vehicle)\s+)?(?:sales|registrations|deliveries|output|production|exports)\s+"
                 r"(?:were|was|rose|fell|grew|climbed|jumped|dropped|slipped|increased|decreased)\b[^,;]*$", re.I)
_ANAPHOR_OPENING = regex(r"\W*(?:(?:The|That|This)\s+(?:value|total|figure|amount|sum|number)|That|This|It)\s+(?:was|is|had|has|rose|fell|grew|"
                         r"increased|decreased|jumped|dropped|climbed|declined)\b[^,;]*$", re.I)


def _last_levels(ordered: list[Row], sentence: int, unit: object) -> list[Row]:
    """The levels of one unit in the nearest sentence before that states any figure, past at most three
    without one ("Mongolians brought in 12,547 vehicles …", "Oyunchimeg reports.", "The figures … show the
    boom is not slowing.", "That total was up 14.8 per cent from 10,929")."""
    earlier = [q for q in ordered if sentence - 4 <= q.sentence < sentence]
    if not earlier:
        return []
    last = max(q.sentence for q in earlier)
    return [q for q in earlier if q.sentence == last and q.kind in QUANTITY and q.role == "level" and _unit(q) == unit]


_FROM_MONTH = regex(rf"\s*(?:from|over|on|against|than|compared\s+with)\s+{MONTH_RE}(?![\w.])(?!\s+\d)")


def _compared_period(rate: Row) -> str | None:
    """The period a rate's words compare with: the one they name, else the one a stated basis gives."""
    if isinstance(rate.versus, str):
        return rate.versus
    return previous_code(str(rate.period), rate.basis) if rate.basis != "unspecified" else None


def _compared_in_place(records: Records, texts: dict[str, str] | None = None) -> dict[tuple[str, str], str]:
    """Rates followed in their sentence by an earlier value ("down 27.3 percent from 633.2 billion
    won in the first quarter"): the text compares them with that value, not with another period.
    By (file, rate id), the earlier value's id. With the texts, never a value that opens a comparison of its own
    ("that is growth of 7.6 per cent, and against September's 3,94,710 it is 23.2 per cent")."""
    out = {}
    following: dict[tuple, tuple] = {}  # by (file, sentence), the figure after this one in it
    for r in (r for ordered in records.in_text_order.values() for r in reversed(ordered)):
        nxt = following.get((r.file, r.sentence))
        # "up 10.2% from July's 1.945 million": the month's own level, of the period the rate compares with
        if r.role == "rate" and nxt is not None and (nxt[0] == "earlier" or nxt[0] == "level" and isinstance(r.versus, str)
                                                     and nxt[2] == r.versus != r.period and nxt[3] in QUANTITY) \
                and not (texts and r.file in texts and ANOTHER_COMPARISON.match(texts[r.file], r.start + len(r.text), nxt[4])):
            out[(r.file, r.id)] = nxt[1]
        following[(r.file, r.sentence)] = (r.role, r.id, r.period, r.kind, r.start)
    return out


def _agree(a: object, b: object) -> bool:
    """An entity the table leaves empty (None or NaN) agrees with any."""
    return not isinstance(a, str) or not isinstance(b, str) or a == b


def _unit(row: Row) -> tuple:
    return ("money", row.unit) if row.kind == "money" else ("count", None)


def _placed_alike(rate: Row, level: Row) -> bool:
    """"North America took 126,540" paragraphs before "In North America, by contrast, deliveries rose 7.3% from 117,930": a
    rate and a level of one place, however far apart (the join then prefers that place's level over a plain one)."""
    lex = lexicon()
    places = {x for x in rate.segment if lex.family(x) == "region"}
    return bool(places) and places == {x for x in level.segment if lex.family(x) == "region"}


def _same_segment(a: frozenset, b: frozenset) -> bool:
    """Equal segments, where a region named on one side only is the article's scope ("China's
    vehicle sales"), not a segment."""
    if a == b:
        return True
    lex = lexicon()
    ra = {x for x in a if lex.family(x) == "region"}
    rb = {x for x in b if lex.family(x) == "region"}
    return (not ra or not rb) and a - ra == b - rb
