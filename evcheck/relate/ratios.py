"""Margins found by measure: a margin joined with its profit and the revenue of its period.

"Revenue for the quarter was 11.44 trillion yen and the operating margin was 10.1%", with the
operating profit of 1.16 trillion yen two sentences before: the margin's meaning is data
(`data/measures.csv`: operating_margin = operating_profit / revenue), so the margin joins the
operating profit and the revenue of the same period and segment. A bare "margin" ("€6.1 billion,
an AOI margin of 6.3%") is of the amount just before it in its sentence. A margin of a loss, or
one with two revenues that could fit, is left alone.
"""

from __future__ import annotations

import re

from evcheck.cache import regex
from evcheck.extract.figures import PER_UNIT_WORD
from evcheck.prefilter import guarded
from evcheck.relate import context as cx
from evcheck.relate.context import sentence_start
from evcheck.relate.differences import SWING_AFTER, SWING_BEFORE
from evcheck.relate.measures import QUANTITY, Records, Row, units_agree
from evcheck.relate.model import Claim
from evcheck.relate.places import apart, is_flow
from evcheck.relate.vocabulary import UNNAMED, Lexicon, lexicon


def find_ratios(records: Records, texts: dict[str, str], prose: dict[tuple[str, str], tuple[str, bool]]) -> dict[str, list[Claim]]:
    """Margins against their profit and revenue; no part of a prose breakdown (`prose`) is the revenue of one."""
    out: dict[str, list[Claim]] = {}
    lex = lexicon()
    margins = [r for r in records.rows if r.kind == "percent" and r.metric in lex.ratio_of and r.role in ("level", "earlier")
               and isinstance(r.period, str) and "share:share" not in r.taken]
    if not margins:
        return out
    by_key: dict[tuple, list[tuple[Row, frozenset[str]]]] = {}
    for r in records.rows:
        if r.kind == "money" and r.role in ("level", "earlier") and isinstance(r.period, str):
            by_key.setdefault(_key(r), []).append((r, lex.scope_free(r.segment)))
    profits = {num for num, _den in lex.ratio_of.values()}  # what a margin can be of: the numerators data/measures.csv names
    taken_by: dict[tuple[str, int], str] = {}  # the profit each sentence's margin (the first said) is of
    for m in sorted(margins, key=lambda r: (r.file, r.start)):
        metric = str(m.metric)
        compared = any(r.metric == m.metric and r.period == m.period and r.sentence == m.sentence and r.start < m.start
                       and (m.role == "earlier" or _FROM_BETWEEN.fullmatch(texts.get(m.file, ""), r.start + len(r.text), m.start))
                       for r in margins)  # "that was a margin of only 5.9%, up from 5.2%": the margin it is compared with
        num_metric, den_metric = lex.ratio_of[metric]
        text = texts.get(m.file, "")
        core = lex.scope_free(m.segment)
        same = [r for r, r_core in by_key.get(_key(m), []) if r_core == core and _agree(r.entity, m.entity)
                and not PER_UNIT_WORD.match(text, r.start + len(r.text))  # never "at 11.10 kronor to the euro"
                and not _PART_OF_THE_GROUPS.match(text, r.start + len(r.text))]  # never "aftersales, with gross profit of £198m,
        # generated 35.8% of the Group's gross profit": a part of the group's profit, whose margin the text does not give
        if num_metric == "*":
            before = [r for r in same if r.sentence == m.sentence and r.start < m.start and r.metric != den_metric]
            if not before and _THAT_PUT.match(text, sentence_start(text, m.start), m.start):
                # "Adjusted operating income dropped 17.5% to €2.31 billion … That put the adjusted operating margin at 6.0%",
                # never "- Free cash flow fell to €612 million" closing the list before "That left the adjusted margin at 5.0%"
                before = [r for r in same if r.sentence == m.sentence - 1 and r.metric != den_metric
                          and (not isinstance(r.metric, str) or r.metric in profits)]
            if not before and _BARE_MARGIN_OPENING.match(text, sentence_start(text, m.start), m.start) \
                    and not any(r.sentence == m.sentence and r.start < m.start for r in records.by_file[m.file] if r.kind == "money"):
                # "… operating profit fell 16.3% to €7.93 billion from €9.47 billion. The margin dropped to 6.7% from 8.1%": the
                # margin of the one profit the sentence before names
                metrics_said = {r.metric for r in records.by_file[m.file] if r.sentence == m.sentence - 1 and r.paragraph == m.paragraph
                                and r.kind == "money" and r.metric != den_metric}
                if len(metrics_said) == 1 and (profit := next(iter(metrics_said))) in profits:
                    before = [r for r in same if r.sentence < m.sentence and r.paragraph >= m.paragraph - 1 and r.metric == profit]
                    # the latest said: the sentence before's, else this period's stated in the paragraph before ("Operating
                    # profit a year ago had been €2.87 billion … This time the margin narrowed to 6.8%")
            numerator = max(before, key=lambda r: r.start) if before else None
        else:
            numerator = _nearest([r for r in same if r.metric == num_metric and not _is_swing(r, text)
                                  and not cx.LOSS.search(text[max(0, r.start - 60):r.start])], m)  # never "against a loss of CNY870 million"
        own_label = cx.line_label(text, m.start)
        said = lex.qualifiers(own_label) if own_label is not None \
            else frozenset(text[sentence_start(text, m.start):m.start].lower().split())  # "The vehicle margin widened to 14.8%"
        revenue = [r for r in same if r.metric == den_metric and (r.file, r.id) not in prose
                   and not _OF_WHICH_PART.search(text, sentence_start(text, r.start), r.start)  # never "of which … €76.90 billion"
                   and ((label := cx.line_label(text, r.start)) is None or lex.qualifiers(label) <= said)]
        # never "- Service revenue: SEK 10.3 billion" for "- Operating margin: 10.9%" beside "- Net sales: SEK 38.6 billion"
        if any(r.role == "level" for r in revenue):
            revenue = [r for r in revenue if r.role == "level"]  # "Revenue of $94.8 million, up … 7.8% sequentially from $87.9
            # million": an earlier amount dated with the period's own revenue is another period's (but "In 2024 the group
            # earned SEK 70.2 billion, a margin of 13.1%" takes 2024's revenue, stated as the earlier one)
        if not revenue and core == _QUALIFIED and numerator is not None:
            # "Excluding the credits, operating profit would have been 64.4 billion won, a margin of just 0.9 percent":
            # the profit is adjusted, the revenue it is a margin of is not
            revenue = [r for r, r_core in by_key.get(_key(m), []) if not r_core and r.metric == den_metric and _agree(r.entity, m.entity)]
        own_revenue = [r for r in revenue if r.sentence == m.sentence]
        if numerator is not None:
            revenue = [r for r in revenue if r.unit == numerator.unit]  # "HUF 21.8 billion" over HUF revenue, not the parent's won
        if _RANGE_AFTER.match(text, m.start + len(m.text)) or _RANGE_BEFORE.search(text, max(0, m.start - 12), m.start) \
                and not _MOVED_BY_TO.search(text, max(0, m.start - 60), m.start):
            continue  # "an operating margin of 8% to 10%": an ambition's range, no margin of a period's profit
        denominator = _nearest(revenue, m, text, numerator)
        if numerator is None or denominator is None:
            continue
        if own_revenue and denominator not in own_revenue:
            continue  # "Ferrand's revenue fell 1.8% to €52.3 billion, and its operating margin narrowed to 6.8%": the margin of
            # the revenue its sentence states, never of another amount of the period
        if _NEGATIVE.search(m.text) or _NEGATIVE.search(text, max(0, m.start - 20), m.start) or m.value <= 0:
            continue  # "EBITDA margin: negative 8.7 per cent": a loss's margin
        if numerator.unit != denominator.unit or not 0 < numerator.value < denominator.value:
            continue
        if cx.LOSS.search(text[max(0, numerator.start - 60):numerator.start]):
            continue
        if (_A_UNIT_SUBJECT.match(text, sentence_start(text, numerator.start)) or _FOR_THE_UNIT.match(text, m.start + len(m.text))) \
                and not lex.scope_free(numerator.segment):
            continue  # "The parts unit earned an operating profit of 0.52 trillion won, a margin of 5.8% on its sales": the
            # unit's own sales, which the words do not name as a segment the group's revenue could be of
        if _UNIT_WORD.search(text, max(sentence_start(text, m.start), m.start - 80), m.start) \
                and not _UNIT_WORD.search(text, max(sentence_start(text, numerator.start), numerator.start - 60), numerator.start):
            continue  # "Its €2.31 billion of operating profit on revenue of €25.4 billion …, and the margin of the German maker's
            # core automotive division slipped to 8.2%": a division's margin, never the group's profit over its revenue
        if compared and taken_by.get((m.file, m.sentence)) == numerator.id:
            continue  # the year before's margin, of the year before's amounts, never of the profit the margin now is of
        taken_by.setdefault((m.file, m.sentence), numerator.id)
        out.setdefault(m.file, []).append(
            Claim("share", m.id, {"share": m.id, "part": numerator.id, "total": denominator.id},
                  note=f"{metric.replace('_', ' ')} = {num_metric if num_metric != '*' else 'profit'} / {den_metric}"))
    return out


