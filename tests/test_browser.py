"""The HTML review used as a person uses it, in headless Chromium (issue 10).

The reports are written by the CLI, as `evcheck verify seeds/ -o review.html` writes them, then
opened in Debian's chromium: every figure must be marked where the JSON puts it, every finding at
the figure its message names, a click (a real mouse event) or Tab must show a figure's checks, and
the page must print without its interactive parts. Screenshots go to tests/browser-screenshots/
(ignored by git) for a person to look at. Without chromium (.ci/chromium.sh installs it) the
module is skipped with one line saying so.
"""

from __future__ import annotations

import json
from pathlib import Path

import html5lib
import pytest
from headless_chromium import Chromium, chromium_path
from typer.testing import CliRunner

from conftest import ARTICLES, SEEDS, SHARED_SEED
from evcheck.cli import app

if chromium_path() is None:
    pytest.skip("chromium is not installed (.ci/chromium.sh installs Debian's package)", allow_module_level=True)

SCREENSHOTS = Path(__file__).resolve().parent / "browser-screenshots"
runner = CliRunner()


def write_reports(tmp: Path, name: str, paths: list[Path]) -> tuple[Path, dict]:
    """The HTML review and the JSON of the same articles, both through the CLI."""
    page = tmp / f"{name}.html"
    r = runner.invoke(app, ["verify", *map(str, paths), "-o", str(page), "--fail-on", "never"])
    assert r.exit_code == 0, r.output
    data = json.loads(runner.invoke(app, ["verify", *map(str, paths), "-f", "json", "--fail-on", "never"]).stdout)
    return page, data


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reviews")
    seeds = [SEEDS] + ([SHARED_SEED] if SHARED_SEED.exists() else [])
    return {"seeds": write_reports(tmp, "seeds", seeds),
            "planted": write_reports(tmp, "planted-errors", [ARTICLES / "planted-errors.txt"])}


def shoot(browser: Chromium, name: str, full_page: bool = True) -> None:
    """A screenshot for a person to look at, checked to be a real picture."""
    path = SCREENSHOTS / name
    browser.screenshot(path, full_page=full_page)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000


@pytest.fixture(scope="module")
def browser():
    with Chromium(width=1300, height=1000) as b:
        yield b


FIGURES_IN_DOM = """[...document.querySelectorAll('section.file')].map(s => ({
  path: s.dataset.path,
  figures: [...s.querySelectorAll('button.fig')].map(b => ({
    id: b.dataset.figure, start: +b.dataset.start, end: +b.dataset.end, state: b.dataset.state,
    text: b.firstChild.textContent, icon: b.querySelector('.icon').textContent,
    visible: b.getBoundingClientRect().width > 0, checks: b.dataset.checks.split(' ').filter(Boolean)}))}))"""


def test_the_written_pages_are_valid_html(reports):
    for page, _ in reports.values():
        html5lib.HTMLParser(strict=True).parse(page.read_text(encoding="utf-8"))


def test_every_figure_of_the_seeds_is_marked_at_its_place(browser, reports):
    page, data = reports["seeds"]
    browser.open(page)
    shoot(browser, "seeds-review.png")
    dom = {s["path"]: s["figures"] for s in browser.evaluate(FIGURES_IN_DOM)}
    assert set(dom) == {f["path"] for f in data["files"]}
    for f in data["files"]:
        marked = {m["id"]: m for m in dom[f["path"]]}
        assert len(marked) == len(f["figures"])
        for fig in f["figures"]:
            m = marked[fig["id"]]
            assert (m["start"], m["end"], m["text"]) == (fig["start"], fig["end"], fig["text"])
            assert m["visible"] and m["icon"]


