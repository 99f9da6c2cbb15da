"""Where a document puts a word as a place: read once per word, from the passages that
hold it.

Two readings, for two kinds of check: a place of the document's own (``named_as_place``:
"in Almaty", a name general English does not know), which near-miss checks set against
the places a question names; and any word the document puts after "in", "at" or "from"
("in Melbourne", English or not), which tells a city asked for (``cities``) from a
passage that names only countries.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bot.index.terms import TermIndex
from bot.language.places import named_as_place, placed_in
from bot.language.text import stem
from bot.reading.document import Passage

# words read per document, each once
_CACHED = 4096


class DocumentPlaces:
    """``places(word)``: the document names the folded word as a place of its own;
    ``places.placed(word)``: it puts the word after "in", "at" or "from" anywhere."""

    def __init__(self, index: TermIndex, passages: Sequence[Passage]) -> None:
        self._index = index
        self._passages = passages
        self._own = lru_cache(maxsize=_CACHED)(self._read_own)
        self.placed = lru_cache(maxsize=_CACHED)(self._read_placed)

    def __call__(self, word: str) -> bool:
        return self._own(word)

    def _holding(self, word: str) -> list[str]:
        """The texts of the passages that hold the word's stem."""
        index = self._index
        i = index.vocabulary_.get(stem(word))
        if i is None:
            return []
        return [self._passages[p].text
                for p in index.indices_[index.indptr_[i]: index.indptr_[i + 1]].tolist()]

    def _read_own(self, word: str) -> bool:
        return named_as_place(word, self._holding(word))

    def _read_placed(self, word: str) -> bool:
        return placed_in(word, self._holding(word))
