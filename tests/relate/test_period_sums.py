"""relate/breakdowns.py's period sums: periods that tile a longer one against it, in prose and in sentences set as bullets."""

from __future__ import annotations

from pathlib import Path

from conftest import checked

LABELLED = Path(__file__).parent.parent / "labelled"

QUARTER_BULLETS = ("SHENZHEN, 28 October 2026 - Third-quarter results.\n\n"
                   "- Vehicle deliveries were {quarter} in the quarter, up from 97,382 a year earlier.\n"
                   "- Monthly deliveries were 39,214 in July, 42,807 in August and 46,624 in September.\n")


def test_the_months_in_a_bullet_sentence_add_up_to_the_quarter_in_the_bullet_before():
    # 39,214 + 42,807 + 46,624 = 128,645
    assert ("ok", ("39,214", "42,807", "46,624", "128,645")) in checked(QUARTER_BULLETS.format(quarter="128,645"),
                                                                       "2026-10-28", "sum")
    assert ("mismatch", ("39,214", "42,807", "46,624", "126,845")) in checked(QUARTER_BULLETS.format(quarter="126,845"),
                                                                             "2026-10-28", "sum")
    # near miss: bullets that label their figures are a list's lines, never sentences (summed as a list, if at all)
    labelled = "SHENZHEN, 28 October 2026 - Third-quarter results.\n\n- Deliveries: 128,645\n- Orders: 151,020\n"
    assert not checked(labelled, "2026-10-28", "sum")


def test_a_running_total_set_as_a_bullet_is_no_period_of_its_own():
    # erratic09: "- Year-to-date deliveries totaled 129,753" among the third quarter's highlights is dated to the quarter; as
    # a sentence of its own it would stand for Q3 beside the 46,905 and cost "The 129,753 vehicles delivered in the first
    # nine months comprise 39,740 …, 43,108 … and 46,905 in the third" its check
    text = next((LABELLED / "erratic" / "texts").glob("erratic09-*.txt")).read_text()
    assert ("ok", ("39,740", "43,108", "46,905 vehicles", "129,753 vehicles")) in checked(text, "2026-10-02", "sum")
    wrong = text.replace("The 129,753 vehicles", "The 129,573 vehicles")
    assert ("mismatch", ("39,740", "43,108", "46,905 vehicles", "129,573 vehicles")) in checked(wrong, "2026-10-02", "sum")
