"""Two near misses read from the question's frame: an opinion, and a figure for a year.

- An opinion never stated: "what does X think of Y", "does X consider Y a Z", "X's
  opinion on Y" ask for a judgement; an answer holding no word of judgement or speech
  (``_STANCE``: appreciates, said, believes, criticised …) tells a fact, not what anyone
  thinks of it ("what does the president think of …" answered by the sentence that
  says the two presidents spoke on the telephone).
- A figure for a year that is all that matches: "how much did X invest in 2010" of the
  one passage dated 2010, about something else. Only questions that ask for a figure
  ("how much/many", "worth", "volume": ``_AMOUNT``) are read so, and the answer's passage
  must share a content word of the question besides its years and the document's
  subjects (a term in ``SUBJECT_SHARE`` of its passages, "Kazakhstan" in a document
  about it), by stem or by a word retrieval would borrow for it (``thesaurus.borrow``:
  "sell" → "trade"). Read for every question ("who became king in 1643?" of a passage
  that says "gained the throne in 1643") it cost squad_dev answers.

The word lists are general English, fitted to no question set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import borrow

_OPINION = re.compile(
    r"\b(?:do|does|did)(?: \w+){1,3} (?:think|feel)\b(?= (?:of|about)\b)|"
    r"\b(?:opinion|opinions|stance) (?=(?:on|of|about)\b)|"
    r"\b(?:consider|considers|regard|regards)\b(?= \w+(?: \w+)? (?:as|an?|to be)\b)",
    re.IGNORECASE)
_STANCE = re.compile(
    r"\b(?:apprecia\w*|believ\w*|consider\w*|regard\w*|view\w*|think\w*|thought|feel\w*|"
    r"felt|opinion\w*|sa(?:y|ys|id)|stat(?:ed|ements?)|declar\w*|announc\w*|prais\w*|"
    r"critici[sz]\w*|welcom\w*|oppos\w*|concern\w*|argu\w*|claim\w*|insist\w*|"
    r"not(?:ed|es)|describ\w*|hail\w*|condemn\w*|cit(?:ed|es|ing)|express\w*|hope\w*|"
    r"urg(?:ed|es)|call(?:ed|s)|prefer\w*|deem\w*|favou?r\w*|disapprov\w*|"
    r"approv\w*|reject\w*|endors\w*|object\w*|skeptic\w*|sceptic\w*|pleased|proud)\b",
    re.IGNORECASE)
# what asks for a figure: "how much …", "… worth", "the volume of …"
_AMOUNT = re.compile(r"\b(?:how (?:much|many)|worth|volume|value|amount|total|figure|size)\b",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# a term in this share of the document's passages is a subject of the whole
SUBJECT_SHARE = 0.5


def unstated_opinion(question: str, text: str) -> list[str]:
    """"an opinion" when the question asks what someone thinks and the answer ``text``
    holds no word of judgement or speech."""
    return ["an opinion"] if _OPINION.search(question) and not _STANCE.search(text) else []


def only_the_year(question: str, passage_terms: Set[str], share: Callable[[str], float]
                  ) -> list[str]:
    """The question's year when the answer's passage (``passage_terms``) shares no other
    content word of it, less the document's subjects: a passage dated so, about something
    else."""
    years = _YEAR.findall(question)
    if not years or not _AMOUNT.search(question):
        return []
    asked = [w for w in words(question) if w not in STOP_WORDS and w not in years
             and share(stem(w)) < SUBJECT_SHARE]
    return [years[0]] if asked and not any(
        stem(w) in passage_terms or borrow(w, passage_terms) for w in asked) else []
