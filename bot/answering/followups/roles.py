"""A follow-up that asks what the person just named does: "what's his job?", "her title?".

An answer that names a person often names their office with them ("the Prime Minister of
Ruritania, Ann Berg, visited …", "led by Deputy Secretary Tom Ray"). A follow-up asking
that person's job, position, post, title or role ("what's his position?", "and her
role?", "what does he do?") is answered by that sentence: retrieval, reading
"position" or "job", finds words the document never uses, or the next sentence of the
passage, which speaks of the event, not of the person. The office titles are a general
English word list, capitalised as titles are in running text, not words of any question
set.
"""

from __future__ import annotations

import re
from collections.abc import Set

from bot.language.answer_type import PERSON, offers
from bot.language.names import PERSON_NAME
from bot.language.offices import ROLE_WORDS, TITLES, alternatives
from bot.language.spelling import english_words
from bot.language.text import words

# Asking a person's office: "what's his job?", "her position?", "what does he do?".
_ROLE_ASKED = re.compile(rf"\b(?:{alternatives(ROLE_WORDS | {'rank', 'function'})})s?\b|"
                         r"\bwhat (?:does|did) (?:he|she) do\b", re.IGNORECASE)
# A pointer to a person or people, the one the last answer named; "(many) of them" picks
# from a set of things as often ("how many of them export?").
PERSON_POINTER = re.compile(r"\b(?:he|she|his|her|him|they|their)\b|(?<!\bof )\bthem\b",
                            re.IGNORECASE)
# A pointer to one person: "who did he meet?", "her state?"; "they" may be a country or a side.
ONE_PERSON = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
# How many answered turns back a pointer to a person looks for the last one that named one.
PERSON_TURNS = 3
# An office title: a word that names none but an office, in any case ("the envoy"), or
# one that names other things too, capitalised as a title ("Deputy", "Head", "General").
_TITLED = """Deputy Administrator Director Head Chief Commissioner Speaker Judge General Adviser
    Advisor Officer Manager Founder CEO King Queen Prince Princess Emperor Empress Sultan Emir
    Pope""".split()
_OFFICE = re.compile(rf"\b(?:(?i:{alternatives(TITLES)})|{alternatives(_TITLED)})\b")


def asks_role(question: str, answer: str) -> bool:
    """True when ``question`` asks the office of a person it points to ("what's his
    position?") and ``answer``, the part of the last answer that answered, names an
    office title ("… the Prime Minister of Ruritania, Ann Berg, …")."""
    return bool(_ROLE_ASKED.search(question) and PERSON_POINTER.search(question)
                and _OFFICE.search(answer))


def names_person(answer: str) -> bool:
    """True when an answer names a person (``answer_type.offers`` a PERSON: a name, or an
    office title, such as "the King of Norway"), whom a later "he" or "she" may point to."""
    return offers(PERSON, answer, set()) >= 1 or bool(_OFFICE.search(answer))


def names_surely(text: str, named: Set[str]) -> bool:
    """True when a text surely names a person not ``named`` before: a person's name
    (``PERSON_NAME``) that ends in a word that is no English word, as a surname does
    ("Ann Brezhneva"), not in the common noun a body's or a paper's name ends in (the
    "Energy Partnership", "Joint Statement" or "Sylvanian Power Forum" that
    ``answer_type.offers`` may take for a person)."""
    return any(not set(said := words(m.group())) <= named and said[-1] not in english_words()
               for m in PERSON_NAME.finditer(text))
