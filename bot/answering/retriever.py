"""From a question to the best sentence of the document, with the passages behind it.

Candidates are every sentence of the best passages plus the best sentences overall. Each
candidate s, in passage p, is described by the features in ``FEATURES`` and scored

    score(s) = sum_k WEIGHTS[k] * feature_k(q, s)

a linear ranker whose weights were fitted by pairwise logistic regression on the tuning articles
(``bench/train_ranker.py`` prints them). A sentence wins by matching the question itself
(BM25, cosine, the share of the question's idf it covers, the phrases it repeats), by
covering it in meaning as well as in words (``bot.index.wordpieces``: "job" half-matches
"occupation"), by sitting in a passage about the question, by neighbours that match (the
answer often follows the sentence that names the subject), and by holding the kind of
thing asked for (a date for "when"...).

The answer's confidence comes from ``bot.answering.confidence``: an estimate of P(the document
answers the question) from how much of the question the answer covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Self

import numpy as np
import numpy.typing as npt

from bot.answering.confidence import confidence as answer_probability
from bot.answering.confidence import signals
from bot.index.terms import TermIndex
from bot.index.wordpieces import SoftCoverage
from bot.language.answer_type import expected_type, offers
from bot.language.spelling import SpellingCorrector
from bot.language.text import content, features, name_terms, stem, terms, words
from bot.reading.document import Document, Passage, Sentence


@dataclass(frozen=True)
class Finding:
    """What retrieval found for a question: the answer text and why it was chosen."""

    text: str
    confidence: float
    score: float
    answer_type: str | None
    passages: tuple[tuple[Passage, float], ...]
    corrections: dict[str, str]
    signals: tuple[float, ...] = ()


FEATURES = ("sentence_bm25", "passage_bm25", "sentence_cosine", "passage_cosine",
            "previous_bm25", "next_bm25", "answer_type", "sentence_coverage",
            "phrase_matches", "top_passage", "length", "window_coverage", "novelty",
            "passage_coverage", "passage_phrases", "continues_previous", "soft_coverage",
            "passage_soft_coverage", "window_soft_coverage")
_TYPE_COLUMN = FEATURES.index("answer_type")
# Fitted by bench/train_ranker.py (pairwise logistic regression on squad_dev).
WEIGHTS = (1.145, 2.546, -0.185, 7.361, 0.428, -0.022, 1.776, 1.091, -0.255, 0.134, -2.020,
           -0.550, -0.602, 0.056, 0.901, 0.265, 7.269, 6.561, 1.908)


# A sentence that leans on the one before it ("Its chair is…", "As a result, …").
_CONTINUES = re.compile(r"(?:it|its|he|his|she|her|they|their|them|this|these|those|that|"
                        r"there|such|both|as a result|in addition|however|also|then|the latter|"
                        r"the former)\b", re.IGNORECASE)


# Nouns that name the kind of answer ("which state", "what year"): they ask, not tell.
_TYPE_NOUNS = frozenset("""year years date day month decade century city country state place
    region town continent location area province percentage percent number amount""".split())
_TYPE_STEMS = frozenset(stem(w) for w in _TYPE_NOUNS)


def _question_words(question: str) -> list[str]:
    """The question's words less those that only ask: "how long/many…", "which state/year…"."""
    folded = words(question)
    return [w for i, w in enumerate(folded)
            if i == 0 or not (folded[i - 1] == "how"
                              or (folded[i - 1] in ("which", "what") and w in _TYPE_NOUNS))]


