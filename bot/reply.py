"""What the engine hands back: a Reply, its Sources, and how it was chosen."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["answer", "intent", "fallback"]


@dataclass(frozen=True)
class Source:
    """A passage behind an answer: its text, retrieval score, section and place in the file.

    ``page`` is its page (1-based) in a PDF, None for formats without pages.
    """

    text: str
    score: float
    section: str
    file: str | None = None
    start: int = 0
    end: int = 0
    page: int | None = None


@dataclass(frozen=True)
class Explanation:
    """How a reply was chosen, for ``/why``: the route taken and the numbers behind it."""

    route: Literal["intent", "retrieval", "none"]
    intent_score: float = 0.0
    answer_score: float = 0.0
    confidence: float = 0.0
    threshold: float = 0.0
    answer_type: str | None = None
    corrections: dict[str, str] = field(default_factory=dict)
    resolved_question: str | None = None
    # what the question asks that the document lacks ("2022", "a price"); set on a
    # fallback that quotes the nearest sentence
    unmet: tuple[str, ...] = ()
    # Which way the message classifier (bot.smalltalk.classifier) decided, and its
    # probability; and the gate's P(off topic) (bot.smalltalk.gate) for a message
    # retrieval was asked about.
    classifier_label: str | None = None
    classifier_score: float = 0.0
    off_topic: float = 0.0


@dataclass(frozen=True)
class Reply:
    """One reply: what kind it is, what the user is shown, and the evidence behind it."""

    kind: Kind
    text: str
    intent: str | None = None
    confidence: float = 0.0
    sources: tuple[Source, ...] = ()
    explanation: Explanation = field(default_factory=lambda: Explanation("none"))

    def to_dict(self) -> dict[str, Any]:
        """The reply as plain data, for JSON output."""
        data = asdict(self)
        data["sources"] = [asdict(s) for s in self.sources]
        return data
