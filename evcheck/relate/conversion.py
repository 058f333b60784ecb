"""Conversion pairs: an amount with its equivalent in another currency, and rates stated in text."""

from __future__ import annotations

import re

from evcheck.cache import regex
from evcheck.extract.lexicon import HEDGES
from evcheck.extract.model import Figure
from evcheck.periods import find_periods, year_period
from evcheck.relate import context as cx
from evcheck.relate.context import Context, Place
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import Lexicon, lexicon

_HEDGE = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in HEDGES)
_BRACKET_OPEN = regex(rf"^\s*[(\[]\s*(?:(?:{_HEDGE}|or|equivalent\s+to|equal\s+to|worth)\s*)*$", re.I)
_OR = regex(
    rf"^\s*,?\s*(?:or|which\s+is|(?:(?:was|is|were|are)\s+)?(?:equivalent\s+to|equal\s+to|the\s+equivalent\s+of|worth)|"
    r"(?:which\s+)?(?:works\s+out\s+(?:at|to)|comes\s+to|translates\s+(?:in)?to))\s+"  # "The certificate, at S$122,590, works out at US$158,100"
    rf"(?:(?:{_HEDGE})\s+)?$",
    re.I,
)
# the equivalent a few words on, where nothing else is counted between: "P1.38 billion of it (about US$103 million)",
# "TT$187.4 million in 2025, or US$27.6 million at a rate of", "MNT 412.6 billion in duties and taxes, about 115 million US dollars"
_BRACKET_LATER = regex(rf"^[^.;:()\[\]]{{1,80}}?[(\[]\s*(?:(?:{_HEDGE}|or|equivalent\s+to|equal\s+to|worth)\s*)+$", re.I)
_BRACKET_LATER_PLAIN = regex(r"^[^.;:()\[\]\d]{1,60}?[(\[]\s*$")  # "C$9.93 billion on new vehicles in April (US$13.5 billion)"
_COMMA_LATER = regex(rf"^\s+(?:[\w'’-]+\s+){{0,10}}?[\w'’-]+\s*,\s*(?:or\s+(?:(?:{_HEDGE})\s+)?|(?:{_HEDGE})\s+|"
                     rf"(?:equivalent|equal)\s+to\s+|the\s+equivalent\s+of\s+|worth\s+(?:(?:{_HEDGE})\s+)?|"
                     rf"which\s+(?:is|works\s+out\s+(?:at|to)|comes\s+to)\s+(?:(?:{_HEDGE})\s+)?)$", re.I)  # "a €640 million
# contract to supply e-axles to a US pickup maker, worth $739 million at the $1.155 per euro rate"
_APPOSED = regex(r"^\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*$")
_IS = regex(rf"^\s+(?:is|was|are|were|equals|makes)\s+(?:(?:{_HEDGE})\s+)?$", re.I)  # "revenue of €71.8 million is $82.6 million
# at $1.15 per euro": its worth, where the rate follows
_AT_A_RATE = regex(r"\s*at\s+(?:an?\s+(?:exchange\s+)?rate\s+of\s+)?(?:[A-Z]{0,3}[$€£¥₩₹]|\d)")
_HEDGE_COMMA = regex(rf"^\s*,\s*(?:{_HEDGE})\s+$", re.I)
_ENDS_THERE = regex(r"^\s*(?:[.;,)\]]|at\s|$)")
_RATE_EQUALS = regex(r"^\s*(?:=|equals|is\s+equal\s+to|to|to\s+the|to\s+one|per|per\s+one|for\s+(?:every|each|one)|:)\s*$", re.I)
_CONVERSIONS_AT = regex(r"\b(?:conversions?|converted|translated|translations?)\s+(?:[\w-]+\s+){0,3}?(?:at|using)\b"
                        r"|\b(?:figures|amounts|values|numbers|sums)\s+(?:below\s+|here\s+|throughout\s+|in\s+this\s+\w+\s+)?(?:are|were)\s+"
                        r"(?:given\s+|shown\s+|stated\s+)?at\b"
                        r"|\b(?:exchange\s+)?rates?\s+used\s+(?:throughout|here|below|in\s+this\s+\w+)\b"
                        r"|\b(?:equivalents?|conversions?|figures|amounts)\s+(?:[\w.-]+\s+){0,4}?(?:use|uses|used|assume|assumes)\s+"
                        r"(?:an?\s+|the\s+)?(?:exchange\s+)?rate\s+of\b", re.I)
