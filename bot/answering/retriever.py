"""From a question to the best sentence of the document, with the passages behind it.

The stages, in the order data flows (one module each): ``query`` reads the question once
→ ``candidates`` gathers sentences → ``features`` describes them → ``ranker`` scores them
→ ``rerank`` moves what the scores cannot see (a follow-up's stale last answer, a year
the question names) → ``compose`` makes the answer and its passages → ``confidence``
estimates P(the document answers the question); ``constraints`` names what the answer
lacks. The Retriever holds what was learned from the document and runs
the stages; ``state``/``from_state`` save and restore it (for ``bot.cache``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import partial
from typing import Self

import numpy as np
import numpy.typing as npt

from bot.answering import features
from bot.answering.candidates import Candidates, Layout, gather
from bot.answering.compose import answer_text, rank_passages, rare
from bot.answering.confidence import assess
from bot.answering.finding import Finding
from bot.answering.followups.followup import NOTHING, Avoid, set_aside_repeats
from bot.answering.followups.own_subject import names_of
from bot.answering.nearmiss.constraints import constrained, dates_met
from bot.answering.nearmiss.doc_places import DocumentPlaces
from bot.answering.nearmiss.gathered import misses
from bot.answering.nearmiss.ordinals import promote
from bot.answering.query import Query, Reading, read
from bot.answering.ranker import WEIGHTS, Ranker
from bot.answering.rerank import SET_ASIDE, constrain, set_aside_stale
from bot.index.build import Progress, index
from bot.index.terms import TermIndex
from bot.index.wordpieces import SoftCoverage
from bot.language.acronyms import Acronyms
from bot.language.companies import Names, met
from bot.language.spelling import SpellingCorrector
from bot.language.text import STOP_WORDS, content, stem, words
from bot.reading.document import Document, Sentence

Arrays = dict[str, npt.NDArray[np.generic]]
FEATURES = tuple(features.FEATURES)
_TYPE_COLUMN = features.column("answer_type")
_COVERAGE_COLUMN = features.column("sentence_coverage")


def _part(arrays: Arrays, prefix: str) -> Arrays:
    """The arrays saved under a prefix, with the prefix taken off."""
    return {k.removeprefix(prefix): v for k, v in arrays.items() if k.startswith(prefix)}


class Retriever:
    """Sentence-level answer retrieval over one Document (see the module docstring)."""

    def __init__(self, weights: Mapping[str, float] = WEIGHTS, top_passages: int = 8,
                 top_sentences: int = 30, max_sources: int = 3, join_margin: float = 0.75,
                 context_weight: float = 0.5) -> None:
        self.ranker = Ranker(weights)
        self.context_weight = context_weight
        self.join_margin = join_margin
        self.top_passages = top_passages
        self.top_sentences = top_sentences
        self.max_sources = max_sources
        self._last_read: tuple[str, Reading] | None = None

    def fit(self, document: Document, progress: Progress | None = None,
            part_keys: list[str] | None = None) -> Self:
        """Index the document's passages and sentences, and learn its vocabulary.

        ``progress`` is told how far the build is; with ``part_keys``
        (``bot.index.build.part_keys``) each part's word counts are kept and reused.
        """
        built = index(document, progress, part_keys)
        self.passage_index_, self.sentence_index_ = built.passages, built.sentences
        self.speller_, self.soft_ = built.speller, built.soft
        return self._layout(document, built.continues, built.lengths)

    def _parts(self) -> dict[str, TermIndex | SpellingCorrector | SoftCoverage]:
        """The learned parts, by the prefix their arrays are saved under."""
        return {"passage_": self.passage_index_, "sentence_": self.sentence_index_,
                "speller_": self.speller_, "soft_": self.soft_}

    def state(self) -> Arrays:
        """Everything ``fit`` learned, as named arrays (for the cache)."""
        arrays = {prefix + k: v for prefix, part in self._parts().items()
                  for k, v in part.state().items()}
        arrays["layout_continues"] = self.layout_.continues.astype(bool)
        arrays["layout_lengths"] = self.layout_.lengths.astype(np.int32)
        return arrays

    @classmethod
    def from_state(cls, arrays: Arrays, document: Document) -> Retriever:
        """A Retriever from ``state``'s arrays, for the same document; ValueError if they
        are for another one (KeyError, IndexError or TypeError when they are broken)."""
        retriever = cls()
        retriever.passage_index_ = TermIndex.from_state(_part(arrays, "passage_"))
        retriever.sentence_index_ = TermIndex.from_state(_part(arrays, "sentence_"))
        retriever.speller_ = SpellingCorrector.from_state(_part(arrays, "speller_"))
        retriever.soft_ = SoftCoverage.from_state(_part(arrays, "soft_"))
        n_sentences = len(document.sentences)
        continues, lengths = arrays["layout_continues"], arrays["layout_lengths"]
        if (retriever.passage_index_.n_texts_ != len(document.passages)
                or retriever.sentence_index_.n_texts_ != n_sentences
                or len(retriever.soft_.offsets_) != n_sentences + 1
                or len(continues) != n_sentences or len(lengths) != n_sentences):
            raise ValueError("cached arrays are for another document")
        return retriever._layout(document, continues, lengths)

    def _layout(self, document: Document, continues: npt.NDArray[np.generic],
                lengths: npt.NDArray[np.generic]) -> Self:
        """The per-sentence layout (``continues`` and ``lengths``: see ``Part``)."""
        self.document_ = document
        self.acronyms_ = Acronyms([p.text for p in document.passages],
                                  self.speller_.known_)
        self.layout_ = Layout.of(document, continues, lengths)
        self.companies_ = Names([p.text for p in document.passages])
        self.sentences_: list[Sentence] = self.layout_.sentences
        # whether the document names a word as a place, read once per word
        self.is_place_ = DocumentPlaces(self.passage_index_, document.passages)
        return self

    def read(self, question: str, context: str = "") -> Query:
        """Read a question once (the same question asked again with a context is not
        read again); ``context`` is the earlier turn a follow-up leans on."""
        last = self._last_read
        own = (last[1] if last and last[0] == question
               else Reading.of(question, self.speller_, self.companies_))
        self._last_read = (question, own)
        return read(question, context, self.speller_, self.soft_, self.context_weight, own)

    def terms(self, text: str) -> list[str]:
        """The content terms of all a text's words (asking words too); the last question
        read is not read again."""
        last = self._last_read
        return content(last[1].words if last and last[0] == text else words(text))

    def find(self, question: str, context: str = "", previous: str = "",
             avoid: Avoid = NOTHING) -> Finding | None:
        """The best answer to a question, or None when no sentence shares a term with it.

        Acronyms the document spells out are read as its words (``bot.language.acronyms``);
        ``previous`` (the earlier answer a follow-up leans on) is set aside when it lacks
        what the follow-up asks for (``rerank``), or as ``avoid`` says (a contrast, "what
        else": ``followups.followup.set_aside_repeats``)."""
        expanded, spelled = self.acronyms_.expanded(question)
        found = self.answer(self.read(expanded, context), previous, avoid)
        return (replace(found, corrections=spelled | found.corrections) if found and spelled
                else found)

    def known_terms(self, question: str) -> int:
        """How many content words of the question the document uses."""
        return sum(self.passage_index_.idf(t) is not None for t in set(self.terms(question)))

    def candidates(self, query: Query) -> tuple[Candidates, npt.NDArray[np.float64]] | None:
        """A query's candidates and their feature matrix (None when nothing matches)."""
        found = gather(query, self.passage_index_, self.sentence_index_, self.layout_,
                       self.top_passages, self.top_sentences)
        if found is None:
            return None
        inputs = features.Inputs(query, found, self.passage_index_, self.sentence_index_,
                                 self.soft_, self.layout_)
        return found, features.matrix(inputs)

    def answer(self, query: Query, previous: str = "", avoid: Avoid = NOTHING
               ) -> Finding | None:
        """The stages after reading, in order, for a Query (``previous``, ``avoid``: see
        ``find``)."""
        described = self.candidates(query)
        if described is None:
            return None
        found, matrix = described
        scores, lifted = self._set_aside(query, previous, avoid, found.ids,
                                         self.ranker.score(matrix))
        order = self.ranker.order(scores)
        if constrained(query.text):
            scores, order = self._constrain(query.text, found.ids, scores, order)
        order = promote(query.text, order, scores, found.ids, self.sentences_, self._share)
        best = int(found.ids[order[0]])
        passage = self.sentences_[best].passage
        soft = self._unknown_soft(query, passage, best)
        confidence, evidence = assess(
            query, self.passage_index_, self.layout_.passage_terms(passage),
            self.layout_.sentence_terms(best), scores[order], matrix[order[0], _TYPE_COLUMN],
            soft, continues_answer=best == lifted)
        text = answer_text(self.sentences_, found.ids, scores, order, self.join_margin, query,
                           matrix[:, _COVERAGE_COLUMN], self.layout_.sentence_terms,
                           {t for t in query.telling if rare(self.passage_index_.idf(t),
                                                             self.passage_index_.n_texts_)})
        return Finding(text, confidence, float(scores[order[0]]), query.answer_type,
                       rank_passages(self.document_.passages, found.owner, scores,
                                     self.max_sources),
                       query.corrections, tuple(evidence.tolist()),
                       misses(query, text, self.document_.passages[passage].text,
                              self.layout_.passage_terms(passage), self._share, soft,
                              self.is_place_, partial(names_of, self.document_,
                                                      self.passage_index_),
                              lambda: [self.sentences_[i].text for i in found.ids.tolist()],
                              self.document_.frame))

    def _set_aside(self, query: Query, previous: str, avoid: Avoid,
                   ids: npt.NDArray[np.int64], scores: npt.NDArray[np.float64]
                   ) -> tuple[npt.NDArray[np.float64], int | None]:
        """A follow-up's scores with the last answer set aside when stale or when ``avoid``
        rules it out (``bot.answering.rerank``, ``bot.answering.followups.followup``), and the
        sentence lifted in its place (None when none was)."""
        lifted = None
        if previous:
            known = {t for t in query.terms if self.passage_index_.idf(t) is not None}
            scores, lifted = set_aside_stale(query, known, previous, ids, scores,
                                             self.layout_)
        if avoid != NOTHING:
            scores = set_aside_repeats(ids.tolist(), lambda i: self.sentences_[i].text,
                                       self.layout_.continues, previous, scores, SET_ASIDE,
                                       avoid)
        return scores, lifted

    def _constrain(self, question: str, ids: npt.NDArray[np.int64],
                   scores: npt.NDArray[np.float64], order: npt.NDArray[np.int64]
                   ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
        """``rerank.constrain``, kept only when the candidate it puts first names the
        question's date: when candidates about another year drop, a runner-up that
        gives no date at all is not the answer for that year either ("exports in
        2016" is not "41 companies export"), so the best stays first and is declined
        for the year it lacks."""
        moved, reordered = constrain(question, ids, scores, order, self.layout_)
        top = self.sentences_[int(ids[reordered[0]])].passage
        if reordered[0] == order[0] or dates_met(
                question, self.document_.passages[top].text):
            return moved, reordered
        return scores, order

    def _share(self, term: str) -> float:
        """The share of the document's passages that hold a term (0 for an unknown one)."""
        index = self.passage_index_
        return index.holding(term) / index.n_texts_ if index.n_texts_ else 0.0

    def _unknown_soft(self, query: Query, passage: int, best: int) -> dict[str, float]:
        """For the question's content words the document never uses (by stem), how near in
        meaning the passage's words come (``SoftCoverage.word_matches``); a kind of
        company asked for is met in full by a best sentence naming one (``companies.met``)."""
        folded = query.own.folded if query.terms else query.context.folded
        unknown = {stem(w): w for w in folded
                   if w not in STOP_WORDS and self.passage_index_.idf(stem(w)) is None}
        span = np.arange(*self.layout_.first_sentence[passage:passage + 2])
        return met(dict(zip(unknown, self.soft_.word_matches(list(unknown.values()), span),
                            strict=True)), query.own.kinds, self.layout_.sentence_terms(best))
