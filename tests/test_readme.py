"""What the README shows is what evcheck does: the JSON example is a real run, the test command is the
one CI runs, and the example workflow installs evcheck from its repository."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from conftest import ROOT
from evcheck.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_json_example() -> dict:
    section = README[README.index("### JSON (`--format json`, schema `evcheck/1`)"):]
    return json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))


def test_the_json_example_is_an_excerpt_of_a_real_run(monkeypatch):
    """issue 11: the README's JSON example was out of date (other ids, counts and message)."""
    shown = readme_json_example()
    path = shown["files"][0]["path"]
    monkeypatch.chdir(ROOT)  # the example names the file as a user in the repository would
    r = CliRunner().invoke(app, ["verify", path, "--format", "json"])
    assert r.exit_code == 0, r.output
    real = json.loads(r.stdout)
    real_file, shown_file = real["files"][0], shown["files"][0]
    assert shown["schema"] == real["schema"]
    assert {k: v for k, v in shown_file.items() if k not in ("figures", "checks")} == \
        {k: v for k, v in real_file.items() if k not in ("figures", "checks")}
    figures = {f["id"]: f for f in real_file["figures"]}
    checks = {c["id"]: c for c in real_file["checks"]}
    for figure in shown_file["figures"]:
        assert figure == figures.get(figure["id"]), json.dumps(figures.get(figure["id"]), ensure_ascii=False)
    for check in shown_file["checks"]:
        assert check == checks.get(check["id"]), json.dumps(checks.get(check["id"]), ensure_ascii=False)
    assert shown_file["figures"] and shown_file["checks"]
    assert shown["summary"] == real["summary"], json.dumps(real["summary"])
    counts = re.search(r"with one of its (\d+) figures\s+and one of its (\d+) checks", README)
    assert counts and tuple(map(int, counts.groups())) == (len(figures), len(checks))


def test_ci_runs_the_readme_test_command():
    command = ".venv/bin/python -m pytest"
    assert f"&& {command}\n" in README
    run = (ROOT / ".ci" / "run").read_text()
    assert any(line.strip().endswith(command) or f"{command} " in line for line in run.splitlines()
               if not line.lstrip().startswith("#"))


def test_the_example_workflow_installs_evcheck_from_its_repository():
    """issue 11: the example workflow ran `pip install evcheck`, a name that is not this project on PyPI."""
    workflow = (ROOT / "examples" / "github-actions.yml").read_text()
    installs = [line for line in workflow.splitlines() if "pip install" in line and not line.lstrip().startswith("#")]
    assert installs, "the workflow installs evcheck somewhere"
    for line in installs:
        # a bare name or a version of it comes from PyPI; "evcheck @ git+…" names the repository
        assert not re.search(r"pip install\s+(-\S+\s+)*['\"]?evcheck(?!(\[[^\]]*\])?\s*@)", line), line
    assert any("evcheck @ git+" in line for line in installs), installs


def test_the_opening_example_lines_are_what_verify_prints(monkeypatch):
    """The README's first example shows three findings of the planted-errors article as evcheck
    prints them today (the messages for editors lead with the right value)."""
    block = README[README.index("planted-errors.txt:3:20"):]
    shown = block[:block.index("```")].strip().splitlines()
    monkeypatch.chdir(ROOT)
    r = CliRunner().invoke(app, ["verify", "tests/articles/planted-errors.txt", "-f", "concise"])
    printed = {line.removeprefix("tests/articles/") for line in r.stdout.splitlines()}
    assert len(shown) == 3
    for line in shown:
        assert line in printed
