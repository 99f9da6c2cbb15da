"""Words a question adds that tell nothing of its subject.

A hedge ("which sectors *mostly*?", "when *exactly*?") or a "going to" that only puts a
verb in the future ("what is it *going to* do?") is not a word the document lacks: when
the document never uses it, retrieval and the off-topic gate read the question without it
(``unhedged``). A hedge the document does use stays, as does an approximating one in a
question that asks for an amount.
"""

from __future__ import annotations

from collections.abc import Callable

# Adverbs of degree or frankness a question adds to what it asks ("which sectors mostly?",
# "when exactly?", "who actually chairs it?"): when the document never uses one, it tells
# nothing of the subject, so it is not weighed as a word the document lacks.
HEDGES: frozenset[str] = frozenset(
    """mostly mainly primarily chiefly largely principally predominantly exactly precisely
    roughly approximately usually generally typically basically actually really essentially
    honestly""".split()
)
# ...but "roughly how many" asks for a round figure: the thesaurus reads these as the
# document's "about" / "some", so they stay in a question that asks for an amount.
_APPROXIMATE = frozenset({"roughly", "approximately"})
_AMOUNT = frozenset({"many", "much", "number", "amount", "size", "total"})

# "going to" / "gonna" before a verb only puts it in the future ("what is it going to do?"):
# a going with a thing after "to" ("going to the expo") is a going.
FUTURE = frozenset({"going", "gonna"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her",
                       "their", "its", "our", "my", "your"})


def unhedged(said: list[str], known: Callable[[str], bool]) -> list[str]:
    """The words less the ``HEDGES`` the document never uses (``known(word)`` says whether
    it uses a word or its stem: "mainly" stays where the document says "main"), and less
    a ``FUTURE`` word it never uses that only puts a verb in the future. An approximating
    hedge stays where the words ask for an amount ("roughly how many")."""
    amount = not _AMOUNT.isdisjoint(said)
    return [w for i, w in enumerate(said)
            if known(w) or (amount and w in _APPROXIMATE)
            or not (w in HEDGES or (w in FUTURE and _future(said[i + 1:i + 3])))]


def _future(after: list[str]) -> bool:
    """True when the words after a "going" / "gonna" put a verb in the future: "to do",
    "do" ("gonna do"), not "to the expo"."""
    if after[:1] == ["to"]:
        after = after[1:]
    return bool(after) and after[0] not in _ARTICLES
