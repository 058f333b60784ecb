"""The whole pipeline on arbitrary text: it never crashes, and every check points into the text."""

from hypothesis import given
from hypothesis import strategies as st

from conftest import run_text

PIECES = st.sampled_from([
    "Sales rose ", "fell ", "15%", " to ", " from ", "2.593 million units", "2.262 million units", " a year earlier",
    "116bn yuan", " ($16.2bn)", ", up ", "30.5%", "Domestic sales ", "exports ", "575,000", " respectively", ", while ",
    " accounted for ", "48.7%", " of total", " percentage points", "doubled", "1.2-fold", ", or ", "7,028 units",
    "Xiaomi", " CAAM ", " in Q2 2025", " in July", ". ", "\n", "\n\n", "losses narrowed", " improved to ", "26.4%",
    "RMB7.1636 to US$1.00", " about ", " more than ", "between 5% and 7%", " and ", "(", ")", "-", "0", "1,2,3",
])


@given(st.lists(PIECES, min_size=1, max_size=30).map("".join))  # example count: the profile (tests/conftest.py)
def test_verify_never_crashes(text):
    if not text.strip():
        return
    result = run_text(text, date="2025-08-19")
    for check in result.checks.to_dict("records"):
        assert 0 <= check["start"] < check["end"] <= len(text)
        assert check["status"] in ("ok", "mismatch", "info")
        assert check["severity"] in ("error", "warning", "info")
        assert check["message"]
