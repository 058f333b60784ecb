"""Time per KB stays flat on hostile text (issue 13): the work the pipeline does grows with the
input, never with its square.

These tests count work rather than time it: the Python lines that extract and relate execute on
a text and on the same text four times as long must grow about four times, where a loop over
every pair of figures in a sentence, or over every period for every figure, grows sixteen times.
What lines cannot see — a regular expression backtracking inside the C engine — is checked with
a generous ratio of CPU time on small inputs (a slow pattern grows ×64 or worse from one size to
the next, a linear one ×8). Speed itself is measured in benchmarks/hostile.py, never here.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from evcheck.extract import split_sentences
from evcheck.extract.sentences import _NUMBER, MAX_SENTENCE_CHARS, MAX_SENTENCE_NUMBERS
from evcheck.pipeline import analyse
from evcheck.read import read_text

ROOT = Path(__file__).resolve().parent.parent


def _fill(head: str, unit: str, tail: str, n: int) -> str:
    return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail


def _repeat(block: str, n: int) -> str:
    return block * max(1, n // len(block))


# hostile families whose cost was in Python loops: figures against every other figure of their
# sentence, a clause read from the sentence start for every figure, every number against every
# footnote (name -> (suffix, generator of about n characters, n))
DENSE = {
    "commas": (".txt", lambda n: _fill("Sales were ", "1,", "1 units, up 5% year on year.\n", n), 400),
    "many-numbers": (".txt", lambda n: _fill("Sales were ", "1,200 units, 3.5%, 116bn yuan ($16.2bn), ", "in all.\n", n), 1000),
    "footnotes": (".txt", lambda n: _fill("Sales were ", "5%[1] 6,000[2] units ", "in all.\n", n), 1000),
    "paren-pct": (".txt", lambda n: _fill("Sales ", "(5% ", "rose.\n", n), 600),
    "respectively": (".txt", lambda n: _fill("Sales were ", "2.1 million units and ", "2.5 million units, up 13.3 percent and 14.7 percent respectively.\n", n), 1000),
    "co-dots": (".txt", lambda n: _fill("BYD sold 10 units, up 5%, said ", "Co. 5% ", "Ltd.\n", n), 1000),
    "open-angles": (".html", lambda n: _fill("<p>Sales rose 5% to 10 units ", "< 7% <a ", "</p>\n", n), 1000),
    "md-marks": (".md", lambda n: _fill("Sales ", "**5%** _rose_ `6%` to [10](x) units ", ".\n", n), 1000),
}

# hostile families whose cost was inside regular expressions: runs of spaces (a blanked tag or
# data: URI), runs of dots, hedges that read two ways ("a near a near …")
BACKTRACKING = {
    "spaces": (".txt", lambda n: _fill("Share rose to 5%", " ", "in July, from 4%.\n", n)),
    "spaces-between": (".txt", lambda n: _repeat("Share rose to 5%" + " " * 300 + "(year on year) ", n)),
    "html-img": (".html", lambda n: _fill('<p>Share rose to 5% <img src="data:image/png;base64,', "QUFB", '"> in July.</p>\n', n)),
    "html-blank-tags": (".html", lambda n: _repeat('<p>Share rose to 5% <span class="' + "x" * 200 + '"></span> (yoy)</p>', n)),
    "dots": (".txt", lambda n: _fill("Sales rose 5% to 10 units", ".", " in July.\n", n)),
    "hedges": (".txt", lambda n: _repeat("Sales rose" + " a near" * 20 + " x 5%, reached an estimated" + " a near" * 20 + " 6%. ", n)),
    "unclosed-script": (".html", lambda n: _repeat("<script>Sales rose 5% to 10 units. ", n)),
    "unclosed-comment": (".html", lambda n: _repeat("<p>Sales rose 5% to 10 units.</p><!-- ", n)),
    "md-brackets": (".md", lambda n: _fill("Sales rose ", "[", "5% to 10 units.\n", n)),
}


def _document(suffix: str, text: str):
    return read_text(text, "hostile" + suffix, date="2025-08-19")


def lines_run(suffix: str, text: str) -> int:
    """Python lines (and calls) that extract and relate execute on the text."""
    doc = _document(suffix, text)
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        analyse(doc)
    finally:
        sys.settrace(previous)
    return count


def cpu_seconds(suffix: str, text: str) -> float:
    """The least CPU time of two runs of read, extract and relate on the text."""
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        analyse(_document(suffix, text))
        best = min(best, time.process_time() - start)
    return best


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Lexicons, patterns and tables are built on first use: not part of any text's work."""
    analyse(_document(".txt", (ROOT / "seeds" / "xiaomi-q2-2025-trade-press.txt").read_text(encoding="utf-8")))