_FROM_BETWEEN = regex(r"\s*,?\s*(?:(?:up|down|rising|falling|widening|narrowing)\s+)?(?:from|against|compared\s+with|versus|vs\.?)\s+"
                      r"(?:(?:about|around|roughly)\s+)?")
_PART_OF_THE_GROUPS = regex(r"[^.;]{0,40}?\b(?:generated|accounted\s+for|made\s+up|contributed|represented)\s+(?:about\s+|some\s+|nearly\s+)?"
                            r"[\d.]+\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:group|company|total|overall)", re.I)
_UNIT_WORD = regex(r"\b(?:unit|division|divisions|arm|segment|subsidiary|affiliate)\b", re.I)
_FOR_THE_UNIT = regex(r"\s*(?:for|in|at)\s+(?:the|that|this)\s+(?:division|unit|segment|business|arm)\b", re.I)  # "a return on
# sales of 8.2% for the division": the division's revenue, which the group's is not
_A_UNIT_SUBJECT = regex(r"\W*(?:the|its|their|our)\s+(?:[\w'’-]+\s+){0,3}?(?:unit|division|arm|business|segment|subsidiary|affiliate)\b", re.I)
# "Consolidated revenue was", "Total revenue rose 8% to", "Group revenues of": the words name the whole, in the figure's sentence
_WHOLE_BEFORE = guarded(regex(r"\b(?:consolidated|total|group|overall|company-wide|combined)\s+(?:net\s+)?(?:revenues?|sales|turnover)\b[^.;\d]{0,40}$", re.I))
_PLAIN_SUBJECT = regex(r"\W*(?:[A-Z][A-Za-z .'-]{0,40}:\s+)?(?:(?:first|second|third|fourth)[- ]quarter\s+|(?:quarterly|half-year|full-year|annual)\s+)?"
                       r"(?:(?:group|total|consolidated|net)\s+)?(?:revenues?|sales|turnover)\s+"
                       r"(?:for\s+the\s+(?:quarter|half|half-year|year|period|month)\s+|in\s+the\s+(?:quarter|half|year|period)\s+)?"
                       r"(?:was|were|rose|fell|grew|climbed|came\s+to|reached|totall?ed|increased|decreased|amounted\s+to)\s+"
                       r"(?:[a-z]+\s+){0,3}?(?P<rate>[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:to\s+|by\s+)?(?:about\s+)?", re.I)
