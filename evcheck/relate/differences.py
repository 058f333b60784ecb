"""Differences found by measure: an amount that states the difference of two levels of one measure.

Three constructions, all read from the measures table:

- A *swing* between a level and its earlier level: "swung to a net loss of $800 million from a
  profit of $2.4 billion, a $3.2 billion swing"; "Net profit came to 503.6 billion yen, compared
  with a net loss of 118.2 billion yen. That is an improvement of 621.8 billion yen"; "the swing to net
  income, a turnaround of $326 million" with the two net incomes paragraphs before. The
  change joins the two amounts of its own sentence (or, after "That is …", of the sentence before)
  of which one is led as the earlier; else, where the change names its metric, the one level of
  that metric in its period and the one earlier level a period before. A loss enters the
  arithmetic as negative, and the words give the direction: a loss that narrows improves.
- A *gap* between two levels of one measure and period, of two segments or names: "The gap
  between the two leaders widened to 165.7 GWh" (the two named levels of its paragraph); "the
  premium for a used electric car over a petrol one to £4,730, from £6,470 a year earlier" (the
  petrol level and the one other powertrain's level of that period; the earlier premium joins
  the two earlier levels).
- An amount *less an item it includes*: "The figure includes 356.2 billion won of production
  credits. Excluding the credits, its operating profit would have been 56.4 billion won" is the
  operating profit of that period stated before (412.6 billion won) less the credits.

Figures that claims from the words already took keep their role; where two pairs could fit, the
figure stays unchecked.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from evcheck.cache import regex
from evcheck.periods import previous_code
from evcheck.prefilter import guarded
from evcheck.relate.context import out_of_scale, sentence_start
from evcheck.relate.electric import ELECTRIC, READINGS
from evcheck.relate.measures import QUANTITY, Records, Row, units_agree
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import (
    GAP_ABOVE,
    GAP_BELOW,
    GAP_LESS_THAN,
    GAP_MORE_THAN,
    GAP_VERBS,
    JOINT,
    PASSENGER,
    QUALIFIED,
    THAN_A_RIVAL,
    Lexicon,
    document_lexicon,
    lexicon,
)

CHANGE_NEW = frozenset({"growth:new", "implied-prior:new", "multiple:new", "difference:new", "direction:new", "points:new"})
CHANGE_OLD = frozenset({"growth:old", "multiple:old", "difference:old", "direction:old", "points:old"})
_FREE = frozenset({"conversion:amount"})  # a figure converted into another currency may still be a change
_NOT_LEVELS = ("converted", "label", "forecast", "bound", "share", "rate", "multiple", "points")

SWING = "change, level and earlier level joined by measure"
EXCLUDED = "amount less an item it includes, joined by measure"
_CHARGE = regex(r"\s*(?:(?:one-off|one-time|non-cash|exceptional|special|restructuring)\s+)?(?:impairments?|charges?|write-?downs?|"
                r"write-?offs?|provisions?|costs?|expenses?|losses)\b", re.I)
GAP = "difference of two levels joined by measure"


class Fig(NamedTuple):
    """One row of the measures table, as the finders read it."""

    file: str
    id: str
    text: str
    kind: str
    unit: str | None
    value: float
    low: float
    high: float
    start: int
    sentence: int
    paragraph: int
    entity: str | None
    metric: str | None
    segment: frozenset[str]
    period: str | None
    role: str
    basis: str
    sign: int
    item: str | None
    versus: str | None
    taken: frozenset[str]
    scope: str | None

    @property
    def quantity(self) -> bool:
        return self.kind in QUANTITY and self.role not in _NOT_LEVELS

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _text(x: object) -> str | None:
    return x if isinstance(x, str) else None


def figures_of(rows: list[Row]) -> list[Fig]:
    """The rows of one file, in text order."""
    out = [Fig(r.file, r.id, r.text, r.kind, _text(r.unit), float(r.value), float(r.low), float(r.high), int(r.start),
               int(r.sentence), int(r.paragraph), _text(r.entity), _text(r.metric),
               r.segment if isinstance(r.segment, frozenset) else frozenset(), _text(r.period), str(r.role),
               str(r.basis or "unspecified"), int(r.sign or 0), _text(r.item), _text(r.versus),
               r.taken if isinstance(r.taken, frozenset) else frozenset(), _text(r.scope))
           for r in rows]
    return sorted(out, key=lambda f: f.start)


def agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def names(segment: frozenset[str]) -> frozenset[str]:
    return frozenset(x for x in segment if x.startswith("name:"))


def same_unit(a: Fig, b: Fig) -> bool:
    """Money of one currency; counts of one unit (a bare number joins a count)."""
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind and a.unit == b.unit
    return units_agree(a.unit, b.unit)



def lead_words(text: str, figs: list[Fig]) -> str:
    """The article's words before its first figure (headline, dateline, opening words), lowercased:
    where it names its subject."""
    return text[:figs[0].start if figs else 0].lower()


def own_names(f: Fig, of: Fig, lead: str) -> bool:
    """Whether `f` names no one but `of` does, or the article's subject ("Aurelia delivered …")."""
    return all(n in of.segment or n[5:] in lead for n in names(f.segment))


def _free(f: Fig) -> bool:
    """Whether no claim from the words gave the figure a role (a conversion is no relation of change)."""
    return f.taken <= _FREE


# ---- the words ------------------------------------------------------------------------------------

_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|approximately|just\s+over|more\s+than|over)\s+)?"
SWING_BEFORE = regex(
    r"\b(?:swing|turnaround|turn-around|reversal|improvement|deterioration)\s+(?:of\s+)?(?:(?:an?|the)\s+)?" + _HEDGE + r"$"
    r"|\b(?:narrow(?:ed|ing)|widen(?:ed|ing)|improv(?:ed|ing)|deteriorat(?:ed|ing)|worsen(?:ed|ing)|swung|swinging)\s+by\s+" + _HEDGE + r"$"
    r"|\b(?:swing|turnaround|turn-around|improvement)\s+in\s+(?:[\w'’-]+\s+){1,4}?(?:amounted\s+to|came\s+to|was|totall?ed)\s+"
    + _HEDGE + r"$",
    re.I)
SWING_AFTER = regex(r"\s*(?:swing|turnaround|improvement|deterioration)\b", re.I)
_EARLIER_LEAD = regex(r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:a|an|the|its)\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:of\s+)?" + _HEDGE + r"$", re.I)
_LOSS = regex(r"\b(?:loss|losses|deficit|lost|lose|in\s+the\s+red|outflows?|cash\s+used|cash\s+burn|burned|burnt)\b", re.I)  # "negative 5.9%" is a signed value
_PROFIT = regex(r"\b(?:profit|profits|income|earnings|earned|earn|surplus|in\s+the\s+black)\b", re.I)
_BETTER = regex(r"\b(?:improv\w*|narrow\w*|turnaround|turn-around|turned\s+around|reduc\w*|shr[aiu]nk\w*|trimmed|better)\b", re.I)
_WORSE = regex(r"\b(?:deteriorat\w*|widen\w*|deepen\w*|worsen\w*|ballooned|swelled|worse)\b", re.I)
_ANAPHORA = regex(r"(?:^|[.!?]\s+|\n)\s*(?:That|This|It|Which)(?:'s|’s|\s+(?:is|was|represents|represented|marks|marked|"
                       r"amounts\s+to|amounted\s+to))\b[^.!?\n]*$")
_MAYBE = ("swing", "swung", "turnaround", "turn-around", "reversal", "improv", "deteriorat", "narrow", "widen", "worsen", "exclud", "leav",
          "stripping", "leaving out", "gap", "difference", "premium", "lead", "advantage", "outsold",
          "outsell", "ahead by", "behind by", "ahead of", "behind", "than", "above", "below", "short of", "exceed", "outnumber",
          "outr", "trail")  # words each construction needs


def _cue_positions(text: str) -> list[int]:
    """Where the words any construction here needs occur, sorted (plain finds: a pattern tried at
    every position of the text cost more than the rest of the finder)."""
    lowered = text.lower()
    out = []
    for word in _MAYBE:
        at = lowered.find(word)
        while at >= 0:
            out.append(at)
            at = lowered.find(word, at + 1)
    return sorted(out)


