"""Messages for editors: what is wrong and the right value first, in words a journalist uses.

A rule's own message shows its arithmetic in the tool's terms ("pp", "implied-prior"). An editor
needs the verdict first: "Should be +14.6% (2.262 million units → 2.593 million units); the article
says +25%." The headline is built here, from the structured fields every check already carries
(stated, expected, its interval) and the texts and values of the figures in each role of its
claim; where a rule's fields do not say enough, the rule's message is shown with its terms
spelled out, never a guessed verdict.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike

from evcheck.pipeline import Result
from evcheck.rules.wording import quantity

if TYPE_CHECKING:
    from evcheck.read import Document

RULE_NAMES = {"growth": "growth", "implied-prior": "implied earlier value", "sum": "sum", "share": "share",
              "points": "percentage points", "difference": "difference", "multiple": "multiple",
              "conversion": "conversion", "direction": "direction", "reference": "reference"}

_ROLE_COLUMNS = [f"{role}_{col}" for role in ("old", "new", "rate", "parts", "total", "part", "share", "change",
                                              "amount", "converted", "figure")
                 for col in ("text", "value", "unit")]
_TERMS = [(re.compile(r"(?<=\d) pp\b"), " percentage points"), (re.compile(r"\bpp\b"), "percentage points"),
          (re.compile(r"\bimplied-prior\b"), "implied earlier value")]


def plain_words(message: str) -> str:
    """A rule's message with the tool's own terms spelled out."""
    for pattern, words in _TERMS:
        message = pattern.sub(words, message)
    return message


_LINK = re.compile(r"https?://([^/\s)]+)[^\s);]*")


def short_links(message: str) -> str:
    """Sources' addresses cut to their site ("steelorbis.com/…"): on a terminal a long address
    would be broken mid-word, and the site is what an editor weighs; JSON keeps the full address."""
    return _LINK.sub(lambda m: m.group(1).removeprefix("www.") + ("/…" if len(m.group()) > len(m.group(1)) + 9 else ""), message)


def severity_label(status: str, severity: str) -> str:
    """error / warning for findings, ok / info otherwise: the word shown next to every mark."""
    return severity if status == "mismatch" else status


def worded_rows(result: Result, keep: ArrayLike | None = None) -> list[dict[str, Any]]:
    """The checks (those where `keep` holds, or all) as plain rows in their order, each with the
    text, value and unit of every role of its claim (NaN where the claim is not known) and its
    `headline`. A claim's row is found by its key, not by a merge: on an article of a few checks a
    merge and a frame cost more than the words themselves."""
    checks = result.checks
    if checks.empty:
        return []
    if keep is not None:
        checks = checks.take(np.flatnonzero(np.asarray(keep, dtype=bool)))
    names = list(checks.columns)
    rows = [dict(zip(names, cells)) for cells in checks.to_numpy(dtype=object).tolist()]
    claims = result.claims
    if "key" in checks.columns and "key" in claims.columns and rows:
        position = {key: i for i, key in enumerate(claims["key"].tolist())}
        found = [position.get(row["key"], -1) for row in rows]
        wanted = [c for c in ("mode", "note", *_ROLE_COLUMNS) if c in claims.columns]
        names = [_CLAIM_NAMES.get(c, c) for c in wanted]
        # only the rows and the columns worded: the claims table has some 140 columns
        taken = claims.iloc[[i for i in found if i >= 0], [claims.columns.get_loc(c) for c in wanted]]
        cells = iter(taken.to_numpy(dtype=object).tolist())
        for row, i in zip(rows, found):
            claim = next(cells) if i >= 0 else None
            for k, name in enumerate(names):
                row[name] = claim[k] if claim is not None else np.nan
    for row in rows:
        row["headline"] = headline(row)
    return rows


_CLAIM_NAMES = {"mode": "claim_mode", "note": "claim_note"}


def _num(row: dict, name: str) -> float | None:
    value = row.get(name)
    if value is None or isinstance(value, str):
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(value) or math.isinf(value) else value


def _text(row: dict, name: str) -> str | None:
    value = row.get(name)
    return value if isinstance(value, str) and value else None


def _pct(value: float, signed: bool = True, digits: int = 1) -> str:
    return f"{value:+.{digits}f}%" if signed else f"{value:.{digits}f}%"


def _range(lo: float | None, hi: float | None, fmt: Callable[[float], str]) -> str:
    if lo is None or hi is None:
        return ""
    a, b = fmt(lo), fmt(hi)
    return "" if a == b else f"{a} to {b}"


def _growth(row: dict) -> str | None:
    expected, stated = _num(row, "expected"), _num(row, "stated")
    old, new = _text(row, "old_text"), _text(row, "new_text")
    if expected is None or stated is None or not old or not new:
        return None
    return f"Should be {_pct(expected)} ({old} → {new}); the article says {_pct(stated, digits=_digits(stated))}."


def _digits(value: float) -> int:
    """As many decimals as the article used (15 → 0, 15.5 → 1), so "says +25%" quotes it faithfully."""
    text = f"{abs(value):.4f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def _points(row: dict) -> str | None:
    old, new = _num(row, "old_value"), _num(row, "new_value")
    if old is None or new is None:
        return None
    pp = new - old
    arrow = f"{_text(row, 'old_text')} → {_text(row, 'new_text')}"
    said = _text(row, "change_text") or _text(row, "subject_text")
    if row.get("claim_mode") == "percent":
        return (f"Should be {pp:+.1f} percentage points ({arrow}); the article says “{said}”, a percent where "
                f"percentage points are meant (the relative change is {_pct(_num(row, 'expected') or 0)}).")
    return f"Should be {pp:+.1f} percentage points ({arrow}); the article says “{said}”."


def _sum(row: dict) -> str | None:
    expected = _num(row, "expected")
    parts = _text(row, "parts_text")
    if expected is None or not parts:
        return None
    unit = row.get("total_unit") if isinstance(row.get("total_unit"), str) else row.get("parts_unit")
    return f"Total should be {quantity(expected, unit)} ({parts}); the article says {row.get('subject_text')}."


def _share(row: dict) -> str | None:
    expected, stated = _num(row, "expected"), _num(row, "stated")
    part, total = _text(row, "part_text"), _text(row, "total_text")
    if expected is None or stated is None or not part or not total:
        return None
    return f"Share should be {expected:.2f}% ({part} of {total}); the article says {_pct(stated, False, _digits(stated))}."


def _difference(row: dict) -> str | None:
    expected = _num(row, "expected")
    if expected is None:
        return None
    unit = row.get("change_unit") if isinstance(row.get("change_unit"), str) else row.get("new_unit")
    rng = _range(_num(row, "expected_low"), _num(row, "expected_high"), lambda v: quantity(v, unit))
    rate, new = _text(row, "rate_text"), _text(row, "new_text")
    basis = f"a change of {rate} to {new}" if rate and new else new or ""
    return (f"The change should be {quantity(expected, unit)}" + (f" ({rng})" if rng else "")
            + (f", from {basis}" if basis else "") + f"; the article says {row.get('subject_text')}.")


def _implied(row: dict) -> str | None:
    expected, stated = _num(row, "expected"), _num(row, "stated")
    if expected is None or stated is None or expected == 0:
        return None
    unit = row.get("new_unit") if isinstance(row.get("new_unit"), str) else None
    rng = _range(_num(row, "expected_low"), _num(row, "expected_high"), lambda v: quantity(v, unit))
    change = (stated / expected - 1) * 100
    return (f"Implied earlier value: {quantity(expected, unit)}" + (f" ({rng})" if rng else "")
            + f", from a change of {_pct(change)} to {row.get('subject_text')}.")


def _multiple(row: dict) -> str | None:
    expected, stated = _num(row, "expected"), _num(row, "stated")
    old, new = _text(row, "old_text"), _text(row, "new_text")
    if expected is None or not old or not new:
        return None
    said = _text(row, "rate_text") or _text(row, "subject_text")
    times = f" (×{stated:g})" if stated is not None else ""
    return f"Should be ×{expected:.2f} ({old} → {new}); the article says “{said}”{times}."


def _direction(row: dict) -> str | None:
    expected = _num(row, "expected")
    old, new = _text(row, "old_text"), _text(row, "new_text")
    if expected is None or not old or not new or expected == 0:
        return None
    way = "a rise" if expected > 0 else "a fall"
    said = _text(row, "claim_note")
    return f"Wrong direction: {old} → {new} is {way}" + (f"; the article says “{said}”." if said else ".")


def _conversion(row: dict) -> str | None:
    rate, low, high = _num(row, "expected"), _num(row, "expected_low"), _num(row, "expected_high")
    amount, converted = _num(row, "amount_value"), _num(row, "converted_value")
    said = _text(row, "converted_text") or _text(row, "subject_text")
    if rate is None or low is None or high is None or amount is None or converted in (None, 0):
        return None
    figures = row.get("figures")
    if figures is not None and len(figures) > 2:  # one conversion against the article's other one
        return (f"The article's conversions disagree: {_text(row, 'amount_text')} ({said}) implies "
                f"{_num(row, 'stated'):.3f} per unit, the other {low:.3f} to {high:.3f}.")
    unit = row.get("converted_unit") if isinstance(row.get("converted_unit"), str) else None
    if row.get("claim_mode") == "stated-rate":
        return f"The stated rate {_num(row, 'stated'):.4g} should be {low:.4g} to {high:.4g} at ECB rates; the article says {said}."
    middle = (amount / high + amount / low) / 2
    return (f"Should be about {quantity(middle, unit, 3)} ({quantity(amount / high, unit, 3)} to "
            f"{quantity(amount / low, unit, 3)} at ECB rates) for {_text(row, 'amount_text')}; the article says {said}.")


def _reference(row: dict) -> str | None:
    expected = _num(row, "expected")
    if expected is None or row.get("claim_mode") != "value":
        return None
    unit = row.get("figure_unit") if isinstance(row.get("figure_unit"), str) else None
    return f"The reference tables give {quantity(expected, unit)}; the article says {row.get('subject_text')}."


_MISMATCH = {"growth": _growth, "points": _points, "sum": _sum, "share": _share, "difference": _difference,
             "multiple": _multiple, "direction": _direction, "conversion": _conversion, "reference": _reference}
_INFO = {"implied-prior": _implied}


def headline(row: dict) -> str:
    """The line an editor reads first. For a finding: what is wrong and the right value. For an
    implied earlier value: that value. Otherwise the rule's message in plain words."""
    build = None
    rule = str(row.get("rule"))
    if row.get("status") == "mismatch":
        build = _MISMATCH.get(rule)
    elif row.get("status") == "info":
        build = _earlier_by_difference if rule == "difference" else _INFO.get(rule)
    try:
        line = build(row) if build else None
    except (TypeError, ValueError, ZeroDivisionError):  # a field of an unexpected shape: the rule's own words
        line = None
    line = line or plain_words(str(row.get("message", "")))
    cell = row.get("cell")
    if isinstance(cell, dict) and cell.get("row") is not None:  # a table's finding names its row and column
        suffix = f" [table {cell.get('table')}: row “{cell.get('row')}”, column “{cell.get('column')}”]"
        if not line.endswith(suffix):  # the rule's own message (name_cells) may carry it already
            line += suffix
    return line


