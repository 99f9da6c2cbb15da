"""A document's fitted Retriever, from the disk cache when it has a good entry.

The index is the costly part of a start (``bot.index.build``); ``bot.cache`` keeps what
was learned, keyed by the document's parts and kzbot's code, so a new process reads it
instead of fitting again, and a broken or foreign entry is rebuilt, never trusted.
"""

from __future__ import annotations

from bot import cache
from bot.answering.retriever import Retriever
from bot.index.build import Progress, part_keys
from bot.reading.document import Document


def fitted_retriever(document: Document, use_cache: bool = True,
                     progress: Progress | None = None) -> Retriever:
    """A Retriever for the document: from the disk cache when it has a good entry.

    Missing that, it is built from the parts the cache keeps (``bot.index.build``): after
    one file of a folder changed, only that file is read again. ``progress`` hears how
    far a build is.
    """
    if not use_cache:
        return Retriever().fit(document, progress)
    keys = part_keys(document)
    name = cache.key(keys)  # the parts' keys digest the whole document
    arrays = cache.load(name)
    if arrays is not None:
        try:
            return Retriever.from_state(arrays, document)
        except (KeyError, ValueError, IndexError, TypeError):
            pass  # a broken or foreign entry: rebuild it below
    retriever = Retriever().fit(document, progress, keys)
    cache.save_behind(name, retriever.state())  # a big one while the document answers
    return retriever
