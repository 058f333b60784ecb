"""Rich output for a terminal: findings by file, mismatches first, each led by what is wrong and the
right value, then the arithmetic. Information rows are shown only when asked (`--all`).

Article text and file names are anyone's to write: they go to Rich only as `Text` (never read as
markup) and with their control characters shown as escapes (never sent to the terminal).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from evcheck.pipeline import Result
from evcheck.report.editor import (
    RULE_NAMES,
    date_line,
    date_warnings,
    plain_words,
    severity_label,
    short_links,
    worded_rows,
)
from evcheck.report.rows import suppressed
from evcheck.report.safe import printable

if TYPE_CHECKING:
    import pandas as pd

    from evcheck.read import Document

_STYLE = {"error": "bold red", "warning": "yellow", "ok": "green", "info": "cyan"}
_RANK = {("mismatch", "error"): 0, ("mismatch", "warning"): 1, ("ok", "info"): 3, ("info", "info"): 4}


_SNIP = 60
_NARROW = 80


def _quote(doc: Document, start: int, end: int) -> Text:
    """The figure in its line, with up to ~60 characters either side cut at a space, never mid-word."""
    src = doc.source
    line_start = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", end)
    line_end = len(src) if line_end == -1 else line_end
    a, b = line_start, line_end
    if start - line_start > _SNIP:
        space = src.find(" ", start - _SNIP, start)
        a = space + 1 if space != -1 else start
    if line_end - end > _SNIP:
        space = src.rfind(" ", end, end + _SNIP)
        b = space if space != -1 else end
    text = Text("…" if a > line_start else "", style="dim")
    text.append(printable(src[a:start]))
    text.append(printable(src[start:end]), style="bold underline")
    text.append(printable(src[end:b]))
    if b < line_end:
        text.append("…", style="dim")
    return text


# relate/cells.py ends a message of a table's check with its cell: "[table 1: row “Lumo”, column “Share”]"
_CELL_SUFFIX = re.compile(r" \[table \d+: row “[^\]]*”, column “[^\]]*”\]$")
_CELL_STYLE = "bold"


def _cell_lines(doc: Document, row: dict[str, Any]) -> list[Text]:
    """What the finding quotes: the figure in its line, and for a check of a table cell, the table,
    row and column that hold it, on a line of their own (an HTML table's line would only show
    markup, so there the cell's name and text stand for it)."""
    start, end = int(row["start"]), int(row["end"])
    cell = row.get("cell")
    if not isinstance(cell, dict):
        return [_quote(doc, start, end)]
    at_cell = (cell.get("line"), cell.get("col")) == (int(row["line"]), int(row["col"]))
    name = f"table {cell['table']}, row “{cell['row']}”, column “{cell['column']}”"
    if not at_cell:
        return [_quote(doc, start, end), Text(printable(f"against {name}"), style=_CELL_STYLE)]
    if doc.kind == "html":
        said = row.get("subject_text")
        return [Text(printable(f"{name}: {said if isinstance(said, str) else doc.source[start:end]}"), style=_CELL_STYLE)]
    return [Text(printable(name), style=_CELL_STYLE), _quote(doc, start, end)]


def _shown(checks: pd.DataFrame, show_ok: bool, show_info: bool) -> pd.Series:
    """Findings always; ok rows and information rows only when asked: on a terminal they drown findings."""
    keep = checks["status"] == "mismatch"
    if show_ok:
        keep |= checks["status"] == "ok"
    if show_info:
        keep |= checks["status"] == "info"
    return keep


def _passed(c: pd.DataFrame) -> str:
    """What a file without findings says: how many checks passed, not that there was nothing."""
    if not len(c):
        return "no relations to check"
    ok, info = int((c["status"] == "ok").sum()), int((c["status"] == "info").sum())
    return f"no findings: all {ok + info} checks passed ({ok} ok, {info} for information)"


def render_to(console: Console, result: Result, show_ok: bool = True, show_info: bool = True, quiet: bool = False) -> None:
    """Each file in a panel; with `quiet`, only files with findings, and one line for the rest."""
    docs = {d.path: d for d in result.documents}
    checks = result.checks
    warnings = dict(date_warnings(result))
    clean = []
    for path, doc in docs.items():
        mine = (checks["file"] == path) & ~checks["suppressed"] if len(checks) else None
        every = checks[mine] if mine is not None else checks
        findings = int((every["status"] == "mismatch").sum()) if len(every) else 0
        if quiet and not findings:
            clean.append(every)
            continue
        c = worded_rows(result, mine & _shown(checks, show_ok, show_info)) if mine is not None else []
        ranked = sorted(c, key=lambda row: (_RANK.get((row["status"], row["severity"]), 2), row["start"]))
        table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
        table.add_column("where", no_wrap=True, min_width=5)
        table.add_column("severity", no_wrap=True, min_width=8)
        table.add_column("check", min_width=8, max_width=14)
        table.add_column("finding", ratio=1, min_width=20, overflow="fold")  # only a word wider than the column is split
        stacked: list[RenderableType] = []  # below 80 columns a table leaves too narrow a finding column: one block a finding
        for row in ranked:
            label = severity_label(row["status"], row["severity"])
            quoted = _cell_lines(doc, row)
            named = any(q.style == _CELL_STYLE for q in quoted)  # the cell is named on its own line: not again at the end of a message
            headline = _CELL_SUFFIX.sub("", str(row["headline"])) if named else str(row["headline"])
            parts = [*quoted, Text(printable(short_links(headline)))]
            arithmetic = plain_words(_CELL_SUFFIX.sub("", str(row["message"])) if named else str(row["message"]))
            if arithmetic != headline:
                parts.append(Text(printable(short_links(arithmetic)), style="dim"))
            if isinstance(row.get("assumption"), str):
                parts.append(Text(f"assumption: {printable(row['assumption'])}", style="dim"))
            where, check = f"{int(row['line'])}:{int(row['col'])}", RULE_NAMES.get(row["rule"], row["rule"])
            if console.width < _NARROW:
                head = Text.assemble((where, "bold"), "  severity: ", (label, _STYLE.get(label, "")), f"  check: {check}")
                stacked.append(Padding(Group(head, *parts), (0, 0, 1, 0)))
            else:
                table.add_row(Text(where), Text(label, style=_STYLE.get(label, "")), Text(check), Group(*parts))
        n_fig = int((result.figures["file"] == path).sum())
        hidden = len(every) - len(c)
        facts = Text(printable(f"{date_line(doc)} · {n_fig} figures · {len(every)} checks"), style="dim")
        if hidden:
            facts.append(f" ({hidden} without findings, shown with --all)", style="dim")
        lines: list[RenderableType] = [facts]
        if path in warnings:
            lines.append(Text(printable(f"warning: {warnings[path]}"), style="yellow"))
        if not len(c):
            lines.append(Text(_passed(every), style="green" if len(every) else "dim"))
        else:
            lines.extend(stacked or [table])
        title: Text | None = Text(printable(path), style="bold")
        if title is not None and title.cell_len + 6 > console.width:  # too long for the frame, it would be cut
            lines.insert(0, title)
            title = None
        console.print(Panel(Group(*lines), title=title, title_align="left"))
    if clean:
        import pandas as pd

        every = pd.concat(clean) if len(clean) > 1 else clean[0]
        console.print(Text(f"{len(clean)} file(s) without findings: " + _passed(every).removeprefix("no findings: "),
                           style="green"))
        for path, warning in warnings.items():
            if path in {p for c in clean for p in c["file"]}:
                console.print(Text(printable(f"{path}: warning: {warning}"), style="yellow"))
    for err in result.errors:
        console.print(Text(printable(f"{err.path}: {err.reason}"), style="red"))
    s = result.summary()
    line = Text.assemble(
        (f"{s['files']} file(s) · {s['figures']} figures · {s['checks']} checks: ", ""),
        (f"{s['ok']} ok", "green"), (" · ", ""), (f"{s['errors']} error(s)", "bold red" if s["errors"] else ""),
        (" · ", ""), (f"{s['warnings']} warning(s)", "yellow" if s["warnings"] else ""), (" · ", ""),
        (f"{s['info']} info", "cyan"),
    )
    hidden = suppressed(result)
    if hidden:
        line.append(f" · {hidden} suppressed", "dim")
    console.print(line)


def render(result: Result, show_ok: bool = True, width: int = 120, show_info: bool | None = None, quiet: bool = False) -> str:
    """The same report as plain text, for `--format rich -o FILE`."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None)
    render_to(console, result, show_ok, show_ok if show_info is None else show_info, quiet)
    return buffer.getvalue()
