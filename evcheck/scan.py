"""Corpus scans for analytics teams: many articles in, one findings table out, streamed.

The batches of a corpus (see corpus.py) are checked in this process, in a pool of processes or on
a Dask cluster. Each worker reads its own batch and sends back only its findings; they come back
in corpus order, a bounded number in flight, and go to `write` as they come, so memory stays flat
on any corpus size. Input problems are findings too (rule `input`): an article that cannot be
checked is a row with status `error`, something of it that was not used one with status `note`.
Nothing here prints; progress is reported to a callback.
"""

from __future__ import annotations

import contextlib
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from evcheck.corpus import Batch, Corpus, read_batch, unicode_text
from evcheck.errors import EvcheckError, InputError

if TYPE_CHECKING:
    import pandas as pd

    from evcheck.pipeline import Options
    from evcheck.read import Document

FINDING_COLUMNS = ["doc", "date", "rule", "status", "severity", "line", "col", "text", "stated", "expected",
                   "expected_low", "expected_high", "message"]
INPUT_RULE = "input"
_CHECK_COLUMNS = ["file", "date", "rule", "status", "severity", "line", "col", "subject_text", "stated", "expected",
                  "expected_low", "expected_high", "message"]

Finding = tuple  # one row, in FINDING_COLUMNS order


def input_row(doc: str, message: str, error: bool = True) -> Finding:
    """An input problem as a finding: `error` when the article could not be checked, else a note."""
    return (unicode_text(doc), None, INPUT_RULE, "error" if error else "note", "error" if error else "info",
            None, None, None, None, None, None, None, message)


def _file_name(path: str) -> str:
    """A file name as verify shows it: a byte that is not UTF-8 (a lone surrogate) as its escape,
    which every output format can hold."""
    from evcheck.report.safe import printable

    return printable(path)


def check_batch(batch: Batch, all_checks: bool = False, options: Options | None = None) -> tuple[int, list[Finding]]:
    """One batch through the whole pipeline, where it is checked (this process, a worker, a Dask
    worker): how many articles were checked, and the findings in corpus order. `options`
    (pipeline.Options) carry the run's settings."""
    from evcheck.pipeline import verify
    from evcheck.read.files import decode, read_bytes, read_text

    docs: list[Document] = []
    slots: list[list[Finding]] = []  # the findings of each row, in order
    where: dict[str, tuple[int, str]] = {}  # a document's path in the pipeline -> its slot and name
    if batch.kind == "files":
        for path in batch.paths:
            name = _file_name(path)
            try:  # read_document, under the name the findings give it (the tables hold no lone surrogate)
                doc = read_text(decode(read_bytes(path), name), name)
            except InputError as exc:
                slots.append([input_row(name, exc.reason)])
                continue
            where[doc.path] = (len(slots), name)
            slots.append([])
            docs.append(doc)
    else:
        for row in read_batch(batch):
            slot = [input_row(row.doc, note, error=False) for note in row.notes]
            slots.append(slot)
            if row.error or row.text is None:
                slot.append(input_row(row.doc, row.error or "no text"))
                continue
            key = row.doc if row.doc not in where else f"{row.doc}#{len(slots)}"  # ids may repeat
            where[key] = (len(slots) - 1, row.doc)
            docs.append(read_text(row.text, key, date=row.date))
    for doc in docs:
        index, name = where[doc.path]
        slots[index].extend(input_row(name, note, error=False) for note in doc.notes)
    if docs:
        checks = verify(docs, options).checks
        if not all_checks:
            checks = checks[checks["status"] == "mismatch"]
        if len(checks):
            dates = {d.path: d.date for d in docs}
            checks = checks.assign(date=checks["file"].map(dates)).reindex(columns=_CHECK_COLUMNS)
            for found in checks.itertuples(index=False, name=None):
                index, name = where[found[0]]
                slots[index].append((name, *found[1:]))
    return len(docs), [f for slot in slots for f in slot]


def _in_order(submit: Callable[[Batch], Any], get: Callable[[Any], Any], batches: Iterable[Batch],
              window: int) -> Generator[tuple[Batch, Any], None, None]:
    """Each batch's result in corpus order, with at most `window` batches in flight: the workers stay
    busy and results waiting for an earlier one cannot pile up."""
    pending: deque[tuple[Batch, Any]] = deque()
    it = iter(batches)
    for b in islice(it, window):
        pending.append((b, submit(b)))
    while pending:
        b, handle = pending.popleft()
        out = get(handle)
        following = next(it, None)
        if following is not None:
            pending.append((following, submit(following)))
        yield b, out


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them: no traceback from every worker. They
    start with it held (see `_interrupts_held`), so one that arrives before this runs is dropped."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held while the pool forks: one that landed inside a fork was swallowed by an at-fork
    hook (the scan ran on) or reached a worker before it ignored interrupts. Held, it reaches the
    parent as KeyboardInterrupt once the pool exists; the pool's threads keep it held for good."""
    import signal

    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


Results = Generator[tuple[Batch, tuple[int, list[Finding]]], None, None]


