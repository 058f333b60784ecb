"""The reference tables install as package data wherever the code goes, and their absence is loud."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

BUILD = r"""
import sys, warnings
warnings.simplefilter("ignore")
from setuptools.dist import Distribution
from setuptools.config.pyprojecttoml import apply_configuration
dist = Distribution({"script_name": "setup.py"})
apply_configuration(dist, "pyproject.toml")
cmd = dist.get_command_obj("build_py")
cmd.build_lib = sys.argv[1]
cmd.ensure_finalized()
cmd.run()
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """What a wheel (or `pip install --user`) puts in site-packages, made by setuptools' own build_py
    from pyproject.toml: no sys.prefix/share, no checkout beside it."""
    lib = tmp_path_factory.mktemp("site-packages")
    r = subprocess.run([sys.executable, "-c", BUILD, str(lib)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return lib


def run_installed(lib: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(lib)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True)


def test_every_subpackage_is_listed_in_pyproject():
    """The packages are listed (the tables need a package-dir mapping): a new one must be added."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "evcheck").rglob("__init__.py")}
    assert found | {"evcheck.bundled"} == listed


def test_an_install_carries_the_tables_and_reads_them_from_the_package(installed, tmp_path):
    """issue 11: after `pip install --user` the tables were looked for in sys.prefix/share and
    load_reference returned 0 rows without a word."""
    names = sorted(p.name for p in (installed / "evcheck" / "bundled").glob("*.csv"))
    assert {"figures.csv", "entities.csv", "metrics.csv", "measures.csv", "segments.csv"} <= set(names)
    r = run_installed(installed, "-c", "import evcheck.data as d; print(d.BUNDLED); print(len(d.load_reference().figures))",
                      cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    folder, rows = r.stdout.split()
    assert Path(folder) == installed / "evcheck" / "bundled" and int(rows) > 100
    article = tmp_path / "a.txt"
    shutil.copy(SEEDS / "xiaomi-q2-2025-trade-press.txt", article)
    r = run_installed(installed, "-m", "evcheck", "verify", "a.txt", "-f", "json", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert '"rule": "reference"' in r.stdout


def test_missing_tables_fail_loudly(installed, tmp_path):
    broken = tmp_path / "lib"
    shutil.copytree(installed, broken)
    (broken / "evcheck" / "bundled" / "figures.csv").unlink()
    (tmp_path / "a.txt").write_text("Xiaomi's deliveries for Q2 2025 stood at 81,302 units.\n")
    commands = (["verify", "a.txt"], ["data", "list"], ["data", "validate"])
    # one interpreter runs the three through the process edge (evcheck.cli.main, as `python -m evcheck`
    # does), each followed on stderr by its exit code: one start-up of ~2 s instead of three
    script = ("import sys\nfrom evcheck.cli import main\nfor args in " + repr(commands) + ":\n"
              "    sys.argv = ['evcheck', *args]\n    try:\n        main()\n    except SystemExit as exc:\n"
              "        print(f'--exit {exc.code}--', file=sys.stderr, flush=True)\n")
    r = run_installed(broken, "-c", script, cwd=tmp_path)
    parts = re.split(r"--exit (\S+)--\n", r.stderr)
    assert len(parts) == 2 * len(commands) + 1 and parts[-1] == "", (r.stdout, r.stderr)
    for args, err, code in zip(commands, parts[0::2], parts[1::2], strict=False):
        assert code == "2", (args, err)
        assert "figures.csv" in err and "reinstall evcheck" in err and "internal error" not in err, (args, err)


def test_user_tables_are_told_by_origin_not_by_path(tmp_path):
    """issue 11: a user folder whose path starts with the bundled path counted as bundled, so its
    rows never overrode the bundled ones and the conflict went unreported."""
    from evcheck.data import BUNDLED, load_reference

    bundled = tmp_path / "data"
    shutil.copytree(BUNDLED, bundled, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    mine = tmp_path / "data-mine"  # "…/data-mine" starts with "…/data"
    mine.mkdir()
    (mine / "figures-user.csv").write_text("entity,metric,period,value,unit,source\n"
                                           "Xiaomi,deliveries,2025-Q2,90000,units,https://example.com\n")
    ref = load_reference([mine], bundled=bundled)
    rows = ref.figures[(ref.figures["entity"] == "Xiaomi") & (ref.figures["metric"] == "deliveries")
                       & (ref.figures["period"] == "2025-Q2")]
    assert rows["value"].tolist() == [90000] and rows["origin"].tolist() == ["user"]
    assert any("overrides the bundled" in c for c in ref.conflicts)
