"""Parts (``bot.index.parts``) joined into the retriever's indexes, with numpy and scipy alone.

Each part counts features over its own stems; joining maps every part's stems to the
document's, every feature to one key (first stem, second stem), and stacks the sentence
counts. A passage's counts are the sum of its sentences' (no feature spans two sentences).
Document frequencies, idf and the weightings are then computed once for the whole
document, so a document built from cached parts is indexed exactly as one built afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.index.parts import Part
from bot.index.terms import TermIndex
from bot.index.wordpieces import SoftCoverage
from bot.language.spelling import SpellingCorrector


@dataclass(frozen=True)
class Assembled:
    """Everything ``Retriever.fit`` learns about a document."""

    passages: TermIndex
    sentences: TermIndex
    speller: SpellingCorrector
    soft: SoftCoverage
    continues: npt.NDArray[np.bool_]  # per sentence: see ``Part``
    lengths: npt.NDArray[np.int32]


def assemble(parts: list[Part], passage_of: npt.NDArray[np.int64],
             n_passages: int) -> Assembled:
    """The indexes of a document whose sentences are the parts', in order.

    ``passage_of[i]`` is the passage (counted from 0) of the document's sentence i. The
    list of parts is emptied as they are read, so that their arrays are freed as soon as
    they are copied into the document's.
    """
    import scipy.sparse as sp  # only when building: a cached index never needs scipy

    speller_words = sorted(set().union(*(p.speller_words for p in parts)))
    continues = np.concatenate([np.zeros(0, bool), *(p.continues for p in parts)])
    lengths = np.concatenate([np.zeros(0, np.int32), *(p.lengths for p in parts)])
    df = np.asarray(np.sum([p.piece_df for p in parts], axis=0), dtype=np.float64)
    offsets = np.concatenate([np.zeros(1, np.int64), *(p.piece_offsets[1:] for p in parts)])
    offsets[1:] += np.repeat(np.cumsum([0] + [len(p.pieces) for p in parts[:-1]]),
                             [p.n_sentences for p in parts])
    n = len(offsets) - 1
    pieces = np.empty(int(offsets[-1]), dtype=np.int32)
    counts, vocabulary = _sentence_counts(parts, pieces)
    sentences = TermIndex().from_counts(counts, vocabulary)
    membership = sp.csr_matrix((np.ones(n, dtype=np.int32), (passage_of, np.arange(n))),
                               shape=(n_passages, n))
    by_passage = membership @ counts
    del counts
    passages = TermIndex().from_counts(by_passage, vocabulary)
    soft = SoftCoverage.from_pieces(pieces, offsets, df, n)
    return Assembled(passages, sentences, SpellingCorrector().fit(speller_words), soft,
                     continues, lengths)


def _sentence_counts(parts: list[Part], pieces: npt.NDArray[np.int32]
                     ) -> tuple[Any, list[str]]:
    """Every sentence's feature counts over the document's vocabulary (a scipy CSR
    matrix) and the vocabulary; the parts' pieces are copied into ``pieces`` on the way.
    """
    import scipy.sparse as sp

    stems = list(dict.fromkeys(chain.from_iterable(p.stems for p in parts)))
    ids = {s: i for i, s in enumerate(stems)}
    width = len(stems) + 1
    keys = []
    for part in parts:
        # a unigram's second stem is -1, which the appended -1 maps to itself
        to_global = np.fromiter(chain(map(ids.__getitem__, part.stems), [-1]), dtype=np.int64,
                                count=len(part.stems) + 1)
        keys.append(to_global[part.heads] * width + to_global[part.tails] + 1)
    unique, columns = np.unique(np.concatenate(keys or [np.zeros(0, np.int64)]),
                                return_inverse=True)
    nnz = sum(len(p.indices) for p in parts)
    indices, data = np.empty(nnz, dtype=np.int32), np.empty(nnz, dtype=np.int32)
    indptr = np.zeros(sum(p.n_sentences for p in parts) + 1, dtype=np.int64)
    row = entry = start = piece = 0
    while parts:
        part, key = parts.pop(0), keys.pop(0)
        size = len(part.indices)
        indices[entry:entry + size] = columns[start:start + len(key)][part.indices]
        data[entry:entry + size] = part.data
        indptr[row + 1:row + part.n_sentences + 1] = part.indptr[1:] + entry
        pieces[piece:piece + len(part.pieces)] = part.pieces
        row, entry = row + part.n_sentences, entry + size
        start, piece = start + len(key), piece + len(part.pieces)
    counts = sp.csr_matrix((data, indices, indptr), shape=(row, len(unique)))
    firsts, seconds = unique // width, unique % width - 1
    vocabulary = [stems[f] if s < 0 else f"{stems[f]} {stems[s]}"
                  for f, s in zip(firsts.tolist(), seconds.tolist(), strict=True)]
    return counts, vocabulary