@pytest.mark.parametrize("family", DENSE)
def test_work_on_dense_figures_grows_linearly(family):
    suffix, make, n = DENSE[family]
    lines_run(suffix, make(n))  # the family's own first-use paths
    small, large = lines_run(suffix, make(n)), lines_run(suffix, make(4 * n))
    # linear: ×4 (a little less, as the fixed part is shared); a pairwise loop: ×8 to ×16
    assert large / small < 5.0, f"{family}: {small} lines for {n} characters, {large} for {4 * n}"


@pytest.mark.xdist_group("exclusive")  # timed: on the worker that runs the timing tests one after another
@pytest.mark.parametrize("family", BACKTRACKING)
def test_backtracking_families_take_linear_time(family):
    suffix, make = BACKTRACKING[family]
    cpu_seconds(suffix, make(1_000))
    small, large = cpu_seconds(suffix, make(1_000)), cpu_seconds(suffix, make(8_000))
    # eight times the text: ×8 when linear; a quadratic pattern gives ×64, the old ones far more
    assert large < 24 * max(small, 0.002), f"{family}: {small:.4f} s for 1 KB, {large:.4f} s for 8 KB"


@pytest.mark.parametrize("text", [
    "Sales were " + "1," * 5_000 + "1 units.",
    "Share rose to 5%" + " " * 20_000 + "in July.",
    "BYD Co. " * 2_000,
    "Sales rose 5% to 10 units" + "." * 10_000 + " in July.",
    "Sales were " + "1,200 units, 3.5%, 116bn yuan ($16.2bn), " * 300,
    "x" * 5_000 + " 5% " + "y" * 5_000,
])
def test_no_sentence_outgrows_the_bounds(text):
    """What is done per sentence is bounded because a sentence is: a run of text without stops
    is cut into sentences of at most MAX_SENTENCE_CHARS characters and MAX_SENTENCE_NUMBERS numbers."""
    sentences = split_sentences(text)
    assert sentences
    covered = 0
    for s in sentences:
        assert s.end - s.start <= MAX_SENTENCE_CHARS
        assert sum(1 for _ in _NUMBER.finditer(text, s.start, s.end)) <= MAX_SENTENCE_NUMBERS
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert s.start >= covered  # in order, never overlapping
        covered = s.end
    # nothing but space is lost between the pieces
    kept = "".join(text[s.start:s.end] for s in sentences)
    assert kept.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_the_bounds_never_cut_an_article():
    """No sentence of the project's articles comes near the bounds, so they change no finding."""
    paths = [p for folder in ("seeds", "tests/articles", "tests/labelled") for p in (ROOT / folder).rglob("*")
             if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"]
    assert len(paths) > 50
    for path in paths:
        doc = read_text(path.read_text(encoding="utf-8"), str(path))
        for s in split_sentences(doc.text):
            numbers = sum(1 for _ in _NUMBER.finditer(doc.text, s.start, s.end))
            assert s.end - s.start < MAX_SENTENCE_CHARS // 2, (path.name, doc.text[s.start:s.start + 80])
            assert numbers < MAX_SENTENCE_NUMBERS // 2, (path.name, doc.text[s.start:s.start + 80])


def test_deep_front_matter_is_not_parsed(monkeypatch):
    """"[[[[…" in front matter cost YAML's scanner seconds before it gave up as too deep: it is
    refused before YAML reads it, with the same note."""
    import yaml

    calls = []
    real = yaml.load
    monkeypatch.setattr(yaml, "load", lambda *a, **k: calls.append(1) or real(*a, **k))
    doc = read_text("---\nx: " + "[" * 5_000 + "]" * 5_000 + "\n---\nSales rose 5% to 10 units.\n", "a.md")
    assert calls == [] and any("nested too deep" in n for n in doc.notes)
    read_text("---\ntitle: Q2 results\ntags: [ev, [china, sales]]\ndate: 2025-08-19\n---\nSales rose 5%.\n", "b.md")
    assert calls == [1]
