"""A country the answer's passage names only in a bracketed comparison.

"Kazakhstan became the third in the CIS (after the Russian Federation and Ukraine) to
conclude such an agreement with the United States" names Russia, yet says nothing of an
agreement with Russia: the bracket only places Kazakhstan in an order. So a question
about that country ("when did Kazakhstan's treaty with Ukraine come into force") is read
against the passage with its brackets taken out, as ``subjects.other_countries`` reads it
against the whole passage: a country the passage names only in such brackets is missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.nearmiss.subjects import other_countries
from bot.language.text import terms

# a bracketed comparison or order ("(after the Russian Federation and Ukraine)", "(than
# Ukraine)"): not an aside that tells something of the country ("(in Britain, where …)")
_BRACKET = re.compile(r"\((?:after|before|behind|following|ahead of|than|like|unlike|"
                      r"besides)\b[^()]*\)", re.IGNORECASE)


def bracketed_only(question: str, passage: str, share: Callable[[str], float]) -> list[str]:
    """The countries (capitalised) the question names that the ``passage`` names, but only
    in a bracketed comparison (``_BRACKET``; ``share``: a term's share of the document's
    passages; the document's own subjects are never missing)."""
    if "(" not in passage:
        return []
    whole = frozenset(terms(passage))
    bare = frozenset(terms(_BRACKET.sub(" ", passage)))
    return [c for c in other_countries(question, bare, share)
            if c not in other_countries(question, whole, share)]
