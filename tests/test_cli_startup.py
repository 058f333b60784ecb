"""What a command imports at start-up, and the plain option coercion that keeps pydantic out of it.

No timings here (benchmarks/speed.py measures them): only which modules a command loads, and that
cli.PlainCommand coerces every option exactly as Typer's own adapters do.
"""

from __future__ import annotations

import subprocess
import sys
from enum import Enum

import pytest
import typer.main

from conftest import SEEDS
from evcheck.cli import _NOT_PLAIN, _plain_param, _plain_value, app

HEAVY = ("pandas", "numpy", "pydantic", "rich", "yaml")
WATCH = f"""
import atexit, sys
atexit.register(lambda: print("loaded:", " ".join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr))
sys.argv = ["evcheck", *sys.argv[1:]]
from evcheck.cli import main
main()
"""


def loaded(*args: str) -> set[str]:
    r = subprocess.run([sys.executable, "-c", WATCH, *args], capture_output=True, text=True, timeout=120)
    line = [x for x in r.stderr.splitlines() if x.startswith("loaded:")][-1]
    return set(line.removeprefix("loaded:").split())


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["rules"], ["rules", "growth"], ["verify", "--help"],
                                  ["scan", "--help"], ["data", "--help"]])
def test_help_and_rules_load_no_tables_and_no_pydantic(args):
    assert loaded(*args) == set()


def test_verify_loads_pandas_but_not_pydantic_or_rich():
    # a machine format: no terminal rendering
    assert loaded("verify", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-f", "json") >= {"pandas", "numpy"}
    # nor PyYAML, for an article without front matter
    assert loaded("verify", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-f", "concise").isdisjoint({"pydantic", "rich", "yaml"})


def _params():
    def walk(command, path):
        for param in command.params:
            if hasattr(param, "type_descriptor"):
                yield " ".join(path + [param.name]), param
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, path + [name])

    return list(walk(typer.main.get_command(app), []))


SAMPLES = {
    str: ["x", "", "-", "ü", "2025-07-31", " padded "],
    int: ["3", "0", "-1", "12", "007", "1_0", " 3", "x", "3.0", "", "-0", 0, 1, 50, True, 2.0],
    float: ["1.5", "2", "-0.5", "0", "1e5", "nan", "inf", "x", "1.", ".5", "1_000", "01.5", 3, 2.5, True],
    bool: [True, False],
}


def _samples(annotation):
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        values = [m.value for m in annotation]
        return [*values, *(v.upper() for v in values), "nope", "", *annotation]
    if annotation == list[str] or getattr(annotation, "__origin__", None) is list:
        return [("a", "b"), (), ["x"], ("a", 1)]
    return SAMPLES[annotation]


def _outcome(runtime, value, param, ctx):
    try:
        out = runtime._coerce_value(value, param=param, ctx=ctx)
    except Exception as exc:  # noqa: BLE001 — the two must fail alike
        return "raised", type(exc).__name__, str(exc)
    return "gave", type(out).__name__, repr(out)


@pytest.mark.skipif(_plain_param() is None, reason="this Typer coerces through Click's types, not pydantic")
def test_plain_coercion_gives_what_typers_adapters_give():
    from typer._coercion import build_runtime_param

    plain_runtime = _plain_param()
    params = _params()
    assert {name for name, _ in params} >= {"verify paths", "verify format", "scan batch_size", "data add value"}
    ctx = typer.main.get_command(app).make_context("evcheck", ["rules"], resilient_parsing=True)
    compared = 0
    for name, param in params:
        d = param.type_descriptor
        plain = plain_runtime(parameter_info=d.parameter_info, annotation=d.annotation)
        typer_own = build_runtime_param(d)
        for value in [param.default, *_samples(d.annotation)]:
            if value is None:
                continue
            assert _outcome(plain, value, param, ctx) == _outcome(typer_own, value, param, ctx), (name, value)
            compared += 1
    assert compared > 200


def test_plain_value_leaves_the_unusual_to_typer():
    class Case(str, Enum):
        a = "a"

    assert _plain_value(str, None, b"bytes") is _NOT_PLAIN
    assert _plain_value(int, None, "1e3") is _NOT_PLAIN
    assert _plain_value(Case, None, "A") is _NOT_PLAIN  # case-insensitive choices are Typer's to normalise
    assert _plain_value(bool, None, "yes") is _NOT_PLAIN
    assert _plain_value(list[str], None, ("a",)) == ["a"]


def test_a_run_builds_only_the_command_it_names():
    from evcheck.cli import _for_run

    assert list(typer.main.get_command(_for_run(["evcheck", "rules", "share"])).commands) == ["rules"]
    assert list(typer.main.get_command(_for_run(["evcheck", "data", "list"])).commands) == ["data"]
    for argv in (["evcheck"], ["evcheck", "--help"], ["evcheck", "--version"], ["evcheck", "bogus"], ["evcheck", "Verify"]):
        assert _for_run(argv) is app  # the group's help and "No such command" need every command
    assert len(typer.main.get_command(app).commands) > 1  # the app itself is left whole


def test_a_command_built_alone_helps_as_in_the_whole_app():
    from typer.testing import CliRunner

    from evcheck.cli import _for_run

    runner = CliRunner()
    for name in typer.main.get_command(app).commands:
        for args in ([name, "--help"], [name, "--bogus"], [name, "list", "--help"]):
            whole = runner.invoke(app, args)
            alone = runner.invoke(_for_run(["evcheck", *args]), args)
            assert (alone.exit_code, alone.stdout, alone.stderr) == (whole.exit_code, whole.stdout, whole.stderr), args