def _here(batches: list[Batch], all_checks: bool, options: Options | None) -> Results:
    for b in batches:
        yield b, check_batch(b, all_checks, options)


def _processes(batches: list[Batch], jobs: int, all_checks: bool, options: Options | None) -> Results:
    import multiprocessing

    pool = None
    try:
        with _interrupts_held():
            pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_interrupts)
        yield from _in_order(lambda b: pool.apply_async(check_batch, (b, all_checks, options)),
                             lambda handle: handle.get(), batches, 2 * jobs)
        pool.close()
        pool.join()
    finally:
        if pool is not None:
            pool.terminate()  # on Ctrl-C or an error: nothing keeps running behind the user's back


def _dask(batches: list[Batch], jobs: int, scheduler: str | None, all_checks: bool, options: Options | None) -> Results:
    """On the cluster at `scheduler` (tcp://host:8786), or on a LocalCluster of `jobs` worker
    processes. A cluster's workers read the batches themselves: the corpus path must be one they
    can open (a shared folder), and evcheck installed where they run."""
    try:
        import logging

        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EvcheckError("--engine dask needs Dask: pip install 'evcheck[dask]' (dask[distributed])") from None
    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise EvcheckError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
        else:
            # its own log would show worker restarts and shutdown races; failures reach us as exceptions
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.CRITICAL)
            client = Client(cluster)
        try:
            threads = max(1, sum(client.nthreads().values()))
            yield from _in_order(lambda b: client.submit(check_batch, b, all_checks, options, pure=False),
                                 lambda future: future.result(), batches, 2 * threads)
        finally:
            client.close()
    finally:
        if cluster is not None:
            with contextlib.suppress(Exception):  # closing after Ctrl-C can race the workers' own start
                cluster.close()


def batch_results(corpus: Corpus, jobs: int = 1, engine: str = "processes", scheduler: str | None = None,
                  all_checks: bool = False, options: Options | None = None) -> Results:
    """Each batch of the corpus with its result, in corpus order."""
    batches = corpus.batches
    if engine == "dask":
        return _dask(batches, max(1, jobs), scheduler, all_checks, options)
    if scheduler:
        raise EvcheckError("--scheduler is the address of a Dask cluster; use it with --engine dask")
    if jobs <= 1 or len(batches) <= 1:
        return _here(batches, all_checks, options)
    return _processes(batches, min(jobs, len(batches)), all_checks, options)


@dataclass
class Tally:
    """What a scan found, counted as the findings go by (the findings themselves are not kept)."""

    articles: int = 0
    mismatches: Counter[str] = field(default_factory=Counter)  # by severity
    input_errors: int = 0
    notes: int = 0
    first_problems: list[str] = field(default_factory=list)  # the first few, to say; all are in the findings

    def add(self, checked: int, findings: list[Finding]) -> None:
        self.articles += checked
        for f in findings:
            if f[2] == INPUT_RULE:
                error = f[3] == "error"
                self.input_errors += error
                self.notes += not error
                if len(self.first_problems) < 20:
                    self.first_problems.append(f"{'' if error else 'note: '}{f[0]}: {f[12]}")
            elif f[3] == "mismatch":
                self.mismatches[f[4]] += 1


def scan(corpus: Corpus, write: Callable[[list[Finding]], None], jobs: int = 1, engine: str = "processes",
         scheduler: str | None = None, all_checks: bool = False, options: Options | None = None,
         on_batch: Callable[[int], None] | None = None) -> Tally:
    """Every article of the corpus checked with `options` (pipeline.Options: the settings of the run,
    so a configuration applies to a corpus as to one article); the findings go to `write` in
    corpus order as they come."""
    tally = Tally()
    listed = [input_row(_file_name(e.path), e.reason) for e in corpus.errors]
    if listed:
        write(listed)
        tally.add(0, listed)
    with contextlib.closing(batch_results(corpus, jobs, engine, scheduler, all_checks, options)) as results:
        for batch, (checked, findings) in results:
            if findings:
                write(findings)
            tally.add(checked, findings)
            if on_batch:
                on_batch(batch.count)
    return tally


def findings_frame(findings: list[Finding]) -> pd.DataFrame:
    """Findings as a table with FINDING_COLUMNS (line and col as nullable integers)."""
    import pandas as pd

    frame = pd.DataFrame(findings, columns=FINDING_COLUMNS)
    for column in ("line", "col"):
        frame[column] = pd.array([None if v is None or v != v else int(v) for v in frame[column]], dtype="Int64")
    for column in ("stated", "expected", "expected_low", "expected_high"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    return frame


def collect(corpus: Corpus, *, jobs: int = 1, engine: str = "processes", scheduler: str | None = None,
            all_checks: bool = False, options: Options | None = None,
            on_batch: Callable[[int], None] | None = None) -> tuple[pd.DataFrame, Tally]:
    """The whole findings table in memory, for a library user or a test; the CLI streams instead."""
    found: list[Finding] = []
    tally = scan(corpus, found.extend, jobs, engine, scheduler, all_checks, options, on_batch)
    return findings_frame(found), tally
