import pytest

from evcheck.read import read_text


@pytest.mark.parametrize("text,date,source", [
    ("BEIJING, Aug 19 (Reuters) - Sales in July 2025 rose 5%.", "2025-08-19", "dateline"),
    ("AUSTIN, Texas, Oct 2 (Reuters) - Deliveries in the third quarter of 2025 rose.", "2025-10-02", "dateline"),
    ("NEW DELHI, September 1, 2025 -- Sales rose.", "2025-09-01", "dateline"),
    ("Published 19 August 2025. Sales rose.", "2025-08-19", "dateline"),
    ("Updated 2024-08-13: sales rose.", "2024-08-13", "dateline"),
    ("2025/08/19 14:05 Sales rose.", "2025-08-19", "dateline"),
    ("Tuesday, Aug. 19th, 2025. Sales rose.", "2025-08-19", "dateline"),
    ("Version 2025.1.2 of the app. Sales rose in July 2025.", "2025-07-31", "inferred"),
    ("Xiaomi's Q2 2025 revenue rose; CAAM's July 2025 sales grew.", "2025-07-31", "inferred"),
    ("Sales in the first half of 2025 rose.", "2025-06-30", "inferred"),
    ("SHANGHAI, Jan 5 (Reuters) - Sales in December 2024 rose.", "2025-01-05", "dateline"),
    ("BEIJING, Aug 19 (Reuters) - On 19 August 2025 sales rose.", "2025-08-19", "dateline"),
    ("Published: 23. 7. 2026 | Economy. Output in the first half of 2026 rose.", "2026-07-23", "dateline"),
    ("BRNO 04.08.2026 - Sales in July 2026 rose.", "2026-08-04", "dateline"),
    ("Sales rose.", None, None),
])
def test_article_date(text, date, source):
    doc = read_text(text)
    assert (doc.date, doc.date_source) == (date, source)


def test_option_wins():
    doc = read_text("BEIJING, Aug 19 (Reuters) - Sales in July 2025 rose 5%.", date="2025-09-01")
    assert (doc.date, doc.date_source) == ("2025-09-01", "option")


# issue 11: a comparison year or a forecast year never dates an article
@pytest.mark.parametrize("text,date,source", [
    # the only year is the year-ago comparison: August is August 2025
    ("BEIJING, Sept 10 (Reuters) - China's car sales rose 4.1% in August from August 2024, the CAAM said.",
     "2025-09-10", "dateline"),
    ("BEIJING, Aug 11 (Newswire) - Sales reached 2.593 million units in July, up 14.7 percent year on year. "
     "Sales were up from 2.262 million units in July 2024.", "2025-08-11", "dateline"),
    # compared quarter on quarter: no shift, but the article is still later than the quarter compared with
    ("CHANGZHOU, China, March 17 (Newswire) - Fourth-quarter profit was 3.12 billion yuan, up 31.6% from the "
     "fourth quarter of 2023 and 8.3% from the third quarter of 2024.", "2025-03-17", "dateline"),
    # "more than" is a hedge, not a comparison
    ("It sold more than 2 million cars in July 2025.", "2025-07-31", "inferred"),
    # a forecast year is no date, and nothing else in the text gives one
    ("Toyota expects operating profit of 3.2 trillion yen for the year to March 2026. Revenue rose 5.8%.", None, None),
    ("Toyota raised its operating profit forecast for the year to March 2026 to 3.4 trillion yen, as profit for "
     "the July-September quarter of 2025 fell 20%.", "2025-09-30", "inferred"),
    # a year-ago comparison alone gives no date without a yearless mention of the period
    ("Sales rose 5% from August 2024.", None, None),
    ("August sales rose 5% from August 2024.", "2025-08-31", "inferred"),
])
def test_comparison_and_forecast_years_do_not_date_the_article(text, date, source):
    doc = read_text(text)
    assert (doc.date, doc.date_source) == (date, source)


def test_forecast_period_is_not_the_latest_period_reported():
    doc = read_text("Revenue rose 5% in the July-September quarter of 2025. It expects a profit for the year to March 2026.")
    assert doc.period_end == "2025-09-30"


@pytest.mark.parametrize("front,shown", [
    ("date: 2025-13-45", "2025-13-45"),            # was a ValueError inside the YAML constructor
    ("date: 0001-01-01", "0001-01-01"),            # was an OverflowError in the conversion rule
    ("date: 9999-12-31", "9999-12-31"),
    ("date: 0002-07-15", "0002-07-15"),            # was "not a period: '1-07'" in periods.py
    ("date: !!timestamp 2025-13-45", None),
    ("date: [2025, 8]", "(a list)"),
])
def test_a_bad_front_matter_date_is_a_note_and_the_text_dates_the_article(front, shown):
    doc = read_text(f"---\n{front}\n---\nSales of 2.1 million units in July 2025 rose 5% from 2 million units.\n", "a.md")
    assert (doc.date, doc.date_source) == ("2025-07-31", "inferred")
    assert len(doc.notes) == 1 and "front matter" in doc.notes[0]
    if shown:
        assert shown in doc.notes[0]


@pytest.mark.parametrize("front", [
    "a: " + "[" * 5000 + "]" * 5000,                # RecursionError inside the YAML parser
    "a: &x [*x, *x]\nb: &y {k: *y}\ndate: *x",      # self-referencing
    "a: b: c",                                      # not YAML
    "date: 2025-08-19\nx: {" + "y: {" * 2000 + "}" * 2001,
])
def test_unusable_front_matter_is_a_note_not_a_crash(front):
    from evcheck.pipeline import verify

    doc = read_text(f"---\n{front}\n---\nRevenue was 116bn yuan ($16.2bn) in July 2025.\n", "a.md")
    verify([doc])
    assert doc.date_source in ("inferred", "front-matter")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2025-02-30", "next week"])
def test_dates_at_the_ends_of_the_calendar_never_reach_the_rules(day):
    """A date given with the text (a corpus column) is checked like front matter: the rules only
    see dates between 1900 and 2099."""
    from evcheck.pipeline import verify

    doc = read_text("Xiaomi revenue was 116bn yuan ($16.2bn). Deliveries rose 5% in July from 95 units to 100 units.", date=day)
    assert doc.date is None and doc.notes and day in doc.notes[0]
    verify([doc])


def test_html_meta_date_that_is_not_a_date_is_a_note():
    doc = read_text('<html><head><meta name="date" content="2025-13-45"></head><body><p>Sales rose in July 2025.</p></body></html>', "a.html")
    assert (doc.date, doc.date_source) == ("2025-07-31", "inferred")
    assert "HTML meta" in doc.notes[0]
