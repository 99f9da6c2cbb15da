"""What one part of a document (a file, or the whole text) adds to the index, as arrays.

A ``Part`` holds a part's sentences as term counts over its own small vocabulary, their
wordpieces, its words for the speller, and the per-sentence facts retrieval's layout reads
(``bot.answering.candidates``): everything that costs Python work per word or per sentence.
``bot.index.assemble`` joins parts into the index with numpy alone, so a folder whose one file
changed re-reads only that file (``bot.cache`` keeps each part by its text).

Features are those of ``bot.language.text.features``, found for every sentence at once: with c_1,
c_2, ... the content words (not stop words) of a sentence in order, each c_k counts its
stem, and a pair of stems counts when

- c_{k-1} c_k are side by side: "stem(c_{k-1}) stem(c_k)";
- the words between them are "of" then only "of", "the", "a" or "an" (a genitive): for
  each head h of c_{k-1}'s run (c_{k-1}, and the word just before it when that is a content
  word too), "stem(c_k) stem(h)", the word before first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

import numpy as np
import numpy.typing as npt

from bot import cache
from bot.index.wordpieces import vocabulary
from bot.language.continuation import continues_previous
from bot.language.spelling import hyphenated
from bot.language.text import _GENITIVE_LINKS, STOP_WORDS, stem
from bot.language.tokens import Tokens, tokenise

Ints = npt.NDArray[np.int64]
Int32s = npt.NDArray[np.int32]
Bools = npt.NDArray[np.bool_]
Arrays = dict[str, npt.NDArray[np.generic]]


@dataclass(frozen=True)
class Part:
    """One part's share of the index (see the module docstring).

    Feature j is stem ``heads[j]``, or the pair "stems[heads[j]] stems[tails[j]]" when
    ``tails[j] >= 0``; sentence i counts ``data`` of features ``indices`` in
    ``indptr[i]:indptr[i + 1]``. Sentence i's wordpieces are
    ``pieces[piece_offsets[i]:piece_offsets[i + 1]]``; ``piece_df`` counts the sentences
    holding each piece of the vocabulary. Sentence i leans on the one before it when
    ``continues[i]`` (``bot.language.continuation.continues_previous``) and has
    ``lengths[i]`` words (cut at white space).
    """

    stems: list[str]
    heads: Int32s
    tails: Int32s
    indptr: Ints
    indices: Int32s
    data: Int32s
    pieces: Int32s
    piece_offsets: Ints
    piece_df: Int32s
    speller_words: list[str]
    continues: Bools
    lengths: Int32s

    @property
    def n_sentences(self) -> int:
        """How many sentences the part holds."""
        return len(self.indptr) - 1

    def state(self) -> Arrays:
        """The part as named arrays, for the cache (``from_state`` takes them back)."""
        arrays: Arrays = {k: v for k, v in vars(self).items() if isinstance(v, np.ndarray)}
        arrays["stems"] = cache.pack(self.stems)
        arrays["speller_words"] = cache.pack(self.speller_words)
        return arrays

    def _consistent(self) -> bool:
        """Whether the arrays fit together, so that no index can fall outside its array."""
        features, stems, pieces = len(self.heads), len(self.stems), len(self.piece_df)
        return bool(
            len(self.continues) == len(self.lengths) == self.n_sentences
            and len(self.tails) == features and len(self.data) == len(self.indices)
            and self.indptr[0] == 0 and self.indptr[-1] == len(self.indices)
            and not np.any(np.diff(self.indptr) < 0)
            and len(self.piece_offsets) == self.n_sentences + 1
            and self.piece_offsets[0] == 0 and self.piece_offsets[-1] == len(self.pieces)
            and not np.any(np.diff(self.piece_offsets) < 0)
            and pieces == vocabulary().size and _within(self.pieces, 0, pieces)
            and _within(self.heads, 0, stems) and _within(self.tails, -1, stems)
            and _within(self.indices, 0, features) and _within(self.data, 1, 1 << 31))

    @classmethod
    def from_state(cls, arrays: Arrays) -> Self:
        """A part from ``state``'s arrays; ValueError when they do not fit together."""
        def typed(name: str, dtype: type[np.generic]) -> npt.NDArray[Any]:
            return arrays[name].astype(dtype, copy=False)  # as loaded: no copy

        part = cls(
            cache.unpack(arrays["stems"]), typed("heads", np.int32), typed("tails", np.int32),
            typed("indptr", np.int64), typed("indices", np.int32), typed("data", np.int32),
            typed("pieces", np.int32), typed("piece_offsets", np.int64),
            typed("piece_df", np.int32), cache.unpack(arrays["speller_words"]),
            typed("continues", np.bool_), typed("lengths", np.int32))
        if not part._consistent():
            raise ValueError("inconsistent part arrays")
        return part


def _within(values: npt.NDArray[np.integer[Any]], low: int, high: int) -> bool:
    """Whether every value lies in [low, high)."""
    return not len(values) or (int(values.min()) >= low and int(values.max()) < high)


