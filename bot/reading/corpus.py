"""Read a document from disk: one .txt/.md file, or a folder of them, as text.

The rule for bytes: UTF-8 (a BOM is allowed) or UTF-16 with a BOM; anything else, or a file
with NUL bytes, is refused with a one-line CorpusError naming the file. Folders are walked
without following directory links, so a symlink loop cannot trap the walk.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.errors import CorpusError
from bot.reading.document import Document, merge, parse

SUFFIXES = (".txt", ".md", ".markdown")
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
        raise CorpusError(f"{path}: no .txt or .md files in this folder")
    return found


def read_texts(path: Path) -> list[tuple[str, str]]:
    """(file name, text) for every document file under path, checked and decoded."""
    files = _files(path)
    texts: list[tuple[str, str]] = []
    total = 0
    for file in files:
        name = str(file)
        try:
            size = file.stat().st_size
            total += size
            if total > MAX_CORPUS_BYTES:
                raise CorpusError(
                    f"{name}: the document is larger than {MAX_CORPUS_BYTES // 2**20} MB; "
                    "split it or point kzbot at a part of it")
            data = file.read_bytes()
        except OSError as exc:
            raise CorpusError(f"{name}: cannot read ({exc.strerror})") from None
        text = decode(data, name)
        if text.strip():
            texts.append((str(file.relative_to(path)) if path.is_dir() else name, text))
    if not texts:
        raise CorpusError(f"{path}: the document is empty")
    return texts


def load(path: Path) -> Document:
    """The Document at path; several files become one Document whose sources name them."""
    texts = read_texts(path)
    if len(texts) == 1:
        return parse(texts[0][1], file=None)
    documents: list[Document] = []
    for name, text in texts:
        documents.append(parse(text, file=name,
                               first_position=sum(len(d.passages) for d in documents)))
    return merge(documents)


def document_from_text(text: str) -> Document:
    """The Document for a string, refusing one with no words in it."""
    if not text.strip():
        raise CorpusError("the document is empty")
    if "\x00" in text:
        raise CorpusError("the document looks binary (it holds NUL characters)")
    return parse(text)
