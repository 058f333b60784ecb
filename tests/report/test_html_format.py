"""evcheck/report/html_format.py: the article view shows what a reader of the article sees.

The HTML reader keeps every offset, so a character reference ("&nbsp;", 6 characters) becomes
plain spaces of padding and the one character it names. The review page must show that one
character, in the text between figures and on a figure's button alike.
"""

from __future__ import annotations

import html5lib
from typer.testing import CliRunner

from evcheck.cli import app

NS = "{http://www.w3.org/1999/xhtml}"

ARTICLE = """<!DOCTYPE html>
<html><head><title>Orvan July sales</title></head>
<body><article><h1>Orvan&nbsp;Motors in July</h1>
<p>Orvan&nbsp;Motors sold 110&nbsp;000 cars in July, up 10% from 100&nbsp;000 cars a year earlier.</p>
<p>Its rival sold 52&#8239;000 cars and 4&thinsp;000 vans.</p>
</article></body></html>
"""


def _review(tmp_path) -> str:
    article = tmp_path / "orvan.html"
    article.write_text(ARTICLE, encoding="utf-8")
    r = CliRunner().invoke(app, ["verify", str(article), "--date", "2025-08-05", "-f", "html"])
    assert r.exit_code == 0, r.output
    return r.stdout


def _article_view(page: str):
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)
    return next(d for d in tree.iter(f"{NS}div") if d.get("class") == "text")


def test_a_figure_button_shows_the_figure_not_the_readers_padding(tmp_path):
    view = _article_view(_review(tmp_path))
    labels = {b.get("data-figure"): b.text for b in view.iter(f"{NS}button")}
    assert labels == {"f1": "110\u00a0000 cars", "f2": "10%", "f3": "100\u00a0000 cars",
                      "f4": "52\u202f000 cars", "f5": "4\u2009000 vans"}


def test_the_text_between_figures_shows_one_space_for_a_reference(tmp_path):
    view = _article_view(_review(tmp_path))
    for button in view.iter(f"{NS}button"):  # the verdict icons, for the text a reader reads
        for icon in button.findall(f"{NS}span"):
            button.remove(icon)
    text = "".join(view.itertext())
    assert "Orvan\u00a0Motors in July" in text and "Orvan\u00a0Motors sold 110\u00a0000 cars" in text
    assert "up 10%" in text and "and 4\u2009000 vans." in text
    # no run of spaces where the source has one reference: padding shows as nothing
    for line in text.splitlines():
        assert "  " not in line.strip() and " \u00a0" not in line and "\u00a0 " not in line, repr(line)
