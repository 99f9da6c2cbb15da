"""A follow-up that picks one member of a list the last answer gave, by its place.

"What was the second one?" or "and the last one?" after an answer that lists things ("…
agreed to launch five projects: A; B; C; D; E") asks for one member of that list, by
its place in it. Retrieval cannot find it: the ordinal names no word of the sentence. So
the list is read from the last answer (after a colon, "such as", "including" or "namely"
when the sentence has one, else the run of comma- or semicolon-separated items) and the
member at that place is the answer, with the sentence as its source. A list of names
("Primus Power, Spancrete and Netflix have entered …") ends where its last name ends.
General English patterns, not drawn from any question set.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.followups.within import LIST, is_list
from bot.reading.sentences import split_spans
from bot.reply import Reply

_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5,
           "seventh": 6, "last": -1, "final": -1}
# Only a place asked: "what was the second one?", "and the last one?", "name the third".
_PICK = re.compile(rf"^\W*(?:and\s+|what about\s+|how about\s+)?(?:(?:please\s+)?(?:name|give me|"
                   rf"tell me|show me|say)\s+)?(?:(?:what|which)(?:'s)?\s+)?"
                   rf"(?:(?:is|was|were|are)\s+)?(?:the\s+)?({'|'.join(_PLACES)})"
                   rf"(?:\s+(?:one|item|of them|on the list))?\W*$", re.IGNORECASE)
# A place named in a question: "the 2nd meeting", "the fifth session".
_ORDINAL = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|{'|'.join(_PLACES)}|eighth|ninth|tenth)\b",
                      re.IGNORECASE)
_INTRODUCED = re.compile(r":|\s[-–—]\s|\b(?:such as|including|namely)\b", re.IGNORECASE)
# Members are parted by semicolons when there are any ("national and regional planning;
# counter-terrorism"), else by commas and a last "and" or "or".
_SEPARATOR = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*")
# What opens a list in its first member's run: "the main sectors are mining, …".
_LEAD = re.compile(r"\b(?:are|is|were|was|include[sd]?|cover(?:s|ed)?)\s+(.+)$")
_NO_MEMBER = frozenset({"others", "other", "etc", "so on", "more"})


def members(sentence: str) -> list[str]:
    """The members of the list a sentence gives, in order (module docstring)."""
    intro = _INTRODUCED.search(sentence)
    text = sentence[intro.end():] if intro and is_list(sentence[intro.end():]) else sentence
    found = LIST.search(text)
    if found is None:
        return []
    parts = text.split(";") if ";" in found.group() else _SEPARATOR.split(found.group())
    items = [i.strip(" .") for i in parts if i.strip(" .").lower() not in _NO_MEMBER | {""}]
    lead = _LEAD.search(items[0]) if items else None  # "the main sectors are mining"
    if lead:
        items[0] = lead.group(1)
    if len(items) > 1 and all(i[:1].isupper() for i in items[:-1]):
        last = re.match(r"(?:[A-Z][\w'.&-]*\s*)+", items[-1])
        items[-1] = last.group().strip() if last else items[-1]
    return items


def picked(question: str, last: tuple[str, Reply]) -> Reply | None:
    """The reply to a follow-up that asks for a member of the last answer's list by its
    place ("what was the second one?"); None for any other message, when the last
    answer lists nothing or fewer members than the place asked, or when the last question
    named a place of its own ("when was the 2nd meeting?": "and the fourth one?" is the
    4th meeting, not the fourth member of a list the answer happens to give)."""
    asked = _PICK.match(question.strip())
    if asked is None or _ORDINAL.search(last[0]):
        return None
    last_reply = last[1]
    listing = _answering(last_reply)
    items = members(listing) if is_list(listing) else []
    place = _PLACES[asked.group(1).lower()]
    if not items or place >= len(items):
        return None
    word = asked.group(1).lower()
    return replace(last_reply, text=f"The {word} one listed is {items[place]}: {listing}",
                   span=None)


def _answering(reply: Reply) -> str:
    """The sentence of a reply that answered: the one holding its answering words, else
    its first (a sentence shown beside it is no list the follow-up picks from)."""
    spans = split_spans(reply.text) or [(0, len(reply.text))]
    at = reply.span.start if reply.span else 0
    a, b = next(((a, b) for a, b in spans if a <= at < b), spans[0])
    return reply.text[a:b]
