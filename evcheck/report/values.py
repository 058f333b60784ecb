"""Plain values for machine formats: NaN and infinities become None."""

from __future__ import annotations

import math


def clean(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if hasattr(value, "item"):
        return clean(value.item())
    return value


def rounded(value: object, digits: int = 4) -> object:
    value = clean(value)
    if isinstance(value, float):
        return round(value, digits)
    return value
