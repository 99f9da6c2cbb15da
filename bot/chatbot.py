"""The engine every way in shares: a Chatbot answers, a Conversation remembers.

A message goes, in order: cleaned and bounded → small talk when it is all but word for word
an intent's example → a greeting before a question set aside, and "what does X stand
for?" read as "what is X?" (``bot.language.definitions``) → small talk when the message
classifier (``bot.smalltalk.classifier``) is sure → retrieval → an answer when its
confidence clears ``threshold`` (or its answer holds what it quotes, word for word:
``bot.language.quotes``) and the gate (``bot.smalltalk.gate``) finds the message on
topic → small talk on a looser classifier score or typo-tolerant match ("helo") → for a
message for neither, a polite no (the ``chitchat`` intent's response) → otherwise a
fallback saying what the document covers.
"""

from __future__ import annotations

import random
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack

from bot.answering.finding import Finding
from bot.answering.fitted import fitted_retriever
from bot.answering.followups.followup import NOTHING, Avoid
from bot.answering.nearmiss.constraints import lacking
from bot.answering.retriever import Retriever
from bot.answering.threads import one_blas_thread
from bot.index.build import Progress
from bot.language.definitions import plainly
from bot.language.phrasal import unqualified
from bot.language.quotes import quotes
from bot.language.spelling import repaired
from bot.reading.corpus import document_from_text, load
from bot.reading.document import Document
from bot.reading.key_names import topics
from bot.reading.sanitize import MAX_QUESTION_CHARS, clean
from bot.reply import Explanation, Reply, Source, Span
from bot.smalltalk import route
from bot.smalltalk.classifier import MessageClassifier, Verdict, fitted
from bot.smalltalk.gate import CHITCHAT, GATE, off_topic
from bot.smalltalk.intents import IntentMatch, IntentMatcher
from bot.smalltalk.route import decided, talk
from bot.spans.model import extract

if TYPE_CHECKING:  # imported by ``conversation()``: a one-shot ask needs no dialogue layer
    from bot.conversation import Conversation

_PACKAGE = Path(__file__).resolve().parent


def default_path(name: str) -> Path:
    """A bundled folder (corpus/ or intents/): inside the installed package, else the repo."""
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


class Options(TypedDict, total=False):
    """The keyword options every way of making a Chatbot accepts."""

    threshold: float
    intent_cutoff: float
    seed: int | None
    cache: bool
    progress: Progress | None


# a reading with the last turn weighs words not typed: below this it is a guess that would
FOLLOW_UP_THRESHOLD = 0.20  # win over a sure reading of the message ("and energy cooperation?")