_EXCLUDING = regex(r"(?:^|[;:]\s*|,\s*|\n)\W*(?:excluding|stripping\s+out|leaving\s+out)\s+(?P<what>[^,;]{1,100}),\s*[^,;]*$", re.I)
_INCLUDED = regex(r"\b(?:includ(?:ed|es|ing)|contained|contains)\b[^.;,]{0,60}$", re.I)
_APPOSITIVE = regex(r"(?![^.;]*\b(?:while|whereas|but|and|although|though|as)\b)[^.;]{0,80}?(?:,|\s[—–-])\s*"
                         r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?|(?:narrowing|widening|improving|deteriorating)\s+by\s+)?" + _HEDGE, re.I)
_GAP_WORDS = regex(r"\b(?:gap|difference|premium|lead|advantage)\s+(?:between|for|of|over)\b", re.I)
_STOP = r"(?=\s+(?:to|at|of|was|is|stood|widened|narrowed|rose|fell|grew|shrank|came|has|had|remained)\b|\s*[,;]|$)"
_OVER = regex(r"\b(?:premium|lead|gap|advantage)\s+(?:for|of)\s+(?P<x>[^,;.]{1,60}?)\s+over\s+(?P<y>[^,;.]{1,60}?)" + _STOP, re.I)
_BETWEEN = regex(r"\b(?:gap|difference)\s+between\s+(?P<x>[^,;.]{1,60}?)\s+and\s+(?P<y>[^,;.]{1,60}?)" + _STOP, re.I)
_BARE_OVER = regex(r"\b(?:premium|lead|advantage)\s+over\s+(?P<y>[^,;.]{1,60}?)" + _STOP, re.I)
_OWNER_BEFORE = regex(r"(?P<x>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+(?:[\w-]+\s+)?$")
_TWO = regex(r"\b(?:gap|difference)\s+(?:of\s+[\d,.]+\s+(?:units?\s+)?)?between\s+the\s+(?:two|top\s+two)\s+(?:leaders|leading\s+\w+|largest(?:\s+\w+)?|"
             r"(?:[\w-]+\s+)?(?:brands|makers|carmakers|automakers|companies|manufacturers|marques|rivals)|"
             r"biggest(?:\s+\w+)?)" + _STOP, re.I)


def _head(text: str, start: int) -> str:
    """The text of a figure's sentence up to it."""
    line = text.rfind("\n", 0, start)
    # a sentence end is looked for after the line's start only: "! " or "? " in no sentence of a long
    # text sent each search back to the text's start
    cut = max(line, *(text.rfind(p, max(line, 0), start) for p in (". ", "! ", "? ")))
    return text[cut + 1:start]


def _before(text: str, f: Fig, figs: list[Fig]) -> str:
    """The words between the figure before in its sentence (or its sentence's start) and the figure."""
    prev = [q.end for q in figs if q.sentence == f.sentence and q.end <= f.start]
    head = _head(text, f.start)
    lo = max(prev[-1] if prev else 0, f.start - len(head))
    return text[lo:f.start]


def _is_change(text: str, f: Fig, figs: list[Fig]) -> bool:
    return f.role == "change" or bool(SWING_BEFORE.search(_before(text, f, figs)[-60:])
                                      or SWING_AFTER.match(text, f.end, f.end + 40))


_LOSS_AFTER = regex(r"\s+(?:net\s+|operating\s+|pre-?tax\s+)?(?:loss|deficit)\b", re.I)
_PROFIT_AFTER = regex(r"\s+(?:net\s+|operating\s+|pre-?tax\s+)?(?:profit|income|surplus)\b", re.I)


def _is_loss(text: str, f: Fig, figs: list[Fig]) -> bool:
    """A loss stated as an amount ("a net loss of 52.3 billion won", "when it lost 520 million
    yuan", "from a CZK 84 million loss"): the word of profit or loss just after it, else the last
    one between it and the figure before it in its sentence (less the word that figure's own)."""
    if _LOSS_AFTER.match(text, f.end):
        return True
    if _PROFIT_AFTER.match(text, f.end):
        return False
    window = _before(text, f, figs)
    if owned := _LOSS_AFTER.match(window) or _PROFIT_AFTER.match(window):
        window = window[owned.end():]  # "… from a CZK 84 million loss in 2024 to a CZK 112 million profit": the loss is the 84's
    losses, profits = list(_LOSS.finditer(window)), list(_PROFIT.finditer(window))
    return bool(losses) and (not profits or losses[-1].start() > profits[-1].start())


# ---- the finder ------------------------------------------------------------------------------------


def joined_ids(claimed: dict[str, list[Claim]] | None, path: str) -> set[str]:
    """The figures that claims found before (by the other joins) hold in one file."""
    return {fid for c in (claimed or {}).get(path, ()) for fid in c.figures}


def _only_parts(claimed: dict[str, list[Claim]] | None, path: str) -> set[str]:
    """The figures that claims before hold only as a share's part: "operating profit would have been 64.4
    billion won, a margin of just 0.9 percent" is a margin's profit and what is left after the credits alike."""
    claims = (claimed or {}).get(path, ())
    parts = {part for c in claims if c.rule == "share" and isinstance(part := c.roles.get("part"), str)}
    return parts - {fid for c in claims for role, fid in c.roles.items()
                    if isinstance(fid, str) and not (c.rule == "share" and role == "part") and fid in parts}


def find_differences(records: Records, texts: dict[str, str] | None = None,
                     claimed: dict[str, list[Claim]] | None = None) -> dict[str, list[Claim]]:
    """Difference claims by file, for changes and gaps whose own words found no levels; a figure
    that `claimed` (the other joins' claims) already holds keeps its role there."""
    out: dict[str, list[Claim]] = {}
    if not records.rows or not texts:
        return out
    # the candidates first, in one pass over plain lists: an amount whose words around it could state
    # a difference (most articles have none, and then no row is read)
    wanted: dict[str, set[str]] = {}
    cues: dict[str, list[int]] = {}
    for row in records.rows:
        p = row.file
        if row.kind in QUANTITY and row.role in ("change", "level", "earlier") and row.taken <= _FREE and p in texts:
            if p not in cues:
                cues[p] = _cue_positions(texts[p])
            j = bisect.bisect_left(cues[p], int(row.start) - 240)
            if row.role == "change" or (j < len(cues[p]) and cues[p][j] <= int(row.start) + len(row.text) + 40):
                wanted.setdefault(p, set()).add(row.id)
    for path in sorted(wanted):
        text = texts[path]
        figs = figures_of(records.in_text_order[path])
        held = joined_ids(claimed, path) - _only_parts(claimed, path)
        for c in figs:
            if c.id not in wanted[path] or c.id in held:
                continue
            claim = rival = None
            head = _head(text, c.start)
            excluding = _EXCLUDING.search(head)
            if excluding is not None:
                claim = _excluded(text, c, figs, c.start - len(head) + excluding.start("what"),
                                  c.start - len(head) + excluding.end("what"))
            elif _LEAVING.search(head):
                claim = _left_over(text, c, figs)
            elif (leaving := _LEAVING_NAMED.search(head)) is not None and (
                    ahead := _LEFT_AHEAD.match(text, c.start + len(c.text))) is not None:
                claim = _left_ahead(text, c, figs, leaving, ahead)
            elif _GAP_WORDS.search(head):
                claim = _gap(text, c, figs) or (_lead_of(c, figs) if _LEAD_OF.search(head) else None)
            elif _GAP_MOVED.search(head):
                claim = _lead_of(c, figs)  # "…, ahead of Tala Moto's 31,150; the gap narrowed to 7,770 units"
            elif _BEAT_CONSENSUS.search(head):
                claim = _beat_consensus(c, figs)
            elif (outsold := _OUTSOLD_FIGURE.search(head)) is not None:
                claim = _outsold(c, figs, outsold, c.start - len(head))
            elif (ahead := _AHEAD_BY.search(head)) is not None:
                claim = _ahead_by(text, c, figs, ahead)
            elif (alone := _AHEAD_BY_ALONE.search(head)) is not None:
                claim = _ahead_of_the_other(c, figs, alone)
            elif (after := _AHEAD_AFTER.match(text, c.start + len(c.text))) is not None:
                claim = _ahead_of(text, c, figs, after)
            elif _is_change(text, c, figs):
                claim = rival = _rival_gap(text, c, figs, head)
                if claim is None and not THAN_A_RIVAL.match(text, c.start + len(c.text)):
                    claim = _swing(text, c, figs)  # but "rise 34.6% to 70 GWh from 52 GWh, 10 GWh more than Tianhe's Hungarian
                    # plant": a gap to another's level, no change of this one
            if claim is None and rival is None and c.role in ("change", "level"):
                claim = _rival_gap(text, c, figs, head)
            if claim is not None and not _out_of_scale(claim, figs):
                out.setdefault(path, []).append(claim)
    for path, claims in _against_references(records, texts, claimed, out).items():
        out.setdefault(path, []).extend(claims)
    return out


