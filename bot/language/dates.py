"""The calendar's words, once: the months of the year in order, lower case.

Every module that reads a date ("in May 2017", "the 12th of June") takes its month names
from here (``MONTHS``) rather than writing its own list.
"""

from __future__ import annotations

import calendar
import re

MONTHS: tuple[str, ...] = tuple(m.lower() for m in calendar.month_name if m)
# a year a text names, 1500-2099, not inside a longer number
YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")

# a year given as part of a day's or a month's date: "December 26, 1991", "26 December
# 1991", "May 2017" (read with re.IGNORECASE)
_DATED_YEAR = re.compile(
    rf"\b(?:(?:{'|'.join(MONTHS)})\.?\s+(?:\d\d?(?:st|nd|rd|th)?,?\s+)?|"
    rf"\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(MONTHS)}),?\s+)(?:1[5-9]|20)\d\d(?!\d)",
    re.IGNORECASE)


def undated(text: str) -> str:
    """A text without the years it gives as an event's date ("On December 26, 1991, …"):
    what is left names the years it is about ("the 2015 season", "the 1973 oil crisis")."""
    return _DATED_YEAR.sub(" ", text)


# put before a digit, the regular expression of a digit that is no day of a month: not right
# after a month's name or its short form ("August 29", "Aug. 29"; one fixed-width
# look-behind each), nor after a day and a dash ("March 8-9"), nor before a month's name
# ("29 August", "29th of August"): the checks that want a figure or an amount read a date's
# day as none
NOT_A_DAY = ("".join(rf"(?<!{m} )(?<!{m[:3]} )(?<!{m[:3]}\. )" for m in MONTHS)
             + r"(?<!\d-)(?<!\d–)"
             + rf"(?!\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b)")
# a figure, not a year alone ("since 2019 … is ambassador" gives no amount) nor a day of a
# month ("On May 4, 2015, … was signed" counts nothing); read with re.IGNORECASE
FIGURE = r"(?<![\d.,])(?!(?:1[5-9]|20)\d\d(?!\d|[.,]\d))" + NOT_A_DAY + r"\d"


def _ordinal(n: int) -> str:
    """21 → "21st", 17 → "17th"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def year_pattern(year: str, plural: bool = False) -> str:
    """The regular expression of a year as a text may give it: the year itself ("1873");
    plural ("the 1880s"), any year of its decade; a round hundred plural ("the 1600s"), any
    year of its century or the century by name ("the 17th century")."""
    if not plural:
        return rf"(?<!\d){year}(?!\d)"
    if year.endswith("00"):
        return (rf"(?<!\d){year[:2]}[0-9]{{2}}(?!\d)|"
                rf"\b{_ordinal(int(year[:2]) + 1)}[\s-]+centur")
    return rf"(?<!\d){year[:3]}[0-9](?!\d)"
