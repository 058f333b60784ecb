"""Reference tables: known figures, entity aliases and the metric vocabulary.

The bundled tables live in the repository's data/ folder, installed as the package evcheck.bundled;
users add folders of their own, which are merged over them (their rows win for a key, and the disagreement is reported).
"""

from __future__ import annotations

import csv
import errno
import functools
import hashlib
import io
import json
import math
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from evcheck.errors import EvcheckError
from evcheck.periods import period_from_code

COLUMNS = ["entity", "metric", "period", "value", "unit", "source", "note", "status"]
REQUIRED = COLUMNS[:6]
ALIAS_COLUMNS = ["entity", "alias"]
METRIC_COLUMNS = ["metric", "kind", "terms"]
UNITS_OTHER = {"units", "count", "percent"}


BUNDLED_TABLES = ("figures.csv", "entities.csv", "metrics.csv", "measures.csv", "segments.csv")


@functools.cache
def _bundled() -> Path:
    """The bundled tables: the package evcheck.bundled (the repository's data/ folder, installed as
    package data), found with importlib.resources wherever pip put it. An editable install made
    before that package existed maps only evcheck/, so the checkout's data/ serves there.
    Found on first use, not at import: importlib.resources costs tens of milliseconds at start-up."""
    beside = Path(__file__).resolve().parent / "bundled"
    if (beside / "figures.csv").is_file():  # a normal install: no need to ask importlib
        return beside
    from importlib import resources

    try:
        folder = resources.files("evcheck.bundled")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "data"
    return Path(str(folder))


def bundled_folder(folder: Path | None = None) -> Path:
    """The bundled tables' folder, checked: an install without them must not check against
    nothing and say all is well."""
    folder = _bundled() if folder is None else folder
    at = _unchanged_folder(folder)
    if at is not None and _complete.get(str(folder)) == at:
        return folder  # every table was there, and no file was added, removed or renamed in the folder since
    missing = [name for name in BUNDLED_TABLES if not (folder / name).is_file()]
    if not missing and at is not None:
        _complete[str(folder)] = at
    if missing:
        raise EvcheckError(f"the reference tables shipped with evcheck are missing ({', '.join(missing)} "
                           f"not in {folder}); reinstall evcheck")
    return folder


