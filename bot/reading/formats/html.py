"""HTML (.html, .htm): the page's text in reading order, read by lxml; headings open sections.

lxml (BSD, libxml2 underneath: fast C parsing, maintained since 2005, and already what
python-docx is built on, so the formats extra adds one C library, not two) repairs broken
markup the way browsers do. ``<title>`` names the document; ``<h1>``-``<h6>`` open
sections; block elements (paragraphs, list items, table cells, …) are paragraphs; scripts,
styles, templates and navigation (``<nav>``, ``role="navigation"``) are dropped. The bytes
are read in the charset a ``<meta>`` declares, else as a text file is (UTF-8, or UTF-16
with a BOM). HTML has no end marker, so a cut-off page reads as far as it goes.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree
from lxml import html as lxml_html

from bot.errors import CorpusError
from bot.reading.corpus import decode
from bot.reading.formats import Extracted, Layout, reason

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_DROP = ("//script | //style | //noscript | //template | //nav | //*[@role='navigation']"
         " | //head")
_PERMALINKS = " ¶§#🔗"  # the link marks documentation generators put after a heading
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li",
    "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    *_HEADINGS})


def _text(data: bytes, name: str) -> str:
    """The page's characters: in its declared charset, else by the text-file rule."""
    declared = _CHARSET.search(data[:4096])
    if declared is None or data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return decode(data, name)
    try:
        return data.decode(codecs.lookup(declared.group(1).decode("ascii")).name)
    except LookupError:
        return decode(data, name)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{name}: not valid {exc.encoding} text (byte {exc.start}), "
                          "though the page declares it") from None


def _walk(body: lxml_html.HtmlElement, layout: Layout) -> None:
    """Every text run in document order, a block element's bounds ending the paragraph."""
    pending: list[str] = []
    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            text = " ".join("".join(pending).split())
            if event == "end" and tag in _HEADINGS:
                layout.add(text.rstrip(_PERMALINKS), "heading")
            else:
                layout.add(text)
            pending = []
        if event == "start" and tag == "br":
            pending.append(" ")
        if event == "start" and tag and element.text:
            pending.append(element.text)
        if event == "end" and element.tail:
            pending.append(element.tail)
    layout.add(" ".join("".join(pending).split()))


def read(data: bytes, name: str) -> Extracted:
    """The page's text, one Block per paragraph or heading, and its <title>."""
    text = _text(data, name)
    if not text.strip():
        raise CorpusError(f"{name}: the document is empty")
    try:
        root = lxml_html.document_fromstring(
            text.encode("utf-8", "replace"), lxml_html.HTMLParser(encoding="utf-8"))
        title = root.findtext(".//title") or ""
        for element in root.xpath(_DROP):
            element.drop_tree()
    except (etree.ParserError, ValueError) as exc:
        raise CorpusError(f"{name}: cannot read this HTML page ({reason(exc)})") from None
    layout = Layout()
    _walk(root, layout)
    return layout.done(name, title)
