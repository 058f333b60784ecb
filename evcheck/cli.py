"""The command line: parses options, calls the core, picks a formatter, maps results to an exit code.

Nothing else lives here. Errors a user can cause become one line on stderr and exit code 2.
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import Enum, IntEnum
from types import TracebackType
from typing import TYPE_CHECKING, List, Literal, NoReturn, Optional, ParamSpec, TypeVar, get_args, get_origin

import typer

if TYPE_CHECKING:  # checked against the Typer installed with the lint tools, which carries its own Click
    from typer._click import Context as ClickContext
    from typer._click.exceptions import UsageError
else:
    try:  # recent Typer carries its own copy of Click
        from typer._click.exceptions import UsageError
    except ImportError:  # pragma: no cover - older Typer on top of Click
        from click.exceptions import UsageError

from evcheck import __version__
from evcheck.errors import EvcheckError
from evcheck.report import Format, renderer

if TYPE_CHECKING:
    import pandas as pd

    from evcheck.data import Reference
    from evcheck.pipeline import Result
    from evcheck.read import Document

_NOT_PLAIN = object()
_DIGITS = frozenset("0123456789")


def _plain_number(annotation: type, info: object, value: object) -> object:
    """An int or float option as typer's adapter gives it, or _NOT_PLAIN for anything but a
    plain decimal inside the option's range."""
    if isinstance(value, str):
        digits = value.removeprefix("-")
        whole, _, fraction = digits.partition(".") if annotation is float else (digits, "", "")
        if not whole or not set(whole + fraction) <= _DIGITS or (whole != "0" and whole.startswith("0")):
            return _NOT_PLAIN
        if annotation is float and "." in digits and not fraction:
            return _NOT_PLAIN
        value = annotation(value)
    elif type(value) is not annotation:
        return _NOT_PLAIN
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if (low is not None and value < low) or (high is not None and value > high):
        return _NOT_PLAIN  # typer's adapter says what is wrong with it
    return value


def _plain_value(annotation: object, info: object, value: object) -> object:
    """`value` coerced as typer's pydantic adapter would, for the plain types this CLI declares:
    str, int, float, an Enum, a list of str. _NOT_PLAIN for anything else, or anything the adapter
    would reject or read in a way of its own."""
    if annotation is str:
        return value if isinstance(value, str) else _NOT_PLAIN
    if annotation is int or annotation is float:
        return _plain_number(annotation, info, value)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if isinstance(value, annotation):
            return value
        if isinstance(value, str) and getattr(info, "case_sensitive", False):
            return next((m for m in annotation if str(m.value) == value), _NOT_PLAIN)
        return _NOT_PLAIN
    if get_origin(annotation) is list and get_args(annotation) == (str,) and isinstance(value, (list, tuple)):
        return list(value) if all(isinstance(v, str) for v in value) else _NOT_PLAIN
    return _NOT_PLAIN


class PlainCommand(typer.core.TyperCommand):
    """A command whose options are coerced without pydantic where they are plain.

    Recent Typer coerces every value, defaults included, through a pydantic TypeAdapter built on
    first use: importing pydantic and building an adapter for each option cost about 0.1 s of every
    run, as much as all of evcheck's own modules. The values of this CLI's plain types are coerced
    here as those adapters do (tests/test_cli_startup.py compares the two on every option); any
    other value, such as a choice that is not one or a number out of range, still goes to Typer's
    adapter, so the messages are Typer's own. A Typer without that machinery is left as it is."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        for param in self.get_params(ctx):  # with --help, which is Typer's option too
            _plain_coercion(param)
        return super().parse_args(ctx, args)


class PlainGroup(typer.core.TyperGroup):
    """The command group, with its options coerced as PlainCommand's are."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        for param in self.get_params(ctx):
            _plain_coercion(param)
        return super().parse_args(ctx, args)


def _plain_coercion(param: object) -> None:
    if getattr(param, "_runtime_param", False) is not None or not hasattr(param, "type_descriptor"):
        return  # already set, or a Typer that coerces through Click's own types
    plain = _plain_param()
    if plain is not None:
        descriptor = param.type_descriptor
        param._runtime_param = plain(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)  # type: ignore[attr-defined]


