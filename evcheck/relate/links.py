"""Links figures to the entity, metric and period the text gives them, and asks the reference.

A figure is linked only when the text says all three plainly enough: the entity named in its
sentence or earlier in the paragraph, a metric term in its own stretch of text (after the figure
before it), and a period in its sentence or paragraph. An earlier value of a change takes its
partner's entity and metric and the period before. Figures that cannot be linked stay unchecked.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

import pandas as pd

from evcheck.cache import regex
from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence
from evcheck.periods import Period, find_all_periods, previous
from evcheck.relate import context as cx
from evcheck.relate.model import Claim
from evcheck.words import alternation, word_opening_groups

_STRIP = regex(r"\b(?:including|incl\.?|excluding|excl\.?)\s+[\w-]+(?:\s+[\w-]+)?|\b[\w-]+\s+(?:included|excluded)\b", re.I)
_YEAR_BEFORE_AFTER = regex(
    r"^\W{0,3}(?:\w+\W+){0,2}?(?:(?:the|a)\s+year\s+(?:before|earlier|ago)|a\s+year\s+(?:earlier|ago)|last\s+year|"
    r"in\s+the\s+same\s+period\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year|the\s+previous\s+year)", re.I)
PROFIT_METRICS = {"net_profit", "adjusted_net_profit", "operating_income", "ev_segment_operating_profit",
                  "ev_segment_adjusted_net_profit"}
KIND_OF = cx.METRIC_KIND
METRIC_UNITS = {"sales_centres": "stores"}


@dataclass(frozen=True)
class Link:
    entity: str
    metric: str
    period: str
    negate: bool = False


class Vocabulary:
    """Entity aliases and metric terms, as regular expressions, from the reference tables."""

    def __init__(self, aliases: pd.DataFrame, metrics: pd.DataFrame):
        pairs = sorted(((a, e) for e, a in zip(aliases["entity"], aliases["alias"]) if a), key=lambda p: -len(p[0]))
        self.entity_of = {a.lower().replace("’", "'"): e for a, e in pairs}
        self.aliases = regex(word_opening_groups([a for a, _ in pairs]) + r"(?!\w)") if pairs else None
        terms = []
        for metric, kind, words in zip(metrics["metric"], metrics["kind"], metrics["terms"]):
            for term in str(words).split("|"):
                term = term.strip().replace("’", "'")
                if term:
                    terms.append((term, metric, kind))
        terms.sort(key=lambda t: -len(t[0]))
        self.metric_of = {t.lower(): (m, k) for t, m, k in terms}
        # one expression per kind, so a longer term of another kind cannot hide a shorter one
        # a lookahead finds overlapping terms too: "car sales centres" holds "car sales" and "sales centres"
        # the terms grouped by their letters (evcheck.words): a plain list was tried whole at every character
        self.terms = {
            kind: regex("(?=(?<![\\w])(" + alternation(t for t, _, k in terms if k == kind) + ")(?![\\w]))", re.I)
            for kind in {k for _, _, k in terms}
        }


def entity_mentions(text: str, vocab: Vocabulary | None) -> list[tuple[int, int, str]]:
    """Where the text names a known entity, in text order."""
    if vocab is None or vocab.aliases is None:
        return []
    norm = _norm(text)
    return [(m.start(), m.end(), vocab.entity_of[m.group(0).lower().replace("’", "'")]) for m in vocab.aliases.finditer(norm)]


def _norm(text: str) -> str:
    return text.replace("’", "'")


def link_figures(
    text: str,
    figures: list[Figure],
    sentences: list[Sentence],
    claims: list[Claim],
    vocab: Vocabulary,
    article_date: str | None,
    ctx: cx.Context | None = None,
    mentioned: list[tuple[int, int, str]] | None = None,
) -> dict[str, Link]:
    """Each figure's entity, metric and period in the reference; `mentioned` holds the text's
    `entity_mentions` where the caller has them already."""
    ctx = ctx or cx.Context(text, figures, sentences)
    norm = _norm(text)
    default_year = date.fromisoformat(article_date).year if article_date else None
    periods = Spans(find_all_periods(norm, default_year))
    mentions = Spans(mentioned if mentioned is not None else entity_mentions(text, vocab))
    starts: dict[int, int] = {}
    for s in sentences:
        starts.setdefault(s.paragraph, s.start)
    by_id = {f.id: f for f in figures}
    links: dict[str, Link] = {}
    respectively = {s.index: _respective_metrics(ctx, vocab, norm, s) for s in sentences
                    if cx.has_respectively(text[s.start:s.end])}
    # what a figure falls back on when nothing near it names one: the only entity, the only period
    named = mentions.values()
    only_entity = next(iter(named)) if len(named) == 1 else None
    by_code = {p.code: p for p in periods.values()}
    only_period = next(iter(by_code.values())) if len(by_code) == 1 else None
    for f in ctx.figures:
        if f.kind not in KIND_OF:
            continue
        # a link needs all three; each is looked for only while the ones before it were found
        sentence = sentences[f.sentence]
        entity, entity_here = _entity(mentions, f, sentence, starts, only_entity)
        if not entity:
            continue
        period, period_here = _period(periods, f, sentence, starts, norm, only_period)
        # the figure's own paragraph must name its entity or its period; carried both, it may be anyone's
        if not period or not (entity_here or period_here):
            continue
        metric = respectively[f.sentence].get(f.id) if f.sentence in respectively else _metric(ctx, vocab, norm, f)
        if not metric:
            continue
        after = text[f.end:sentence.end]
        if _YEAR_BEFORE_AFTER.match(after):
            period = period.shifted_years(-1)
        negate = metric in PROFIT_METRICS and bool(cx.LOSS.search(ctx.clause_text_before(f)))
        links[f.id] = Link(entity, metric, period.code, negate)
    # a part of a sum measures its segment; without a segment word ("domestic", "exports") its
    # metric term belongs to the whole, so it stays unlinked
    for c in claims:
        if c.rule == "sum":
            for part in c.roles["parts"]:
                if part in links and cx.segment_of(ctx, by_id[part]) is None:
                    del links[part]
    for c in claims:
        new, old = c.roles.get("new"), c.roles.get("old")
        if not (isinstance(new, str) and isinstance(old, str)) or new not in links or c.rule not in ("growth", "multiple", "direction", "points"):
            continue
        base = links[new]
        basis = _basis_of_old(text, by_id[old], c)
        if basis is None:
            links.pop(old, None)
            continue
        try:
            from evcheck.periods import period_from_code

            earlier = previous(period_from_code(base.period), basis)
        except ValueError:
            earlier = None
        if earlier is not None and by_id[old].kind in KIND_OF:
            links[old] = Link(base.entity, base.metric, earlier.code, base.negate)
    return links


_OLD_BASIS = regex(
    r"^\W{0,3}(?:\w+\W+){0,3}?(?:(?P<q>(?:previous|prior|preceding|last)\s+quarter|quarter\s+(?:earlier|before))|"
    r"(?P<m>(?:previous|prior|preceding|last)\s+month|month\s+(?:earlier|before))|"
    r"(?P<y>year\s+(?:earlier|before|ago)|(?:previous|prior|last)\s+year|same\s+(?:period|quarter|month)))", re.I)


def _basis_of_old(text: str, old: Figure, claim: Claim) -> str | None:
    """How far back an earlier value lies: its own words, else the claim's; a level moving "from"
    an unnamed time is not linked at all."""
    m = _OLD_BASIS.match(text[old.end:old.end + 60])
    if m:
        return "qoq" if m.group("q") else "mom" if m.group("m") else "yoy"
    if claim.basis != "unspecified":
        return claim.basis
    return "yoy" if claim.rule in ("growth", "multiple") else None


T = TypeVar("T")


class Spans(Generic[T]):
    """Non-overlapping (start, end, value) spans, found by position in logarithmic time."""

    def __init__(self, items: list[tuple[int, int, T]]):
        self.items = sorted(items, key=lambda t: t[0])
        self.starts = [t[0] for t in self.items]

    def within(self, lo: int, hi: int) -> list[tuple[int, int, T]]:
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        return [t for t in self.items[a:b] if t[1] <= hi]

    def values(self) -> set[T]:
        return {t[2] for t in self.items}


def _paragraph_start(starts: dict[int, int], paragraph: int) -> int:
    return starts.get(max(paragraph, 0), 0)


def _entity(mentions: Spans[str], f: Figure, sentence: Sentence, starts: dict[int, int],
            only: str | None) -> tuple[str | None, bool]:
    """The entity and whether the figure's own paragraph names it; beyond the paragraphs before it,
    `only`, the one entity the article names, if it names one."""
    in_sentence = mentions.within(sentence.start, f.start)
    if in_sentence:
        return in_sentence[-1][2], True
    in_paragraph = mentions.within(starts[sentence.paragraph], f.start)
    if in_paragraph:
        return in_paragraph[-1][2], True
    after = mentions.within(f.end, sentence.end)
    if after:
        return after[0][2], True
    # beyond the paragraph: the entity named last, if in the two paragraphs before, or the only one
    recent = mentions.within(_paragraph_start(starts, sentence.paragraph - 2), f.start)
    if recent:
        return recent[-1][2], False
    return only, False


def _metric(ctx: cx.Context, vocab: Vocabulary, norm: str, f: Figure) -> str | None:
    """The metric term nearest before the figure, in its own stretch of text, or just after it."""
    wanted = KIND_OF[f.kind]
    pattern = vocab.terms.get(wanted)
    if pattern is None:
        return None
    places = ctx.by_sentence[f.sentence]
    i = ctx.place[f.id].index
    start = ctx.sentences[f.sentence].start
    for j in range(i - 1, -1, -1):
        prev = places[j].figure
        if prev.kind in ("percent", "multiple", "points") and f.kind != "percent":
            continue
        if prev.kind == "money" and f.kind == "money" and j == i - 1 and re.match(r"^\s*[(\[]", ctx.text[prev.end:f.start]):
            return None  # the converted side of "116bn yuan ($16.2bn)"
        start = prev.end
        break
    window = _STRIP.sub(lambda m: " " * len(m.group(0)), norm[start:f.start])
    own = norm[f.start:f.end]
    tail = own[len(own.split()[0]):] + " " + " ".join(norm[f.end:ctx.sentences[f.sentence].end].split()[:4])
    found = [(m.end(1), m.group(1)) for m in pattern.finditer(window)]
    found += [(10_000 + k, m.group(1)) for k, m in enumerate(pattern.finditer(tail))]
    best = None
    for pos, term in found:
        metric, kind = vocab.metric_of[term.lower()]
        if kind != wanted:
            continue
        unit = METRIC_UNITS.get(metric, "units")
        if f.kind in ("count", "number") and f.unit and f.unit != unit:
            continue
        score = (len(term), pos if pos < 10_000 else -pos)
        if best is None or score > best[0]:
            best = (score, metric)
    return best[1] if best else None


_THE_PERIOD = regex(r"\b(?:in|during|for|over|of)\s+the\s+(quarter|month|half|period)\b", re.I)
_PERIOD_SHAPE = {"quarter": regex(r"^\d{4}-Q\d$"), "month": regex(r"^\d{4}-\d{2}$"),
                 "half": re.compile(r"^\d{4}-H\d$"), "period": re.compile(r".")}


_QUALIFIED = {"vehicle_sales": "nev_sales", "vehicle_production": "nev_production", "vehicle_exports": "nev_exports"}


def _respective_metrics(ctx: cx.Context, vocab: Vocabulary, norm: str, sentence: Sentence) -> dict[str, str]:
    """"Output and sales reached 2.591 million and 2.593 million units, respectively": the metric
    terms before the first quantity pair with the quantities in order, or with none at all."""
    counts = [p.figure for p in ctx.by_sentence.get(sentence.index, []) if p.figure.kind in ("count", "number")]
    pattern = vocab.terms.get("count")
    if len(counts) < 2 or pattern is None:
        return {}
    window = _STRIP.sub(lambda m: " " * len(m.group(0)), norm[sentence.start:counts[0].start])
    found: list[tuple[int, int, str]] = []
    for m in pattern.finditer(window):  # overlapping matches: keep the longest at each place
        start, end = m.start(1), m.end(1)
        if found and start < found[-1][1]:
            if end - start > found[-1][1] - found[-1][0]:
                found[-1] = (start, end, m.group(1))
            continue
        found.append((start, end, m.group(1)))
    metrics = [vocab.metric_of[t.lower()][0] for _, _, t in found]
    if len(metrics) != len(counts):
        return {}
    if any(m.startswith("nev_") for m in metrics):  # "NEV output and sales": the qualifier is shared
        metrics = [_QUALIFIED.get(m, m) for m in metrics]
    return {f.id: m for f, m in zip(counts, metrics) if not f.unit or f.unit == "units"}


def _period(periods: Spans[Period], f: Figure, sentence: Sentence, starts: dict[int, int], text: str,
            only: Period | None) -> tuple[Period | None, bool]:
    """The period and whether the figure's own paragraph names it ("in the quarter" names the
    quarter last mentioned); beyond the paragraphs before it, `only`, the one period the article
    names, if it names one."""
    here = [(min(abs(s - f.end), abs(f.start - e)), p) for s, e, p in periods.within(sentence.start, sentence.end)]
    if here:
        return min(here, key=lambda h: h[0])[1], True
    if m := _THE_PERIOD.search(text, sentence.start, sentence.end):
        shape = _PERIOD_SHAPE[m.group(1).lower()]
        named = [p for _, _, p in periods.within(0, f.start) if shape.match(p.code)]
        if named:
            return named[-1], True
    earlier = periods.within(starts[sentence.paragraph], f.start)
    if earlier:
        return earlier[-1][2], True
    recent = periods.within(_paragraph_start(starts, sentence.paragraph - 2), f.start)
    if recent:
        return recent[-1][2], False
    return only, False  # beyond that only when the article names one period


def _a_year_away(linked: object, measured: object, earlier: bool) -> bool:
    """The link dates the figure a year before its measure does, or an earlier value a year after: the link
    took the period of the value it is compared with ("reached 2.947 million units last month, compared with
    2.759 million in August 2025"), or gave an earlier value its new value's ("Fourth-quarter deliveries were
    484,507, up 20% from 405,278")."""
    from evcheck.periods import period_from_code

    if not isinstance(linked, str) or not isinstance(measured, str) or not measured[:4].isdigit():
        return False
    try:
        period = period_from_code(measured)
        return linked == period.shifted_years(-1).code or earlier and linked == period.shifted_years(1).code
    except ValueError:
        return False


def reference_claims(claims: list[Claim], links: dict[str, Link], measures: dict[str, Any] | None = None,
                     percents: frozenset[str] = frozenset()) -> list[Claim]:
    """Claims for the reference rule: each linked figure, and the earlier values that rates and
    net additions imply. A figure whose measure is a threshold, a forecast or a change, or a
    percentage (in `percents`) whose measure gives it another period than the link does ("improved
    to 26.4% from 23.2% in the first quarter"), or any figure the link dates a year before its measure (an
    earlier value a year after), is left unchecked: two readings fit."""
    from evcheck.periods import period_from_code

    changes = {c.roles["change"] for c in claims if c.rule == "difference"}
    measures = measures or {}
    out = []
    for fid, link in links.items():
        m = measures.get(fid)
        if m is not None and (m.role in ("bound", "forecast", "change")
                              or (fid in percents and m.period and link.period and m.period != link.period)
                              or _a_year_away(link.period, m.period, m.role == "earlier")):
            continue  # "deliveries topped 65,000": a threshold, never a value to look up
        if fid not in changes:  # "a net addition of 100" is a change, not a level
            out.append(Claim("reference", fid, {"figure": fid}, mode="value", extra=link.__dict__))
    for c in claims:
        new = c.roles.get("new")
        if not isinstance(new, str) or new not in links:
            continue
        if c.rule == "implied-prior" or (c.rule == "difference" and "old" not in c.roles and "rate" not in c.roles):
            link = links[new]
            m = measures.get(new)
            if m is not None and m.period and link.period and m.period != link.period:
                continue  # "NEV exports reached 318,000 units, up 62.1% year on year and 5.6% higher than September's 301,000":
                # linked to September, measured as October: which month's year before it implies is in doubt
            basis = c.basis
            earlier = previous(period_from_code(link.period), basis if basis != "unspecified" else "yoy")
            if earlier is None:
                continue
            roles = {"rate": c.roles["rate"], "new": new} if c.rule == "implied-prior" else {"change": c.roles["change"], "new": new}
            mode = "prior-growth" if c.rule == "implied-prior" else "prior-difference"
            out.append(Claim("reference", new, roles, sign=c.sign, basis=basis, mode=mode,
                             extra={**link.__dict__, "period": earlier.code}))
    return out

