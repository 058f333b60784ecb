"""Blanks out markup while keeping every character's offset, and finds suppression comments."""

from __future__ import annotations

import bisect
import functools
import html
import re
from datetime import date
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from evcheck.cache import regex

if TYPE_CHECKING:
    import yaml

_FRONT_MATTER = regex(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)
_FENCE = regex(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
_INLINE_CODE = regex(r"`[^`\n]+`")
_LINK_TARGET = regex(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_MARKS = regex(r"^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|!\[|\[|\]", re.M)

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "footer", "blockquote", "figcaption", "figure",
    "aside", "nav", "main", "pre", "hr", "dd", "dt", "title",
}
# elements whose content a reader never sees
_HIDDEN = {"head", "script", "style", "noscript", "template", "svg", "title"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BAD_CHARREF = regex(r"&#(?![0-9]|[xX][0-9a-fA-F])")
_TAG_OPEN = regex(r"<[a-zA-Z/!?]")

# Spaces kept as they are written, not as a plain space: they group digits ("110&nbsp;000" is
# one number; extract/lexicon.py GROUP_SPACES). Any other space a reference names is a plain one.
_GROUP_SPACES = "\u00a0\u202f\u2009"
# A character reference in Markdown: CommonMark reads one only when it ends with ";".
_MD_REFERENCE = regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_SUPPRESS = regex(r"(?:<!--\s*evcheck:\s*ignore(?:\[([\w\s,-]+)\])?\s*-->|\[evcheck:\s*ignore(?:\[([\w\s,-]+)\])?\])")


def _blank(text: str, start: int, end: int, keep_newlines: bool = True, first: str = " ") -> str:
    chunk = text[start:end]
    blank = re.sub(r"[^\n]", " ", chunk) if keep_newlines else " " * len(chunk)
    if blank and first != " ":
        blank = first + blank[1:]
    return text[:start] + blank + text[end:]


def _referenced(raw: str) -> str:
    """What a character reference ("&nbsp;", "&#8239;", "&euro;") shows, at its length: padding
    before the characters, so "&euro;80bn" still glues the sign to the number and "110&nbsp;000"
    keeps its no-break space between the digit groups ("&nbsp000", without the ";", too). A space
    other than a grouping one is a plain space; a reference that names no character ("R&D") is
    left as written."""
    shown = html.unescape(raw)
    if shown == raw:
        return raw
    shown = "".join(" " if c.isspace() and c not in _GROUP_SPACES else c for c in shown)
    return shown.rjust(len(raw)) if len(shown) <= len(raw) else " " * len(raw)


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


_BLOCK_START = regex(r"^\s{0,3}(?:[-*+]\s|\d+[.)]\s|#|>|\||```|~~~|<|$)")


_COLUMN_GAP = regex(r"\S {2,}[-+−(]?[$€£]?\d")


def _table_row(line: str, nxt: str) -> bool:
    """Either line is a row of an aligned table (two column gaps), or both have one: no soft break between them."""
    a, b = len(_COLUMN_GAP.findall(line)), len(_COLUMN_GAP.findall(nxt))
    return a >= 2 or b >= 2 or bool(a and b)


def join_soft_breaks(text: str) -> str:
    """A line break inside a paragraph is a space; the text keeps its length."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines[:-1]):
        out.append(line)
        nxt = lines[i + 1]
        soft = line.strip() and nxt.strip() and not _BLOCK_START.match(nxt) and not re.match(r"^\s{0,3}#", line) \
            and not _table_row(line, nxt)
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


@functools.cache
def _front_matter_loader() -> type[yaml.SafeLoader]:
    """Safe YAML with dates left as text: "2025-13-45" is then a date we cannot read, which is the
    user's to hear about, not a ValueError from deep inside the YAML constructor. Built on first
    use: importing PyYAML costs every start about 15 ms, and most articles have no front matter."""
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        pass

    FrontMatterLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return FrontMatterLoader


_MAX_FLOW_DEPTH = 50
_BRACKET = regex(r"[\[\]{}]")


def _flow_depth(block: str) -> int:
    """How deep brackets nest in the front matter, quotes or not: no real one nests past a few."""
    depth = deepest = 0
    for m in _BRACKET.finditer(block):
        depth = depth + 1 if m.group(0) in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def read_front_matter(block: str, notes: list[str] | None = None) -> dict:
    """The front matter's top-level keys with plain values (text, numbers, dates). Anything YAML
    cannot read — bad syntax, an impossible date tag, nesting deeper than Python recurses — is a
    note, and the article is still checked."""
    def note(reason: str) -> dict:
        if notes is not None:
            notes.append(f"front matter ignored: {reason}")
        return {}

    if _flow_depth(block) > _MAX_FLOW_DEPTH:  # YAML's scanner takes seconds over "[[[[…", before it recurses too deep
        return note("nested too deep")
    loader = _front_matter_loader()
    import yaml

    try:
        loaded = yaml.load(block, Loader=loader)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or type(exc).__name__
        mark = getattr(exc, "problem_mark", None)
        return note(f"not valid YAML ({problem}{f', line {mark.line + 2}' if mark else ''})")
    except RecursionError:
        return note("nested too deep")
    except (ValueError, OverflowError, TypeError) as exc:  # a !!timestamp or !!int that is not one
        return note(f"a value cannot be read ({exc})")
    if not isinstance(loaded, dict):
        return {}
    plain = (str, int, float, bool, date, type(None))
    # a list or mapping is named, not kept: it may refer to itself or nest deeper than Python recurses
    return {str(k).lower(): v if isinstance(v, plain) else f"(a {'list' if isinstance(v, list) else 'mapping'})"
            for k, v in loaded.items() if isinstance(k, (str, int, float))}


def blank_markdown(text: str, notes: list[str] | None = None) -> tuple[str, dict]:
    """Front matter is read for metadata; code, comments, link targets and marks are blanked."""
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        meta = read_front_matter(m.group(1), notes)
        text = _blank(text, 0, m.end())
    text = _blank_all(text, _FENCE)
    text = _without_comments(text)
    text = _blank_all(text, _INLINE_CODE)
    text = _blank_all(text, _LINK_TARGET)
    text = _MD_REFERENCE.sub(lambda m: _referenced(m.group(0)), text)
    text = join_soft_breaks(text)
    text = _blank_all(text, _MD_MARKS)
    text = text.replace("|", "\n")
    return text, meta


class _Visible(HTMLParser):
    """Finds the visible text of a page with the standard library's parser: its raw data chunks
    and character references, at their offsets in the source. Attribute values, tags, comments
    and hidden elements are never text."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.out = [" "] * len(source)
        self.meta: dict[str, str] = {}
        self.hidden: list[str] = []
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._offset()
        if tag == "meta":
            values = {k: v or "" for k, v in attrs}
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"])
        if tag in _BLOCK_TAGS or tag == "head":
            self.out[at] = "\n"
        if tag == "body" and "head" in self.hidden:  # </head> may be left out
            del self.hidden[self.hidden.index("head"):]
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self.handle_starttag(tag, attrs)
        elif tag in _BLOCK_TAGS:
            self.out[self._offset()] = "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.out[self._offset()] = "\n"
        if tag in self.hidden:  # an unclosed <p> inside <svg> must not keep the rest hidden
            while self.hidden.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        at = self._offset()
        if "\x00" in data:  # a stray "&#" made harmless in the copy the parser reads
            data = "".join(s if d == "\x00" else d for d, s in zip(data, self.source[at:at + len(data)]))
        self.out[at:at + len(data)] = data.replace("\n", " ")

    def _reference(self, raw: str) -> None:
        if self.hidden:
            return
        at = self._offset()
        if self.source.startswith(";", at + len(raw)):
            raw += ";"
        self.out[at:at + len(raw)] = _referenced(raw)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name}")


def _without_comments(text: str) -> str:
    """Comments blanked, an unclosed one to the end as a browser does; found with str.find, so an
    unclosed comment costs one pass rather than one pass per "<!--"."""
    parts: list[str] = []
    last = 0
    while (start := text.find("<!--", last)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        parts.append(text[last:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def blank_html(text: str) -> tuple[str, dict]:
    """Only visible text survives; block tags become line breaks in the analysis text.

    The parser reads a copy of the same length with comments blanked, a stray "&#" made harmless
    (the 3.11 parser stops at one and would read the rest as text), and nothing after the last ">"
    that could open a tag (an unclosed tag would be looked for again from every "<" after it)."""
    fed = _BAD_CHARREF.sub("\x00#", _without_comments(text))
    last_close = fed.rfind(">")
    tail = _TAG_OPEN.search(fed, last_close + 1)
    if tail:
        fed = fed[:tail.start()] + re.sub(r"[^\n]", " ", fed[tail.start():])
    parser = _Visible(text)
    parser.feed(fed)
    parser.close()
    return "".join(parser.out), parser.meta


def find_suppressions(source: str, text: str | None = None) -> dict[int, frozenset[str] | None]:
    """Line number → rules silenced there (None: all). A comment on a line of its own covers the
    next line; one after text on a line covers that line only. `text` is the analysis text (where
    markup is blank), which tells a line of text from a line of markup."""
    found: dict[int, frozenset[str] | None] = {}
    if "evcheck" not in source:
        return found
    text = source if text is None else text
    line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
    for m in _SUPPRESS.finditer(source):
        line = bisect.bisect_right(line_starts, m.start())
        begin = line_starts[line - 1]
        end = line_starts[line] - 1 if line < len(line_starts) else len(source)
        alone = not (text[begin:m.start()] + text[m.end():end]).strip()
        names = m.group(1) or m.group(2)
        rules = frozenset(r.strip() for r in names.split(",") if r.strip()) if names else None
        for target in (line, line + 1) if alone else (line,):
            prev = found.get(target, frozenset())
            if rules is None or prev is None:
                found[target] = None
            else:
                found[target] = prev | rules
    return found
