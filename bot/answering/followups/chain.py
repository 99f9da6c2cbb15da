"""A follow-up asking when or where of an answer whose sentence does not say, but whose
event an earlier sentence of its passage tells.

"The Joint Statement was signed at the meeting." answers "what was signed?"; "when was
it?" then asks the time of that meeting, which the sentence names only as "the meeting":
the time is in an earlier sentence ("On 3 May, a meeting was held …"). Retrieval read
with the last turn finds the part again, which offers no time, and says the document
does not give one. So a follow-up that points back or is bare, asks a kind of thing, and
got no answer, or one that does not offer that kind, is answered by the nearest earlier
sentence of the last answer's passage that offers that kind, reached through a chain of
sentences each of which refers back to the one before (``linked``): it opens by leaning
on it (``continuation.continues``), or names again, as "the …" or "this …", a thing the
one before names ("at the meeting").
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.followups.follow_words import is_bare, points
from bot.language.answer_type import expected_type, offers
from bot.language.continuation import continues
from bot.language.text import content, terms, words
from bot.reading.sentences import split_spans
from bot.reply import Reply

# A thing named again: "the meeting", "this unit".
_AGAIN = re.compile(r"\b(?:the|this|these|that|such)\s+([a-z][\w-]*)", re.IGNORECASE)
# How many sentences back a chain is followed.
CHAIN_STEPS = 3


def linked(sentence: str, before: str) -> bool:
    """True when ``sentence`` refers back to the sentence ``before`` it (module docstring)."""
    held = set(content(words(before)))
    return continues(sentence, held) or any(
        set(terms(m.group(1))) & held for m in _AGAIN.finditer(sentence))


def told_earlier(question: str, reply: Reply, last: tuple[str, Reply], part: str
                 ) -> Reply | None:
    """The reply to a follow-up (module docstring) that got ``reply``, no answer of the kind
    asked, after the ``last`` (question, reply) whose ``part`` answered: that reply with the
    nearest earlier linked sentence of its passage that offers the kind asked; else None."""
    kind, whole = expected_type(question), last[1]
    named = set(words(question)) | set(words(last[0]))
    if (kind is None or not whole.sources or not (points(question) or is_bare(question))
            or (reply.kind == "answer" and offers(kind, reply.text, named) >= 1)):
        return None
    passage = whole.sources[0].text
    sentences = [" ".join(passage[a:b].split()) for a, b in split_spans(passage)]
    first = next((" ".join(part[a:b].split()) for a, b in split_spans(part)), "")
    if first not in sentences:
        return None
    at = sentences.index(first)
    for i in range(at, max(0, at - CHAIN_STEPS), -1):
        if not linked(sentences[i], sentences[i - 1]):
            return None
        if offers(kind, sentences[i - 1], named) >= 1:
            return replace(whole, text=sentences[i - 1], span=None)
    return None
