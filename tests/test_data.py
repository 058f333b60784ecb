"""The reference tables, the reference rule and `evcheck data`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import SEEDS, run_text
from evcheck.cli import app
from evcheck.data import consistent_values, load_reference, rounding_half

runner = CliRunner()


def reference_checks(text):
    rows = run_text(text).checks.to_dict("records")
    return [r for r in rows if r["rule"] == "reference"]


def test_seed_implied_prior_deliveries_match_the_reference():
    checks = reference_checks((SEEDS / "xiaomi-q2-2025-trade-press.txt").read_text())
    prior = [c for c in checks if "deliveries 2024-Q2" in c["message"]]
    assert len(prior) == 1 and prior[0]["status"] == "ok"
    assert "27,307" in prior[0]["message"] and "cnevpost.com" in prior[0]["message"]
    revenue = [c for c in checks if "revenue 2024-Q2" in c["message"]]
    assert revenue and revenue[0]["status"] == "ok"


def test_caam_july_2024_total_is_matched():
    checks = reference_checks((SEEDS / "xiaomi-q2-2025-trade-press.txt").read_text())
    match = [c for c in checks if "vehicle sales 2024-07" in c["message"]]
    assert len(match) == 1 and match[0]["status"] == "ok" and match[0]["subject_text"] == "2.262 million units"


def test_wrong_delivery_figure_is_flagged_with_its_source():
    checks = reference_checks("Xiaomi's vehicle deliveries for Q2 2025 stood at 91,302 units.")
    assert [(c["status"], c["severity"]) for c in checks] == [("mismatch", "error")]
    assert "81,302" in checks[0]["message"] and "vnnow.net" in checks[0]["message"]


def test_wrong_growth_rate_is_flagged_against_last_years_figure():
    checks = reference_checks("Xiaomi's vehicle deliveries for Q2 2025 stood at 81,302 units, up 157.7% year on year.")
    prior = [c for c in checks if "2024-Q2" in c["message"]]
    assert [c["status"] for c in prior] == ["mismatch"]


def test_net_addition_is_checked_against_the_previous_quarter():
    checks = reference_checks("In Q2 2025 Xiaomi's network of sales centres grew to 335 stores, a net addition of 100 stores quarter on quarter.")
    prior = [c for c in checks if "2025-Q1" in c["message"]]
    assert [c["status"] for c in prior] == ["ok"]


def test_losses_compare_with_negative_profits():
    checks = reference_checks("In Q2 2025, losses at Xiaomi's EV business narrowed to about 300m yuan.")
    assert [c["status"] for c in checks] == ["ok"]


def test_disputed_figures_say_so():
    checks = reference_checks("NIO's net loss for Q3 2025 was 3.1bn yuan.")
    assert checks and "disagree" in checks[0]["message"] and checks[0]["status"] == "ok"


def test_unknown_figures_stay_unchecked():
    assert reference_checks("Xiaomi's deliveries for Q2 2019 stood at 5 units.") == []


@pytest.mark.parametrize("value,half", [(88_900_000_000.0, 50_000_000.0), (27_307.0, 0.0), (15.4, 0.05), (2_262_000.0, 500.0)])
def test_rounding_of_known_figures(value, half):
    assert rounding_half(value) == half


def test_consistent_values():
    assert consistent_values([88_887_800_000.0, 88_890_000_000.0, 88_900_000_000.0])
    assert not consistent_values([40_023.0, 41_948.0])


def test_bundled_data_validates():
    r = runner.invoke(app, ["data", "validate"])
    assert r.exit_code == 0 and "valid" in r.stderr


@pytest.mark.parametrize("rows,message", [
    ("X,sales,2025-07,5,units,s\nX,sales,2025-07,5,units,t\n", "3: duplicate of row 2"),
    ("X,sales,2025-07,5,bananas,s\n", "2: unknown unit 'bananas'"),
    ("X,sales,2025-13,5,units,s\n", "2: bad period"),
    ("X,sales,2025-07,five,units,s\n", "2: value 'five' is not a number"),
    ("X,sales,2025-07,5,units,s\nX,sales,2025-07,9,units,t\n", "conflicting values"),
])
def test_validate_names_the_bad_row(tmp_path, rows, message):
    path = tmp_path / "figures-mine.csv"
    path.write_text("entity,metric,period,value,unit,source\n" + rows)
    r = runner.invoke(app, ["data", "validate", str(path)])
    assert r.exit_code == 1
    assert f"{path}:" in r.stdout and message in r.stdout


def test_list_show_and_add(tmp_path):
    r = runner.invoke(app, ["data", "list", "--entity", "xiaomi", "--metric", "deliveries", "--period", "2024-Q2", "-f", "csv"])
    assert r.exit_code == 0 and "27307" in r.stdout
    r = runner.invoke(app, ["data", "show", "Xiaomi", "deliveries", "2024-Q2"])
    assert "cnevpost.com" in r.stdout
    assert runner.invoke(app, ["data", "show", "Xiaomi", "deliveries", "1999-Q1"]).exit_code == 2
    folder = tmp_path / "mydata"
    r = runner.invoke(app, ["data", "add", "Xiaomi", "deliveries", "2025-Q4", "145000", "units", "--source", "https://example.com/q4", "--to", str(folder)])
    assert r.exit_code == 0
    r = runner.invoke(app, ["data", "list", "--entity", "Xiaomi", "--period", "2025-Q4", "--data", str(folder), "-f", "csv"])
    assert "145000" in r.stdout
    bad = runner.invoke(app, ["data", "add", "Xiaomi", "deliveries", "2025-Q4", "1", "bananas", "--source", "x", "--to", str(folder)])
    assert bad.exit_code == 2 and "unknown unit" in bad.stderr


def test_user_tables_are_merged_over_the_bundled_ones_and_conflicts_reported(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "figures.csv").write_text("entity,metric,period,value,unit,source\nXiaomi,deliveries,2025-Q2,91302,units,my-note\n")
    ref = load_reference([folder])
    rows = ref.figures[(ref.figures["entity"] == "Xiaomi") & (ref.figures["metric"] == "deliveries") & (ref.figures["period"] == "2025-Q2")]
    assert rows["value"].tolist() == [91302]
    assert ref.conflicts and "overrides" in ref.conflicts[0]
    article = tmp_path / "a.txt"
    article.write_text("Xiaomi's vehicle deliveries for Q2 2025 stood at 91,302 units.\n")
    r = runner.invoke(app, ["verify", str(article), "--data", str(folder), "-f", "concise"])
    assert r.exit_code == 0 and "note:" in r.stderr and "overrides" in r.stderr


# ---- hostile tables (issue 13) -------------------------------------------------------------

HEADER = "entity,metric,period,value,unit,source\n"
ARTICLE = "Xiaomi's vehicle deliveries for Q2 2025 stood at 81,302 units.\n"


def one_line_error(r, *words):
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert len(r.stderr.strip().splitlines()) == 1 and "internal error" not in r.stderr, r.stderr
    for word in words:
        assert word in r.stderr


@pytest.mark.parametrize("name,content,message", [
    ("figures.csv", "", "empty file"),
    ("figures-extra.csv", "\n", "empty file"),
    ("entities.csv", "", "empty file"),
    ("entities.csv", "entity,name\nXiaomi,Xiaomi Corp\n", "missing column(s) alias"),
    ("metrics.csv", "metric\ndeliveries\n", "missing column(s) kind, terms"),
    ("figures.csv", "entity,metric,value\nX,sales,5\n", "missing column(s) period, unit, source"),
    ("figures.csv", 'entity,metric\n"unclosed,x\n', "not a readable CSV"),
    ("figures.csv", "entity,metric\ncaf\xe9\n", "not UTF-8"),
])
def test_unusable_tables_are_user_errors_in_data_and_validate(tmp_path, name, content, message):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / name).write_bytes(content.encode("latin-1"))
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    one_line_error(runner.invoke(app, ["verify", str(article), "--data", str(folder)]), f"mine/{name}", message)
    one_line_error(runner.invoke(app, ["data", "validate", str(folder)]), f"mine/{name}", message)
    one_line_error(runner.invoke(app, ["data", "list", "--data", str(folder)]), f"mine/{name}", message)


@pytest.mark.parametrize("row,message", [
    ("Xiaomi,deliveries,2025-Q2,81302,units,\n", "2: empty source"),
    ("Xiaomi,deliveries,2025-13,81302,units,s\n", "2: bad period '2025-13'"),
    ("Xiaomi,deliveries,2025-Q2,lots,units,s\n", "2: value 'lots' is not a number"),
    ("Xiaomi,deliveries,2025-Q2,nan,units,s\n", "2: value 'nan' is not a finite number"),
    ("Xiaomi,deliveries,2025-Q2,inf,units,s\n", "2: value 'inf' is not a finite number"),
    ("Xiaomi,deliveries,2025-Q2,1e400,units,s\n", "2: value '1e400' is not a finite number"),
    ("Xiaomi,deliveries,2025-Q2,81302,bananas,s\n", "2: unknown unit 'bananas'"),
])
def test_user_rows_that_cannot_be_used_stop_the_run_naming_the_row(tmp_path, row, message):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "figures.csv").write_text(HEADER + row)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    one_line_error(runner.invoke(app, ["verify", str(article), "--data", str(folder)]), "figures.csv:" + message)
    r = runner.invoke(app, ["data", "validate", str(folder)])
    assert r.exit_code == 1 and message in r.stdout


def test_duplicates_in_user_tables_are_notes_not_errors(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "figures.csv").write_text(HEADER + "X,sales,2025-07,5,units,s\nX,sales,2025-07,5,units,t\n")
    ref = load_reference([folder])
    assert any("duplicate of row 2" in c for c in ref.conflicts)


def add(*args):
    return runner.invoke(app, ["data", "add", "Xiaomi", "deliveries", "2025-Q4", "145000", "units", "--source", "https://example.com", *args])


@pytest.mark.parametrize("content", [b'entity,metric\n"unclosed,x\n', b"entity,metric\n\xff\xfe\x00\n", b"entity,metric\nX,sales\n"])
def test_add_onto_a_broken_csv_leaves_it_alone(tmp_path, content):
    (tmp_path / "figures-user.csv").write_bytes(content)
    one_line_error(add("--to", str(tmp_path)), "figures-user.csv")
    assert (tmp_path / "figures-user.csv").read_bytes() == content


def test_add_to_a_file_instead_of_a_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    one_line_error(add("--to", str(tmp_path / "notes.txt")), "notes.txt", "not a folder")
    one_line_error(add("--to", str(tmp_path / "notes.txt" / "sub")), "notes.txt/sub", "cannot create")


def test_add_to_a_folder_that_is_not_writable(tmp_path, monkeypatch):
    from denied import deny_write

    folder = tmp_path / "ro"
    folder.mkdir()
    deny_write(monkeypatch, folder)
    one_line_error(add("--to", str(folder)), "figures-user.csv", "Permission denied")
    one_line_error(add("--to", str(folder / "sub")), "ro/sub", "Permission denied")
    assert list(folder.iterdir()) == []


def test_add_through_a_symlink_writes_its_target(tmp_path):
    shared = tmp_path / "shared.csv"
    shared.write_text(HEADER.rstrip("\n") + ",note,status\n")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "figures-user.csv").symlink_to(shared)
    assert add("--to", str(folder)).exit_code == 0
    assert (folder / "figures-user.csv").is_symlink()
    assert "Xiaomi,deliveries,2025-Q4,145000,units" in shared.read_text()


def test_add_keeps_the_files_own_column_order(tmp_path):
    (tmp_path / "figures-user.csv").write_text("source,entity,metric,period,unit,value\ns,X,sales,2025-07,units,5\n")
    assert add("--to", str(tmp_path)).exit_code == 0
    ref = load_reference([tmp_path])
    rows = ref.figures[ref.figures["file"] == str(tmp_path / "figures-user.csv")]
    assert rows["value"].tolist() == [5, 145000] and rows["source"].tolist() == ["s", "https://example.com"]


def test_data_list_csv_cannot_run_formulas(tmp_path):
    (tmp_path / "figures.csv").write_text(HEADER + '"=HYPERLINK(""http://evil.example"",""x"")",sales,2025-07,-5,units,@cmd\n')
    r = runner.invoke(app, ["data", "list", "--data", str(tmp_path), "--metric", "sales", "-f", "csv"])
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    row = next(x for x in rows if "HYPERLINK" in x["entity"])
    assert row["entity"].startswith("'=") and row["source"] == "'@cmd" and row["value"] == "-5.0"


@pytest.mark.parametrize("args", [
    ["--entity", "Xiaomi Corp", "--metric", "shipments"],   # an alias and a synonym, as the README names them
    ["--entity", "xiaomi’s", "--metric", "Deliveries"],
    ["--entity", "Xiaomi", "--metric", "deliveries"],
])
def test_data_list_resolves_aliases_and_synonyms(args):
    """issue 11: `data list --entity "Xiaomi Corp"` and `--metric shipments` found nothing."""
    import json

    r = runner.invoke(app, ["data", "list", *args, "--period", "2025-Q2", "-f", "json", "--isolated"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [(row["entity"], row["metric"], row["value"]) for row in rows] == [("Xiaomi", "deliveries", 81302)]


def test_data_show_resolves_aliases_too():
    r = runner.invoke(app, ["data", "show", "Xiaomi Corporation", "shipments", "2025-Q2", "--isolated"])
    assert r.exit_code == 0 and "81,302" in r.stdout


def test_data_add_for_an_unknown_entity_is_refused_unless_it_is_new(tmp_path):
    """issue 11: a figure for an entity not in entities.csv was added, and then never used."""
    folder = tmp_path / "mine"
    add = ["data", "add", "Xiaomy", "deliveries", "2025-Q4", "145000", "units", "--source", "https://example.com", "--to", str(folder)]
    r = runner.invoke(app, add)
    assert r.exit_code == 2 and "'Xiaomy' is not a known entity" in r.stderr and "--new-entity" in r.stderr
    assert not (folder / "figures-user.csv").exists()
    r = runner.invoke(app, add + ["--new-entity"])
    assert r.exit_code == 0, r.output
    assert (folder / "entities.csv").read_text() == "entity,alias\nXiaomy,Xiaomy\n"
    checks = run_text("Xiaomy's deliveries for Q4 2025 stood at 99,000 units.", data=[folder]).checks
    assert [(c["rule"], c["status"]) for c in checks.to_dict("records")] == [("reference", "mismatch")]


def test_data_add_stores_an_alias_and_a_synonym_as_the_linker_reads_them(tmp_path):
    r = runner.invoke(app, ["data", "add", "Xiaomi Corp", "shipments", "2025-Q4", "145000", "units",
                            "--source", "https://example.com", "--to", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "Xiaomi,deliveries,2025-Q4,145000" in (tmp_path / "figures-user.csv").read_text()
    assert "stored as 'Xiaomi'" in r.stderr and "stored as the metric 'deliveries'" in r.stderr
    r = runner.invoke(app, ["data", "add", "Xiaomi", "happiness", "2025-Q4", "1", "units", "--source", "x", "--to", str(tmp_path)])
    assert r.exit_code == 2 and "not a known metric" in r.stderr
