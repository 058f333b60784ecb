"""User text made safe to show: article text, file names and corpus ids are anyone's to write.

Terminals obey escape sequences and spreadsheets run cells that look like formulas, so every piece
of user text passes through here before a report shows it: control characters are shown as
escapes (`\\x1b`), never sent, and CSV cells that a spreadsheet would run get a leading quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# C0 and C1 controls, DEL, line/paragraph separators, bidi overrides (they reorder what is shown),
# and lone surrogates (a file name that is not UTF-8); the rest of Unicode is text.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# the same less C0, which json.dumps escapes itself (and whose \n is JSON's own layout)
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Cells a spreadsheet reads as a formula (OWASP, "CSV Injection"); a plain signed number is not one.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character shown as an escape: one line, nothing a terminal obeys."""
    return _UNSAFE.sub(_escape, text)


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: controls escaped, a formula-leading cell quoted."""
    text = printable(text)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _text_columns(frame: pd.DataFrame, cell: Callable[[str], str]) -> pd.DataFrame:
    import pandas as pd  # only the table exports need it: `evcheck --help` and errors start without it

    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_object_dtype(out[column]) or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda v: cell(v) if isinstance(v, str) else v)
    return out


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell of `frame` through `csv_cell`; numeric columns are left as they are."""
    return _text_columns(frame, csv_cell)


def printable_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell of `frame` through `printable`, for tables shown on a terminal."""
    return _text_columns(frame, printable)


def json_text(text: str) -> str:
    """JSON already dumped with ensure_ascii=False, with the characters JSON leaves raw (DEL, C1,
    lone surrogates, separators, bidi overrides) written as \\u escapes; they occur only in strings."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
