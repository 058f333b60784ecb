"""Sums a careful reader would not check, whichever finder proposed them: parts far from their total, a part that is a
loss, makers summed into a segment's total, parts that cut the market two ways. Asked of every sum claim, from the prose
finders and from the measures-table joins alike."""

from __future__ import annotations

import re
from collections.abc import Mapping

from evcheck.cache import regex
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import Lexicon, lexicon

_LOSS_OF = regex(r"\b(?:(?:a|an|its)\s+)?(?:net\s+|operating\s+|pre-?tax\s+)?(?:loss|deficit)\s+of\s+(?:about\s+|around\s+)?$|\blost\s+$",
                 re.I)
_FAR = 1.6  # beyond this factor parts and total measure two things (a slip of a digit or a part left out stays nearer)


def doubtful_sum(claim: Claim, segment_of: Mapping[str, frozenset[str]], start_of: Mapping[str, int], text: str,
                 value_of: Mapping[str, float] | None = None) -> bool:
    """Whether a sum claim's parts lie a long way from its total (by more than a factor of 1.6), adds a loss as it stands
    ("- Corporate and other: a loss of $239 million" among the segments' profits, unless the total is a loss too), adds
    makers whose words name no segment into a segment's total, or adds a part named by its powertrain alone to one named
    by its body alone ("* Trucks and SUVs: 897,015" and "* Battery-electric: 81,330": an electric SUV is in both)."""
    if claim.rule != "sum":
        return False
    parts = [str(p) for p in claim.roles.get("parts", ())]
    total = str(claim.roles.get("total"))
    if value_of and total in value_of and all(p in value_of for p in parts) and value_of[total] > 0:
        values = [value_of[p] for p in parts]
        ratio = sum(values) / value_of[total]
        if (ratio > _FAR or ratio < 1 / _FAR and claim.mode != "at-most") and not _scale_slip(values, value_of[total]):
            return True  # parts a long way from the total they are said to make: another whole is meant, as for shares
    if text and total in start_of and not _loss_before(text, start_of[total]) \
            and any(p in start_of and _loss_before(text, start_of[p]) for p in parts):
        return True
    lex = lexicon()
    if lex.scope_free(segment_of.get(total, frozenset())) - {"joint", "remainder", "qualified"} and parts and all(
            _named_only(segment_of.get(p, frozenset()), lex) for p in parts):
        return True  # "Vollmar registered 48,930 cars …. Brenntal was a distant second with 21,604": the makers' whole market,
        # never the 56,718 battery-electric cars, which their words do not say they are part of
    cuts = [{lex.family(x) for x in lex.scope_free(segment_of.get(p, frozenset()))} & {"powertrain", "body"} for p in parts]
    return {"powertrain"} in cuts and {"body"} in cuts  # one part by what drives it, another by its body alone


def _scale_slip(values: list[float], total: float) -> bool:
    """One part off by a power of ten, or a lakh for a crore ("three-wheelers for 7.41 crore" among lakh): the slip a sum
    exists to show, however far it throws the parts."""
    whole = sum(values)
    return any(abs(whole - v + v / k - total) <= 0.02 * total or abs(whole - v + v * k - total) <= 0.02 * total
               for v in values for k in (10, 100, 1000))


def _named_only(segment: frozenset[str], lex: Lexicon) -> bool:
    return any(x.startswith("name:") for x in segment) and not lex.scope_free(segment)


def _loss_before(text: str, start: int) -> bool:
    return _LOSS_OF.search(text, max(0, start - 40), start) is not None
