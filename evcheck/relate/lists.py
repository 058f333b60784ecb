"""Lists in an article: bullet lines and "Label: number" lines under a header.

"February sales by brand:\n- Tianhe: 101,530 units\n- Lumo: 24,176 units …" Each line's first
quantity is an item of the list, named by its label. A list whose header says what it breaks
down ("by brand", "by fuel type", "by region") or that ends with the rest ("Others: 1,449") is a
complete breakdown of its total; any other list may only not exceed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evcheck.cache import regex
from evcheck.prefilter import guarded

_BY = regex(r"\b(?:by|per)\s+(?:brand|brands|marque|make|region|regions|market|markets|country|countries|destination|"
                 r"destinations|fuel(?:\s+type)?|powertrain|drivetrain|propulsion|segment|segments|channel|channels|model|"
                 r"models|division|divisions|business|businesses|quarter|month|type|category|customer\s+type|sales\s+channel)\b"
                 r"|\b(?:breakdown|split|consisting\s+of|consisted\s+of|consists\s+of|made\s+up\s+of|comprising|composed\s+of)\b", re.I)
_NOT_A_NAME = regex(r"\b(?:19|20)\d{2}\b|\d[\d,.]*\s*%|\d[\d,]{3,}|\b[QH][1-4]\b")  # "Coast 3 sedan" is a name; "Q1 2025", "1,200" are not
_SENTENCE_INSIDE = regex(r"[a-z][.!?]\s+[A-Z]")  # "* Harlan Motors led again. Its 191,240 sales": a sentence, then a figure
_REST = regex(r"\b(?:others?|rest|remainder|remaining|elsewhere|other\s+\w+)\b", re.I)


@dataclass(frozen=True)
class ListItem:
    block: int
    label: str
    header: str
    complete: bool
    heading: str = ""  # a section heading above a header ending in a colon: what the items are of, in a few words


def list_items(text: str, figure_spans: list[tuple[str, int, int]]) -> dict[str, ListItem]:
    """The list item each figure is, by figure id: the first figure on each list line."""
    lines: list[tuple[int, int]] = []
    barred: set[int] = set()  # the lines cut from one line of figures set apart by bars
    for m in re.finditer(r"[^\n]*", text):
        if m.start() < len(text) and (m.end() > m.start()):
            if " | " in m.group(0) and _BAR_LIST.fullmatch(m.group(0)):
                at = m.start()
                for piece in m.group(0).split(" | "):
                    barred.add(len(lines))
                    lines.append((at, at + len(piece)))
                    at += len(piece) + 3
                continue
            lines.append((m.start(), m.end()))
    firsts: dict[int, tuple[str, int]] = {}
    spans = sorted(figure_spans, key=lambda t: t[1])
    for k, (fid, start, end) in enumerate(spans):
        line = _line_index(lines, start)
        if line is None or line in firsts:
            continue
        if (bullet := _BULLET_START.match(text[lines[line][0]:lines[line][1]])) is not None and start < lines[line][0] + bullet.end():
            continue  # "1. Toyota - 9,911": the list's numbering counts nothing
        following = spans[k + 1][1] if k + 1 < len(spans) else len(text)
        if following <= lines[line][1] and _IN_LABEL.fullmatch(text, end, following) and ":" not in text[lines[line][0]:start]:
            continue  # "* Ionica 5 electric crossover: 3,920 units": a number in the label names a model
        firsts[line] = (fid, start)
    blocks: list[list[tuple[int, str, str]]] = []
    prev = None
    for k, (a, b) in enumerate(lines):
        if k not in firsts:
            prev = None if text[a:b].strip() else prev
            continue
        fid, start = firsts[k]
        label = _label(text, a, b, start) if k not in barred else text[a:start].strip(" \t:") or None
        if label is None:
            prev = None
            continue
        if CUT_ACROSS.search(label):
            prev = k
            continue  # "- Electric vehicles across all brands: 27,412" among the brands: a cut across the items, no item
        if prev is not None and prev == k - 1:
            blocks[-1].append((k, fid, label))
        else:
            blocks.append([(k, fid, label)])
        prev = k
    out: dict[str, ListItem] = {}
    for n, block in enumerate(blocks):
        if len(block) < 2:
            continue
        first = block[0][0]
        header, at = "", first
        for k in range(first - 1, max(-1, first - 3), -1):
            a, b = lines[k]
            if text[a:b].strip():
                header, at = text[a:b].strip(), k
                break
        if len(header) > 100 and header.endswith("."):
            header = ""  # a paragraph of prose above the list, no header of it
        gapped = [k for k, _, _ in block if _GAPPED_START.match(text[lines[k][0]:firsts[k][1]])]
        if gapped and (len(block) < 3 or not header.endswith(":")):
            continue  # "Battery-electric    10,712" lines are a list only under a header that says so ("… by fuel (units):")
        complete = bool(_BY.search(header)) or bool(_REST.search(block[-1][2]))
        heading = ""
        if header.endswith(":"):
            for k in range(at - 1, max(-1, at - 3), -1):
                a, b = lines[k]
                if (above := text[a:b].strip()) and _HEADING.fullmatch(above):
                    heading = above  # "Domestic sales by model", then "Daehan's best-selling models … were:": what the
                    break  # items are of, though not all of it
        for _, fid, label in block:
            out[fid] = ListItem(n, label, header, complete, heading)
    for n, (header, items) in enumerate(_inline_lists(text, spans), start=len(blocks)):
        for fid, label in items:
            out.setdefault(fid, ListItem(n, label, header, True))
    return out


def _inline_lists(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """"The tally was split by brand: Chevrolet 421,500, GMC 152,800, Buick 61,900 and Cadillac 57,500.": a sentence that
    says it splits the figure before it, then names each part before its figure; every part of it, so a complete list."""
    found = []
    for m in _INLINE_SPLIT.finditer(text):
        items = _items(text, spans, m.start("body"), m.end("body"), plain=True)
        if items:
            found.append((m.group("header").strip(), items))
    return found


def prose_lists(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[list[tuple[str, str]], bool]]:
    """"Of the 31.6 GWh shipped, EV cells accounted for 22.4 GWh and ESS for 9.2 GWh": a sentence that says it breaks a
    whole down, then names each part before its figure, as (figure id, label) items; complete where a header says by
    what it splits ("By business, …") or the last part is the rest. Only its sum reads it as a list: elsewhere its
    figures are prose."""
    found = []
    for m in PROSE_SPLIT.finditer(text):
        items = _items(text, spans, m.start("body"), m.end("body"), plain=False)
        if items:
            found.append((items, bool(m.group("by") or m.group("by_said")) or bool(_REST.search(items[-1][1]))))
    return found


def _items(text: str, spans: list[tuple[str, int, int]], start: int, end: int, plain: bool) -> list[tuple[str, str]]:
    """(figure id, label) of each part a sentence names before its figure, or none where one part is not so named
    or words stand after the last; in prose, the verb and preposition before a figure are no part of its label
    ("the wiring harness division contributed", "ESS for")."""
    inside = [(fid, a, b) for fid, a, b in spans if start <= a < end]
    if len(inside) < 2:
        return []
    items, at = [], start
    for fid, a, b in inside:
        label = re.sub(r"\s+", " ", _ITEM_LEAD.sub("", text[at:a])).strip(" ,")
        if not plain:
            label = _PROSE_VERB.sub("", label).strip(" ,")
            if not _PROSE_LABEL.fullmatch(label) or _NOT_A_PART.search(_REST_OF.sub("", label)):
                return []  # but "the rest of Europe for 19,114" names a part
        if not label or plain and not _ITEM_LABEL.fullmatch(label) or _NOT_A_NAME.search(label):
            return []
        items.append((fid, label.lower()))
        at = b
    rest = text[at:end]
    if not plain and len(items) >= 2 and _CLAUSE_AFTER.match(rest):
        rest = ""  # "… and the rest of the world for 8,145; the rest of Europe thus represented 32.7% …": a clause of its own
    return items if not rest.strip(" ,;") else []


def _line_index(lines: list[tuple[int, int]], pos: int) -> int | None:
    lo, hi = 0, len(lines) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        a, b = lines[mid]
        if pos < a:
            hi = mid - 1
        elif pos > b:
            lo = mid + 1
        else:
            return mid
    return None


def _label(text: str, a: int, b: int, start: int) -> str | None:
    """The label of a list line: its words before the first figure, after a bullet, or before a
    colon ("Petrol: 41,862", "- Lumo: 24,176 units", "• Europe 123,000")."""
    head = text[a:start]
    bullet = _BULLET_START.match(head)
    if bullet and bullet.group(0).strip()[:1].isdigit() and (len(_TRAILING_BRACKET.sub("", text[a:b])) > 60 or not _SEPARATED.search(head)):
        return None  # "6. The most recent monthly data show 18,904 …": a numbered paragraph, no list line; but "1. Toyota - 9,911",
        # and "1. Tokai-Meridian Group: 5.42 million (first half of 2025: 5.31 million)" with its comparative
    if bullet:
        head = head[bullet.end():]
    elif not _LABELLED_START.match(head) and not (_GAPPED_START.match(head) and _LONE_NUMBER.fullmatch(text, start, b)):
        return None
    label = head.split(":")[0] if ":" in head else head.rstrip(" \t.") if head.rstrip().endswith("...") else head
    label = re.sub(r"\s+", " ", label).strip(" \t:–—-,")
    if not label or len(label.split()) > 8 or not label[0].isalpha() or _NOT_A_NAME.search(label) or _SENTENCE_INSIDE.search(label):
        return None  # "* Harlan Motors led again. Its 191,240 sales": a sentence, then its figure
    return label.lower()


# "The tally was split by brand: …": the figure before it, split into its parts. The split patterns open where a line begins
# ("^" under re.M: the text's start and after every line break) or a sentence does; they are searched through whole texts,
# and a third test, after a line break, which "^" already makes, cost each of them a third of its time
SPLIT_OF_BEFORE = (r"(?:The|That|This|Its|Their)\s+(?:tally|total|figure|number|sum|volume|result|count)\s+(?:was|were|is|are)\s+"
                   r"(?:split|broken\s+down|divided)\b")
# "Revenue by business was split three ways:", "February's total was split:": a total, or a measure by what splits it, split
# into the parts after the colon; but never "Sales were split:", which may name only some of them
_SPLIT_OF_NAMED = (r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:total\s+(?:was|were)\s+(?:split|broken\s+down|divided)\b"
                   r"|by\s+[\w-]+\s+(?:was|were)\s+(?:split|broken\s+down|divided)\b"
                   r"|(?:was|were)\s+(?:split|divided)\s+(?:two|three|four|five|six)\s+ways\b)")
_INLINE_SPLIT = guarded(regex(r"(?P<header>(?:^|(?<=[.!?]\s))[ \t]*(?:" + SPLIT_OF_BEFORE + "|" + _SPLIT_OF_NAMED + r")[^.:\n]{0,40}):[ \t]*"
                              r"(?P<body>[^.\n]*(?:\.\d[^.\n]*)*)", re.M))  # searched in every article: tried only where it says "split",
# "broken" or "divided"
# "Of the 31.6 GWh shipped, EV cells accounted for …", "Of the total, the wiring harness division contributed …", "The
# company said revenue was split: …": a whole the words name, then its parts, each named before its figure (some of them
# only); "By business, EV cells generated …, ESS … and other activities the remaining …": every part
PROSE_SPLIT = guarded(regex(r"(?P<header>(?:^|(?<=[.!?]\s))[ \t]*(?:Of\s+(?:the|those|these|its|their)\b(?:[^.,;:\n]|[.,]\d){1,60}"
                            r"|(?P<by>By\s+(?:business|businesses|division|segment|region|market|country|destination|brand|channel|"
                            r"product|fuel(?:\s+type)?|powertrain|type|category|customer\s+type|activity|unit))"
                            r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}?\s+(?:was|were)\s+(?:split|divided|broken\s+down)(?=:)"
                            r"|(?P<by_said>[A-Z][^.:;\n\d]{0,60}?\bby\s+(?:destination|region|market|country|brand|segment|fuel(?:\s+type)?|"
                            r"powertrain|channel)\b[^.:;\n\d]{0,60}(?=:))))[,:][ \t]*"
                            r"(?P<body>[^.\n]*(?:\.\d[^.\n]*)*)", re.M))
_PROSE_VERB = regex(r"(?:\s+(?:(?:has|have|had)\s+)?(?:accounted\s+for|contributed|generated|brought\s+in|made\s+up|represented|took|"
                    r"added|came\s+to|amounted\s+to|totall?ed|were|was))?(?:\s+(?:for|with|at))?$|^(?:for|with|at)$", re.I)
_PROSE_LABEL = regex(r"[A-Za-z][\w&'’.()-]*(?:,?\s+[\w&'’.()-]+){0,7}")
_NOT_A_PART = regex(r"\b(?:up|down|from|than|against|versus|vs|compared|earlier|ago|previous|rose|fell|grew|dropped|declined|"
                    r"increased|decreased|per|each|average|averaged|which|including|included|share|percent|it|they|we|he|she|"
                    r"said|says|of)\b", re.I)  # "22.4 GWh, up from 20.1 GWh": a comparison, no part
_CLAUSE_AFTER = regex(r"\s*;\s*[a-z]")
_REST_OF = regex(r"^(?:the\s+)?rest\s+of\s+(?:the\s+)?", re.I)
_ITEM_LEAD = regex(r"^\s*(?:[,;]\s*)?(?:and\s+)?")  # "…: United States, 226,730; Canada, 24,615; …"
_ITEM_LABEL = regex(r"[A-Za-z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,7}")  # "Chevrolet", "the Renault group"
_IN_LABEL = regex(r"[^\W\d]*(?:\s+\(?[^\W\d][\w-]*\)?){0,4}\s*:\s*")  # "5 electric crossover: ", "1 (full-size pickups): "
_HEADING = regex(r"[A-Z][^\n\d.:;,!?]{2,50}")  # a section heading: a few words, no figure, no full stop
_TRAILING_BRACKET = regex(r"\s*\([^()\n]*\)\s*$|;\s*(?:19|20)\d\d\s*:\s*[^;:\n]{1,30}$")  # and "; 2024: $47.2 billion"
_SEPARATED = regex(r"[:\-–—|]\s*$")  # "1. Toyota - 9,911", "4. Chengdu: 34,210"
CUT_ACROSS = regex(r"\bacross\s+(?:all\s+|the\s+|its\s+|our\s+)?(?:brands|models|makes|segments|regions|markets|divisions|businesses)\b",
                   re.I)  # never "Arden luxury brand (all models)": one brand's whole
# "Petrol 128,540 | Battery-electric 76,410 | Hybrid 41,280": three or more labelled figures on one line, set apart by bars,
# the line never a table's row
_BAR_ITEM = r"[^\W\d][^|\n\d]{0,40}?:?[ \t]*[$€£¥]?\d[\d,.]*[ \t]*(?:%|m|bn|million|billion|units)?"
_BAR_LIST = regex(rf"(?![ \t]*\|)[ \t]*{_BAR_ITEM}(?:[ \t]\|[ \t]{_BAR_ITEM}){{2,}}[ \t]*")
_GAPPED_START = regex(r"^[A-Z][^\n:.\d]{0,50}?[^\s\d][ \t]{2,}$")  # "Battery-electric    10,712": a label, a wide gap
_LONE_NUMBER = regex(r"[\d][\d,.]*(?:[ \t]*(?:units|cars|vehicles|%))?[ \t]*")  # and the line's only figure
_BULLET_START = regex(r"^[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]+")
_LABELLED_START = regex(r"^[ \t]*[A-Z][^\n:]{0,50}:[ \t]+[^\s]*$|^[ \t]*[A-Z][^\n:]{0,50}:[ \t]*$"
                        r"|^[ \t]*[A-Z][^\n:.]{0,50}?[ \t]*\.{3,}[ \t]*$")  # "Kenya .......... 58,417": a dot leader


_ENTRY = regex(r"^\d{1,2}[.)][ \t]+\S", re.M)  # "1. Moravec Antriebe - €4.86 billion ($5.59 billion)"
_NOTE_LINE = regex(r"^[ \t]+[-•*–][ \t]+\S", re.M)  # "   - Sales of €4.12 billion imply a book-to-bill of 1.18"


def ranked_entries(text: str) -> list[tuple[int, int]]:
    """The entries of a numbered list whose entries carry indented notes ("1. Moravec Antriebe - €4.86 billion" over
    "   - Sales of €4.12 billion …"): each entry's span, from its number to the next entry's or the first unindented line
    after its notes. A note speaks of its own entry only; a plain numbered list without notes has no such entries."""
    starts = [m.start() for m in _ENTRY.finditer(text)]
    if len(starts) < 2:
        return []
    spans = []
    for k, a in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(text)
        end = text.find("\n", a)
        end = limit if end < 0 else end
        while end < limit and _NOTE_LINE.match(text, end + 1):
            nxt = text.find("\n", end + 1)
            end = limit if nxt < 0 or nxt > limit else nxt
        spans.append((a, end))
    noted = [(a, b) for a, b in spans if _NOTE_LINE.search(text, a, b)]
    return spans if len(noted) >= 2 else []