# "Dollar figures below are at 50.5 pounds to the dollar", "(Exchange rate used throughout: 7.46 kroner to one euro.)",
# "U.S.-dollar equivalents in this release use an exchange rate of 1.36 Canadian dollars per U.S. dollar."
_AMOUNT_WORD = regex(r"\b(?:against|versus|compared|from|than|while|whereas|but|rose|fell|up|down|increase|decrease)\b", re.I)
_UNIT_AMOUNTS = (1.0, 100.0, 1000.0)
_SAME_RATE = r"at\s+(?:the\s+same|that|this)\s+(?:exchange\s+)?rate"
_SAME_RATE_BEFORE = regex(rf"^[^.;:()\[\]\d]{{1,80}}?\b{_SAME_RATE}\b[^.;:()\[\]\d]{{0,30}}$", re.I)
_SAME_RATE_AFTER = regex(rf"^\s*,?\s*{_SAME_RATE}\b", re.I)


def _sentence_periods(ctx: Context, s_index: int) -> dict:
    """The earliest and latest day of the periods a sentence names ("in 2021 it pledged …"), so a
    conversion of a past amount is also checked against the rates of its own time."""
    text = ctx.sentence_text(s_index)
    spans = find_periods(text)
    found = [p for _, _, p in spans]
    for m in re.finditer(r"(?<![\d.,$€£¥-])((?:19|20)\d{2})(?![\d%])", text):
        if not any(s <= m.start() < e for s, e, _ in spans):  # "August 2025" is already a month
            found.append(year_period(int(m.group(1))))
    if not found:
        return {}
    return {"period_start": min(p.start for p in found).isoformat(),
            "period_end": max(p.end for p in found).isoformat()}


def find_conversions(ctx: Context) -> list[Claim]:
    claims: list[Claim] = []
    for s_index, places in ctx.by_sentence.items():
        when = None  # the sentence's periods, read only for a sentence with a conversion in it
        rate_units: dict[str, str | None] = {}  # a stated rate's unit side ("the US dollar") -> the currency it is worth
        for a, b in zip(places, places[1:]):
            fa, fb = a.figure, b.figure
            if fa.kind != "money" or fb.kind != "money" or fa.unit == fb.unit:
                continue
            gap = a.after
            if when is None and (_RATE_EQUALS.match(gap) or _BRACKET_OPEN.match(gap) or _OR.match(gap)):
                when = _sentence_periods(ctx, s_index)
            if _RATE_EQUALS.match(gap) and (abs(fa.value) in _UNIT_AMOUNTS or abs(fb.value) in _UNIT_AMOUNTS):
                one, other = (fa, fb) if abs(fa.value) in _UNIT_AMOUNTS else (fb, fa)
                worded = not any(ch.isdigit() for ch in one.text) and not _CONVERSIONS_AT.search(ctx.sentence_text(s_index))
                # "TT$6.78 to the US dollar": binds its own sentence only; "Dollar and yuan conversions at 7.185 yuan per
                # dollar": the article's
                rate_units[one.id] = other.unit
                claims.append(Claim("conversion", other.id, {"amount": other.id, "converted": one.id}, mode="stated-rate",
                                    extra={**(when or {}), "sentence": s_index, **({"worded": True} if worded else {})}))
            elif _BRACKET_OPEN.match(gap) or _OR.match(gap):
                if fa.id in rate_units and rate_units[fa.id] == fb.unit:
                    continue  # "¥156 to the US dollar (¥144)": the rate's value a year before, in brackets, no dollar's worth
                claims.append(Claim("conversion", fb.id, {"amount": fa.id, "converted": fb.id}, mode="pair",
                                    extra={**(when or {}), "sentence": s_index}))
            elif (_BRACKET_LATER.match(gap) or (_COMMA_LATER.match(gap) or _HEDGE_COMMA.match(gap) or _BRACKET_LATER_PLAIN.match(gap))
                  and _ENDS_THERE.match(b.after)
                  or (_APPOSED.match(gap) or _IS.match(gap)) and _AT_A_RATE.match(ctx.text, fb.end)) \
                    and not _AMOUNT_WORD.search(gap):  # "Revenue ¥11.84 trillion, roughly $75.1 billion, up 7.3%": its worth; "a €48
                # million grant, 76.5 billion won at 1,593 won to the euro": the worth at the rate it names
                claims.append(Claim("conversion", fb.id, {"amount": fa.id, "converted": fb.id}, mode="pair",
                                    extra={**_sentence_periods(ctx, s_index), "sentence": s_index}))
            elif (_SAME_RATE_BEFORE.search(gap) or _SAME_RATE_AFTER.match(b.after)) and not _AMOUNT_WORD.search(gap):
                # "The €38.5m paid in May … equates to £45.0m at the same rate", "a Rp21.4 trillion plant …, which at the
                # same rate is worth US$1.34 billion": the rate the article stated before converts this amount too
                claims.append(Claim("conversion", fb.id, {"amount": fa.id, "converted": fb.id}, mode="pair",
                                    extra={**_sentence_periods(ctx, s_index), "sentence": s_index, "same_rate": True}))
    claims += _in_other_terms(ctx)
    claims += _that_is_at(ctx)
    claims += _which_at_rate_is(ctx, {str(c.roles["converted"]) for c in claims})
    claims += _same_rate_after(ctx, {str(c.roles["converted"]) for c in claims})
    claims += _equivalents_by_metric(ctx, [c for c in claims if c.mode == "stated-rate"], {str(c.roles["converted"]) for c in claims})
    paired = {c.extra["sentence"] for c in claims if c.mode == "pair"}
    # a rate in words stands for the conversion of its own sentence, never alone ("A weaker won, which averaged 1,452 won
    # per dollar in the quarter" describes the currency, and an average is no day's rate)
    return [c for c in claims if not c.extra.get("worded") or c.extra["sentence"] in paired]


