"""A question's words the document never uses, read as the document's own near-synonyms.

People ask "Who is the envoy?" of a text that says "ambassador", "firms" of one that says
"companies". For a content word whose stem the document never uses (and that is not a
name), the thesaurus (``data/thesaurus.json.gz``, distilled from WordNet 3.0 by
``bench/build_thesaurus.py``: a general resource of English, not of any document or
question set) gives four tiers of related entries: synonyms, hypernyms one step up,
hyponyms one step down, and siblings (the hypernyms' other hyponyms: "envoy" →
"ambassador"). WordNet says *that* words are related, not which sense a question means,
so the static wordpiece vectors (``bot.index.wordpieces``) choose: of the entries the
document uses, the one nearest the word,

    best = argmax over entries e of cos(v(word), v(e)),   v = unit mean of piece vectors,

kept when cos >= MIN_SYNONYM for a synonym, >= MIN_RELATED for the other tiers (a sibling
can be an opposite: "husband" → "wife"). An entry of several words counts when the
document uses its head, the last word ("publishing company" → "company", but not "cargo
vessel" → "cargo"), and brings the words the document uses.

A borrowed word is weaker evidence than the asker's own, so only retrieval reads it (the
query's features, at BM25 weight ``WEIGHT * cos``, below an exact match's 1); confidence
still counts the word as unknown, so an off-topic question does not become answerable by
borrowing. The thresholds and weight were chosen on squad_dev (where they neither gain
nor lose beyond noise) and dev/dev2 (see README, "Quality").
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Set
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.index.wordpieces import vocabulary
from bot.language.text import STOP_WORDS, stem

DATA = Path(__file__).resolve().parent / "data" / "thesaurus.json.gz"
MIN_SYNONYM = 0.25
MIN_RELATED = 0.5
WEIGHT = 0.5
Borrowing = tuple[list[str], float]  # the document's words for a word, their cosine


@cache
def _table() -> dict[str, list[str]]:
    """stem → its tiers, each "|"-joined; read on first use (about 1.5 MB gzipped)."""
    table: dict[str, list[str]] = json.loads(gzip.decompress(DATA.read_bytes()))
    return table


def related(word: str) -> list[list[str]]:
    """The thesaurus's tiers of entries for a folded word (none when it has none)."""
    return [tier.split("|") if tier else [] for tier in _table().get(stem(word), [])]


def synonyms(word: str) -> list[str]:
    """The heads of a word's synonym entries ("publishing company" → "company"): the
    words a document may name the same thing by, for checks that a document never
    names it at all (``bot.answering.nearmiss.subjects``)."""
    tiers = related(word)
    return [entry.split()[-1] for entry in tiers[0]] if tiers else []


@lru_cache(maxsize=65536)
def _vector(words: tuple[str, ...]) -> npt.NDArray[np.float32] | None:
    """The unit mean of the words' wordpiece vectors (None when none cut)."""
    vocab = vocabulary()
    ids = vocab.pieces(words)
    if not ids:
        return None
    mean = vocab.vectors[ids].mean(axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else None


def _used(entry: str, known: Set[str]) -> tuple[str, ...]:
    """The words of an entry the document uses (by word or stem), when its head is one."""
    words = entry.split()
    used = tuple(w for w in words if w in known or stem(w) in known)
    return used if used and used[-1] == words[-1] else ()


def borrow(word: str, known: Set[str]) -> Borrowing | None:
    """The document's words nearest an unknown word among its thesaurus entries, and
    their cosine, or None (see the module docstring)."""
    own = _vector((word,))
    if own is None:
        return None
    best: Borrowing | None = None
    for rank, tier in enumerate(related(word)):
        floor = MIN_SYNONYM if rank == 0 else MIN_RELATED
        for used in filter(None, (_used(entry, known) for entry in tier)):
            other = _vector(used)
            cos = float(own @ other) if other is not None else -1.0
            if cos >= floor and (best is None or cos > best[1]):
                best = (list(used), cos)
    return best


def document_words(words: list[str], known: Set[str], names: Set[str] = frozenset()
                   ) -> tuple[list[str], dict[str, float]]:
    """Folded words with each content word the document never uses (``known``: its
    words and stems), and whose stem is not in ``names``, replaced by its borrowed
    words, less those the text uses itself ("education at a college" borrows only
    "institution" of "educational institution"); and the borrowed stems with their
    BM25 weights."""
    own = {stem(w) for w in words if w}
    out: list[str] = []
    weights: dict[str, float] = {}
    for word in words:
        found = None
        if (word.isalpha() and word not in STOP_WORDS and word not in known
                and stem(word) not in known and stem(word) not in names):
            found = borrow(word, known)
        new = [w for w in found[0] if stem(w) not in own] if found else []
        if found is None or not new:
            out.append(word)
            continue
        out.extend(new)
        for borrowed in map(stem, new):
            weights[borrowed] = max(weights.get(borrowed, 0.0), WEIGHT * found[1])
    return out, weights
