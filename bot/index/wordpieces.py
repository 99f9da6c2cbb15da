"""Soft word matches: how much of a question a text covers, counting near-synonyms.

Lexical retrieval misses "occupation" → "priest" and "come to" → "emigrated to". Every
wordpiece of a BERT-style vocabulary has a static vector (``bot/data/wordpieces.npz``,
distilled from a sentence encoder by ``bench/distill_vectors.py``); for a question q and a
text s, both cut into wordpieces,

    soft(q, s) = sum over distinct t in q of  w(t) * max(0, max over u in s of cos(v_t, v_u))
                 / sum over distinct t in q of w(t),      w(t) = ln(1 + n / max(df(t), 1))

with df counted over the document's n sentences. An exact match scores 1, a related word
less, an unrelated one about 0. A span of sentences (a passage) is matched by the best of
its sentences. Only numpy at run time; the texts' pieces are found once by ``fit``, and a
question costs one small matrix product.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Self

import numpy as np
import numpy.typing as npt

VECTORS = Path(__file__).resolve().parent / "data" / "wordpieces.npz"
SoftQuery = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]  # piece ids, their weights
_MARKS = re.compile(r"[\u0300-\u036f]")  # combining accents, once NFD has split them off
_MAX_WORD_CHARS = 100
_CACHED_WORDS = 1 << 20


class Vocabulary:
    """Wordpieces and their unit vectors; cuts words into piece ids as BERT's uncased
    tokenizer does.

    The file holds the tokens as one UTF-8 text, a line each, and the vectors in float16,
    uncompressed: it loads in about 10 milliseconds. The vectors are read in float32
    (``rows``), each row converted once, when first read: numpy converts float16 slowly
    (5 ms for all 30,000 rows, paid by every one-shot ``kzbot ask``), and a question reads
    a few thousand rows at most; converting a row is exact, so the rows are the same
    whenever they are converted.
    """

    def __init__(self, path: Path = VECTORS) -> None:
        with np.load(path) as data:
            tokens = data["tokens"].tobytes().decode("utf-8").split("\n")
            self._half = data["vectors"]
        self.size, self.dim = self._half.shape
        self._full = np.empty(self._half.shape, dtype=np.float32)  # rows set when ready
        self._ready = np.zeros(self.size, dtype=bool)
        self.ids = {t: i for i, t in enumerate(tokens)}
        self._cache: dict[str, tuple[int, ...]] = {}

    def rows(self, ids: npt.ArrayLike) -> npt.NDArray[np.float32]:
        """The float32 vectors of these piece ids, one row each, in order.

        A row is converted before it is marked ready, so a thread that sees it ready reads
        it whole; two threads converting one row at once write the same values."""
        ids = np.asarray(ids, dtype=np.intp)
        if not self._ready.take(ids).all():
            missing = ids[~self._ready[ids]]
            self._full[missing] = self._half[missing]
            self._ready[missing] = True
        rows: npt.NDArray[np.float32] = self._full.take(ids, axis=0)  # faster than [ids]
        return rows

    def pieces(self, words: Iterable[str]) -> list[int]:
        """The piece ids of lower-cased words (``bot.language.text.words``), in order."""
        words = list(words)
        cache = self._cache
        if len(cache) > _CACHED_WORDS:  # many documents in one process: start again
            cache.clear()
        for word in set(words).difference(cache):
            cache[word] = self._word_pieces(word)
        return list(chain.from_iterable(map(cache.__getitem__, words)))

    def _word_pieces(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match-first WordPiece, accents dropped; () when it can't cut it."""
        if not word.isascii():
            word = _MARKS.sub("", unicodedata.normalize("NFD", word))
        if not word or len(word) > _MAX_WORD_CHARS:
            return ()
        found: list[int] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found.append(self.ids[piece])
                    start = end
                    break
            else:
                return ()
        return tuple(found)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The bundled vocabulary, loaded once per process."""
    return Vocabulary()


class SoftCoverage:
    """Soft coverage of a question by spans of a document's sentences (module docstring)."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab

    def _vocabulary(self) -> Vocabulary:
        """The vocabulary given, or the bundled one."""
        return self.vocab or vocabulary()

    def fit(self, texts: list[list[str]]) -> Self:
        """Cut every text (its words) into pieces and count each piece's document frequency."""
        vocab = self._vocabulary()
        pieces = [vocab.pieces(t) for t in texts]
        offsets = np.cumsum([0] + [len(p) for p in pieces])
        flat = np.fromiter(chain.from_iterable(pieces), dtype=np.int32, count=int(offsets[-1]))
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), np.diff(offsets))
        size = vocab.size
        once = np.unique(owner * size + flat) % size  # each piece once per text
        df = np.bincount(once, minlength=size).astype(np.float64)
        return self._learned(flat, offsets.astype(np.int64), df, len(texts))

    def _learned(self, flat: npt.NDArray[np.int32], offsets: npt.NDArray[np.int64],
                df: npt.NDArray[np.float64], n_texts: int) -> Self:
        """Set the learned state (from ``fit`` or the cache)."""
        self.pieces_ = flat
        self.offsets_ = offsets
        self.df_ = df
        self.weights_ = np.log1p(n_texts / np.maximum(df, 1.0))
        return self

    def state(self) -> dict[str, npt.NDArray[np.generic]]:
        """The learned state as named arrays."""
        return {"pieces": self.pieces_, "offsets": self.offsets_, "df": self.df_,
                "n": np.array([len(self.offsets_) - 1])}

    @classmethod
    def from_pieces(cls, flat: npt.NDArray[np.int32], offsets: npt.NDArray[np.int64],
                    df: npt.NDArray[np.float64], n_texts: int) -> Self:
        """A fitted SoftCoverage from texts' pieces found elsewhere (``bot.index.parts``):
        ``flat[offsets[i]:offsets[i + 1]]`` are text i's, ``df`` each piece's text count."""
        return cls()._learned(flat, offsets, df, n_texts)

    @classmethod
    def from_state(cls, arrays: dict[str, npt.NDArray[np.generic]]) -> SoftCoverage:
        """A fitted SoftCoverage from ``state``'s arrays."""
        return cls()._learned(arrays["pieces"].astype(np.int32),
                             arrays["offsets"].astype(np.int64),
                             arrays["df"].astype(np.float64), int(arrays["n"][0]))

    def query(self, words: Iterable[str], context: Iterable[str] = (),
              context_weight: float = 0.5) -> SoftQuery:
        """A question's distinct pieces (from its words) and their weights w(t), a context's
        scaled by ``context_weight``."""
        vocab = self._vocabulary()
        scale: dict[int, float] = {}
        for piece in vocab.pieces(context):
            scale[piece] = context_weight
        for piece in vocab.pieces(words):
            scale[piece] = 1.0
        ids = np.fromiter(scale, dtype=np.int64, count=len(scale))
        return ids, self.weights_[ids] * np.fromiter(scale.values(), dtype=np.float64,
                                                     count=len(scale))

    def matches(self, query: SoftQuery, sentences: npt.NDArray[np.int64]
                ) -> npt.NDArray[np.float64]:
        """How well each query piece is matched in each sentence: the best cosine, clipped to
        [0, 1], as a (pieces x sentences) matrix. One matrix product for all the sentences."""
        ids, _ = query
        out = np.zeros((len(ids), len(sentences)))
        starts, ends = self.offsets_[sentences], self.offsets_[sentences + 1]
        filled = ends > starts
        if not ids.size or not filled.any():
            return out
        lengths = (ends - starts)[filled]
        cuts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        gather = np.arange(int(lengths.sum())) + np.repeat(starts[filled] - cuts, lengths)
        vocab = self._vocabulary()
        similarity = vocab.rows(ids) @ vocab.rows(self.pieces_[gather]).T
        out[:, filled] = np.clip(np.maximum.reduceat(similarity, cuts, axis=1), 0.0, 1.0)
        return out

    def word_matches(self, words: list[str], sentences: npt.NDArray[np.int64]) -> list[float]:
        """For each word, how well the sentences match it: the mean over its pieces of their
        best cosine there (0 for a word the vocabulary cannot cut)."""
        vocab = self._vocabulary()
        found: list[float] = []
        for word in words:
            ids = np.asarray(vocab.pieces([word]), dtype=np.int64)
            best = self.matches((ids, np.ones(len(ids))), sentences).max(axis=1, initial=0.0)
            found.append(float(best.mean()) if ids.size else 0.0)
        return found

    @staticmethod
    def coverage(query: SoftQuery, matches: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """soft(q, s) for each column of ``matches`` (a sentence, or the best over a span)."""
        weights = query[1]
        total = float(weights.sum())
        return weights @ matches / total if total > 0 else np.zeros(matches.shape[1])
