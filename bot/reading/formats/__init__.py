"""Documents that are not plain text: PDF, Word (.docx) and HTML, each read by a library.

Each format is one module with ``read(data, name) -> Extracted``: the document's text cut
into Blocks (title, headings, paragraphs, with the page for PDF) and its own title, which
``bot.reading.document.assemble`` turns into a Document. The libraries are optional extras
(``kzbot[pdf]``, ``kzbot[docx]``, ``kzbot[html]``, or ``kzbot[formats]`` for all three),
imported only when a file of their format is read: plain-text users install and start
nothing more. A file the reader can't use raises a one-line CorpusError naming it and why.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

from bot.errors import CorpusError
from bot.reading.document import Block

# suffix → (module under bot.reading.formats, the extra that installs its library, the library)
READERS: dict[str, tuple[str, str, str]] = {
    ".pdf": ("pdf", "pdf", "pypdf"),
    ".docx": ("docx", "docx", "docx"),
    ".html": ("html", "html", "lxml"),
    ".htm": ("html", "html", "lxml"),
}
SUFFIXES = tuple(READERS)
Kind = Literal["title", "heading", "text"]
_BREAK = "\n\n"  # between blocks: a paragraph break, as in a text file


@dataclass(frozen=True)
class Extracted:
    """A document's text, the Blocks it is cut into, and the title it gives itself."""

    text: str
    blocks: tuple[Block, ...]
    title: str = ""


class Layout:
    """Text built block by block: each added piece becomes one Block of the joined text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self.blocks: list[Block] = []

    def add(self, text: str, kind: Kind = "text", page: int | None = None) -> None:
        """Append a paragraph, heading or title; blank pieces are dropped."""
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append(_BREAK)
            self._size += len(_BREAK)
        label = " ".join(text.split()) if kind != "text" else ""
        self.blocks.append(Block(self._size, self._size + len(text), kind, label, page))
        self._parts.append(text)
        self._size += len(text)

    def done(self, name: str, title: str = "", empty: str = "no text in this file") -> Extracted:
        """The Extracted document; CorpusError (``empty``) when no paragraph has text."""
        if not any(block.kind == "text" for block in self.blocks):
            raise CorpusError(f"{name}: {empty}")
        return Extracted("".join(self._parts), tuple(self.blocks), " ".join(title.split()))


def reader(suffix: str, name: str) -> ModuleType:
    """The reader module for a suffix; CorpusError naming the extra when its library is absent."""
    module, extra, library = READERS[suffix]
    try:
        return importlib.import_module(f"bot.reading.formats.{module}")
    except ImportError as exc:
        if exc.name is None or exc.name.split(".")[0] != library:
            raise
        raise CorpusError(f"{name}: reading {suffix} files needs the {extra} extra: "
                          f"pip install 'kzbot[{extra}]'") from None


def read(suffix: str, data: bytes, name: str) -> Extracted:
    """The Extracted document in a file's bytes, read by its format's module."""
    extracted: Extracted = reader(suffix, name).read(data, name)
    return extracted


def reason(exc: BaseException) -> str:
    """An exception as a short phrase for a one-line error: its first line, or its type."""
    text = str(exc).strip().splitlines()
    return text[0][:120] if text else type(exc).__name__
