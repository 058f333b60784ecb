"""The figures table as `evcheck figures` shows it on a terminal."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from evcheck.cli import app
from evcheck.figures_export import export_figures, plain_number
from evcheck.pipeline import verify
from evcheck.read import read_document

runner = CliRunner()


@pytest.mark.parametrize("value,text", [
    (116e9, "116bn"), (2.593e6, "2.593m"), (81302.0, "81,302"), (30.5, "30.5"), (1.2e12, "1.2tn"), (-300e6, "-300m"),
    (0.05, "0.05"), (float("nan"), ""), (None, ""), (float("inf"), ""),
])
def test_numbers_as_people_write_them(value, text):
    assert plain_number(value) == text


@pytest.mark.parametrize("width", [80, 100, 160])
def test_figures_table_is_readable_and_fits_the_terminal(width):
    """issue 11: it printed raw pandas: 1.16e+11, NaN, None, wider than the terminal."""
    result = verify([read_document(str(SEEDS / "xiaomi-q2-2025-trade-press.txt")),
                     read_document(str(SEEDS / "caam-july-2025-newswire.txt"))])
    text = export_figures(result.figures, "table", None, width=width)
    assert "e+" not in text and "NaN" not in text and "None" not in text and "nan" not in text
    assert max(len(line) for line in text.splitlines()) <= width
    assert "116bn" in text and "115.5bn–116.5bn" in text and "revenue" in text
    assert text.count("seeds/") == 2  # one table a file, the path as its title


def test_figures_command_prints_the_table():
    r = runner.invoke(app, ["figures", str(SEEDS / "xiaomi-q2-2025-trade-press.txt")])
    assert r.exit_code == 0 and "81,302" in r.stdout and "1.16e+11" not in r.stdout
