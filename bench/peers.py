"""Baselines kzbot is measured against: TF-IDF and BM25 over paragraphs or sentences.

Each peer has the library's shape (``from_text``, ``ask``, ``conversation``) so the same
scorer runs them all. A peer answers with its best unit (paragraph or sentence) and
declines only when nothing matches at all (best score 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from rank_bm25 import BM25Okapi
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from bot.chatbot import default_path

_NAIVE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class PeerSource:
    """A unit behind a peer's reply."""

    text: str
    score: float
    section: str = ""


@dataclass(frozen=True)
class PeerReply:
    """A peer's reply, in the library's Reply shape."""

    kind: str
    text: str
    sources: tuple[PeerSource, ...]
    intent: str | None = None


def units(text: str, unit: str) -> list[str]:
    """Paragraphs (blank-line separated), or naive sentences (split after . ! ?)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if unit == "paragraph":
        return paragraphs
    return [s for p in paragraphs for s in _NAIVE_SENTENCE_END.split(p) if s.strip()]


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if w not in ENGLISH_STOP_WORDS]


class Peer:
    """One baseline: ``method`` is "tfidf" or "bm25", ``unit`` "paragraph" or "sentence"."""

    def __init__(self, text: str | None = None, *, method: str, unit: str) -> None:
        if text is None:
            text = "\n\n".join(p.read_text() for p in sorted(default_path("corpus").iterdir()))
        self.units = units(text, unit)
        if method == "tfidf":
            self.vectorizer = TfidfVectorizer(stop_words="english")
            self.matrix = self.vectorizer.fit_transform(self.units)
        else:
            self.bm25 = BM25Okapi([_tokens(u) or [""] for u in self.units])
        self.method = method

    def scores(self, question: str) -> Any:
        """The score of every unit for a question."""
        if self.method == "tfidf":
            return (self.matrix @ self.vectorizer.transform([question]).T).toarray().ravel()
        return self.bm25.get_scores(_tokens(question))

    def ask(self, question: str) -> PeerReply:
        """The best unit, or a fallback when no unit shares a word with the question."""
        scores = self.scores(question)
        order = np.argsort(-scores)[:3]
        if not len(order) or scores[order[0]] <= 0:
            return PeerReply("fallback", "", ())
        sources = tuple(PeerSource(self.units[i], float(scores[i])) for i in order)
        return PeerReply("answer", sources[0].text, sources)

    def conversation(self) -> Peer:
        """Peers have no memory: a conversation is the peer itself."""
        return self


PEERS: dict[str, dict[str, str]] = {
    "TF-IDF paragraphs": {"method": "tfidf", "unit": "paragraph"},
    "TF-IDF sentences": {"method": "tfidf", "unit": "sentence"},
    "BM25 paragraphs": {"method": "bm25", "unit": "paragraph"},
    "BM25 sentences": {"method": "bm25", "unit": "sentence"},
}


def peer_factory(name: str) -> Any:
    """A callable building the named peer from a text (or the bundled document)."""
    return lambda text=None: Peer(text, **PEERS[name])

