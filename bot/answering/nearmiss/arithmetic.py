"""Figures a question would have worked out from the document's: a sum, a difference, a
ratio, an average; and a rate or a daily figure, which a sum of money is not.

A document gives its figures one by one ("exports of 392.3 million, imports of 1.244
billion"); people ask what they would compute from them: "what do the contracts and the
agreements add up to?", "how much bigger are imports than exports?", "what's the ratio of
imports to exports?", "the average investment per company?". The sentence holding the
figures shares every word and gives none of those; a sentence that does gives it in a
small, closed set of English words (a total, a gap, "times", a share, "per", "on
average"). The rows are read like those of ``bot.answering.nearmiss.kinds`` (which
appends them through ``biography.PERSONAL``): (what the question asks, what the answer
must hold, how a reply names what is missing). General English, not fitted to any
question set.
"""

from __future__ import annotations

from bot.answering.nearmiss.rows import Row, rows

_COMPARED = r"more|less|fewer|bigger|smaller|higher|lower|larger|greater"
_SUM = (r"(?:\bcombined\b(?! with)|\b(?:sum of|add(?:s|ed)? up to|taken together|"
        r"put together|altogether)\b)")
_TOTAL = (r"\b(?:total\w*|combined|together|altogether|in all|sum|overall|aggregate\w*|"
          r"all told|includ\w*)\b")

ARITHMETIC: tuple[Row, ...] = rows((
        # a sum: "combined", "add up to", "altogether"; of two things ("X and Y") only in
        # a total's words, of one kind of thing also as a count and its one worth ("what
        # were the deals worth altogether?" of "24 deals worth 7 billion") or as their
        # volume ("the volume of the deals reached …")
        (rf"^(?=.*\band\b).*?{_SUM}", _TOTAL, "a sum"),
        (_SUM, _TOTAL + r"|\b\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:worth|valued at|"
                        r"amounting to)\b|\bvolume\b", "a sum"),
        # a difference: "how much more … than", "the gap between"
        (rf"\bhow (?:much|many) (?:{_COMPARED})\b.*\bthan\b|"
         r"\b(?:what|how big) (?:is|was|are|were) the (?:gap|difference in)\b",
         r"%|\b(?:differen\w*|gap|more than|less than|fewer than|times|exceed\w*|surplus|"
         r"deficit|twice|double\w*|triple\w*|half|percent|outnumber\w*|" + _COMPARED + r")\b",
         "a difference"),
        # a ratio: "the ratio of X to Y", or a record or score of two small counts
        # ("a 12–4 record"; not a span of years, "2015–16")
        (r"\bratio\b",
         r"%|\d\s*:\s*\d|(?<![\d.,])\d{1,3}\s*[–-]\s*\d{1,3}(?![\d.,]*\d)|"
         r"\b(?:ratio|times|per|percent|half|twice|double|one in)\b", "a ratio"),
        # a rate of its own kind: "the exchange rate", "the interest rate"
        (r"\b(?:exchange|interest|inflation|unemployment|tax|growth|birth|death|literacy|"
         r"crime|mortality|poverty|employment|conversion) rates?\b",
         r"\brates?\b|%|\bper ?cent\b|\bpercentage\b|"
         r"\b\d+(?:\.\d+)? \w+ (?:per|to|for) (?:one|a|1)\b",
         "a rate"),
        # a daily figure asked: "what is the daily output", "how many barrels a day" (not
        # "what job paid two dollars a day", which asks for the job)
        (r"\b(?:how (?:much|many)|what (?:is|was|are|were) the)\b.*\b(?:daily|per day|a day|"
         r"each day|every day)\b",
         r"\b(?:daily|per day|a day|each day|every day|/day|bpd)\b", "a daily figure"),
        # an average: "the average X", "X per company"
        (r"\b(?:average|on avg|per capita)\b",
         r"\b(?:average\w*|mean|per|each|annual\w*|a year|median)\b", "an average"),
    ))
