"""Everyday short forms read as the words they stand for: "jan" → "january", "mtg" →
"meeting", "govt" → "government", "yrs" → "years", a clipped word ("phone" → "telephone",
"uni" → "university") and a city's nickname ("DC" → "Washington").

People in a hurry type "nazarbayev us trip jan 2018" or "tifa last mtg where" of a text
that writes "January" and "meeting". Most short forms are found in the document itself
(``bot.language.acronyms``: initials, "PM" of "Prime Minister"; a word's beginning, "amb"
of "ambassador"), but a month's or a word's contraction ("mtg", "govt") is neither, and
several are English words of their own ("jan", "dec"), which the acronym reader leaves
alone. This is a general table of English, not of any document or question set; a short
form is read so only where the document uses every word it stands for and never the
short form itself. Forms with several everyday readings ("sec", "min", "rep", "co", "mar",
"yr" of "year" and "your") are left out; "cos" is read as "companies" (business writing's
sense) although chat also writes it for "because", which names nothing to search for.
"""

from __future__ import annotations

from collections.abc import Set

from bot.language.dates import MONTHS

# a month's first three letters ("mar" and "may" are words of their own), and "sept"
_MONTHS = {m[:3]: m for m in MONTHS if m[:3] not in ("mar", "may")} | {"sept": "september"}
_TABLE = """mtg:meeting mtgs:meetings govt:government govts:governments intl:international
dept:department depts:departments natl:national mgmt:management yrs:years cos:companies
corp:corporation assn:association bn:billion mln:million dc:Washington nola:New|Orleans
vegas:Las|Vegas phone:telephone phones:telephones mp:member|of|parliament
mps:members|of|parliament sme:small|and|medium|enterprises smes:small|and|medium|enterprises
tech:technology uni:university unis:universities univ:university admin:administration
gov:government prof:professor profs:professors lab:laboratory labs:laboratories
exam:examination exams:examinations stats:statistics pres:president prez:president
ppl:people biz:business asst:assistant amb:ambassador ambs:ambassadors agmt:agreement
agmts:agreements cmte:committee"""
SHORT_FORMS: dict[str, str] = _MONTHS | {
    short: whole.replace("|", " ")
    for short, whole in (pair.split(":") for pair in _TABLE.split())}


def unabbreviated(short: str, known: Set[str]) -> str | None:
    """The words a folded short form stands for when the document (of folded words
    ``known``) uses each of them and not the short form, else None."""
    whole = SHORT_FORMS.get(short)
    if whole is None or short in known or not all(w in known for w in whole.lower().split()):
        return None
    return whole
