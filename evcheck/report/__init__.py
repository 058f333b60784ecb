"""Report layer: one module per output format, each `render(result) -> str` (rich writes to a console).

`editor` words findings for editors and `review` reads every figure with its checks; the html format
and `verify --explain` are built on them.
"""

from __future__ import annotations

from enum import Enum
from types import ModuleType


class Format(str, Enum):
    rich = "rich"
    concise = "concise"
    json = "json"
    csv = "csv"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    html = "html"


def renderer(fmt: Format) -> ModuleType:
    """The module that writes `fmt`; imported only when asked for."""
    import importlib

    return importlib.import_module(f"evcheck.report.{fmt.value}_format")


_BY_SUFFIX = {".json": Format.json, ".sarif": Format.sarif, ".xml": Format.junit, ".csv": Format.csv,
              ".txt": Format.concise, ".log": Format.concise, ".html": Format.html, ".htm": Format.html}


def format_for_path(path: str | None) -> Format | None:
    """The format an output file's name asks for (`-o report.json`); None when it says nothing."""
    if not path or path == "-":
        return None
    from pathlib import PurePath

    return _BY_SUFFIX.get(PurePath(path).suffix.lower())
