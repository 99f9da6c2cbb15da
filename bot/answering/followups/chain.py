"""A follow-up asking when, where or how much of an answer whose sentence does not say,
but whose event an earlier sentence of its passage tells.

"The Joint Statement was signed at the meeting." answers "what was signed?"; "when was
it?" then asks the time of that meeting, which the sentence names only as "the meeting":
the time is in an earlier sentence ("On 3 May, a meeting was held …"). Retrieval read
with the last turn finds the part again, which offers no time, and says the document
does not give one. So a short follow-up that leans on the last turn (a pointer, an
"and …", a bare question word) and asks a kind of thing, and
got no answer, or one that does not offer that kind, is answered by the nearest earlier
sentence of the last answer's passage that offers that kind, reached through a chain of
sentences each of which refers back to the one before (``linked``): it opens by leaning
on it (``continuation.continues``), or names again, as "the …" or "this …", a thing the
one before names ("at the meeting"). The walk starts at the last sentence of the part,
so the sentence it continues, which the follow-up leaned on with it, is the first tried
("The main sectors are …" after "Investment totalled 3 billion …": "and how much in all?").
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.followups.follow_words import is_bare, leans
from bot.language.answer_type import expected_type, offers
from bot.language.continuation import continues, named_again
from bot.language.text import content, words
from bot.reading.sentences import sentence_texts
from bot.reply import Reply

# The most words of a follow-up that asks so of the last answer ("and how much in all?").
FRAGMENT_WORDS = 6
# How many sentences back a chain is followed.
CHAIN_STEPS = 3


def linked(sentence: str, before: str) -> bool:
    """True when ``sentence`` refers back to the sentence ``before`` it (module docstring)."""
    held = set(content(words(before)))
    return continues(sentence, held) or named_again(sentence, held)


def told_earlier(question: str, reply: Reply, last: tuple[str, Reply], part: str
                 ) -> Reply | None:
    """The reply to a follow-up (module docstring) that got ``reply``, no answer of the kind
    asked, after the ``last`` (question, reply) whose ``part`` answered: that reply with the
    nearest earlier linked sentence of its passage that offers the kind asked; else None."""
    kind, whole = expected_type(question), last[1]
    named = set(words(question)) | set(words(last[0]))
    if (kind is None or not whole.sources or not (leans(question) or is_bare(question))
            or len(words(question)) > FRAGMENT_WORDS
            or (reply.kind == "answer" and offers(kind, reply.text, named) >= 1)):
        return None
    passage = whole.sources[0].text
    sentences = sentence_texts(passage)
    shown = sentence_texts(part)  # with its lead
    answering = shown[-1] if shown else ""
    if answering not in sentences:
        return None
    at = sentences.index(answering)
    for i in range(at, max(0, at - CHAIN_STEPS), -1):
        if not linked(sentences[i], sentences[i - 1]):
            return None
        if offers(kind, sentences[i - 1], named) >= 1:
            return replace(whole, text=sentences[i - 1], span=None)
    return None
