"""Each output format against one shared result (planted errors plus a clean article)."""

import csv
import io
import json

import pytest

from conftest import ARTICLES, SEEDS
from evcheck.pipeline import verify
from evcheck.read import read_document
from evcheck.report import Format, renderer


@pytest.fixture(scope="module")
def result():
    docs = [read_document(str(ARTICLES / "planted-errors.txt")), read_document(str(SEEDS / "caam-july-2025-newswire.txt"))]
    return verify(docs)


def test_rich_groups_by_file_with_mismatches_first(result):
    text = renderer(Format.rich).render(result, width=160)
    planted = text[: text.index("caam-july-2025-newswire")]
    assert planted.index("error") < planted.index("warning")
    assert "3:20" in planted and "does not add up" in planted
    assert text.rstrip().splitlines()[-1].startswith("2 file(s)") and "8 error(s)" in text


def test_concise_is_one_finding_a_line(result):
    lines = renderer(Format.concise).render(result).splitlines()
    assert len(lines) == 11 and lines[-1].startswith("2 file(s)")
    assert all(":" in line and "[" in line for line in lines[:-2])
    assert lines[-2].endswith("planted-errors.txt: warning: article date 2025-08-31 was guessed from the text; give --date if it is wrong")


NUMBER_FIELDS = {"figures": ("start", "end", "line", "col", "value", "low", "high"),
                 "checks": ("stated", "expected", "expected_low", "expected_high", "line", "col")}


def test_json_numbers_and_nulls(result):
    data = json.loads(renderer(Format.json).render(result))
    checks = [c for f in data["files"] for c in f["checks"]]
    assert len(checks) >= 9 and all(isinstance(c["stated"], (int, float)) for c in checks)
    assert data["summary"]["errors"] == 8 and data["summary"]["warnings"] == 1


def test_json_open_intervals_are_null_never_nan_or_infinity():
    """issue 11: this test once ran its null check over an empty list. "over 2.5 million" has no upper
    bound: the figure's high is null, and so is the upper end of every interval computed from it."""
    doc = read_text("Sales rose 15% to over 2.5 million units in July 2025, from 2.262 million units a year earlier.\n\n"
                    "It took more than 200,000 firm orders.\n", "open.txt", date="2025-08-19")
    text = renderer(Format.json).render(verify([doc]))
    assert "NaN" not in text and "Infinity" not in text
    data = json.loads(text)["files"][0]
    for part, fields in NUMBER_FIELDS.items():
        for item in data[part]:
            for field in fields:
                assert item[field] is None or isinstance(item[field], (int, float)), (part, field, item)
    open_figures = [f for f in data["figures"] if f["high"] is None]
    assert {f["text"] for f in open_figures} == {"2.5 million units", "200,000 firm orders"}
    assert all(isinstance(f["low"], float) and f["hedge"] in ("over", "more than") for f in open_figures)
    growth = [c for c in data["checks"] if c["rule"] == "growth"]
    assert growth and all(c["expected_high"] is None and isinstance(c["expected_low"], float) for c in growth)


def test_csv_rows_are_the_mismatches_unless_all_asked(result):
    rows = list(csv.DictReader(io.StringIO(renderer(Format.csv).render(result, show_ok=False))))
    assert len(rows) == 9 and {r["status"] for r in rows} == {"mismatch"}
    every = list(csv.DictReader(io.StringIO(renderer(Format.csv).render(result))))
    assert len(every) == len(result.checks)


def test_github_escapes_what_it_must():
    from evcheck.report.github_format import _data, _prop

    assert _data("50%\nnext") == "50%25%0Anext"
    assert _prop("a,b:c") == "a%2Cb%3Ac"


# ---- hostile text and file names (issue 13) ------------------------------------------------

from evcheck.read import read_text  # noqa: E402

HOSTILE_TEXT = "\x1b]0;pwned\x07\x1b[31mSales rose 25% to 2.593 million units from 2.262 million units.\x1b[0m\n"
HOSTILE_NAMES = ["report [draft].txt", "x[link=https://evil.example]click.txt", "x[/x].txt", "esc\x1b[2Jname\x9b.txt"]


@pytest.fixture(scope="module")
def hostile():
    return verify([read_text(HOSTILE_TEXT, name) for name in HOSTILE_NAMES])


def test_rich_shows_file_names_as_written_never_as_markup(hostile):
    import io

    from rich.console import Console

    from evcheck.report.rich_format import render_to

    buffer = io.StringIO()
    render_to(Console(file=buffer, width=200, force_terminal=True, color_system="truecolor"), hostile)
    out = buffer.getvalue()
    assert "\x1b]" not in out  # no hyperlink, no window title: Rich's own colours are the only escapes
    plain = renderer(Format.rich).render(hostile, width=200)
    for name in ("report [draft].txt", "x[link=https://evil.example]click.txt", "x[/x].txt", "esc\\x1b[2Jname\\x9b.txt"):
        assert name in plain
    assert "\\x1b]0;pwned\\x07\\x1b[31mSales rose" in plain and "\x1b" not in plain


@pytest.mark.parametrize("fmt", [Format.concise, Format.github, Format.json, Format.sarif, Format.junit, Format.csv, Format.html])
def test_no_control_character_reaches_the_output(hostile, fmt):
    import re

    out = renderer(fmt).render(hostile)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out), fmt
    assert "esc" in out


def test_junit_with_control_characters_is_still_xml(hostile):
    from xml.etree import ElementTree as ET

    root = ET.fromstring(renderer(Format.junit).render(hostile).split("\n", 1)[1])
    assert "esc\\x1b[2Jname\\x9b.txt" in [s.get("name") for s in root.findall("testsuite")]


def test_json_keeps_file_names_exact(hostile):
    data = json.loads(renderer(Format.json).render(hostile))
    assert [f["path"] for f in data["files"]] == HOSTILE_NAMES


def test_github_annotation_file_is_escaped(hostile):
    out = renderer(Format.github).render(hostile)
    assert "file=esc\\x1b[2Jname\\x9b.txt," in out and "file=x[/x].txt," in out


SILENCED = ("On 19 August 2025 revenue was 116bn yuan ($18.2bn). [evcheck: ignore]\n"
            "Sales rose 25% to 2.593 million units from 2.262 million units a year earlier.\n")


@pytest.fixture(scope="module")
def silenced():
    from evcheck.read import read_text

    return verify([read_text(SILENCED, "silenced.txt")])


def test_an_end_of_line_suppression_hides_its_own_line_only(silenced):
    """issue 11: it hid the next line too, so the growth error below went unreported."""
    from evcheck.report.rows import findings

    shown = findings(silenced)
    assert shown["rule"].tolist() == ["growth"] and shown["line"].tolist() == [2]


def test_every_summary_says_how_many_findings_were_suppressed(silenced):
    """issue 11: nothing said that findings had been silenced."""
    assert renderer(Format.concise).render(silenced).splitlines()[-1].endswith(", 1 suppressed")
    assert renderer(Format.rich).render(silenced, width=160).rstrip().splitlines()[-1].endswith("· 1 suppressed")
    data = json.loads(renderer(Format.json).render(silenced))
    assert data["summary"]["suppressed"] == 1 and data["summary"]["errors"] == 1


def test_nothing_suppressed_is_said_only_in_json(result):
    assert "suppressed" not in renderer(Format.concise).render(result)
    assert json.loads(renderer(Format.json).render(result))["summary"]["suppressed"] == 0
