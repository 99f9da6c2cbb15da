"""The part of the last answer a follow-up leans on (``answering_part``).

An answer may show two sentences: the one that answers, and one beside it that scored
close. A follow-up ("who else?", "when was that?") is about the one that answered. With
the answering words (a span) known, that is the sentence holding them. Without, it is the
sentence that names what the question asked for: a "which …" or "what …" question names
the kind of thing it wants in the words right after its question word ("which *firms*
signed …", "what *projects* …"), its focus, and the sentence that names that kind is the
one that tells it, though the other shares more of the question's other words (a date,
a place); failing that, the sentence sharing the most words with the question.
"""

from __future__ import annotations

import re

from bot.answering.followups.follow_words import is_contrast
from bot.answering.followups.followup import repeats
from bot.language.continuation import continues
from bot.language.places import PLACES
from bot.language.text import STOP_WORDS, content, stem, words
from bot.reading.sentences import split_spans

# The words after "which" or "what" that may name the kind of thing asked for.
# "what's the X" and "whats the X" ask for X as "what X" does.
_FOCUS = re.compile(r"\b(?:which|what(?:'s|s(?=\s))?)\s+((?:[\w.'-]+\s+){0,2}[\w.'-]+)",
                    re.IGNORECASE)


def focus(question: str) -> str | None:
    """The stem of the noun naming what a "which"/"what" question asks for: the first of
    the (up to three) words after the question word that is no stop word and no place
    ("which US firms …" → "firm", "what's the trade volume …" → "trade"); None when there
    is none ("what is it?")."""
    match = _FOCUS.search(question)
    if match is None:
        return None
    return next((stem(w) for w in words(match.group(1))
                 if w not in STOP_WORDS and w not in PLACES and not w[0].isdigit()), None)


def answering_part(answer: str, question: str, span_start: int | None) -> str:
    """The part of an answer a follow-up leans on (module docstring): the sentence holding
    the answering words (at ``span_start``), with the one before when it continues that
    one ("The last meeting was held …" after "… the Council meeting"); with no answering
    words, a sentence that continues the one before keeps both, and otherwise the
    sentence naming the question's ``focus``, then sharing the most words with the
    ``question`` (the first on a tie)."""
    spans = split_spans(answer)
    parts = [answer[a:b] for a, b in spans]
    terms = [set(content(words(part))) for part in parts]
    leads = [i > 0 and continues(part, terms[i - 1]) for i, part in enumerate(parts)]
    if len(parts) < 2 or (span_start is None and any(leads)):
        return answer
    if span_start is None:
        asked, kind = set(content(words(question))), focus(question)
        best = max(range(len(parts)), key=lambda i: (kind in terms[i], len(terms[i] & asked), -i))
    else:
        best = next((i for i, (_, end) in enumerate(spans) if span_start < end),
                    len(parts) - 1)
    return " ".join(parts[best - 1: best + 1] if leads[best] else parts[best: best + 1])


def other_shown(question: str, found: str | None, shown: str) -> bool:
    """True when a contrast ("and the other one?") found a sentence that the last reply
    (``shown``) showed beside the part that answered: the user saw both members of the
    pair, and asks for the one not answered (``found`` repeats none of that part, which
    the caller has set aside)."""
    return found is not None and is_contrast(question) and repeats(found, shown)
