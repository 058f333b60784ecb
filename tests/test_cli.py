import json

import pytest
from typer.testing import CliRunner

from conftest import ARTICLES, SEEDS
from evcheck.cli import app
from evcheck.report import Format

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_verify_seeds_is_clean():
    r = invoke("verify", str(SEEDS), "-f", "concise")
    assert r.exit_code == 0, r.output
    assert "3 file(s)" in r.output


def test_findings_give_exit_one_and_concise_lines():
    r = invoke("verify", str(ARTICLES / "planted-errors.txt"), "-f", "concise")
    assert r.exit_code == 1
    lines = [x for x in r.output.splitlines() if "[" in x]
    assert len(lines) == 9
    assert lines[0].startswith(str(ARTICLES / "planted-errors.txt") + ":3:")


def test_fail_on_warning_and_never():
    text = "Output rose 15.5% to 2.593 million units from 2.262 million units a year earlier.\n"
    assert invoke("verify", "-", "-f", "concise", input=text).exit_code == 0
    assert invoke("verify", "-", "-f", "concise", "--fail-on", "warning", input=text).exit_code == 1
    bad = "Sales rose 25% to 2.593 million units from 2.262 million units.\n"
    assert invoke("verify", "-", "--fail-on", "never", "-f", "concise", input=bad).exit_code == 0


