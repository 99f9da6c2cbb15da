"""The general English vocabulary, and a long word's English word when it misspells one.

The English word list is the whole words of the bundled wordpiece vocabulary
(``bot.index.wordpieces``), about 22,000 words: general English, not any document's.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.index.wordpieces import vocabulary


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The whole alphabetic words of the wordpiece vocabulary (not "##" pieces)."""
    return frozenset(t for t in vocabulary().ids if t.isalpha() and len(t) > 1)


@lru_cache(maxsize=1)
def _english_list() -> list[str]:
    """``english_words`` in order, for rapidfuzz to search."""
    return sorted(english_words())


ENGLISH_TYPO = 90.0  # rapidfuzz ratio of a long typo to the English word it misspells
ENGLISH_LENGTH = 8  # letters of the shortest word read as a typo of an English word


@lru_cache(maxsize=4096)
def english_typo(word: str) -> list[str] | None:
    """The English word a long word neither the document nor English knows misspells
    ("independant" → "independent"), when one is as close as one letter in nine:
    the document never uses it, but the thesaurus can read it and the off-topic gate
    weighs a common word it knows, not a rare one it has never seen. Shorter words and
    looser matches are too often names."""
    if len(word) < ENGLISH_LENGTH or word in english_words():
        return None
    best = process.extractOne(word, _english_list(), scorer=fuzz.ratio,
                              score_cutoff=ENGLISH_TYPO)
    return [best[0]] if best else None
