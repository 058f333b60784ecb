"""Relate layer: figures → `Claim`s the text makes between them."""

from __future__ import annotations

from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence
from evcheck.relate.change import find_changes
from evcheck.relate.context import Context
from evcheck.relate.conversion import find_conversions
from evcheck.relate.model import Claim
from evcheck.relate.parts import find_shares, find_sums

__all__ = ["Claim", "find_claims"]


def find_claims(text: str, figures: list[Figure], sentences: list[Sentence], ctx: Context | None = None) -> list[Claim]:
    ctx = ctx or Context(text, figures, sentences)
    conversions = find_conversions(ctx)
    secondary = _ids(conversions, "converted", mode="pair")
    secondary |= {fid for c in conversions if c.mode == "stated-rate" for fid in c.figures}
    changes = find_changes(ctx, secondary)
    old_ids = _ids(changes, "old")
    sums = find_sums(ctx, secondary, old_ids)
    shares = find_shares(ctx, secondary, old_ids)
    return conversions + changes + sums + shares


def _ids(claims: list[Claim], role: str, mode: str | None = None) -> set[str]:
    """The figure each claim (of `mode`, if given) gives `role`. A role of several figures (a sum's
    parts) holds a tuple, which no figure id equals: it is left out."""
    return {fid for c in claims if (mode is None or c.mode == mode) and isinstance(fid := c.roles.get(role), str)}
