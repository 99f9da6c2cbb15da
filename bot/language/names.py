"""Names: the one place that says which words of a text are names.

Three readers need names, each in its own shape: a question's name terms (a missing name
means another subject, see ``bot.answering.confidence``), the capitalised runs of a
sentence that could be an answer (``bot.language.answer_type``), and the capitalised words
a tuning question can have swapped (``bench/train_confidence.py``). The rules are plain
capitalisation rules, a general resource.
"""

from __future__ import annotations

import re

from bot.language.text import terms

_TOKEN = re.compile(r"[^\W_][\w'-]*")
# A capitalised run, with the small words names carry ("Bank of America", "van Gogh").
NAME = re.compile(r"(?<![\w.])[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|von|van|the))*")
# A person's name: two or three capitalised words (middle initials allowed), or initials.
PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\b|"
                         r"(?<![\w.])(?:[A-Z]\.\s)+[A-Z][a-z]+")
# A title before a name ("President Tokayev", "Dr. Smith").
TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|President|Prime Minister|Minister|Secretary|"
                   r"Congressman|Congresswoman|Senator|Governor|Ambassador|King|Queen|Prince|"
                   r"General|Professor|Chairman|Director|Pope|Saint|St)\.? [A-Z]")
# A capitalised word of three letters or more past the first word, with the ones after it.
CAPITALISED_RUN = re.compile(r"(?<=\s)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*")


def name_terms(text: str) -> set[str]:
    """Terms of the words a text capitalises mid-sentence (names) or writes in capitals."""
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        word = match.group()
        before = text[: match.start()].rstrip()
        sentence_start = not before or before[-1] in ".?!:\"\u201c"
        if (word[0].isupper() and not sentence_start) or (len(word) > 1 and word.isupper()):
            found.update(terms(word))
    return found
