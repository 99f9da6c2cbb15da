"""Read a document from disk: one file (.txt, .md, .pdf, .docx, .html), or a folder of them.

The rule for a text file's bytes: UTF-8 (a BOM is allowed) or UTF-16 with a BOM; anything
else, or a file with NUL bytes, is refused with a one-line CorpusError naming the file.
PDF, Word and HTML files are read by ``bot.reading.formats``. Folders are walked without following
directory links, so a symlink loop cannot trap the walk.

A bad file on its own is an error. In a folder, a file whose content can't be read (a
scanned or encrypted PDF, a damaged file, a binary or undecodable text file, a format whose
extra isn't installed) is skipped with a one-line CorpusWarning naming it and why: one bad
file among many should not keep the others from being asked; the build stops only when no
file is left. A file the system won't let kzbot read, or a folder over the size limit,
still stops it: those are problems with the folder, not with one document.
"""

from __future__ import annotations

import gc
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.errors import CorpusError, CorpusWarning
from bot.reading import formats
from bot.reading.document import Document, assemble, merge, parse
from bot.reading.formats import Extracted
from bot.reading.parsed import parse_cached

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUFFIXES = TEXT_SUFFIXES + formats.SUFFIXES
MAX_CORPUS_BYTES = 64 * 1024 * 1024


def decode(data: bytes, name: str) -> str:
    """Text of a file's bytes under the encoding rule above."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise CorpusError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from None


def _files(path: Path) -> list[Path]:
    """The document files a path names, in a stable order."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise CorpusError(f"{path}: no such file or folder")
    found: list[Path] = []
    for root, dirs, names in os.walk(path, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / n for n in sorted(names)
                  if n.lower().endswith(SUFFIXES) and not n.startswith(".")]
    if not found:
        raise CorpusError(f"{path}: no .txt, .md, .pdf, .docx or .html files in this folder")
    return found


def _read_bytes(file: Path, name: str, total: int) -> bytes:
    """A file's bytes, refusing it when the folder would pass the size limit."""
    try:
        if total + file.stat().st_size > MAX_CORPUS_BYTES:
            raise CorpusError(
                f"{name}: the document is larger than {MAX_CORPUS_BYTES // 2**20} MB; "
                "split it or point kzbot at a part of it")
        return file.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{name}: cannot read ({exc.strerror})") from None


def extract(data: bytes, suffix: str, name: str) -> Extracted | str:
    """A file's content: its text (a text file, split by shape later) or its Blocks."""
    if suffix in formats.SUFFIXES:
        return formats.read(suffix, data, name)
    return decode(data, name)


def read_texts(path: Path) -> list[tuple[str, Extracted | str]]:
    """(file name, content) for every readable document file under path (see the module
    docstring for what is skipped and what stops the build)."""
    files = _files(path)
    texts: list[tuple[str, Extracted | str]] = []
    total = skipped = 0
    for file in files:
        name = str(file)
        data = _read_bytes(file, name, total)
        total += len(data)
        try:
            content = extract(data, file.suffix.lower(), name)
        except CorpusError as exc:
            if path.is_file():
                raise
            warnings.warn(f"skipped {exc}", CorpusWarning, stacklevel=2)
            skipped += 1
            continue
        if isinstance(content, Extracted) or content.strip():
            texts.append((str(file.relative_to(path)) if path.is_dir() else name, content))
    if not texts:
        unread = f" ({skipped} unreadable file{'s' * (skipped > 1)} skipped)" if skipped else ""
        raise CorpusError(f"{path}: the document is empty{unread}")
    return texts


def _document(content: Extracted | str, file: str | None, first_position: int,
              use_cache: bool = False) -> Document:
    """One file's Document: shape rules for text (parsed once, ``bot.reading.parsed``, when
    ``use_cache``), the reader's Blocks for other formats."""
    if isinstance(content, str):
        if use_cache:
            return parse_cached(content, file, first_position)
        return parse(content, file=file, first_position=first_position)
    return assemble(content.text, content.blocks, file, first_position=first_position,
                    title=content.title)


def load(path: Path, use_cache: bool = False) -> Document:
    """The Document at path; several files become one Document whose sources name them.

    ``use_cache`` keeps parsed text files on disk (``bot.reading.parsed``)."""
    texts = read_texts(path)
    with collector_paused():
        if len(texts) == 1:
            return _document(texts[0][1], None, 0, use_cache)
        documents: list[Document] = []
        passages = 0  # so far: the next file's passages are numbered on from here
        for name, content in texts:
            documents.append(_document(content, name, passages, use_cache))
            passages += len(documents[-1].passages)
        return merge(documents)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off inside, then as it was.

    A document is hundreds of thousands of sentence and passage objects, which form no
    cycles; while they are made, the collector would otherwise scan the growing heap again
    and again (nine full collections for a 50 MB folder, half of the time it takes to read
    it), finding nothing.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def document_from_text(text: str) -> Document:
    """The Document for a string, refusing one with no words in it."""
    if not text.strip():
        raise CorpusError("the document is empty")
    if "\x00" in text:
        raise CorpusError("the document looks binary (it holds NUL characters)")
    with collector_paused():
        return parse(text)