_LEAVING = guarded(regex(r",?\s*(?:leaving|which\s+leaves|that\s+leaves|to\s+leave)\s+(?:(?:about|around|some|just|only|a\s+further)\s+)?$", re.I))
_OF_THAT = regex(r"\W*(?:Of\s+(?:that|this|it|these|those|the\s+total|the\s+budget|the\s+sum)|Of\s+(?=[$€£¥]|\d))", re.I)


def _left_over(text: str, c: Fig, figs: list[Fig]) -> Claim | None:
    """"… a budget of €400 million for 2026. Of that, €312 million had already been committed by the end of May, leaving
    €88 million": what is left of a whole once the part before it in its sentence is taken; the whole is the amount
    "Of that" points back to (the one of that unit in the sentence before) or "Of the €400 million …" names."""
    here = [q for q in figs if q.sentence == c.sentence and q.quantity and q.id != c.id and same_unit(q, c) and q.start < c.start]
    if len(here) == 2 and _COMPARED_BETWEEN.fullmatch(text, here[0].start + len(here[0].text), here[1].start) \
            and here[0].value != here[1].value and _free(c) and all(_free(q) and q.role != "earlier" for q in here):
        # "The €612.4 million paid out compares with an annual allocation of €750 million, leaving €137.6 million unspent":
        # the larger of the two less the smaller (never "shipments abroad of 3.41 million against 3.26 million last year, …,
        # leaving 0.67 million vehicles for the home market": a year set against the one before, no whole and its part)
        whole, part = sorted(here, key=lambda q: q.value, reverse=True)
        return Claim("difference", c.id, {"change": c.id, "new": whole.id, "old": part.id}, sign=1, basis=c.basis, note=LEFT_OVER)
    if not here or not _OF_THAT.match(text, sentence_start(text, c.start)):
        return None
    part = here[-1]
    if len(here) == 2 and text[sentence_start(text, c.start):here[0].start].strip().lower() in ("of", "of the"):
        whole = here[0]  # "Of €400 million, €312 million …"
    elif len(here) == 1:
        before = [q for q in figs if q.sentence == c.sentence - 1 and q.paragraph == c.paragraph and q.quantity and same_unit(q, c)]
        if not before:
            return None
        whole = before[-1]  # "… which pays up to €7,000 …, was given a budget of €400 million": what "that" names, the last
    else:
        return None
    if not _free(c) or whole.value <= part.value:
        return None
    return Claim("difference", c.id, {"change": c.id, "new": whole.id, "old": part.id}, sign=1, basis=c.basis, note=LEFT_OVER)


LEFT_OVER = "what a whole leaves once a part of it is taken"
_COMPARED_BETWEEN = regex(r"[^.;\d]{0,60}?\b(?:compares?\s+(?:with|to)|compared\s+(?:with|to)|against|out\s+of)\b[^.;\d]{0,40}", re.I)


def _out_of_scale(claim: Claim, figs: list[Fig]) -> bool:
    """A stated difference far beyond both its amounts (context.out_of_scale): never theirs."""
    by_id = {f.id: f for f in figs}
    change, new, old = (by_id.get(str(claim.roles.get(k))) for k in ("change", "new", "old"))
    return change is not None and new is not None and old is not None and out_of_scale(change.value, new.value, old.value)


_ABOVE = r"above|over|more\s+than|higher\s+than|ahead\s+of|longer\s+than|greater\s+than"
_BELOW = r"below|under|less\s+than|lower\s+than|fewer\s+than|behind|shorter\s+than"
# "89.7 g/km, 5.5 g/km under its target of 95.2 g/km"; "$1,940 below the average for all new vehicles ($49,800)"
_REFERENCE_AFTER = regex(rf"\s*(?:[^\s\d,]+\s+)?(?P<dir>{_ABOVE}|{_BELOW})\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,6}}?(?:of\s+|\(\s*)", re.I)
# "94.1 g/km against a specific target of 92.8 g/km, 1.3 g/km above its target"; "…, 2.5 days longer"
_REFERENCE_BEFORE = regex(rf"\s*(?:[^\s\d,]+\s+)?(?P<dir>{_ABOVE}|{_BELOW}|longer|shorter|more|fewer|higher|lower)\b(?:\s+(?:its|the|their)\s+[\w-]+)?\s*[.;,)]", re.I)
_AGAINST = regex(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|target\s+of|from)\b[^.;]{0,40}$", re.I)


def _against_references(records: Records, texts: dict[str, str], claimed: dict[str, list[Claim]] | None,
                        found: dict[str, list[Claim]]) -> dict[str, list[Claim]]:
    """An amount's distance from a reference in one sentence, the three of one unit: "averaged 89.7 g/km,
    5.5 g/km under its target of 95.2 g/km" (amount, difference, reference), or "recorded 94.1 g/km against a
    specific target of 92.8 g/km, 1.3 g/km above its target" (amount, reference, difference)."""
    out: dict[str, list[Claim]] = {}
    for path, ordered in records.in_text_order.items():
        text = texts.get(path)
        if not text:
            continue
        held = joined_ids(claimed, path) | joined_ids(found, path)
        rows = [r for r in ordered if r.kind in QUANTITY and r.role in ("level", "earlier", "change", "forecast", "converted")]
        for a, b, c in zip(rows, rows[1:], rows[2:]):
            if not a.sentence == b.sentence == c.sentence or {a.id, b.id, c.id} & held or a.taken - _FREE or c.taken - _FREE:
                continue
            if not _one_unit(a, b, c):
                continue
            if (said := _REFERENCE_AFTER.fullmatch(text, b.start + len(b.text), c.start)) and "," in text[a.start + len(a.text):b.start]:
                first, gap, ref = a, b, c  # amount, difference, reference
            elif (said := _REFERENCE_BEFORE.match(text, c.start + len(c.text))) and _AGAINST.search(text, a.start + len(a.text), b.start):
                first, gap, ref = a, c, b  # amount, reference, difference
            else:
                continue
            if not gap.value < max(first.value, ref.value):
                continue
            up = re.fullmatch(rf"(?:{_ABOVE}|longer|more|higher)", " ".join(said.group("dir").lower().split())) is not None
            out.setdefault(path, []).append(Claim("difference", gap.id, {"change": gap.id, "new": first.id, "old": ref.id},
                                                  sign=1 if up else -1, note="an amount's distance from a reference in one sentence"))
            held |= {first.id, gap.id, ref.id}
    return out


def _one_unit(*rows: Row) -> bool:
    """One currency, or counts of one physical unit ("g/km", "days") or of none."""
    kinds = {("money", r.unit) if r.kind == "money" else ("count", None) for r in rows}
    units = {r.metric if isinstance(r.metric, str) and r.metric.startswith("other:") and r.metric != "other:per_unit" else None
             for r in rows}
    return len(kinds) == 1 and len(units) == 1


def _pair(text: str, c: Fig, figs: list[Fig], sentence: int) -> tuple[Fig, Fig] | None:
    """The level and the earlier level in one sentence before the change: the two amounts of the
    change's unit there, one of them led as the earlier ("from a profit of", "compared with")."""
    found = [q for q in figs if q.sentence == sentence and q.quantity and q.id != c.id and q.start < c.start
             and same_unit(q, c)]
    if len(found) != 2:
        return None
    led = [q.role == "earlier" or bool(_EARLIER_LEAD.search(_before(text, q, figs)[-60:])) for q in found]
    if led.count(True) != 1:
        return None
    new, old = (found[1], found[0]) if led[0] else (found[0], found[1])
    if not agree(new.metric, old.metric) or not agree(c.metric, new.metric):
        return None
    if sentence == c.sentence and not _APPOSITIVE.fullmatch(text, found[1].end, c.start):
        return None  # "… from $2.1 billion, while costs rose by $50 million": another subject's change
    return new, old