def __getattr__(name: str) -> Path:
    if name == "BUNDLED":  # the bundled folder, looked up when first asked for
        return _bundled()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def rounding_half(value: float) -> float:
    """Half a unit of the last stated digit: 88,900,000,000 is good to ±50,000,000."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    text = repr(abs(value))
    if "e" in text or "." in text and not text.endswith(".0"):
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
        return 0.5 * 10 ** (-decimals) if decimals else 0.0
    digits = text.removesuffix(".0")
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10 ** zeros if zeros else 0.0


def consistent_values(values: list[float]) -> bool:
    """Whether figures for one key can all be roundings of one true value."""
    lo = max(v - rounding_half(v) for v in values)
    hi = min(v + rounding_half(v) for v in values)
    return lo <= hi + 1e-9 * max(1.0, abs(hi))


@dataclass
class Problem:
    file: str
    row: int
    message: str
    # a row that cannot be used (bad value, unit, period); duplicates and disagreements can
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.message}"


def _currencies() -> set[str]:
    from evcheck.extract.lexicon import CURRENCY_AFTER, CURRENCY_BEFORE

    return set(CURRENCY_BEFORE.values()) | set(CURRENCY_AFTER.values())


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def read_table(path: Path, required: list[str]) -> pd.DataFrame:
    """A reference CSV as text cells. A file that is not a table with the `required` columns is a
    user error naming the file: nothing later can use it."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        raise EvcheckError(f"{path}: empty file (a header row with {', '.join(required)} is needed)") from None
    except UnicodeDecodeError:
        raise EvcheckError(f"{path}: not a readable CSV (not UTF-8 text)") from None
    except pd.errors.ParserError as exc:
        raise EvcheckError(f"{path}: not a readable CSV ({_first_line(exc)})") from None
    except IsADirectoryError:
        raise EvcheckError(f"{path}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise EvcheckError(f"{path}: missing column(s) {', '.join(missing)} (the header must name {', '.join(required)})")
    return frame.fillna("")  # a short row's missing cells are empty, not NaN


def read_figures_file(path: Path) -> pd.DataFrame:
    frame = read_table(path, REQUIRED)
    frame["file"] = str(path)
    frame["row"] = range(2, len(frame) + 2)
    return frame


def validate_frame(frame: pd.DataFrame) -> list[Problem]:
    """Schema, units, periods, values, duplicates and undeclared conflicts, each naming its row."""
    problems: list[Problem] = []
    files = frame["file"].unique() if "file" in frame else ["<table>"]
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        return [Problem(str(files[0]), 1, f"missing column(s) {', '.join(missing)}")]
    units = UNITS_OTHER | _currencies()
    seen: dict[tuple, tuple[str, int]] = {}
    values: dict[tuple, list[tuple[float, str, int, str]]] = {}
    for r in frame.itertuples(index=False):
        where = (r.file, r.row)
        for col in ("entity", "metric", "period", "value", "unit", "source"):
            if not str(getattr(r, col)).strip():
                problems.append(Problem(*where, f"empty {col}"))
        if r.unit and r.unit not in units:
            problems.append(Problem(*where, f"unknown unit {r.unit!r} (use units, count, percent or a currency code)"))
        if r.period:
            try:
                period_from_code(r.period)
            except ValueError:
                problems.append(Problem(*where, f"bad period {r.period!r} (use 2025-Q2, 2025-07, 2025-H1, 2025, 2025-01..2025-07)"))
        try:
            value = float(r.value)
        except ValueError:
            problems.append(Problem(*where, f"value {r.value!r} is not a number"))
            continue
        if not math.isfinite(value):  # float() takes nan, inf and 1e400 (inf) as numbers
            problems.append(Problem(*where, f"value {r.value!r} is not a finite number"))
            continue
        key = (r.entity, r.metric, r.period)
        exact = key + (value,)
        if exact in seen:
            problems.append(Problem(*where, f"duplicate of row {seen[exact][1]} ({r.entity} {r.metric} {r.period} = {r.value})", False))
            continue
        seen[exact] = where
        values.setdefault(key, []).append((value, r.file, r.row, getattr(r, "status", "") or ""))
    for key, entries in values.items():
        if len(entries) > 1 and not consistent_values([e[0] for e in entries]):
            undeclared = [e for e in entries if e[3] != "disputed"]
            if undeclared:
                rows = ", ".join(f"row {e[2]} = {e[0]:g}" for e in entries)
                problems.append(Problem(undeclared[0][1], undeclared[0][2],
                                        f"conflicting values for {' '.join(key)}: {rows} (mark them status=disputed if the sources disagree)",
                                        False))
    return problems


@dataclass
class Reference:
    """Known figures and the vocabulary that links text to them; `known` is `known_figures` of the
    figures by (entity, metric, period), what the reference rule looks up."""

    figures: pd.DataFrame
    aliases: pd.DataFrame
    metrics: pd.DataFrame
    conflicts: list[str]
    known: dict[tuple, tuple] = field(default_factory=dict)


KNOWN_COLUMNS = ("ref_lo", "ref_hi", "ref_value", "ref_unit", "ref_source", "ref_sources", "disputed")


def known_figures(reference: pd.DataFrame) -> pd.DataFrame:
    """One row per (entity, metric, period): the interval all consistent sources allow, or the span
    of disputed ones."""
    ref = reference.assign(lo=reference["value"] - reference["half"], hi=reference["value"] + reference["half"],
                           disputed=reference["status"].eq("disputed"))
    ref = ref.sort_values("half", kind="stable")  # the most precise source first
    grouped = ref.groupby(["entity", "metric", "period"], sort=False)
    out = grouped.agg(
        ref_lo=("lo", "max"), ref_hi=("hi", "min"), span_lo=("lo", "min"), span_hi=("hi", "max"),
        ref_value=("value", "first"), ref_unit=("unit", "first"), ref_source=("source", "first"),
        ref_sources=("source", "nunique"), disputed=("disputed", "max"),
    ).reset_index()
    out["ref_lo"] = np.where(out["disputed"], out["span_lo"], out["ref_lo"])
    out["ref_hi"] = np.where(out["disputed"], out["span_hi"], out["ref_hi"])
    return out


def known_by_key(reference: pd.DataFrame) -> dict[tuple, tuple]:
    """`known_figures` as (entity, metric, period) → KNOWN_COLUMNS, in plain Python values."""
    if reference.empty:
        return {}
    out = known_figures(reference)
    keys = zip(out["entity"].tolist(), out["metric"].tolist(), out["period"].tolist())
    return dict(zip(keys, zip(*(out[c].tolist() for c in KNOWN_COLUMNS))))


def _figure_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("figures*.csv"))


