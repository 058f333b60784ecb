"""Part and whole: sums of segments against their total, and shares of a total."""

from __future__ import annotations

import re
from collections.abc import Callable

from evcheck.cache import regex
from evcheck.extract.lexicon import PHYSICAL_UNITS
from evcheck.extract.model import Figure
from evcheck.prefilter import guarded
from evcheck.relate import context as cx
from evcheck.relate.change import GAP_AFTER
from evcheck.relate.context import Context, Place
from evcheck.relate.model import ADDED_SUM, Claim
from evcheck.relate.vocabulary import lexicon

_PARTS_AFTER_TOTAL = guarded(regex(r"\b(?:including|of\s+which|comprising|consisting\s+of|made\s+up\s+of|split\s+between|split\s+into|(?<!compared\s)(?<!compares\s)(?<!comparing\s)with)\b", re.I))
_TOTAL_AFTER_PARTS = guarded(regex(r"(?:\b(?:totall?ing|totall?ed|for\s+a\s+(?:combined\s+)?total\s+of|bringing\s+the\s+total\s+to|a\s+total\s+of|"
                                r"combined|in\s+total|altogether|together)\b)\s*(?:(?:of|to|about|around|some)\s+)*$", re.I))
_TARGET_BEFORE = regex(r"\b(?:target|goal|aim|ambition|objective|requirement|mandate|quota|threshold|cap|minimum|maximum)s?\b"
                       r"(?:\s+\w+){0,3}\s*(?:of\s+)?(?:an?\s+|the\s+)?(?:about\s+|around\s+)?$", re.I)
_RIGHT_WITH = regex(r"\s*(?:[\w-]+\s+)?,?\s*with\b", re.I)  # "2.59 million vehicles, with 2.02 million at home"
_WINDOW = 2
# "comprising", "consisting of", "made up of" name every part; "including" and "of which … and …" some
_WHOLE_BREAKDOWN = regex(r"\b(?:comprising|consist(?:ing|ed|s)\s+of|made\s+up\s+of|split\s+between|split\s+into|broken\s+down\s+into)\b", re.I)
# "carried out 1,998,620 tests: 1,486,240 initial tests and 512,380 retests": a colon after the total opens its parts
_COLON_BREAKDOWN = regex(r"\s*(?:[\w-]+\s+){0,4}?[\w-]*\s*:\s*", re.I)
_RATE_THEN_COLON = regex(r"[^.;:\d]{0,40}:\s*")
_TOGETHER = regex(r"\btogether\b", re.I)
_NEV_TOTAL = regex(r"\b(?:NEVs?|new[- ]energy|plug-ins?|plug-in\s+(?:cars|vehicles)|electrified|electric\s+vehicles|EVs?)\b", re.I)


def _window(ctx: Context, s_index: int) -> list[Place]:
    paragraph = ctx.sentences[s_index].paragraph
    out: list[Place] = []
    for k in range(s_index - _WINDOW, s_index + _WINDOW + 1):
        if 0 <= k < len(ctx.sentences) and ctx.sentences[k].paragraph == paragraph:
            out += ctx.by_sentence.get(k, [])
    return out


def find_sums(ctx: Context, secondary: set[str], old_ids: set[str]) -> list[Claim]:
    claims: list[Claim] = []
    seen: set[frozenset[str]] = set()
    for s_index, places in sorted(ctx.by_sentence.items()):
        for p in places:
            f = p.figure
            if not cx.is_quantity(f) or f.id in secondary or f.id in old_ids:
                continue
            claims += _explicit_parts(ctx, places, p, secondary, seen)
        claims += _segment_parts(ctx, s_index, secondary, old_ids, seen)
        claims += _breakdown_of_previous(ctx, s_index, places, secondary, seen)
        claims += _list_to_the_remainder(ctx, s_index, places, secondary, old_ids, seen)
        claims += _added_to(ctx, s_index, places, secondary, seen)
        claims += _add_these(ctx, s_index, places, secondary, seen)
        claims += _of_the_total_and(ctx, s_index, places, secondary, seen)
    parts_of = [(c.roles["total"], frozenset(c.roles["parts"])) for c in claims]
    # "The total was made up of 41,230 passenger cars, 75,640 pickup trucks and 1,590 other commercial vehicles": the
    # whole list, never the commercial vehicles alone as the same total's parts
    return [c for c in claims if not any(total == c.roles["total"] and frozenset(c.roles["parts"]) < parts
                                         for total, parts in parts_of)]


