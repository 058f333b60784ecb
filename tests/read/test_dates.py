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
    ("Sales rose.", None, None),
])
def test_article_date(text, date, source):
    doc = read_text(text)
    assert (doc.date, doc.date_source) == (date, source)


def test_option_wins():
    doc = read_text("BEIJING, Aug 19 (Reuters) - Sales in July 2025 rose 5%.", date="2025-09-01")
    assert (doc.date, doc.date_source) == ("2025-09-01", "option")
