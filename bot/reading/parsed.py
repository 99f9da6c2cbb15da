"""A cache of parsed text files, so that a folder whose one file changed parses only that file.

Parsing (headings, passages, sentence ends) is pure Python and costs about half of an
incremental rebuild of a 50 MB folder. A text file's Document depends only on its text, its
name and its first passage position; the name and position are set when it is restored, so
an entry is kept under ``bot.cache.key`` of the text alone (which digests kzbot's code too)
in ``$XDG_CACHE_HOME/kzbot/parsed``. An entry is numpy arrays (no pickle): each passage's
(start, end, sentence count, label number), each sentence's (start, end), and the labels
(the title first, then the sections, then the passages' section names). An entry that is
missing, unreadable or does not fit its text is parsed again and rewritten.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot import cache
from bot.reading.document import Document, Passage, Sentence, parse

ENTRIES_KEPT = 1024  # a folder's files: a few MB of arrays per 1 MB of text


def parsed_dir() -> Path:
    """Where parsed files are cached: a folder inside the index cache's."""
    return cache.cache_dir() / "parsed"


def parse_cached(text: str, file: str | None, first_position: int) -> Document:
    """``parse(text, file, first_position=first_position)``, from the cache when it can."""
    name = cache.key([text])
    arrays = cache.load(name, parsed_dir())
    if arrays is not None:
        try:
            return _restore(arrays, text, file, first_position)
        except (KeyError, ValueError, IndexError, TypeError):
            pass  # a broken entry: parse again below
    document = parse(text, file=file, first_position=first_position)
    cache.save(name, _state(document), parsed_dir(), keep=ENTRIES_KEPT)
    return document


def _state(document: Document) -> cache.Arrays:
    """A Document as arrays (see the module docstring)."""
    names = [document.title, *document.sections]
    number = {s: i for i, s in reversed(list(enumerate(names)))}
    for p in document.passages:
        number.setdefault(p.section, len(names))
        if number[p.section] == len(names):
            names.append(p.section)
    passages = np.array([(p.start, p.end, len(p.sentences), number[p.section])
                         for p in document.passages], dtype=np.int64).reshape(-1, 4)
    sentences = np.array([(s.start, s.end) for p in document.passages for s in p.sentences],
                         dtype=np.int64).reshape(-1, 2)
    return {"passages": passages, "sentences": sentences,
            "labels": np.array(names, dtype=str),
            "sections": np.array([len(document.sections)], dtype=np.int64)}


def _restore(arrays: cache.Arrays, text: str, file: str | None, first: int) -> Document:
    """The Document ``_state`` stored, with its file name and positions; ValueError when the
    arrays do not fit the text."""
    labels = [str(s) for s in arrays["labels"].tolist()]
    passages, sentences = arrays["passages"], arrays["sentences"]
    n_sections = int(arrays["sections"][0])
    bounds = np.concatenate((passages[:, :2].ravel(), sentences.ravel()))
    if (passages.shape[1:] != (4,) or sentences.shape[1:] != (2,) or not labels
            or n_sections >= len(labels) or int(passages[:, 2].sum()) != len(sentences)
            or (len(bounds) and (bounds.min() < 0 or bounds.max() > len(text)))
            or (len(passages) and (passages[:, 3].min() < 0
                                   or passages[:, 3].max() >= len(labels)))):
        raise ValueError("parsed entry does not fit its text")
    spans = sentences.tolist()
    out: list[Passage] = []
    taken = 0
    for i, (start, end, count, label) in enumerate(passages.tolist()):
        passage = text[start:end]
        position = first + i
        out.append(Passage(passage, labels[label], file, position, start, end,
                           tuple(Sentence(passage, position, s, e, start)
                                 for s, e in spans[taken:taken + count])))
        taken += count
    return Document(labels[0], tuple(labels[1:1 + n_sections]), tuple(out))