def test_json_contract():
    r = invoke("verify", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-f", "json")
    data = json.loads(r.stdout)
    assert data["schema"] == "evcheck/1"
    assert set(data["summary"]) == {"files", "figures", "checks", "ok", "mismatches", "info", "errors", "warnings", "suppressed"}
    f = data["files"][0]
    assert set(f) >= {"path", "date", "date_source", "figures", "checks"}
    fig = f["figures"][0]
    assert set(fig) >= {"id", "text", "start", "end", "line", "col", "kind", "value", "unit", "low", "high", "hedge"}
    check = f["checks"][0]
    assert set(check) >= {"id", "rule", "status", "severity", "figures", "subject", "stated", "expected",
                          "expected_low", "expected_high", "message", "line", "col"}
    text = (SEEDS / "xiaomi-q2-2025-trade-press.txt").read_text()
    for fig in f["figures"]:
        assert text[fig["start"]:fig["end"]] == fig["text"]


@pytest.mark.parametrize("args,content,message", [
    (["verify", "missing.txt"], None, "no such file"),
    (["verify", "{dir}/bin.txt"], b"\x00\x01\x02", "binary"),
    (["verify", "{dir}/latin.txt"], b"caf\xe9 5%", "not UTF-8"),
    (["verify", "{dir}/empty.txt"], b"", "empty"),
    (["verify", "{dir}/a.txt", "--select", "nonsense"], b"Sales rose 5%.", "unknown rule"),
    (["verify", "{dir}/a.txt", "--date", "yesterday"], b"Sales rose 5%.", "not a date"),
    (["verify", "{dir}/a.txt", "--dollar", "XYZ"], b"Sales rose 5%.", "unknown currency"),
])
def test_user_errors_are_one_line_and_exit_two(tmp_path, args, content, message):
    for name in ("bin.txt", "latin.txt", "empty.txt", "a.txt"):
        if content is not None and name in " ".join(args):
            (tmp_path / name).write_bytes(content)
    r = invoke(*[a.format(dir=tmp_path) for a in args])
    assert r.exit_code == 2
    assert message in r.output
    assert "Traceback" not in r.output
    assert len([x for x in r.stderr.splitlines() if x.strip()]) == 1


def test_one_bad_file_among_good_ones_still_checks_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text("Sales rose 14.6% to 2.593 million units from 2.262 million units.")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    r = invoke("verify", str(tmp_path), "-f", "json")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert data["summary"]["files"] == 1 and data["summary"]["ok"] == 1
    assert data["input_errors"][0]["path"].endswith("bad.txt")


def test_output_file_is_written(tmp_path):
    out = tmp_path / "report.json"
    r = invoke("verify", str(SEEDS), "-f", "json", "-o", str(out))
    assert r.exit_code == 0
    assert json.loads(out.read_text())["summary"]["files"] == 3


def test_rules_catalogue():
    r = invoke("rules")
    assert r.exit_code == 0
    for name in ("growth", "implied-prior", "sum", "share", "points", "difference", "multiple", "conversion", "direction"):
        assert name in r.output
    r = invoke("rules", "points")
    assert "Flagged:" in r.output and "Fine:" in r.output
    assert invoke("rules", "nope").exit_code == 2


def test_figures_command_exports(tmp_path):
    r = invoke("figures", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-f", "csv")
    assert r.exit_code == 0 and "116bn yuan" in r.output
    rows = json.loads(invoke("figures", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-f", "json").stdout)
    assert any(row["text"] == "81,302 units" and row["kind"] == "count" for row in rows)
    out = tmp_path / "f.parquet"  # pyarrow is in the test extra: this must work (test_figures_export has more)
    assert invoke("figures", str(SEEDS), "-f", "parquet", "-o", str(out)).exit_code == 0
    import pandas as pd

    assert len(pd.read_parquet(out)) > 50


def test_every_format_choice_has_a_renderer():
    import importlib

    for fmt in Format:
        module = importlib.import_module(f"evcheck.report.{fmt.value}_format")
        assert callable(module.render)


def test_every_command_is_documented():
    commands = ["verify", "show", "convert", "figures", "rules", "scan", "data list", "data show", "data validate", "data add"]
    top = invoke("--help").output
    for command in commands:
        r = invoke(*command.split(), "--help")
        assert r.exit_code == 0, command
        assert len(r.output.split("\n\n")[1].strip()) > 20, command
        assert command.split()[0] in top


def test_version_and_module_entry(monkeypatch, capsys):
    import subprocess
    import sys

    from evcheck.cli import main

    assert "evcheck" in invoke("--version").output
    run = subprocess.run([sys.executable, "-m", "evcheck", "verify", "missing.txt"], capture_output=True, text=True)
    assert run.returncode == 2 and run.stderr.strip() == "evcheck: missing.txt: no such file or folder"
    # a usage error at the process edge (main, which `python -m evcheck` runs, as above): in this process
    monkeypatch.setattr(sys, "argv", ["evcheck", "verify", "--bogus"])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err


def test_the_process_edge_leaves_the_cycle_collector_as_it_found_it(monkeypatch, capsys):
    """A command runs with the collector off, scan's batches with it on, and main() leaves it as it was."""
    import gc
    import sys

    from evcheck.cli import cycle_collector, main

    assert gc.isenabled()
    with cycle_collector(enabled=False):
        assert not gc.isenabled()
        with cycle_collector(enabled=True):
            assert gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    monkeypatch.setattr(sys, "argv", ["evcheck", "verify", "--bogus"])
    with pytest.raises(SystemExit):
        main()
    capsys.readouterr()
    assert gc.isenabled()


def test_the_process_edge_still_runs_the_exit_handlers(tmp_path):
    """main() runs the command with the cycle collector off and sets the heap aside from it at exit;
    the exit handlers still run before the process ends: a run with an empty cache folder leaves
    its compiled patterns there, and the report and the exit code are whole."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "EVCHECK_CACHE_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "evcheck", "verify", str(ARTICLES / "planted-errors.txt"), "-f", "json"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout)["summary"]["mismatches"] > 0
    assert list((tmp_path / "evcheck").glob("re-*.marshal")), sorted(p.name for p in tmp_path.rglob("*"))


# ---- hostile input at the command line (issue 13) ------------------------------------------

WRONG = "Sales rose 25% to 2.593 million units from 2.262 million units a year earlier.\n"


def one_line_error(r, *words):
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert len(r.stderr.strip().splitlines()) == 1 and "internal error" not in r.stderr, r.stderr
    for word in words:
        assert word in r.stderr, r.stderr


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("On 19 August 2025 the unit lost 300m yuan.\n" + WRONG)
    return tmp_path


def test_output_into_a_read_only_folder(here, monkeypatch):
    from denied import deny_write

    (here / "ro").mkdir()
    (here / "ro" / "a.txt").write_text("On 19 August 2025 the unit lost 300m yuan.\n")
    deny_write(monkeypatch, here / "ro")
    one_line_error(invoke("verify", "a.txt", "-f", "json", "-o", "ro/r.json"), "ro/r.json", "Permission denied")
    one_line_error(invoke("figures", "a.txt", "-f", "csv", "-o", "ro/f.csv"), "ro/f.csv", "Permission denied")
    one_line_error(invoke("convert", "ro/a.txt", "--to", "usd", "--in-place"), "ro/a.txt", "Permission denied")
    assert sorted(p.name for p in (here / "ro").iterdir()) == ["a.txt"]
    assert (here / "ro" / "a.txt").read_text() == "On 19 August 2025 the unit lost 300m yuan.\n"


def test_a_file_without_a_write_bit_is_not_overwritten(here):
    (here / "r.json").write_text("keep")
    (here / "r.json").chmod(0o444)
    one_line_error(invoke("verify", "a.txt", "-f", "json", "-o", "r.json"), "r.json", "read-only")
    assert (here / "r.json").read_text() == "keep"
    (here / "a.txt").chmod(0o444)
    one_line_error(invoke("convert", "a.txt", "--to", "usd", "--in-place"), "a.txt", "read-only")
    assert "≈" not in (here / "a.txt").read_text()


def test_output_through_a_symlink_writes_its_target(here):
    (here / "reports").mkdir()
    (here / "latest.json").symlink_to(here / "reports" / "r.json")
    assert invoke("verify", "a.txt", "-f", "json", "-o", "latest.json").exit_code == 1
    assert (here / "latest.json").is_symlink() and json.loads((here / "reports" / "r.json").read_text())["schema"] == "evcheck/1"
    (here / "article.txt").symlink_to(here / "a.txt")
    assert invoke("convert", "article.txt", "--to", "usd", "--in-place").exit_code == 0
    assert (here / "article.txt").is_symlink() and "(≈$41.8m)" in (here / "a.txt").read_text()


@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="no /dev/full here")
def test_writing_to_dev_full_is_one_line():
    import subprocess
    import sys

    article = str(ARTICLES / "planted-errors.txt")
    one_line_error(invoke("verify", article, "-f", "json", "-o", "/dev/full"), "/dev/full", "No space left")
    for args in (["verify", article, "-f", "json"], ["verify", article, "-f", "rich"], ["rules"], ["data", "list", "-f", "csv"]):
        with open("/dev/full", "w") as full:
            run = subprocess.run([sys.executable, "-m", "evcheck", *args], stdout=full, stderr=subprocess.PIPE, text=True)
        assert run.returncode == 2, (args, run.stderr)
        assert run.stderr.strip() == "evcheck: standard output: cannot write (No space left on device)", (args, run.stderr)


def test_file_names_with_escapes_reach_stderr_shown_not_sent(here):
    r = invoke("verify", "gone\x1b]0;pwned\x07.txt")
    one_line_error(r, "gone\\x1b]0;pwned\\x07.txt: no such file")


def test_figures_csv_file_column_cannot_run_as_a_formula(here):
    (here / "=cmd.txt").write_text(WRONG)
    (here / "@x.txt").write_text(WRONG)
    r = invoke("figures", "=cmd.txt", "@x.txt", "-f", "csv")
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["file"] for row in rows} == {"'=cmd.txt", "'@x.txt"}
    assert all(float(row["value"]) > 0 for row in rows)


def test_follow_symlinks_option(here):
    (here / "outside").mkdir()
    (here / "outside" / "b.txt").write_text(WRONG)
    (here / "articles").mkdir()
    (here / "articles" / "b.txt").symlink_to(here / "outside" / "b.txt")
    (here / "articles" / "own.txt").write_text("Nothing to check here.\n")
    assert invoke("verify", "articles", "-f", "concise").exit_code == 0
    r = invoke("verify", "articles", "-f", "concise", "--follow-symlinks")
    assert r.exit_code == 1 and "articles/b.txt:1:" in r.stdout


def test_a_number_a_million_digits_long_is_not_an_internal_error(here):
    (here / "long.txt").write_text("Sales rose 5% to " + "9" * 1_000_000 + " units.\n")
    r = invoke("verify", "long.txt", "-f", "json")
    assert r.exit_code in (0, 1, 2) and (r.exception is None or isinstance(r.exception, SystemExit)), repr(r.exception)


@pytest.mark.parametrize("name,check", [
    ("report.json", lambda text: json.loads(text)["schema"] == "evcheck/1"),
    ("report.sarif", lambda text: json.loads(text)["version"] == "2.1.0"),
    ("report.xml", lambda text: text.startswith("<?xml") and "<testsuites" in text),
    ("report.csv", lambda text: text.startswith("file,id,line,col,rule")),
    ("report.txt", lambda text: ":3:" in text and "error [growth]" in text),
])
def test_output_format_follows_the_extension(tmp_path, name, check):
    """issue 11: `-o report.json` without -f wrote plain text."""
    out = tmp_path / name
    r = invoke("verify", str(ARTICLES / "planted-errors.txt"), "-o", str(out))
    assert r.exit_code == 1 and check(out.read_text())
    r = invoke("verify", str(ARTICLES / "planted-errors.txt"), "-o", str(out), "-f", "concise")
    assert "error [growth]" in out.read_text()


@pytest.mark.parametrize("name,check", [
    ("figures.json", lambda text: json.loads(text)[0]["id"] == "f1"),
    ("figures.csv", lambda text: text.startswith("file,id,text")),
])
def test_figures_and_scan_output_format_follows_the_extension(tmp_path, name, check):
    out = tmp_path / name
    assert invoke("figures", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-o", str(out)).exit_code == 0
    assert check(out.read_text())
    out = tmp_path / ("findings" + out.suffix)
    assert invoke("scan", str(ARTICLES), "-j", "1", "-o", str(out)).exit_code == 0
    text = out.read_text()
    assert json.loads(text)[0]["doc"] if out.suffix == ".json" else text.startswith("doc,date,rule")


@pytest.mark.parametrize("front", ["date: 2025-13-45", "date: 0001-01-01", "date: 9999-12-31", "a: " + "[" * 3000 + "]" * 3000])
def test_a_bad_front_matter_is_a_note_and_the_article_is_still_checked(tmp_path, front):
    """issue 11: these crashed the pipeline (ValueError, OverflowError, RecursionError)."""
    article = tmp_path / "a.md"
    article.write_text(f"---\n{front}\n---\nRevenue was 116bn yuan ($16.2bn). Sales rose 25% to 2.593 million units "
                       "in July 2025 from 2.262 million units a year earlier.\n")
    r = invoke("verify", str(article), "-f", "json")
    assert r.exit_code == 1, r.output
    assert "internal error" not in r.stderr and "note:" in r.stderr and "front matter" in r.stderr
    data = json.loads(r.stdout)
    assert data["files"][0]["date"] == "2025-07-31" and "front matter" in data["files"][0]["notes"][0]
    assert [c["rule"] for c in data["files"][0]["checks"] if c["status"] == "mismatch"] == ["growth"]


def test_an_interrupt_wrapped_by_class_creation_is_an_interrupt():
    """A Ctrl-C during a late import reaches the process edge as "RuntimeError: Error calling __set_name__":
    exit 130 (seen once in CI, scan -j 2), never "internal error"."""
    from evcheck.cli import interrupted_within

    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as inner:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance 'rows' in 'Table'") from inner
    except RuntimeError as wrapped:
        assert interrupted_within(wrapped)
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise ValueError("raised while handling it")  # noqa: B904 (an implicit context, as the class machinery leaves)
    except ValueError as chained:
        assert interrupted_within(chained)
    assert not interrupted_within(RuntimeError("a bug of ours"))
    assert not interrupted_within(ValueError("no interrupt"))
