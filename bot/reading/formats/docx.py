"""Word (.docx): paragraphs and tables in order, read by python-docx; headings open sections.

python-docx (MIT, maintained since 2013) reads the document's XML and styles, so a heading
is known by its style ("Heading 1" … "Heading 9"), not guessed from its shape. A paragraph
in the "Title" style, or the title in the file's properties, names the document. A table
row becomes one paragraph with its cells joined by " | ", so facts in tables are answerable.
A file that is not a whole .docx (not a zip, truncated, no document part) is refused.
"""

from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table

from bot.errors import CorpusError
from bot.reading.formats import Extracted, Kind, Layout, reason


def _kind(style: str) -> Kind:
    """What a paragraph's style makes it."""
    if style == "Title":
        return "title"
    return "heading" if style.startswith("Heading") else "text"


def _rows(table: Table) -> list[str]:
    """Each table row as one line of its distinct cell texts."""
    rows = []
    for row in table.rows:
        cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
        rows.append(" | ".join(cells))
    return rows


def read(data: bytes, name: str) -> Extracted:
    """The document's text, one Block per paragraph, heading or table row."""
    try:
        document = docx.Document(io.BytesIO(data))
        layout = Layout()
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                for row in _rows(item):
                    layout.add(row)
            else:
                style = item.style.name if item.style is not None else ""
                layout.add(item.text, _kind(style or ""))
        title = document.core_properties.title or ""
    except zipfile.BadZipFile:
        raise CorpusError(f"{name}: not a whole .docx file (damaged, cut short, or an old "
                          ".doc renamed?)") from None
    except Exception as exc:  # a damaged zip or XML raises many types; all mean "can't read"
        raise CorpusError(f"{name}: cannot read this Word file ({reason(exc)})") from None
    return layout.done(name, title)