_IN_TERMS = regex(r"\W*(?:In\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|sterling|yen|yuan)\s+terms|In\s+(?:US\s+)?dollars|"
                  r"Converted\s+(?:in)?to\s+(?:US\s+)?(?:dollars|euros))\b[^.;\d]{0,80}$", re.I)


def _in_other_terms(ctx: Context) -> list[Claim]:
    """"Sahyadri … reported a net profit of Rs 3,214 crore …, compared with Rs 2,641 crore …" then "In dollar terms, the
    quarter's profit works out to $363 million": the one amount of the sentence it opens on, converted, against the first
    amount of the sentence before, where any other amount there is what that one is compared with."""
    claims = []
    for s_index, places in ctx.by_sentence.items():
        money = [p for p in places if p.figure.kind == "money"]
        if len(money) != 1 or not s_index or not _IN_TERMS.match(ctx.text, ctx.sentences[s_index].start, money[0].figure.start):
            continue
        converted = money[0].figure
        before = [p for p in ctx.by_sentence.get(s_index - 1, []) if p.figure.kind == "money" and p.figure.unit != converted.unit]
        if not before or any(not cx.is_old_lead(p.before) for p in before[1:]):
            continue
        claims.append(Claim("conversion", converted.id, {"amount": before[0].figure.id, "converted": converted.id}, mode="pair",
                            extra={**_sentence_periods(ctx, s_index - 1), "sentence": s_index}))
    return claims


_AT_RATE_OPENING = regex(r"\W*(?:[A-Z][A-Za-z .'’-]{0,40}:\s+)?(?:(?:So|And|Now)\s*,?\s+)?At\s+(?:the\s+|our\s+|an?\s+)?[^.;:\d]{0,60}$", re.I)
_THAT_IS = regex(rf"[^.;:\d]{{0,60}}?\b(?:that|the\s+(?P<noun>[a-z][\w-]*))(?:['’]s|\s+is|\s+would\s+be|\s+comes\s+to|\s+works\s+out\s+(?:at|to))\s+"
                 rf"(?:(?:{_HEDGE}|equivalent\s+to|equal\s+to|the\s+equivalent\s+of)\s+)*$", re.I)
# "…, the loss works out at $164 million": "the loss" only where the sentence before names it before its amount