# "INGRID HAALSTRA: Revenue for the quarter was", "Revenue climbed 15.7% to"
_PLAIN_PROFIT = regex(r"\W*(?:[A-Z][A-Za-z .'’-]{0,40}:\s+)?(?:(?:the|its|group|total|adjusted|reported|consolidated|underlying)\s+)*",
                      re.I)  # "INGRID HAALSTRA: Gross profit was", "EBIT was", "Adjusted operating profit came to"
_RANGE_AFTER = regex(r"\s*(?:to|-|–|and)\s*\d", re.I)
_RANGE_BEFORE = regex(r"\d\s*%?\s*(?:to|-|–)\s*$", re.I)
# "The operating margin widened 1.8% to 9.2%": a change and the level it led to, no range
_MOVED_BY_TO = regex(rf"\b(?:{cx.UP_WORDS}|{cx.DOWN_WORDS})\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*"
                     r"(?:%|per\s*cent|percent|percentage\s+points?|points?|basis\s+points|bps|pp)?\s+to\s+$", re.I)
_THAT_PUT = regex(r"\W*(?:That|This|It)\s+(?:put|puts|left|leaves|took|takes|brought|brings|lifted|cut|pushed|gave|gives|means|meant)\s+"
                  r"(?:the\s+|its\s+|their\s+)?[\w -]{0,30}\bmargin\b(?:(?!\.\s)[^;]){0,80}$")
