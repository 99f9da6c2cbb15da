"""Words that lean on what came before: the one list of pronouns and linking words.

Two readers: a document sentence that continues the one before it ("Its chair is…", "As a
result, …") lends its neighbour's match to the ranker; a question that leans on the last
turn ("Who attended it?", "And imports?") is a follow-up in a conversation.
"""

from __future__ import annotations

import re

# A sentence that leans on the one before it: it opens with a pointer or a linking phrase.
CONTINUES = re.compile(r"(?:it|its|he|his|she|her|they|their|them|this|these|those|that|"
                       r"there|such|both|as a result|in addition|however|also|then|the latter|"
                       r"the former)\b", re.IGNORECASE)

# A question that leans on an earlier turn: a pointer anywhere, or an opening "and…".
FOLLOWS_UP = re.compile(r"\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|this|"
                        r"that|these|those|there|then)\b|^\s*(?:and|what about|how about|"
                        r"also)\b")

# At most this many content words make a question short enough to be an ellipsis.
SHORT_FOLLOW_UP = 1


def continues_previous(sentence: str) -> bool:
    """True when a sentence opens by leaning on the one before it."""
    return bool(CONTINUES.match(sentence))


def leans_on_earlier(question: str) -> bool:
    """True when a question points back to an earlier turn (a pronoun, "and…", "what about…")."""
    return bool(FOLLOWS_UP.search(question.lower()))
