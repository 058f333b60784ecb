"""Gaps whose rival's figure follows its name, leads over the sentence before's leader, and a change's earlier level in
a when-clause (relate/differences.py)."""

from __future__ import annotations

from functools import partial

from conftest import checked

differences = partial(checked, rule="difference")


def test_ahead_of_a_rival_with_its_figure_in_brackets():
    text = ("Prague, 3 April 2026\n\nSkoda remained the clear market leader in the first quarter with 19,842 pcs and a share "
            "of 34.0 per cent, {g} pcs ahead of second-placed Hyundai (5,316 pcs).\n")
    assert differences(text.format(g="14,526"), "2026-04-03") == [("ok", ("14,526", "19,842", "5,316"))]
    assert differences(text.format(g="14,256"), "2026-04-03") == [("mismatch", ("14,256", "19,842", "5,316"))]


def test_ahead_of_a_rival_on_its_figure():
    text = ("Santiago, 4 June 2026\n\nToyota kept its lead in May with 12,640 sales and finished {g} units ahead of "
            "second-placed Suzuki on 6,415.\n")
    assert differences(text.format(g="6,225"), "2026-06-04") == [("ok", ("6,225 units", "12,640", "6,415"))]
    assert differences(text.format(g="6,252"), "2026-06-04") == [("mismatch", ("6,252 units", "12,640", "6,415"))]


def test_ahead_of_a_rival_at_the_rounding_edge_is_not_flagged():
    text = ("Santiago, 4 June 2026\n\nToyota kept its lead in May with 12.6 thousand sales and finished 6.1 thousand units "
            "ahead of second-placed Suzuki on 6.4 thousand.\n")
    # 12.6 - 6.4 = 6.2, outside 6.05-6.15; but 12.55 - 6.45 = 6.1 reaches it
    assert [s for s, _ in differences(text, "2026-06-04")] in ([], ["ok"])


def test_a_gap_of_after_the_runner_up_is_against_the_leader_before():
    text = ("Almaty, 5 October 2026\n\nHyundai led the market in September with 3,912 cars, a 23.7% share. Chevrolet followed "
            "with 2,874 units, a gap of {g} cars.\n")
    assert differences(text.format(g="1,038"), "2026-10-05") == [("ok", ("1,038 cars", "3,912 cars", "2,874 units"))]
    assert differences(text.format(g="1,083"), "2026-10-05") == [("mismatch", ("1,083 cars", "3,912 cars", "2,874 units"))]


def test_a_gap_of_after_two_leaders_in_the_sentence_before_stays_unchecked():
    text = ("Almaty, 5 October 2026\n\nHyundai led the market in September with 3,912 cars and Kia was second with 3,100. "
            "Chevrolet followed with 2,874 units, a gap of 226 cars.\n")
    assert ("mismatch", ("226 cars", "3,912 cars", "2,874 units")) not in differences(text, "2026-10-05")


def test_outsold_a_rivals_figure_by():
    text = ("Mexico City, 8 June 2026\n\nChinese brands sold 10,842 vehicles in May. Chery, at 3,184 units, outsold Toyota's "
            "2,782 by {g}.\n")
    assert differences(text.format(g="402"), "2026-06-08") == [("ok", ("402", "3,184 units", "2,782"))]
    assert differences(text.format(g="420"), "2026-06-08") == [("mismatch", ("420", "3,184 units", "2,782"))]


def test_more_than_in_a_quarter_when_it_was():
    text = ("Gothenburg, 2 July 2026\n\nPolestar delivered 19,640 cars in the second quarter, {g} more than in the first "
            "quarter, when retail volumes were 13,112.\n")
    assert differences(text.format(g="6,528"), "2026-07-02") == [("ok", ("6,528", "19,640 cars", "13,112"))]
    assert differences(text.format(g="6,258"), "2026-07-02") == [("mismatch", ("6,258", "19,640 cars", "13,112"))]


def test_more_than_another_makers_figure_when_is_no_change():
    text = ("Gothenburg, 2 July 2026\n\nPolestar delivered 19,640 cars in the second quarter, 6,528 more than Volvo's EX30, "
            "while Lynk sold 13,112.\n")
    assert not any("13,112" in texts for _, texts in differences(text, "2026-07-02"))  # Lynk's, never Polestar's first quarter



LEFT = ("Madrid, 5 June 2026\n\nThe government's plan, which pays up to €7,000 towards an electric car, was given a budget of "
        "€400 million for 2026. Of that, €312 million had already been committed by the end of May, leaving €{r} million.\n")


def test_what_a_budget_leaves_once_a_part_is_committed():
    assert differences(LEFT.format(r="88"), "2026-06-05") == [("ok", ("€88 million", "€400 million", "€312 million"))]
    assert differences(LEFT.format(r="98"), "2026-06-05") == [("mismatch", ("€98 million", "€400 million", "€312 million"))]


def test_leaving_without_of_that_stays_unchecked():
    text = LEFT.replace("Of that, €312 million", "Dealers said €312 million")
    assert differences(text.format(r="88"), "2026-06-05") == []


SHORT = ("Palo Alto, 2 October 2026\n\n- Q3 deliveries of 412,680 came in {g} units short of company-compiled consensus of 428,500.\n"
         "\nSequentially, deliveries rose {r}% on the second quarter's 384,120.\n")


def test_short_of_the_consensus_is_the_gap_to_the_estimate():
    assert ("ok", ("15,820 units", "428,500", "412,680")) in differences(SHORT.format(g="15,820", r="7.4"), "2026-10-02")
    assert ("mismatch", ("18,520 units", "428,500", "412,680")) in differences(SHORT.format(g="18,520", r="7.4"), "2026-10-02")


def test_a_gap_short_of_an_estimate_is_no_level_a_rate_joins():
    found = [(c[1], c[2]) for c in checked(SHORT.format(g="15,820", r="7.4"), "2026-10-02") if c[0] == "growth"]
    assert found == [("ok", ("7.4%", "412,680", "384,120"))]  # 412,680 / 384,120 = +7.43%, never the 15,820 gap's
