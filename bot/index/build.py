"""Building a document's index part by part, with progress and a cache of parts.

A document is cut into parts: each file's sentences, a long file's in runs of about
``PART_CHARS`` characters. Each part is tokenised and counted on its own (``bot.index.parts``),
or taken from the parts cache, where it is kept under a digest of its sentences and of
kzbot's code; then ``bot.index.assemble`` joins them. So a folder whose one file changed
re-reads only that file's parts, and the index is the same as a full rebuild's (parts are
pure functions of their sentences; joining is the same code either way). Parts also bound
the memory a build needs, which grows with a part, not with the document.

``progress(files_done, files, chars_done, chars)`` is called before the first part, after
each one, and once more when the parts are joined (so twice with ``chars_done == chars``);
it is how a terminal shows a long build (``bot.shells.progress``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from bot import cache
from bot.index.assemble import Assembled, assemble
from bot.index.memory import big_blocks_mapped
from bot.index.parts import Part, build
from bot.reading.document import Document

Progress = Callable[[int, int, int, int], None]
PART_CHARS = 1 << 20
PARTS_KEPT = 512  # parts in the cache: about 512 MB of text


def parts_dir() -> Path:
    """Where parts are cached: a folder inside the index cache's."""
    return cache.cache_dir() / "parts"


def cut(document: Document) -> Iterator[tuple[int, int, bool]]:
    """(first, end) sentence numbers of each part, and whether it ends a file.

    A part is a run of a file's passages, closed once it holds ``PART_CHARS``: where a
    file's parts end depends on that file alone.
    """
    first = end = chars = 0
    passages = document.passages
    for i, passage in enumerate(passages):
        end += len(passage.sentences)
        chars += passage.end - passage.start
        last = i + 1 == len(passages) or passages[i + 1].file != passage.file
        if last or chars >= PART_CHARS:
            yield first, end, last
            first, chars = end, 0


def index(document: Document, progress: Progress | None = None,
          use_cache: bool = False) -> Assembled:
    """The indexes of a document, built part by part (see the module docstring)."""
    with big_blocks_mapped():  # freed arrays leave the peak (bot.index.memory)
        return _index(document, progress or (lambda *_: None), use_cache)


def _index(document: Document, report: Progress, use_cache: bool) -> Assembled:
    """``index``'s work."""
    sentences = document.sentences
    cuts = list(cut(document))
    files = sum(last for _, _, last in cuts)
    total = sum(s.end - s.start for s in sentences)
    done_files = done_chars = 0
    report(0, files, 0, total)
    parts: list[Part] = []
    for first, end, last in cuts:
        texts = [s.text for s in sentences[first:end]]
        parts.append(_part(texts, use_cache))
        done_files += last
        done_chars += sum(map(len, texts))
        report(done_files, files, done_chars, total)
    first = document.passages[0].position if document.passages else 0
    passage_of = np.fromiter((s.passage - first for s in sentences), dtype=np.int64,
                             count=len(sentences))
    built = assemble(parts, passage_of, len(document.passages))
    report(files, files, total, total)
    return built


def _part(texts: list[str], use_cache: bool) -> Part:
    """The part of these sentences: from the parts cache when it holds a good one."""
    if not use_cache:
        return build(texts)
    name = cache.key(texts)
    arrays = cache.load(name, parts_dir())
    if arrays is not None:
        try:
            return Part.from_state(arrays)
        except (KeyError, ValueError, IndexError, TypeError):
            pass  # a broken entry: rebuild it below
    part = build(texts)
    cache.save(name, part.state(), parts_dir(), keep=PARTS_KEPT)
    return part
