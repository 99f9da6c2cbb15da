"""What an asker wants for themselves, or of a place's past, that an overview rarely tells.

People ask a document about two countries what they would ask a travel desk or a
history book: "how do I apply for …", "how can I contact the embassy?", "what was the
city called before?", "do its people like the other country?". The document shares
their words (the embassy, the exchange of students, the city's name) and tells none of
it: a procedure is told by a sentence of means (how, by whom, what to submit), a
former name by a word of naming, a people's feeling by a word of feeling. The rows are
general English, read like those of ``bot.answering.nearmiss.kinds`` (which appends
them through ``biography.PERSONAL``): (what the question asks, what the answer must
hold, how a reply names what is missing).
"""

from __future__ import annotations

import re

_SOMETHING = r"(?:[\w.'-]+ ){1,4}?"  # the place or the people asked about

PRACTICAL: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = tuple(
    (re.compile(asks, re.IGNORECASE), re.compile(holds, re.IGNORECASE), label)
    for asks, holds, label in (
        # the asker's own how-to: "how do I apply", "how can we contact"; a sentence
        # of means tells it, one that says a thing exists or happened does not
        (r"^\W*how (?:do|can|could|should|would|might|may) (?:i|we|one|someone|you) "
         r"(?!say\b|pronounce\b|spell\b)",
         r"\b(?:through|via|must|should|need|needs|needed|requir\w*|apply\w*|"
         r"applica\w*|submit\w*|online|websites?|forms?|contact\w*|call\w*|phone|e-?mail|"
         r"offices?|steps?|procedures?|process\w*|register\w*|fees?|documents?|"
         r"passports?|appointments?|interviews?|allow\w*|can|may)\b", "how to do it"),
        # a place's or a body's former name: a word of naming tells it
        (r"\bwhat (?:was|were) " + _SOMETHING + r"(?:called|named|known as) (?:before|"
         r"previously|formerly|earlier|originally|in the past)\b|\b(?:former|old|"
         r"previous|original|earlier) names?\b|\bused to be (?:called|named|known)\b",
         r"\b(?:called|named|renamed|name[sd]?|formerly|known as|previously)\b",
         "a former name"),
        # a people's feeling: "do Kazakhs like Americans?"; a word of feeling tells it
        (r"^\W*(?:do|does|did) (?:most |many )?" + _SOMETHING + r"(?:like|love|hate|"
         r"dislike|trust|distrust|admire|respect|fear)\b",
         r"\b(?:lik(?:e|es|ed|ing)|lov\w+|hat(?:e|es|ed|red)|dislik\w*|trust\w*|admir\w*|"
         r"respect\w*|fear\w*|popular\w*|favou?r\w*|attitudes?|opinions?|perce\w*|"
         r"sympath\w*|friendly|hostil\w*|appreciat\w*|warm\w*)\b", "a feeling"),
    ))
