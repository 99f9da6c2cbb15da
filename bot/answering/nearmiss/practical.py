"""What an asker wants for themselves, or of a people's feelings, that an overview rarely tells.

People ask a document about two countries what they would ask a travel desk: "how do I
apply for …", "how to contact the embassy?", "what documents do I need?", "do its people
like the other country?", "what's the time difference?". The document shares their words
(the embassy, the exchange of students) and tells none of it: a procedure is told by a
sentence of means (how, through whom, what to submit), a people's feeling by a word of
feeling. (A former name, "what was X known as before?", is not read so: the answer is
often the bare name, "Henry of Navarre", measured on
squad_dev.) The rows are general English, read like those of
``bot.answering.nearmiss.kinds`` (which appends them):
(what the question asks, what the answer must hold, how a reply names what is missing).
"""

from __future__ import annotations

from bot.answering.nearmiss.rows import Row, rows

_SOMETHING = r"(?:[\w.'-]+ ){1,4}?"  # the place or the people asked about

PRACTICAL: tuple[Row, ...] = rows((
        # the asker's own how-to: "how do I apply", "how to contact"; a sentence
        # of means tells it, one that says a thing exists or happened does not
        (r"^\W*how (?:(?:do|can|could|should|would|might|may) (?:i|we|one|someone|you) |"
         r"to )(?!say\b|pronounce\b|spell\b|write\b)",
         r"\b(?:through|via|must|should|need|needs|needed|requir\w*|apply\w*|"
         r"applica\w*|submit\w*|online|websites?|forms?|contact\w*|call\w*|phone|e-?mail|"
         r"offices?|steps?|procedures?|process\w*|register\w*|fees?|documents?|"
         r"passports?|appointments?|interviews?|allow\w*|can|may)\b", "how to do it"),
        # a people's feeling: "do Kazakhs like Americans?"; a word of feeling tells it
        (r"^\W*(?:do|does|did) (?:most |many )?" + _SOMETHING + r"(?:like|love|hate|"
         r"dislike|trust|distrust|admire|respect|fear)\b",
         r"\b(?:lik(?:e|es|ed|ing)|lov\w+|hat(?:e|es|ed|red)|dislik\w*|trust\w*|admir\w*|"
         r"respect\w*|fear\w*|popular\w*|favou?r\w*|attitudes?|opinions?|perce\w*|"
         r"sympath\w*|friendly|hostil\w*|appreciat\w*|warm\w*)\b", "a feeling"),
        # the price of one: "how much is a visa?" (of a thing the asker would buy; "how
        # much is the trade" asks an amount, read by the kinds of numbers)
        (r"^\W*how much (?:is|are|was|were|does|do|would|will) (?:a|an|one) (?!lot\b)",
         r"[$€£¥₸]|\b(?:dollars?|euros?|pounds?|tenge|rubles?|cents?|fees?|"
         r"costs?|prices?|charge\w*|paid|pay)\b|(?<!-)\bfree\b(?!-)", "a price"),
        # the papers the asker needs: "what documents do Americans need to enter X"
        (r"^\W*what (?:documents?|papers|paperwork|forms?) (?:do|does|will|would|should) "
         r"(?:[\w.'-]+ ){1,4}(?:need|require|have to|bring|submit|show)\b",
         r"\b(?:documents?|papers?|paperwork|passports?|visas?|forms?|certificates?|permits?|"
         r"requir\w*|need\w*|must|ids?|identification)\b", "the documents needed"),
        # the clock: "the time difference between A and B", "what time zone is X in"; a
        # sentence that gives it counts hours or names a zone
        (r"\btime (?:difference|gap|zones?)\b|\btimezones?\b|\bwhat time is it\b",
         r"\b(?:hours?|utc|gmt|time ?zones?|ahead|behind|clocks?)\b", "the time difference"),
    ))
