"""The settings of one run: the repository's configuration and the command's options, merged once.

Every command (verify, figures, scan, convert, data) builds its settings here and passes them on,
so a key in evcheck.toml means the same to all of them. Options win over the file. A bad value is a
user error naming where it came from: the option (`--dollar`) or the file and key
(`evcheck.toml: key 'dollar'`), never an option the user did not give.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING

from evcheck.errors import EvcheckError
from evcheck.read.files import DEFAULT_INCLUDE

if TYPE_CHECKING:
    from evcheck.pipeline import Options


@dataclass(frozen=True)
class Settings:
    config: Path | None = None  # the file the settings came from, if any
    fail_on: str | None = None  # None: the command's own default
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    dollar: str = "USD"
    data: tuple[Path, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    tolerance: dict[str, float] = field(default_factory=dict)
    date: str | None = None
    follow_symlinks: bool = False

    def options(self) -> Options:
        """What the core takes: pipeline.Options (picklable, for scan's workers too)."""
        from evcheck.pipeline import Options

        return Options(dollar=self.dollar, select=set(self.select) if self.select is not None else None,
                       ignore=set(self.ignore), data=list(self.data), tolerance=dict(self.tolerance))

    def fail_level(self, default: str) -> str:
        return self.fail_on or default


def split(values: Iterable[str] | None) -> set[str] | None:
    """`--select a,b --select c` as one set; None when the option was not given."""
    if not values:
        return None
    return {v.strip() for item in values for v in item.split(",") if v.strip()}


def tolerance_keys(rules: dict) -> set[str]:
    """The rules whose warning band a configuration may set, read from the rule catalogue: the
    rules that declare a default band, or every rule while the catalogue declares none."""
    banded = {name for name, rule in rules.items() if getattr(rule, "default_band", None) is not None}
    return banded or set(rules)


def check_date(value: str | None, option: str = "--date") -> str | None:
    """A date option, as ISO; the years an article date can have (see read.dates)."""
    if value is None:
        return None
    from evcheck.read.dates import EARLIEST, LATEST

    try:
        day = Date.fromisoformat(value)
    except ValueError:
        raise EvcheckError(f"{option}: {value!r} is not a date (use YYYY-MM-DD)") from None
    if not EARLIEST <= day <= LATEST:
        raise EvcheckError(f"{option}: {value} is outside the years an article can be dated ({EARLIEST} to {LATEST})")
    return day.isoformat()


def _check_rules(names: set[str] | None, option: str, rules: dict) -> None:
    unknown = sorted((names or set()) - set(rules))
    if unknown:
        raise EvcheckError(f"{option}: unknown rule {', '.join(unknown)}; rules are {', '.join(rules)}")


def check_dollar(value: str, option: str = "--dollar") -> str:
    from evcheck.config import _dollar_currencies

    code = value.strip().upper()
    if code not in _dollar_currencies():
        raise EvcheckError(f"{option}: unknown currency {value!r} (use a code such as USD or HKD)")
    return code


def build_settings(
    config: str | None = None,
    isolated: bool = False,
    *,
    fail_on: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    dollar: str | None = None,
    data: Iterable[str] | None = None,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
    date: str | None = None,
    follow_symlinks: bool = False,
) -> Settings:
    """The configuration file (`config`, else the nearest one, none when `isolated`) with the
    options given over it. Options not given are None. `data` and `exclude` add to the file's;
    the other options replace its values."""
    from evcheck.config import resolve_config
    from evcheck.rules import RULES

    found = resolve_config(config, isolated, set(RULES), tolerance_keys(RULES))
    selected, ignored = split(select), split(ignore)
    _check_rules(selected, "--select", RULES)
    _check_rules(ignored, "--ignore", RULES)
    chosen = selected if selected is not None else found.select
    return Settings(
        config=found.path,
        fail_on=fail_on or found.fail_on,
        select=frozenset(chosen) if chosen is not None else None,
        ignore=frozenset(ignored if ignored is not None else found.ignore),
        dollar=check_dollar(dollar) if dollar else (found.dollar or "USD"),
        data=tuple(Path(d) for d in data or ()) + tuple(found.data),
        include=tuple(sorted(split(include) or ())) or found.include or DEFAULT_INCLUDE,
        exclude=tuple(sorted(split(exclude) or ())) + tuple(found.exclude),
        tolerance=dict(found.tolerance),
        date=check_date(date),
        follow_symlinks=follow_symlinks,
    )
