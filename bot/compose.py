"""Answer composition: when the sentence after the best one belongs in the answer.

Documents often name the subject in one sentence and give the asked-for thing in the next:
"A round table was held at the Chamber … As a result, 24 contracts were signed." The
ranker finds the sentence that names the subject; this module adds the next sentence of
the same passage when

- the next sentence *continues* the best one: it opens with a pronoun or a connective
  ("Its chair is …", "As a result, …", "This facilitates …"), or with a definite noun
  phrase whose first words repeat a content word of the best sentence ("The last meeting
  was …" after "… the Council meeting …"); and
- it gives what the best one lacks: the expected answer type (a date, a number, a person,
  a place) that the best sentence does not hold, or the outcome, purpose or reason that a
  "why" / "what was the result" question asks for.

These are rules about how text is written, not about any question set.
"""

from __future__ import annotations

import re

from bot.answer_type import offers
from bot.text import terms

# A sentence that leans on the one before it ("Its chair is…", "As a result, …").
CONTINUES = re.compile(r"\(?(?:it|its|he|his|she|her|they|their|them|this|these|those|that|"
                       r"there|such|both|as a result|in addition|however|also|then|the latter|"
                       r"the former|prior to th\w+|before th\w+|after th\w+|following th\w+|"
                       r"accordingly|consequently|therefore|thus|hence|according to th\w+|"
                       r"the (?:main|principal|key|last|latest|first|next|final|primary|major|"
                       r"chief|overall|same|above|said|event|meeting|visit|sides|parties|two)"
                       r")\b",
                       re.IGNORECASE)
_DEFINITE = re.compile(r"the\s+((?:[\w-]+\s+){0,4}[\w-]+)", re.IGNORECASE)
# Questions that ask for an outcome, a purpose or a reason, which the next sentence often gives.
_CONSEQUENCE = re.compile(r"^\s*why\b|\b(?:what|which)\b.*\b(?:outcomes?|results?|purposes?|"
                          r"points?|aims?|goals?|objectives?|consequences?|effects?|impact|"
                          r"for)\b|\bwhat for\b|\b(?:matter|important)\b", re.IGNORECASE)


# A continuation that goes back in time: background, not the outcome or the purpose.
_EARLIER = re.compile(r"\(?(?:prior to|before|earlier|previously|until then)\b", re.IGNORECASE)


def continues(sentence: str, previous: str) -> bool:
    """True when ``sentence`` reads as the continuation of ``previous`` (module docstring)."""
    if CONTINUES.match(sentence):
        return True
    definite = _DEFINITE.match(sentence)
    return bool(definite and set(terms(definite.group(1))) & set(terms(previous)))


def belongs(best: str, following: str, question: str, answer_type: str | None,
            question_words: set[str]) -> bool:
    """True when the sentence ``following`` the best one should join the answer."""
    if not continues(following, best):
        return False
    if answer_type:
        return (offers(answer_type, best, question_words) < 1
                and offers(answer_type, following, question_words) >= 1)
    return bool(_CONSEQUENCE.search(question)) and not _EARLIER.match(following)
