"""A pointer to the person the last answer gave, asked again by that person's name.

"Who did the President talk to?" → "… the Prime Minister, Ann Berg, had a telephone
conversation with the President, Tom Ray …" → "when did she visit Vesta officially?".
"She" is the person the answer gave: named in the answer, not in the question. Read with
the last turn, the follow-up leans on the telephone call and fails (no visit there);
asked with the surname in place of the pointer ("when did Berg visit Vesta officially?":
a document names a person again by the surname, "President Berg") it is a whole
question of its own. So when a follow-up with a pointer to one person fails
after an answer to a "who" question that names exactly one person the question did not,
it is asked again with that name; its reply stands when it is an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.followups.followup import repeats
from bot.answering.followups.roles import ONE_PERSON
from bot.language.dates import MONTHS
from bot.language.names import PERSON_NAME
from bot.language.offices import TITLES
from bot.language.places import PLACES
from bot.language.text import STOP_WORDS, words
from bot.reply import Reply

# The last question asked who: its answer gives a person.
_WHO = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?(?:who|whom)\b", re.IGNORECASE)
# A question asking a thing ("when did she …"), not a yes/no check of the last answer
# ("was he in Velm?", which ``sequence.checked`` settles from that answer alone).
_ASKING = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?)\W+)?(?:when|where|what|which|how|why|who|"
                     r"whom)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)


def given_person(last_question: str, answer: str) -> str | None:
    """The one person's name ``answer`` gives to the "who" question ``last_question``: a
    run of two capitalised words or more, none a place ("United States"), a function word
    ("On September"), a month or an office ("Prime Minister"), sharing no word with the
    question; None when the question asks no "who" or the answer gives none or several."""
    if not _WHO.match(last_question):
        return None
    known = set(words(last_question)) | PLACES | STOP_WORDS | frozenset(MONTHS) | TITLES
    found = {m.group() for m in PERSON_NAME.finditer(answer)
             if not set(said := words(m.group())) & known
             and len(said) >= 2}
    return found.pop() if len(found) == 1 else None


def named_again(question: str, reply: Reply, last: tuple[str, Reply] | None,
                respond: Callable[[str], Reply]) -> Reply:
    """``reply``, unless it is a fallback to a follow-up pointing to one person ("when did
    she visit?") after an answer that gave one (``given_person``): then the follow-up
    asked with that name, when that gets an answer that is not the last one again ("what
    did she do before that?" of the sentence that names her office: declined still)."""
    if (last is None or reply.kind != "fallback" or not ONE_PERSON.search(question)
            or not _ASKING.match(question)):
        return reply
    name = given_person(last[0], last[1].text)
    if name is None:
        return reply
    name = name.split()[-1]  # the surname: a document names a person again by it
    named = ONE_PERSON.sub(name, _POSSESSIVE.sub(f"{name}'s", question))
    found = respond(named)
    return found if found.kind == "answer" and not repeats(found.text, last[1].text) else reply
