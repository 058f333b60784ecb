import json

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from evcheck.cli import app

runner = CliRunner()
SEED = SEEDS / "xiaomi-q2-2025-trade-press.txt"


def test_one_amount_with_its_rate():
    r = runner.invoke(app, ["convert", "116bn yuan", "--to", "usd", "--date", "2025-08-19"])
    assert r.exit_code == 0
    assert "$16.2bn" in r.output and "7.1791 CNY per USD" in r.output and "2025-08-19" in r.output


def test_unknown_currency_lists_the_supported_ones():
    r = runner.invoke(app, ["convert", "116bn yuan", "--to", "xyz"])
    assert r.exit_code == 2
    assert "USD" in r.stderr and "CNY" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_not_an_amount():
    r = runner.invoke(app, ["convert", "hello", "--to", "usd"])
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_article_table_json_and_csv():
    r = runner.invoke(app, ["convert", str(SEED), "--to", "eur", "--date", "2025-08-19", "-f", "json"])
    data = json.loads(r.stdout)
    assert data["to"] == "EUR" and data["date_source"] == "option"
    texts = [c["text"] for c in data["conversions"]]
    assert texts == ["116bn yuan", "$16.2bn", "21.3bn yuan", "300m yuan", "635m yuan", "$88m", "$5.5bn"]
    assert all(c["rate_date"] == "2025-08-19" for c in data["conversions"])
    r = runner.invoke(app, ["convert", str(SEED), "--to", "eur", "-f", "csv"])
    assert r.stdout.splitlines()[0].startswith("id,text,line,col")


def test_inline_adds_conversions_only_where_missing(tmp_path):
    r = runner.invoke(app, ["convert", str(SEED), "--to", "usd", "--inline", "--date", "2025-08-19"])
    assert "21.3bn yuan (≈$2.97bn)" in r.stdout
    assert "116bn yuan ($16.2bn)" in r.stdout and "(≈$16" not in r.stdout
    assert "$5.5bn (≈" not in r.stdout


def test_in_place_rewrites_atomically_and_only_on_request(tmp_path):
    article = tmp_path / "a.txt"
    original = "On 19 August 2025 the unit lost 300m yuan.\n"
    article.write_text(original)
    r = runner.invoke(app, ["convert", str(article), "--to", "usd", "-o", str(article)])
    assert r.exit_code == 2 and article.read_text() == original
    r = runner.invoke(app, ["convert", str(article), "--to", "usd", "--in-place"])
    assert r.exit_code == 0
    assert article.read_text() == "On 19 August 2025 the unit lost 300m yuan (≈$41.8m).\n"
    assert not list(tmp_path.glob(".*tmp"))


NIO = ("On 19 August 2025 NIO said revenue was RMB42.9 billion (US$6.1 billion), translated at RMB7.1636 to US$1.00. "
       "Net loss was RMB3.1 billion.\n")


def test_in_place_twice_adds_each_conversion_once(tmp_path):
    """issue 11: a second run gave "RMB31.68 billion (≈$4.44bn) (≈$4.44bn)"."""
    article = tmp_path / "a.txt"
    article.write_text("On 19 August 2025 the unit lost RMB31.68 billion.\n")
    for _ in range(2):
        r = runner.invoke(app, ["convert", str(article), "--to", "usd", "--in-place"])
        assert r.exit_code == 0
    assert article.read_text().count("≈") == 1
    assert "unchanged" in r.stderr


def test_in_place_refuses_a_read_only_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("On 19 August 2025 the unit lost 300m yuan.\n")
    article.chmod(0o444)
    r = runner.invoke(app, ["convert", str(article), "--to", "usd", "--in-place"])
    assert r.exit_code == 2 and "read-only" in r.stderr
    assert article.read_text() == "On 19 August 2025 the unit lost 300m yuan.\n"


