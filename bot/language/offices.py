"""Words for offices: one general table of English, read by every rule that asks whether a
text names an office or a person by their office.

``TITLES`` name nothing but an office ("ambassador", "envoy", "senator"), in any case.
Each reader adds the words its own question needs, beside the table:

- ``bot.answering.followups.roles``: whether an answer names someone by an office, adding
  words that name other things too and are titles only when capitalised ("Deputy",
  "Head", "General", "King");
- ``bot.answering.followups.own_subject``: whether a question names a person of its own,
  adding words for a person ("leader", "official", "man", "people");
- ``bot.language.gives``: a role in apposition to a name ("the envoy, Per Lund,"),
  adding roles that stand before a name so ("deputy", "adviser", "commander").

``ROLE_WORDS`` ask for someone's office ("what's his job?"), read by the same follow-up
rule and by the off-topic gate (a role asked of a name only the document knows);
``AFFILIATION_WORDS`` ask for their party, which ``PARTIES`` give.

``bot.answering.nearmiss.roles`` keeps a list of its own: the offices a rank qualifies
("deputy minister", "vice president"), which its rank checks read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TITLES: frozenset[str] = frozenset("""president premier minister secretary ambassador envoy
    chair chairman chairwoman chairperson co-chair cochair congressman congresswoman senator
    governor mayor consul chancellor spokesman spokeswoman spokesperson""".split())


# The words that ask for someone's office: "what's his job?", "her position?".
ROLE_WORDS: frozenset[str] = frozenset("""job occupation profession position post role title
    office""".split())


# The words that ask for someone's political side ("aderholt party", "her affiliation"),
# and the words that give one ("(Republican; Alabama)"): general English, read beside
# ROLE_WORDS and TITLES.
AFFILIATION_WORDS: frozenset[str] = frozenset({"party", "affiliation"})
PARTIES: frozenset[str] = frozenset("""republican republicans democrat democrats democratic
    labour labor conservative conservatives liberal liberals socialist socialists communist
    communists green greens tory tories independent""".split())


def alternatives(words: Iterable[str]) -> str:
    """Words as a regular expression's alternatives, the longest first (so "chairman" is
    tried before "chair")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