_FROM_AFTER = regex(r"\s*(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:a|an|the|its|their)\s+)?"
                   r"(?:(?:year-earlier|year-ago|previous|prior|net|operating)\s+)?(?:(?:loss|profit)\s+of\s+)?" + _HEDGE + r"$", re.I)


# "19,640 cars in the second quarter, 6,528 more than in the first quarter, when retail volumes were 13,112"
_THAN_WHEN = regex(r"\s*(?:(?:units|vehicles|cars|ports|chargers)\s+)?(?:more|fewer|less|higher|lower)\s+than\s+"
                   r"(?:(?:it|they|there)\s+(?:had|were)\s+)?(?:in|at|on|during)\s+[^,;.\d]{1,40},\s*when\s+[^,;.\d]{0,40}?"
                   r"\b(?:were|was|stood\s+at|totall?ed|came\s+to|reached|counted|numbered|had)\s+(?:about\s+|around\s+)?", re.I)


def _around(text: str, c: Fig, figs: list[Fig]) -> tuple[Fig, Fig] | None:
    """The level before the change and the earlier one right after it, in its sentence: "lost $1.34
    billion, an improvement of $370 million from the $1.71 billion loss a year earlier"."""
    before = [q for q in figs if q.sentence == c.sentence and q.quantity and q.start < c.start and same_unit(q, c)]
    after = [q for q in figs if q.sentence == c.sentence and q.quantity and q.start > c.start and same_unit(q, c)]
    if len(before) != 1 or not after:
        return None
    new, old = before[0], after[0]
    if not (_FROM_AFTER.fullmatch(text, c.end, old.start) or _THAN_WHEN.fullmatch(text, c.end, old.start)) \
            or not _APPOSITIVE.fullmatch(text, new.end, c.start):
        return None
    if not agree(new.metric, old.metric) or not agree(c.metric, new.metric):
        return None
    return new, old


def _swing(text: str, c: Fig, figs: list[Fig]) -> Claim | None:
    own = [q for q in figs if q.sentence == c.sentence and q.quantity and q.id != c.id and same_unit(q, c)
           and not _is_change(text, q, figs)]  # "The $166 million improvement …, a turnaround of $326 million": two changes
    pair = _pair(text, c, figs, c.sentence) or _around(text, c, figs)
    far = False
    if pair is None and not own and _ANAPHORA.search(_head(text, c.start)):
        prev = [q for q in figs if q.sentence == c.sentence - 1 and q.paragraph == c.paragraph]
        pair = _pair(text, c, figs, c.sentence - 1) if prev else None
    if pair is None and len([q for q in own if q.start < c.start]) <= 1:
        pair = _by_metric(c, figs, [q for q in own if q.start < c.start], lead_words(text, figs))
        far = pair is not None
    if pair is None:
        return None
    new, old = pair
    if not (_free(c) and new.role == "level" and old.role in ("level", "earlier")):
        return None
    signed = _signed(text, c, new, old, figs)
    if signed is None:
        return None
    sign, negative = signed
    if far:  # a join across paragraphs: the amounts must at least be of the size the words state
        e = (-new.value if "new" in negative else new.value) - (-old.value if "old" in negative else old.value)
        if not (c.value / 2 <= abs(e) <= c.value * 2):
            return None
    extra = {"negative_roles": negative} if negative else {}
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=sign, basis=c.basis,
                 note=SWING, extra=extra)


def _by_metric(c: Fig, figs: list[Fig], own: list[Fig], lead: str) -> tuple[Fig, Fig] | None:
    """"The $326 million turnaround in net income": the one level of the change's metric in its
    period and the one earlier level of that metric (a period before, or stated beside the level)."""
    metric = c.metric
    if metric is None or metric.startswith("other:") or c.period is None:
        return None
    lex = lexicon()
    core = lex.scope_free(c.segment)
    levels = [q for q in figs if q.quantity and q.id != c.id and q.role == "level"
              and (q.metric == metric or q.metric is None and core and q.sentence == c.sentence)  # "Its exports climbed to
              # 13,172 units, …, and were 3,068 units higher": the level its sentence names with the change's segment
              and q.period == c.period and same_unit(q, c) and lex.scope_free(q.segment) == core and agree(q.entity, c.entity)
              and own_names(q, c, lead) and own_names(c, q, lead)]  # "Ontario … added 4,620 ZEVs": Ontario's, never the market's
    if own and [q.id for q in levels] != [own[0].id]:
        return None
    if len({q.value for q in levels}) != 1:
        return None
    new = levels[0]
    before = c.versus or previous_code(c.period, c.basis)
    olds = [q for q in figs if q.quantity and q.id not in (c.id, new.id) and q.metric in (metric, None) and same_unit(q, new)
            and agree(q.entity, new.entity) and lex.scope_free(q.segment) in (core, frozenset()) and own_names(q, new, lead)
            and ((q.period == before and before is not None and q.metric == metric and q.role in ("level", "earlier"))
                 or (q.period is None and q.role == "earlier" and q.sentence == new.sentence and q.start > new.start))]
    if len({q.value for q in olds}) != 1 and core:
        olds = [q for q in olds if lex.scope_free(q.segment) == core]  # "… and were 3,068 units higher than in August, when
        # the company exported 10,104 vehicles": August's exports, not August's total beside them
    if len({q.value for q in olds}) != 1:
        return None
    return new, olds[0]


_DURATION = regex(r"\b(?:days?|hours?|minutes?|weeks?|seconds?)\b", re.I)


def _signed(text: str, c: Fig, new: Fig, old: Fig, figs: list[Fig]) -> tuple[int, tuple[str, ...]] | None:
    """The direction the words give the change, and the amounts that are losses. A swing between a
    profit and a loss goes the way of the newer one; between two losses or two profits the words
    say it ("improvement", "narrowed", "deterioration"; a loss that narrows improves)."""
    said_new, said_old = _is_loss(text, new, figs), _is_loss(text, old, figs)
    if old.role == "earlier" and new.sentence == old.sentence and not _PROFIT.search(_before(text, old, figs)):
        said_old = said_old or (said_new and new.value > 0)  # "Operating loss of $152 million, narrowed from $318 million": one metric
    negative = tuple(r for r, f, said in (("new", new, said_new), ("old", old, said_old)) if said and f.value > 0)
    loss_new, loss_old = new.value < 0 or said_new, old.value < 0 or said_old
    words = _before(text, c, figs)[-80:] + " " + text[c.end:c.end + 40]
    better, worse = bool(_BETTER.search(words)), bool(_WORSE.search(words))
    if loss_new != loss_old:
        return (-1 if loss_new else 1), negative
    if better != worse and _DURATION.search(text, c.start, c.end + 1):
        return (-1 if better else 1), negative  # "took 34 days …, against 39 days …, an improvement of 5 days": a time to sell,
        # charge or deliver improves as it shortens
    if better != worse:
        return (1 if better else -1), negative
    if c.sign:
        return (-c.sign if loss_new else c.sign), negative  # a loss that rose worsened
    return None


# ---- gaps ------------------------------------------------------------------------------------------


def _labels(words: str, candidates: list[Fig], lex: Lexicon) -> set[str]:
    """The segments and names a phrase names: "a used electric car" what the article reads "electric" as,
    "a petrol one" petrol."""
    found = set(lex.segments_in(words))
    if ELECTRIC in found and not any(ELECTRIC in q.segment for q in candidates):
        # "the premium for a used electric car over a petrol one" where only battery-electric cars have a level
        found = found - {ELECTRIC} | _one({x for q in candidates for x in q.segment if x in READINGS})
    lowered = words.lower()
    for q in candidates:
        for n in names(q.segment):
            first = n[5:].split()[0] if n[5:].split() else ""
            if first and re.search(r"\b" + re.escape(first) + r"\b", lowered):
                found.add(n)
    return found


def _one(labels: set[str]) -> set[str]:
    return labels if len(labels) == 1 else set()


