"""PDF: the text layer of each page, read by pypdf, with page numbers kept.

pypdf (BSD, pure Python, actively maintained) reads the text layer without a C library or a
system tool. Its plain extraction follows the content stream, which keeps columns apart
(layout mode interleaves them), but gives no paragraph breaks, so paragraphs and headings
are recovered from lines: a heading-shaped line (short, capitalised, no final punctuation,
no digits but a leading section number such as "2.4."; ``bot.reading.document.heading_text``)
after a line that ends a sentence, and not followed by a line that carries on in lower
case, opens a section. A line that is only a page number is dropped, and so is a running
header or footer (a first or last line that recurs on half the pages); a paragraph's lines
are joined into one. The title is the PDF's title metadata, else its running header. A
passage never crosses a page, so each one has a page number (1-based, as a reader counts).

A PDF encrypted only against editing (no password to open it, as Word's "restrict
editing" makes) is read: RC4 by pypdf alone, AES with the cryptography package that the
pdf extra installs (``pypdf[crypto]``). Refused with a one-line reason: not a PDF,
truncated (no end-of-file marker), damaged, needing a password to open, or no text layer at
all (a scan: it needs OCR first).
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from bot.errors import CorpusError
from bot.reading.document import heading_text
from bot.reading.formats import Extracted, Layout, reason

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d+(?:\s*(?:/|of)\s*\d+)?\s*$", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ":", '"', "\u201d")
_BROKEN_WORD = re.compile(r"\w-$")
_DIGITS = re.compile(r"\d+")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[A-Z]\.)\s+(?=\S)")


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs and warns about the damage it repairs; a one-line error says enough."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _pages(data: bytes, name: str) -> tuple[list[str], str]:
    """The text of each page and the title in the metadata, or CorpusError saying why not."""
    if b"%PDF-" not in data[:1024]:
        raise CorpusError(f"{name}: not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise CorpusError(f"{name}: the PDF is truncated or damaged (no end-of-file marker)")
    try:
        with _quiet():
            pdf = pypdf.PdfReader(io.BytesIO(data))
            if pdf.is_encrypted and not pdf.decrypt(""):
                raise FileNotDecryptedError("a password is needed")
            title = (pdf.metadata.title if pdf.metadata else None) or ""
            return [page.extract_text() or "" for page in pdf.pages], str(title)
    except FileNotDecryptedError:
        raise CorpusError(f"{name}: the PDF is encrypted; save a copy without a password "
                          "and try again") from None
    except DependencyError:  # AES needs the cryptography package, which the pdf extra pulls
        raise CorpusError(f"{name}: the PDF is encrypted with AES, which needs the pdf "
                          "extra's cryptography: pip install 'kzbot[pdf]'") from None
    except Exception as exc:  # pypdf raises many types on damaged files; all mean "can't read"
        raise CorpusError(f"{name}: cannot read this PDF ({reason(exc)})") from None


def _lines(text: str) -> list[str]:
    """A page's non-blank lines, without a page number at its top or bottom."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    while lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return lines


def _shape(line: str) -> str:
    """A line with its numbers blanked, so "Report 2024 — 3" matches "Report 2024 — 4"."""
    return _DIGITS.sub("0", line)


def _without_running_lines(pages: list[list[str]]) -> tuple[list[list[str]], str]:
    """Pages without their running header and footer (a first or last line that recurs, up
    to its numbers, on at least half the pages of a document of three or more), and the
    header as the first page shows it: often the document's title."""
    edges = Counter(_shape(x) for lines in pages if lines for x in {lines[0], lines[-1]})
    running = {x for x, n in edges.items() if len(pages) >= 3 and n >= len(pages) / 2}
    trimmed = []
    for lines in pages:
        start, end = 0, len(lines)
        while start < end and _shape(lines[start]) in running:
            start += 1
        while end > start and _shape(lines[end - 1]) in running:
            end -= 1
        trimmed.append(lines[start:end])
    header = pages[0][0] if pages and pages[0] and _shape(pages[0][0]) in running else ""
    return trimmed, header


def _join(lines: list[str]) -> str:
    """A paragraph's lines as one line: a space between them, none after a word broken by a
    hyphen ("Kazakh-" + "American"; the hyphen is kept: a soft one can't be told apart)."""
    text = ""
    for line in lines:
        text += line if not text or _BROKEN_WORD.search(text) else " " + line
    return text


def _is_heading(line: str, previous: str, following: str) -> bool:
    """A heading-shaped line that stands alone: the line before it ended a sentence (or was a
    heading), and the line after it does not carry on its sentence in lower case. ("#" is
    text here, not Markdown: a PDF's "# comment" lines are code.)"""
    stands_alone = previous.endswith(_SENTENCE_END) and not following[:1].islower()
    words = _SECTION_NUMBER.sub("", line)
    return stands_alone and not line.startswith("#") and heading_text(words) is not None


def _add_page(layout: Layout, lines: list[str], page: int, opening: bool) -> None:
    """One page's lines as paragraphs and headings; a first line pair of headings opens
    the document with its title (as in a text file)."""
    paragraph: list[str] = []
    for i, line in enumerate(lines):
        previous = paragraph[-1] if paragraph else "."  # after a heading or at the top
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not _is_heading(line, previous, following):
            paragraph.append(line)
            continue
        layout.add(_join(paragraph), page=page)
        paragraph = []
        is_title = opening and i == 0 and heading_text(following) is not None
        layout.add(line, "title" if is_title else "heading", page)
    layout.add(_join(paragraph), page=page)


def read(data: bytes, name: str) -> Extracted:
    """The PDF's text, one Block per paragraph or heading, each on its page."""
    pages, title = _pages(data, name)
    layout = Layout()
    pages_lines, header = _without_running_lines([_lines(p) for p in pages])
    for number, lines in enumerate(pages_lines, 1):
        _add_page(layout, lines, number, opening=not layout.blocks)
    return layout.done(name, title or header, "no text layer (a scanned PDF?); run OCR on it "
                       "(for example ocrmypdf) and try again")