def _scaled(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Scores divided by their maximum, so differently scaled rankings can be added."""
    top = float(scores.max()) if scores.size else 0.0
    return scores / top if top > 0 else scores


class Retriever:
    """Sentence-level answer retrieval over one Document (see the module docstring)."""

    def __init__(self, weights: tuple[float, ...] = WEIGHTS, top_passages: int = 8,
                 top_sentences: int = 30, max_sources: int = 3, join_margin: float = 0.75,
                 context_weight: float = 0.5) -> None:
        self.weights = weights
        self.context_weight = context_weight
        self.join_margin = join_margin
        self.top_passages = top_passages
        self.top_sentences = top_sentences
        self.max_sources = max_sources

    def fit(self, document: Document) -> Self:
        """Index the document's passages and sentences, and learn its vocabulary."""
        sentence_words = [words(s.text) for s in document.sentences]
        sentence_features = [features(w) for w in sentence_words]
        # a passage's features are its sentences' (no phrase pair spans two sentences)
        passage_features: list[list[str]] = [[] for _ in document.passages]
        first = document.passages[0].position if document.passages else 0
        for sentence, counted in zip(document.sentences, sentence_features, strict=True):
            passage_features[sentence.passage - first] += counted
        self.passage_index_ = TermIndex().fit(passage_features)
        self.sentence_index_ = TermIndex().fit(sentence_features)
        self.speller_ = SpellingCorrector().fit([w for ws in sentence_words for w in ws])
        self.soft_ = SoftCoverage().fit(sentence_words)
        return self._layout(document)

    def state(self) -> dict[str, npt.NDArray[np.generic]]:
        """Everything ``fit`` learned, as named arrays (for the cache)."""
        arrays = {f"passage_{k}": v for k, v in self.passage_index_.state().items()}
        arrays |= {f"sentence_{k}": v for k, v in self.sentence_index_.state().items()}
        arrays["speller_vocabulary"] = np.array(self.speller_.vocabulary_, dtype=str)
        arrays["speller_stems"] = np.array(self.speller_.stems_, dtype=str)
        arrays |= {f"soft_{k}": v for k, v in self.soft_.state().items()}
        return arrays

    def restore(self, document: Document, arrays: dict[str, npt.NDArray[np.generic]]) -> Self:
        """Take back what ``state`` gave, for the same document; ValueError if it won't fit."""
        sizes = {"passage": len(document.passages), "sentence": len(document.sentences)}
        for prefix, size in sizes.items():
            index = TermIndex.from_state({k.removeprefix(prefix + "_"): v
                                          for k, v in arrays.items() if k.startswith(prefix)})
            if index.n_texts_ != size:
                raise ValueError(f"cached {prefix} index is for another document")
            setattr(self, f"{prefix}_index_", index)
        self.speller_ = SpellingCorrector().restore(
            [str(w) for w in arrays["speller_vocabulary"].tolist()],
            [str(w) for w in arrays["speller_stems"].tolist()])
        self.soft_ = SoftCoverage.from_state({k.removeprefix("soft_"): v
                                              for k, v in arrays.items() if k.startswith("soft_")})
        if len(self.soft_.offsets_) != sizes["sentence"] + 1:
            raise ValueError("cached wordpieces are for another document")
        return self._layout(document)

    def _layout(self, document: Document) -> Self:
        """Per-sentence facts derived from the document alone (cheap, never cached)."""
        self.document_ = document
        self.sentences_: list[Sentence] = document.sentences
        self._first_sentence = np.cumsum([0] + [len(p.sentences) for p in document.passages])
        self._passage_of = np.array([s.passage for s in self.sentences_], dtype=np.int64)
        self._continues = np.array([bool(_CONTINUES.match(s.text)) for s in self.sentences_],
                                   dtype=np.float64)
        self._lengths = np.array([len(s.text.split()) for s in self.sentences_], dtype=np.float64)
        return self

    def find(self, question: str, context: str = "") -> Finding | None:
        """The best answer to a question, or None when no sentence shares a term with it.

        ``context`` (the earlier turn a follow-up leans on) adds its words to the query at
        ``context_weight``; the answer type and the confidence come from the question alone,
        and a follow-up whose own words are nowhere in the passage it lands on is no answer
        (the earlier turn found it, not this question).
        """
        folded, corrections = self.analyse(question)
        context_words = self.analyse(context)[0] if context else []
        candidates = self.candidates(question, folded, context_words)
        if candidates is None:
            return None
        ids, owner, matrix = candidates
        combined = matrix @ np.asarray(self.weights)
        order = np.argsort(-combined)
        own_terms = content(folded)
        answer_type = expected_type(question)
        best = self.sentences_[int(ids[order[0]])]
        index = self.passage_index_
        passage_terms = set(terms(self.document_.passages[best.passage].text))
        evidence = signals(
            set(own_terms or content(context_words)),
            name_terms(question if own_terms else context), index.idf,
            float(index.idf_.max()) if index.idf_.size else 1.0,
            passage_terms, set(terms(best.text)), combined[order],
            1.0 - matrix[order[0], _TYPE_COLUMN] if answer_type else 0.0)
        telling = set(own_terms) - _TYPE_STEMS
        lost = bool(context and telling and not telling & passage_terms)
        confidence = 0.0 if lost else answer_probability(evidence)
        return Finding(self._answer_text(ids, combined, order), confidence,
                       float(combined[order[0]]), answer_type,
                       self._rank_passages(owner, combined), corrections,
                       tuple(evidence.tolist()))

    def _answer_text(self, ids: npt.NDArray[np.int64], combined: npt.NDArray[np.float64],
                     order: npt.NDArray[np.int64]) -> str:
        """The best sentence, or the best two when the runner-up is nearly as good.

        Two close candidates mean the ranker cannot tell which one answers; showing both
        (in reading order when they share a passage) beats guessing.
        """
        chosen = [int(ids[order[0]])]
        if len(order) > 1 and combined[order[0]] - combined[order[1]] < self.join_margin:
            chosen.append(int(ids[order[1]]))
            if self.sentences_[chosen[0]].passage == self.sentences_[chosen[1]].passage:
                chosen.sort()
        # one line, however the document was wrapped
        return " ".join(" ".join(self.sentences_[i].text.split()) for i in chosen)

    def analyse(self, question: str) -> tuple[list[str], dict[str, str]]:
        """The question's words as retrieval reads them, and the typos it repaired."""
        return self.speller_.correct(_question_words(question))

    def candidates(self, question: str, folded: list[str], context: Sequence[str] = ()
                   ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64],
                              npt.NDArray[np.float64]] | None:
        """Candidate sentence ids, their passages and their FEATURES matrix.

        Context words (from an earlier turn) count in BM25 and soft matches at
        ``context_weight``. Soft matches read every word of the question, the asking ones
        too: "how many" or "which year" mean something to a near-synonym.
        """
        own = [f for f in features(folded) if " " not in f]
        query = features(folded + list(context))
        unigrams = [f for f in query if " " not in f]
        pairs = [f for f in query if " " in f]
        weights = {f: 1.0 if f in own else self.context_weight for f in unigrams}
        p_bm25 = self.passage_index_.bm25(weights)
        s_bm25 = self.sentence_index_.bm25(weights)
        if not p_bm25.any() and not s_bm25.any():
            return None
        chosen: set[int] = set(np.argsort(-s_bm25)[: self.top_sentences].tolist())
        for p in np.argsort(-p_bm25)[: self.top_passages]:
            chosen.update(range(self._first_sentence[p], self._first_sentence[p + 1]))
        ids = np.fromiter(sorted(chosen), dtype=np.int64)
        owner = self._passage_of[ids]
        s_scaled = _scaled(s_bm25)
        last = len(self.sentences_) - 1
        before, after = np.maximum(ids - 1, 0), np.minimum(ids + 1, last)
        answer_type = expected_type(question)
        question_words = set(folded) | set(context)
        typed = np.fromiter((offers(answer_type, self.sentences_[i].text, question_words)
                             for i in ids.tolist()), dtype=np.float64, count=len(ids))
        index = self.sentence_index_
        coverage = index.coverage(unigrams)
        soft = self.soft_
        soft_query = soft.query(words(question), context, self.context_weight)
        passages, of_passage = np.unique(owner, return_inverse=True)
        blocks = [np.arange(self._first_sentence[p], self._first_sentence[p + 1])
                  for p in passages.tolist()]
        around = np.concatenate(blocks)  # every sentence of those passages, in order
        matches = soft.matches(soft_query, around)
        at = np.searchsorted(around, ids)
        at_before = np.searchsorted(around, np.where(self._passage_of[before] == owner,
                                                     before, ids))
        starts = np.cumsum([0] + [len(b) for b in blocks[:-1]])
        passage_soft = soft.coverage(soft_query, np.maximum.reduceat(matches, starts, axis=1))
        columns = [
            s_scaled[ids],
            _scaled(p_bm25)[owner],
            index.cosine(query)[ids],
            self.passage_index_.cosine(query)[owner],
            np.where((self._passage_of[before] == owner) & (before != ids), s_scaled[before], 0),
            np.where((self._passage_of[after] == owner) & (after != ids), s_scaled[after], 0),
            typed,
            coverage[ids],
            index.coverage(pairs)[ids] if pairs else np.zeros(len(ids)),
            (owner == int(np.argmax(p_bm25))).astype(np.float64),
            np.log1p(self._lengths[ids]) / 5.0,
            np.maximum(coverage[ids], np.where(self._passage_of[before] == owner,
                                               np.minimum(coverage[ids] + coverage[before], 1),
                                               coverage[ids])),
            np.log1p(np.maximum(self._lengths[ids] - len(set(unigrams)), 0)) / 5.0,
            self.passage_index_.coverage(unigrams)[owner],
            self.passage_index_.coverage(pairs)[owner] if pairs else np.zeros(len(ids)),
            self._continues[ids] * np.where(self._passage_of[before] == owner,
                                            coverage[before], 0),
            soft.coverage(soft_query, matches[:, at]),
            passage_soft[of_passage],
            soft.coverage(soft_query, np.maximum(matches[:, at], matches[:, at_before])),
        ]
        return ids, owner, np.column_stack(columns)

    def _rank_passages(self, owner: npt.NDArray[np.int64], combined: npt.NDArray[np.float64]
                       ) -> tuple[tuple[Passage, float], ...]:
        """Passages ordered by, and scored with, the ranker score of their best sentence."""
        best: dict[int, float] = {}
        for p, score in zip(owner.tolist(), combined.tolist(), strict=True):
            best[p] = max(score, best.get(p, score))
        order = sorted(best, key=lambda p: -best[p])[: self.max_sources]
        passages = self.document_.passages
        return tuple((passages[p], best[p]) for p in order)
