"""From a question to the best sentence of the document, with the passages behind it.

Candidates are the sentences of the best-scoring passages plus the best sentences overall.
Each is scored

    score(s) = sentence_cos(q, s) + passage_weight * passage_cos(q, p(s))
               + type_weight * offers(answer type of q, s)

so a sentence wins by matching the question itself, by sitting in a passage about the
question, and by holding the kind of thing asked for (a date for "when"...). The answer's
confidence is the share of the question's idf mass that the answer and its passage
cover: a question whose rare words the document never uses cannot be answered by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

import numpy as np

from bot.answer_type import expected_type, offers
from bot.document import Document, Passage, Sentence
from bot.index import TfidfIndex
from bot.spelling import SpellingCorrector
from bot.text import STOP_WORDS, features, name_terms, stem, words


@dataclass(frozen=True)
class Finding:
    """What retrieval found for a question: the answer text and why it was chosen."""

    text: str
    confidence: float
    score: float
    answer_type: str | None
    passages: tuple[tuple[Passage, float], ...]
    corrections: dict[str, str]


def _question_words(question: str) -> list[str]:
    """The question's words without the adjective of "how long/many/much…": it asks, not tells."""
    folded = words(question)
    return [w for i, w in enumerate(folded) if i == 0 or folded[i - 1] != "how"]


def _content(folded_words: list[str]) -> list[str]:
    """Stems of the content words among folded words."""
    return [stem(w) for w in folded_words if w not in STOP_WORDS]


class Retriever:
    """Sentence-level answer retrieval over one Document (see the module docstring)."""

    def __init__(self, passage_weight: float = 0.5, type_weight: float = 0.15,
                 top_passages: int = 8, top_sentences: int = 30, max_sources: int = 3) -> None:
        self.passage_weight = passage_weight
        self.type_weight = type_weight
        self.top_passages = top_passages
        self.top_sentences = top_sentences
        self.max_sources = max_sources

    def fit(self, document: Document) -> Self:
        """Index the document's passages and sentences, and learn its vocabulary."""
        self.document_ = document
        self.sentences_: list[Sentence] = document.sentences
        passage_words = [words(p.text) for p in document.passages]
        self.passage_index_ = TfidfIndex().fit([features(w) for w in passage_words])
        self.sentence_index_ = TfidfIndex().fit(
            [features(words(s.text)) for s in self.sentences_])
        self.speller_ = SpellingCorrector().fit([w for ws in passage_words for w in ws])
        self._first_sentence = np.cumsum([0] + [len(p.sentences) for p in document.passages])
        return self

    def find(self, question: str, context: str = "") -> Finding | None:
        """The best answer to a question, or None when no sentence shares a term with it.

        ``context`` (earlier turns) adds its terms to the query; the answer type and the
        confidence still come from the question alone.
        """
        folded, corrections = self.speller_.correct(_question_words(question))
        terms = _content(folded)
        query = features(folded)
        if context:
            query += [f for f in features(self.speller_.correct(words(context))[0])
                      if f not in query]
        passage_scores = self.passage_index_.scores(query)
        sentence_scores = self.sentence_index_.scores(query)
        if not passage_scores.any() and not sentence_scores.any():
            return None
        answer_type = expected_type(question)
        question_words = set(folded)

        candidates: set[int] = set(np.argsort(-sentence_scores)[: self.top_sentences].tolist())
        for p in np.argsort(-passage_scores)[: self.top_passages]:
            candidates.update(range(self._first_sentence[p], self._first_sentence[p + 1]))
        best, best_score = -1, -1.0
        for i in candidates:
            sentence = self.sentences_[i]
            score = (sentence_scores[i]
                     + self.passage_weight * passage_scores[sentence.passage]
                     + self.type_weight * offers(answer_type, sentence.text, question_words))
            if score > best_score:
                best, best_score = i, score
        sentence = self.sentences_[best]
        passage = self.document_.passages[sentence.passage]
        ranked = self._rank_passages(passage_scores, sentence.passage)
        coverage = self._coverage(terms, name_terms(question), passage)
        return Finding(sentence.text, coverage, best_score, answer_type, ranked, corrections)

    def _rank_passages(self, scores: np.ndarray, best: int) -> tuple[tuple[Passage, float], ...]:
        """The answer's passage first, then the other best-scoring passages."""
        order = [best] + [int(p) for p in np.argsort(-scores)[: self.max_sources] if p != best]
        passages = self.document_.passages
        return tuple((passages[p], float(scores[p])) for p in order[: self.max_sources])

    def _coverage(self, terms: list[str], names: set[str], passage: Passage) -> float:
        """Share of the question's idf mass found in the answer's passage.

        A word the document never uses weighs as its rarest word, or three times that when the
        question writes it as a name: a missing name ("Brazil") means another subject,
        while a missing common word ("phone") may just be a paraphrase.
        """
        unique = set(terms)
        if not unique:
            return 0.0
        index = self.passage_index_
        rarest = float(index.idf_.max()) if index.idf_.size else 1.0
        present = set(_content(words(passage.text)))
        total = found = 0.0
        for term in unique:
            known = index.idf(term)
            weight = known if known is not None else rarest * (3.0 if term in names else 1.0)
            total += weight
            found += weight if term in present else 0.0
        return found / total
