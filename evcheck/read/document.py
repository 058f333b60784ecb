"""The `Document`: what the rest of the pipeline sees of one input."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from evcheck.periods import Period, find_periods


class LineIndex:
    """Maps 0-based character offsets to 1-based line and column numbers."""

    def __init__(self, text: str):
        self._starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_start(self, line: int) -> int:
        return self._starts[line - 1]


@dataclass
class Document:
    path: str
    source: str
    text: str
    kind: str = "text"
    date: str | None = None
    date_source: str | None = None
    period_end: str | None = None
    suppressions: dict[int, frozenset[str] | None] = field(default_factory=dict)
    # what the reader could not use but the article is still checked without (a bad front-matter date)
    notes: list[str] = field(default_factory=list)
    _lines: LineIndex | None = field(default=None, repr=False)
    _tables: list | None = field(default=None, repr=False)
    _periods: tuple[tuple[int, int, Period], ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.text) != len(self.source):
            raise ValueError("analysis text must keep the source's length")

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.source)
        return self._lines

    @property
    def tables(self) -> list:
        """The tables of the source, read by their structure (`read/tables.py`)."""
        if self._tables is None:
            from evcheck.read.tables import find_tables

            self._tables = find_tables(self.source, self.kind)
        return self._tables

    @property
    def periods(self) -> tuple[tuple[int, int, Period], ...]:
        """The explicit periods of the text (`periods.find_periods`), kept: the reader dates the article
        by them and the relate layer reads them again, after a batch's other documents were read."""
        if self._periods is None:
            self._periods = tuple(find_periods(self.text))
        return self._periods
