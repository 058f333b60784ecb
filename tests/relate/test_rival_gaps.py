"""Gaps between two levels of one period that the words around the gap compare, where the rival is named only by a
pronoun, a description, a metric or the figure after its name (relate/differences.py `_rival_gap`)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import checked, edited

differences = partial(checked, rule="difference")

TRAILED = ("Austin, 6 October 2026\n\nTexas registered 28,914 electric cars in the third quarter, while Florida, with 24,706, "
           "trailed it by {g}.\n")


@pytest.mark.parametrize(("gap", "status"), [("4,208", "ok"), ("4,280", "mismatch")])
def test_trailed_it_by_is_the_subjects_level_below_the_one_before(gap, status):
    assert differences(TRAILED.format(g=gap), "2026-10-06") == [(status, (gap, "28,914 electric cars", "24,706"))]


NEIGHBOUR = ("Utrecht, 3 June 2026\n\nNoord-Holland registered 15,206 electric cars from January to May. Zuid-Holland followed "
             "with 13,918, finishing {g} registrations behind its northern neighbour.\n")


@pytest.mark.parametrize(("gap", "status"), [("1,288", "ok"), ("1,828", "mismatch")])
def test_behind_a_description_is_behind_the_one_other_level(gap, status):
    assert differences(NEIGHBOUR.format(g=gap), "2026-06-03") == [
        (status, (f"{gap} registrations", "15,206 electric cars", "13,918"))]


def test_behind_a_description_with_two_other_levels_stays_unchecked():
    text = edited(NEIGHBOUR.format(g="1,288"), "from January to May.",
                  "from January to May, and Utrecht 9,120.")
    assert differences(text, "2026-06-03") == []


RIVAL = ("Hanoi, 14 July 2026\n\nLac Hong EV sold 168,400 electric motorbikes in the first half. It sold {g} more bikes than "
         "its nearest rival, Song Xanh Motors, whose 97,260 were 41.1% more than the 68,950 of the first half of 2025.\n")


@pytest.mark.parametrize(("gap", "status"), [("71,140", "ok"), ("71,410", "mismatch")])
def test_more_than_a_rival_whose_figure_follows_its_name(gap, status):
    assert differences(RIVAL.format(g=gap), "2026-07-14") == [(status, (gap, "168,400", "97,260"))]


METRICS = ("Jakarta, 2 April 2026\n\nCastellan assembled 1,146,300 vehicles in the first quarter. Deliveries to customers came "
           "to 1,108,700, so the plants built {g} more vehicles than the group sold.\n")


@pytest.mark.parametrize(("gap", "status"), [("37,600", "ok"), ("36,700", "mismatch")])
def test_more_than_a_metric_is_the_gap_between_the_two_metrics_levels(gap, status):
    assert differences(METRICS.format(g=gap), "2026-04-02") == [
        (status, (f"{gap} more vehicles", "1,146,300 vehicles", "1,108,700"))]


OUTRAN = "Jakarta, 4 March 2026\n\nIn February wholesales of 642,870 motorcycles outran retail of 551,460 by {g} units.\n"


@pytest.mark.parametrize(("gap", "status"), [("91,410", "ok"), ("94,110", "mismatch")])
def test_outran_a_rivals_figure_after_of(gap, status):
    assert differences(OUTRAN.format(g=gap), "2026-03-04") == [(status, (f"{gap} units", "642,870 motorcycles", "551,460"))]


SMALLER = ("Madrid, 8 January 2026\n\nItaly's registrations reached 319,960 in 2025. Spain's registrations climbed 8.3% to "
           "172,480 from 159,260, and the market is now only {g} units smaller than Italy's.\n")


@pytest.mark.parametrize(("gap", "status"), [("147,480", "ok"), ("147,840", "mismatch")])
def test_smaller_than_a_named_place_is_the_subjects_level_below_the_places(gap, status):
    assert differences(SMALLER.format(g=gap), "2026-01-08") == [(status, (f"{gap} units", "319,960", "172,480"))]


ABOVE = ("Toronto, 5 August 2026\n\nQuebec registered 23,418 zero-emission vehicles in the second quarter and Ontario 15,772. "
         "Quebec's total was {g} units above Ontario's, the smallest gap since 2020.\n")


@pytest.mark.parametrize(("gap", "status"), [("7,646", "ok"), ("7,466", "mismatch")])
def test_above_a_named_rival_with_both_levels_in_the_sentence_before(gap, status):
    assert differences(ABOVE.format(g=gap), "2026-08-05") == [(status, (f"{gap} units", "23,418", "15,772"))]


def test_a_gap_at_the_rounding_edge_is_not_flagged():
    text = ("Toronto, 5 August 2026\n\nQuebec registered 23.4 thousand zero-emission vehicles in the second quarter and "
            "Ontario 15.8 thousand. Quebec's total was 7.7 thousand units above Ontario's.\n")
    # 23.4 - 15.8 = 7.6, outside 7.65-7.75; but 23.45 - 15.75 = 7.7 reaches it
    assert differences(text, "2026-08-05") == [("ok", ("7.7 thousand units", "23.4 thousand", "15.8 thousand"))]


def test_near_miss_more_than_an_expectation_is_no_gap_between_levels():
    text = ("Shenzhen, 2 June 2026\n\nBYD sold 300,000 cars in May and Tesla 180,000 in China. BYD's exports were 40,000 more "
            "than analysts expected.\n")
    assert differences(text, "2026-06-02") == []


def test_near_miss_a_rival_the_words_name_with_no_level_stays_unchecked():
    text = edited(ABOVE.format(g="7,646"), "Ontario's, the smallest", "Alberta's, the smallest")
    assert differences(text, "2026-08-05") == []


def test_near_miss_a_gap_wider_than_both_levels_is_of_something_else():
    text = edited(TRAILED.format(g="4,208"), "trailed it by 4,208", "trailed it by 42,080")
    assert differences(text, "2026-10-06") == []


def test_near_miss_a_new_subject_after_the_last_level_is_no_subject_of_that_level():
    text = ("Beijing, 12 October 2026\n\nJinhe Cells installed 31.40 GWh in September and Baiyun Battery 16.90 GWh, leaving "
            "the leader 14.50 GWh ahead of its closest rival.\n")
    # the pair is right, but "the leader" is no level of its own clause: Baiyun's 16.90 GWh is not the subject
    assert ("mismatch", ("14.50 GWh", "16.90 GWh", "31.40 GWh")) not in differences(text, "2026-10-12")


def test_near_miss_a_named_subject_after_the_last_level_stays_unchecked():
    text = ("Chennai, 2 August 2026\n\nRival Narmada said its sales rose 5.2% to 88,403 units in July, which puts Kaveri "
            "7,811 units ahead of its rival.\n")
    assert differences(text, "2026-08-02") == []


def test_near_miss_a_verb_that_names_no_metric_is_no_metric_gap():
    text = ("Jakarta, 12 August 2026\n\nWholesales fell 4.8% to 71,286 units in July from 74,910. Retail sales dropped 1.9% "
            "to 69,514, against 70,826 a year earlier, so dealers took in 1,772 more cars than they sold.\n")
    assert ("mismatch", ("1,772 more cars", "69,514", "71,286 units")) not in differences(text, "2026-08-12")


def test_near_miss_a_model_number_is_no_rivals_level():
    text = ("Milan, 23 October 2026\n\nSeptember's top models:\n- Corvo 3: 24,310\n- Stellan E4: 21,870\n\nThe Corvo 3 beat "
            "the Stellan E4 by 2,440 units.\n")
    assert not any("3" in texts[1:] for _, texts in differences(text, "2026-10-23"))


def test_near_miss_a_segments_gap_over_another_metric_needs_that_segments_level():
    text = ("Beijing, 10 September 2026\n\nCarmakers shipped 2.566 million passenger vehicles in August, of which 1.497 "
            "million were NEVs. NEV wholesale volume exceeded retail by 213,000 units.\n")
    assert differences(text, "2026-09-10") == []


GAP_MOVED = ("Manila, 10 September 2026\n\n- Brands: Bayani Motors led in August with 38,920 units, a 24.6% share, ahead of Tala "
             "Moto's 31,150; the gap narrowed to {g} units.\n")


@pytest.mark.parametrize(("gap", "status"), [("7,770", "ok"), ("7,070", "mismatch")])
def test_the_gap_narrowed_to_after_a_leader_and_its_rival(gap, status):
    assert differences(GAP_MOVED.format(g=gap), "2026-09-10") == [(status, (f"{gap} units", "38,920 units", "31,150"))]


def test_near_miss_the_gap_narrowed_by_is_the_gaps_change_never_the_gap():
    text = edited(GAP_MOVED.format(g="7,770"), "narrowed to 7,770 units", "narrowed by 1,220 units")
    assert not any("38,920 units" in texts for _, texts in differences(text, "2026-09-10"))
