import json

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
