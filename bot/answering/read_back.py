"""Reading back from a best sentence that names its doer only by a pronoun.

"Luther refused to recant his writings. He is sometimes also quoted as saying: …" answers
"who said …?": the ranker finds the sentence with the question's words, whose subject is
"He"; the name it stands for is in the sentence before. That sentence joins the answer
(``bot.answering.compose.answer_text`` asks this after its other glue-before rules) when

- the question asks for a person (``answer_type`` PERSON: "who", "whom", "which person");
- the best sentence opens with a bare personal pronoun as its subject ("He", "She",
  "They"), and names no one the question does not (``offers`` under 1: no person's name
  nor a title);
- the sentence before, in the same passage, names a person the question does not (a
  person's name or a title: ``offers`` 1), or opens with a name the question lacks
  (``opening_name``): there stands the subject a pronoun refers to ("Luther refused …"),
  and ``offers`` skips a sentence's first word, which every sentence capitalises.

Measured on squad_dev: one answer gained, none lost, the median answer unchanged.

A rule about how English refers back, not about any question set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answering.query import Query
from bot.language.answer_type import PERSON, offers
from bot.language.names import NAME
from bot.language.text import STOP_WORDS, words
from bot.reading.document import Sentence

# a sentence whose subject is a bare personal pronoun: "He is …", "They later …"
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:he|she|they)\b(?!\s*[,’'-])", re.IGNORECASE)


def opening_name(sentence: str, known: set[str]) -> bool:
    """True when a sentence opens with a name whose words, less stop words, the question
    (``known``, folded) lacks: "Luther refused …", "Duke Richard II …"; not "The rest …"."""
    found = NAME.match(sentence.lstrip(" \"'“‘("))
    if found is None:
        return False
    named = [w for w in words(found.group()) if w not in STOP_WORDS]
    return bool(named) and not set(named) <= known


def named_before(sentences: Sequence[Sentence], best: int, query: Query) -> bool:
    """True when the sentence before ``best`` names the person a pronoun subject of the best
    one stands for (see the module docstring)."""
    if query.answer_type != PERSON or best == 0:
        return False
    text, before = sentences[best].text, sentences[best - 1]
    if before.passage != sentences[best].passage or not _PRONOUN_SUBJECT.match(text):
        return False
    known = set(query.own.folded)
    if offers(PERSON, text, known) >= 1:
        return False
    return offers(PERSON, before.text, known) >= 1 or opening_name(before.text, known)
