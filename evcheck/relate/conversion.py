"""Conversion pairs: an amount with its equivalent in another currency, and rates stated in text."""

from __future__ import annotations

import re

from evcheck.extract.lexicon import HEDGES
from evcheck.relate.context import Context
from evcheck.relate.model import Claim

_HEDGE = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in HEDGES)
_BRACKET_OPEN = re.compile(rf"^\s*[(\[]\s*(?:(?:{_HEDGE}|or|equivalent\s+to|equal\s+to|worth)\s*)*$", re.I)
_OR = re.compile(
    rf"^\s*,?\s*(?:or|which\s+is|equivalent\s+to|equal\s+to|the\s+equivalent\s+of|worth)\s+(?:(?:{_HEDGE})\s+)?$",
    re.I,
)
_RATE_EQUALS = re.compile(r"^\s*(?:=|equals|is\s+equal\s+to|to|to\s+the|per|for\s+(?:every|each)|:)\s*$", re.I)
_UNIT_AMOUNTS = (1.0, 100.0, 1000.0)


def find_conversions(ctx: Context) -> list[Claim]:
    claims: list[Claim] = []
    for places in ctx.by_sentence.values():
        for a, b in zip(places, places[1:]):
            fa, fb = a.figure, b.figure
            if fa.kind != "money" or fb.kind != "money" or fa.unit == fb.unit:
                continue
            gap = a.after
            if _RATE_EQUALS.match(gap) and (abs(fa.value) in _UNIT_AMOUNTS or abs(fb.value) in _UNIT_AMOUNTS):
                one, other = (fa, fb) if abs(fa.value) in _UNIT_AMOUNTS else (fb, fa)
                claims.append(Claim("conversion", other.id, {"amount": other.id, "converted": one.id}, mode="stated-rate"))
            elif _BRACKET_OPEN.match(gap) or _OR.match(gap):
                claims.append(Claim("conversion", fb.id, {"amount": fa.id, "converted": fb.id}, mode="pair"))
    return claims
