"""Blanks out markup while keeping every character's offset, and finds suppression comments."""

from __future__ import annotations

import bisect
import html
import re

import yaml

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|!\[|\[|\]", re.M)

_SCRIPT = re.compile(r"<(script|style|noscript|template|svg)\b.*?</\1\s*>", re.S | re.I)
_HEAD = re.compile(r"<head\b.*?</head\s*>", re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*>|<![^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});")
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "blockquote", "figcaption", "figure",
    "aside", "nav", "main", "pre", "hr", "dd", "dt", "title",
}
_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")

_SUPPRESS = re.compile(r"(?:<!--\s*evcheck:\s*ignore(?:\[([\w\s,-]+)\])?\s*-->|\[evcheck:\s*ignore(?:\[([\w\s,-]+)\])?\])")


def _blank(text: str, start: int, end: int, keep_newlines: bool = True, first: str = " ") -> str:
    chunk = text[start:end]
    blank = re.sub(r"[^\n]", " ", chunk) if keep_newlines else " " * len(chunk)
    if blank and first != " ":
        blank = first + blank[1:]
    return text[:start] + blank + text[end:]


def _blank_all(text: str, pattern: re.Pattern[str], first: str = " ") -> str:
    parts: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        parts.append(text[last:m.start()])
        chunk = re.sub(r"[^\n]", " ", m.group(0))
        if first != " " and chunk:
            chunk = first + chunk[1:]
        parts.append(chunk)
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


_BLOCK_START = re.compile(r"^\s{0,3}(?:[-*+]\s|\d+[.)]\s|#|>|\||```|~~~|<|$)")


def join_soft_breaks(text: str) -> str:
    """A line break inside a paragraph is a space; the text keeps its length."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines[:-1]):
        out.append(line)
        nxt = lines[i + 1]
        soft = line.strip() and nxt.strip() and not _BLOCK_START.match(nxt) and not re.match(r"^\s{0,3}#", line)
        out.append(" " if soft else "\n")
    out.append(lines[-1])
    return "".join(out)


def looks_hard_wrapped(text: str) -> bool:
    """Plain text wrapped at a fixed width (wire copy, e-mail) rather than a paragraph per line."""
    lengths = [len(x) for x in text.split("\n") if x.strip()]
    if len(lengths) < 4 or "\n\n" not in text:
        return False
    lengths.sort()
    return lengths[len(lengths) // 2] >= 50 and lengths[-1] <= 100


def blank_markdown(text: str) -> tuple[str, dict]:
    """Front matter is read for metadata; code, comments, link targets and marks are blanked."""
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
            if isinstance(loaded, dict):
                meta = {str(k).lower(): v for k, v in loaded.items()}
        except yaml.YAMLError:
            meta = {}
        text = _blank(text, 0, m.end())
    text = _blank_all(text, _FENCE)
    text = _blank_all(text, _HTML_COMMENT)
    text = _blank_all(text, _INLINE_CODE)
    text = _blank_all(text, _LINK_TARGET)
    text = join_soft_breaks(text)
    text = _blank_all(text, _MD_MARKS)
    text = text.replace("|", "\n")
    return text, meta


def _html_meta(text: str) -> dict:
    meta: dict = {}
    for tag in _META.finditer(text):
        attrs = {a.group(1).lower(): a.group(2) or a.group(3) or a.group(4) or "" for a in _ATTR.finditer(tag.group(0))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            meta.setdefault(key, attrs["content"])
    return meta


def blank_html(text: str) -> tuple[str, dict]:
    """Only visible text survives; block tags become line breaks in the analysis text."""
    meta = _html_meta(text)
    text = text.replace("\n", " ")
    text = _blank_all(text, _HTML_COMMENT)
    text = _blank_all(text, _SCRIPT)
    text = _blank_all(text, _HEAD, first="\n")
    out: list[str] = []
    last = 0
    for m in _TAG.finditer(text):
        out.append(text[last:m.start()])
        name = (m.group(2) or "").lower()
        chunk = re.sub(r"[^\n]", " ", m.group(0))
        if name in _BLOCK_TAGS:
            chunk = "\n" + chunk[1:]
        out.append(chunk)
        last = m.end()
    out.append(text[last:])
    text = "".join(out)

    def entity(m: re.Match[str]) -> str:
        ch = html.unescape(m.group(0))
        if len(ch) != 1 or ch == "\u00a0":
            ch = " "
        # padding goes before the character, so "&euro;80bn" still glues the sign to the number
        return " " * (len(m.group(0)) - 1) + ch

    return _ENTITY.sub(entity, text), meta


def find_suppressions(source: str) -> dict[int, frozenset[str] | None]:
    """Line number → rules silenced there (None: all). A comment covers its line and the next."""
    found: dict[int, frozenset[str] | None] = {}
    if "evcheck" not in source:
        return found
    line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
    for m in _SUPPRESS.finditer(source):
        line = bisect.bisect_right(line_starts, m.start())
        names = m.group(1) or m.group(2)
        rules = frozenset(r.strip() for r in names.split(",") if r.strip()) if names else None
        for target in (line, line + 1):
            prev = found.get(target, frozenset())
            if rules is None or prev is None:
                found[target] = None
            else:
                found[target] = prev | rules
    return found
