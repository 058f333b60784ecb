"""Rich output for a terminal: findings by file, mismatches first, with the arithmetic.

Article text and file names are anyone's to write: they go to Rich only as `Text` (never read as
markup) and with their control characters shown as escapes (never sent to the terminal).
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from evcheck.pipeline import Result
from evcheck.report.rows import suppressed
from evcheck.report.safe import printable

_STYLE = {"error": "bold red", "warning": "yellow", "ok": "green", "info": "cyan"}
_RANK = {("mismatch", "error"): 0, ("mismatch", "warning"): 1, ("ok", "info"): 3, ("info", "info"): 4}


def _quote(doc, start: int, end: int) -> Text:
    src = doc.source
    line_start = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", end)
    line_end = len(src) if line_end == -1 else line_end
    a, b = max(line_start, start - 60), min(line_end, end + 60)
    text = Text("…" if a > line_start else "", style="dim")
    text.append(printable(src[a:start]))
    text.append(printable(src[start:end]), style="bold underline")
    text.append(printable(src[end:b]))
    if b < line_end:
        text.append("…", style="dim")
    return text


def render_to(console: Console, result: Result, show_ok: bool = True) -> None:
    docs = {d.path: d for d in result.documents}
    checks = result.checks
    for path, doc in docs.items():
        c = checks[(checks["file"] == path) & ~checks["suppressed"]] if len(checks) else checks
        if not show_ok and len(c):
            c = c[c["status"] == "mismatch"]
        ranked = sorted(c.iterrows(), key=lambda rc: (_RANK.get((rc[1]["status"], rc[1]["severity"]), 2), rc[1]["start"]))
        table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
        table.add_column("where", no_wrap=True, width=8)
        table.add_column("", no_wrap=True, width=8)
        table.add_column("rule", no_wrap=True, width=13)
        table.add_column("finding", ratio=1)
        for _, row in ranked:
            label = row["severity"] if row["status"] == "mismatch" else row["status"]
            body = Group(_quote(doc, int(row["start"]), int(row["end"])), Text(printable(row["message"])))
            if isinstance(row.get("assumption"), str):
                body = Group(body, Text(f"assumption: {printable(row['assumption'])}", style="dim"))
            table.add_row(Text(f"{int(row['line'])}:{int(row['col'])}"), Text(label, style=_STYLE.get(label, "")),
                          Text(row["rule"]), body)
        n_fig = int((result.figures["file"] == path).sum())
        date = f"{doc.date} ({doc.date_source})" if doc.date else "no date"
        subtitle = Text(printable(f"{n_fig} figures · {len(c)} checks shown · date {date}"))
        content = table if len(c) else Text("no relations to check", style="dim")
        console.print(Panel(content, title=Text(printable(path), style="bold"), subtitle=subtitle,
                            title_align="left", subtitle_align="left"))
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


def render(result: Result, show_ok: bool = True, width: int = 120) -> str:
    """The same report as plain text, for `--format rich -o FILE`."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None)
    render_to(console, result, show_ok)
    return buffer.getvalue()