_loaded: dict[tuple, Reference] = {}

# A folder's time moves when a file is added to it, removed or renamed, but a change within the same tick of the file
# system's clock as the one before may leave it where it was: a time that recent says nothing, as git's index has it.
_SETTLED_NS = 2_000_000_000
_listed: dict[str, tuple[int, tuple[str, ...]]] = {}  # a folder's table files, by the folder, with the folder's time
_complete: dict[str, int] = {}  # the time of a bundled folder last seen holding every table, by the folder


def _unchanged_folder(folder: Path) -> int | None:
    """The folder's time, where it is a folder whose time is settled; else None."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or time.time_ns() - st.st_mtime_ns < _SETTLED_NS:
        return None
    return st.st_mtime_ns


def _table_files(folder: Path) -> tuple[str, ...]:
    """The folder's table files, existing or not: listed again only when the folder's time moves, since the glob was
    most of a `load_reference` call and `pipeline.verify` makes one a call."""
    at = _unchanged_folder(folder)
    kept = _listed.get(str(folder))
    if at is not None and kept is not None and kept[0] == at:
        return kept[1]
    names = tuple(str(p) for p in [*_figure_files(folder), folder / "entities.csv", folder / "metrics.csv"])
    if at is not None:
        if len(_listed) > 64:  # a long-lived process that reads many folders keeps only the latest
            _listed.clear()
        _listed[str(folder)] = (at, names)
    return names


def _signature(folders: list[tuple[Path, str]]) -> tuple:
    """What the tables' contents depend on: each folder's table files with their size and time."""
    files = []
    for folder, origin in folders:
        if not folder.is_dir():
            return ()
        stats = []
        for name in _table_files(folder):
            try:
                s = os.stat(name)
            except OSError as exc:
                if exc.errno in _ABSENT:
                    continue  # as Path.exists has it
                raise
            stats.append((name, s.st_size, s.st_mtime_ns))
        files.append((str(folder), origin, tuple(stats)))
    return tuple(files)


_ABSENT = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def load_reference(extra: list[Path] | None = None, bundled: Path | None = None) -> Reference:
    """The bundled tables with the user's folders merged over them. Each row carries its
    `origin` ("bundled" or "user"): where it came from decides which wins, never its path.

    Read once per process for the same unchanged files, and kept in the user cache folder (JSON,
    named by the files' paths, sizes and times) for the next process: a start-up, or a batch of
    one article per call, otherwise parsed the CSVs and grouped the known figures every time.
    Callers must not change the frames they get."""
    folders = [(bundled_folder(bundled), "bundled")] + [(Path(f), "user") for f in extra or []]
    key = _signature(folders)
    if key and key in _loaded:
        return _loaded[key]
    cache = _cache_path(key) if key else None
    reference = _read_cache(cache) if cache is not None else None
    if reference is None:
        reference = _load_reference(folders, extra)
        if cache is not None:
            _write_cache(cache, reference)
    if key:
        _loaded.clear()  # the latest tables only: a long-lived process must not keep every version
        _loaded[key] = reference
    return reference


def _load_reference(folders: list[tuple[Path, str]], extra: list[Path] | None) -> Reference:
    frames, alias_frames, metric_frames = [], [], []
    notes: list[str] = []
    for folder, origin in folders:
        if not folder.is_dir():
            raise EvcheckError(f"{folder}: data folder not found")
        own = [read_figures_file(p).assign(origin=origin) for p in _figure_files(folder)]
        if origin == "user" and own:
            notes += _check_user_rows(pd.concat(own, ignore_index=True), folder)
        frames += own
        if (folder / "entities.csv").exists():
            alias_frames.append(read_table(folder / "entities.csv", ALIAS_COLUMNS))
        if (folder / "metrics.csv").exists():
            metric_frames.append(read_table(folder / "metrics.csv", METRIC_COLUMNS))
    figures = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS + ["file", "row", "origin"])
    if "status" not in figures:
        figures["status"] = ""
    figures["value"] = pd.to_numeric(figures["value"], errors="coerce")
    conflicts = notes
    if extra and len(figures):
        user = figures["origin"] == "user"
        keys = ["entity", "metric", "period"]
        own = figures[~user].set_index(keys)
        for r in figures[user].itertuples(index=False):
            key = (r.entity, r.metric, r.period)
            if key in own.index:
                theirs = own.loc[[key], "value"].tolist()
                if not consistent_values(theirs + [r.value]):
                    conflicts.append(f"{r.file}:{r.row}: {' '.join(key)} = {r.value:g} overrides the bundled "
                                     f"{', '.join(f'{v:g}' for v in theirs)}")
        overridden = figures[user].set_index(keys).index
        figures = pd.concat([figures[~user & ~figures.set_index(keys).index.isin(overridden)], figures[user]], ignore_index=True)
    aliases = pd.concat(alias_frames, ignore_index=True).drop_duplicates() if alias_frames else pd.DataFrame(columns=["entity", "alias"])
    metrics = pd.concat(metric_frames, ignore_index=True).drop_duplicates("metric", keep="last") if metric_frames else pd.DataFrame(columns=["metric", "kind", "terms"])
    figures["half"] = figures["value"].map(rounding_half)
    return Reference(figures, aliases, metrics, conflicts, known_by_key(figures))


CACHE_FORMAT = 1  # bump when what the cache holds changes


def _cache_path(key: tuple) -> Path:
    from evcheck.cache import folder

    digest = hashlib.sha256(repr((CACHE_FORMAT, pd.__version__, key)).encode()).hexdigest()
    return folder() / f"reference-{digest[:24]}.json"


def _read_cache(path: Path) -> Reference | None:
    """The tables as a previous run read them, or None: a cache is disposable, and any fault in it
    (missing, truncated, of another shape) only means the CSVs are read again."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        figures, aliases, metrics = (pd.DataFrame(data[name]) for name in ("figures", "aliases", "metrics"))
        known = {tuple(k): tuple(v) for k, v in data["known"]}
        return Reference(figures, aliases, metrics, list(data["conflicts"]), known)
    except Exception:  # noqa: BLE001 — whatever is wrong with a cache, the tables are read again
        return None


def _write_cache(path: Path, reference: Reference) -> None:
    """Atomically; a cache folder that cannot be written only means the next run reads the CSVs."""
    data: dict[str, object] = {name: {c: getattr(reference, name)[c].tolist() for c in getattr(reference, name).columns}
                               for name in ("figures", "aliases", "metrics")}
    data.update(conflicts=reference.conflicts, known=[[list(k), list(v)] for k, v in reference.known.items()])
    from evcheck.cache import write_atomically

    write_atomically(path, lambda fh: fh.write(json.dumps(data).encode("utf-8")), errors=(OSError, TypeError, ValueError))


def _check_user_rows(frame: pd.DataFrame, folder: Path) -> list[str]:
    """A user's row that cannot be used stops the run, naming it; duplicates and disagreements
    within the user's own tables are only reported."""
    problems = validate_frame(frame)
    fatal = [p for p in problems if p.fatal]
    if fatal:
        more = f" (and {len(fatal) - 1} more: evcheck data validate {folder})" if len(fatal) > 1 else ""
        raise EvcheckError(f"{fatal[0]}{more}")
    return [str(p) for p in problems]


def _data_folder(folder: Path) -> None:
    """`--to` names a folder; it is created when missing, and every reason it cannot be is the user's."""
    if folder.exists() and not folder.is_dir():
        raise EvcheckError(f"{folder}: not a folder (--to names a data folder; figures go to figures-user.csv in it)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EvcheckError(f"{folder}: cannot create the data folder ({exc.strerror or exc})") from None


def _fold(name: str) -> str:
    return " ".join(str(name).replace("’", "'").replace("_", " ").lower().split())


def _vocabulary(folders: list[Path]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Entity aliases and metrics of the bundled tables and the given folders."""
    aliases, metrics = [], []
    for folder in [bundled_folder()] + [f for f in folders if f.is_dir()]:
        if (folder / "entities.csv").is_file():
            aliases.append(read_table(folder / "entities.csv", ALIAS_COLUMNS))
        if (folder / "metrics.csv").is_file():
            metrics.append(read_table(folder / "metrics.csv", METRIC_COLUMNS))
    return (pd.concat(aliases, ignore_index=True) if aliases else pd.DataFrame(columns=ALIAS_COLUMNS),
            pd.concat(metrics, ignore_index=True) if metrics else pd.DataFrame(columns=METRIC_COLUMNS))


def entities_named(name: str, aliases: pd.DataFrame, known: Iterable[str] = ()) -> set[str]:
    """The entities `name` stands for: an entity or any of its aliases, in any case ("Xiaomi Corp")."""
    key = _fold(name)
    found = {e for e, a in zip(aliases["entity"], aliases["alias"]) if key in (_fold(e), _fold(a))}
    return found | {e for e in known if _fold(e) == key}


def metrics_named(name: str, metrics: pd.DataFrame, known: Iterable[str] = ()) -> set[str]:
    """The metrics `name` stands for: a metric ("vehicle sales" for vehicle_sales), or else every
    metric that has it among its terms ("shipments" for deliveries)."""
    key = _fold(name)
    exact = {m for m in list(metrics["metric"]) + list(known) if _fold(m) == key}
    if exact:
        return exact
    return {m for m, terms in zip(metrics["metric"], metrics["terms"]) if key in {_fold(t) for t in str(terms).split("|")}}


def select_figures(ref: Reference, entity: str | None = None, metric: str | None = None,
                   period: str | None = None) -> pd.DataFrame:
    """Known figures for an entity, metric and period as a user names them: by alias or synonym too."""
    f = ref.figures
    if entity:
        f = f[f["entity"].isin(entities_named(entity, ref.aliases, f["entity"].unique().tolist()))]
    if metric:
        f = f[f["metric"].isin(metrics_named(metric, ref.metrics, f["metric"].unique().tolist()))]
    if period:
        f = f[f["period"].str.startswith(period)]
    return f


@dataclass
class Added:
    path: Path
    row: dict[str, str]
    said: list[str]  # what was read differently from how it was given, or added besides the figure


def _add_entity(folder: Path, entity: str) -> None:
    """A new entity goes into the folder's entities.csv, named by itself, so articles can link to it."""
    from evcheck.output import write_atomic

    path = folder / "entities.csv"
    try:
        existing = path.read_bytes().decode("utf-8") if path.exists() else ""
    except (UnicodeDecodeError, OSError):
        raise EvcheckError(f"{path}: cannot be read; add the entity to it by hand") from None
    if existing.strip():
        read_table(path, ALIAS_COLUMNS)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if not existing.strip():
        existing = ""
        writer.writerow(ALIAS_COLUMNS)
    writer.writerow([entity, entity])
    write_atomic(str(path), existing + ("" if not existing or existing.endswith("\n") else "\n") + buf.getvalue())


def add_known_figure(folder: Path, row: dict[str, str], new_entity: bool = False) -> Added:
    """Appends a figure after reading its entity and metric the way the linker will: an alias is
    stored as its entity and a synonym as its metric. A figure for an entity or metric the tables
    do not know would never be used, so it is refused, unless `new_entity` adds the entity too."""
    aliases, metrics = _vocabulary([folder])
    said = []
    entities = entities_named(row["entity"], aliases)
    if len(entities) > 1:
        raise EvcheckError(f"{row['entity']!r} names several entities ({', '.join(sorted(entities))}); use one of them")
    if not entities and not new_entity:
        raise EvcheckError(f"{row['entity']!r} is not a known entity (entities.csv), so no article would be linked to "
                           "this figure; add --new-entity to add it to the folder's entities.csv, or use a known name "
                           "(evcheck data list shows them)")
    names = metrics_named(row["metric"], metrics)
    if len(names) != 1:
        known = ", ".join(sorted(set(metrics["metric"])))
        raise EvcheckError(f"{row['metric']!r} is " + (f"a term of several metrics ({', '.join(sorted(names))})" if names else
                           "not a known metric") + f"; metrics are {known} (add one to metrics.csv in the folder)")
    row = dict(row)
    if entities and (entity := entities.pop()) != row["entity"]:
        said.append(f"{row['entity']!r} is stored as {entity!r}")
        row["entity"] = entity
    metric = names.pop()
    if metric != row["metric"]:
        said.append(f"{row['metric']!r} is stored as the metric {metric!r}")
        row["metric"] = metric
    path = add_figure(folder, row)
    if not entities_named(row["entity"], aliases):
        _add_entity(folder, row["entity"])
        said.append(f"{row['entity']!r} added to {folder / 'entities.csv'}")
    return Added(path, row, said)


def add_figure(folder: Path, row: dict[str, str]) -> Path:
    """Appends one known figure to folder/figures-user.csv, after validating it with the rest.
    A broken file is left as it is and named; the new row follows the file's own column order."""
    from evcheck.output import write_atomic

    _data_folder(folder)
    path = folder / "figures-user.csv"
    try:
        existing = path.read_bytes().decode("utf-8") if path.exists() else ""
    except UnicodeDecodeError:
        raise EvcheckError(f"{path}: not a readable CSV (not UTF-8 text); fix it or add to another folder") from None
    except OSError as exc:
        raise EvcheckError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    columns = COLUMNS
    if existing.strip():
        header = read_table(path, REQUIRED).columns
        columns = [c for c in header if c not in ("file", "row")]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    if not existing.strip():
        existing = ""
        writer.writeheader()
    writer.writerow({c: row.get(c, "") for c in columns})
    candidate = existing + ("" if not existing or existing.endswith("\n") else "\n") + buf.getvalue()
    try:
        frame = pd.read_csv(io.StringIO(candidate), dtype=str, keep_default_na=False).fillna("")
    except pd.errors.ParserError as exc:
        raise EvcheckError(f"{path}: not a readable CSV ({_first_line(exc)}); fix it or add to another folder") from None
    frame["file"] = str(path)
    frame["row"] = range(2, len(frame) + 2)
    problems = [p for p in validate_frame(frame) if p.row == len(frame) + 1 or "conflicting" in p.message]
    if problems:
        raise EvcheckError(str(problems[0]))
    write_atomic(str(path), candidate)
    return path


def _table_kind(path: Path) -> list[str]:
    return {"entities.csv": ALIAS_COLUMNS, "metrics.csv": METRIC_COLUMNS}.get(path.name, REQUIRED)


def validate_files(items: list[str] | None) -> tuple[list[Problem], int, int]:
    """Problems in reference CSV files (or folders of them; the bundled tables if none), with the
    number of figures and files read. Alias and metric tables are checked for their columns."""
    paths: list[Path] = []
    for item in items or [str(bundled_folder())]:
        p = Path(item)
        if p.is_dir():
            paths += sorted(p.glob("figures*.csv")) + [p / n for n in ("entities.csv", "metrics.csv") if (p / n).exists()]
        elif p.exists():
            paths.append(p)
        else:
            raise EvcheckError(f"{item}: no such file or folder")
    if not paths:
        raise EvcheckError("no reference tables (figures*.csv, entities.csv, metrics.csv) to validate")
    figures = [p for p in paths if _table_kind(p) is REQUIRED]
    for p in paths:
        if _table_kind(p) is not REQUIRED:
            read_table(p, _table_kind(p))
    if not figures:
        return [], 0, len(paths)
    frame = pd.concat([read_figures_file(p) for p in figures], ignore_index=True)
    return validate_frame(frame), len(frame), len(paths)