def _that_is_at(ctx: Context) -> list[Claim]:
    """"Revenue for the quarter was £34.6m, up 39.0% from £24.9m. At the quarter-end rate of $1.33 to the pound, that is
    equivalent to $46.0m": a sentence that opens on a rate and converts "that", the amount of the sentence before in the
    other currency (its first, where any other is what that one is compared with)."""
    claims = []
    for s_index, places in ctx.by_sentence.items():
        money = [p for p in places if p.figure.kind == "money"]
        if not s_index or len(money) < 2 or ctx.sentences[s_index - 1].paragraph != ctx.sentences[s_index].paragraph:
            continue
        converted, rate = money[-1], money[0]
        if not _AT_RATE_OPENING.fullmatch(ctx.text, ctx.sentences[s_index].start, rate.figure.start) \
                or not (that := _THAT_IS.fullmatch(ctx.text, money[-2].figure.end, converted.figure.start)):
            continue
        before = _amounts_before(ctx, s_index, converted.figure.unit)
        if before and (noun := that.group("noun")) and not re.search(
                rf"\b{re.escape(noun)}\b", ctx.text[ctx.sentences[s_index - 1].start:before[0].figure.start], re.I):
            continue  # "the loss" the sentence before does not name: some other amount
        if before and _WHEN_IT_WAS.search(ctx.text, max(ctx.sentences[s_index - 1].start, before[0].figure.start - 60), before[0].figure.start):
            continue  # "The price is 37.4% higher than a year ago, when it traded at 61,400 yuan. At 6.69 yuan per dollar, the
            # price is equivalent to $12,608": the price now, which that sentence does not state
        if not before or any(not cx.is_old_lead(p.before) for p in before[1:]) \
                or any(p.figure.unit not in (converted.figure.unit, before[0].figure.unit) for p in money[:-1]):
            continue  # the rate names the two currencies of the amount and its equivalent, no third
        claims.append(Claim("conversion", converted.figure.id, {"amount": before[0].figure.id, "converted": converted.figure.id},
                            mode="pair", extra={**_sentence_periods(ctx, s_index - 1), "sentence": s_index}))
    return claims


_WHEN_IT_WAS = regex(r"\b(?:a\s+year\s+(?:ago|earlier)|last\s+year|a\s+(?:month|week|quarter)\s+(?:ago|earlier))\s*,?\s*when\b[^.;]*$", re.I)
_WHICH_AT_RATE_IS = regex(rf"\s*,?\s*(?:which\s+)?at\s+[^.;:()\[\]\d]{{0,60}}?\brate\s+of\s+\S+(?:\s+[^.;:()\[\]\d\s]+){{1,6}}?\s+"
                          rf"(?:is|was|comes\s+to|came\s+to|works\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to)|equals|makes|gives)\s+"
                          rf"(?:(?:{_HEDGE})\s+)?", re.I)


def _which_at_rate_is(ctx: Context, taken: set[str]) -> list[Claim]:
    """"exports came to US$11.84 billion, which at the bulletin's rate of 18.10 pesos per dollar is 214.3 billion
    pesos": an amount and its worth with the rate that converts it standing between them."""
    claims = []
    for s_index, places in ctx.by_sentence.items():
        money = [p for p in places if p.figure.kind == "money"]
        for i, a in enumerate(money):
            fa = a.figure
            b = next((c for c in money[i + 2:i + 4] if c.figure.unit != fa.unit and c.figure.id not in taken
                      and _WHICH_AT_RATE_IS.fullmatch(ctx.text, fa.end, c.figure.start)), None)
            if b is None:
                continue
            fb = b.figure
            claims.append(Claim("conversion", fb.id, {"amount": fa.id, "converted": fb.id}, mode="pair",
                                extra={**_sentence_periods(ctx, s_index), "sentence": s_index}))
    return claims


def _amounts_before(ctx: Context, s_index: int, unit: str | None) -> list[Place]:
    """The amounts of the sentence before in a currency other than `unit`: what "that" converts."""
    return [p for p in ctx.by_sentence.get(s_index - 1, []) if p.figure.kind == "money" and p.figure.unit != unit]


def _same_rate_after(ctx: Context, taken: set[str]) -> list[Claim]:
    """"Service revenue reached SEK 14.6 billion, 27.7% of net sales. For those of you who follow us in euros, that's €131
    million at the same rate": an amount "at the same rate" with nothing in its own sentence to convert is the worth of the
    one amount in another currency the sentence before gives (in its paragraph), at the rate the article stated."""
    claims = []
    for s_index, places in ctx.by_sentence.items():
        if not s_index or ctx.sentences[s_index - 1].paragraph != ctx.sentences[s_index].paragraph:
            continue
        for p in places:
            c = p.figure
            if c.kind != "money" or c.id in taken or not _SAME_RATE_AFTER.match(p.after) \
                    or any(q.figure.kind == "money" and q.figure.unit != c.unit for q in places if q is not p):
                continue
            before = _amounts_before(ctx, s_index, c.unit)
            if len(before) == 1:
                claims.append(Claim("conversion", c.id, {"amount": before[0].figure.id, "converted": c.id}, mode="pair",
                                    extra={**_sentence_periods(ctx, s_index - 1), "sentence": s_index, "same_rate": True}))
    return claims


