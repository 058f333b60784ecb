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


def test_parquet_export_for_real(tmp_path):
    """issue 11: the Parquet export was never run (pyarrow was not in the test extra), and its test
    passed whether it worked or not. The file must hold what the JSON export holds."""
    import json

    import pandas as pd

    seed = str(SEEDS / "xiaomi-q2-2025-trade-press.txt")
    out = tmp_path / "figures.parquet"
    r = runner.invoke(app, ["figures", seed, "-o", str(out)])  # the format from the extension
    assert r.exit_code == 0, r.stderr
    table = pd.read_parquet(out)
    rows = json.loads(runner.invoke(app, ["figures", seed, "-f", "json"]).stdout)
    assert len(table) == len(rows) > 20
    assert table["text"].tolist() == [row["text"] for row in rows]
    assert table["value"].dtype == "float64"
    first = table.set_index("text").loc["116bn yuan"]
    assert (first["value"], first["low"], first["high"], first["unit"]) == (116e9, 115.5e9, 116.5e9, "CNY")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.parquet"]


def test_parquet_needs_an_output_file_and_pyarrow(tmp_path, monkeypatch):
    import sys

    seed = str(SEEDS / "xiaomi-q2-2025-trade-press.txt")
    r = runner.invoke(app, ["figures", seed, "-f", "parquet"])
    assert r.exit_code == 2 and "--output" in r.stderr
    from evcheck.errors import EvcheckError
    from evcheck.figures_export import export_table

    figures = verify([read_document(seed)]).figures
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as when pyarrow is not installed
    with pytest.raises(EvcheckError, match=r"pip install 'evcheck\[parquet\]'"):
        export_table(figures, "parquet", str(tmp_path / "f.parquet"))
    assert not list(tmp_path.iterdir())
