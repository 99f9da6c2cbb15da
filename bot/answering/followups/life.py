"""A follow-up about a person's own life: "where did he study?", "how old is she?".

After an answer that names a person ("Since 2019, Ann Berg is the ambassador"), a user often
asks about that person's life: birth, age, death, education, family, languages, home,
income, pastimes, career before. A document about something else seldom says; retrieval then
reads the follow-up with the last turn and, finding nothing of its own words, gives the last
answer again, which holds a place, a date or a number of another event ("where did she
study?" → the country of her post). Such an answer is no evidence: a document that does tell
of a person's life says so in the words of that life ("born in 1950", "graduated from",
"aged 61", "married to"). So a follow-up that points to one person and asks one of these
``LIFE`` facets is answered only when the reply holds the facet's own evidence words;
otherwise it is declined, saying the document does not tell, with what it does say of the
person. The facets and their words are a general English word list about biographies, not
words of any question set.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.followups.roles import ONE_PERSON
from bot.reply import Reply

# (what asks for the facet, what a sentence that tells it says), one facet a row.
LIFE: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asked, re.IGNORECASE), re.compile(told, re.IGNORECASE)) for asked, told in (
        (r"\bborn\b|\bbirth", r"\bborn\b|\bbirth"),
        (r"\bhow old\b|\b(?:his|her|what) age\b|\bbirthday",
         r"\b(?:years?|yrs?)[- ]old\b|\baged?\s+\d"),
        (r"\bwhen did (?:he|she) die\b|\b(?:is|was) (?:he|she) (?:still )?(?:alive|dead)\b|"
         r"\b(?:his|her) death\b|\bhow did (?:he|she) die\b",
         r"\b(?:died|dead|death|passed away)\b"),
        (r"\bdid (?:he|she) study\b|\beducat|\bgraduat|\bdegree|\balma mater|"
         r"\b(?:university|college|school)\b.*\b(?:go|went|attend)|\b(?:go|went) to (?:a |the )?"
         r"(?:university|college|school)\b",
         r"\bstudied\b|\beducated\b|\bgraduat|\bdegree|\balumn"),
        (r"\bmarr(?:y|ied|iage)\b|\b(?:his|her) (?:wife|husband|spouse|kids|children|sons?|"
         r"daughters?|parents|family)\b(?!'s)|\bhave (?:any )?(?:kids|children)\b",
         r"\bmarried\b|\b(?:wife|husband|spouse|children|sons?|daughters?)\b"),
        (r"\blanguages?\b|\b(?:does|can|did) (?:he|she) speak\b(?! (?:about|at|on|to|with|of)\b)",
         r"\blanguages?\b|\bspeaks\b|\bfluent"),
        (r"\bhometown\b|\bgr[eo]w up\b|\bwhere (?:does|did) (?:he|she) live\b",
         r"\bhometown\b|\bgrew up\b|\blives? in\b|\bnative of\b"),
        (r"\bsalary\b|\bnet worth\b|\bincome\b|\bhow much (?:does|did) (?:he|she) (?:earn|make)",
         r"\bsalary\b|\bnet worth\b|\bincome\b|\bearn"),
        (r"\bhobb(?:y|ies)\b|\bfree time\b|\bpastime", r"\bhobb(?:y|ies)\b|\bpastime"),
        (r"\bcareer\b|\bwhat did (?:he|she) do before\b|\bprevious(?:ly)? (?:job|post|work)\b|"
         r"\bbefore (?:becoming|he became|she became)\b",
         r"\bcareer\b|\bpreviously\b|\bformerly\b|\bserved as\b|\bbefore becoming\b"),
    ))


def life_facet(question: str) -> re.Pattern[str] | None:
    """What a sentence must say to tell the facet of a person's life ``question`` asks,
    when it points to one person ("he", "her"); None for any other message."""
    if not ONE_PERSON.search(question):
        return None
    return next((told for asked, told in LIFE if asked.search(question)), None)


def untold_life(question: str, reply: Reply, last: Reply | None) -> Reply:
    """``reply``, unless ``question`` follows an answer (``last``) and asks a facet of a
    person's life (``life_facet``) that the reply does not tell: then a fallback saying
    the document does not, quoting the last answer (what it does say of that person). A
    first question is answered as asked: its "she" points to no one before it."""
    told = life_facet(question)
    if last is None or told is None or (reply.kind == "answer" and told.search(reply.text)):
        return reply
    return replace(last, kind="fallback",
                   text=f"The document doesn't say that. What it says of them: {last.text}",
                   span=None, confidence=0.0)
