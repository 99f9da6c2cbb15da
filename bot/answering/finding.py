"""What retrieval hands on: the answer it found for a question, and why."""

from __future__ import annotations

from dataclasses import dataclass

from bot.reading.document import Passage


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
    unmet: tuple[str, ...] = ()  # what the question asks that the answer lacks
