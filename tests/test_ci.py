"""evcheck as a CI check: many files, annotations on the right lines, config, suppressions, baselines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus import articles
from evcheck.cli import app

runner = CliRunner()
PLANTED = {
    "a013.md": ("Sales rose 25% to 2.593 million units in July 2025, from 2.262 million units a year earlier.", "growth"),
    "a101.txt": ("The margin rose 11% to 26.4% from 15.4% a year earlier.", "points"),
    "a177.txt": ("On 19 August 2025 revenue reached 116bn yuan ($18.2bn).", "conversion"),
}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """53 consistent articles (.txt and .md, a000-a199), three of them with one planted error on a
    known line. Every fourth of the 200 and the three: each test verifies the folder once or more,
    and 200 articles made this file take a minute of CPU for nothing a file more or less could break."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(articles(200)):
        name = f"a{i:03d}.md" if i % 10 == 3 else f"a{i:03d}.txt"
        if i % 4 != 3 and name not in PLANTED:
            continue
        if name in PLANTED:
            text = text.rstrip("\n") + "\n\n" + PLANTED[name][0] + "\n"
        (folder / name).write_text(text)
    return folder


def planted_line(folder: Path, name: str) -> int:
    lines = (folder / name).read_text().splitlines()
    return lines.index(PLANTED[name][0]) + 1


def annotations(output: str) -> list[tuple[str, str, int, str]]:
    found = re.findall(r"^::(error|warning) file=([^,]+),line=(\d+),col=\d+,endLine=\d+,endColumn=\d+,title=evcheck (\S+)::", output, re.M)
    return [(level, Path(f).name, int(line), rule) for level, f, line, rule in found]


def test_github_annotations_on_the_right_files_and_lines(repo):
    r = runner.invoke(app, ["verify", "articles", "--format", "github"])
    assert r.exit_code == 1
    expected = sorted(("error", name, planted_line(repo, name), rule) for name, (_, rule) in PLANTED.items())
    assert sorted(annotations(r.stdout)) == expected


def test_a_suppression_comment_silences_one(repo):
    path = repo / "a013.md"
    text = path.read_text().replace(PLANTED["a013.md"][0], "<!-- evcheck: ignore[growth] -->\n" + PLANTED["a013.md"][0])
    path.write_text(text)
    r = runner.invoke(app, ["verify", "articles", "--format", "github"])
    assert len(annotations(r.stdout)) == 2 and r.exit_code == 1


def test_text_suppression_on_the_line_itself(repo):
    path = repo / "a101.txt"
    path.write_text(path.read_text().replace(PLANTED["a101.txt"][0], PLANTED["a101.txt"][0] + " [evcheck: ignore]"))
    r = runner.invoke(app, ["verify", "articles", "--format", "github"])
    assert len(annotations(r.stdout)) == 2


def test_suppression_for_another_rule_does_not_silence(repo):
    path = repo / "a013.md"
    path.write_text(path.read_text().replace(PLANTED["a013.md"][0], "<!-- evcheck: ignore[sum] -->\n" + PLANTED["a013.md"][0]))
    r = runner.invoke(app, ["verify", "articles", "--format", "github"])
    assert len(annotations(r.stdout)) == 3


def test_baseline_written_then_used_reports_nothing(repo, tmp_path):
    baseline = tmp_path / "baseline.json"
    r = runner.invoke(app, ["verify", "articles", "-f", "github", "--write-baseline", str(baseline)])
    assert r.exit_code == 1 and len(json.loads(baseline.read_text())["findings"]) == 3
    # an unrelated edit moves the lines; the baseline still holds
    path = repo / "a101.txt"
    path.write_text("A new first paragraph.\n\n" + path.read_text())
    r = runner.invoke(app, ["verify", "articles", "-f", "github", "--baseline", str(baseline)])
    assert r.exit_code == 0 and annotations(r.stdout) == []
    # a new error is still reported
    (repo / "new.txt").write_text("Sales rose 40% to 2.593 million units from 2.262 million units a year earlier.\n")
    r = runner.invoke(app, ["verify", "articles", "-f", "github", "--baseline", str(baseline)])
    assert r.exit_code == 1 and [a[1] for a in annotations(r.stdout)] == ["new.txt"]


def test_bad_baseline_file(repo, tmp_path):
    (tmp_path / "bad.json").write_text("{}")
    r = runner.invoke(app, ["verify", "articles", "--baseline", str(tmp_path / "bad.json")])
    assert r.exit_code == 2 and "not an evcheck baseline" in r.stderr