@functools.cache
def _plain_param() -> type | None:
    """Typer's runtime coercion with the plain values taken first; None for a Typer without it."""
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
    except ImportError:  # pragma: no cover - an older Typer
        return None

    class Plain(RuntimeParam):
        def _coerce_value(self, value: object, param: typer.core._TyperParameter, ctx: ClickContext) -> object:
            plain = _plain_value(self.annotation, self.parameter_info, value)
            if plain is not _NOT_PLAIN:
                return plain
            return build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)

    return Plain


app = typer.Typer(
    name="evcheck",
    cls=PlainGroup,
    help="Checks the numbers in automotive and EV market news: growth, sums, shares, points, conversions.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2
    INTERRUPTED = 130  # 128 + SIGINT, as shells report it; Typer returns it for a KeyboardInterrupt


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


def say(message: str) -> None:
    """One line on stderr; file names and article text in it cannot drive the terminal."""
    from evcheck.report.safe import printable

    typer.echo(f"evcheck: {printable(message)}", err=True)


def fail(message: str) -> typer.Exit:
    say(message)
    return typer.Exit(ExitStatus.ERROR)


P = ParamSpec("P")
R = TypeVar("R")


def user_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turns an EvcheckError raised anywhere below a command into one line and exit 2."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except EvcheckError as exc:
            raise fail(str(exc)) from None

    return wrapper


class StdoutError(EvcheckError):
    """Standard output cannot be written; the process edge also stops the exit-time flush."""


class _stdout_errors:
    """A full disk or a device error on standard output is the user's to fix: one line, exit 2."""

    def __enter__(self) -> _stdout_errors:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> Literal[False]:
        if exc is None or isinstance(exc, BrokenPipeError) or not isinstance(exc, OSError):
            return False
        raise StdoutError(f"standard output: cannot write ({exc.strerror or exc})") from None


def echo(text: str = "", nl: bool = True) -> None:
    """A line for standard output, with the same error handling as a report."""
    write_output(text + ("\n" if nl else ""), None)


def write_output(text: str, path: str | None) -> None:
    if path is None or path == "-":
        with _stdout_errors():
            sys.stdout.write(text)
            sys.stdout.flush()
        return
    from evcheck.output import write_atomic

    write_atomic(path, text)


FollowSymlinks = typer.Option(False, "--follow-symlinks", help="Follow symbolic links inside folders (they are skipped by default: they may point outside).")
ConfigOption = typer.Option(None, "--config", help="Read settings from this file, not the nearest evcheck.toml or pyproject.toml.")
IsolatedOption = typer.Option(False, "--isolated", help="Ignore every configuration file.")
DollarOption = typer.Option(None, "--dollar", help="The currency a bare “$” or “dollars” means [default: USD].")
SelectOption = typer.Option(None, "--select", help="Only these rules (comma-separated).")
IgnoreOption = typer.Option(None, "--ignore", help="Skip these rules (comma-separated).")
DataFolders = typer.Option(None, "--data", help="A folder of your own reference tables, merged over the bundled ones.")
IncludeOption = typer.Option(None, "--include", help="File patterns to read in folders.")
ExcludeOption = typer.Option(None, "--exclude", help="File patterns to skip.")


def say_notes(documents: Iterable[Document]) -> None:
    """What the reader could not use in an article that is still checked (a bad front-matter date)."""
    for doc in documents:
        for note in doc.notes:
            say(f"note: {doc.path}: {note}")


@app.command(cls=PlainCommand)
@user_errors
def verify(
    paths: List[str] = typer.Argument(..., help="Files, folders, globs, or - for standard input."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="Output format; rich on a terminal, concise otherwise."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 [default: error]."),
    date: Optional[str] = typer.Option(None, "--date", help="The article date (YYYY-MM-DD), for exchange rates."),
    dollar: Optional[str] = DollarOption,
    select: Optional[List[str]] = SelectOption,
    ignore: Optional[List[str]] = IgnoreOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Show mismatches only; a clean article gets one line saying how many checks passed."),
    all_checks: bool = typer.Option(False, "--all", help="Show every check, passed and for information too (a terminal shows findings only)."),
    explain: bool = typer.Option(False, "--explain", help="Show each figure with the checks it took part in, or why it has none."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report to this file (its format from the extension: .html, .json, .sarif, .xml, .csv, .txt, unless -f says)."),
    include: Optional[List[str]] = IncludeOption,
    exclude: Optional[List[str]] = ExcludeOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings not in this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record today's findings in this file."),
    data: Optional[List[str]] = DataFolders,
    follow_symlinks: bool = FollowSymlinks,
) -> None:
    """Check every figure in the articles and show those that do not add up."""
    from evcheck.pipeline import verify as run
    from evcheck.read.files import read_paths
    from evcheck.report import format_for_path
    from evcheck.settings import build_settings

    s = build_settings(config, isolated, fail_on=fail_on.value if fail_on else None, select=select, ignore=ignore,
                       dollar=dollar, data=data, include=include, exclude=exclude, date=date,
                       follow_symlinks=follow_symlinks)
    fail_level = FailOn(s.fail_level("error"))
    docs, errors = read_paths(paths, include=s.include, exclude=s.exclude, date=s.date, follow_symlinks=s.follow_symlinks)
    fmt = format or format_for_path(output) or (Format.rich if sys.stdout.isatty() and output is None else Format.concise)
    if not docs and errors:
        for e in errors[:-1]:
            say(str(e))
        raise fail(str(errors[-1]))
    options = s.options()
    with _progress(len(docs), fmt) as advance:
        result = run(docs, options, errors, on_document=lambda _doc: advance())
    if baseline:
        from evcheck.baseline import apply_baseline, read_baseline

        known = read_baseline(baseline)
        if len(result.checks):
            result.checks["suppressed"] = result.checks["suppressed"] | apply_baseline(result.checks, known)
    if write_baseline:
        from evcheck.baseline import write_baseline as record

        count = record(result.checks, write_baseline)
        say(f"{count} finding(s) recorded in {write_baseline}")
    if explain and output is None and sys.stdout.isatty():
        from rich.console import Console

        from evcheck.report.explain import render_to as explain_to

        with _stdout_errors():
            explain_to(Console(), result)
    elif explain:
        from evcheck.report.explain import render as explain_text

        write_output(explain_text(result), output)
    elif fmt is Format.rich and output is None:
        from rich.console import Console

        from evcheck.report.rich_format import render_to

        with _stdout_errors():
            render_to(Console(), result, show_ok=all_checks, show_info=all_checks, quiet=quiet)
    else:
        module = renderer(fmt)
        kwargs: dict[str, bool] = {}
        if fmt is Format.rich:
            kwargs = {"show_ok": all_checks or not quiet, "quiet": quiet}
        elif fmt in (Format.csv, Format.concise):
            kwargs = {"show_ok": all_checks or (fmt is Format.csv and not quiet)}
        write_output(module.render(result, **kwargs), output)
    for note in result.notes:
        say(f"note: {note}")
    say_notes(result.documents)
    for e in errors:
        say(str(e))
    raise typer.Exit(exit_status(result, fail_level, bool(errors)))


class _progress:
    """A progress bar on a terminal for long runs; nothing at all in machine formats or pipes."""

    def __init__(self, total: int, fmt: Format, label: str = "checking articles", minimum: int = 50) -> None:
        self.enabled = total >= minimum and fmt is Format.rich and sys.stderr.isatty()
        self.total = total
        self.label = label

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=True)
        self._bar.start()
        task = self._bar.add_task(self.label, total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc: object) -> Literal[False]:
        if self.enabled:
            self._bar.stop()
        return False


def exit_status(result: Result, fail_on: FailOn, input_errors: bool) -> ExitStatus:
    if input_errors:
        return ExitStatus.ERROR
    if fail_on is FailOn.never:
        return ExitStatus.OK
    return ExitStatus.FINDINGS if len(result.mismatches(fail_on.value)) else ExitStatus.OK


@app.command(cls=PlainCommand)
@user_errors
def show(
    paths: List[str] = typer.Argument(..., help="Files, folders, globs, or - for standard input."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the review here [default: a new file in the temporary folder]."),
    date: Optional[str] = typer.Option(None, "--date", help="The article date (YYYY-MM-DD), for exchange rates."),
    dollar: Optional[str] = DollarOption,
    select: Optional[List[str]] = SelectOption,
    ignore: Optional[List[str]] = IgnoreOption,
    data: Optional[List[str]] = DataFolders,
    include: Optional[List[str]] = IncludeOption,
    exclude: Optional[List[str]] = ExcludeOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
    follow_symlinks: bool = FollowSymlinks,
) -> None:
    """Write the annotated HTML review of the articles and open it in the browser (or print its path)."""
    import webbrowser
    from pathlib import Path

    from evcheck.pipeline import verify as run
    from evcheck.read.files import read_paths
    from evcheck.report.html_format import render
    from evcheck.settings import build_settings

    s = build_settings(config, isolated, select=select, ignore=ignore, dollar=dollar, data=data, include=include,
                       exclude=exclude, date=date, follow_symlinks=follow_symlinks)
    docs, errors = read_paths(paths, include=s.include, exclude=s.exclude, date=s.date, follow_symlinks=s.follow_symlinks)
    if not docs:
        for e in errors[:-1]:
            say(str(e))
        raise fail(str(errors[-1]) if errors else "nothing to read")
    result = run(docs, s.options(), errors)
    if output is None:
        import tempfile

        stem = Path(docs[0].path).stem if len(docs) == 1 and docs[0].path != "-" else "review"
        output = str(Path(tempfile.mkdtemp(prefix="evcheck-")) / f"{stem}.html")
    write_output(render(result), output)
    say_notes(result.documents)
    for e in errors:
        say(str(e))
    if not webbrowser.open(Path(output).resolve().as_uri()):
        echo(output)  # no browser here: the path, for the user to open
    else:
        say(f"opened {output}")
    raise typer.Exit(ExitStatus.ERROR if errors else ExitStatus.OK)


@app.command(cls=PlainCommand)
@user_errors
def figures(
    paths: List[str] = typer.Argument(..., help="Files, folders, globs, or - for standard input."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="table, csv, json or parquet [default: from the -o extension, else table]."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file (needed for parquet)."),
    date: Optional[str] = typer.Option(None, "--date", help="The article date (YYYY-MM-DD)."),
    dollar: Optional[str] = DollarOption,
    data: Optional[List[str]] = DataFolders,
    include: Optional[List[str]] = IncludeOption,
    exclude: Optional[List[str]] = ExcludeOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
    follow_symlinks: bool = FollowSymlinks,
) -> None:
    """List the extracted figures as a table (CSV, JSON or Parquet export)."""
    from evcheck.figures_export import export_figures, format_for_path
    from evcheck.pipeline import verify as run
    from evcheck.read.files import read_paths
    from evcheck.settings import build_settings

    s = build_settings(config, isolated, dollar=dollar, data=data, include=include, exclude=exclude, date=date,
                       follow_symlinks=follow_symlinks)
    docs, errors = read_paths(paths, include=s.include, exclude=s.exclude, date=s.date, follow_symlinks=s.follow_symlinks)
    if not docs:
        raise fail(str(errors[0]) if errors else "nothing to read")
    # every rule: a figure's links to the reference do not depend on which checks are reported
    options = s.options()
    options.select, options.ignore = None, set()
    result = run(docs, options, errors=errors)
    import shutil

    width = shutil.get_terminal_size((100, 24)).columns if output is None and sys.stdout.isatty() else 100
    text = export_figures(result.figures, format or format_for_path(output, "table"), output, width=max(width, 60))
    if text is not None:
        write_output(text, output)
    say_notes(result.documents)
    for e in errors:
        say(str(e))
    raise typer.Exit(ExitStatus.ERROR if errors else ExitStatus.OK)


@app.command(cls=PlainCommand)
@user_errors
def rules(name: Optional[str] = typer.Argument(None, help="A rule to explain.")) -> None:
    """List the rules, or explain one with an example that passes and one that is flagged."""
    from evcheck.rules import RULES

    if name is None:
        width = max(len(n) for n in RULES)
        for rule in RULES.values():
            echo(f"{rule.name:<{width}}  {rule.summary}")
        return
    if name not in RULES:
        raise EvcheckError(f"unknown rule {name!r}; rules are {', '.join(RULES)}")
    rule = RULES[name]
    band = (f"\n\nWarning band: {rule.default_band:g} — {rule.band}. Set it in evcheck.toml: "
            f"[tolerance] {rule.name} = …" if rule.default_band is not None else "")
    echo(f"{rule.name}: {rule.summary}\n\n{rule.doc}{band}\n\nFlagged:\n  {rule.flagged}\n\nFine:\n  {rule.fine}")


class ScanEngine(str, Enum):
    processes = "processes"
    dask = "dask"


@app.command(cls=PlainCommand)
@user_errors
def scan(
    corpus: str = typer.Argument(..., help="A folder of articles, or a .jsonl, .csv or .parquet file with one article a row."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="csv, json or parquet (parquet needs --output) [default: from the -o extension, else csv]."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the findings table to this file."),
    text_column: str = typer.Option("text", "--text-column", help="The column holding the article text."),
    id_column: str = typer.Option("id", "--id-column", help="The column naming each article."),
    date_column: str = typer.Option("date", "--date-column", help="The column with each article's date."),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes [default: one per core]."),
    engine: ScanEngine = typer.Option(ScanEngine.processes, "--engine", help="processes on this machine, or dask (a cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the address of your Dask scheduler (tcp://host:8786) [default: a local cluster of -j workers]."),
    batch_size: int = typer.Option(50, "--batch-size", min=1, help="Articles per batch."),
    all_checks: bool = typer.Option(False, "--all", help="Every check, not only mismatches."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Lowest severity that makes the exit code 1 [default: never]."),
    dollar: Optional[str] = DollarOption,
    select: Optional[List[str]] = SelectOption,
    ignore: Optional[List[str]] = IgnoreOption,
    data: Optional[List[str]] = DataFolders,
    include: Optional[List[str]] = IncludeOption,
    exclude: Optional[List[str]] = ExcludeOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
    follow_symlinks: bool = FollowSymlinks,
) -> None:
    """Check a whole corpus into one findings table, in several processes or on a Dask cluster."""
    import contextlib
    import os

    from evcheck.corpus import Columns, open_corpus
    from evcheck.findings import FindingsWriter, format_for
    from evcheck.output import atomic_file
    from evcheck.scan import scan as run_scan
    from evcheck.settings import build_settings

    s = build_settings(config, isolated, fail_on=fail_on.value if fail_on else None, select=select, ignore=ignore,
                       dollar=dollar, data=data, include=include, exclude=exclude, follow_symlinks=follow_symlinks)
    fmt = format_for(output, format)
    to_stdout = output in (None, "-")
    if fmt == "parquet" and to_stdout:
        raise EvcheckError("--format parquet needs --output FILE")
    found = open_corpus(corpus, Columns(text_column, id_column or None, date_column or None), batch_size,
                        include=s.include, exclude=s.exclude, follow_symlinks=s.follow_symlinks)
    if not found.batches:
        for e in found.errors[:-1]:
            say(str(e))
        raise EvcheckError(str(found.errors[-1]) if found.errors else f"{corpus}: no articles to check")
    show = sys.stderr.isatty() and len(found.batches) > 1
    if to_stdout:
        sys.stdout.flush()
    # a file is written whole or not at all: a temporary file renamed at the end (Ctrl-C removes it)
    with cycle_collector(enabled=True), (_stdout_errors() if to_stdout else contextlib.nullcontext()), \
            (contextlib.nullcontext(sys.stdout.buffer) if output is None or output == "-" else atomic_file(output)) as sink, \
            _progress(len(found.batches) if show else 0, Format.rich, label="scanning the corpus", minimum=2) as advance:
        writer = FindingsWriter(fmt, sink)
        tally = run_scan(found, writer.write, jobs or os.cpu_count() or 1, engine.value, scheduler, all_checks,
                         s.options(), on_batch=lambda _n: advance())
        writer.close()
    for line in tally.first_problems:
        say(line)
    more = tally.input_errors + tally.notes - len(tally.first_problems)
    if more > 0:
        say(f"… and {more} more input problem(s), each a row of the findings (rule 'input')")
    mismatches = sum(tally.mismatches.values())
    say(f"{tally.articles} article(s) checked, {mismatches} mismatch(es)"
        + (f", {tally.input_errors} input error(s)" if tally.input_errors else "")
        + (f", {tally.notes} note(s)" if tally.notes else ""))
    if tally.input_errors:
        raise typer.Exit(ExitStatus.ERROR)
    level = {"error": {"error"}, "warning": {"error", "warning"}, "never": set()}[s.fail_level("never")]
    raise typer.Exit(ExitStatus.FINDINGS if any(tally.mismatches[sev] for sev in level) else ExitStatus.OK)


class ConvertFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command(cls=PlainCommand)
@user_errors
def convert(
    target: str = typer.Argument(..., help="An article (file or - for stdin), or one amount such as \"116bn yuan\"."),
    to: str = typer.Option(..., "--to", help="Target currency, an ISO code such as usd, eur, cny."),
    date: Optional[str] = typer.Option(None, "--date", help="Convert at this date's ECB rate (YYYY-MM-DD)."),
    format: Optional[ConvertFormat] = typer.Option(None, "--format", "-f", help="table, json or csv [default: from the -o extension, else table]."),
    inline: bool = typer.Option(False, "--inline", help="Print the article with conversions added after each amount."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    in_place: bool = typer.Option(False, "--in-place", help="Rewrite the article itself with inline conversions (atomically)."),
    dollar: Optional[str] = DollarOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
) -> None:
    """Convert every money figure of an article, or one amount, to another currency at ECB rates."""
    import os

    from evcheck import convert as conv
    from evcheck.figures_export import format_for_path
    from evcheck.read.files import read_document
    from evcheck.settings import build_settings

    if in_place and output:
        raise UsageError("--in-place rewrites the article itself; it cannot be used with --output")
    s = build_settings(config, isolated, dollar=dollar, date=date)
    day = s.date
    fmt = format.value if format else format_for_path(output, "table", ("table", "json", "csv"))
    is_file = target == "-" or os.path.exists(target)
    if not is_file:
        if inline or in_place:
            raise EvcheckError(f"{target}: no such file (--inline and --in-place need an article)")
        if not any(ch.isdigit() for ch in target):
            raise EvcheckError(f"{target}: no such file, and not an amount such as '116bn yuan'")
        write_output(conv.render_amount(conv.convert_amount(target, to, day, s.dollar), fmt), output)
        return
    doc = read_document(target, date=day)
    conversions = conv.convert_document(doc, to, day, s.dollar)
    say_notes([doc])
    if in_place:
        if target == "-":
            raise EvcheckError("--in-place needs a file, not standard input")
        from evcheck.output import write_atomic

        text, added = conv.inline(doc, conversions)
        if added:
            write_atomic(target, text)
        typer.echo(f"{target}: {added} amount(s) converted to {to.upper()}" + ("" if added else "; the file is unchanged"), err=True)
        return
    if output and target != "-" and os.path.exists(output) and os.path.samefile(output, target):
        raise EvcheckError(f"{output} is the input; use --in-place to rewrite it")
    if inline:
        write_output(conv.inline(doc, conversions)[0], output)
        return
    write_output(conv.render_document(doc, conversions, to, day, fmt), output)


data_app = typer.Typer(cls=PlainGroup, help="The reference tables: list, show, validate and add known figures.", no_args_is_help=True)
app.add_typer(data_app, name="data")
DataOption = typer.Option(None, "--data", help="A folder of your own tables, merged over the bundled ones.")


def _reference(data: Optional[List[str]], config: Optional[str], isolated: bool) -> Reference:
    """The reference tables with the folders of the options and of the configuration."""
    from evcheck.data import load_reference
    from evcheck.settings import build_settings

    return load_reference(list(build_settings(config, isolated, data=data).data))


def _show_rows(frame: pd.DataFrame, fmt: str) -> None:
    """User tables may hold anything: CSV cells cannot run as formulas, tables show no controls."""
    from evcheck.report.safe import csv_frame, json_text, printable_frame

    columns = ["entity", "metric", "period", "value", "unit", "status", "source"]
    frame = frame[columns]
    if fmt == "csv":
        echo(csv_frame(frame).to_csv(index=False), nl=False)
    elif fmt == "json":
        import json

        echo(json_text(json.dumps(frame.to_dict("records"), ensure_ascii=False, indent=2)))
    else:
        echo(printable_frame(frame).to_string(index=False, max_colwidth=60) if len(frame) else "no figures match")


@data_app.command("list", cls=PlainCommand)
@user_errors
def data_list(
    entity: Optional[str] = typer.Option(None, "--entity", help="Only this entity or an alias of it (case-insensitive)."),
    metric: Optional[str] = typer.Option(None, "--metric", help="Only this metric, or the metrics a term such as shipments stands for."),
    period: Optional[str] = typer.Option(None, "--period", help="Only periods starting with this, e.g. 2025 or 2025-Q2."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    data: Optional[List[str]] = DataOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
) -> None:
    """List known figures, filtered by entity, metric and period."""
    from evcheck.data import select_figures

    figures = select_figures(_reference(data, config, isolated), entity, metric, period)
    _show_rows(figures.sort_values(["entity", "metric", "period"]), format)


@data_app.command("show", cls=PlainCommand)
@user_errors
def data_show(
    entity: str = typer.Argument(..., help="Entity, e.g. Xiaomi."),
    metric: str = typer.Argument(..., help="Metric, e.g. deliveries."),
    period: str = typer.Argument(..., help="Period, e.g. 2024-Q2."),
    data: Optional[List[str]] = DataOption,
    config: Optional[str] = ConfigOption,
    isolated: bool = IsolatedOption,
) -> None:
    """Every source for one known figure, with its notes."""
    from evcheck.data import select_figures
    from evcheck.report.safe import printable

    rows = select_figures(_reference(data, config, isolated), entity, metric)
    rows = rows[rows["period"] == period]
    if rows.empty:
        raise EvcheckError(f"no known figure for {entity} {metric} {period}")
    for r in rows.itertuples(index=False):
        status = " (disputed)" if r.status == "disputed" else ""
        echo(printable(f"{r.entity} {r.metric} {r.period} = {r.value:,g} {r.unit}{status}") + f"\n  source: {printable(r.source)}"
             f"\n  note: {printable(r.note)}\n  file: {printable(r.file)}:{r.row}")


@data_app.command("validate", cls=PlainCommand)
@user_errors
def data_validate(
    files: Optional[List[str]] = typer.Argument(None, help="CSV files or folders to validate; the bundled tables if none."),
) -> None:
    """Check schema, units, periods, duplicates and conflicting values; each problem names its row."""
    from evcheck.data import validate_files

    problems, n_figures, n_files = validate_files(files)
    from evcheck.report.safe import printable

    for problem in problems:
        echo(printable(str(problem)))
    typer.echo(f"{n_figures} figures in {n_files} file(s): " + (f"{len(problems)} problem(s)" if problems else "valid"), err=True)
    raise typer.Exit(ExitStatus.FINDINGS if problems else ExitStatus.OK)


@data_app.command("add", cls=PlainCommand)
@user_errors
def data_add(
    entity: str = typer.Argument(...),
    metric: str = typer.Argument(...),
    period: str = typer.Argument(..., help="2025-Q2, 2025-07, 2025-H1, 2025 or 2025-01..2025-07."),
    value: float = typer.Argument(...),
    unit: str = typer.Argument(..., help="units, count, percent or a currency code."),
    source: str = typer.Option(..., "--source", help="Where the figure was read (an address or citation)."),
    note: str = typer.Option("", "--note"),
    folder: str = typer.Option("data", "--to", help="The data folder to append to (figures-user.csv)."),
    new_entity: bool = typer.Option(False, "--new-entity", help="The entity is new: add it to the folder's entities.csv too."),
) -> None:
    """Append a known figure, with its source, to a data folder of your own."""
    from pathlib import Path

    from evcheck.data import add_known_figure
    from evcheck.report.safe import printable

    added = add_known_figure(Path(folder), {"entity": entity, "metric": metric, "period": period,
                                            "value": repr(value).removesuffix(".0"), "unit": unit, "source": source,
                                            "note": note}, new_entity)
    r = added.row
    echo(printable(f"added {r['entity']} {r['metric']} {period} = {value:g} {unit} to {added.path}"))
    for said in added.said:
        say(f"note: {said}")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"evcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Show the version."),
) -> None:
    """evcheck: checks the numbers in automotive and EV market news."""


def _release_stdout() -> None:
    """After standard output failed (a full disk, /dev/full), point it at /dev/null so the flush at
    interpreter exit does not fail a second time with a traceback."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _for_run(argv: list[str]) -> typer.Typer:
    """The app with only the command (or group of commands) the first argument names, where it names
    one: Typer builds the Click command of every registered command at each start (about 10 ms), and
    a run needs one. Its parsing, help and messages are that command's own. No argument, an option
    first or a name that is no command keep them all, so the group's help and "No such command" stay
    as they are."""
    import copy

    name = argv[1] if len(argv) > 1 else ""
    commands = [c for c in app.registered_commands
                if c.callback is not None and (c.name or typer.main.get_command_name(c.callback.__name__)) == name]
    groups = [g for g in app.registered_groups if g.name == name]  # "data" and its own commands
    if not commands and not groups:
        return app
    run = copy.copy(app)
    run.registered_commands, run.registered_groups = commands, groups
    return run


@contextlib.contextmanager
def cycle_collector(enabled: bool) -> Iterator[None]:
    """The cycle collector on or off for a stretch, then as it was.

    A command runs with it off: what it imports (pandas, NumPy, the rules, the reference tables) lives
    as long as the process, so the collections that importing them started, each walking the
    growing heap, found next to nothing to free (719 objects in 175 collections). The documents it
    checks are its input, held whole until the report is written, and the pipeline pauses the
    collector while it checks them anyway. `scan`, the one command whose work is not bounded by
    what it holds, turns it back on for its batches (and for the workers it starts). See `main`
    for the exit."""
    import gc

    was = gc.isenabled()
    gc.enable() if enabled else gc.disable()
    try:
        yield
    finally:
        gc.enable() if was else gc.disable()


def interrupted_within(exc: BaseException) -> bool:
    """Whether a Ctrl-C lies under an exception: one that lands while a class is made (a dataclass of a
    module imported late) reaches us wrapped ("RuntimeError: Error calling __set_name__ on 'Field'
    instance …"), and is an interrupt, not a bug of ours."""
    seen: set[int] = set()
    at: BaseException | None = exc
    while at is not None and id(at) not in seen:
        if isinstance(at, KeyboardInterrupt):
            return True
        seen.add(id(at))
        at = at.__cause__ or at.__context__
    return False


def _exit_interrupted() -> NoReturn:
    """Exit 130 for Ctrl-C, whatever the interrupt landed in. Python 3.11 marks an interrupt raised
    inside exec'd source (dataclasses and namedtuples are made that way, so any import can be
    running one) as unhandled for good: sys.exit(130) would end in the process killing itself with
    SIGINT, seen by a calling program as -2 rather than 130. The cleanup is done by then: the
    finally blocks of the output files and of the pools have run."""
    import os

    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(ExitStatus.INTERRUPTED)


def main() -> None:
    """The process edge: the only place that exits."""
    import atexit
    import gc
    import signal

    from evcheck.report.safe import printable

    # The command runs with the cycle collector off (`cycle_collector`). At exit, after the exit
    # handlers the run registered (registered before them, this one runs after them), what is alive
    # is set aside from the collector: the interpreter's shutdown would otherwise walk all that the
    # command allocated, uncollected, for cycles, for memory the process hands back anyway. Without
    # this the pause cost more at exit than it saved. Exit handlers (caches, pools, temporary
    # folders) run, and reference counts free, as before.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)

    # Ctrl-C works even when the program that started us left SIGINT blocked (a blocked signal
    # stays blocked across exec, and the scan then ran to its end under Ctrl-C)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    try:
        with cycle_collector(enabled=False):
            code = _for_run(sys.argv)(standalone_mode=False)
        if code == ExitStatus.INTERRUPTED:
            _exit_interrupted()
        with _stdout_errors():
            sys.stdout.flush()
    except UsageError as exc:
        typer.echo(f"evcheck: {printable(exc.format_message())}", err=True)
        sys.exit(ExitStatus.ERROR)
    except (typer.Abort, KeyboardInterrupt):
        _exit_interrupted()
    except EvcheckError as exc:
        if isinstance(exc, StdoutError):
            _release_stdout()
        say(str(exc))
        sys.exit(ExitStatus.ERROR)
    except BrokenPipeError:
        _release_stdout()
        sys.exit(ExitStatus.OK)
    except Exception as exc:  # a bug of ours: one line, unless asked for the traceback
        import os

        if interrupted_within(exc):
            _exit_interrupted()
        if os.environ.get("EVCHECK_DEBUG"):
            raise
        say(f"internal error, please report it ({type(exc).__name__}: {exc}); set EVCHECK_DEBUG=1 for the traceback")
        sys.exit(ExitStatus.ERROR)
    sys.exit(code if isinstance(code, int) else 0)
