"""Word vectors for answer spans: what the question's focus word and its other words
say about each token of the sentence.

Each token's vector is the mean of its wordpieces' static vectors (``bot.index.wordpieces``),
unit length. Per token: the cosine with the question's focus word (the first content word
after its question word: "What *team* …", "Which *country* …"), and the best cosine with
any content word of the question (a near-synonym of a question word is rarely the answer).
The vectors themselves, and their element-wise product with the focus word's, let a linear
model learn which kinds of words answer which kinds of questions (a soft part of speech and
a soft answer type) without naming any word.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from bot.index.wordpieces import vocabulary
from bot.language.text import fold
from bot.spans.features import Tokens
from bot.spans.question import Question


@lru_cache(maxsize=65536)
def _word_vector(word: str) -> np.ndarray[Any, Any]:
    """A word's unit vector: the normalised sum of its wordpieces' vectors (0 with none)."""
    vocab = vocabulary()
    pieces = vocab.pieces([fold(word)])
    if not pieces:
        return np.zeros(vocab.dim, dtype=np.float32)
    total: np.ndarray[Any, Any] = vocab.rows(pieces).sum(axis=0)
    norm = float(np.linalg.norm(total))
    return total / norm if norm > 0 else total


def unit_vectors(texts: list[str]) -> np.ndarray[Any, Any]:
    """Unit vectors of words, one row each (see ``_word_vector``)."""
    if not texts:
        return np.zeros((0, vocabulary().dim), dtype=np.float32)
    return np.stack([_word_vector(t) for t in texts])


def token_block(tokens: Tokens, asked: Question) -> tuple[np.ndarray[Any, Any],
                                                         np.ndarray[Any, Any],
                                                         np.ndarray[Any, Any]]:
    """Per token: focus cosine, best question cosine, and the (n, 4·d) block of its vector,
    its vector times the focus word's, and its left and right neighbours' vectors."""
    n = len(tokens.text)
    ours = unit_vectors(list(tokens.text))
    content, focus = list(asked.content), asked.focus_word
    theirs = unit_vectors(content + ([focus] if focus else []))
    cosines = ours @ theirs.T
    soft = cosines[:, :len(content)].max(axis=1) if content else np.zeros(n)
    focus_cos = cosines[:, -1] if focus else np.zeros(n)
    pad = np.zeros((1, ours.shape[1]), dtype=ours.dtype)
    focus_vector = theirs[-1] if focus else np.zeros(ours.shape[1], dtype=ours.dtype)
    block = np.hstack([ours, ours * focus_vector, np.vstack([pad, ours[:-1]]),
                       np.vstack([ours[1:], pad])])
    return focus_cos.astype(float), soft.astype(float), block