_ADDING = regex(r"\bAdding\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_ADDED_TO = regex(r"\s*(?:[\w'’-]+\s+){0,3}?to\s+(?:[\w'’-]+\s+){0,4}?", re.I)
_GIVES = regex(r"\s*(?:[\w'’-]+\s+){0,3}?(?:gives|gave|makes|made|yields|comes\s+to|(?:brings|takes)\s+(?:[\w'’-]+\s+){0,3}?to)\s+"
               r"(?:(?:a\s+)?(?:total|sum)\s+of\s+)?", re.I)


def _added_to(ctx: Context, s_index: int, places: list[Place], secondary: set[str], seen: set) -> list[Claim]:
    """"Adding January's 30,717 BEVs to February's 24,663 gives 55,380": a sum the words say, of the sentence's three
    amounts of one kind in that order."""
    amounts = [q for q in places if cx.is_quantity(q.figure) and q.figure.id not in secondary]
    if len(amounts) != 3 or not all(cx.compatible(q.figure, amounts[0].figure) for q in amounts):
        return []
    a, b, total = amounts
    start = ctx.sentences[s_index].start
    if not (_ADDING.search(ctx.text, start, a.figure.start) and _ADDED_TO.fullmatch(ctx.text, a.figure.end, b.figure.start)
            and _GIVES.fullmatch(ctx.text, b.figure.end, total.figure.start)):
        return []
    return _list_sum(total, [a, b], seen, ADDED_SUM)


_AND_MORE = regex(r"\s*(?:[\w'’-]+\s+){0,5}?(?:and|plus|,)\s+(?:(?:[\w'’-]+['’]s|the)\s+)?$", re.I)
_AND_COMES_TO = regex(r"\s*(?:[\w'’-]+\s+){0,5}?,?\s*and\s+(?:[\w'’-]+\s+){1,6}?(?:comes?|came)\s+to\s+(?:(?:a\s+)?total\s+of\s+)?$"
                      r"|\s*(?:[\w'’-]+\s+){0,5}?,?\s*and\s+(?:[\w'’-]+\s+){1,6}?(?:reaches|reached|totals|totalled|totaled)\s+$", re.I)


def _add_these(ctx: Context, s_index: int, places: list[Place], secondary: set[str], seen: set) -> list[Claim]:
    """"In numbers, 78,490 BEVs found buyers …. Add 24,805 plug-in hybrids and 142,310 conventional hybrids and the electrified
    total comes to 245,605": the one level the sentence before states and the two amounts the reader is told to add."""
    amounts = [q for q in places if cx.is_quantity(q.figure) and q.figure.id not in secondary]
    if s_index == 0 or len(amounts) < 3 or amounts[0].index != 0 or not all(cx.compatible(q.figure, amounts[0].figure) for q in amounts[:3]):
        return []
    a, b, total = amounts[:3]  # what follows the total is its own comparison ("…, up 57.7% on the 58,740 of …")
    start = ctx.sentences[s_index].start
    if not (cx.ADD_OPENING.fullmatch(ctx.text, start, a.figure.start) and _AND_MORE.fullmatch(ctx.text, a.figure.end, b.figure.start)
            and _AND_COMES_TO.fullmatch(ctx.text, b.figure.end, total.figure.start)):
        return []
    if ctx.sentences[s_index - 1].paragraph != ctx.sentences[s_index].paragraph:
        return []
    levels = [q for q in ctx.by_sentence.get(s_index - 1, []) if cx.is_quantity(q.figure) and not cx.is_change_rate(q)
              and not cx.is_old_lead(q.before) and cx.compatible(q.figure, a.figure) and not _COMPARED_WHEN.search(q.before)]
    if not levels or levels[0].figure.value >= total.figure.value:
        return []
    return _list_sum(total, [levels[0], a, b], seen, ADDED_SUM)


_OF_THE_TOTAL_AFTER = regex(r"\s*(?:[a-z]+\s+)?of\s+(?:the|that|this)\s+total\s+and\s+(?:[^\W\d][^\d.;:,()]{2,60}?\s)$", re.I)


def _of_the_total_and(ctx: Context, s_index: int, places: list[Place], secondary: set[str], seen: set) -> list[Claim]:
    """"Packs removed from scrapped cars made up 11,920 tonnes of the total and production scrap from cell factories
    6,720 tonnes": two parts of "the total", the one amount of their unit the sentence before states (in its paragraph or
    ending the one before). Nothing says the two are all of it, so they may fall short of it, never exceed it."""
    amounts = [q for q in places if cx.is_quantity(q.figure) and q.figure.id not in secondary]
    if s_index == 0 or len(amounts) != 2 or cx.is_change_rate(amounts[0]) or cx.is_change_rate(amounts[1]):
        return []
    a, b = amounts
    if not (cx.compatible(a.figure, b.figure) and _OF_THE_TOTAL_AFTER.fullmatch(ctx.text, a.figure.end, b.figure.start)):
        return []
    sentence, before = ctx.sentences[s_index], ctx.sentences[s_index - 1]
    if before.paragraph not in (sentence.paragraph, sentence.paragraph - 1):
        return []
    levels = [q for q in ctx.by_sentence.get(s_index - 1, []) if cx.is_quantity(q.figure) and not cx.is_change_rate(q)
              and q.figure.id not in secondary and not cx.is_old_lead(q.before) and cx.compatible(q.figure, a.figure)
              and not _COMPARED_WHEN.search(q.before)]  # "… 8.7% more than in May, when they sold 29,310": May's, no total
    if len(levels) != 1 or a.figure.value > levels[0].figure.high or b.figure.value > levels[0].figure.high:
        return []
    return _list_sum(levels[0], [a, b], seen, OF_THE_TOTAL, mode="at-most")


OF_THE_TOTAL = "two parts of the total the sentence before states"


# "The automotive division contributed RM4.12bil of the quarter's revenue, heavy equipment RM520mil and property
# and other businesses the remaining RM230mil": a list that ends with "the remaining" is the whole of something
_THE_REMAINING = regex(r"\bthe\s+(?:remaining|rest|balance)\s*(?:of\s+)?$", re.I)


_COMPARED_WHEN = regex(r"\b(?:than|from|with|against|on)\s+(?:in\s+)?[^,;.\d]{1,40},\s*when\b[^,;.\d]{0,40}$", re.I)  # the comparison's own time
_NAMED_WHOLE_AFTER = regex(r"\s*(?:units\s+|vehicles\s+|cars\s+)?of\s+(?:the|them|those|these|its|their)\b(?P<noun>[^,;.\d]{0,50})", re.I)
_PART_OF_AFTER = regex(r"\s*(?:units\s+|vehicles\s+|cars\s+)?of\s+(?:the|all|its|their|total|(?-i:[A-Z][a-z]+['’]s))(?![\w'’])", re.I)
# "Crossovers dominate: 63,950 of August's electric sales": a part of the month's whole


def _list_to_the_remainder(ctx: Context, s_index: int, places: list[Place], secondary: set[str], old_ids: set[str],
                           seen: set) -> list[Claim]:
    """The list's whole: the one amount of its unit stated in the sentence or the two before it in its
    paragraph or the one before, that no segment, comparison or change qualifies; none where two could fit."""
    amounts = [q for q in places if cx.is_quantity(q.figure) and q.figure.id not in secondary and not cx.is_change_rate(q)]
    if len(amounts) < 2 or not _THE_REMAINING.search(amounts[-1].before):
        return []
    run = amounts[-1:]
    for q in reversed(amounts[:-1]):
        if q.figure.unit and PHYSICAL_UNITS.fullmatch(q.figure.unit) and not cx.compatible(q.figure, run[0].figure):
            continue  # "2,310 are ultra-rapid units of 150kW and above, 4,085 …": a rating that describes a part
        if not cx.compatible(q.figure, run[0].figure) or not re.search(r"(?:,|;|\band\b)", run[-1].before):
            break
        run.append(q)
    run.reverse()
    amounts = [q for q in amounts if not (q.figure.unit and PHYSICAL_UNITS.fullmatch(q.figure.unit) and q not in run)]
    if len(run) == len(amounts) >= 3 and _OF_THE_N.match(run[0].before) and run[0].index == 0:
        # "Of the 6,418 new electric cars, 5,110 were fully electric and the remaining 1,308 plug-in hybrids": the whole first
        if any(q.figure.value >= run[0].figure.value for q in run[1:]):
            return []
        return _list_sum(run[0], run[1:], seen, "a list to its remainder, of the whole that opens its sentence")
    sentence = ctx.sentences[s_index]
    of_them = len(run) == len(amounts) and run[0].index == min(q.index for q in places if cx.is_quantity(q.figure)) \
        and cx.OF_THEM_OPENING.match(ctx.text, sentence.start) is not None and s_index > 0 \
        and ctx.sentences[s_index - 1].paragraph == sentence.paragraph
    named_of = _NAMED_WHOLE_AFTER.match(run[0].after) if len(run) == len(amounts) == 2 else None
    # "Small and medium e-vans made up 9,406 of the electric total; the remaining 3,408 were large vans": two parts whose
    # first names the whole they split, stated before them
    if (len(run) < 3 and not (of_them and len(run) == 2) and named_of is None) or cx.is_old_lead(run[0].before):
        return []
    of_segment = lexicon().segments_in(named_of.group("noun")) if named_of is not None else frozenset()
    paragraph = sentence.paragraph
    window = [q for k in range(max(0, s_index - 3), s_index) if ctx.sentences[k].paragraph >= paragraph - 1
              for q in ctx.by_sentence.get(k, [])]
    if of_them:  # "BYD sold 9,870 electrified vehicles. Of those, 4,110 came … and the remaining 5,760": of the sentence before
        window = [q for q in window if q.figure.sentence == s_index - 1]
    parts_sum = sum(q.figure.value for q in run)
    totals = [q for q in window if cx.is_quantity(q.figure) and cx.compatible(q.figure, run[0].figure)
              and q.figure.id not in secondary and q.figure.id not in old_ids and not cx.is_old_lead(q.before)
              and not cx.is_change_rate(q) and (of_them or cx.segment_of(ctx, q.figure) is None
                                                 or bool(of_segment) and of_segment <= _segments_said(ctx, q))
              and not _PART_OF_AFTER.match(q.after) and not cx.SAME_PERIOD_BEFORE.match(ctx.text, ctx.sentences[q.figure.sentence].start)
              and not _COMPARED_WHEN.search(q.before)  # "6.2% higher than in the second quarter, when it reached ₩5.50 trillion
              and max(p.figure.value for p in run) < q.figure.value <= 3 * parts_sum]  # "22,400 of the orders" is a part
    if of_segment and (named := [q for q in totals if of_segment <= _segments_said(ctx, q)]):
        totals = named  # "9,406 of the electric total": the electric vans' 12,814, not all 38,260 vans
    if len({q.figure.value for q in totals}) != 1:
        return []
    total = totals[-1]
    if any(q.figure.start > total.figure.start and cx.is_quantity(q.figure) and cx.compatible(q.figure, run[0].figure)
           and q.figure.id not in secondary and not cx.is_change_rate(q) and cx.segment_of(ctx, q.figure) is not None
           and q.figure.value < total.figure.value for q in window):
        return []  # "Of these, 1,752 were fully electric. Hybrids accounted for 1,202 …, the remaining 32": a part before the list
    return _list_sum(total, run, seen, "a list to its remainder, against the amount stated before it")


def _segments_said(ctx: Context, q: Place) -> frozenset[str]:
    """The segments the lexicon reads in an amount's clause, its own words and the few after it ("12,814 electric vans")."""
    return lexicon().segments_in(_clause_before(ctx, q) + q.figure.text + " " + " ".join(q.after.split()[:4]))


def _list_sum(total: Place, parts: list[Place], seen: set, note: str, mode: str = "exact") -> list[Claim]:
    """The sum of the parts to their total, once for its figures (a list to its remainder is exact)."""
    key = frozenset([total.figure.id] + [q.figure.id for q in parts])
    if key in seen:
        return []
    seen.add(key)
    return [Claim("sum", total.figure.id, {"parts": tuple(q.figure.id for q in parts), "total": total.figure.id},
                  mode=mode, note=note)]


# "Eco-friendly models accounted for 241,600 units, or 23.0 percent of the total. They were made up of 158,900
# hybrids, 64,300 EVs and 18,400 plug-in hybrids": the sentence breaks down the amount the one before stated
_THEY_CONSIST = regex(r"\W*(?:They|These|Those|It|This|The\s+total|That\s+total)\s+(?:were\s+|was\s+|is\s+|are\s+)?"
                      r"(?:made\s+up\s+of|consisted\s+of|consists?\s+of|comprised|comprises?|split\s+into|splits?\s+into|"
                      r"broken\s+down\s+into|breaks?\s+down\s+into|divided\s+into)\s")  # "The total comprises 2,941,500 …"


def _breakdown_of_previous(ctx: Context, s_index: int, places: list[Place], secondary: set[str], seen: set) -> list[Claim]:
    sentence = ctx.sentences[s_index]
    if not places or s_index == 0 or not (opening := _THEY_CONSIST.match(ctx.text, sentence.start, places[0].figure.start)):
        return []
    before = ctx.sentences[s_index - 1]
    across = before.paragraph == sentence.paragraph - 1 and re.match(r"\W*(?:The|That)\s+total", opening.group(0)) is not None
    levels = [q for q in ctx.by_sentence.get(s_index - 1, []) if cx.is_quantity(q.figure) and not cx.is_change_rate(q)
              and q.figure.id not in secondary and not cx.is_old_lead(q.before)]
    if before.paragraph != sentence.paragraph and not across or len(levels) != 1:
        return []  # the one amount the sentence before stated, or none ("The total comprises" opens the paragraph after it too)
    total = levels[0]
    run: list[Place] = []
    for q in places:
        if q.figure.id in secondary or not cx.compatible(q.figure, total.figure) or cx.is_change_rate(q):
            break
        if run and not (re.fullmatch(r"[^\d.;]{0,30}?(?:,|\band)\s*(?:[^\d.;]{0,20})", q.before)
                        or re.fullmatch(r"[^.;]{0,60}?,\s*and\s+[^\d.;]{0,20}", q.before)):
            break  # "2,941,500 registered vehicles, those with engines above 660cc, and 1,656,800 kei vehicles": an aside between
        run.append(q)
    key = frozenset([total.figure.id] + [q.figure.id for q in run])
    if len(run) < 2 or key in seen or any(q.figure.value > total.figure.high for q in run):
        return []
    seen.add(key)
    whole = bool(re.search(r"\band\b", run[-1].before)) and not _MEMBER_WITHOUT_FIGURE.match(run[-1].after)
    return [Claim("sum", total.figure.id, {"parts": tuple(q.figure.id for q in run), "total": total.figure.id},
                  mode="exact" if whole else "at-most")]


_OF_TOTAL_OPENING = regex(r"(?:\W*|.*?\s(?:--|—|–)\s*)Of\s+(?:the\s+|its\s+|their\s+|our\s+|(?:last|this)\s+year['’]s\s+|"
                          r"[A-Z][\w'’-]*['’]s\s+)?")  # after a dateline's dash too
_OF_TOTAL_THEN = regex(r"[^.;:\d]{0,40},\s*[^\W\d][^.;:\d]{0,60}")  # each part named before its figure (never "Of the 48.2 GWh,
# 35.1 GWh went to car packs and …": parts named after their figures stay unchecked)
_THE_REST_LAST = regex(r"\band\b[^.;\d]{0,40}\b(?:the\s+)?(?:remaining|rest|balance|other)\b[^.;\d]{0,10}$", re.I)


def _explicit_parts(ctx: Context, places: list[Place], total: Place, secondary: set[str], seen: set) -> list[Claim]:
    """"2.59 million, including 2.02 million at home and 575,000 abroad" and "A and B, totalling T"."""
    claims: list[Claim] = []
    i = total.index
    after = [q for q in places[i + 1:] if q.figure.id not in secondary]
    if len(after) > 1 and cx.is_change_rate(after[0]) and _RATE_THEN_COLON.fullmatch(after[1].before):
        after = after[1:]  # "totaled 912,600 units, down 19.4% from a year earlier: 290,400 in the first quarter, …"
    cue = _PARTS_AFTER_TOTAL.search(after[0].before) if after else None
    colon = _COLON_BREAKDOWN.fullmatch(after[0].before) if after and not cue else None
    cue = cue or colon
    if not cue and after and _OF_TOTAL_THEN.fullmatch(after[0].before):
        cue = _OF_TOTAL_OPENING.fullmatch(ctx.text, ctx.sentences[total.figure.sentence].start, total.figure.start)
        # "Of last year's €6.84 billion of revenue, e-axles brought €3.12 billion, inverters €2.05 billion and …"
    if cue and cue.group(0).lower() == "with" and not _RIGHT_WITH.match(after[0].before):
        cue = None  # "… $11 billion, and we ended the quarter with $21.4 billion of cash": another clause's amount
    if cx.is_old_lead(total.before):
        cue = None  # "fell by $29.3 million, from $841.9 million, made up of $26.1 million … and $3.2 million": the earlier value
    if after and cue and (len(after[0].before) < 40 or cue.start() < 40 and len(after[0].before) - cue.end() < 40
                          and _SUBJECT_VERB.fullmatch(after[0].before, cue.end())):
        # "18,640 cars in the second quarter, of which its dealers sold 11,920 and its website 6,720": the cue near the total,
        # the first part near the cue
        parts = [q for q in after if cx.compatible(q.figure, total.figure)]
        run: list[Place] = []
        for q in parts:
            if run and not re.search(r"(?:,|\band\b|;)", q.before):
                break
            if cx.is_change_rate(q) or cx.is_old_lead(q.before) and not (colon and q is after[0]) or _A_GAP_BEFORE.search(q.before):
                break  # "…; replacement outsold OE by 15.2m units": the gap between two parts, no part
            run.append(q)
        if len(run) >= 2 or (len(run) == 1 and run[0].figure.value > total.figure.value and not colon and cue.group(0).lower() != "with"):
            key = frozenset([total.figure.id] + [q.figure.id for q in run])
            if key not in seen:
                seen.add(key)
                segs = {cx.segment_of(ctx, q.figure) for q in run}
                named = _WHOLE_BREAKDOWN.search(after[0].before) or colon and re.search(r"\band\b", run[-1].before) \
                    or _THE_REST_LAST.search(run[-1].before)  # "… and legacy transmissions the remaining €1.67 billion"
                whole = named and len(run) >= 2 and run[-1] is parts[-1] and not _MEMBER_WITHOUT_FIGURE.match(run[-1].after)
                complementary = _complementary(segs, len(run)) and not (
                    cx.segment_of(ctx, total.figure) is None and {s[0] for s in segs if s} == {"powertrain"})
                # BEVs and plug-in hybrids make up the NEVs, never the whole market ("25,310 registrations, of which …")
                mode = "exact" if complementary or whole else "at-most"
                claims.append(Claim("sum", total.figure.id, {"parts": tuple(q.figure.id for q in run), "total": total.figure.id}, mode=mode))
    if (_TOTAL_AFTER_PARTS.search(total.before) or _IN_ALL_AFTER.match(total.after) and _LIST_BEFORE_TOTAL.fullmatch(total.before)) \
            and not _REST_COMBINED.search(total.before) and not _WHEN_TOTALLED.search(total.before):  # but "and the other
        # provinces combined 11,845": the rest, taken together, never the whole; "…, 5.3% more than the 1,126,950 of
        # January-September 2025, when the market totalled 2,382,600": the whole of that time, of which the words add nothing
        parts = [q for q in places[:i] if q.figure.id not in secondary and q.figure.kind == total.figure.kind
                 and q.figure.unit == total.figure.unit and not cx.is_change_rate(q)]
        mixed = [q for q in places[:i] if q.figure.id not in secondary and not cx.is_change_rate(q)
                 and (q.figure.kind == total.figure.kind and q.figure.unit == total.figure.unit
                      or {q.figure.kind, total.figure.kind} == {"count", "number"})]
        if len(mixed) > len(parts) and all(_RUN_JOIN.fullmatch(ctx.text, a.figure.end, b.figure.start) for a, b in zip(mixed, mixed[1:])):
            parts = mixed  # "18,420 full and mild hybrids, 9,760 plug-ins and 7,150 fully electric cars, for a combined 35,330":
            # a count its noun names in a list of bare numbers
        if len(parts) < 2:
            parts = _run_before(places[:i], total, secondary)  # "Domestic sales of 46,215 and exports of 71,390 made a combined
            # 117,605 vehicles": bare numbers named by their nouns, joined by "and" right before the total
        if len(parts) >= 2:
            key = frozenset([total.figure.id] + [q.figure.id for q in parts])
            if key not in seen:
                seen.add(key)
                claims.append(Claim("sum", total.figure.id, {"parts": tuple(q.figure.id for q in parts), "total": total.figure.id}, mode="exact"))
    return claims


_SUBJECT_VERB = regex(r"\s*(?:its|their|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:sold|delivered|shipped|registered|made\s+up|accounted\s+for|"
                      r"took|contributed|brought\s+in|produced|built)\s+(?:about\s+|some\s+)?", re.I)
_BUILT = regex(r"\b(?:output|production|produced|built|manufactured)\b", re.I)
_WHEN_TOTALLED = regex(r"\bwhen\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:totall?ed|totaled)\s+(?:(?:about|around|some)\s+)?$", re.I)
_REST_COMBINED = regex(r"\b(?:the\s+)?(?:other|remaining|rest)\b[^.;\d]{0,40}\b(?:combined|together|altogether|in\s+total)\s*$", re.I)
# "has ordered 1,850 electric vans and 240 electric 19-tonne rigid trucks, 2,090 vehicles in all": the total after its parts,
# set off by a comma right after the last of them ("Lindholm, 412 MWh, and Brattås, 608 MWh, or 1,020 MWh in total")
_IN_ALL_AFTER = regex(r"\s*(?:[a-z-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.I)
_LIST_BEFORE_TOTAL = regex(r"\s*(?:(?:[\w-]+\s+){0,4}?[\w-]+\s*)?,\s*(?:or\s+)?")
_RUN_JOIN = regex(r"[^\d.;:]{0,30}?(?:,|\band\b)[^\d.;:]{0,30}")
_RUN_BREAK = regex(r"\b(?:while|whereas|but|so|from|against|versus|than|including|includ\w+|of\s+which)\b", re.I)


def _run_before(places: list[Place], total: Place, secondary: set[str]) -> list[Place]:
    """The amounts right before a total, each joined to the next by "and" or a comma, none an earlier value, a rate
    or in another clause ("while production totaled"): the parts the total's words add up."""
    run: list[Place] = []
    between = total.before
    for q in reversed(places):
        if q.figure.id in secondary or not cx.compatible(q.figure, total.figure) or cx.is_change_rate(q) \
                or cx.is_old_lead(q.before) or _RUN_BREAK.search(between):
            break
        if run and not _RUN_JOIN.fullmatch(between):
            break
        run.append(q)
        between = q.before
    if run and _RUN_BREAK.search(run[-1].before):
        return []  # "Including 2,318 industrial vehicles and 390 buses, the whole market totalled": some parts only
    return run[::-1] if len(run) >= 2 else []


def _complementary(segments: set, count: int) -> bool:
    if None in segments or len(segments) != count:
        return False
    families = {s[0] for s in segments}
    if len(families) != 1:
        return False
    family = next(iter(families))
    labels = {s[1] for s in segments}
    needed = {label for label, _ in cx.SEGMENTS[family]} - ({"erev"} if family == "powertrain" else set())
    return needed <= labels


def _segment_parts(ctx: Context, s_index: int, secondary: set[str], old_ids: set[str], seen: set) -> list[Claim]:
    """Domestic and export (or passenger and commercial …) figures near a larger total of their kind."""
    claims: list[Claim] = []
    here = [p for p in ctx.by_sentence.get(s_index, []) if cx.is_quantity(p.figure) and p.figure.id not in secondary
            and p.figure.id not in old_ids and not cx.inside_including(p.before)]
    labelled = [(p, s) for p in here if (s := cx.segment_of(ctx, p.figure)) is not None
                and not _REST_OF.search(ctx.clause_text_before(p.figure))]  # "the rest of the overseas output": a part of a part
    for family, members in cx.SEGMENTS.items():
        chosen: dict[str, Place] = {}
        for p, seg in labelled:
            if seg[0] == family and seg[1] not in chosen:
                chosen[seg[1]] = p
        needed = {label for label, _ in members} - ({"erev"} if family == "powertrain" and "erev" not in chosen else set())
        if not needed <= set(chosen):
            continue
        parts = [chosen[label] for label, _ in members if label in chosen]
        if family == "market" and _BUILT.search(ctx.sentence_text(s_index)):
            continue  # "Kirishima raised its domestic output 6.1% to 118,640 …, and its exports of 61,450 were 51.8% of what it
            # built at home": exports are shipped out of what was built, never a part beside it
        first = parts[0].figure
        if not all(cx.compatible(q.figure, first) for q in parts):
            continue
        total = _find_total(ctx, s_index, parts, secondary, old_ids, family)
        if total is None or _more_follow(ctx, s_index, parts) or _listed_beside(ctx, s_index, parts, total) \
                or cx.REST_UNCOUNTED.search(ctx.sentence_text(s_index)):
            continue
        key = frozenset([total.figure.id] + [q.figure.id for q in parts])
        if any(key <= k for k in seen):
            continue  # "153,899, of which 52,780 …, 24,915 … and 76,204 …": the words' whole breakdown, not two of its parts
        seen.add(key)
        far = ctx.sentences[total.figure.sentence].paragraph != ctx.sentences[s_index].paragraph
        claims.append(Claim("sum", total.figure.id, {"parts": tuple(q.figure.id for q in parts), "total": total.figure.id},
                            mode="exact", note="total from the paragraph before" if far else None))
    return claims


# "split between plug-in hybrids (164), ordinary hybrids (139), diesel cars (121) and petrol cars": one more member, unstated
_MEMBER_WITHOUT_FIGURE = regex(r"[^\d.;,]{0,25}?\s*\)?\s*(?:,\s*(?:and|or)?|\s+(?:and|or))\s+[^\d.;,]{2,40}(?:[.;]|$)", re.I)  # "…, 290,120 in May and June's total"
_LIST_GOES_ON = regex(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w-]+\s+){0,4}?(?:for\s+|with\s+)?$", re.I)


def _listed_beside(ctx: Context, s_index: int, parts: list[Place], total: Place) -> bool:
    """"Passenger cars added 10,214, pickups 5,168 and commercial vehicles 1,797", "612 of them, plug-in
    hybrids for 388 and hybrids for 863": the list names more members than the breakdown adds up."""
    ids = {q.figure.id for q in parts} | {total.figure.id}
    first = min(q.figure.start for q in parts)
    return any(q.figure.id not in ids and q.figure.start > first and cx.is_quantity(q.figure)
               and cx.compatible(q.figure, parts[0].figure) and _LIST_GOES_ON.match(q.before)
               for q in ctx.by_sentence.get(s_index, []))


_REST = regex(r"\b(?:remaining|rest|others?|balance)\b[^.;\d]{0,40}$", re.I)
_REST_OF = regex(r"\b(?:rest|remainder|balance)\s+of\s+(?!(?:the\s+)?(?:total|market|it|them)\b)", re.I)


def _more_follow(ctx: Context, s_index: int, parts: list[Place]) -> bool:
    """"Passenger cars accounted for 40,110 units … light commercial vehicles for 12,460. Medium and
    heavy trucks and buses made up the remaining 1,750 units": the breakdown goes on past its members."""
    last = max(q.figure.start for q in parts)
    paragraph = ctx.sentences[s_index].paragraph
    for k in (s_index, s_index + 1):
        if k >= len(ctx.sentences) or ctx.sentences[k].paragraph != paragraph:
            continue
        for q in ctx.by_sentence.get(k, []):
            if q.figure.start > last and cx.is_quantity(q.figure) and cx.compatible(q.figure, parts[0].figure) \
                    and _REST.search(ctx.clause_text_before(q.figure)):
                return True
    return False


def _find_total(ctx: Context, s_index: int, parts: list[Place], secondary: set[str], old_ids: set[str], family: str) -> Place | None:
    part_ids = {q.figure.id for q in parts}
    biggest = max(q.figure.value for q in parts)
    qualifiers = set.union(*(_qualifiers(ctx, q.figure, family) for q in parts))
    candidates = []
    # a breakdown often opens the paragraph after its total ("Total sales were … \n\n Domestic sales …")
    before = [q for k in range(max(0, s_index - 2), s_index) for q in ctx.by_sentence.get(k, [])]
    for q in list(dict.fromkeys(_window(ctx, s_index) + before)):
        f = q.figure
        if f.id in part_ids or f.id in secondary or f.id in old_ids or not all(cx.compatible(f, q.figure) for q in parts):
            continue
        if _qualifiers(ctx, f, family) != qualifiers:  # NEV exports and NEV domestic sales add up to NEV sales only
            continue
        if family == "powertrain" and not _NEV_TOTAL.search(ctx.clause_text_before(f) + " " + f.text):
            continue  # BEV + PHEV add up to new-energy vehicles, never to hybrids or all cars
        if f.value <= biggest or cx.segment_of(ctx, f) is not None and not (cx.says_total(ctx.clause_text_before(f))
                                                                             or _TOGETHER.search(ctx.clause_text_before(f))):
            continue
        if f.sentence != s_index and cx.SAME_PERIOD_BEFORE.match(ctx.sentence_text(f.sentence)):
            continue  # "A year ago …, when 955 plug-in cars were sold": the earlier period's total
        if cx.is_old_lead(q.before):
            continue  # "sales were 3.9 per cent lower, against 68,932 units": the earlier value a change is measured from
        if f.sentence != s_index and _WHEN_LEVEL.search(ctx.text, max(ctx.sentences[f.sentence].start, f.start - 40), f.start):
            continue  # "Against March, when 98,240 vehicles were sold, …": another month's total
        if f.value > 3 * sum(p.figure.value for p in parts):
            continue
        if f.sentence != s_index and f.value < 0.9 * sum(p.figure.value for p in parts):
            continue  # "Then pickups with 6,890, … Passenger cars 6,215, and commercial vans 3,173": a sibling said before the
            # list, far short of it, never its total
        candidates.append((abs(f.sentence - s_index) + (0 if f.sentence <= s_index else 0.5), q))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


_AGAINST_WHEN = regex(r"\b(?:against|compared\s+with|versus|from)\s[^;]*?,\s*when\b", re.I)  # "31.6% of the total, against 27.9%
# in 2024, when 282,417 of 1,012,236 imported cars were electric": the earlier period's amounts
_AND_ONLY = regex(r"\s*(?:,\s*)?and\s+", re.I)
_WHEN_WORD = regex(r"\bwhen\b", re.I)
_WHEN_LEVEL = regex(r",\s*when\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_QUALIFIER = guarded(regex(r"\b(?:NEVs?|new[- ]energy|electric|EVs?|BEVs?|PHEVs?|hybrids?|passenger|commercial|trucks?|buses|luxury|imported)\b", re.I))


_FAMILY_WORDS = {
    "market": set(),
    "segment": {"passenger", "commercial", "truck", "buse"},
    "powertrain": {"bev", "phev", "hybrid", "electric", "ev", "nev", "new energy", "new-energy"},  # BEV + PHEV = NEV
}


_INCLUDED_WORDS = guarded(regex(r"\b(?:including|incl\.?|excluding|excl\.?)\s+\w+(?:\s+\w+)?|\b\w+\s+(?:included|excluded)\b", re.I))


def _qualifiers(ctx: Context, figure: Figure, family: str) -> set[str]:
    """What kind of vehicle a quantity counts, from its own clause ("NEV exports", "passenger cars"),
    leaving out the words that name the segments being added up."""
    head = ctx.clause_text_before(figure)
    head = _INCLUDED_WORDS.sub(" ", head)
    words = {m.group(0).lower().rstrip("s") for m in _QUALIFIER.finditer(head + " " + figure.text)}
    return words - _FAMILY_WORDS[family]


_APPOSED_SHARE = regex(r"\s+of\s+(?:them|those|these)\s*,\s*(?:or\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?")


def find_shares(ctx: Context, secondary: set[str], old_ids: set[str]) -> list[Claim]:
    """"NEVs accounted for 48.7% of the 2.593 million vehicles sold; 1.262 million were NEVs"."""
    claims: list[Claim] = []
    for s_index, places in sorted(ctx.by_sentence.items()):
        for p in places:
            f = p.figure
            if f.kind != "percent" or cx.is_change_rate(p) or f.id in secondary:
                continue
            local = " ".join(p.before.split()[-5:]) + " " + " ".join(p.after.split()[:4])
            of_the_n = p.index > 0 and places[0].index == 0 and _OF_THE_N.match(places[0].before) is not None \
                and p.index == 1 and _WERE_AFTER.match(p.after) is not None  # "Of the 15,230 cars …, 58.9% were fully electric"
            of_it = p.index > 0 and cx.is_quantity(places[p.index - 1].figure) \
                and _OF_IT_OR.fullmatch(ctx.text, places[p.index - 1].figure.end, f.start) is not None  # "86.2 GWh of it, or 65.6%"
            if (named := _n_of_m(ctx, places, p) or _share_then_n_of_m(ctx, places, p) or _or_share_of(ctx, places, p)
                    or _n_of_them(ctx, places, p)) is not None \
                    and not _TARGET_BEFORE.search(p.before[-40:]):
                # "Only 6,870 of the 42,000 vans … are electric, or 17%", "cut 1,240 jobs, or 8.6% of its 14,420 staff"
                claims.append(Claim("share", f.id, {"share": f.id, "part": named[0].figure.id, "total": named[1].figure.id}))
                continue
            if (priced := _of_the_price(ctx, places, p)) is not None:
                claims.append(Claim("share", f.id, {"share": f.id, "part": priced[0].id, "total": priced[1].id}))
                continue
            if not (cx.is_share_cue(local) or of_the_n or of_it) or _TARGET_BEFORE.search(p.before[-40:]):
                continue  # "the 2030 target of a 60% ZE share": a goal, not a share of the figures beside it
            quantities = [q for q in places if cx.is_quantity(q.figure) and q.figure.id not in secondary and q.figure.id not in old_ids
                          and not GAP_AFTER.match(q.after)  # "14,526 pcs ahead of second-placed Hyundai": a gap, no part
                          and not (q.index and _AND_ONLY.fullmatch(q.before) and cx.is_old_lead(places[q.index - 1].before))
                          and not (q.figure.start > f.end and _AGAINST_WHEN.search(ctx.text, f.end, q.figure.start))]
            # "took 39.2% of the market with 16,412 registrations, against 34.0% and 13,240 in March 2025": the earlier pair
            part, total = _part_and_total(ctx, p, quantities, s_index, secondary, old_ids)
            if part is None or total is None:
                continue
            if part.figure.start > f.start and p.index and (prev := places[p.index - 1]) in quantities and prev is not total \
                    and _APPOSED_SHARE.fullmatch(ctx.text, prev.figure.end, f.start):
                part = prev  # "It has approved 9,652 of them, 65.1% of the total, rejected 3,318 …": the share of the amount before it
            if any(q.figure.kind == "percent" and not cx.is_change_rate(q) and f.start < q.figure.start < min(part.figure.start, total.figure.start)
                   for q in places):
                continue  # "0.8% of sessions but 6.9% of energy: they drew 11.6 GWh of the 168.4 GWh": the nearer share's amounts
            both = _together_with(ctx, places, part, p, total)
            if both is not None:  # "262,900 were pickups and 862,500 were SUVs and crossovers; together they made up 81.3%"
                claims.append(Claim("share", f.id, {"share": f.id, "parts": (both.figure.id, part.figure.id), "total": total.figure.id}))
                continue
            claims.append(Claim("share", f.id, {"share": f.id, "part": part.figure.id, "total": total.figure.id}))
    return claims


_OF_THE_NOUN = regex(r"\s+of\s+(?:the|those|these)\s+(?P<noun>(?:[a-z-]+\s+)?[a-z-]+)\s*[,;]")  # "9,410 of the new vehicles,"
_TOGETHER_THEY = regex(r"^[^.\d]{0,40}?\btogether\b[^.\d]{0,30}$", re.I)
_AND_BETWEEN = regex(r"^[^.;\d]{0,40}?\band\b[^.;\d]{0,40}$", re.I)


_OF_THE_PRICE = regex(r"\s*of\s+the\s+(?:average\s+)?(?P<kind>[a-z-]+\s+)?price\b", re.I)
_EQUAL_TO_GAP = regex(r"\s*,\s*(?:equal\s+to|equivalent\s+to|or|some|about)\s+", re.I)
_PRICE_SAID = r"\b(?:average\s+)?{kind}price\s+(?:(?:at|of|was|is|came\s+to|reached|stood\s+at|rose\s+to|fell\s+to)\s+)?(?:about\s+)?$"


def _of_the_price(ctx: Context, places: list[Place], share: Place) -> tuple[Figure, Figure] | None:
    """"Incentive spending per vehicle is forecast to average $3,460, equal to 7.0% of the transaction price", with "the average
    transaction price at $49,215" said before: the amount just before the share, of the one price the words name by its kind
    earlier in the article (a price of another kind, or two values of it, leave it alone)."""
    said = _OF_THE_PRICE.match(share.after)
    if said is None or not share.index or said.group("kind") is None:
        return None
    part = places[share.index - 1].figure
    if part.kind != "money" or not _RESTATING_GAP.fullmatch(ctx.text, part.end, share.figure.start) \
            and not _EQUAL_TO_GAP.fullmatch(ctx.text, part.end, share.figure.start):
        return None
    named = re.compile(_PRICE_SAID.format(kind=re.escape(said.group("kind"))), re.I)  # a kind the article names: not kept in the cache
    prices = [g for g in ctx.figures if g.kind == "money" and g.unit == part.unit and g.end <= part.start and g.value > part.value
              and named.search(ctx.text, max(ctx.sentences[g.sentence].start, g.start - 60), g.start)]
    return (part, prices[-1]) if len({g.value for g in prices}) == 1 else None


def _together_with(ctx: Context, places: list[Place], part: Place, share: Place, total: Place) -> Place | None:
    """The part's partner where the share says the two together: "…, 262,900 were pickups and 862,500 were SUVs;
    together they made up 81.3% of sales"."""
    if part.index == 0 or part.index > share.index or not _TOGETHER_THEY.match(ctx.text[part.figure.end:share.figure.start]):
        return None
    other = places[part.index - 1]
    if other is total or not cx.is_quantity(other.figure) or not cx.compatible(other.figure, part.figure) \
            or not _AND_BETWEEN.match(ctx.text[other.figure.end:part.figure.start]):
        return None
    return other


# "Of the 2.593 million vehicles sold", "Of the group's 27,260 employees", "1.262 million of the 2.593 million": an
# "of" that opens its clause or follows the part, never "a quarterly record of $712 million"
_OF_THE_TOTAL_BEFORE = regex(r"(?:^|[,;:(]|^\s*(?:[\w-]+\s+){0,2}?)\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:total\s+)?$", re.I)
# "21,540 units and imported completely built-up vehicles for 16,920": two parts joined by "and", never "1.671 million units, so
# first-quarter retail reached 5.019 million"
_NO_TOTAL_WORD = r"(?:(?!\b(?:so|bringing|taking|total\w*|reach\w*|together|in\s+all|overall|combined|sum)\b)[^.;])*"
_SIDE_BY_SIDE = regex(_NO_TOTAL_WORD + r"\band\b" + _NO_TOTAL_WORD, re.I)
_N_OF_M = regex(r"\s+(?:(?:out\s+)?of|among)\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+)?")  # "19,210 battery-electric vehicles among 94,050"
# "6,410 BEVs were registered out of 52,980 new cars", "1.186 million NEVs were insured for the first time in August, out of
# 2.145 million": the part's own words, then "out of" or "among" its whole
_N_SAID_OUT_OF_M = regex(r"(?:\s+[^\W\d][\w'’-]*){1,10}?,?\s+(?:out\s+of|among)\s+(?:the\s+|all\s+)?", re.I)
_OR_AFTER_CLAUSE = regex(r"[^.;:\d()]{0,80},\s*(?:or|i\.e\.|which\s+(?:is|was)|representing|equal\s+to"
                         r"|an?\s+(?!growth\b|gain\b|rise\b|increase\b|decline\b|drop\b|fall\b)(?:[a-z-]+\s+){0,2}?(?:share|rate|proportion)\s+of)\s+"
                         r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)
# "167 of the 412 British respondents, 40.5%, said …", "168 of 389 respondents (43.2%)": the share alone in apposition
_BARE_AFTER_CLAUSE = regex(r"[^.;:\d()]{0,60}?(?:,\s*|\s*\(\s*)")
_APPOSITION_END = regex(r"\s*(?:[),;]|\.(?:\s|$))")


def _n_of_m(ctx: Context, places: list[Place], share: Place) -> tuple[Place, Place] | None:
    """"167 of the 412 respondents, or 40.5%": a share restating the part-of-whole its clause states, the two amounts side
    by side with "of the" between them and nothing but words after them."""
    if share.index < 2:
        return None
    part, whole = places[share.index - 2], places[share.index - 1]
    if not (cx.is_quantity(part.figure) and cx.is_quantity(whole.figure) and cx.compatible(part.figure, whole.figure)
            and part.figure.value < whole.figure.value):
        return None
    if _N_OF_M.fullmatch(ctx.text, part.figure.end, whole.figure.start) is None \
            and _N_SAID_OUT_OF_M.fullmatch(ctx.text, part.figure.end, whole.figure.start) is None \
            or (_OR_AFTER_CLAUSE.fullmatch(ctx.text, whole.figure.end, share.figure.start) is None
                and (_BARE_AFTER_CLAUSE.fullmatch(ctx.text, whole.figure.end, share.figure.start) is None
                     or _APPOSITION_END.match(ctx.text, share.figure.end) is None)) \
            or _OF_AFTER_SHARE.match(ctx.text, share.figure.end) and not (
                _OF_ITS.fullmatch(ctx.text, part.figure.end, whole.figure.start) and _OF_ITS_WHOLE.match(ctx.text, share.figure.end)):
        return None  # but "…, or 3.1% of their vehicles": of another whole; "9,733 of its 14,230 cars …, or 68.4% of the
        # fleet" names the owner's own whole again
    return part, whole


_OF_ITS = regex(r"\s+(?:out\s+)?of\s+(?:its|their|our)\s+")
_OF_ITS_WHOLE = regex(r"\s+of\s+(?:the|its|their|our)\s+(?:fleet|total|tally|stock|network|workforce)\b", re.I)
_OF_THE_ONLY = regex(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?")  # _N_OF_M without "its"/"their": after the share, "9,410 of
# its 43,810 cars" is a part of the maker's own cars, never of the market the share is of
_WITH_NEXT = regex(r"[^.;:\d()]{0,60}?(?<!compared\s)(?<!comparison\s)(?<!compares\s)\bwith\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?"
                   r"|\s*\(\s*")  # never "took 38.6% of the month's heavy trucks, compared with 41 of 183, or 22.4%, a year earlier"
_N_OF_M_END = regex(r"(?:\s+(?:sold|registered|delivered|shipped|recorded))?(?:\s+(?:in|during|last|this|over|across)\b[^.;:\d()]{0,25}?)?"
                    r"\s*(?:[),;]|\.(?:\s|$)|$)")  # never "9,410 of its 43,810 cars sold to fleets": a part of another whole


def _share_then_n_of_m(ctx: Context, places: list[Place], share: Place) -> tuple[Place, Place] | None:
    """"took 13.8% of the market with 12,108 registrations out of 87,740", "a 56.9% share (181 of 318)": the share first,
    then the part of its whole it restates, the two amounts side by side with "of" between them and the clause ending
    after the whole."""
    if share.index + 2 >= len(places):
        return None
    part, whole = places[share.index + 1], places[share.index + 2]
    if not (cx.is_quantity(part.figure) and cx.is_quantity(whole.figure) and cx.compatible(part.figure, whole.figure)
            and part.figure.value < whole.figure.value):
        return None
    if _WITH_NEXT.fullmatch(ctx.text, share.figure.end, part.figure.start) is None \
            or _OF_THE_ONLY.fullmatch(ctx.text, part.figure.end, whole.figure.start) is None \
            or _N_OF_M_END.match(ctx.text, whole.figure.end) is None:
        return None
    return part, whole


def _n_of_them(ctx: Context, places: list[Place], share: Place) -> tuple[Place, Place] | None:
    """"At the end of June there were 68,210 EVs active on the platform, and Corriente Drive supplied 21,460 of them,
    which is 31.5%", "Exports dropped 6.1 percent to 286,940 units. The US still bought 232,450 of them, or 81.0 percent",
    "Of these, 31,700 were electric vehicles, 6.4% of the fleet": a part "of them" restated as a percent in apposition,
    of the one larger amount of its unit that "them" stands for: said before it in its sentence, else in the sentence
    before."""
    if share.index < 1:
        return None
    part = places[share.index - 1]
    if not cx.is_quantity(part.figure):
        return None
    opened = part.index == 0 and _OF_THEM_COMMA.match(ctx.text, ctx.sentences[part.figure.sentence].start) is not None \
        and _PART_THEN_SHARE.fullmatch(ctx.text, part.figure.end, share.figure.start) is not None
    if not (opened or _OF_THEM_WORDS.fullmatch(ctx.text, part.figure.end, share.figure.start)):
        return None
    if _APPOSITION_END.match(ctx.text, share.figure.end) is None:
        tail = _OF_THEM_TAIL.match(ctx.text, share.figure.end)
        if tail is None or _ANOTHER_WHOLE.search(tail.group(0)):
            return None  # "…, or 24.8% of all electric vans sold in the month": of another whole than "them"
    wholes = [q for q in places[:part.index] if cx.is_quantity(q.figure) and cx.compatible(q.figure, part.figure)
              and q.figure.value > part.figure.value]
    if opened or not any(cx.is_quantity(q.figure) for q in places[:part.index]):
        return _named_alike(ctx, part, share, _them_before(ctx, part))  # "them" are of the sentence before
    if wholes and len(levels := [q for q in wholes if not cx.is_old_lead(q.before)]) == 1:
        wholes = levels  # "rose 3.9% to 118,442 from 113,997, and imported vehicles supplied 81,013 of them, or 68.4%"
    elif wholes and not levels:
        return None  # "Volumes rose 27.6 per cent from 4,950 units a year ago, and electric buses accounted for 1,146 of them":
        # this year's, which the sentence does not state
    between = places[wholes[0].index + 1:part.index] if len(wholes) == 1 else []
    if len(wholes) != 1 or [q for q in between if not (q.index == wholes[0].index + 1 and cx.is_old_lead(q.before))]:
        return None  # two amounts it could be of, or another figure between ("5,380 units, or 19.6 percent of imports, and
        # its Model Y accounted for 4,470 of them"): "them" is not said
    return _named_alike(ctx, part, share, wholes[0])


def _them_before(ctx: Context, part: Place, fits: Callable[[Figure, Figure], bool] = cx.compatible) -> Place | None:
    """The one amount that the sentence before (in the part's paragraph) states, of a kind the part can be of (`fits`)
    and larger than it, compared with nothing: what "them" stands for."""
    s_index = part.figure.sentence
    if s_index == 0 or ctx.sentences[s_index - 1].paragraph != ctx.sentences[s_index].paragraph:
        return None
    if _YEAR_AGO_LINE.search(ctx.text, ctx.sentences[s_index].start, part.figure.start) \
            and not _YEAR_AGO_LINE.search(ctx.sentence_text(s_index - 1)):
        return None  # "Battery-electric models accounted for 168,930 … A year earlier the council counted 116,722 of them": those
        # of a year before, no part of this year's amount
    wholes = [q for q in ctx.by_sentence.get(s_index - 1, []) if cx.is_quantity(q.figure) and fits(q.figure, part.figure)
              and q.figure.value > part.figure.value and not _compared_with(ctx, q) and not cx.is_change_rate(q)
              and not cx.ESTIMATE_AFTER.match(q.after) and not cx.PROMISED_AFTER.match(q.after)]
    return wholes[0] if len({q.figure.value for q in wholes}) == 1 else None


def _named_alike(ctx: Context, part: Place, share: Place, whole: Place | None) -> tuple[Place, Place] | None:
    """The whole "them" stands for, unless the share's words name a segment or a metric the whole's clause does not
    ("Exporters shipped 3.86 million vehicles. Chinese makers shipped 2.32 million of them, or 60.1% of NEV output")."""
    if whole is None:
        return None
    tail = _OF_THEM_TAIL.match(ctx.text, share.figure.end)
    if tail is not None:
        lex = lexicon()
        said = _clause_before(ctx, whole) + whole.figure.text + whole.after
        metric = lex.named_metric(tail.group("what"))
        if lex.segments_in(tail.group("what")) - lex.segments_in(said) \
                or (metric is not None and lex.named_metric(said) not in (None, metric)):
            return None
    return part, whole


# the apposition a share of "them" opens with: "…, or 81.0 percent", "…: 70.1% of the market", "…: that is 8.4% of"
_SHARE_APPOSITION = (r"\s*(?:,|:|\s[—–])\s*(?:or\s+|that\s+is\s+|i\.e\.\s+|which\s+(?:is|was)\s+|representing\s+|"
                     r"equal\s+to\s+|equivalent\s+to\s+|giving\s+(?:[\w'’-]+\s+){0,3}?an?\s+(?:(?:half-year|full-year|monthly|quarterly|year-to-date)\s+)?(?:share\s+of\s+)?|"
                     r"putting\s+(?:[\w'’-]+\s+){1,3}?at\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?")
# "…, giving the range-extender line a 61.2% share of the month", "…, putting imports at 70.2% of the market"
# "21,460 of them, which is 31.5%", "36,995 of those were leases, or 51.8%", "11,120 of them battery-electric: 70.1%"
_OF_THEM_WORDS = regex(r"\s+(?:units\s+|vehicles\s+|cars\s+)?of\s+(?:them|those|these)(?:\s+[A-Za-z-]+){0,6}?" + _SHARE_APPOSITION, re.I)
_OF_THEM_COMMA = regex(r"\W*(?:of|among)\s+(?:them|these|those)\s*,", re.I)  # "Of these, 31,700 were …"
_PART_THEN_SHARE = regex(r"(?:\s+[A-Za-z-]+){0,6}?" + _SHARE_APPOSITION, re.I)
# what a share of "them" may say it is of: "of the fleet", "of NEV exports", "of them"; never a figure or a clause
_OF_THEM_TAIL = regex(r"\s+(?:share\s+)?of\s+(?P<what>(?:them|those|these|(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+))"
                      r"\s*(?=[),;:]|\.(?:\s|$)|$)", re.I)
_ANOTHER_WHOLE = regex(r"\b(?:all|total|overall|entire|whole|combined|market|industry|national|global|world|country)\b", re.I)


def _or_share_of(ctx: Context, places: list[Place], share: Place) -> tuple[Place, Place] | None:
    """"The supplier cut 1,240 jobs, or 8.6% of its 14,420 staff": an amount restated as its share of the amount the
    share names right after it, in one clause; whatever the two count, the words say one is part of the other."""
    if share.index < 1 or share.index + 1 >= len(places):
        return None
    part, whole = places[share.index - 1], places[share.index + 1]
    last = part  # the amount the apposition follows
    if cx.is_old_lead(part.before):
        # "climbed 26.9% to 4,318 from 3,402, or 21.8% of the 19,806": the share is the level's, not the earlier value's
        level = places[share.index - 2] if share.index >= 2 else None
        if level is None or not _TO_LEVEL.search(level.before) \
                or not _THEN_FROM.fullmatch(ctx.text, level.figure.end, part.figure.start) or not cx.compatible(level.figure, part.figure):
            return None
        part = level
    if not (cx.is_quantity(part.figure) and cx.is_quantity(whole.figure) and 0 < part.figure.value < whole.figure.value
            and (cx.compatible(part.figure, whole.figure) or _counts_of_things(part.figure, whole.figure))):
        return None
    if _AMOUNT_THEN_OR.fullmatch(ctx.text, last.figure.end, share.figure.start) is None \
            or _OF_WHOLE_NEXT.fullmatch(ctx.text, share.figure.end, whole.figure.start) is None:
        return None
    return part, whole


_OF_THOSE_AFTER = regex(r"\s+(?:(?:units|vehicles|cars|lots)\s+)?of\s+(?:those|them|these)\b", re.I)
_TO_LEVEL = regex(r"\bto\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_THEN_FROM = regex(r"(?:\s+[a-z][\w-]*){0,2}\s+from\s+(?:about\s+|around\s+|some\s+)?", re.I)  # "to 12,608 units from 4,215"


def _counts_of_things(a: Figure, b: Figure) -> bool:
    """Two counts of things the text names by different nouns ("jobs", "staff"), neither a physical unit."""
    return {a.kind, b.kind} <= {"count", "number"} and not any(
        isinstance(u, str) and PHYSICAL_UNITS.fullmatch(u) for u in (a.unit, b.unit))


_AMOUNT_THEN_OR = regex(r"(?:\s+[a-z][\w-]*){0,3},\s*(?:(?:or|making\s+up|accounting\s+for|representing|equivalent\s+to|equal\s+to)\s+)?"
                        r"(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?", re.I)  # "12,608 units, making up 14.1% of",
# "added 6,410 ZEVs, just 4.2% of its 152,600 new registrations"
_PERCENT_OF = r"\s*(?:per\s*cent\s+|percent\s+)?of"  # "8.6% of", "17 per cent of"
_OF_WHOLE_NEXT = regex(_PERCENT_OF + r"\s+(?:the\s+|its\s+|their\s+|all\s+|our\s+|the\s+(?:company|group|brand|maker|market|country)['’]s\s+)?", re.I)
_OF_AFTER_SHARE = regex(_PERCENT_OF + r"\b", re.I)
_OF_THE_N = regex(r"\W*(?:Of|Out\s+of)\s+(?:the|its|their|all|our)\s+$", re.I)
_WERE_AFTER = regex(r"\s*(?:were|was|are|is)\b", re.I)
_SHARE_OF_WHOLE = regex(r"\s*(?:(?:market\s+)?share\s+)?of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                        r"(?:(?!(?:with|after|on|at|from)\b)[\w-]+\s+){0,3}?(?:of\s+)?", re.I)
# "12.1% of the total of 98,460", never "12.1% of the market with 11,915 sales": the part the share goes with
_OF_TOTAL_AFTER = regex(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+|(?!group\b)(?P<seg>[\w-]+)\s+(?=total\b))?(?:total|overall|all|combined)\b"
                        r"(?P<what>\s+[a-z-]+)?", re.I)  # "of the total", "of all output", "of the brand's total", "of the BEV total"
_A_GAP_BEFORE = regex(r"\b(?:gap|lead|difference|shortfall)\b[^.;\d]{0,40}$"
                     r"|\b(?:outnumber\w*|outsell\w*|outsold|exceed\w*|outstrip\w*|outpac\w*|trail\w*)\b[^.;\d]{0,40}\bby\s+(?:about\s+|some\s+)?$",
                     re.I)  # "Loans still outnumber leases by 34,426": a difference, no total
_YEAR_AGO_LINE = regex(r"\b(?:last\s+(?:year|(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December)|"
                      r"(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier)|previous\s+year|prior\s+year)\b", re.I)
_NEW_CLAUSE = regex(r";|[,;]\s*(?:leaving|with|while|whereas|but|and|the\s+(?:other|rest|remaining))\b", re.I)  # "; the other 77,460"
_RESTATES = regex(r"\s*(?:[\w-]+\s+){0,2}?[,(]\s*(?:or|i\.e\.|representing|equal\s+to|which\s+is)?\s*"
                  r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)


def _part_and_total(ctx: Context, share: Place, quantities: list[Place], s_index: int, secondary: set[str],
                    old_ids: set[str]) -> tuple[Place, Place] | tuple[None, None]:
    of_total = re.match(r"^\s*of\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:total\s+|overall\s+|combined\s+)?(?:of\s+)?$", share.after)
    total = None
    if of_total:
        total = next((q for q in quantities if q.index == share.index + 1), None)
    if total is None:
        # "Of the 2.593 million vehicles sold, 1.262 million … accounted for 48.7%"
        total = next((q for q in quantities if _of_the_total(q, ctx.by_sentence[s_index], share)), None)
    places = ctx.by_sentence[s_index]
    others = [q for q in quantities if q is not total and not (
        q.index > share.index and _NEW_CLAUSE.search(ctx.text[share.figure.end:q.figure.start]))  # ", leaving $4.0 million unspent"
        and not (q.index > share.index and places[q.index - 1] is not share and places[q.index - 1].figure.kind == "percent"
                 and _SHARE_OF_WHOLE.fullmatch(q.before))]  # "5.8% of the 22,14,380 …, compared with 5.5% of 20,03,460": that share's
    # whole, no part of this one
    current = [q for q in others if not (cx.is_old_lead(q.before) and not _WHEN_WORD.search(ctx.text, q.figure.end, share.figure.start))]
    others = current or others  # "shipped 168.2 GWh …, 52.6% more than the 110.2 GWh a year earlier, and that was 31.5% of their
    # total output": the level, never the value it is compared with; but "… from 8,000 in 2025, when they were 20% of it"
    part = None
    restating = bool(_RESTATES.fullmatch(share.before))  # "£5.41bn, or 47.6% of the total, followed by … £3.02bn"
    for q in sorted(others, key=lambda q: (abs(q.index - share.index), q.index if restating else -q.index)):
        if total is None or (cx.compatible(q.figure, total.figure) and q.figure.value <= total.figure.high):
            part = q
            break
    if part is None:
        return None, None
    if total is not None and _OF_THOSE_AFTER.match(part.after) \
            and any(q is not total and q.index < part.index and cx.is_quantity(q.figure) for q in places):
        return None, None  # "took 214 of the 367 lots, or 58.3%, and buyers from central Europe took 131 of those, 61.2% of the
        # foreign total": of the 214 or of the 367, which "those" leaves open
    if total is None and _compared_with(ctx, part):
        return None, None  # "more than double the 14,880 of the second quarter of 2025, and they made up 4.4%": not what "they" are
    if total is None and part.index < share.index and _OF_IT_OR.fullmatch(ctx.text, part.figure.end, share.figure.start):
        return _of_the_sentence_before(ctx, part, s_index)
    if total is None:
        says = _OF_TOTAL_AFTER.search(share.after, 0, 60)
        penetration = re.search(r"\bpenetration\b", share.before[-40:], re.I)
        if not (says or penetration):
            return None, None
        paragraph = ctx.sentences[s_index].paragraph
        beside = [q for q in quantities if q.index < part.index and cx.compatible(q.figure, part.figure)
                  and q.figure.value > part.figure.value and cx.segment_of(ctx, q.figure) is None and not cx.is_old_lead(q.before)]
        if penetration and not says and len(beside) == 1 and lexicon().segments_in(between := ctx.text[beside[0].figure.end:part.figure.start]) \
                and _AND_BETWEEN.match(between):
            return part, beside[0]  # "put the month's retail at 1,921,456 and NEV retail at 1,001,207, for a penetration of
            # 52.1%": the plain amount beside the segment's, never one of another sentence
        own = [q for q in quantities if q.index < part.index and cx.compatible(q.figure, part.figure) and q.figure.value > part.figure.value
               and not cx.is_old_lead(q.before) and not _compared_with(ctx, q) and q.figure.id not in secondary
               and q.figure.id not in old_ids and not _A_GAP_BEFORE.search(q.before)
               and not any(q.index < g.index < part.index and cx.is_quantity(g.figure) and cx.compatible(g.figure, part.figure)
                           for g in ctx.by_sentence[s_index])]
        # never a list's first member: "North America took 312,600, Europe 164,900, … and other markets 243,900"
        if says and not says.group("seg") and not (says.group("what") and lexicon().named_metric(says.group("what"))) \
                and len(own) == 1 and not cx.OF_THEM_OPENING.match(ctx.text, ctx.sentences[s_index].start) \
                and part.index == share.index - 1 and cx.segment_of(ctx, own[0].figure) is None \
                and _NAMED_SUBJECT_VERB.fullmatch(ctx.text, ctx.sentences[s_index].start, own[0].figure.start) \
                and not cx.THE_OTHER.search(ctx.text, max(0, part.figure.start - 24), part.figure.start):
            # but "55,230 of the cars went to domestic customers and the other 8,320 were exported, … 13.1% of the total", "the
            # Ridge crossover … at 241,900, with the remaining 59,600": a sibling, never the whole
            return None, None  # "Brennecke delivered 1,284,600, down 2.7%, and depends far more on China, where it sold 403,400
            # cars, 31.4% of the total": of the maker's amount its own sentence states, never of the rival's the sentence before
            # gives (the maker's own whole, when taken, brought a blind set false alarms: left unchecked)
        earlier = [q for k in range(s_index) if ctx.sentences[k].paragraph == paragraph for q in ctx.by_sentence.get(k, [])]
        fitting = []
        of_segment = cx.segment_named(says.group("seg")) if says and says.group("seg") else None
        of_them = cx.OF_THEM_OPENING.match(ctx.text, ctx.sentences[s_index].start) is not None \
            and sum(q.index < share.index for q in quantities) == 1 \
            and says is not None and "all" not in says.group(0).lower().split()
        # "Of those, 9.04 million … and 5.17 million …, putting BEVs at": which?; "Of those private registrations, 3,902 …
        # made up 30.1 percent of the private channel and 11.3 percent of all new cars": not of those
        if says and says.group("seg") and of_segment is None and not of_them and lexicon().segments_in(says.group("seg")):
            return None, None  # "Battery-swap models accounted for 7,820, or 36.6% of the NEV total": a whole named by a segment
            # this reader cannot tell apart, never July's 81,950 heavy trucks two lines up (nor "Of the NEV heavies, 20,928 were
            # battery-electric", a part of that whole); but "Of these, 1,097 …, 83.2% of the electric total" is of those
        named = lexicon().named_metric(says.group("what")) if says and says.group("what") else None
        for q in earlier:
            f = q.figure
            if named is not None and lexicon().named_metric(_clause_before(ctx, q)) != named:
                continue  # "24.8 GWh, equivalent to 18.9% of all output": a figure the words say is output, not "The gap of 27.6 GWh"
            if _COUNTED_SUBTOTAL.search(_clause_before(ctx, q)):
                continue  # "so those two channels together took 71,990": a sum of two members, never "the month's total"
            if f.id in secondary or f.id in old_ids or f.id == part.figure.id or _compared_with(ctx, q) or _A_GAP_BEFORE.search(q.before) \
                    or _OF_WHICH_BEFORE.search(q.before) or _PART_OF_AFTER.match(q.after):
                # "1.86 million vehicles, of which 1.12 million were in Europe", "Retail buyers should account for 1,014,400 of the
                # month's deliveries": a part
                continue  # "roughly twice the 634 million euros we booked the year before" is no total of this year's, "the gap
                # between the two shrank to 6,455 units" no total of anything
            if cx.BULLET_LINE.match(ctx.sentence_text(f.sentence)) and cx.BULLET_LINE.match(ctx.sentence_text(s_index)) \
                    and _YEAR_AGO_LINE.search(ctx.sentence_text(f.sentence)) and not _YEAR_AGO_LINE.search(ctx.sentence_text(s_index)):
                continue  # "- Last August we delivered 26,075 cars" above "- Delivered outside China: 5,318 cars, 12.9% of the
                # month's total": a year-ago line of the list, not this month's total
            those = of_them and f.sentence == s_index - 1
            if not those and says is not None and not says.group("seg") and cx.segment_of(ctx, f) is None \
                    and _share_of_another(ctx, q):
                continue  # "Japanese brands …, with 372,514 units, or 80.5% of wholesales" then "98,412 units, 21.3% of the
                # total": a part of something unread, not the total
            if (f.kind != part.figure.kind or f.unit != part.figure.unit) and not (those and cx.compatible(f, part.figure)) \
                    or f.value <= part.figure.value:
                continue  # but "13,680 vehicles. Of those, 8,940 …": a count and a bare number of it
            if any(g is not q and cx.is_quantity(g.figure) and cx.compatible(g.figure, f) and 0.05 * f.value <= g.figure.value <= 20 * f.value
                   and not _compared_with(ctx, g) and _SIDE_BY_SIDE.fullmatch(ctx.text, min(f.end, g.figure.end), max(f.start, g.figure.start))
                   for g in ctx.by_sentence.get(f.sentence, [])):
                continue  # "Locally assembled vehicles accounted for 21,540 units and imported ones for 16,920": parts side by side
            segment = cx.segment_of(ctx, f)
            # NEV penetration is measured against the passenger-car market; "Domestic sales … were 121,330. Of those, 43,870
            # were built in Mexico, or 36.2% of the total": the total "those" are of
            if segment == of_segment if of_segment is not None else (  # "9,806 of the electric cars, 39.4% of the BEV total": the BEVs'
                    segment is None or cx.says_total(ctx.sentence_text(f.sentence)) or (penetration and segment == ("segment", "passenger"))
                    or those):
                fitting.append(q)
        noun = _OF_THE_NOUN.match(part.after)
        if noun is not None:  # "48,260 new vehicles and 31,870 used …, a combined 80,130. Chinese brands accounted for 9,410 of the
            # new vehicles, 19.5% of the total": the whole its part is said to be of
            said_of = [q for q in earlier if q.figure.value > part.figure.value and not _compared_with(ctx, q)
                       and ctx.text.startswith(noun.group("noun"), q.figure.end - len(noun.group("noun")))]
            if len({q.figure.value for q in said_of}) == 1:
                fitting = said_of
        nearest = [q for q in fitting if q.figure.sentence == s_index - 1] or fitting
        if len({q.figure.value for q in nearest}) != 1:
            return None, None  # "$812 million … and $426 million … the remaining $222 million, or 15.2% of the total": which?
        total = nearest[-1]
    if not cx.compatible(part.figure, total.figure):
        return None, None
    return part, total


# "Power batteries accounted for 86.2 GWh of it, or 65.6%": the part of a whole the sentence before stated ("of the
# sessions" may name another whole, and is left to the measures)
_OF_IT_OR = regex(r"\s*(?:[\w-]+\s+)?of\s+(?:it|them|those|these)\s*,\s*(?:or|i\.e\.)\s*"
                  r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?", re.I)


# "Brennecke delivered 1,284,600": a maker's own total, opening its sentence
_NAMED_SUBJECT_VERB = regex(r"\W*(?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*){0,2}\s+(?:delivered|sold|registered|shipped|built|produced|"
                            r"made|exported|assembled)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?")
_OF_WHICH_BEFORE = regex(r"\bof\s+(?:which|whom|these|those|them)\s*,?\s*(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_COUNTED_SUBTOTAL = regex(r"\b(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:together|combined|between\s+them|jointly)\b", re.I)
_RESTATING_GAP = regex(r"\s*(?:,\s*(?:or\s+)?|\(\s*|\s+or\s+)")


def _share_of_another(ctx: Context, q: Place) -> bool:
    """An amount the next figure restates as its share of a whole ("372,514 units, or 80.5% of wholesales")."""
    places = ctx.by_sentence.get(q.figure.sentence, [])
    nxt = places[q.index + 1] if q.index + 1 < len(places) else None
    return nxt is not None and nxt.figure.kind == "percent" and not cx.is_change_rate(nxt) \
        and _RESTATING_GAP.fullmatch(ctx.text, q.figure.end, nxt.figure.start) is not None \
        and _OF_AFTER_SHARE.match(ctx.text, nxt.figure.end) is not None


def _of_the_sentence_before(ctx: Context, part: Place, s_index: int) -> tuple[Place, Place] | tuple[None, None]:
    """The one amount of the part's kind and unit, larger than it, that the sentence before (in its paragraph) states
    and compares with nothing."""
    if any(cx.is_quantity(q.figure) for q in ctx.by_sentence[s_index][:part.index]):
        return None, None  # "Tesla came third with 5,380 units, …, and its Model Y accounted for 4,470 of them": of those
    whole = _them_before(ctx, part, lambda a, b: a.kind == b.kind and a.unit == b.unit)
    return (None, None) if whole is None else (part, whole)


def _clause_before(ctx: Context, q: Place) -> str:
    """The words between the figure before in its sentence (or the sentence's start) and this one."""
    places = ctx.by_sentence[q.figure.sentence]
    start = places[q.index - 1].figure.end if q.index else ctx.sentences[q.figure.sentence].start
    return ctx.text[start:q.figure.start]


def _of_the_total(q: Place, places: list[Place], share: Place) -> bool:
    """An "of" before the figure names it the whole where it opens the sentence or clause, where
    the part stands just before it ("1.262 million of the 2.593 million") or the share itself ("a 7.1%
    share of a market of 539,400"), never another share ("from 5.5% of 1,532,300": that share's whole)."""
    if q.index and places[q.index - 1] is share and _SHARE_OF_WHOLE.fullmatch(q.before):
        return True
    m = _OF_THE_TOTAL_BEFORE.search(q.before)
    if m is None:
        return False
    if q.index == 0:  # "Of the group's 27,260 employees": only an "of" that opens the sentence or clause
        return m.group(0).lstrip()[:1] in (",", ";", ":", "(") or bool(re.match(r"\s*of\b", m.group(0), re.I))
    return places[q.index - 1].figure.kind != "percent"


_EARLIER_WHEN = regex(r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)\s*,\s*when\s+(?:[\w'’-]+\s+){0,4}$", re.I)
_ABOVE_THE = regex(r"\s*(?:above|below|ahead\s+of|behind|short\s+of)\s+(?:the\s+|its\s+|their\s+)?", re.I)


_EARLIER_LABEL = regex(r"\(\s*" + cx.PERIOD_LABEL + r"\s*:\s*$", re.I)


def _compared_with(ctx: Context, q: Place) -> bool:
    """A value the text compares with: "from 5,000", "compared with 5,000", "more than double the 14,880", "up 3.5% on the
    1,461,902"."""
    if cx.is_old_lead(q.before):
        return True
    prev = ctx.by_sentence[q.figure.sentence][q.index - 1].figure if q.index > 0 else None
    if prev is not None and prev.kind == "percent" and _ABOVE_THE.fullmatch(q.before):
        return True  # "12.6% above the 105,347 we delivered in the second quarter"
    if prev is not None and q.before.rstrip().endswith("(") and cx.RATE_AFTER_BRACKET.match(ctx.text, q.figure.end) \
            and cx.compatible(prev, q.figure):
        return True  # "* Wholesales 1,126,437 vehicles (1,095,752), up 2.8%": the year before's, in brackets
    if prev is not None and prev.kind == "percent" and _EARLIER_WHEN.search(q.before):
        return True  # "7.5% more than a year earlier, when it sold 5,71,406": the year before's
    if _EARLIER_LABEL.search(ctx.text, max(0, q.figure.start - 24), q.figure.start):
        return True  # "+6.5% y/y (Q2'25: 98,372)": the labelled year-earlier value
    return cx.rated_on(ctx, q) or (prev is not None and prev.kind == "multiple"
                                   and bool(re.fullmatch(r"\s*(?:that\s+of\s+)?(?:the\s+)?", q.before)))