_QUALIFIED = frozenset({"qualified"})
_BARE_MARGIN_OPENING = regex(r"\W*(?:(?:the\s+)?year\s+(?:before|earlier),\s+|this\s+time,?\s+)?(?:the|its|their)\s+margin\s+(?:[a-z]+\s+){0,3}?$", re.I)
# "The margin dropped to", "The year before, the margin had been", "This time the margin narrowed to"
_OF_WORDS = regex(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})")
_OF_WHICH_PART = regex(r"\d[^.;]*?,\s*of\s+which\b(?:[^.;]|\.\d)*$")  # "€84.62 billion, of which the automotive business contributed …"
_METRIC_ROW = regex(r"table\d+\.\d+\.\d+:\W*(?:total\s+|net\s+|group\s+|consolidated\s+)?(?:revenues?|sales|turnover)\W*(?:\([^()]*\)\W*)?",
                    re.I)  # "Revenue (€ million)"
_SUBJECT_THEN_SHARE = regex(r"\s*(?P<subject>(?:[A-Z][\w-]*)(?:\s+[\w-]+){0,3}?)\s+(?:represented|amounted\s+to|was\s+equal\s+to|equalled|"
                            r"equaled|was\s+equivalent\s+to)\s+(?:a\s+(?:margin|share)\s+of\s+)?(?:about\s+|some\s+|roughly\s+)?$")
_OF_ITS = regex(r"\s*(?:%|per\s*cent|percent|pct)?\s*of\s+(?:its|their)\b", re.I)
_NEGATIVE = regex(r"\b(?:negative|minus)\s+(?:\d|$)|^-", re.I)
_OR_BETWEEN = regex(r"(?:\s*\([^()]{1,40}\))?\s*(?:,|\()\s*(?:or|about|around|roughly|some|equal\s+to|equivalent\s+to)?\s*")


