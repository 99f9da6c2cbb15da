"""Building a document's index part by part, with progress and a cache of parts.

A document is cut into parts: each file's passages, a long file's in runs of about
``PART_CHARS`` characters. Each part is tokenised and counted on its own (``bot.index.parts``),
or taken from the parts cache, where it is kept under a digest of its passages, where their
sentences start and end, and kzbot's code; then ``bot.index.assemble`` joins them. So a
folder whose one file changed re-reads only that file's parts, and the index is the same as
a full rebuild's (parts are pure functions of their sentences; joining is the same code
either way). Parts also bound the memory a build needs, which grows with a part, not with
the document.

``progress(files_done, files, chars_done, chars)`` (characters of passages) is called
before the first part, after each one, and once more when the parts are joined (so twice
with ``chars_done == chars``); it is how a terminal shows a long build (``bot.shells.progress``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from bot import cache
from bot.index.assemble import Assembled, assemble
from bot.index.memory import big_blocks_mapped
from bot.index.parts import Part, build
from bot.reading.document import Document, Passage

Progress = Callable[[int, int, int, int], None]
PART_CHARS = 1 << 20
PARTS_KEPT = 512  # parts in the cache: about 512 MB of text


def parts_dir() -> Path:
    """Where parts are cached: a folder inside the index cache's."""
    return cache.cache_dir() / "parts"


def cut(document: Document) -> Iterator[tuple[int, int, bool]]:
    """(first, end) passage numbers of each part, and whether it ends a file.

    A part is a run of a file's passages, closed once it holds ``PART_CHARS``: where a
    file's parts end depends on that file alone.
    """
    first = chars = 0
    passages = document.passages
    for i, passage in enumerate(passages):
        chars += passage.end - passage.start
        last = i + 1 == len(passages) or passages[i + 1].file != passage.file
        if last or chars >= PART_CHARS:
            yield first, i + 1, last
            first, chars = i + 1, 0


def part_keys(document: Document) -> list[str]:
    """Each part's key in the parts cache, in the order of ``cut``.

    It digests the part's passages' texts and where each of their sentences starts and
    ends (what its sentences' texts are made of), so that a part found in the cache costs
    no copy of its sentences' texts.
    """
    passages = document.passages
    return [_key(passages[first:end]) for first, end, _ in cut(document)]


def _key(passages: tuple[Passage, ...]) -> str:
    """``part_keys``'s key of one part."""
    bounds = np.fromiter(chain.from_iterable((s.start - p.start, s.end - p.start)
                                             for p in passages for s in p.sentences),
                         dtype=np.int64)
    return cache.key([p.text for p in passages], bounds.tobytes())


def index(document: Document, progress: Progress | None = None,
          keys: list[str] | None = None) -> Assembled:
    """The indexes of a document, built part by part (see the module docstring); with
    ``keys`` (``part_keys``), each part is taken from the parts cache or kept in it."""
    with big_blocks_mapped():  # freed arrays leave the peak (bot.index.memory)
        return _index(document, progress or (lambda *_: None), keys)


def _index(document: Document, report: Progress, keys: list[str] | None) -> Assembled:
    """``index``'s work; progress counts the characters of the passages done."""
    passages = document.passages
    cuts = list(cut(document))
    files = sum(last for _, _, last in cuts)
    total = sum(p.end - p.start for p in passages)
    done_files = done_chars = 0
    report(0, files, 0, total)
    parts: list[Part] = []
    for (first, end, last), name in zip(cuts, keys or repeat(None), strict=bool(keys)):
        parts.append(_part(passages[first:end], name))
        done_files += last
        done_chars += sum(p.end - p.start for p in passages[first:end])
        report(done_files, files, done_chars, total)
    sentences = np.fromiter((len(p.sentences) for p in passages), dtype=np.int64,
                            count=len(passages))
    passage_of = np.repeat(np.arange(len(passages)), sentences)
    built = assemble(parts, passage_of, len(passages))
    report(files, files, total, total)
    return built


def _part(passages: tuple[Passage, ...], name: str | None) -> Part:
    """The part of these passages' sentences: from the parts cache, under ``name``, when
    it holds a good one (no cache without a name)."""
    if name is None:
        return build(_texts(passages))
    arrays = cache.load(name, parts_dir())
    if arrays is not None:
        try:
            return Part.from_state(arrays)
        except (KeyError, ValueError, IndexError, TypeError):
            pass  # a broken entry: rebuild it below
    part = build(_texts(passages))
    cache.save(name, part.state(), parts_dir(), keep=PARTS_KEPT)
    return part


def _texts(passages: tuple[Passage, ...]) -> list[str]:
    """The texts of the passages' sentences, in order."""
    return [s.text for p in passages for s in p.sentences]
