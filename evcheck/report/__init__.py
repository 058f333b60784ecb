"""Report layer: one module per output format, each `render(result) -> str` (rich writes to a console)."""

from __future__ import annotations

from enum import Enum


class Format(str, Enum):
    rich = "rich"
    concise = "concise"
    json = "json"
    csv = "csv"
    github = "github"
    sarif = "sarif"
    junit = "junit"


def renderer(fmt: Format):
    """The module that writes `fmt`; imported only when asked for."""
    import importlib

    return importlib.import_module(f"evcheck.report.{fmt.value}_format")
