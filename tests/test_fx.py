from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CODES), st.sampled_from(CODES), st.dates(date(2006, 1, 1), date(2026, 10, 1)),
       st.floats(1, 1e13))
def test_round_trip_returns_the_amount(a, b, day, amount):
    rates = load_rates()
    there, _, _ = rates.rate(a, b, day)
    back, _, _ = rates.rate(b, a, day)
    assert amount * there * back == pytest.approx(amount, rel=1e-9)