def _gap(text: str, c: Fig, figs: list[Fig]) -> Claim | None:
    head = _head(text, c.start)
    current = c if c.role != "earlier" else None
    if current is None:  # "to £4,730, from £6,470 a year earlier": the earlier gap of the gap stated first
        firsts = [q for q in figs if q.sentence == c.sentence and q.quantity and q.id != c.id and q.start < c.start
                  and same_unit(q, c) and q.role != "earlier"]
        if len(firsts) != 1 or not _free(firsts[0]):
            return None
        current = firsts[0]
        head = _head(text, current.start)
    if current.period is None:
        return None
    levels = [q for q in figs if q.quantity and q.role == "level" and q.id not in (c.id, current.id) and q.period == current.period
              and same_unit(q, current) and agree(q.metric, current.metric) and JOINT not in q.segment
              and "remainder" not in q.segment and q.sentence != current.sentence]
    ends = _ends(head, current, levels, figs, document_lexicon(text))
    if ends is None:
        return None
    a, b = ends
    if c is not current:
        a_old, b_old = _earlier_of(a, figs), _earlier_of(b, figs)
        if a_old is None or b_old is None:
            return None
        a, b = a_old, b_old
    return Claim("difference", c.id, {"change": c.id, "new": a.id, "old": b.id}, sign=1, basis=c.basis, note=GAP)


