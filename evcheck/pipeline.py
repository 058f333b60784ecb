"""The core: documents in, a `Result` out. It never prints and never exits.

read → extract → relate → tables → rules; reports are written from the `Result` by `report/`.
"""

from __future__ import annotations

import gc
import math
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from evcheck.data import Reference, load_reference
from evcheck.errors import InputError
from evcheck.extract import Figure, extract_figures, split_sentences
from evcheck.periods import known_periods
from evcheck.prefilter import forget
from evcheck.read import Document
from evcheck.relate import Claim, find_claims
from evcheck.relate.breakdowns import find_earlier_sums
from evcheck.relate.cells import mark_cells, name_cells, prose_joins, table_figures, with_tables
from evcheck.relate.context import Context, as_read
from evcheck.relate.doubtful_sums import doubtful_share, doubtful_sum
from evcheck.relate.joins import join_claims
from evcheck.relate.links import Link, Vocabulary, entity_mentions, link_figures, reference_claims
from evcheck.relate.measure import measured_claims
from evcheck.relate.measures import Records, measures_rows
from evcheck.relate.places import figure_scopes, scoped_apart, trade_flows, with_scopes
from evcheck.relate.points import complete_points
from evcheck.relate.shares import find_earlier_shares
from evcheck.relate.timeline import fiscal_labels
from evcheck.relate.vocabulary import Measure
from evcheck.rules import CHECK_COLUMNS, RULES, CheckContext, check_columns
from evcheck.tables import claims_columns, claims_frame, figures_table, frame_of

# File names are kept as the file system gives them, undecodable bytes as lone surrogates; pandas
# stores text in Arrow where pyarrow is installed, and Arrow rejects those.
pd.set_option("mode.string_storage", "python")

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Options:
    dollar: str = "USD"
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    use_rates: bool = True
    data: list[Path] = field(default_factory=list)
    tolerance: dict[str, float] = field(default_factory=dict)


@dataclass
class Result:
    documents: list[Document]
    figures: pd.DataFrame
    claims: pd.DataFrame
    checks: pd.DataFrame
    errors: list[InputError]
    notes: list[str] = field(default_factory=list)

    def mismatches(self, at_least: str = "warning") -> pd.DataFrame:
        level = SEVERITY_ORDER[at_least]
        c = self.checks
        return c[(c["status"] == "mismatch") & (c["severity"].map(SEVERITY_ORDER) >= level) & ~c["suppressed"]]

    def summary(self) -> dict[str, int]:
        """Counts of the unsuppressed checks, by status and, for mismatches, by severity: from the
        columns' arrays, since selecting rows of the frame and counting them cost more than the
        rest of a concise report."""
        checks = self.checks
        status = severity = np.empty(0, dtype=object)
        if len(checks):
            shown = ~checks["suppressed"].to_numpy(dtype=bool)
            status = checks["status"].to_numpy(dtype=object)[shown]
            severity = checks["severity"].to_numpy(dtype=object)[shown]
        mismatch = status == "mismatch"
        return {
            "files": len(self.documents),
            "figures": int(len(self.figures)),
            "checks": int(len(status)),
            "ok": int(np.count_nonzero(status == "ok")),
            "mismatches": int(np.count_nonzero(mismatch)),
            "info": int(np.count_nonzero(status == "info")),
            "errors": int(np.count_nonzero(mismatch & (severity == "error"))),
            "warnings": int(np.count_nonzero(mismatch & (severity == "warning"))),
        }


@dataclass
class Analysis:
    """One document after extract and relate: its figures, the claims its words make, its links
    to the reference, and the measure of each figure (rows of the measures table)."""

    figures: list[Figure]
    claims: list[Claim]
    links: dict[str, Link]
    measures: dict[str, Measure]
    measure_rows: list[tuple]


