"""The project's gates are configured where .ci/run and a developer find them (issue 11)."""

from __future__ import annotations

import ast
import os
import re
import tomllib

from hypothesis import settings

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
CI_RUN = (ROOT / ".ci" / "run").read_text()


def test_numpy_is_a_declared_dependency():
    """Modules import numpy directly; it came in only through pandas."""
    imports = [p for p in (ROOT / "evcheck").rglob("*.py") if re.search(r"^\s*import numpy|^\s*from numpy", p.read_text(), re.M)]
    assert imports
    assert any(re.match(r"numpy\b", d) for d in PYPROJECT["project"]["dependencies"])


def test_lint_and_types_are_configured_and_run_by_ci():
    lint = PYPROJECT["tool"]["ruff"]["lint"]
    assert {"E", "F", "B", "UP", "I"} <= set(lint["select"])
    assert PYPROJECT["tool"]["mypy"]["files"] == ["evcheck"]
    commands = [line.strip() for line in CI_RUN.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert any(re.search(r"\bruff check\b", c) for c in commands)
    assert any(re.search(r"\bmypy\b", c) for c in commands)
    assert any("'.[test,lint]'" in c for c in commands)
    extras = PYPROJECT["project"]["optional-dependencies"]
    assert any(d.startswith("ruff") for d in extras["lint"]) and any(d.startswith("mypy") for d in extras["lint"])


def test_the_suite_runs_on_every_core_with_its_helpers_declared():
    assert re.search(r"(^|\s)-n\s+auto\b", PYPROJECT["tool"]["pytest"]["ini_options"]["addopts"])
    test_extra = PYPROJECT["project"]["optional-dependencies"]["test"]
    assert any(d.startswith("pytest-xdist") for d in test_extra)
    assert any(d.startswith("jsonschema") for d in test_extra)


def test_ci_selects_the_small_hypothesis_profile():
    ci, dev = settings.get_profile("ci"), settings.get_profile("dev")
    assert ci.max_examples < dev.max_examples
    expected = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev")
    assert settings.default.max_examples == settings.get_profile(expected).max_examples
    from conftest import examples  # the tests that set their own count scale with the profile too

    assert examples(100) == settings.default.max_examples and examples(300) == 3 * settings.default.max_examples


def test_no_test_skips_for_want_of_a_file_outside_the_project():
    """Five tests skipped wherever ../shared was missing, which is everywhere but one machine."""
    for path in (ROOT / "tests").rglob("*.py"):
        text = path.read_text()
        assert not re.search(r"skip(if)?\([^)]*(SHARED|\.\./shared|parent\s*/\s*\"shared\")", text), path


def test_no_module_binds_one_top_level_name_twice():
    """A pattern defined twice silently serves the later definition to every caller of the first
    (ruff's F811 sees only imports and functions): each module-level name is bound once."""
    twice = []
    for path in sorted((ROOT / "evcheck").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{path.relative_to(ROOT)}: {name} (lines {seen[name]} and {node.lineno})")
                seen[name] = node.lineno
    assert not twice, "\n".join(twice)