_AHEAD_BY = guarded(regex(rf"\b(?P<dir>{GAP_VERBS})\s+"
                  r"(?P<y>(?:[\w&'’.-]+\s+){1,4}?)by\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I))


_GAP_MOVED = regex(r"\bthe\s+(?:lead|gap|difference)\s+(?:has\s+|had\s+)?(?:(?:narrowed|widened|shrank|shrunk|grew|grown|closed|came|"
                   r"fell|rose)\s+to|stood\s+at|was|is)\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)  # never "narrowed by"
_LEAD_OF = regex(r"\b(?:a|its|their|his|her)\s+(?:lead|gap|difference|margin)\s+of\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I)


_BEAT_CONSENSUS = guarded(regex(r"\b(?P<dir>beat|beating|exceeded|topped|missed|missing|fell\s+short\s+of|undershot)\s+(?:the\s+|analysts'\s+|Wall\s+Street\s+)?"
                        r"(?:consensus|estimates?|expectations|forecasts?|guidance)\s+by\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I))


def _beat_consensus(c: Fig, figs: list[Fig]) -> Claim | None:
    """"Analysts had on average expected 139,500 deliveries …, meaning Meridian beat the consensus by 2,816
    vehicles": the gap between the level the article states for the estimate's metric and period and the one
    estimate in the gap's sentence or the one before."""
    estimates = [q for q in figs if q.role == "forecast" and q.kind in QUANTITY and same_unit(q, c) and 0 <= c.sentence - q.sentence <= 1
                 and q.start < c.start]
    if len(estimates) != 1 or estimates[0].period is None:
        return None
    estimate = estimates[0]
    actual = [q for q in figs if q.role == "level" and q.quantity and q.id != c.id and q.period == estimate.period
              and same_unit(q, c) and agree(q.metric, estimate.metric) and not lexicon().scope_free(q.segment) and q.start < c.start
              and estimate.paragraph - 1 <= q.paragraph <= estimate.paragraph and not isinstance(q.item, str)]
    if len({q.value for q in actual}) != 1:
        return None
    return Claim("difference", c.id, {"change": c.id, "new": actual[0].id, "old": estimate.id}, sign=1, basis=c.basis, note=GAP)


_AHEAD_AFTER = regex(r"\s*(?:units?|vehicles|cars|registrations|sales|pcs)?\s*(?P<dir>ahead\s+of|behind|short\s+of)\s+"
                     r"(?P<y>(?:[\w&'’.-]+\s+){0,3}?[\w&'’.-]+)(?=\s*[,;:)(]|\s*\.?$|\.\s|\s+(?:with|at|on|of|by|in|and|which|who|whose|to|for|"
                     r"after|as|but|while)\b|\s+[\d$€£¥])(?P<rel>\s*,\s*which\s+(?:sold|registered|delivered|recorded|had|"
                     r"managed|shipped|exported)\s+(?:about\s+|around\s+|some\s+)?)?(?P<whose>\s*,\s*whose\b)?"
                     r"(?P<own>\s*\(\s*|\s+(?:on|with|at|of)\s+(?=[\d$€£¥]))?", re.I)  # "(5,316 pcs)", "on 6,415": the rival's figure;
# "came in 15,820 units short of company-compiled consensus of 428,500": the estimate's
_ESTIMATE_WORD = regex(r"\b(?:consensus|estimates?|expectations?|forecasts?|guidance)\b", re.I)
# "It finished 6,932 units ahead of second-placed Suzuki": the subject the sentence before gave its level
_IT_OPENS = regex(r"\W*(?:It|They|The\s+(?:company|group|brand|carmaker|automaker|maker|manufacturer))\s", re.I)


def _ahead_of(text: str, c: Fig, figs: list[Fig], m: re.Match[str]) -> Claim | None:
    """"Chery topped the ranking with 1,642 units, 437 units ahead of Toyota, which sold 1,205", "Germany …
    58,920 registrations, 22,450 ahead of France, which registered 36,470": the level just before the gap in
    its sentence less the rival's, named in the words after it or by the figure their relative clause gives."""
    if c.period is None:
        return None
    here = sorted((q for q in figs if q.sentence == c.sentence and q.quantity and q.id != c.id and same_unit(q, c)),
                  key=lambda q: q.start)
    before = [q for q in here if q.start < c.start]
    if not before and _IT_OPENS.match(text, sentence_start(text, c.start)):
        before = [q for q in figs if q.sentence == c.sentence - 1 and q.paragraph == c.paragraph and q.quantity
                  and same_unit(q, c) and q.role == "level"]
        before = before if len(before) == 1 else []  # the one level the sentence before gave its subject
    table = None
    if not before and len(subject := names(c.segment)) == 1:
        # "Toyota finished 9,693 units ahead of Skoda" below a ranking table: the subject's row, and the rival's in that table
        rows = [q for q in figs if q.quantity and q.role == "level" and q.period == c.period and same_unit(q, c) and q.id != c.id
                and subject <= q.segment and isinstance(q.item, str) and q.item.startswith("table")]
        if len({q.value for q in rows}) == 1:
            before, table = rows[:1], str(rows[0].item).split(".")[0]
    if not before or before[-1].role != "level" or before[-1].period != c.period:
        return None
    own = before[-1]
    rival: Fig | None = None
    after = next((q for q in here if q.start >= m.end()), None)
    if m.group("rel") or m.group("own"):  # "14,526 pcs ahead of second-placed Hyundai (5,316 pcs)", "ahead of Suzuki on 6,415"
        rival = next((q for q in figs if q.sentence == c.sentence and q.start == m.end() and q.kind in QUANTITY and same_unit(q, c)),
                     None)  # an estimate too: "15,820 units short of company-compiled consensus of 428,500"
    elif m.group("whose"):  # "ahead of Daihatsu, whose 486,900 sales", "…, whose registrations dropped 11.4 percent to 31,957"
        rival = next((q for q in here if q.start >= m.end() and q.role == "level"), None)
    elif m.group("y").endswith(("'s", "’s")) and after is not None and not text[m.end():after.start].strip(" ,"):
        rival = after  # "3,034 ahead of Volkswagen's 9,870": the rival's own figure follows its name
    else:
        levels = [q for q in figs if q.quantity and q.role == "level" and q.id not in (c.id, own.id) and q.period == c.period
                  and same_unit(q, c) and JOINT not in q.segment
                  and (abs(q.sentence - c.sentence) <= 1 if table is None else isinstance(q.item, str) and q.item.split(".")[0] == table)]
        labels = _labels(m.group("y"), levels, document_lexicon(text))
        found = [q for q in levels if labels and labels <= q.segment]
        rival = found[0] if len(labels) == 1 and len({q.value for q in found}) == 1 else None
    estimate = _ESTIMATE_WORD.search(m.group("y")) is not None
    if rival is None or rival.role != ("forecast" if estimate else "level") or rival.period != c.period:
        return None
    new, old = (rival, own) if m.group("dir").lower().startswith(("behind", "short")) else (own, rival)
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=1, basis=c.basis, note=GAP)


# "Chery, at 3,184 units, outsold Toyota's 2,782 by 402": the rival's own figure after its name
_OUTSOLD_FIGURE = guarded(regex(rf"\b(?P<dir>{GAP_VERBS})\s+(?:[\w&'’.-]+\s+){{0,3}}?[\w&'’.-]+(?:'s|’s)\s+(?P<fig>[$€£¥]?\d[\d,.]*)"
                        r"\s+(?:(?:units|vehicles|cars|registrations|sales)\s+)?by\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I))


def _outsold(c: Fig, figs: list[Fig], m: re.Match[str], offset: int) -> Claim | None:
    """The level before the verb, in the gap's sentence, less the rival's figure said after its name."""
    verb, rival_at = offset + m.start("dir"), offset + m.start("fig")
    here = [q for q in figs if q.sentence == c.sentence and q.quantity and q.id != c.id and same_unit(q, c)]
    own = [q for q in here if q.start < verb]
    rival = next((q for q in here if q.start == rival_at), None)
    if not own or rival is None or own[-1].role != "level" or rival.role != "level" or own[-1].period != rival.period:
        return None
    new, old = (rival, own[-1]) if m.group("dir").lower().startswith(("behind", "trail")) else (own[-1], rival)
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=1, basis=c.basis, note=GAP)


def _lead_of(c: Fig, figs: list[Fig]) -> Claim | None:
    """"Toyota kept first place with 2,614 units, followed by Hyundai with 1,509, giving the Japanese maker a
    lead of 1,105 units": the gap between the two makers' levels its sentence states before it, the larger
    first."""
    named = [q for q in figs if q.sentence == c.sentence and q.start < c.start and q.quantity and q.role == "level"
             and q.period == c.period and same_unit(q, c) and len(names(q.segment)) == 1 and q.id != c.id]
    if len(named) == 1:  # "Hyundai … led the market with 3,912 cars. Chevrolet followed with 2,874 units, a gap of 1,038 cars"
        leader = [q for q in figs if q.sentence == c.sentence - 1 and q.paragraph == c.paragraph and q.quantity and q.role == "level"
                  and q.period == c.period and same_unit(q, c)]
        named = [*leader, *named] if len(leader) == 1 and len(names(leader[0].segment)) == 1 else named
    if len(named) != 2 or names(named[0].segment) == names(named[1].segment):
        return None
    big, small = sorted(named, key=lambda q: -q.value)
    return Claim("difference", c.id, {"change": c.id, "new": big.id, "old": small.id}, sign=1, basis=c.basis, note=GAP)


# "Passenger cars came to 21,462, one-ton pickups 17,885, so passenger cars were ahead by 3,577"
_AHEAD_BY_ALONE = guarded(regex(r"\b(?P<x>[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:were|was|are|is|stayed|remained|finished|ended)\s+"
                        r"(?P<dir>ahead|behind)\s+by\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I))


def _ahead_of_the_other(c: Fig, figs: list[Fig], m: re.Match[str]) -> Claim | None:
    """A gap "ahead by" with no rival named, after the two levels its sentence states: the one whose segment the subject
    names less the other; none where the sentence states more levels, or the subject names neither or both."""
    lex = lexicon()
    levels = [q for q in figs if q.quantity and q.role == "level" and q.sentence == c.sentence and q.start < c.start
              and same_unit(q, c) and agree(q.metric, c.metric) and JOINT not in q.segment]
    said = lex.scope_free(lex.segments_in(m.group("x")))
    if len(levels) != 2 or not said:
        return None
    mine = [q for q in levels if lex.scope_free(q.segment) == said]
    if len(mine) != 1:
        return None
    other = levels[1] if mine[0] is levels[0] else levels[0]
    new, old = (mine[0], other) if m.group("dir").lower() == "ahead" else (other, mine[0])
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=1, basis=c.basis, note=GAP)


# "The Middle East took 97,510, leaving Europe 70,730 units ahead"
_LEAVING_NAMED = guarded(regex(r",?\s*(?:leaving|which\s+left|which\s+leaves|putting)\s+(?P<x>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
                               r"(?:(?:about|around|some|just|only)\s+)?$"))
_LEFT_AHEAD = regex(r"\s*(?:(?:units?|vehicles|cars|registrations|sales)\s+)?(?P<dir>ahead|clear|in\s+front|behind)\b(?!\s+of\b)", re.I)


def _left_ahead(text: str, c: Fig, figs: list[Fig], leaving: re.Match[str], ahead: re.Match[str]) -> Claim | None:
    """"Europe … with 168,240 vehicles. The Middle East took 97,510, leaving Europe 70,730 units ahead": the named one's
    level, stated once in its paragraph or the one before, against the one other level of the gap's clause."""
    levels = [q for q in figs if q.quantity and q.role == "level" and q.id != c.id and q.period == c.period and same_unit(q, c)
              and agree(q.metric, c.metric) and JOINT not in q.segment and "remainder" not in q.segment]
    own = _labels(leaving.group("x"), levels, document_lexicon(text))
    if len(own) != 1:
        return None
    xs = [q for q in levels if own <= q.segment and q.start < c.start and c.paragraph - 1 <= q.paragraph]
    ys = [q for q in levels if q.sentence == c.sentence and q.start < c.start and not own & q.segment]
    if len({q.value for q in xs}) != 1 or len(ys) != 1:
        return None
    new, old = (ys[0], xs[0]) if ahead.group("dir").lower() == "behind" else (xs[0], ys[0])
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=1, basis=c.basis, note=GAP)


def _ahead_by(text: str, c: Fig, figs: list[Fig], m: re.Match[str]) -> Claim | None:
    """"BYD …, with 812 registrations, ahead of Tesla by 432 units. Tesla registered 389": the gap's own
    maker's level less the named rival's, each stated once in the gap's sentence or the next."""
    lex = lexicon()
    own = names(c.segment) or frozenset(x for x in c.segment if lex.family(x) == "region")
    if c.period is None or len(own) != 1:
        return None
    levels = [q for q in figs if q.quantity and q.role == "level" and q.id != c.id and q.period == c.period and same_unit(q, c)
              and agree(q.metric, c.metric) and JOINT not in q.segment and "remainder" not in q.segment]
    rival = _labels(m.group("y"), levels, document_lexicon(text))
    if len(rival) != 1 or rival == own:
        return None
    for near in (lambda q: abs(q.sentence - c.sentence) <= 1,  # "Europe thus outpaced China by 75,170": their
                 lambda q: q.start < c.start and c.paragraph - 1 <= q.paragraph):  # levels stated in the paragraph before
        xs = [q for q in levels if own <= q.segment and near(q)]
        ys = [q for q in levels if rival <= q.segment and near(q)]
        if len({q.value for q in xs}) == 1 and len({q.value for q in ys}) == 1:
            break
    else:
        return None
    behind = m.group("dir").lower().startswith(("behind", "trail"))
    new, old = (ys[0], xs[0]) if behind else (xs[0], ys[0])
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=1, basis=c.basis, note=GAP)


_Y = r"(?P<y>(?:[\w&'’.-]+\s+){0,3}?[\w&'’-]+(?:\.[\w&'’-]+)*)"  # never the full stop after the last word
_Y_END = (r"(?=\s*[,;:.)(]|\s*$|\s+(?:with|at|on|in|and|which|who|whose|to|for|after|as|but|while|by|from|last|this|a|an|"
          r"since|so|despite|even)\b|\s+[\d$€£¥])")
_GAP_AFTER = guarded(regex(r"\s*(?:(?:units?|vehicles|cars|bikes|motorcycles|scooters|registrations|sales|deliveries|pcs)\s+)?"
                           rf"(?:(?P<larger>{GAP_MORE_THAN})|(?P<smaller>{GAP_LESS_THAN})|(?P<above>{GAP_ABOVE})|(?P<below>{GAP_BELOW}))"
                           r"(?P<than>(?:\s+[\w-]+){0,2}?\s+than)?\s+" + _Y + _Y_END, re.I))
_GAP_BEFORE = guarded(regex(rf"\b(?P<verb>{GAP_VERBS})\s+" + r"(?P<y>(?:[\w&'’.-]+\s+){0,3}?[\w&'’.-]+)"
                            r"(?:\s+(?:of|on|with|at)\s+(?P<fig>[$€£¥]?\d[\d,.]*)(?:\s+(?:units|vehicles|cars))?)?\s+by\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$", re.I))
_NUMBER = regex(r"\D*[\d,.]*")
_TRAILS = regex(r"behind|trail|short", re.I)
_APPOSITION = regex(r"\s*,\s*(?P<app>(?:[\w&'’.-]+\s+){0,3}?[\w&'’.-]+)\s*(?=,)")
_RIVAL_FIGURE = regex(r"\s*(?:,\s*whose\s+(?:[\w-]+\s+){0,2}?|['’]s\s+|\s*\(\s*|\s+(?:of|on|with|at)\s+|,\s*which\s+"
                      r"(?:sold|registered|delivered|recorded|had|built|produced|shipped|exported)\s+)(?:(?:about|around|some)\s+)?(?=[$€£¥]?\d)",
                      re.I)
_POINTER = regex(r"it|them|(?:its|their)\s+(?:[\w-]+\s+)?(?:rivals?|neighbou?rs?|competitors?|peers?|challengers?)|"
                 r"the\s+(?:other|rival|leader|runner-up)", re.I)
# between a subject's level and its gap: a verb, a participle or an adverb, never a new subject ("…, leaving the market
# leader 15.77 GWh ahead", "88,403 units, which puts Kaveri 7,811 units ahead")
_GLUE = regex(r"(?:\s*(?:units|vehicles|cars|registrations|,|\)|(?:from|against)\s+[$€£¥]?\d[\d,.]*(?:\s+(?:million|billion))?)\s*)*"
              r"(?:\s*\b(?:still|finishing|ending|trailing|trailed|leading|led|was|were|is|are|now|only|and|which|left|leaving|"
              r"put|puts|putting|it|them|just|some|about)\b)*\s*")
_A_FIGURE = regex(r"\d[\d,.]*(?:\s+(?:GWh|units|vehicles|cars|million|billion))?")
_CLAUSE_TURN = regex(r"[;:]|\b(?:so|and|while|whereas|but|because|although|though|meaning|which\s+means)\b", re.I)


def _rival_gap(text: str, c: Fig, figs: list[Fig], head: str) -> Claim | None:
    """A gap between two levels of one period that the words around it compare, when no construction above read
    its pair: "Florida, with 24,706, trailed it by 4,208", "It sold 71,140 more bikes than its nearest rival, Song
    Xanh Motors, whose 97,260 …", "the plants built 37,600 more vehicles than the group sold", "Quebec's total was
    7,646 units above Ontario's". The rival is the level the words after the gap word point to: the figure right
    after them, or the name, place or segment they name, or the metric they name where the subject's words name
    another; where they only point back ("it", "its northern neighbour"), the one other level of the sentences
    around. The subject is the level just before in its clause (nothing but a verb or an adverb between), else the
    one its words name, else, beside a rival the words name, the one other level of the sentences around. Both are
    levels of the gap's period, unit and segment."""
    if c.period is None:
        return None
    end = c.start + len(c.text)
    number = _NUMBER.match(c.text)
    after = _GAP_AFTER.match(text, end) or (_GAP_AFTER.match(text, c.start + len(number.group(0))) if number else None)
    # "37,600 more vehicles than the group sold": the gap word inside the figure's own text
    before = _GAP_BEFORE.search(head) if after is None else None
    offset = c.start - len(head)
    if after is not None:
        if not after.group("than") and (after.group("larger") or after.group("smaller")):
            return None  # "71,140 more" with nothing it is more than
        y, y_end, cue = after.group("y"), after.end("y"), end
        smaller = after.group("smaller") is not None or after.group("below") is not None
        subject = _clause_before(head, len(head))
    elif before is not None:
        y, y_end, cue = before.group("y"), offset + before.end("y"), offset + before.start("verb")
        smaller = _TRAILS.match(before.group("verb")) is not None
        subject = _clause_before(head, before.start("verb"))
    else:
        return None
    anywhere = [q for q in figs if q.quantity and q.role == "level" and q.id != c.id and q.period == c.period and same_unit(q, c)
                and JOINT not in q.segment and "remainder" not in q.segment]
    levels = [q for q in anywhere if q.paragraph == c.paragraph or q.paragraph == c.paragraph - 1 and q.start < c.start]
    near = [q for q in levels if q.paragraph == c.paragraph and c.sentence - 1 <= q.sentence <= c.sentence + 1]
    lex = document_lexicon(text)
    app = _APPOSITION.match(text, y_end)
    words = y + (" " + app.group("app") if app else "")
    if len(levels) < 2 and lex.named_metric(words) is None:
        return None
    here = [q for q in near if q.sentence == c.sentence and q.start < cue]
    own = here[-1:] if here and _GLUE.fullmatch(text, here[-1].start + len(here[-1].text), c.start if after else cue) else []
    rival_at = _RIVAL_FIGURE.match(text, app.end() if app else y_end)
    by_metric = False
    if rival_at is not None:
        rivals = [q for q in levels if q.start == rival_at.end() and q not in own]
        if not rivals:
            return None  # "than Tesla's 45,000 of a year earlier": a figure of its own, no level of the period
    elif (labels := _place_labels(words, levels, lex)):
        rivals = [q for q in levels if labels <= q.segment | _scoped(q) and q not in own]
    elif (metric := lex.named_metric(words)) is not None:
        mine_metric = lex.named_metric(subject)
        if mine_metric is None or mine_metric == metric:
            return None  # "dealers took in 1,772 more cars than they sold": the subject's words name no metric of their own
        # "Wholesale exceeded retail by 265,700 units": two metrics the words name, each with one level of the period
        # in the article where the sentences around state none
        rivals, by_metric = _whole_of(_of_metric(near, metric, lex), _of_metric(anywhere, metric, lex), lex), True
        own = own or _of_metric([q for q in near if q not in rivals], mine_metric, lex) \
            or _of_metric([q for q in anywhere if q not in rivals], mine_metric, lex)
        if not own:
            return None  # "dealers took in 1,772 more cars than they sold": "took" names a share, no level's metric
    elif _POINTER.fullmatch(y):
        rivals = []  # the one other level, once the subject's is known
    else:
        return None
    if len({q.value for q in rivals}) > 1 or (own and rivals and own[0] in rivals):
        return None
    if not own and (said := _place_labels(subject, levels, lex)):
        own = [q for q in levels if said <= q.segment | _scoped(q) and q not in rivals]
    distinct = {q.value for q in near}
    if not own and rivals and len(distinct) == 2:
        own = [q for q in near if q.value != rivals[0].value]
    if len({q.value for q in own}) != 1:
        return None
    if not rivals and len(distinct) == 2:
        rivals = [q for q in near if q.value != own[0].value]
    if len({q.value for q in rivals}) != 1 or own[0].value == rivals[0].value:
        return None
    mine, theirs = own[0], rivals[0]
    if not by_metric and not agree(mine.metric, theirs.metric) or c.value > max(mine.value, theirs.value) \
            or by_metric and mine.metric == theirs.metric or _core(mine, lex) != _core(theirs, lex) and not _siblings(mine, theirs, lex):
        return None  # a gap wider than both levels is of something else; "NEV wholesale volume exceeded retail by 213,000
        # units" is of the NEVs' retail, never of all the passenger vehicles shipped
    new, old = (theirs, mine) if smaller else (mine, theirs)
    if not 0.5 * c.value <= new.value - old.value <= 2 * c.value:
        return None  # "The Corvo 3 beat the Stellan E4 by 2,440 units": a pair whose gap is of another order, or the other way
        # round, is a misreading of who leads (a model's number, a rival's figure elsewhere), not a gap to check
    return Claim("difference", c.id, {"change": c.id, "new": new.id, "old": old.id}, sign=1, basis=c.basis, note=GAP)


def _of_metric(levels: list[Fig], metric: str, lex: Lexicon) -> list[Fig]:
    """The levels of a metric, else of the broader one it lies within ("retail" of "Dealers sold 671,240")."""
    return [q for q in levels if q.metric == metric] or [q for q in levels if q.metric == lex.within.get(metric)]


def _whole_of(near: list[Fig], anywhere: list[Fig], lex: Lexicon) -> list[Fig]:
    """The rival metric's levels near the gap, else anywhere, the whole's alone where the others are only its parts:
    "Production exceeded deliveries by 4,803 units" beside a table of deliveries by model and a region's deliveries is
    the total deliveries' gap. A whole has no segment, else only the maker's name in prose (`_a_part` says what the
    others must be). Beside a level of another kind of vehicle ("Retail sales of all light vehicles"), all stay, and
    the gap with them. (The subject's levels stay as they were: reading them so cost a blind set a relation.)"""
    for levels in (near, anywhere):
        wholes = [q for q in levels if not q.segment] or \
            [q for q in levels if q.item is None and q.segment and all(x.startswith("name:") for x in q.segment)]
        if not all(q in wholes or _a_part(q, lex) for q in levels):
            return levels
        if wholes:
            return wholes  # near parts only: the whole may be stated further off
    return near or anywhere


def _a_part(q: Fig, lex: Lexicon) -> bool:
    """A level that is part of its metric's whole: a row, a qualified part, or one of a place, a name, a powertrain, a
    body, a market or a narrow class (vans, trucks); never one of all passenger or commercial vehicles ("Retail sales of
    passenger vehicles" beside "of all light vehicles"), which may be the whole the words mean."""
    return q.item is not None or QUALIFIED <= q.segment or bool(q.segment) and all(
        x.startswith("name:") or lex.family(x) != "class" or x not in _WIDE_CLASSES for x in q.segment)


_WIDE_CLASSES = frozenset({PASSENGER, "car", "new_car", "commercial"})


def _core(q: Fig, lex: Lexicon) -> frozenset[str]:
    """What a level measures beside its place and name, less the kind of vehicle (which "1,108,700 deliveries" leaves
    unsaid beside "1,146,300 motorcycles")."""
    return frozenset(x for x in lex.scope_free(q.segment) if lex.family(x) != "class")


def _siblings(a: Fig, b: Fig, lex: Lexicon) -> bool:
    """Two members of one breakdown, each one label of the same family: "private buyers outnumbered business buyers by
    48,796", "battery-electric cars outsold plug-in hybrids by 1,113"."""
    x, y = _core(a, lex), _core(b, lex)
    return len(x) == len(y) == 1 and x != y and lex.family(next(iter(x))) == lex.family(next(iter(y))) != "qualified"


def _scoped(q: Fig) -> frozenset[str]:
    return frozenset({"scope:" + q.scope}) if q.scope else frozenset()


def _place_labels(words: str, pool: list[Fig], lex: Lexicon) -> frozenset[str]:
    """The names, places and segments the words name, of those the pool's levels carry."""
    found = set(_labels(words, pool, lex))
    lowered = words.lower()
    found |= {"scope:" + q.scope for q in pool if q.scope and re.search(r"\b" + re.escape(q.scope) + r"\b", lowered)}
    return frozenset(found)


def _clause_before(head: str, at: int) -> str:
    """The words of a gap's subject: its clause up to the gap's verb, after any figure in it ("Huayu Power 17.85 GWh,
    leaving the market leader" names no subject)."""
    turns = [m.end() for m in _CLAUSE_TURN.finditer(head, 0, at)] + [m.end() for m in _A_FIGURE.finditer(head, 0, at)]
    return head[max(turns, default=0):at]


def _ends(head: str, c: Fig, levels: list[Fig], figs: list[Fig], lex: Lexicon) -> tuple[Fig, Fig] | None:
    """The two levels a gap is between, the one it is "of" or "for" first."""
    if _TWO.search(head):
        return _two(c, levels)
    m = _OVER.search(head) or _BETWEEN.search(head)
    if m is not None:
        x, y = _labels(m.group("x"), levels, lex), _labels(m.group("y"), levels, lex)
    else:
        bare = _BARE_OVER.search(head)
        if bare is None:
            return None
        owner = _OWNER_BEFORE.search(head, 0, bare.start())
        x, y = _labels(owner.group("x"), levels, lex) if owner else set(), _labels(bare.group("y"), levels, lex)
        if owner and not x:
            return None  # "Japan's lead over Korea": the gap of an owner no level is read for, never of another of Korea's kind
    if len(y) != 1 or len(x) > 1 or x == y:
        return None
    (label_y,) = y
    ys = [q for q in levels if label_y in q.segment]
    if x:
        (label_x,) = x
        xs = [q for q in levels if label_x in q.segment]
    else:  # "the premium over petrol models": over the one other level of petrol's family
        family = lex.family(label_y)
        xs = [q for q in levels if label_y not in q.segment and any(lex.family(s) == family for s in q.segment)]
    if len({q.value for q in xs}) != 1 or len({q.value for q in ys}) != 1:
        return None
    return xs[0], ys[0]


def _two(c: Fig, levels: list[Fig]) -> tuple[Fig, Fig] | None:
    """"The gap between the two leaders": the two named levels of the gap's paragraph before it."""
    named = [q for q in levels if q.paragraph == c.paragraph and q.start < c.start and names(q.segment)]
    if len(named) != 2 or names(named[0].segment) == names(named[1].segment):
        return None
    big, small = sorted(named, key=lambda q: -q.value)
    return big, small  # a gap between two has no direction: the larger less the smaller


def _earlier_of(level: Fig, figs: list[Fig]) -> Fig | None:
    """The earlier value of a level: stated after it in its sentence as an earlier value ("down 6.8%
    from £23,220"), else the level of its measure a year before."""
    lex = lexicon()
    core = lex.scope_free(level.segment)
    beside = [q for q in figs if q.quantity and q.role == "earlier" and q.sentence == level.sentence and q.start > level.start
              and same_unit(q, level) and lex.scope_free(q.segment) in (core, frozenset())
              and agree(q.metric, level.metric)]
    if not beside and level.period is not None:
        before = previous_code(level.period, "yoy")
        beside = [q for q in figs if q.quantity and q.role in ("level", "earlier") and q.period == before and q.id != level.id
                  and same_unit(q, level) and lex.scope_free(q.segment) == core and agree(q.metric, level.metric)]
    return beside[0] if len({q.value for q in beside}) == 1 else None


# ---- an amount less an item it includes -----------------------------------------------------------


def _excluded(text: str, z: Fig, figs: list[Fig], lo: int, hi: int) -> Claim | None:
    """"The quarterly figure included 111 billion won from the production credit. Excluding the
    credit, operating profit would have been 349.6 billion won": the level of that metric and
    period stated before, less the item it included (named in the excluding phrase itself, or
    after "included" in the sentence or the one before), is the amount without it."""
    metric = z.metric
    if z.role != "level" or metric is None or metric.startswith("other:") or z.period is None:
        return None
    named = [q for q in figs if q.quantity and lo <= q.start < hi and same_unit(q, z)]
    if not named:
        named = [q for q in figs if q.quantity and q.start < z.start and z.sentence - 1 <= q.sentence <= z.sentence
                 and q.paragraph == z.paragraph and same_unit(q, z) and _INCLUDED.search(_before(text, q, figs))]
    if len(named) != 1 or not _free(named[0]):
        return None
    item = named[0]
    lex = lexicon()
    core = lex.scope_free(z.segment) - {"qualified"}
    wholes = [q for q in figs if q.quantity and q.role == "level" and q.start < item.start and q.metric == metric
              and q.period == z.period and same_unit(q, z) and "qualified" not in q.segment
              and lex.scope_free(q.segment) == core and not _is_change(text, q, figs)]
    wholes = [q for q in wholes if q.paragraph == item.paragraph] or wholes  # the amount its own paragraph says includes it,
    # never the highlights' "Underlying net profit of €327.4 million" above
    if len({q.value for q in wholes}) != 1 or _is_loss(text, wholes[-1], figs):
        return None
    if _CHARGE.match(text, item.end, min(len(text), item.end + 40)) and not _is_loss(text, z, figs):
        # "It includes a €41.0 million impairment …; excluding this charge, underlying net profit was €327.4 million": a charge
        # taken out adds back, the amount with it and the charge making the amount without it
        return Claim("sum", z.id, {"parts": (wholes[-1].id, item.id), "total": z.id}, mode="exact", note=EXCLUDED)
    sign = -1 if _is_loss(text, z, figs) else 1  # "would have posted an operating loss of 17.7 billion won"
    return Claim("difference", z.id, {"change": z.id, "new": wholes[-1].id, "old": item.id}, sign=sign, note=EXCLUDED)
