"""Titles a question names by their abbreviation, read as that abbreviation.

"Who signed the FATCA agreement?" asks of the agreement a sentence titles "the Agreement
on … Tax Discipline (FATCA)": the words of its title ("Improvement", "Discipline") name
no one, so a check for a name reads the title as its abbreviation. General English.
"""

from __future__ import annotations

import re

from bot.language.text import words

# a title, from a capitalised word, and the abbreviation it introduces: "the Agreement on
# … Tax Discipline (FATCA)", "an Agreement on mutual legal assistance … (MLAT)"
_TITLED = re.compile(r"[A-Z][\w'-]*(?:\s+[\w'-]+){0,12}?\s+\(([A-Z][\w+&-]+)\)")


def retitled(sentence: str, question: str) -> str:
    """The sentence with each title the question names by its abbreviation written as
    that abbreviation: "who signed the FATCA agreement?" asks of the agreement, so the
    words of its title ("Improvement", "Discipline") name no one."""
    asked = set(words(question))
    return _TITLED.sub(lambda m: m.group(1) if m.group(1).lower() in asked else m.group(),
                       sentence)