_EQUIVALENT_TO = regex(r"\b(?:(?:equivalent|equal)\s+to|worth|to)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$", re.I)


_OF_WHICH_LEAD = regex(r"\bof\s+which\s+(?:(?:about|around|some|nearly|almost)\s+)?$", re.I)


def _equivalents_by_metric(ctx: Context, rates: list[Claim], taken: set[str]) -> list[Claim]:
    """"At the quarter's average rate of ¥157.3 per dollar, revenue was equivalent to $30.9 billion, and operating profit to
    $2.24 billion": each converted amount against the amount of the metric it names, said as the latest level of that metric
    in the rate's other currency in the two sentences before (never an amount it is compared from)."""
    if not rates:
        return []
    lex = lexicon()
    by_id = {f.id: f for f in ctx.figures}
    claims = []
    for rate in rates:
        amount, one = by_id.get(str(rate.roles["amount"])), by_id.get(str(rate.roles["converted"]))
        s_index = rate.extra.get("sentence") if isinstance(rate.extra, dict) else None
        if amount is None or one is None or not isinstance(s_index, int):
            continue
        for p in ctx.by_sentence.get(s_index, []):
            c = p.figure
            if c.kind != "money" or c.unit != one.unit or c.id in (amount.id, one.id) or c.id in taken \
                    or not _EQUIVALENT_TO.search(p.before):
                continue
            metric = _metric_before(lex, p.before)
            if metric is None:
                continue
            sources = [f for k in (s_index - 2, s_index - 1) for f in _levels_of(ctx, lex, k, metric, amount.unit)
                       if _label_fits(ctx, lex, f, p.before)]
            if not sources:  # a key-figures list above the note: "- Net sales: SEK 38.6 billion (SEK 35.9 billion), +7.5%"
                sources = [f for k in range(max(0, s_index - 12), s_index - 2) if cx.BULLET_LINE.match(ctx.sentence_text(k))
                           for f in _levels_of(ctx, lex, k, metric, amount.unit) if _label_fits(ctx, lex, f, p.before)]
            if sources:
                claims.append(Claim("conversion", c.id, {"amount": sources[-1].id, "converted": c.id}, mode="pair",
                                    extra={**_sentence_periods(ctx, sources[-1].sentence), "sentence": s_index}))
    return claims


def _label_fits(ctx: Context, lex: Lexicon, f: Figure, said: str) -> bool:
    """A list line's label names no more than the words of the conversion do: "- Service revenue: SEK 10.3 billion" is no
    source of "net sales correspond to €3.50 billion", though both are revenue."""
    label = cx.line_label(ctx.text, f.start)
    return label is None or all(w in said.lower() for w in lex.qualifiers(label))


def _metric_before(lex: Lexicon, words: str) -> str | None:
    found = list(lex.metric_re["money"].finditer(words))
    return lex.metric_of[found[-1].group(0).lower()][0] if found else None


def _levels_of(ctx: Context, lex: Lexicon, s_index: int, metric: str, unit: str | None) -> list[Figure]:
    """The amounts of a sentence in `unit` that are the first said after a term of `metric`, and no earlier value."""
    out: list[Figure] = []
    if s_index < 0 or s_index >= len(ctx.sentences):
        return out
    start = ctx.sentences[s_index].start
    for p in ctx.by_sentence.get(s_index, []):
        f = p.figure
        if f.kind != "money":
            continue
        words, start = ctx.text[start:f.start], f.end  # since the amount before: "… to ¥312.4 billion from ¥388.9 billion, as
        # tariffs cost the company ¥96 billion" names no profit of the 96 billion
        if f.unit == unit and not cx.is_old_lead(p.before) and _metric_before(lex, words) == metric and not _OF_WHICH_LEAD.search(words):
            # never "Operating profit for the six months increased 8.4%, of which ¥274.7 billion was earned in the first
            # quarter": a part of the level the conversion names
            out.append(f)
    return out