def build(texts: list[str]) -> Part:
    """The Part of these sentences."""
    tokens = tokenise(texts)
    words = tokens.words
    stop = np.fromiter((w in STOP_WORDS for w in words), dtype=bool, count=len(words))
    word_stems = [None if w in STOP_WORDS else stem(w) for w in words]
    stems = list(dict.fromkeys(s for s in word_stems if s is not None))
    stem_ids = {s: i for i, s in enumerate(stems)}
    stem_of = np.array([-1 if s is None else stem_ids[s] for s in word_stems], dtype=np.int32)
    codes, offsets = tokens.codes, tokens.offsets
    n = len(offsets) - 1
    sentence = np.repeat(np.arange(n, dtype=np.int32), np.diff(offsets))
    content = np.flatnonzero(~stop[codes]).astype(np.int32)
    pair_rows, firsts, seconds = _pairs(tokens, stop, stem_of[codes], sentence, content)
    pairs, pair_columns = np.unique(firsts.astype(np.int64) * len(stems) + seconds,
                                    return_inverse=True)
    indptr, indices, data = _csr(np.concatenate((sentence[content], pair_rows)),
                                 np.concatenate((stem_of[codes[content]],
                                                 len(stems) + pair_columns.astype(np.int32))),
                                 n, len(stems) + len(pairs))
    heads = np.concatenate((np.arange(len(stems)), pairs // max(len(stems), 1)))
    tails = np.concatenate((np.full(len(stems), -1), pairs % max(len(stems), 1)))
    pieces, piece_offsets, piece_df = _pieces(tokens)
    speller = [w for w in words if w.isalpha()] + hyphenated(texts)
    return Part(stems, heads.astype(np.int32), tails.astype(np.int32), indptr, indices, data,
                pieces, piece_offsets, piece_df, speller, *_layout_facts(texts))


def _layout_facts(texts: list[str]) -> tuple[Bools, Int32s]:
    """Whether each sentence leans on the one before it, and its white-space words."""
    count = len(texts)
    return (np.fromiter(map(continues_previous, texts), dtype=bool, count=count),
            np.fromiter((len(t.split()) for t in texts), dtype=np.int32, count=count))


def _pairs(tokens: Tokens, stop: npt.NDArray[np.bool_], stem_at: Int32s, sentence: Int32s,
           content: Int32s) -> tuple[Int32s, Int32s, Int32s]:
    """(sentence, first stem, second stem) of every pair of every sentence."""
    words, codes = tokens.words, tokens.codes
    link = np.fromiter((w in _GENITIVE_LINKS for w in words), dtype=bool, count=len(words))
    is_of = np.array([w == "of" for w in words] or [False], dtype=bool)
    breaks = np.concatenate(([0], np.cumsum(stop[codes] & ~link[codes], dtype=np.int32)))
    a, b = content[:-1], content[1:]
    same = sentence[a] == sentence[b]
    adjacent = same & (b == a + 1)
    after = np.minimum(a + 1, max(len(codes) - 1, 0))
    linked = same & (b > a + 1) & is_of[codes[after]] & (breaks[b] == breaks[a + 1])
    # the head before c_{k-1}: c_{k-2}, when it sits right before c_{k-1} in its sentence
    before = np.concatenate(([False], (a[1:] == a[:-1] + 1) & same[:-1]))
    double = linked & before
    return (np.concatenate((sentence[b[adjacent]], sentence[b[double]], sentence[b[linked]])),
            np.concatenate((stem_at[a[adjacent]], stem_at[b[double]], stem_at[b[linked]])),
            np.concatenate((stem_at[b[adjacent]], stem_at[a[double] - 1], stem_at[a[linked]])))


def _csr(rows: Int32s, columns: Int32s, n_rows: int, n_columns: int
         ) -> tuple[Ints, Int32s, Int32s]:
    """Counts of (row, column) pairs as CSR parts, columns sorted within each row."""
    import scipy.sparse as sp  # only when building: a cached index never needs scipy

    counts = sp.coo_matrix((np.ones(len(rows), dtype=np.int32), (rows, columns)),
                           shape=(n_rows, n_columns)).tocsr()  # sums repeats, sorts rows
    return (counts.indptr.astype(np.int64), counts.indices.astype(np.int32),
            counts.data.astype(np.int32))


def _pieces(tokens: Tokens) -> tuple[Int32s, Ints, Int32s]:
    """Every sentence's wordpieces (flat, with offsets) and each piece's sentence count."""
    vocab = vocabulary()
    per_word = [vocab.pieces([w]) for w in tokens.words]
    lengths = np.array([len(p) for p in per_word] or [0], dtype=np.int32)
    table = np.array([i for p in per_word for i in p], dtype=np.int32)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    token_lengths = lengths[tokens.codes]
    ends = np.concatenate(([0], np.cumsum(token_lengths, dtype=np.int64)))
    total = int(ends[-1])
    shift = (starts[tokens.codes] - ends[:-1]).astype(np.int32)
    gather = np.arange(total, dtype=np.int32) + np.repeat(shift, token_lengths)
    del shift
    pieces = table[gather] if total else np.zeros(0, dtype=np.int32)
    offsets = ends[tokens.offsets]
    df = np.bincount(_distinct(pieces, offsets, vocab.size),
                     minlength=vocab.size).astype(np.int32)
    return pieces, offsets.astype(np.int64), df


def _distinct(columns: Int32s, offsets: Ints, n_columns: int) -> Int32s:
    """The columns of each row (``columns[offsets[i]:offsets[i + 1]]``), each once per row.

    Sorts a copy: scipy sorts the arrays it is given in place.
    """
    import scipy.sparse as sp

    rows = sp.csr_matrix((np.ones(len(columns), dtype=np.int32), columns.copy(), offsets),
                         shape=(len(offsets) - 1, n_columns))
    rows.sum_duplicates()
    return np.asarray(rows.indices, dtype=np.int32)
