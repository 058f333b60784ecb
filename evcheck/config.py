"""Configuration in the repository: `[tool.evcheck]` in pyproject.toml, or evcheck.toml.

Found upward from the working folder, like ruff's. Every key is validated; a bad one is a user
error that names the key. Command-line options win over the file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from evcheck.errors import EvcheckError

FAIL_ON = ("error", "warning", "never")


@dataclass
class Config:
    """What a repository may set; `path` is where it came from (None: defaults only)."""

    path: Path | None = None
    fail_on: str | None = None
    select: set[str] | None = None
    ignore: set[str] = field(default_factory=set)
    dollar: str | None = None
    data: list[Path] = field(default_factory=list)
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    tolerance: dict[str, float] = field(default_factory=dict)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest evcheck.toml, or pyproject.toml with a [tool.evcheck] table, from `start` up."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / "evcheck.toml"
        if own.is_file():
            return own
        project = candidate / "pyproject.toml"
        if project.is_file():
            try:
                text = project.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            if not _may_name_evcheck(text):
                continue  # most projects' pyproject.toml: not parsed at all (tomllib costs milliseconds to load)
            import tomllib

            try:
                if "evcheck" in tomllib.loads(text).get("tool", {}):
                    return project
            except tomllib.TOMLDecodeError:
                continue
    return None


def _may_name_evcheck(text: str) -> bool:
    """Whether a TOML text can hold a key `evcheck`: it spells the word, or has an escape that could
    spell it in a quoted key."""
    return "evcheck" in text or "\\u" in text or "\\U" in text


def _strings(path: Path, key: str, value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvcheckError(f"{path}: key '{key}' must be a list of strings")
    return value


def _dollar_currencies() -> set[str]:
    """What a bare "$" may mean: any currency the extractor knows."""
    from evcheck.extract.lexicon import CURRENCY_AFTER, CURRENCY_BEFORE

    return set(CURRENCY_AFTER.values()) | set(CURRENCY_BEFORE.values())


def load_config(path: Path, rule_names: set[str], tolerance_keys: set[str] | None = None) -> Config:
    """`tolerance_keys` are the rules that take a warning band (every rule when not given)."""
    import tomllib

    tolerance_keys = set(rule_names) if tolerance_keys is None else tolerance_keys
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvcheckError(f"{path}: no such config file") from None
    except IsADirectoryError:
        raise EvcheckError(f"{path}: is a folder, not a config file") from None
    except OSError as exc:
        raise EvcheckError(f"{path}: config file cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise EvcheckError(f"{path}: not valid TOML (not UTF-8 text)") from None
    except tomllib.TOMLDecodeError as exc:
        raise EvcheckError(f"{path}: not valid TOML ({exc})") from None
    table = raw.get("tool", {}).get("evcheck", {}) if path.name == "pyproject.toml" else raw.get("tool", {}).get("evcheck", raw)
    if not isinstance(table, dict):
        raise EvcheckError(f"{path}: [tool.evcheck] must be a table")
    config = Config(path=path)
    base = path.parent
    for key, value in table.items():
        name = key.replace("_", "-")
        if name == "fail-on":
            if value not in FAIL_ON:
                raise EvcheckError(f"{path}: key '{key}' must be one of {', '.join(FAIL_ON)}, not {value!r}")
            config.fail_on = value
        elif name in ("select", "ignore"):
            names = set(_strings(path, key, value))
            unknown = sorted(names - rule_names)
            if unknown:
                raise EvcheckError(f"{path}: key '{key}' names unknown rule(s) {', '.join(unknown)}")
            if name == "select":
                config.select = names
            else:
                config.ignore = names
        elif name == "dollar":
            if not isinstance(value, str) or value.strip().upper() not in _dollar_currencies():
                raise EvcheckError(f"{path}: key 'dollar' must be a currency code such as USD or HKD, not {value!r}")
            config.dollar = value.strip().upper()
        elif name == "data":
            config.data = [(base / p) for p in _strings(path, key, value)]
        elif name == "include":
            config.include = tuple(_strings(path, key, value))
        elif name == "exclude":
            config.exclude = tuple(_strings(path, key, value))
        elif name == "tolerance":
            if not isinstance(value, dict):
                raise EvcheckError(f"{path}: key 'tolerance' must be a table such as {{ growth = 1.0 }}")
            for rule, band in value.items():
                if rule not in tolerance_keys:
                    raise EvcheckError(f"{path}: key 'tolerance.{rule}' is not one of {', '.join(sorted(tolerance_keys))}")
                # TOML has nan and inf; a band of nan would silence every comparison
                if not isinstance(band, (int, float)) or isinstance(band, bool) or not math.isfinite(band) or band < 0:
                    raise EvcheckError(f"{path}: key 'tolerance.{rule}' must be a finite number ≥ 0, not {band!r}")
                config.tolerance[rule] = float(band)
        else:
            raise EvcheckError(f"{path}: unknown key '{key}'")
    return config


def resolve_config(explicit: str | None, isolated: bool, rule_names: set[str],
                   tolerance_keys: set[str] | None = None) -> Config:
    if isolated:
        return Config()
    if explicit:
        return load_config(Path(explicit), rule_names, tolerance_keys)
    found = find_config()
    return load_config(found, rule_names, tolerance_keys) if found else Config()