def find_shares_of_metrics(records: Records, texts: dict[str, str]) -> dict[str, list[Claim]]:
    """"Research spending climbed to 4.9 billion yuan, or 7.2% of revenue": a share of a named
    metric, of the amount just before it, over that metric's level of the same period."""
    out: dict[str, list[Claim]] = {}
    stated = [r for r in records.rows if r.kind == "percent" and r.role == "share" and len(r.segment) == 0
              and isinstance(r.of_metric, str) and isinstance(r.period, str) and "share:share" not in r.taken]
    if not stated:
        return out
    lex = lexicon()
    in_sentence: dict[tuple[str, int], list[Row]] = {}
    of_metric: dict[tuple[str, object, object], list[Row]] = {}
    for r in records.rows:
        if r.kind in QUANTITY:
            in_sentence.setdefault((r.file, r.sentence), []).append(r)
            of_metric.setdefault((r.file, r.metric, r.period), []).append(r)
    for s in stated:
        here = [r for r in in_sentence.get((s.file, s.sentence), []) if r.start < s.start and r.role != "converted"]
        # "3.42 billion yuan ($598 million), equal to 8.3% of revenue": the amount, not its conversion
        text = texts.get(s.file, "")
        if not here:
            part = _named_part(s, text, of_metric, lex)
            if part is None:
                continue
        else:
            part = max(here, key=lambda r: r.start)
            if not _OR_BETWEEN.fullmatch(text, part.start + len(part.text), s.start):
                continue
        if part.metric == s.of_metric:
            continue
        named = lex.scope_free(s.of_segment - _QUALIFIED) if isinstance(s.of_segment, frozenset) else frozenset()
        whole = [r for r in of_metric.get((s.file, s.of_metric, s.period), []) if r.role == "level"
                 and r.kind == part.kind and lex.scope_free(r.segment) == named and (r.unit == part.unit if part.kind == "money" else units_agree(r.unit, part.unit))
                 and r.value > part.value and not (s.of_market and any(x.startswith("name:") for x in r.segment))
                 and not (any(x.startswith("name:") for x in r.segment) and not any(x.startswith("name:") for x in part.segment))
                 and not _another_place(r, part, lex)]
        # "The LCGC segment … accounted for 14,870 units, or 20.7 percent of wholesales": never of Toyota's wholesales; "68.4% of
        # domestic sales": of the domestic level, never of the company's total
        if isinstance(s.of_segment, frozenset) and _QUALIFIED <= s.of_segment and (said := _OF_WORDS.match(text, s.start + len(s.text))):
            words = lex.qualifiers(said.group("words"))  # "17.6% of light-vehicle licensing": a level the words before it
            whole = [r for r in whole if all(w in text[sentence_start(text, r.start):r.start].lower() for w in words)]
            # qualify so ("Toll revenue was EUR 96.4 million"), never "Licensing, all vehicles: 248,930"
        if isinstance(part.scope, str) and any(is_flow(r.metric, r.segment) for r in records.by_file[s.file] if r.period == s.period) \
                and not any(isinstance(r.scope, str) and not apart(r.scope, part.scope) for r in whole):
            whole = []  # "Argentina absorbed 22,340 units, 54.2% of shipments" beside Brazil's exports: the exports are the
            # whole a destination is of, never the licensing the measures call sales
        total = _nearest(whole, s, text)  # "or 2.1% of the market" is never of the maker's own sales
        if total is None:
            continue
        if _OF_ITS.match(text, s.start + len(s.text)) and records.owner_among_names(part, total):
            continue  # "of its sales" below a ranking of names: of one of them
        out.setdefault(s.file, []).append(
            Claim("share", s.id, {"share": s.id, "part": part.id, "total": total.id},
                  note=f"share of {str(s.of_metric).replace('_', ' ')}, joined by measure"))
    return out


def _another_place(whole: Row, part: Row, lex: Lexicon) -> bool:
    """A whole of a region the part neither names nor is scoped to: "revenue in Japan was ¥742.0 billion" is no whole of
    "Sales to the Hoshino Motor group …, 37.7% of revenue"."""
    regions = {x for x in whole.segment if lex.family(x) == "region"}
    return bool(regions) and not regions & part.segment and part.scope not in regions


def _named_part(share: Row, text: str, of_metric: dict[tuple[str, object, object], list[Row]], lex: Lexicon) -> Row | None:
    """"Underlying EBITDA represented a margin of 36.8% of revenue": a sentence that opens with the metric of its part
    and states no amount, of the one plain level of that metric in the share's period."""
    opening = _SUBJECT_THEN_SHARE.match(text, sentence_start(text, share.start), share.start) if text else None
    metric = lex.named_metric(opening.group("subject")) if opening else None
    if metric is None or metric == share.of_metric:
        return None
    levels = [r for r in of_metric.get((share.file, metric, share.period), []) if r.role == "level" and r.kind == "money"
              and not lex.scope_free(r.segment)]
    return levels[0] if len({r.value for r in levels}) == 1 else None


