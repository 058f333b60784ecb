from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from evcheck.errors import EvcheckError
from evcheck.fx import load_rates


@pytest.fixture(scope="module")
def rates():
    return load_rates()


def test_usd_cny_on_a_known_day(rates):
    rate, when, clamped = rates.rate("USD", "CNY", date(2025, 8, 19))
    assert when == date(2025, 8, 19) and not clamped
    assert 7.17 < rate < 7.19


def test_weekend_uses_the_last_business_day(rates):
    rate, when, _ = rates.rate("USD", "CNY", date(2025, 8, 17))  # a Sunday
    assert when == date(2025, 8, 15)


def test_outside_the_data_is_clamped_and_said(rates):
    _, when, clamped = rates.rate("USD", "CNY", date(2001, 1, 1))
    assert clamped and when == date(2005, 4, 1)


def test_window_spans_the_days(rates):
    w = rates.window("USD", "CNY", date(2025, 7, 24), date(2025, 9, 29))
    assert w.low <= w.mid <= w.high and w.first >= date(2025, 7, 24) and w.last <= date(2025, 9, 29)


def test_unknown_currency(rates):
    with pytest.raises(EvcheckError, match="supported"):
        rates.rate("XYZ", "USD", date(2025, 1, 2))


def test_cache_is_written_and_reused(tmp_path, monkeypatch):
    import evcheck.fx as fx

    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fx, "_RATES", None)
    first = fx.load_rates()
    assert list(tmp_path.glob("evcheck/ecb-*.npz"))
    monkeypatch.setattr(fx, "_RATES", None)
    second = fx.load_rates()
    assert second.rate("EUR", "USD", date(2024, 3, 1)) == first.rate("EUR", "USD", date(2024, 3, 1))


CODES = ["USD", "CNY", "EUR", "GBP", "JPY", "KRW", "INR", "HKD"]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(CODES), st.sampled_from(CODES), st.dates(date(2006, 1, 1), date(2026, 10, 1)),
       st.floats(1, 1e13))
def test_round_trip_returns_the_amount(a, b, day, amount):
    rates = load_rates()
    there, _, _ = rates.rate(a, b, day)
    back, _, _ = rates.rate(b, a, day)
    assert amount * there * back == pytest.approx(amount, rel=1e-9)


# ---- a damaged cache is rebuilt, never trusted (issue 13) ----------------------------------

def fresh_cache(tmp_path, monkeypatch):
    import evcheck.fx as fx

    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fx, "_RATES", None)
    fx.load_rates()
    monkeypatch.setattr(fx, "_RATES", None)
    (cache,) = tmp_path.glob("evcheck/ecb-*.npz")
    return cache


def usd_cny():
    import evcheck.fx as fx

    return fx.load_rates().rate("USD", "CNY", date(2025, 8, 19))[0]


@pytest.mark.parametrize("damage", ["truncated", "corrupted", "empty", "not a zip"])
def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch, damage):
    cache = fresh_cache(tmp_path, monkeypatch)
    data = cache.read_bytes()
    cache.write_bytes({"truncated": data[: len(data) // 2], "corrupted": data[:2000] + bytes(5000) + data[7000:],
                       "empty": b"", "not a zip": b"hello"}[damage])
    assert 7.17 < usd_cny() < 7.19
    assert len(cache.read_bytes()) == len(data)  # and written back whole


def test_a_valid_cache_with_the_wrong_contents_is_rebuilt(tmp_path, monkeypatch):
    import numpy as np

    cache = fresh_cache(tmp_path, monkeypatch)
    with np.load(cache) as stored:
        arrays = {k: stored[k] for k in stored.files}
    arrays["table"] = arrays["table"] * 2  # a cache that loads, with every rate doubled
    with open(cache, "wb") as fh:
        np.savez(fh, **arrays)
    assert 7.17 < usd_cny() < 7.19


def test_a_cache_from_another_build_of_the_rates_is_rebuilt(tmp_path, monkeypatch):
    import numpy as np

    cache = fresh_cache(tmp_path, monkeypatch)
    with np.load(cache) as stored:
        arrays = {k: stored[k] for k in stored.files}
    arrays["source"] = np.asarray("0" * 64)
    with open(cache, "wb") as fh:
        np.savez(fh, **arrays)
    assert 7.17 < usd_cny() < 7.19
    with np.load(cache) as stored:
        assert str(stored["source"]) != "0" * 64


def test_a_cache_folder_that_cannot_be_searched_is_one_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import evcheck.fx as fx
    from denied import deny_search
    from evcheck.cli import app

    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fx, "_RATES", None)
    (tmp_path / "evcheck").mkdir()
    deny_search(monkeypatch, tmp_path / "evcheck")
    r = CliRunner().invoke(app, ["convert", "116bn yuan", "--to", "usd", "--date", "2025-08-19"])
    assert r.exit_code == 2 and (r.exception is None or isinstance(r.exception, SystemExit))
    assert len(r.stderr.strip().splitlines()) == 1
    assert str(tmp_path / "evcheck") in r.stderr and "EVCHECK_CACHE_DIR" in r.stderr and "Permission denied" in r.stderr


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    import evcheck.fx as fx
    from denied import deny_write

    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fx, "_RATES", None)
    (tmp_path / "evcheck").mkdir()
    deny_write(monkeypatch, tmp_path / "evcheck")
    assert 7.17 < usd_cny() < 7.19
    assert list((tmp_path / "evcheck").iterdir()) == []
