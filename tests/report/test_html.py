"""The HTML review as a document: valid, self-contained, every figure marked where the JSON says it is.

html5lib parses with the WHATWG algorithm browsers use; in strict mode any parse error fails the
test. The browser test (tests/test_browser.py) checks the same page as a person uses it.
"""

from __future__ import annotations

import json
import re
import webbrowser

import html5lib
import pytest
from typer.testing import CliRunner

from conftest import ARTICLES, SEEDS
from evcheck.cli import app
from evcheck.pipeline import verify
from evcheck.read import read_document, read_text
from evcheck.report import Format, format_for_path, renderer

NS = "{http://www.w3.org/1999/xhtml}"


def parse(page: str):
    """The page's tree; any HTML parse error fails."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)


@pytest.fixture(scope="module")
def result():
    paths = sorted(SEEDS.iterdir()) + [ARTICLES / "planted-errors.txt", ARTICLES / "eu-registrations.html"]
    return verify([read_document(str(p)) for p in paths])


@pytest.fixture(scope="module")
def page(result):
    return renderer(Format.html).render(result)


def test_the_page_parses_without_a_single_error(page):
    tree = parse(page)
    assert tree.tag == f"{NS}html" and tree.get("lang") == "en"
    assert page.startswith("<!DOCTYPE html>")


def test_ids_are_unique_and_every_reference_resolves(page):
    tree = parse(page)
    ids = [el.get("id") for el in tree.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for el in tree.iter():
        for attr in ("aria-controls", "aria-labelledby"):
            if el.get(attr):
                assert set(el.get(attr).split()) <= known, (attr, el.get(attr))
        href = el.get("href")
        if href:
            assert href.startswith("#") and href[1:] in known, href
        if el.tag == f"{NS}a" and el.get("data-figure"):
            assert el.get("data-figure") in known
        if el.get("data-related"):
            assert set(el.get("data-related").split()) <= known


def test_nothing_is_fetched(page):
    tree = parse(page)
    assert not [el for el in tree.iter() if el.get("src") or el.tag == f"{NS}link"]
    assert not re.search(r"@import|url\(", page)
    assert len(list(tree.iter(f"{NS}style"))) == 1 and len(list(tree.iter(f"{NS}script"))) == 1


def test_every_figure_is_marked_at_its_offsets(result, page):
    data = json.loads(renderer(Format.json).render(result))
    tree = parse(page)
    sections = {s.get("data-path"): s for s in tree.iter(f"{NS}section") if s.get("class") == "file"}
    assert len(sections) == len(data["files"])
    for f in data["files"]:
        buttons = {b.get("data-figure"): b for b in sections[f["path"]].iter(f"{NS}button") if "fig" in b.get("class", "")}
        assert set(buttons) == {fig["id"] for fig in f["figures"]}
        for fig in f["figures"]:
            b = buttons[fig["id"]]
            assert (int(b.get("data-start")), int(b.get("data-end"))) == (fig["start"], fig["end"])
            assert b.text == fig["text"]
            assert b.get("aria-label").startswith(fig["text"] + ": ")


def test_each_finding_marks_its_subject_with_a_word_and_an_icon_not_colour_alone(result, page):
    data = json.loads(renderer(Format.json).render(result))
    tree = parse(page)
    planted = next(f for f in data["files"] if f["path"].endswith("planted-errors.txt"))
    section = next(s for s in tree.iter(f"{NS}section") if s.get("data-path") == planted["path"])
    buttons = {b.get("data-figure"): b for b in section.iter(f"{NS}button")}
    findings = [c for c in planted["checks"] if c["status"] == "mismatch"]
    assert len(findings) == 9
    for c in findings:
        b = buttons[c["subject"]]
        assert b.get("data-state") == c["severity"]
        assert b.get("aria-label").endswith(": " + c["severity"])
        assert c["id"] in b.get("data-checks").split()
        icon = b.find(f"{NS}span")
        assert icon.get("aria-hidden") == "true" and icon.text == {"error": "✖", "warning": "▲"}[c["severity"]]


def test_header_says_the_date_its_source_the_rates_and_the_counts(page):
    text = " ".join(" ".join(parse(page).itertext()).split())
    assert "Date used 2025-07-31 (guessed from the text)" in text
    assert "Date used 2025-08-11 (from the dateline)" in text
    assert "▲ article date 2025-07-31 was guessed from the text; give --date if it is wrong" in text
    assert "Exchange rates ECB reference rates" in text
    assert "Figures 25 found, 25 checked, 0 unchecked Findings 8 error(s), 1 warning(s), 0 ok, 1 for information" in text
    assert "No findings: all 29 checks passed (22 ok, 7 for information)." in text


def test_many_files_make_one_page_with_a_file_index(result, page):
    tree = parse(page)
    nav = next(tree.iter(f"{NS}nav"))
    links = [a.get("href") for a in nav.iter(f"{NS}a")]
    assert links == [f"#file{n}" for n in range(1, len(result.documents) + 1)]


def test_article_text_and_file_names_cannot_become_markup():
    text = "<script>alert('x')</script> Sales rose 25% to 2.593 million units from 2.262 million units.\x1b[31m\n"
    page = renderer(Format.html).render(verify([read_text(text, "<b>x</b>.txt")]))
    parse(page)
    assert "<script>alert" not in page and "&lt;script&gt;alert('x')&lt;/script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;.txt" in page and "\x1b" not in page and "\\x1b[" in page


def test_the_output_file_name_picks_the_format():
    assert format_for_path("review.html") is Format.html and format_for_path("R.HTM") is Format.html
    assert {format_for_path(n) for n in ("a.json", "a.sarif", "a.xml", "a.csv")} == {
        Format.json, Format.sarif, Format.junit, Format.csv}


runner = CliRunner()


def test_verify_writes_the_review_named_by_the_output_file(tmp_path):
    out = tmp_path / "review.html"
    r = runner.invoke(app, ["verify", str(SEEDS), "-o", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text()
    parse(page)
    assert page.count('class="fig"') == 68


def test_show_prints_the_path_where_no_browser_is_available(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or False)
    r = runner.invoke(app, ["show", str(ARTICLES / "planted-errors.txt")])
    assert r.exit_code == 0, r.output
    path = r.stdout.strip()
    assert path.endswith("planted-errors.html") and opened == [f"file://{path}"]
    parse(open(path, encoding="utf-8").read())


def test_show_opens_the_review_in_the_browser(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["show", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "-o", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    assert opened == [out.resolve().as_uri()] and "opened" in r.stderr


def test_show_with_nothing_to_read_is_one_line_and_exit_2(tmp_path):
    r = runner.invoke(app, ["show", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1


def test_verify_explain_and_all_through_the_cli():
    r = runner.invoke(app, ["verify", str(SEEDS / "xiaomi-q2-2025-trade-press.txt"), "--explain"])
    assert r.exit_code == 0
    assert "  6:132  92 cities  unchecked" in r.stdout and "not checked: no earlier value" in r.stdout
    findings_only = runner.invoke(app, ["verify", str(ARTICLES / "planted-errors.txt"), "-f", "concise"])
    every = runner.invoke(app, ["verify", str(ARTICLES / "planted-errors.txt"), "-f", "concise", "--all"])
    assert findings_only.stdout.count(": info [") == 0 and every.stdout.count(": info [implied-prior]") == 1
