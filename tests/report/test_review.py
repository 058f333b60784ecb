"""Issue 10: messages for editors, the per-figure review, the explain view and the HTML page (without a browser)."""

from __future__ import annotations

import re

import pytest

from conftest import ARTICLES, SEEDS
from evcheck.pipeline import verify
from evcheck.read import read_document, read_text
from evcheck.report import Format, explain, renderer
from evcheck.report.editor import headlines, plain_words, short_links
from evcheck.report.review import review


@pytest.fixture(scope="module")
def planted():
    return verify([read_document(str(ARTICLES / "planted-errors.txt"))])


@pytest.fixture(scope="module")
def seeds():
    return verify([read_document(str(p)) for p in sorted(SEEDS.iterdir())])


# ---- messages for editors ----------------------------------------------------------------------

EXPECTED_HEADLINES = {
    "growth": "Should be +14.6% (2.262 million units → 2.593 million units); the article says +25%.",
    "sum": "Total should be 2.793 million units (2.218 million units + 575,000 units); the article says 2.593 million units.",
    "share": "Share should be 48.67% (1.262 million units of 2.593 million vehicles); the article says 58.7%.",
    "multiple": "Should be ×1.40 (15.2bn yuan → 21.3bn yuan); the article says “doubled” (×2).",
    "direction": "Wrong direction: 500m yuan → 700m yuan is a rise; the article says “narrowed”.",
    "conversion": "Should be about $16.2bn ($16.1bn to $16.3bn at ECB rates) for 116bn yuan; the article says $18.2bn.",
}


def test_each_finding_leads_with_what_is_wrong_and_the_right_value(planted):
    rows = headlines(planted)
    errors = rows[(rows["status"] == "mismatch") & (rows["severity"] == "error")]
    got = {r["rule"]: r["headline"] for r in errors.to_dict("records")}
    for rule, line in EXPECTED_HEADLINES.items():
        assert got[rule] == line
    assert got["points"].startswith("Should be +11.0 percentage points (15.4% → 26.4%); the article says “11%”")
    assert got["difference"].startswith("The change should be 7,022 units")


def test_terms_are_spelled_out(planted, seeds):
    assert plain_words("15.4% to 26.4% is +11.0 pp") == "15.4% to 26.4% is +11.0 percentage points"
    for result in (planted, seeds):
        for line in headlines(result)["headline"]:
            assert not re.search(r"\bpp\b|implied-prior", line), line
    implied = headlines(seeds)
    implied = implied[implied["rule"] == "implied-prior"]["headline"].tolist()
    assert "Implied earlier value: 27,310 units (27,305 units to 27,315 units), from a change of +197.7% to 81,302 units." in implied
    assert any(h.startswith("Implied earlier value: 2.381 million units") and "-5.0%" in h for h in implied)


def test_long_source_addresses_shrink_to_their_site_on_a_terminal():
    text = "is 116bn yuan in the reference (https://www.itiger.com/news/1190824600 and 1 other source(s))"
    assert short_links(text) == "is 116bn yuan in the reference (itiger.com/… and 1 other source(s))"


# ---- the review: every figure with its checks or why none ---------------------------------------

def test_every_finding_marks_the_figure_its_message_names(planted):
    (view,) = review(planted)
    findings = [c for c in view.checks if c.label in ("error", "warning")]
    assert len(findings) == 9
    for c in findings:
        fig = view.figure(c.subject)
        assert fig.state == c.label and c.id in fig.tested_by
        assert fig.text in c.arithmetic  # the rule's own message names the marked figure


def test_unchecked_figures_say_why(seeds):
    xiaomi = next(v for v in review(seeds) if v.path.endswith("xiaomi-q2-2025-trade-press.txt"))
    unchecked = {f.text: f.reason for f in xiaomi.figures if f.state == "unchecked"}
    assert unchecked["200,000 firm orders"].startswith("no later value found to compare it with")
    assert unchecked["92 cities"].startswith("no earlier value, change, total or share found for it")
    assert all(reason for reason in unchecked.values())
    assert all(f.reason is None for f in xiaomi.figures if f.state != "unchecked")
    assert xiaomi.counts["figures"] == 28 and xiaomi.counts["checked"] == 28 - len(unchecked)


def test_a_share_without_its_total_says_total_not_found():
    result = verify([read_text("In July 2025 NEVs accounted for 48.7% of sales, the group said.\n", "share.txt")])
    (view,) = review(result)
    fig = next(f for f in view.figures if f.text == "48.7%")
    assert fig.state == "unchecked" and fig.reason == "total not found"


def test_a_reason_recorded_by_the_relate_layer_comes_first():
    result = verify([read_text("In July 2025 NEVs accounted for 48.7% of sales, the group said.\n", "share.txt")])
    fid = result.figures.loc[result.figures["text"] == "48.7%", "id"].item()
    result.figures["unchecked_reason"] = [("two totals could fit: left unchecked" if i == fid else None)
                                          for i in result.figures["id"]]
    (view,) = review(result)
    assert view.figure(fid).reason == "two totals could fit: left unchecked"


