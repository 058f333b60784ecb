"""Numbers and verdicts in words a journalist reads at a glance."""

from __future__ import annotations

import math
from collections.abc import Callable

_CURRENCY_WORD = {"CNY": "yuan", "JPY": "yen", "KRW": "won", "INR": "rupees"}
_CURRENCY_SIGN = {"USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "SGD": "S$", "AUD": "A$", "CAD": "C$"}


def _sig(x: float, digits: int) -> str:
    text = f"{x:.{digits}g}"
    if "e" in text:
        text = f"{x:,.0f}"
    return text


def quantity(value: float, unit: str | None = None, digits: int = 4) -> str:
    """2593000 → "2.593 million units"; 1.16e11 CNY → "116bn yuan"; 88e6 USD → "$88m"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "?"
    if not isinstance(unit, str):
        unit = None
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    sign = "-" if value < 0 else ""
    v = abs(value)
    money = unit in _CURRENCY_WORD or unit in _CURRENCY_SIGN or (unit is not None and len(unit) == 3 and unit.isupper())
    if money:
        if v >= 1e12:
            body = f"{_sig(v / 1e12, digits)}tn"
        elif v >= 1e9:
            body = f"{_sig(v / 1e9, digits)}bn"
        elif v >= 1e6:
            body = f"{_sig(v / 1e6, digits)}m"
        else:
            body = f"{v:,.2f}".rstrip("0").rstrip(".") if v < 100 else f"{v:,.0f}"
        if unit in _CURRENCY_SIGN:
            return f"{sign}{_CURRENCY_SIGN[unit]}{body}"
        return f"{sign}{body} {_CURRENCY_WORD.get(unit or '', unit)}"
    if v >= 1e9:
        body = f"{_sig(v / 1e9, digits)} billion"
    elif v >= 1e6:
        body = f"{_sig(v / 1e6, digits)} million"
    elif v >= 1000 or v == int(v):
        body = f"{v:,.0f}"
    else:
        body = f"{v:.4g}"
    suffix = f" {unit}" if unit and unit not in ("%", "pp", "x") else ""
    return f"{sign}{body}{suffix}"


def percent(value: float, digits: int = 1, signed: bool = False) -> str:
    if value is None or math.isnan(value):
        return "?"
    if math.isinf(value):
        return "∞"
    text = f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    return f"{text}%"


def points(value: float, digits: int = 1) -> str:
    return f"{value:+.{digits}f} pp"


def span(lo: float, hi: float, fmt: Callable[[float], str]) -> str:
    a, b = fmt(lo), fmt(hi)
    return a if a == b else f"{a} to {b}"


def ending(status: str, why: str, hedge: str | None = None) -> str:
    if status == "ok":
        if why == "rounding":
            return "ok within rounding"
        if why == "hedge":
            return f"ok thanks to the hedge “{hedge}”" if isinstance(hedge, str) and hedge else "ok thanks to a hedge"
        return "ok"
    if status == "info":
        return "for information"
    return "does not add up"


def quoted(text: str, hedge: str | None = None) -> str:
    """The figure as the text states it, hedge included: “near 15%”."""
    if isinstance(hedge, str) and hedge != "range":
        return f"“{hedge} {text}”"
    return f"“{text}”"