def _earlier_by_difference(row: dict) -> str | None:
    expected = _num(row, "expected")
    new = _text(row, "new_text")
    if expected is None or not new:
        return None
    unit = row.get("new_unit") if isinstance(row.get("new_unit"), str) else None
    return f"Implied earlier value: {quantity(expected, unit)}, from {new} after a change of {row.get('subject_text')}."


def headlines(result: Result) -> pd.DataFrame:
    """The checks with a `headline` column."""
    checks = result.checks
    return checks.assign(headline=pd.Series([r["headline"] for r in worded_rows(result)], index=checks.index, dtype=object))


def worded_findings(result: Result, mismatches_only: bool = True) -> list[dict[str, Any]]:
    """The findings a machine format reports (see rows.findings) as worded rows (see worded_rows)."""
    checks = result.checks
    if checks.empty:
        return []
    keep = ~checks["suppressed"].to_numpy(dtype=bool)
    if mismatches_only:
        keep &= checks["status"].to_numpy() == "mismatch"
    return worded_rows(result, keep)


def for_editors(row: Mapping[str, Any]) -> str:
    """The headline, then the arithmetic where it says more: for formats with one message field."""
    arithmetic = plain_words(str(row["message"]))
    return row["headline"] if arithmetic == row["headline"] else f"{row['headline']}\n{arithmetic}"


def date_warnings(result: Result) -> list[tuple[str, str]]:
    """(path, warning) for each article whose date was guessed, or whose conversions went unchecked
    for want of a date: every format says so, since rates and periods hang on that date."""
    out = []
    checks = result.checks
    for doc in result.documents:
        if doc.date is None:
            n = 0
            if len(checks):
                conv = checks[(checks["file"] == doc.path) & (checks["rule"] == "conversion") & (checks["status"] == "info")]
                n = len(conv)
            if n:
                out.append((doc.path, f"no article date: {n} conversion(s) not compared with ECB rates (give --date)"))
        elif doc.date_source == "inferred":
            out.append((doc.path, f"article date {doc.date} was guessed from the text; give --date if it is wrong"))
    return out


# keyed by Document.date_source, which a Document built by hand may leave None
_DATE_SOURCES: dict[str | None, str] = {
    "option": "from --date", "front-matter": "from the front matter", "html-meta": "from the HTML metadata",
    "dateline": "from the dateline", "inferred": "guessed from the text"}


def date_line(doc: Document) -> str:
    """The date used and where it came from, as every format shows it."""
    if not doc.date:
        return "date: none found"
    return f"date {doc.date} ({_DATE_SOURCES.get(doc.date_source, doc.date_source)})"
