"""Sums a careful reader would not check, whichever finder proposed them: parts far from their total, a part that is a
loss, makers summed into a segment's total, parts that cut the market two ways. Asked of every sum claim, from the prose
finders and from the measures-table joins alike."""

from __future__ import annotations

import re
from collections.abc import Mapping

from evcheck.cache import regex
from evcheck.relate.model import Claim
from evcheck.relate.vocabulary import Lexicon, Measure, lexicon

_LOSS_OF = regex(r"\b(?:(?:a|an|its)\s+)?(?:net\s+|operating\s+|pre-?tax\s+)?(?:loss|deficit)\s+of\s+(?:about\s+|around\s+)?$|\blost\s+$",
                 re.I)
_FAR = 1.6  # beyond this factor parts and total measure two things (a slip of a digit or a part left out stays nearer)


def doubtful_sum(claim: Claim, segment_of: Mapping[str, frozenset[str]], start_of: Mapping[str, int], text: str,
                 value_of: Mapping[str, float] | None = None) -> bool:
    """Whether a sum claim's parts lie a long way from its total (by more than a factor of 1.6), adds a loss as it stands
    ("- Corporate and other: a loss of $239 million" among the segments' profits, unless the total is a loss too), adds
    makers whose words name no segment into a segment's total, or adds a part named by its powertrain alone to one named
    by its body alone ("* Trucks and SUVs: 897,015" and "* Battery-electric: 81,330": an electric SUV is in both), or to
    home and export parts that already make the whole."""
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
    if {"powertrain"} in cuts and {"body"} in cuts:
        return True  # one part by what drives it, another by its body alone
    markets = {x for p in parts for x in lex.scope_free(segment_of.get(p, frozenset())) if lex.family(x) == "market"}
    return {"domestic", "export"} <= markets and {"powertrain"} in cuts
    # home and abroad already make the whole, so a part by what drives it counts cars twice ("- Domestic sales: 58,214
    # units", "- Overseas sales: 260,192 units" and "- Eco-friendly vehicles: 71,352 units")


def _scale_slip(values: list[float], total: float) -> bool:
    """One part off by a power of ten, or a lakh for a crore ("three-wheelers for 7.41 crore" among lakh): the slip a sum
    exists to show, however far it throws the parts. The part as it should read must still count (2% of the total at
    least): a part a thousand times too large that the rest already make up without it is a part that does not belong
    ("31,468 vehicles + 23,951 + 17,294" against 41,308, where 23,951 + 17,294 is 41,245)."""
    whole = sum(values)
    return any(abs(whole - v + v / k - total) <= _SLIP_FIT * total and v / k >= 0.02 * total
               or abs(whole - v + v * k - total) <= _SLIP_FIT * total for v in values for k in (10, 100, 1000))


_SLIP_FIT = 0.002  # a slip's corrected sum meets the total to its rounding; "27,902 + 20,460" against another brand's 29,805
# comes within 0.5% once 20,460 is read as 2,046, by chance


def _named_only(segment: frozenset[str], lex: Lexicon) -> bool:
    return any(x.startswith("name:") for x in segment) and not lex.scope_free(segment)


def _loss_before(text: str, start: int) -> bool:
    return _LOSS_OF.search(text, max(0, start - 40), start) is not None


_FAR_SHARE = 2.0  # beyond this factor a share's whole is another one (a digit slip or a ±30% error stays nearer)


def doubtful_share(claim: Claim, sentence_of: Mapping[str, int], value_of: Mapping[str, float],
                   measures: Mapping[str, Measure]) -> bool:
    """Whether a share claim whose part or whole stands outside the share's sentence, and whose words name no whole
    (by its figure, or by a segment the whole has), gives a share a long way from the stated one (by more than a factor
    of 2): "4,218 battery vans …, 19.7% of their deliveries" sentences after "6,455 units" is a share of another whole,
    never a share of 65.3% misstated. A slip of a power of ten is kept, to show it; so is a share of a whole its words
    name ("0.7% of pickup sales" of the pickups' 812,640), and every share whose part and whole its own sentence states."""
    if claim.rule != "share":
        return False
    share, part, total = (str(claim.roles.get(k)) for k in ("share", "part", "total"))
    if not all(k in value_of and k in sentence_of for k in (share, part, total)) or not value_of[total] or not value_of[share]:
        return False
    if sentence_of[part] == sentence_of[share] == sentence_of[total]:
        return False
    m = measures.get(share)
    if m is not None and (m.of_figure == total or _named(m.of_segment, measures.get(total))):
        return False
    ratio = value_of[part] / value_of[total] * 100 / value_of[share]
    if any(abs(ratio * k - 1) <= 0.05 or abs(ratio / k - 1) <= 0.05 for k in (10, 100, 1000)):
        return False
    return not 1 / _FAR_SHARE <= ratio <= _FAR_SHARE


def _named(of_segment: frozenset[str] | None, total: Measure | None) -> bool:
    named = lexicon().scope_free(of_segment or frozenset()) - {"joint", "remainder", "qualified"}
    return bool(named) and total is not None and named <= total.segment