def test_clicking_a_figure_shows_every_check_it_took_part_in(browser, reports):
    page, data = reports["seeds"]
    browser.open(page)
    seen: set[tuple[str, str]] = set()
    for n, f in enumerate(data["files"], start=1):
        involved: dict[str, set[str]] = {}
        for c in f["checks"]:
            for fid in c["figures"]:
                involved.setdefault(fid, set()).add(c["id"])
        for fid, check_ids in involved.items():
            browser.click(f"#file{n}-{fid}")
            shown = browser.evaluate(f"""(() => {{
              const d = document.getElementById('file{n}-{fid}-detail');
              const others = [...document.querySelectorAll('#file{n} .fig.related')].map(b => b.dataset.figure);
              const open = [...document.querySelectorAll('#file{n} .panel .detail')].filter(x => !x.hidden).length;
              return {{visible: !d.hidden && d.offsetHeight > 0, open,
                       pressed: document.getElementById('file{n}-{fid}').getAttribute('aria-pressed'),
                       checks: [...d.querySelectorAll('li[data-check]')].map(li => li.dataset.check), others}};
            }})()""")
            assert shown["visible"] and shown["open"] == 1 and shown["pressed"] == "true"
            assert set(shown["checks"]) == check_ids
            partners = {g for c in f["checks"] if c["id"] in check_ids for g in c["figures"]} - {fid}
            assert set(shown["others"]) == partners
            seen |= {(f["path"], c) for c in shown["checks"]}
    assert seen == {(f["path"], c["id"]) for f in data["files"] for c in f["checks"]}  # every relation, by clicking


def test_each_finding_is_marked_at_the_figure_its_message_names(browser, reports):
    page, data = reports["planted"]
    browser.open(page)
    shoot(browser, "planted-errors-review.png")
    (f,) = data["files"]
    marked = {m["id"]: m for m in browser.evaluate(FIGURES_IN_DOM)[0]["figures"]}
    findings = [c for c in f["checks"] if c["status"] == "mismatch"]
    assert len(findings) == 9
    for c in findings:
        m = marked[c["subject"]]
        assert m["state"] == c["severity"] and m["icon"] == {"error": "✖", "warning": "▲"}[c["severity"]]
        assert m["text"] in c["message"]  # the message names the marked figure
        assert c["id"] in m["checks"]


def test_the_findings_list_jumps_to_the_figure_and_shows_its_checks(browser, reports):
    page, data = reports["planted"]
    browser.open(page)
    (f,) = data["files"]
    growth = next(c for c in f["checks"] if c["status"] == "mismatch" and c["rule"] == "growth" and c["severity"] == "error")
    browser.click(f'.findings a[data-figure="file1-{growth["subject"]}"]')
    state = browser.evaluate(f"""(() => ({{focused: document.activeElement.id,
        detail: document.getElementById('file1-{growth["subject"]}-detail').innerText}}))()""")
    assert state["focused"] == f"file1-{growth['subject']}"
    assert "Should be +14.6% (2.262 million units → 2.593 million units); the article says +25%." in state["detail"]
    shoot(browser, "planted-errors-clicked.png", full_page=False)


def test_tab_reaches_the_figures_and_focus_shows_their_checks(browser, reports):
    page, _ = reports["planted"]
    browser.open(page)
    for _ in range(40):
        browser.press_tab()
        if browser.evaluate("document.activeElement.classList.contains('fig')"):
            break
    state = browser.evaluate("""(() => { const b = document.activeElement;
        return {id: b.id, detail: !document.getElementById(b.getAttribute('aria-controls')).hidden}; })()""")
    assert state["id"] == "file1-f1" and state["detail"]


def test_the_page_prints_with_its_findings_and_without_its_controls(browser, reports):
    page, _ = reports["planted"]
    browser.open(page)
    browser.call("Emulation.setEmulatedMedia", media="print")
    try:
        shown = browser.evaluate("""(() => ({
            panel: getComputedStyle(document.querySelector('.panel')).display,
            every: getComputedStyle(document.querySelector('.every')).display,
            findings: document.querySelectorAll('.findings li').length}))()""")
    finally:
        browser.call("Emulation.setEmulatedMedia", media="")
    assert shown == {"panel": "none", "every": "block", "findings": 9}