def test_explain_lists_every_figure_with_its_checks_or_reason(seeds):
    text = explain.render(seeds, width=100)
    assert "  date 2025-07-31 (guessed from the text)" in text
    assert "warning: article date 2025-07-31 was guessed from the text" in text
    assert "  6:161  100 stores  info" in text
    assert "not checked: no later value found to compare it with" in text
    assert "input to the growth check of “15%” (ok)" in text
    n_figures = len(seeds.figures)
    figure_lines = [line for line in text.splitlines() if re.match(r"  \d+:\d+  ", line)]
    assert len(figure_lines) == n_figures
    assert all(line == line.rstrip() for line in text.splitlines())


# ---- the terminal views ------------------------------------------------------------------------

def test_rich_shows_a_severity_header_and_hides_passed_rows_unless_asked(planted, seeds):
    text = renderer(Format.rich).render(planted, show_ok=False, width=100)
    assert re.search(r"where\s+severity\s+check\s+finding", text)
    narrow = renderer(Format.rich).render(planted, show_ok=False, width=60)
    assert "3:20  severity: error  check: growth" in narrow
    assert "Should be +14.6%" in text and "more with --all" not in text
    clean = renderer(Format.rich).render(seeds, show_ok=False, width=100)
    assert "no findings: all 20 checks passed (12 ok, 8 for information)" in clean
    assert "(20 without findings, shown with --all)" in " ".join(re.sub("[│╭╮╰╯─]", " ", clean).split())
    every = renderer(Format.rich).render(seeds, show_ok=True, width=100)
    assert "Implied earlier value: 27,310 units" in every


def test_quiet_on_clean_articles_says_how_many_checks_passed(seeds):
    text = renderer(Format.rich).render(seeds, show_ok=False, quiet=True, width=100)
    assert "3 file(s) without findings: all 57 checks passed (42 ok, 15 for information)" in text
    assert "╭" not in text  # no panel for a clean file
    concise = renderer(Format.concise).render(seeds)
    assert concise.splitlines()[-1].startswith("no findings: all 57 checks passed; 3 file(s)")


@pytest.fixture(scope="module")
def unwrapped(planted, seeds):
    """Each result's report at width 2000 (nothing wrapped), rendered once for all the widths below."""
    return [(result, renderer(Format.rich).render(result, show_ok=True, width=2000)) for result in (planted, seeds)]


@pytest.mark.parametrize("width", [50, 60, 80, 120])
def test_rich_never_cuts_a_word(unwrapped, width):
    """Wrapped to any width, every word on screen is a whole word of the unwrapped report."""
    for result, wide in unwrapped:
        words = set(re.sub("[│╭╮╰╯─]", " ", wide).split()) | {"severity:", "check:"}  # the narrow layout's labels
        narrow = renderer(Format.rich).render(result, show_ok=True, width=width)
        cut = [t for t in re.sub("[│╭╮╰╯─]", " ", narrow).split() if t not in words]
        # only a word wider than the finding column (width less the frame and three narrow columns) is folded
        too_wide = [w for w in words if len(w) > width - 40]
        assert all(any(t in w for w in too_wide) for t in cut), (width, cut[:5])


# ---- every format states the date and warns when it was guessed or missing ----------------------

NO_DATE = "Revenue was 116bn yuan ($16.2bn) in the quarter.\n"


@pytest.mark.parametrize("fmt", [Format.rich, Format.concise, Format.html])
def test_missing_date_leaves_conversions_unchecked_and_says_so(fmt):
    result = verify([read_text(NO_DATE, "undated.txt")])
    out = renderer(fmt).render(result)
    assert "no article date: 1 conversion(s) not compared with ECB rates (give --date)" in out


@pytest.mark.parametrize("fmt", [Format.rich, Format.concise, Format.html])
def test_guessed_date_is_shown_and_warned(fmt, planted):
    out = renderer(fmt).render(planted)
    assert "2025-08-31" in out and "guessed from the text" in out


@pytest.mark.parametrize("fmt", [Format.json, Format.csv, Format.github, Format.sarif, Format.junit])
def test_machine_formats_carry_the_date_and_its_warning(fmt):
    result = verify([read_text(NO_DATE, "undated.txt"), read_text("On 19 August 2025 sales rose.\n", "dated.txt")])
    out = renderer(fmt).render(result)
    assert "no article date: 1 conversion(s) not compared with ECB rates (give --date)" in out
    if fmt not in (Format.github, Format.csv):  # annotations name warnings, CSV rows are checks: the others name every date
        assert "2025-08-19" in out


def test_ci_formats_lead_with_the_headline_then_the_arithmetic(planted):
    import json as _json
    from xml.etree import ElementTree as ET

    first = EXPECTED_HEADLINES["growth"]
    github = renderer(Format.github).render(planted).splitlines()[0]
    assert github.split("::", 2)[2].startswith(first.replace("%", "%25") + "%0A2.262 million units to 2.593")
    sarif = _json.loads(renderer(Format.sarif).render(planted))["runs"][0]["results"][0]["message"]["text"]
    assert sarif.startswith(first + "\n") and "does not add up" in sarif
    junit = ET.fromstring(renderer(Format.junit).render(planted).split("\n", 1)[1])
    failure = junit.find(".//failure")
    assert failure.get("message") == first and "does not add up" in failure.text
