"""What the near-miss checks share: how often a document names its own subjects, how near
in meaning a word counts as said otherwise, and the shape of a yes/no question."""

from __future__ import annotations

import re

# A term in this share of a document's passages or more is a subject of the whole
# ("Kazakhstan", "U.S." in a document about their relations): a passage may leave it
# unsaid, and a question naming it names no subject of its own; a term in less is rare.
SUBJECT_SHARE = 0.15
# A wordpiece-vector match this near counts a word as said otherwise ("dairy cattle" for
# "cows" scores 0.87; "soldiers" against a peacekeeping brigade 0.67).
NEAR_MEANING = 0.75
# A yes/no question opens with an auxiliary.
YES_NO = re.compile(r"^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could)\b",
                    re.IGNORECASE)
# adverbs that narrow nothing a yes-or-no question asks of ("are they *still* interested",
# "is it *really* big"): read by ``confirming`` and ``scope`` as no word it turns on
NOT_NARROWING = frozenset("""still really actually already ever even always currently
    presently truly indeed generally usually typically officially formally""".split())
