"""Tables read by their structure: HTML `<table>`, Markdown pipe tables and plain-text tables whose
header names a period in every column.

A `Table` keeps each cell's text and its offsets in the source (so a finding points at the cell's
line and column), the header of each column (the header rows joined, `colspan` and `rowspan`
spread over the cells they cover), each body row's label and the table's caption (a `<caption>`,
or the line just above the table: "Unit: RMB million", "(in thousands of units)").

Nothing here decides what a cell measures; `relate/cells.py` does, from these names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from evcheck.cache import regex


@dataclass(frozen=True)
class Cell:
    """One body cell: its text, its span in the source (the text's first and last characters),
    its row label and its column header."""

    row: int
    col: int
    text: str
    start: int
    end: int
    label: str
    header: str


@dataclass
class Table:
    index: int
    kind: str  # html | markdown | text
    start: int
    end: int
    caption: str
    columns: list[str]  # the header of each column, header rows joined with " "
    rows: list[list[Cell]] = field(default_factory=list)  # body rows; a row's first cell is its label
    parents: dict[int, int] = field(default_factory=dict)  # a plain-text table's indented row: the row it stands under

    def cells(self) -> Iterator[Cell]:
        for row in self.rows:
            yield from row[1:]


def find_tables(source: str, kind: str) -> list[Table]:
    """The tables of one document, in text order."""
    if kind == "html":
        found = _html_tables(source)
    elif kind == "markdown":
        found = _markdown_tables(source)
    else:  # plain text may hold a pasted Markdown table, a pipe-delimited block, or aligned columns
        found = sorted(_markdown_tables(source) + _delimited_tables(source) + _text_tables(source), key=lambda t: t.start)
    for i, t in enumerate(found):
        t.index = i + 1
    return found


# ---- building a grid ------------------------------------------------------------------------------

@dataclass
class _Raw:
    text: str
    start: int
    end: int
    header: bool
    colspan: int = 1
    rowspan: int = 1


def _grid(rows: list[list[_Raw]]) -> list[list[_Raw | None]]:
    """Rows of raw cells placed on a grid: a cell spanning columns or rows fills every slot it
    covers (the same object), as a browser lays it out."""
    grid: list[list[_Raw | None]] = []
    pending: dict[tuple[int, int], _Raw] = {}
    for r, raw_row in enumerate(rows):
        line: list[_Raw | None] = []
        c = 0
        cells = iter(raw_row)
        while True:
            while (r, c) in pending:
                line.append(pending.pop((r, c)))
                c += 1
            cell = next(cells, None)
            if cell is None:
                break
            for _ in range(max(1, min(cell.colspan, 50))):
                line.append(cell)
                for down in range(1, max(1, min(cell.rowspan, 200))):
                    pending[(r + down, c)] = cell
                c += 1
        grid.append(line)
    width = max((len(x) for x in grid), default=0)
    return [x + [None] * (width - len(x)) for x in grid]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# a row label's footnote mark: "Rest of world¹", "**Total²**", "Mule box truck (1)", "Total*"
_FOOTNOTE_MARK = re.compile(r"(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|[*\u2020\u2021]+|\s*\(\d\))$")


def _row_label(text: str) -> str:
    """A row's label without the emphasis and the footnote mark that name nothing the row counts."""
    label = _clean(text)
    if label.startswith(("**", "__")) and label.endswith(("**", "__")) and len(label) > 4:
        label = label[2:-2].strip()
    return _FOOTNOTE_MARK.sub("", label).strip() or label


def _assemble(kind: str, grid: list[list[_Raw | None]], caption: str, start: int, end: int) -> Table | None:
    """Header rows (those whose every cell is a header, or the first row when it has no number)
    give the columns; the rest are body rows, each labelled by its first cell."""
    if len(grid) < 2 or not grid[0] or len(grid[0]) < 2:
        return None
    n_head = 0
    for row in grid:
        filled = [c for c in row if c is not None]
        if filled and all(c.header for c in filled):
            n_head += 1
        else:
            break
    if n_head == 0:
        first = [c for c in grid[0] if c is not None]
        if any(_NUMERIC.fullmatch(c.text.strip()) for c in first[1:]):
            return None  # no header: nothing names the columns
        n_head = 1
    if n_head >= len(grid):
        return None
    width = len(grid[0])
    columns = []
    for k in range(width):
        parts: list[str] = []
        for row in grid[:n_head]:
            cell = row[k]
            text = _clean(cell.text) if cell is not None else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        columns.append(" ".join(parts))
    at = 1 if _ranked(columns, grid[n_head:]) else 0
    table = Table(0, kind, start, end, _clean(caption), columns[at:] if at else columns)
    for r, row in enumerate(grid[n_head:]):
        label_raw = row[at]
        label = _row_label(label_raw.text) if label_raw is not None else ""
        out = [Cell(r, 0, label, label_raw.start if label_raw else start, label_raw.end if label_raw else start, label, columns[at])]
        seen: set[int] = {id(label_raw), id(row[0])}
        for k in range(at + 1, width):
            raw = row[k]
            if raw is None or id(raw) in seen:
                continue  # a cell spanning columns is read once, under its first column
            seen.add(id(raw))
            out.append(Cell(r, k - at, _clean(raw.text), raw.start, raw.end, label, columns[k]))
        table.rows.append(out)
    return table


def _ranked(columns: list[str], body: list[list[_Raw | None]]) -> bool:
    """"| Rank | Company | Installations (GWh) |": a column of ranks before the names, which label the rows."""
    if len(columns) < 3 or not _RANK_HEADER.fullmatch(columns[0]):
        return False
    ranks = [row[0].text.strip() if row[0] is not None else "" for row in body]
    # "| | Others | 11.7 |" and "| | Total | 96.5 |" under the ranked rows: no rank, a name all the same
    return sum(bool(r) for r in ranks) >= 2 and all(
        row[1] is not None and row[1].text.strip() and (not rank or _RANK.fullmatch(rank))
        and not _NUMERIC.fullmatch(row[1].text.strip()) for row, rank in zip(body, ranks))


_RANK_HEADER = regex(r"\W*(?:rank(?:ing)?|no\.?|pos\.?|position|#)\W*", re.I)
_RANK = regex(r"\d{1,3}\.?|=\d{1,3}|T-?\d{1,3}")
_NUMERIC = regex(r"[-−+(]?\s*[₹$€£¥]?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*\)?\s*%?")


# ---- HTML ---------------------------------------------------------------------------------------

class _TableParser(HTMLParser):
    """Collects every outermost <table>: its rows of cells with their text's span in the source."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.tables: list[tuple[int, int, str, list[list[_Raw]]]] = []
        self._depth = 0
        self._rows: list[list[_Raw]] = []
        self._cell: _Raw | None = None
        self._parts: list[str] = []
        self._caption: list[str] | None = None
        self._caption_text = ""
        self._start = 0
        self._hidden = 0
        self._before = ""

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template", "svg"):
            self._hidden += 1
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._rows, self._caption_text, self._start = [], "", self._offset()
            return
        if self._depth != 1:
            return
        values = {k: v or "" for k, v in attrs}
        if tag == "tr":
            self._close_cell()
            self._rows.append([])
        elif tag in ("td", "th"):
            self._close_cell()
            if not self._rows:
                self._rows.append([])
            self._cell = _Raw("", -1, -1, tag == "th", _int(values.get("colspan")), _int(values.get("rowspan")))
            self._parts = []
            self._rows[-1].append(self._cell)
        elif tag == "caption":
            self._caption = []
        elif tag == "br" and self._cell is not None:
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template", "svg") and self._hidden:
            self._hidden -= 1
        if tag == "table" and self._depth:
            if self._depth == 1:
                self._close_cell()
                self.tables.append((self._start, self._offset(), self._caption_text, self._rows))
            self._depth -= 1
        elif self._depth == 1 and tag in ("td", "th"):
            self._close_cell()
        elif self._depth == 1 and tag == "caption" and self._caption is not None:
            self._caption_text = "".join(self._caption)
            self._caption = None

    def _close_cell(self) -> None:
        if self._cell is not None:
            self._cell.text = "".join(self._parts)
            self._cell = None

    def _text(self, data: str, at: int, width: int) -> None:
        if self._hidden or self._depth != 1:
            return
        if self._caption is not None:
            self._caption.append(data)
        elif self._cell is not None:
            self._parts.append(data)
            if data.strip():
                lead = len(data) - len(data.lstrip())
                if self._cell.start < 0:
                    self._cell.start = at + lead
                self._cell.end = at + width - (len(data) - len(data.rstrip()) if width == len(data) else 0)

    def handle_data(self, data: str) -> None:
        if "\x00" in data:
            at = self._offset()
            data = "".join(s if d == "\x00" else d for d, s in zip(data, self.source[at:at + len(data)]))
        self._text(data, self._offset(), len(data))

    def _reference(self, raw: str) -> None:
        import html as _html

        at = self._offset()
        width = len(raw) + (1 if self.source.startswith(";", at + len(raw)) else 0)
        self._text(_html.unescape(raw + ";") if not raw.endswith(";") else _html.unescape(raw), at, width)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")


def _int(value: str | None) -> int:
    try:
        return max(1, int(str(value).strip()))
    except (TypeError, ValueError):
        return 1


def _html_tables(source: str) -> list[Table]:
    if "<table" not in source.lower():
        return []
    from evcheck.read.markup import _BAD_CHARREF, _TAG_OPEN, _without_comments

    # the copy blank_html reads: comments blanked, a stray "&#" harmless, no unclosed tag at the end
    fed = _BAD_CHARREF.sub("\x00#", _without_comments(source))
    tail = _TAG_OPEN.search(fed, fed.rfind(">") + 1)
    if tail:
        fed = fed[:tail.start()] + re.sub(r"[^\n]", " ", fed[tail.start():])
    parser = _TableParser(source)
    try:
        parser.feed(fed)
        parser.close()
    except Exception:  # noqa: BLE001 — a page the parser cannot read has no table we can trust
        return []
    out = []
    for start, end, caption, rows in parser.tables:
        rows = [[c if c.start >= 0 else _Raw(c.text, start, start, c.header, c.colspan, c.rowspan) for c in row] for row in rows if row]
        if not caption:
            caption = _line_before(source, start, html=True)
        table = _assemble("html", _grid(rows), caption, start, end)
        if table is not None:
            out.append(table)
    return out


_LAST_SENTENCE = regex(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z])")


def _line_before(source: str, start: int, html: bool = False) -> str:
    """The text just above a table, when it is short enough to be its caption or unit line."""
    before = source[max(0, start - 400):start]
    if html:
        before = re.sub(r"<[^>]*>", "\n", before)
    lines = [x.strip() for x in before.split("\n") if x.strip()]
    if not lines:
        return ""
    long = len(lines[-1]) > 120
    last = lines[-1] if long and not lines[-1].endswith(":") else _LAST_SENTENCE.split(lines[-1])[-1]
    # "The region's dealers delivered 658,420 cars, SUVs and pick-ups between January and June. Country by country:": the
    # words that lead into the table (the last sentence of a paragraph however long, where it ends on a colon and states
    # no figure of its own: "… Importers and the domestic makers together registered the following cars by brand:"), a
    # title or a unit line, not a sentence of the article ("Cumulative deliveries reached 350,000.")
    if long and (len(last) > 240 or re.search(r"\d", last)):
        return ""
    return last if len(last) <= (240 if last.endswith(":") else 120) and not re.search(r"[.!?]\W*$", last) else ""


# ---- Markdown -----------------------------------------------------------------------------------

_MD_SEPARATOR = regex(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")


def _pipe_cells(line: str, offset: int, header: bool) -> list[_Raw]:
    cells = []
    bounds = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    edges = ([-1] if not line.lstrip().startswith("|") else []) + bounds + ([len(line)] if not line.rstrip().endswith("|") else [])
    for a, b in zip(edges, edges[1:]):
        raw = line[a + 1:b]
        text = raw.strip()
        marks = len(text) - len(text.lstrip("*_`"))  # "**250,000**": the cell is the number
        closing = len(text.rstrip("*_`"))
        lead = len(raw) - len(raw.lstrip()) + marks
        text = text[marks:max(marks, closing)]
        s = offset + a + 1 + lead
        cells.append(_Raw(text, s, s + len(text), header))
    return cells


def _lines(source: str) -> tuple[list[str], list[int]]:
    """The source's lines and where each starts."""
    lines = source.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def _markdown_tables(source: str) -> list[Table]:
    if "|" not in source:
        return []
    lines, starts = _lines(source)
    out = []
    i = 1
    while i < len(lines):
        if _MD_SEPARATOR.match(lines[i]) and "|" in lines[i - 1]:
            rows = [_pipe_cells(lines[i - 1], starts[i - 1], True)]
            j = i + 1
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                rows.append(_pipe_cells(lines[j], starts[j], False))
                j += 1
            caption = _line_before(source, starts[i - 1])
            table = _assemble("markdown", _grid(rows), caption, starts[i - 1], starts[j - 1] + len(lines[j - 1]))
            if table is not None:
                out.append(table)
            i = j
        else:
            i += 1
    return out


def _delimited_tables(source: str) -> list[Table]:
    """A "machine-readable" block pasted into a release: a header line of names, then at least two
    rows with as many "|" each and no Markdown separator line ("country|q1_2026|q1_2025|change_pct")."""
    if "|" not in source:
        return []
    lines, starts = _lines(source)
    out = []
    i = 0
    while i < len(lines):
        bars = lines[i].count("|")
        j = i + 1
        while j < len(lines) and bars and lines[j].count("|") == bars and lines[j].strip():
            j += 1
        block = lines[i:j]
        if bars and j - i >= 3 and not any(_MD_SEPARATOR.match(x) for x in block) and not any(
                x.strip().startswith("|") for x in block) and not any(_TEXT_NUMBER.match(c.strip()) for c in block[0].split("|")):
            head = [_Raw(c.text.replace("_", " "), c.start, c.end, True) for c in _pipe_cells(lines[i], starts[i], True)]
            rows = [head] + [_pipe_cells(lines[k], starts[k], False) for k in range(i + 1, j)]
            table = _assemble("text", _grid(rows), _line_before(source, starts[i]), starts[i], starts[j - 1] + len(lines[j - 1]))
            if table is not None:
                out.append(table)
            i = j
        else:
            i += 1
    return out


# ---- plain text ---------------------------------------------------------------------------------

_GAP = regex(r"\t+|\s{2,}")
_TEXT_NUMBER = regex(r"^[-−+(]?[₹$€£¥]?[0-9][0-9,]*(?:\.[0-9]+)?\)?(?:%|\s?(?:[GMkT]Wh|[GMk]W|bn|mn|m|tn|pts?|pp|units|tonnes|t))?$")
_EMPTY_CELL = regex(r"^(?:[-–—]|n/?a|n\.a\.)$", re.I)


def _columns_of(line: str, offset: int) -> list[_Raw]:
    out = []
    pos = 0
    # the only space printable ASCII holds is " ": a line of it without two together is one column, known without a split
    parts = [line] if line.isascii() and line.isprintable() and "  " not in line else _GAP.split(line)
    for part in parts:
        at = line.find(part, pos)
        if part.strip():
            lead = len(part) - len(part.lstrip())
            text = part.strip()
            out.append(_Raw(text, offset + at + lead, offset + at + lead + len(text), False))
        pos = at + len(part)
    return out


def _text_tables(source: str) -> list[Table]:
    """A header line whose every column is a period or a change/share heading, then at least two
    rows of a label and exactly as many numbers, columns separated by tabs or two spaces; or a
    header line of measures ("Deliveries", "YoY"), then at least two rows each labelled by a period."""
    from evcheck.read.table_headers import header_period, is_rate_or_share  # noqa: PLC0415

    lines, starts = _lines(source)
    out = []
    i = 0
    while i < len(lines) - 2:
        head = _columns_of(lines[i], starts[i])
        names = [c.text for c in head]
        if len(names) >= 2 and _GAP.search(lines[i].strip()) and all(header_period(n) or is_rate_or_share(n) for n in names) \
                and any(header_period(n) for n in names):
            rows: list[list[_Raw | None]] = []
            j = i + 1
            while j < len(lines):
                cells = _columns_of(lines[j], starts[j])
                if len(cells) != len(names) + 1 or not all(_TEXT_NUMBER.match(c.text) for c in cells[1:]) \
                        or _TEXT_NUMBER.match(cells[0].text):
                    break
                rows.append([*cells])
                j += 1
            if len(rows) >= 2:
                table = _text_table(source, starts, lines, i, j, head, rows, labelled=False)
                if table is not None:
                    out.append(table)
                i = j
                continue
        ranked = len(names) >= 3 and _RANK_HEADER.fullmatch(names[0]) is not None  # "Rank  Company  Installed (GWh)  Share"
        lhead = head[1:] if ranked else head
        labelled_rows = _labelled_rows(lines, starts, i, lhead, ranked) if len(names) >= 2 and _GAP.search(lines[i].strip()) else None
        if labelled_rows is not None and len(names) == 2 and len(labelled_rows) < 3:
            labelled_rows = None  # a label and one period's column: three rows at least make it a table
        if labelled_rows is not None:
            j = i + 1 + len(labelled_rows)
            if header_period(names[0]):  # "Q3 2026   Production   Deliveries": each column is of the corner's period
                lhead = [lhead[0], *(replace(c, text=f"{c.text} {names[0]}") for c in lhead[1:])]
            table = _text_table(source, starts, lines, i, j, lhead, labelled_rows, labelled=True)
            if table is not None:
                out.append(table)
            i = j
            continue
        period_rows = _period_rows(lines, starts, i, head) if len(names) >= 2 and _GAP.search(lines[i].strip()) else None
        if period_rows is not None:
            rows, labelled = period_rows
            j = i + 1 + len(rows)
            table = _text_table(source, starts, lines, i, j, head, rows, labelled)
            if table is not None:
                out.append(table)
            i = j
            continue
        i += 1
    return out


def _split_label(cells: list[_Raw], bounds: list[tuple[int, int]], line_start: int) -> list[_Raw]:
    """A label run into its first number by one space ("Motorcycles and three-wheelers 41,306    38,772"):
    the number is a cell where it stands under a value column's header."""
    label = cells[0]
    cut = label.text.rfind(" ")
    if cut < 0 or not _TEXT_NUMBER.match(tail := label.text[cut + 1:]):
        return cells
    a = label.start + cut + 1 - line_start
    b = a + len(tail)
    if not any(k >= 1 and a < hb + 2 and ha - 2 < b for k, (ha, hb) in enumerate(bounds)):
        return cells
    head = label.text[:cut].rstrip()
    return [_Raw(head, label.start, label.start + len(head), False),
            _Raw(tail, label.start + cut + 1, label.end, False), *cells[1:]]


def _labelled_rows(lines: list[str], starts: list[int], i: int, head: list[_Raw], ranked: bool = False) -> list[list[_Raw | None]] | None:
    """Rows under a header that names its label column and periods among the others ("Fuel type
    Jan 2026   Jan 2025   Change   Share"), each a label and numbers placed under the header they
    stand beneath; a row may leave a column empty ("Consolidation  -143  -131      -38"). Under a ranked header (its
    "Rank" column already set aside) each row's rank is set aside too, and its name labels it."""
    from evcheck.read.table_headers import header_period, is_measure, week_header, year_ago_header  # noqa: PLC0415

    names = [c.text for c in head]
    measures = all(is_measure(n) or year_ago_header(n) for n in names[1:]) and not is_measure(names[0]) \
        and not all(year_ago_header(n) for n in names[1:])  # "Dealer group   Units   Share", "Segment   In stock   Year ago"
    weeks = sum(week_header(n) is not None for n in names[1:]) >= 2  # "Brand   Wk 37   Wk 36   WoW"
    if header_period(names[0]) and not (measures and not any(header_period(n) for n in names[1:])) \
            or _TEXT_NUMBER.match(names[0]) or not (any(header_period(n) for n in names[1:]) or measures or weeks):
        return None  # but "Q3 2026   Production   Deliveries": the period of every measure column
    bounds = [(c.start - starts[i], c.end - starts[i]) for c in head]
    rows: list[list[_Raw | None]] = []
    j = i + 1
    while j < len(lines):
        cells = _columns_of(lines[j], starts[j])
        if ranked:
            if len(cells) < 3 or not _RANK.fullmatch(cells[0].text):
                break
            cells = cells[1:]
        if len(cells) < 2 or _TEXT_NUMBER.match(cells[0].text) or not all(_TEXT_NUMBER.match(c.text) or _EMPTY_CELL.match(c.text)
                                                                           for c in cells[1:]) \
                or all(_EMPTY_CELL.match(c.text) for c in cells[1:]):
            break
        cells = _split_label(cells, bounds, starts[j])
        placed: list[_Raw | None] = [cells[0]] + [None] * (len(head) - 1)
        for c in cells[1:]:
            if _EMPTY_CELL.match(c.text):
                continue  # "Volvo Kosice   2,118   -": no output a year earlier, an empty cell
            a, b = c.start - starts[j], c.end - starts[j]
            under = [k for k, (ha, hb) in enumerate(bounds) if k >= 1 and a < hb + 2 and ha - 2 < b]
            if len(under) != 1 or placed[under[0]] is not None:
                return None  # a number under no header, or under two: the columns leave doubt
            placed[under[0]] = c
        rows.append(placed)
        j += 1
    return rows if len(rows) >= (3 if measures else 2) else None


def _period_rows(lines: list[str], starts: list[int], i: int, head: list[_Raw]) -> tuple[list[list[_Raw | None]], bool] | None:
    """Rows under a header of measures, each labelled by a period, its numbers placed under the
    header they stand beneath (an earlier period's change column may be empty): the rows on the
    header's grid, and whether the header names the label column too ("Quarter   Deliveries   QoQ")."""
    from evcheck.read.table_headers import header_period, is_measure  # noqa: PLC0415

    names = [c.text for c in head]
    if any(header_period(n) for n in names):
        return None
    bounds = [(c.start - starts[i], c.end - starts[i]) for c in head]
    rows: list[list[_Raw | None]] = []
    labelled: bool | None = None
    j = i + 1
    while j < len(lines):
        cells = _columns_of(lines[j], starts[j])
        if len(cells) < 2 or not header_period(cells[0].text) or not all(_TEXT_NUMBER.match(c.text) for c in cells[1:]):
            break
        # the label stands under the header's first name when the header names the label column
        first = 1 if bounds[0][0] <= cells[0].end - starts[j] and cells[0].start - starts[j] < bounds[0][1] else 0
        if labelled is not None and bool(first) != labelled:
            break
        labelled = bool(first)
        placed: list[_Raw | None] = [cells[0]] + [None] * (len(head) - first)
        for c in cells[1:]:
            a, b = c.start - starts[j], c.end - starts[j]
            under = [k for k, (ha, hb) in enumerate(bounds) if k >= first and a < hb + 2 and ha - 2 < b]
            if len(under) != 1 or placed[under[0] - first + 1] is not None:
                return None  # a number under no header, or under two: the columns leave doubt
            placed[under[0] - first + 1] = c
        rows.append(placed)
        j += 1
    if len(rows) < 2 or labelled is None or not all(is_measure(n) for n in names[1 if labelled else 0:]):
        return None
    return rows, labelled


def _text_table(source: str, starts: list[int], lines: list[str], i: int, j: int, head: list[_Raw],
                rows: list[list[_Raw | None]], labelled: bool) -> Table | None:
    """Lines i to j - 1 as a table: the header line (with a blank label column unless `labelled`), then its rows."""
    for c in head:
        c.header = True
    top: list[_Raw | None] = [*head] if labelled else [_Raw("", head[0].start, head[0].start, True), *head]
    width = len(top)
    grid = [top, *(row + [None] * (width - len(row)) for row in rows)]
    table = _assemble("text", grid, _line_before(source, starts[i]), starts[i], starts[j - 1] + len(lines[j - 1]))
    if table is not None:
        table.parents = _indented_under(source, rows)
    return table


def _indented_under(source: str, rows: list[list[_Raw | None]]) -> dict[int, int]:
    """Rows whose labels stand indented below a less indented one ("Global production" over "  Japan" and
    "  Overseas"): each row's parent, where every indented row has one; none where the indents leave doubt."""
    indents = []
    for row in rows:
        label = row[0]
        if label is None:
            return {}
        indents.append(label.start - (source.rfind("\n", 0, label.start) + 1))
    base = min(indents, default=0)
    parents: dict[int, int] = {}
    for r, indent in enumerate(indents):
        if indent == base:
            continue
        above = next((k for k in range(r - 1, -1, -1) if indents[k] < indent), None)
        if above is None or indent - indents[above] < 2:
            return {}
        parents[r] = above
    return parents