def test_in_place_writes_through_a_symlink(tmp_path):
    real = tmp_path / "articles" / "a.txt"
    real.parent.mkdir()
    real.write_text("On 19 August 2025 the unit lost 300m yuan.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    r = runner.invoke(app, ["convert", str(link), "--to", "usd", "--in-place"])
    assert r.exit_code == 0
    assert link.is_symlink() and "(≈$41.8m)" in real.read_text()


def test_in_place_with_output_is_a_usage_error(tmp_path):
    """issue 11: -o was silently ignored."""
    article = tmp_path / "a.txt"
    article.write_text("On 19 August 2025 the unit lost 300m yuan.\n")
    r = runner.invoke(app, ["convert", str(article), "--to", "usd", "--in-place", "-o", str(tmp_path / "b.txt")])
    assert r.exit_code == 2 and "--in-place" in r.stderr and "--output" in r.stderr
    assert article.read_text() == "On 19 August 2025 the unit lost 300m yuan.\n" and not (tmp_path / "b.txt").exists()


def test_inline_follows_the_articles_dollar_style_and_leaves_a_stated_rate_alone():
    """issue 11: a bare "$" in an article that writes US$, and "RMB7.1636 to US$1.00" converted as two amounts."""
    from evcheck.convert import convert_document, inline
    from evcheck.read import read_text

    doc = read_text(NIO)
    text, added = inline(doc, convert_document(doc, "usd"))
    assert added == 1 and "RMB3.1 billion (≈US$432m)" in text and "(≈$" not in text
    assert "RMB7.1636 to US$1.00." in text
    text, _ = inline(doc, convert_document(doc, "eur"))
    assert "RMB7.1636 to US$1.00." in text and "RMB3.1 billion (≈€" in text
    doc = read_text("On 19 August 2025 Geely said profit was HK$2 billion and 300m yuan.\n")
    text, _ = inline(doc, convert_document(doc, "usd"))
    assert "HK$2 billion (≈US$" in text and "300m yuan (≈US$" in text
    doc = read_text("On 19 August 2025 sales were $5bn and 300m yuan.\n")
    assert "300m yuan (≈$41.8m)" in inline(doc, convert_document(doc, "usd"))[0]


def test_convert_table_leaves_out_a_stated_rate():
    r = runner.invoke(app, ["convert", "-", "--to", "eur", "-f", "json"], input=NIO)
    assert [c["text"] for c in json.loads(r.stdout)["conversions"]] == ["RMB42.9 billion", "US$6.1 billion", "RMB3.1 billion"]


@pytest.mark.parametrize("name,check", [
    ("out.json", lambda text: json.loads(text)["to"] == "USD"),
    ("out.csv", lambda text: text.startswith("id,text,line,col")),
])
def test_convert_output_format_follows_the_extension(tmp_path, name, check):
    r = runner.invoke(app, ["convert", str(SEED), "--to", "usd", "-o", str(tmp_path / name)])
    assert r.exit_code == 0 and check((tmp_path / name).read_text())


def test_json_numbers_are_finite_or_null():
    """issue 11: a number too large for a float became inf, and `convert -f json` wrote NaN and
    Infinity, which are not JSON."""
    import dataclasses

    from evcheck.convert import convert_document, render_amount, render_document
    from evcheck.read import read_text

    doc = read_text("On 19 August 2025 the unit lost 300m yuan.\n")
    huge = dataclasses.replace(convert_document(doc, "usd")[0], value=float("inf"))

    def strict(text):
        return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} is not JSON"))

    row = strict(render_document(doc, [huge], "usd", None, "json"))["conversions"][0]
    assert row["converted"] is None and row["converted_text"] is None and row["value"] == 300e6
    assert strict(render_amount(dataclasses.replace(huge, rate=float("nan")), "json"))["rate"] is None
    csv_text = render_document(doc, [huge], "usd", None, "csv")
    assert "inf" not in csv_text.lower() and "nan" not in csv_text.lower()


def test_csv_cells_cannot_run_as_formulas():
    """issue 13: `convert -f csv` lacked the formula-injection protection of the other CSV outputs."""
    import csv
    import io

    r = runner.invoke(app, ["convert", "-", "--to", "usd", "-f", "csv"],
                      input="On 19 August 2025 the loss was -300m yuan.\n")
    row = next(csv.DictReader(io.StringIO(r.stdout)))
    assert row["text"] == "'-300m yuan" and row["converted_text"] == "'-$41.8m"
    assert float(row["value"]) == -300e6  # numbers stay numbers
    r = runner.invoke(app, ["convert", "--to", "usd", "--date", "2025-08-19", "-f", "csv", "--", "-300m yuan"])
    assert next(csv.DictReader(io.StringIO(r.stdout)))["text"] == "'-300m yuan"