def analyse(doc: Document, dollar: str = "USD", vocab: Vocabulary | None = None) -> Analysis:
    """One document through extract and relate; with a vocabulary, figures are also linked."""
    forget()  # the patterns' answers kept for the document before
    known_periods(doc.text, doc.periods)  # found by the reader: never scanned again
    sentences = split_sentences(doc.text)
    figures = extract_figures(doc.text, dollar=dollar, sentences=sentences, line_col=doc.lines.line_col)
    fiscal = fiscal_labels(doc.text, doc.date) if doc.tables else None
    figures, cells = table_figures(doc.tables, figures, date.fromisoformat(doc.date) if doc.date else None, fiscal)  # a table cell takes its unit and measure from its headers
    read = as_read(doc.text)
    ctx = Context(read, figures, sentences)
    claims = find_claims(read, figures, sentences, ctx)
    mentioned = entity_mentions(doc.text, vocab)
    claims, measures = measured_claims(ctx, claims, doc.date, mentioned)
    scopes = figure_scopes(read, sentences, ctx.figures, {fid: (c.table, c.cell.label) for fid, c in cells.items()})
    claims, measures = with_tables(claims, measures, cells, ctx=ctx, scopes=scopes)  # cells relate through their table: relate/cells.py
    segment_of = {fid: m.segment for fid, m in measures.items()}
    start_of = {f.id: f.start for f in ctx.figures}
    value_of = {f.id: f.value for f in ctx.figures}
    claims = [c for c in claims if not doubtful_sum(c, segment_of, start_of, read, value_of)]
    sentence_of = {f.id: f.sentence for f in ctx.figures}
    claims = [c for c in claims if not doubtful_share(c, sentence_of, value_of, measures)]
    if scopes:
        measures = with_scopes(measures, scopes)
        flows = trade_flows(measures)
        claims = [c for c in claims if not scoped_apart(c, scopes, sentence_of, flows)]
    rows = mark_cells(measures_rows(doc.path, ctx.figures, measures, claims), cells)  # cells join the prose, never each other
    links: dict[str, Link] = {}
    if vocab is not None:
        links = link_figures(doc.text, figures, sentences, claims, vocab, doc.date, ctx, mentioned)
        percents = frozenset(f.id for f in figures if f.kind == "percent")
        claims = claims + reference_claims(claims, links, measures, percents)
    return Analysis(figures, claims, links, measures, rows)


_vocab_cache: list[tuple[Reference, Vocabulary]] = []  # the last reference tables read, with their vocabulary


def _vocabulary(reference: Reference) -> Vocabulary:
    """One compiled vocabulary per reference: load_reference returns the same tables while their
    files are unchanged, and compiling the alias and term patterns cost milliseconds per call."""
    if not _vocab_cache or _vocab_cache[0][0] is not reference:
        _vocab_cache[:] = [(reference, Vocabulary(reference.aliases, reference.metrics))]
    return _vocab_cache[0][1]


def _suppressed(checks: Mapping[str, Any], documents: list[Document]) -> np.ndarray:
    """Whether a suppression comment covers each check, from its file, line and rule columns."""
    by_path = {d.path: d.suppressions for d in documents}
    if not any(by_path.values()):  # no suppression comment in any document: nothing to look up
        return np.zeros(len(checks["file"]), dtype=bool)
    flags = []
    for path, line, rule in zip(checks["file"], checks["line"], checks["rule"]):
        marks = by_path.get(path, {})
        at = None if isinstance(line, float) and math.isnan(line) else int(line)
        if at is None or at not in marks:
            flags.append(False)
            continue
        rules = marks[at]  # None: every rule
        flags.append(rules is None or rule in rules)
    return np.array(flags, dtype=bool)