def test_sarif_has_the_required_structure(repo):
    r = runner.invoke(app, ["verify", "articles", "-f", "sarif"])
    sarif = json.loads(r.stdout)
    assert sarif["version"] == "2.1.0" and "$schema" in sarif
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "evcheck"
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids)) and "growth" in ids
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    assert len(run["results"]) == 3
    for res in run["results"]:
        assert res["level"] in ("error", "warning", "note", "none")
        assert res["message"]["text"]
        assert ids[res["ruleIndex"]] == res["ruleId"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].startswith("articles/")
        region = loc["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


def test_junit_and_csv(repo):
    r = runner.invoke(app, ["verify", "articles", "-f", "junit"])
    from xml.etree import ElementTree as ET

    root = ET.fromstring(r.stdout.split("\n", 1)[1])
    assert root.get("failures") == "3" and len(root.findall("testsuite")) == len(list(repo.iterdir())) == 53
    r = runner.invoke(app, ["verify", "articles", "-f", "csv", "-q"])
    rows = r.stdout.strip().splitlines()
    assert rows[0].startswith("file,id,line,col,rule") and len(rows) == 4


def test_concise_is_the_default_off_a_terminal(repo):
    r = runner.invoke(app, ["verify", "articles/a013.md"])
    assert re.search(r"articles/a013.md:\d+:\d+: error \[growth\]", r.stdout)


def test_html_annotations_map_back_to_source_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.html").write_text(
        "<html><head><title>x</title></head>\n<body>\n<p>Intro.</p>\n<p>\n  Sales rose 25% to 2.593 million units,\n"
        "  from 2.262 million units a year earlier.</p>\n</body></html>\n")
    r = runner.invoke(app, ["verify", "a.html", "-f", "github"])
    assert annotations(r.stdout) == [("error", "a.html", 5, "growth")]
    assert ",col=14," in r.stdout


def test_include_and_exclude(repo):
    r = runner.invoke(app, ["verify", "articles", "-f", "github", "--exclude", "a1*"])
    assert [a[1] for a in annotations(r.stdout)] == ["a013.md"]
    r = runner.invoke(app, ["verify", "articles", "-f", "github", "--include", "*.md"])
    assert [a[1] for a in annotations(r.stdout)] == ["a013.md"]


# ---- configuration ------------------------------------------------------------------------

def test_config_is_found_upward_from_the_working_folder(repo, tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "news"\n\n[tool.evcheck]\nignore = ["points", "growth"]\n')
    monkeypatch.chdir(repo)
    r = runner.invoke(app, ["verify", ".", "-f", "github"])
    assert [a[3] for a in annotations(r.stdout)] == ["conversion"]
    r = runner.invoke(app, ["verify", ".", "-f", "github", "--isolated"])
    assert len(annotations(r.stdout)) == 3


def test_evcheck_toml_wins_and_sets_fail_on(repo, tmp_path):
    (tmp_path / "evcheck.toml").write_text('fail-on = "never"\n')
    r = runner.invoke(app, ["verify", "articles", "-f", "github"])
    assert r.exit_code == 0 and len(annotations(r.stdout)) == 3


def test_explicit_config_and_tolerance(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Sales rose 17% to 2.593 million units from 2.262 million units a year earlier.\n")
    assert runner.invoke(app, ["verify", "a.txt", "-f", "concise"]).exit_code == 1
    (tmp_path / "loose.toml").write_text("[tolerance]\ngrowth = 3.0\n")
    r = runner.invoke(app, ["verify", "a.txt", "-f", "concise", "--config", "loose.toml"])
    assert r.exit_code == 0 and "warning [growth]" in r.stdout


@pytest.mark.parametrize("content,key", [
    ('fail_on = "sometimes"\n', "fail_on"),
    ('select = ["growth", "nonsense"]\n', "select"),
    ('colour = "red"\n', "colour"),
    ('dollar = 5\n', "dollar"),
    ("[tolerance]\ngrowth = -1\n", "tolerance.growth"),
    ("not toml at all [", "not valid TOML"),
])
def test_bad_config_names_the_key(tmp_path, monkeypatch, content, key):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evcheck.toml").write_text(content)
    (tmp_path / "a.txt").write_text("Sales rose 5%.\n")
    r = runner.invoke(app, ["verify", "a.txt"])
    assert r.exit_code == 2
    assert key in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_example_workflow_installs_evcheck_from_its_repository():
    """issue 11: it ran `pip install evcheck`, a name on PyPI that is not this project."""
    import re

    from conftest import ROOT

    workflow = (ROOT / "examples" / "github-actions.yml").read_text()
    installs = re.findall(r"pip install (.+)", workflow)
    assert installs and all("git+https://github.com/your-org/evcheck" in line for line in installs)
    hook = re.search(r"repo: (\S+)", (ROOT / "README.md").read_text())
    assert hook and hook.group(1) in installs[0]
    assert "grep -iE" in workflow  # ARTICLE.TXT is an article too
