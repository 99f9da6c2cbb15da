"""A follow-up to a question the document does not answer.

"How much did exports grow in 2019?" is declined (the document gives no growth, no
2019); "how much were they in 2017?" then asks of the same subject, the exports, with
another constraint. The "they" points to the declined question, not to an older answer
the conversation got before it, and with no answer since, nothing else holds what it
points to. So a message that leans on an earlier turn (``follow_words.leans``: a
pointer, an "and…", a contrast, a bare question word) right after a declined question
(a fallback that quoted no nearest sentence, ``readings.nearest`` reads those, to a
message naming ``ASKED_TERMS`` or more words the document knows: a question about it,
not "cool") is read with that question as its context and no answer to set aside. Its
answer stands when it is one; a reading that finds nothing goes on as before.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.followups.follow_words import leans
from bot.answering.followups.followup import NOTHING, Respond
from bot.answering.followups.readings import nearest
from bot.reply import Reply

# Words the document knows a declined message names, to be a question about the document.
ASKED_TERMS = 2


def after_decline(question: str, last: tuple[str, Reply] | None, respond: Respond,
                  known_terms: Callable[[str], int]) -> Reply | None:
    """The answer to ``question`` read with the declined question of the ``last`` turn
    (module docstring), or None."""
    if last is None or not leans(question):
        return None
    declined, reply = last
    if reply.kind != "fallback" or nearest(reply) or known_terms(declined) < ASKED_TERMS:
        return None
    answer = respond(question, (declined, ""), NOTHING)
    return answer if answer.kind == "answer" else None
