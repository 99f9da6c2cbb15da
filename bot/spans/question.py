"""What the span model reads of a question, read once per question.

Every stage of span finding needs something of the question: the first model its class and
content stems (which sentence tokens it repeats), the word vectors its content words and
focus word, the second look the focus word's stem and the content words' first letters.
``Question.read`` cuts the question into words once and derives them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.language.text import STOP_WORDS, stem, words
from bot.spans.features import asks_two, question_class

_WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "when", "where", "how"})


def focus_word(said: list[str]) -> str | None:
    """The first content word after the question word ("What *team* won …"), if any, of a
    question's words."""
    seen = False
    for word in said:
        if word in _WH_WORDS:
            seen = True
        elif seen and word not in STOP_WORDS and word.isalpha():
            return word
    return None


@dataclass(frozen=True)
class Question:
    """A question as the span model reads it: its class; whether it asks two things at
    once; the stems of its content words (what a span should not repeat); its alphabetic
    content words and focus word (for the word vectors); the focus word's stem; the first
    five letters of its content words of four letters or more (a misspelt repeat is still a
    repeat); and how many distinct content stems it has."""

    qclass: str
    stems: frozenset[str] = frozenset()
    content: tuple[str, ...] = ()
    focus_word: str | None = None
    focus: str = ""
    prefixes: frozenset[str] = frozenset()
    size: int = 1
    two_parts: bool = False

    @classmethod
    def read(cls, question: str, qclass: str | None = None) -> Question:
        """Everything above, from one pass over the question's words."""
        said = words(question)
        focus = focus_word(said)
        content = [w for w in said if w not in STOP_WORDS and w.isalnum()]
        return cls(qclass or question_class(question),
                   frozenset(stem(w) for w in said if w not in STOP_WORDS),
                   tuple(w for w in content if w.isalpha()), focus,
                   stem(focus) if focus else "",
                   frozenset(w[:5] for w in content if len(w) >= 4),
                   max(1, len({stem(w) for w in content})), asks_two(question))