def _key(row: Row) -> tuple:
    """An earlier value is a level of its period; in an article that names no period, "earlier"
    is all that tells the two times apart."""
    return (row.file, row.period, row.role if row.period == UNNAMED else None)


def _is_swing(row: Row, text: str) -> bool:
    """"Against a loss of 138.5 billion won, a turnaround of 550.5 billion won": the profit's change, never the profit."""
    return bool(SWING_BEFORE.search(text, max(0, row.start - 60), row.start) or SWING_AFTER.match(text, row.start + len(row.text)))


def _agree(a: object, b: object) -> bool:
    return not isinstance(a, str) or not isinstance(b, str) or a == b


def _plain_profit(numerator: Row, text: str) -> bool:
    """Whether the profit's sentence opens on the profit's own name: the company's, not a unit's."""
    opening = _PLAIN_PROFIT.match(text, sentence_start(text, numerator.start), numerator.start)
    if opening is None:
        return False
    return lexicon().metric_re["money"].match(text, opening.end(), numerator.start) is not None


def _nearest(candidates: list[Row], m: Row, text: str = "", numerator: Row | None = None) -> Row | None:
    """The candidate of the margin's sentence, else the only value the text gives, else the only one
    of the margin's paragraph, else the one whose words call it the whole ("Consolidated revenue was $4.82 billion" beside "Parts revenue
    reached … $712 million")."""
    if not candidates:
        return None
    whole = [r for r in candidates if _WHOLE_BEFORE.search(text, max(0, r.start - 60), r.start)] if text else []
    if len({r.value for r in whole}) == 1 and len({r.value for r in candidates}) > 1 and not any(r.sentence == m.sentence for r in candidates):
        return whole[0]
    here = [r for r in candidates if r.sentence == m.sentence]
    if here and len({r.value for r in here}) == 1:
        return here[0]
    table = m.item.split(".", 1)[0] if isinstance(m.item, str) and m.item.startswith("table") else None
    in_table = [r for r in candidates if table and isinstance(r.item, str) and r.item.split(".", 1)[0] == table]
    if len({r.value for r in in_table}) == 1:
        return in_table[0]  # a table's margin row over its own revenue row, not "took 41.2% of revenue, or €1,175 million"
    if len({r.value for r in candidates}) == 1:
        return candidates[0]
    told = [r for r in candidates if r.paragraph == m.paragraph and r.start < m.start and not isinstance(r.item, str)]
    if len({r.value for r in told}) == 1:
        return told[0]  # "Revenue rose 3.7 percent to CHF 2.184 billion … That put the EBIT margin at 4.4 percent", a
        # segment's list and a unit's "CHF 148 million" paragraphs away
    said = [(r, subject) for r in candidates
            if (subject := _PLAIN_SUBJECT.fullmatch(text, sentence_start(text, r.start), r.start))] if text else []
    plain = [r for r, subject in said if not subject.group("rate")] or [r for r, _ in said if not any(
        q.sentence == r.sentence and q.value != r.value for q in candidates)]
    if len({r.value for r in plain}) == 1 and numerator is not None and _plain_profit(numerator, text):
        return plain[0]  # "Revenue for the quarter was €1.87 billion" beside "US revenue was €214 million" and "vehicle sales
        # brought in €1.64 billion": the sentence whose subject is the revenue itself, for a profit that is the company's own
        # ("EBIT was €58 million"), never "Electronics earned an adjusted EBIT of €302 million"; one said with its rate
        # ("Revenue climbed 15.7% to 6.84 trillion won") only where its sentence sets no other revenue beside it ("Revenue
        # grew 4.0% to €84.62 billion, while the automotive business contributed €76.90 billion")
    loose = [r for r in candidates if not isinstance(r.item, str) or _METRIC_ROW.fullmatch(r.item)]  # a list's item is a segment's
    # revenue; a table's "Revenue" row is the revenue
    if loose and len(loose) < len(candidates) and len({r.value for r in loose}) == 1:
        return loose[0]
    return None
