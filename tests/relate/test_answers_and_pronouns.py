"""Transcripts and pronouns: an answer is about the time its question's own sentence asks about ("Electric cars were last
year's big story. Still true?" asks about no year), "Twelve months ago they were 6,168" is the year before's level of what
"they" were, and "So the volume is up 57.8 percent" after a segment's level may be that segment's or the market's change,
so it is left unchecked."""

from __future__ import annotations

from test_measures import checks, measures, of_rule

BULLETIN = ("Broadcast 12 March 2026\n\nREPORTER: Start with wholesales. Those came to 68,412 last month. That's up 5.4 "
            "percent on the 64,930 shipped in February last year.\n\nPRESENTER: {question}\n\nREPORTER: Very much. "
            "Battery-electric wholesales were 9,736, that's {share} percent of the market.\n")


def test_an_answer_is_of_the_time_its_question_asks_about():
    text = BULLETIN.format(question="Electric cars were last year's big story. Still true?", share="14.2")
    assert measures(text, "2026-03-12")["9,736"].period == "2026-02"
    assert ("share", "ok", "info", ("14.2 percent", "9,736", "68,412")) in of_rule(checks(text, "2026-03-12"), "share")
    wrong = BULLETIN.format(question="Electric cars were last year's big story. Still true?", share="12.4")
    assert [c for c in of_rule(checks(wrong, "2026-03-12"), "share") if c[1] == "mismatch"]
    # 9,736 / 68,412 = 14.23%: "14 percent" holds
    edge = BULLETIN.format(question="Electric cars were last year's big story. Still true?", share="14")
    assert [c for c in of_rule(checks(edge, "2026-03-12"), "share") if c[1] == "ok"]


def test_a_question_about_a_year_still_dates_its_answer():
    text = BULLETIN.format(question="Electric cars were the big story. What about January 2026?", share="14.2")
    assert measures(text, "2026-03-12")["9,736"].period == "2026-01"


PRONOUN = ("Broadcast 12 March 2026\n\nTotal wholesales were 68,412 in February, against 64,930 a year earlier. "
           "Battery-electric wholesales were 9,736. {opening} they were 6,168.{after}\n")


def test_a_pronoun_after_a_time_phrase_is_the_sentence_befores_subject():
    for opening in ("Twelve months ago", "A year ago", "A year earlier,"):
        found = measures(PRONOUN.format(opening=opening, after=""), "2026-03-12")["6,168"]
        assert (found.role, found.period, sorted(found.segment)) == ("earlier", "2025-02", ["bev"]), opening


def test_an_unnamed_volume_after_a_segments_level_is_left_unchecked():
    text = PRONOUN.format(opening="A year ago", after=" So the volume is up 57.8 percent.")
    assert not [c for c in of_rule(checks(text, "2026-03-12"), "growth") if "68,412" in c[3] and c[3][0] == "57.8 percent"]


def test_a_rate_that_names_the_market_is_the_markets():
    for words in ("So the market is up 5.4 percent.", "So sales are up 5.4 percent."):
        text = PRONOUN.format(opening="A year ago", after=" " + words)
        assert ("growth", "ok", "info", ("5.4 percent", "68,412", "64,930")) in of_rule(checks(text, "2026-03-12"), "growth")
        wrong = PRONOUN.format(opening="A year ago", after=" " + words.replace("5.4", "4.5"))
        assert [c for c in of_rule(checks(wrong, "2026-03-12"), "growth") if c[1] == "mismatch"]


RADIO = ("Broadcast 24 July 2026\n\nTSCHUDIN: Battery-electric cars reached 25,380 in the half-year.\n\n"
         "IMHOF: And plug-in hybrids?\n\nTSCHUDIN: 11,105 of them.\n\nIMHOF: Is the growth spread evenly?\n\n"
         "TSCHUDIN: Not at all. The three big cantons, Zurich with 25,000 registrations, Bern with 13,000 and Vaud with 14,000, "
         "account for {total} between them.\n")


def test_a_speaker_is_no_name_and_an_answer_counts_what_the_question_asks_about():
    m = measures(RADIO.format(total="51,000"), "2026-07-24")
    assert sorted(m["11,105"].segment) == ["phev"]  # never "name:tschudin"
    sums = of_rule(checks(RADIO.format(total="51,000"), "2026-07-24"), "sum")
    assert [c for c in sums if c[1] == "ok" and c[3] == ("25,000 registrations", "13,000", "14,000", "51,000")]  # the hybrids
    # are no canton
    assert [c for c in of_rule(checks(RADIO.format(total="41,000"), "2026-07-24"), "sum") if c[1] == "mismatch"]


def test_a_capitalised_label_that_opens_one_line_only_stays_a_name():
    text = "OSLO, 3 March 2026\n\nTESLA: 4,120 cars, the most of any brand.\n\nOther brands sold 9,870.\n"
    assert "name:tesla" in measures(text, "2026-03-03")["4,120 cars"].segment


ONCE = ("DUBLIN, 3 June 2026 - So far this year 98,412 new cars have been registered. Diesel, which once had {old}% of the market, "
        "is down to 14.8%: 14,565 cars.\n")


def test_a_share_the_segment_once_had_is_of_no_period():
    found = checks(ONCE.format(old="70"), "2026-06-03")
    assert not [c for c in found if c[3][0] == "70%"]
    assert measures(ONCE.format(old="70"), "2026-06-03")["70%"].period is None