def verify(
    documents: list[Document],
    options: Options | None = None,
    errors: list[InputError] | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Result:
    """All documents through every layer; `on_document` is told as each one is analysed."""
    with cycles_collected_after():
        return _verify(documents, options, errors, on_document)


_pause_lock = threading.Lock()
_pauses = 0  # verify calls running, in every thread
_resume = False  # whether the collector ran before the first of them


@contextmanager
def cycles_collected_after() -> Iterator[None]:
    """The cycle collector paused while the documents are checked, and resumed as it was when the
    last check running ends, whatever thread it runs in or however it ends. A batch allocates its
    figures, claims and rows by the hundred thousand, and each few thousand allocations started a
    collection that walked the whole heap of pandas and NumPy again: about a twentieth of a batch of
    50 articles. The batch's own garbage is collected after it, once; memory freed by reference
    counts, nearly all of it, is freed as before."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()


def _verify(
    documents: list[Document],
    options: Options | None,
    errors: list[InputError] | None,
    on_document: Callable[[Document], None] | None,
) -> Result:
    options = options or Options()
    select = set(options.select or RULES) - set(options.ignore)
    reference = load_reference(options.data) if "reference" in select else None
    vocab = _vocabulary(reference) if reference is not None else None
    per_file_figures: dict[str, list[Figure]] = {}
    per_file_claims: dict[str, list[Claim]] = {}
    per_file_links: dict[str, dict[str, Link]] = {}
    rows: list[tuple] = []
    per_file_measures: dict[str, dict[str, Measure]] = {}
    for doc in documents:
        a = analyse(doc, options.dollar, vocab)
        per_file_figures[doc.path], per_file_claims[doc.path], per_file_links[doc.path] = a.figures, a.claims, a.links
        per_file_measures[doc.path] = a.measures
        rows += a.measure_rows
        if on_document is not None:
            on_document(doc)
    texts = {d.path: as_read(d.text) for d in documents}
    reasons: dict[tuple[str, str], str] = {}
    records = Records.of_rows(rows)
    for path, joined in prose_joins(join_claims(records, texts, reasons), records).items():
        # a rate the words left with an implied earlier value, now joined to that value, is a growth
        upgraded = {c.roles["rate"] for c in joined if c.extra.get("supersedes") == "implied-prior"}
        kept = [c for c in per_file_claims[path] if not (c.rule == "implied-prior" and c.roles.get("rate") in upgraded)]
        per_file_claims[path] = kept + joined
    for path, claims in per_file_claims.items():  # the shares compared with, once every share and change is found
        claims = complete_points(claims, records.by_file.get(path, []))
        per_file_claims[path] = claims + find_earlier_shares(claims, records.by_file.get(path, [])) \
            + find_earlier_sums(claims, records.by_file.get(path, []))
    in_claims = {(path, fid) for path, cs in per_file_claims.items() for c in cs for fid in c.figures}
    unchecked = [reasons.get(k) if k not in in_claims else None
                 for k in ((path, f.id) for path, figs in per_file_figures.items() for f in figs)]  # the table's rows, in order
    blocks: dict[str, Any] = {}
    figures = figures_table(per_file_figures, per_file_links, per_file_measures, unchecked, blocks)
    columns = claims_columns(per_file_claims, figures, blocks)
    claims = claims_frame(columns)
    needs_rates = options.use_rates and bool((columns["rule"] == "conversion").any()) if len(claims) else False
    rates = None
    if needs_rates:
        from evcheck.fx import load_rates

        rates = load_rates()
    ctx = CheckContext(
        dates={d.path: (d.date, d.date_source, d.period_end) for d in documents},
        rates=rates,
        reference=reference.figures if reference is not None else None,
        known=reference.known if reference is not None else None,
        tolerance=options.tolerance,
    )
    found = check_columns(claims, ctx, select, columns)
    if found is None:
        checks = no_checks()
    else:  # completed as columns, then one frame
        found = order_checks(name_cells(found, claims, figures, documents), [d.path for d in documents])  # a table's finding names its cell
        checks = frame_of({**found, "suppressed": _suppressed(found, documents)})
    notes = list(reference.conflicts) if reference is not None else []
    return Result(documents, figures, claims, checks, list(errors or []), notes)


def no_checks() -> pd.DataFrame:
    """The checks table of a run that checked nothing, with every column of one that did."""
    checks = pd.DataFrame(columns=CHECK_COLUMNS + ["key"]).assign(cell=None)
    checks["id"] = pd.Series(dtype=object)
    checks["suppressed"] = pd.Series(dtype=bool)
    return checks


def order_checks(checks: dict[str, Any], paths: list[str]) -> dict[str, Any]:
    """The checks' columns in input order of the files and text order within each, numbered c1, c2, …
    per file (an `id` column)."""
    # one stable lexsort on plain arrays: a sort_values and a groupby cost milliseconds a call
    rank = {p: i for i, p in enumerate(paths)}
    files = list(checks["file"])
    rules = list(checks["rule"])
    rule_rank = {name: i for i, name in enumerate(sorted(set(rules)))}
    order = np.lexsort((np.array([rule_rank[r] for r in rules]), np.asarray(checks["start"], dtype=float),
                        np.array([rank.get(f, len(rank)) for f in files])))
    ordered = {name: values[order] if isinstance(values, np.ndarray) else [values[i] for i in order]
               for name, values in checks.items()}
    seen: dict[str, int] = {}
    ids = []
    for f in (files[i] for i in order):
        seen[f] = seen.get(f, 0) + 1
        ids.append(f"c{seen[f]}")
    ordered["id"] = ids
    return ordered
