"""Acronyms read through the document's own words: "FDI" → "foreign direct investment".

People abbreviate ("PM", "FDI", "NY") where a document spells the words out. A question
word the document never uses, of two to five letters, is looked up as the initials of a
run of words in the document: "PM" matches "Prime Minister", "fdi" matches "foreign direct
investment". The most frequent such run replaces the acronym in the question.
To keep chance matches out, an English word written in lower case ("ya", "tea") is left
alone, the run's words must not be stop words, and for a two-letter acronym the run must
be a whole name, every word capitalised and no capitalised word just before
or after it ("PM" is not the "Pressure Management" of "Wellhead Pressure Management
Project"). Nothing here is a list of acronyms: the
document is the only source.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.language.spelling import english_words
from bot.language.text import STOP_WORDS

_TOKEN = re.compile(r"(?<![\w.])([A-Za-z]{2,5})(?![\w])")
# a capitalised word just before a run: the run is part of a longer name
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t-]+$")
_MOST = 3  # acronyms expanded per question, so a long message costs a few scans at most


class Acronyms:
    """Expands a question's unknown short words into the document's spelled-out phrases."""

    def __init__(self, text: str, known: set[str]) -> None:
        self.text = text
        self.known = known
        self._found: dict[tuple[str, bool], str | None] = {}

    def expand(self, question: str) -> str:
        """The question with each acronym the document spells out replaced by its words."""
        parts: list[str] = []
        end = 0
        for match in _TOKEN.finditer(question):
            token = match.group(1)
            lowered = token.lower()
            if (lowered in self.known or lowered in STOP_WORDS
                    or (token.islower() and lowered in english_words())):
                continue
            phrase = self._phrase(lowered, len(token) == 2)
            if phrase and len(parts) < 2 * _MOST:
                parts += [question[end: match.start()], phrase]
                end = match.end()
        return "".join(parts) + question[end:] if parts else question

    def _phrase(self, letters: str, name_only: bool) -> str | None:
        """The document's most frequent run of words with these initials, or None."""
        key = (letters, name_only)
        if key not in self._found:
            self._found[key] = self._search(letters, name_only)
        return self._found[key]

    def _search(self, letters: str, name_only: bool) -> str | None:
        """Scan the document for runs of words whose initials spell ``letters``."""
        first = "[A-Z]" if name_only else "[A-Za-z]"
        words = [rf"(?:{letter.upper()}|{letter})" if not name_only else letter.upper()
                 for letter in letters]
        pattern = re.compile(r"\b" + r"[\s-]+".join(w + r"[\w'’]*" for w in words) + r"\b"
                             + (r"(?![\s-]+[A-Z])" if name_only else ""))
        runs = Counter(m.group() for m in pattern.finditer(self.text)
                       if not (name_only and _NAME_BEFORE.search(self.text, 0, m.start()))
                       and all(w.lower() not in STOP_WORDS and re.match(first, w)
                              for w in re.split(r"[\s-]+", m.group())))
        if len(letters) > 2 and letters[-1] == "s" and not runs:
            # "MPs": the plural of "MP"
            return self._search(letters[:-1], name_only or len(letters) == 3)
        return runs.most_common(1)[0][0] if runs else None
