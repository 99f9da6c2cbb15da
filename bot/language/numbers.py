"""Numbers as English writes them in words, once.

``CARDINAL`` is a regular-expression alternation of the cardinal number words ("seven",
"fifteen", "forty", "millions", "a dozen"), to put inside ``\\b(?:…)\\b``; ``TENS`` the
stems of the tens ("twen" of "twenty" and "twentieth"). Each check that asks whether a
sentence counts or measures something adds its own quantity words ("several", "both",
"half") to these rather than writing the numbers out again.
"""

from __future__ import annotations

TENS = r"(?:twen|thir|for|fif|six|seven|eigh|nine)"
CARDINAL = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"(?:thir|four|fif|six|seven|eigh|nine)teen|" + TENS + r"ty|"
            r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?")
