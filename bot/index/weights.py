"""The entries' weights of a term index (``bot.index.terms``, which gives the formulas),
computed with numpy a block at a time, so that the temporary arrays stay small whatever the
size of the document.

Every weight is computed by the same operations, in the same order, as scikit-learn's
``TfidfTransformer(sublinear_tf=True)`` (``tests/test_big_corpus.py`` checks the bits):
1 + ln tf is looked up in a table of numpy's ``log`` of each count, and a term's idf is
repeated over its entries rather than searched for each one, which is what makes the
joining of a big document's parts (``bot.index.assemble``) fast.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
# Entries weighted at a time: a block's temporary arrays (64 KiB) stay under glibc's 128 KiB
# threshold for a mapping of their own (``bot.index.memory``), so the heap reuses them
# instead of mapping and faulting in fresh pages for each block (2-5 times the time).
BLOCK = 1 << 13


def sublinear(tf: npt.NDArray[np.integer[Any]]) -> FloatArray:
    """1 + ln t for every count t up to the largest in ``tf`` (looked up, not computed for
    each entry; each value is numpy's ``log`` of the same float, so the same bits)."""
    table = np.arange(int(tf.max()) + 1 if len(tf) else 1, dtype=np.float64)
    table[0] = 1.0  # no entry counts 0
    np.log(table, out=table)
    table += 1.0
    return table


def row_norms(counts: Any, idf: FloatArray, sublinear: FloatArray
               ) -> tuple[FloatArray, FloatArray]:
    """Per text of a CSR count matrix, |w_d| (the l2 norm of its (1 + ln tf) * idf, with
    ``sublinear[tf]`` = 1 + ln tf) and its length (its features, counted with repeats).

    A block of whole rows at a time (bounded memory), each row's squares added in order by
    ``bincount``, as scikit-learn's row normalisation does: the same bits.
    """
    indptr, columns, tf = counts.indptr, counts.indices, counts.data
    n = counts.shape[0]
    cuts = np.unique(np.searchsorted(indptr, np.arange(0, len(tf), BLOCK), "right") - 1)
    norms, lengths = np.zeros(n), np.zeros(n)
    for lo, hi in zip(cuts.tolist(), [*cuts[1:].tolist(), n], strict=True):
        start, end = int(indptr[lo]), int(indptr[hi])
        row = np.repeat(np.arange(hi - lo), np.diff(indptr[lo:hi + 1]))
        weight = sublinear[tf[start:end]]
        weight *= idf[columns[start:end]]
        norms[lo:hi] = np.sqrt(np.bincount(row, weights=weight * weight, minlength=hi - lo))
        lengths[lo:hi] = np.bincount(row, weights=tf[start:end], minlength=hi - lo)
    return norms, lengths


def entry_weights(by_term: Any, idf: FloatArray, norms: FloatArray, scale: FloatArray,
                  df: IntArray, sublinear: FloatArray, k1: float
                  ) -> tuple[FloatArray, FloatArray]:
    """Every entry's TF-IDF weight (1 + ln tf) idf(t) / |w_d| and BM25 weight
    idf'(t) tf (k1 + 1) / (tf + K(d)), term by term, a block of entries at a time.

    ``by_term`` is the count matrix in CSC form; ``norms`` and ``scale`` are |w_d| and
    K(d) per text; ``sublinear[tf]`` is 1 + ln tf. Every block is computed in place, in
    the results and two reused buffers.
    """
    bm25_idf = np.log(1.0 + (len(scale) - df + 0.5) / (df + 0.5))
    starts, rows, tf = by_term.indptr, by_term.indices, by_term.data
    tfidf, bm25 = np.empty(len(rows)), np.empty(len(rows))
    buffer, term = np.empty(min(BLOCK, len(rows))), np.empty(min(BLOCK, len(rows)), np.int64)
    for lo in range(0, len(rows), BLOCK):
        hi = min(lo + BLOCK, len(rows))
        counted, texts, other = tf[lo:hi], rows[lo:hi], buffer[:hi - lo]
        terms = _terms(starts, lo, hi, term[:hi - lo])
        weight, block = tfidf[lo:hi], bm25[lo:hi]
        np.take(sublinear, counted, out=weight, mode="clip")  # clip: not buffered
        weight *= np.take(idf, terms, out=other, mode="clip")
        weight /= np.take(norms, texts, out=other, mode="clip")
        np.take(bm25_idf, terms, out=block, mode="clip")
        block *= counted
        block *= k1 + 1.0
        np.take(scale, texts, out=other, mode="clip")
        other += counted
        block /= other
    return tfidf, bm25


def _terms(starts: IntArray, lo: int, hi: int, out: IntArray) -> IntArray:
    """The term of each entry lo..hi-1 of a CSC matrix whose columns start at ``starts``,
    written into ``out``: one mark where each term after the first begins (two where an
    empty one does too), summed."""
    first, last = (np.searchsorted(starts, [lo, hi - 1], "right") - 1).tolist()
    out[:] = 0
    np.add.at(out, starts[first + 1:last + 1] - lo, 1)
    np.cumsum(out, out=out)
    out += first
    return out