class Chatbot:
    """Answers questions about one document; see the module docstring for the route.

    ``threshold`` is the least confidence (the estimated probability that the document
    answers the question, ``bot.answering.retriever``) for an answer: squad_dev's answers
    between 0.15 and 0.20 are right half the time (+7 of 4,063; dev, dev2 and the held-out
    sets unchanged; 6 of 1,665 tuning out-of-scope questions answered, CLINC150 val −1);
    the off-topic gate, not the threshold, turns task requests away. ``intent_cutoff`` is
    the least fuzzy score (0-100) for a whole message to count as small talk; ``cache``
    keeps the fitted index and classifier on disk (``bot.cache``) so the next start is
    fast; ``progress``, when given, hears how far a build is (``bot.shells.progress``).
    Its parts can be given instead of built: ``retriever`` (fitted on ``document``, or on
    the corpus) and ``intent_matcher`` (then ``intents`` is not read).
    """

    def __init__(self, corpus: str | Path | None = None, intents: str | Path | None = None,
                 *, threshold: float = 0.15, intent_cutoff: float = 80.0,
                 document: Document | None = None, seed: int | None = None,
                 cache: bool = True, retriever: Retriever | None = None,
                 intent_matcher: IntentMatcher | None = None,
                 progress: Progress | None = None) -> None:
        self.threshold = threshold
        self.intent_cutoff = intent_cutoff
        self.document = document or load(Path(corpus) if corpus else default_path("corpus"),
                                         cache)
        self.intents = intent_matcher or IntentMatcher.from_folder(
            Path(intents) if intents else default_path("intents"), cache)
        self.retriever = retriever or fitted_retriever(self.document, cache, progress)
        self.classifier: MessageClassifier = fitted(self.intents.intents, cache)
        self._rng = random.Random(seed)

    @classmethod
    def from_text(cls, text: str, intents: str | Path | None = None,
                  **options: Unpack[Options]) -> Chatbot:
        """A Chatbot for a document given as a string."""
        return cls(intents=intents, document=document_from_text(text), **options)

    @classmethod
    def from_path(cls, path: str | Path, intents: str | Path | None = None,
                  **options: Unpack[Options]) -> Chatbot:
        """A Chatbot for a .txt/.md/.pdf/.docx/.html file or a folder of them."""
        return cls(corpus=path, intents=intents, **options)

    @property
    def title(self) -> str:
        """The document's title, or a plain name when it has none."""
        return self.document.title or "the document"

    @cached_property
    def topics(self) -> tuple[str, ...]:
        """The document's sections, in order; for a text with neither headings nor a
        title, the names it writes most (``bot.reading.key_names``)."""
        return topics(self.document)

    def ask(self, question: str) -> Reply:
        """Reply to one message, on its own (no memory of earlier turns)."""
        return self.respond(question)

    def conversation(self) -> Conversation:
        """A conversation whose follow-up questions can lean on earlier turns."""
        from bot.conversation import Conversation

        return Conversation(self)

    def respond(self, message: str, follows: tuple[str, str] | None = None,
                avoid: Avoid = NOTHING) -> Reply:
        """The reply to a message, on one BLAS thread (``bot.answering.threads``); read with
        ``follows``, a Conversation's last (question, answer), whose answer ``avoid`` may
        rule out, it skips the sure small-talk steps ("what does it cover?")."""
        with one_blas_thread():
            return self._respond(message, follows, avoid)

    def _respond(self, message: str, follows: tuple[str, str] | None, avoid: Avoid) -> Reply:
        """``respond``'s route (see the module docstring)."""
        text = clean(message)
        if not text:
            return self._fallback("Please ask a question about " + self.title + ".")
        if len(text) > MAX_QUESTION_CHARS:
            return self._fallback(f"That message is {len(text):,} characters long; please ask "
                                  f"in fewer than {MAX_QUESTION_CHARS:,}.")
        small_talk = route.fuzzy_talk(self.intents, text)
        if small_talk and small_talk.score >= route.SURE_INTENT and not follows:
            return self._intent_reply(small_talk, self.classifier.classify(text))
        question = plainly(route.unwrapped(route.without_small_talk(
            self.intents, self.classifier, text, self.intent_cutoff)))
        verdict = self.classifier.classify(question)
        chosen = talk(self.intents, verdict)
        if chosen and question == text and verdict.score >= route.SURE_TALK and not follows:
            return self._intent_reply(chosen, verdict)
        finding = self.retriever.find(question, " ".join(follows) if follows else "",
                                      follows[1] if follows else "", avoid)
        quoting = finding is not None and quotes(question, finding.text)
        away = (self._away(question, finding, verdict, follows is not None, quoting)
                if finding else 1.0)
        least = max(self.threshold, FOLLOW_UP_THRESHOLD) if follows else self.threshold
        sure = finding is not None and (finding.confidence >= least or quoting)
        if finding and sure and away < GATE and finding.unmet:
            return Reply("fallback", lacking(finding.unmet, finding.text), None,  # nearly
                         round(finding.confidence, 4), _sources(finding),
                         self._explain(finding, verdict, away, None, least))
        if finding and sure and away < GATE:
            return self._answer(finding, f"{question} (after: {follows[0]})" if follows else None,
                                verdict, away, extract(finding.text, question, finding.confidence),
                                least)
        if chosen and verdict.score >= route.WEAK_TALK:
            return self._intent_reply(chosen, verdict)
        if small_talk and small_talk.score >= self.intent_cutoff - route.WEAK_INTENT_MARGIN and (
                chosen or len(text.split()) <= route.TYPO_WORDS):
            return self._intent_reply(small_talk, verdict)
        declined = verdict.label == CHITCHAT or bool(finding and away >= GATE)
        return self._not_found(finding, verdict, away, declined, least)

    def _away(self, question: str, finding: Finding, verdict: Verdict, follow_up: bool,
              quoting: bool) -> float:
        """The off-topic gate's P(off topic) of a question as retrieval repaired it (typos,
        short forms: ``finding.corrections``); the classifier reads the repaired question
        too, so "envoy in DC" is weighed as "envoy in Washington", the asker's meaning;
        ``quoting``: the question quotes words its answer holds (``bot.language.quotes``)."""
        idf = self.retriever.passage_index_.idf
        fixed = unqualified(repaired(question, finding.corrections), lambda s: idf(s) is not None)
        seen = verdict if fixed == question else self.classifier.classify(fixed)
        return off_topic(fixed, seen, finding.confidence, finding.signals, idf, follow_up,
                         quoting)

    def _intent_reply(self, match: IntentMatch, verdict: Verdict | None = None) -> Reply:
        """The reply for a matched intent."""
        text = self.intents.respond(match.intent, self._rng, title=self.title,
                                    topics=", ".join(self.topics) or self.title)
        confidence = match.score / 100.0
        return Reply("intent", text, match.intent.name, confidence,
                     explanation=Explanation("intent", intent_score=match.score,
                                             confidence=confidence, **decided(verdict)))

    def _answer(self, finding: Finding, resolved: str | None, verdict: Verdict,
                away: float, span: Span | None, least: float) -> Reply:
        """The reply for a confident retrieval, with the words that answer when known."""
        explained = self._explain(finding, verdict, away, resolved, least)
        return Reply("answer", finding.text, None, round(finding.confidence, 4),
                     _sources(finding), explained, span)

    def _explain(self, finding: Finding | None, verdict: Verdict, away: float,
                 resolved: str | None, least: float) -> Explanation:
        """The numbers behind a retrieval, answered or not (``least``: the bar it met)."""
        classified = decided(verdict, away)
        if finding is None:
            return Explanation("retrieval", threshold=least, **classified)
        return Explanation("retrieval", answer_score=finding.score,
                           confidence=finding.confidence, threshold=least,
                           answer_type=finding.answer_type, corrections=finding.corrections,
                           resolved_question=resolved, unmet=finding.unmet, **classified)

    def _not_found(self, finding: Finding | None, verdict: Verdict, away: float,
                   declined: bool, least: float) -> Reply:
        """An honest fallback: the document does not say, and here is what it covers.

        The text never quotes the document; the sources are the closest passages retrieval
        found (none when no word of the question is in the document), so a reader can see
        where the document comes nearest and rephrase. A ``declined`` message ("set a
        timer") gets the ``chitchat`` response (what kzbot can do), when the intents have one.
        """
        topics = ", ".join(self.topics)
        chitchat = self.intents.named(CHITCHAT) if declined else None
        text = (self.intents.respond(chitchat, self._rng, title=self.title,
                                     topics=topics or self.title) if chitchat else
                f"Sorry, I couldn't find that in {self.title}."
                + (f" It covers: {topics}." if topics else ""))
        explanation = self._explain(finding, verdict, away, None, least)
        if finding is None:
            return Reply("fallback", text, explanation=explanation)
        return Reply("fallback", text, None, round(finding.confidence, 4), _sources(finding),
                     explanation)

    def _fallback(self, text: str) -> Reply:
        """A fallback for a message that could not be read as a question."""
        return Reply("fallback", text, explanation=Explanation("none", threshold=self.threshold))


def _sources(finding: Finding) -> tuple[Source, ...]:
    """The passages retrieval ranked for a question, best first."""
    return tuple(Source(p.text, round(score, 4), p.section, p.file, p.start, p.end, p.page)
                 for p, score in finding.passages)
