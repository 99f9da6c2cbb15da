"""Follow-ups for the top of a ranking the document gives near the last answer.

A document that ranks a subject below the top names what is above it in the same breath:
"X is the second largest investor after Y". A short question for the top ("and the
biggest?", "who is first?"), for what ranks above the subject ("who invests more?",
"who's ahead of them?") or for where a thing ranks ("and where does the US rank?"), or a
yes/no check that it is the top ("is it the largest investor?"), after an answer about
that subject is answered by that ranking sentence: in the last answer itself, or, when the
answer gave the subject's amount, in a sentence close to it in the same section (a
document states the amount, then the rank). A bare step back asked of who ("who came
before it?") after an answer that names who did ("the third in the region (after X and
Y)") is answered by that answer (``named_step``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.followups.steps import neighbour, quoted, shown, step_asked
from bot.reading.document import Document
from bot.reply import Reply

# A rank below the top, and what is above it: "the second largest investor after X".
RANKED = re.compile(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:\w+est|most \w+)\b"
                     r"[^.;]*?\b(?:after|behind|following)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
# A short question for the top of a ranking: "and the biggest?", "who is first?".
_TOP = re.compile(r"^\W*(?:and\s+|what about\s+|so\s+)?(?:(?:who|which|what)(?:\s+\w+)?"
                  r"(?:'s|\s+(?:is|was|are))\s+)?(?:the\s+)?(?:\w+est|first|top|number one|leading)"
                  r"(?:\s+(?:one|investor|partner|country))?(?:,?\s*(?:then|now))?\W*$"
                  r"|^\W*(?:(?:so|and)\W+)?(?:who|which(?:\s+\w+)?)(?:'s|\s+is|\s+are)(?:\s+it)?,?"
                  r"\s+then\W*$", re.IGNORECASE)  # "who is then?" after "second … after X"
# A short question for what ranks above: "who invests more?", "who's ahead of them then?";
# not "which is more?", which compares the two things just asked about.
_ABOVE = re.compile(r"^\W*(?:(?:and|so|then|ok(?:ay)?)\W+)?(?:who|which\s+(?:country|countries|"
                    r"nation|state|company|firm|investor))(?:'s|\s+is|"
                    r"\s+was|\s+are|\s+\w+s|\s+did)?\s+(?:\w+\s+)?(?:more|ahead|above|bigger|"
                    r"larger|greater|higher|in front)\b(?:\s+(?:than|of)\s+\w+)?(?:,?\s*then)?"
                    r"\W*$", re.IGNORECASE)
# Where something ranks: "and where does the US rank?", "how does it place?"
_RANK_OF = re.compile(r"^\W*(?:(?:and|so|but)\W+)?(?:where|how)\s+(?:does|do|did|is)\s+(?:the\s+)?"
                      r"[\w.]+(?:\s+[\w.]+)?\s+(?:rank|ranked|stand|place|placed|come)\b[^?]*\??\s*$",
                      re.IGNORECASE)
# A yes/no check of the top of a ranking: "is it the largest investor?", "are they the
# biggest?".
_IS_TOP = re.compile(r"^\W*(?:(?:and|so|but)\W+)?(?:is|was|are|were)\s+(?:it|that|they|he|she|"
                     r"this|the\s+\w+)\s+(?:the\s+)?(?:\w+est|most|top|first|number one|"
                     r"leading)(?:\s+\w+){0,3}\W*$", re.IGNORECASE)
# How many sentences after the answer's a rank of its subject is looked for.
RANK_REACH = 2


def ranked(question: str, last: Reply, document: Document) -> Reply | None:
    """The reply to a question for the top of a ranking ("and the biggest?") or what ranks
    above ("who invests more?") after an answer ``last`` that gives a lower rank and what
    is above it: that answer again, which names the top; else, for what ranks above (a
    comparison asks of the subject's rank; "the biggest" may ask of another list), the
    first of the ``RANK_REACH`` nearest sentences of its section, on either side of the
    first and the last sentence it shows, that gives a rank (a glued answer may span
    it); None otherwise."""
    if (_TOP.match(question) or _ABOVE.match(question) or _RANK_OF.match(question)) and (
            RANKED.search(last.text)):
        return replace(last, span=None)
    if not ((_ABOVE.match(question) or _IS_TOP.match(question)) and last.sources):
        return None
    ends = (shown(last, document, 1), shown(last, document, -1))
    for distance in range(1, RANK_REACH + 1):
        for source, step in ((end, step) for end in ends for step in (1, -1)):
            found = neighbour(document, source, step * distance)
            if found is not None and RANKED.search(found[0].text):
                return quoted(question, last, *found)
    return None


# who the last answer puts before its subject ("the third (after Russia and Ukraine)"),
# or after it, by name
_PUT_AFTER = re.compile(r"\b(?:after|following|behind)\s+(?:the\s+)?[A-Z]")
_PUT_BEFORE = re.compile(r"\b(?:before|ahead\s+of)\s+(?:the\s+)?[A-Z]")
_WHO_STEP = re.compile(r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:who|which)\b", re.IGNORECASE)


def named_step(question: str, last: Reply) -> Reply | None:
    """The last answer again, a little less sure, for "who came before it?" when it names
    who did ("the third in the region (after X and Y)"), or after it: the order is told
    in the answer, not by the sentence before or after it. None otherwise."""
    step = step_asked(question)
    if step == 0 or not _WHO_STEP.match(question):
        return None
    if not (_PUT_AFTER if step < 0 else _PUT_BEFORE).search(last.text):
        return None
    return replace(last, confidence=round(0.9 * last.confidence, 4), span=None)
