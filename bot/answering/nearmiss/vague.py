"""A time asked of an answer that only says it was lately.

"When did the chain enter the market?" of "In recent years, companies such as … have
entered the market": the sentence tells that it happened, and not when; its only time is
vague ("in recent years", "recently", "lately", "nowadays"). A "when" question (or "what
year", "since when") is unmet by an answer whose times are all such words: no year, month,
day, figure, season or other dated word. The reply says the document gives no date and
shows the sentence. A general rule of English, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.language.dates import MONTHS

_WHEN = re.compile(r"^\W*(?:(?:since|from|until|till)\s+)?when\b|"
                   r"^\W*(?:(?:in|on)\s+)?(?:what|which)\s+(?:year|date|month)\b",
                   re.IGNORECASE)
_VAGUE = re.compile(r"\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several )?"
                    r"(?:years|decades|months)\b|\brecent(?:ly)?\b|\blately\b|\bnowadays\b|"
                    r"\bthese days\b", re.IGNORECASE)
_DATED = re.compile(rf"\d|\b(?:{'|'.join(MONTHS)}|spring|summer|autumn|fall|winter|"
                    r"century|centuries|decade of|ago|since|after|before|during|"
                    r"yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday)\b", re.IGNORECASE)


def vague_time(question: str, text: str) -> list[str]:
    """["a date"] when a "when" question's answer ``text`` tells its time only vaguely
    (module docstring)."""
    if not _WHEN.search(question) or not _VAGUE.search(text):
        return []
    return [] if _DATED.search(_VAGUE.sub(" ", text)) else ["a date"]
