"""`evcheck verify --explain`: every figure of an article, with the checks it took part in or why none.

The findings view says what is wrong; this one answers "was this number looked at at all?", which
an editor cannot tell from a list of findings.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from evcheck.pipeline import Result
from evcheck.report.editor import short_links
from evcheck.report.review import review
from evcheck.report.safe import printable

_STYLE = {"error": "bold red", "warning": "yellow", "ok": "green", "info": "cyan", "input": "blue", "unchecked": "dim"}
_WORD = {"input": "input", "unchecked": "unchecked"}


def render_to(console: Console, result: Result) -> None:
    """Every figure, information checks included: leaving them out would show their figures as unchecked."""
    for view in review(result):
        console.print(Text(printable(view.path), style="bold"))
        console.print(Text(printable(f"  {view.date_line}")))
        for warning in view.warnings:
            console.print(Text(printable(f"  warning: {warning}"), style="yellow"))
        for fig in view.figures:
            head = Text(f"  {fig.line}:{fig.col}  ")
            head.append(printable(fig.text), style="bold")
            head.append(f"  {_WORD.get(fig.state, fig.state)}", style=_STYLE[fig.state])
            console.print(head)
            for cid in fig.tested_by:
                c = view.check(cid)
                line = Text(c.label, style=_STYLE[c.label])
                line.append(printable(f" {short_links(c.headline)}"))
                line.append(f" ({c.rule_name})", style="dim")
                console.print(Padding(line, (0, 0, 0, 6), expand=False))
            for cid in fig.used_by:
                c = view.check(cid)
                subject = view.figure(c.subject).text
                console.print(Padding(Text(printable(f"input to the {c.rule_name} check of “{subject}” ({c.label})"),
                                           style="dim"), (0, 0, 0, 6), expand=False))
            if fig.reason:
                console.print(Padding(Text(printable(f"not checked: {fig.reason}"), style="dim"), (0, 0, 0, 6), expand=False))
        n = view.counts
        console.print(Text(f"  {n['figures']} figures: {n['checked']} checked, {n['unchecked']} unchecked; "
                           f"{n['errors']} error(s), {n['warnings']} warning(s)"))
    for err in result.errors:
        console.print(Text(printable(f"{err.path}: {err.reason}"), style="red"))


def render(result: Result, width: int = 120) -> str:
    """The same view as plain text, for `--explain -o FILE` and pipes."""
    buffer = io.StringIO()
    render_to(Console(file=buffer, width=width, force_terminal=False, color_system=None), result)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
