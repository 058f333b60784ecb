"""issue 11: a number written with a no-break space in HTML ("110&nbsp;000") is one figure, its
span points at the source, and no message or figure text shows the reader's padding as a run of
spaces; end to end through the CLI."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from evcheck.cli import app
from evcheck.extract import extract_figures
from evcheck.read import read_text

runner = CliRunner()
RUN = re.compile(r"[ \u00a0\u202f\u2009]{2,}")

PAGE = """<html><head><meta name="date" content="2025-09-25"><title>Sales</title></head><body>
<h1>Orvan&nbsp;Motors sales</h1>
<p>Orvan&nbsp;Motors sold 110&nbsp;000 cars in 2025, up 10&nbsp;% from 100&#160;000 cars in 2024.</p>
<p>Vexa sold 132&#8239;000 cars in 2025, up {rate}&#8239;% from 110&thinsp;000 cars in 2024.</p>
</body></html>
"""


def _verify(page: str, tmp_path, *args: str):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return path, runner.invoke(app, ["verify", str(path), "--isolated", *args])


def test_grouped_numbers_against_a_consistent_growth_raise_nothing(tmp_path):
    """Before, "110&nbsp;000" was "110" and "000", and "000 cars" made a growth of -100%."""
    page = PAGE.format(rate="20")
    _, r = _verify(page, tmp_path, "-f", "json")
    assert r.exit_code == 0, r.output
    [doc] = json.loads(r.output)["files"]
    assert [c["status"] for c in doc["checks"]] == ["ok", "ok"]
    figures = {f["text"]: f for f in doc["figures"]}
    assert set(figures) == {"110\u00a0000 cars", "10\u00a0%", "100\u00a0000 cars", "132\u202f000 cars",
                            "20\u202f%", "110\u2009000 cars"}
    assert figures["110\u00a0000 cars"]["value"] == 110_000
    for f in doc["figures"]:  # every span covers the figure's source, references and all
        source = page[f["start"]:f["end"]]
        assert source.startswith(re.match("[0-9]+", f["text"]).group()) and source.endswith(f["text"][-1])
        line = page.count("\n", 0, f["start"]) + 1
        assert (f["line"], f["col"]) == (line, f["start"] - (page.rfind("\n", 0, f["start"]) + 1) + 1)
    assert page[figures["110\u00a0000 cars"]["start"]:figures["110\u00a0000 cars"]["end"]] == "110&nbsp;000 cars"


def _messages(fmt: str, output: str) -> list[str]:
    if fmt == "json":
        return [c["message"] for d in json.loads(output)["files"] for c in d["checks"]]
    if fmt == "sarif":
        return [res["message"]["text"] for run in json.loads(output)["runs"] for res in run["results"]]
    if fmt == "csv":
        return [row["message"] for row in csv.DictReader(io.StringIO(output))]
    return [line for line in output.splitlines() if "growth" in line]


@pytest.mark.parametrize("fmt", ["concise", "json", "csv", "github", "sarif"])
def test_a_wrong_rate_is_flagged_with_no_run_of_spaces(tmp_path, fmt):
    _, r = _verify(PAGE.format(rate="35"), tmp_path, "-f", fmt)
    assert r.exit_code == 1, r.output
    messages = _messages(fmt, r.output)
    assert messages and any("132\u202f000 cars" in m for m in messages)
    assert not [m for m in messages if RUN.search(m)]


def test_the_finding_points_at_the_rate_in_the_source(tmp_path):
    page = PAGE.format(rate="35")
    path, r = _verify(page, tmp_path, "-f", "concise")
    [finding] = [line for line in r.output.splitlines() if "error [growth]" in line]
    at = page.index("35&#8239;%")
    line, col = page.count("\n", 0, at) + 1, at - page.rfind("\n", 0, at)
    assert finding.startswith(f"{path}:{line}:{col}: error [growth]")
    assert "110\u2009000 cars → 132\u202f000 cars" in finding


def test_a_plain_space_between_digits_does_not_join_them_in_html():
    """A near miss: "2024 110" with an ordinary space is a year and a count, not 2,024,110."""
    doc = read_text("<p>Sales in 2024 110 cars, and in 2024&nbsp;110&nbsp;000 cars.</p>", "a.html")
    assert [(f.text, f.value) for f in extract_figures(doc.text)] == [("110 cars", 110), ("110\u00a0000 cars", 110_000)]
