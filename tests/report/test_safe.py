"""User text made safe: control characters shown, spreadsheet formulas neutralised."""

import json

import pandas as pd
import pytest

from evcheck.report.safe import csv_cell, csv_frame, json_text, printable


@pytest.mark.parametrize("raw,shown", [
    ("\x1b]0;pwned\x07title", "\\x1b]0;pwned\\x07title"),
    ("\x1b[31mred", "\\x1b[31mred"),
    ("two\nlines\r\tx", "two\\nlines\\r\\tx"),
    ("c1 \x9b31m", "c1 \\x9b31m"),
    ("bidi \u202egnp.exe", "bidi \\u202egnp.exe"),
    ("caf\udce9.txt", "caf\\udce9.txt"),
    ("report [draft].txt 116bn yuan ($16.2bn) “25%” — ok", "report [draft].txt 116bn yuan ($16.2bn) “25%” — ok"),
])
def test_printable_shows_control_characters(raw, shown):
    assert printable(raw) == shown


@pytest.mark.parametrize("cell,safe", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "\\t=1"),
    ("-20%", "-20%"),
    ("-1,500.25", "-1,500.25"),
    ("+14.6%", "+14.6%"),
    ("a7", "a7"),
])
def test_csv_cells_cannot_run_as_formulas(cell, safe):
    assert csv_cell(cell) == safe


def test_csv_frame_leaves_numeric_columns_alone():
    frame = pd.DataFrame({"doc": ["=cmd", "ok"], "value": [-5.0, 2.5], "text": ["-5%", "-x"]})
    out = csv_frame(frame)
    assert out["doc"].tolist() == ["'=cmd", "ok"] and out["value"].tolist() == [-5.0, 2.5]
    assert out["text"].tolist() == ["-5%", "'-x"]
    assert frame["doc"].tolist() == ["=cmd", "ok"]


def test_json_text_escapes_what_json_dumps_leaves_raw():
    raw = json.dumps({"a": "x\x9b\x7fy\u2028\udce9\n"}, ensure_ascii=False, indent=2)
    safe = json_text(raw)
    assert not any(ch in safe for ch in "\x9b\x7f\u2028\udce9")
    assert json.loads(safe) == {"a": "x\x9b\x7fy\u2028\udce9\n"}
