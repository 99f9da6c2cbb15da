"""The sentence a follow-up's context needs before the part of the last answer it leans on.

"The last meeting was held on December 11-13, 2017, in Almaty." answers "when did the
council last meet?", but it only continues the sentence before it, which names the
council and what it is for ("… is discussed at the Council meeting of the U.S. Central
Asia Trade and Investment Framework Agreement"). A follow-up about "it" ("which
countries does it cover?") points to what that earlier sentence names, so the part it
leans on is read with that sentence first (``with_lead``): the sentence of the passage
right before the part, when the part's first sentence continues it
(``bot.language.continuation.continues``), the answer did not show it, and the part
names no one (``PERSON_NAME``): "The visit of the Minister …, Nurlan X, to Washington
took place …" names its own subject, whatever its opening says.
"""

from __future__ import annotations

from bot.language.continuation import continues
from bot.language.names import PERSON_NAME
from bot.language.text import content, words
from bot.reading.sentences import sentence_texts


def with_lead(part: str, passage: str) -> str:
    """``part`` with the sentence of ``passage`` it continues put before it (module
    docstring), or ``part`` as it is."""
    sentences, shown = sentence_texts(passage), sentence_texts(part)
    if not shown or shown[0] not in sentences:
        return part
    at = sentences.index(shown[0])
    if at == 0 or sentences[at - 1] in shown or PERSON_NAME.search(shown[0]):
        return part
    before = sentences[at - 1]
    return f"{before} {part}" if continues(shown[0], set(content(words(before)))) else part
