"""Which ones: a question asking which of a kind, met by a sentence naming the kind only.

"Which start-ups did she meet?" (or "what missions has the brigade joined?", "which
officials from the US attended?") asks for
instances of a plural kind. A sentence that says the kind in general ("partnership with
start-ups", "to take part in peacekeeping missions") and names none of them tells that
there were some, not which: the kind's word there is followed by no list, no copula and
no name within a few words ("start-ups such as …", "the sectors are mining, …",
"five projects: …", "missions of UNIFIL") and is preceded by no name ("the Tengiz
field") and no word of its own ("five-year visas" of "which visas", a kind the question
does not give; a small word the question shares, "meet *with* large corporations", is
none), nor follows a name and a copula ("Norland became the first country"). A place
after a preposition ("start-ups at the Silicon Valley") says where, not which. Only a
sentence that says the asked word (or a plural near it in meaning: "corporations"
of "which companies") is read so: one that does not ("which cities" of "a trip to New
York and San Francisco") may name the instances in its own words. A size or a rank
before the word ("large corporations") says no kind of its own.

General rules of English questions and lists, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.answering.nearmiss.kin import SAID_ALIKE
from bot.language.text import STOP_WORDS, stem, words
from bot.language.thesaurus import similarity

# "which/what [up to two words] Xs did/has/are …": the plural kind asked for
_WHICH = re.compile(r"^\W*(?:which|what)\s+((?:(?!(?:of|the|an?|did|does|do|is|are|was|were|has|"
                    r"have|had)\b)[a-z-]+\s+){0,2}?(?!(?:is|was|has|does)\b)[a-z-]+s)\s+"
                    r"(?:did|do|does|has|have|had|are|were|will|can|"
                    r"(?:from|in|at)\s+(?:the\s+)?[\w.'-]+\s+\w+ed)\b", re.IGNORECASE)
_NOT_KINDS = frozenset({"kinds", "types", "sorts", "ones", "things", "years", "days", "months",
                        "dates", "times", "hours", "steps", "is", "was", "has", "does", "us"})
# a list opened anywhere after the kind's word in the sentence: "areas of technology
# incidental to …, including …"
_OPEN = re.compile(r"\b(?:such as|including|namely|e\.g|for example)\b")
_AFTER = 6  # words after the kind's word in which a list or a name may start
# what starts the instances after the kind's word: a list, a copula, a name
_LISTED = re.compile(r"^\s*(?:,\s*)?[A-Z]|^\s*,\s*[a-z-]+\s*,|[:;(–]|\b(?:such|including|"
                     r"include[sd]?|like|namely|e\.g|for example|are|were|is|was|as|"
                     r"called|named|of [A-Z])\b")

# instances named before the kind's word, "as" it: "chose Kazakh and Russian as its official
# languages", "insisted on A or B as the only names"
_NAMED_AS = re.compile(r"\b[A-Z][\w'-]*\s+as\s+(?:(?:the|an?|its|their|his|her)\s+)?"
                       r"(?:[\w-]+\s+){0,3}$")
# an instance named as the subject of a copula before the kind's word: "Norland became
# the first country to …" (not a pronoun: "It was the first country")
_NAMED_IS = re.compile(r"\b(?!(?:It|This|That|There|These|Those|They|He|She|We)\b)[A-Z][\w'-]*"
                       r"\s+(?:is|was|are|were|became|becomes|remains|remained)\s+"
                       r"(?:one\s+of\s+)?(?:the|an?)\s+(?:[\w-]+\s+){0,3}$")


# words before a kind that say how big or how many, not which kind ("large corporations")
_UNCLASSIFYING = frozenset("""large small big major leading many several various other new
    numerous some all most top key""".split())


def _of_kind(token: str, kind: str) -> bool:
    """Whether a token says the kind asked: its word ("start-ups" of "ups"), or a plural
    near it in meaning (``kin.SAID_ALIKE``: "corporations" of "companies")."""
    if stem(token.rsplit("-", 1)[-1] or "-") == stem(kind):
        return True
    return token.isalpha() and token.endswith("s") and similarity(token, kind) >= SAID_ALIKE


def unnamed_instances(question: str, sentence: str) -> list[str]:
    """"Which Xs …" of a sentence whose every X is said in general: no list, copula or
    name in the few words after it, no list opened later in it, and no name or word of
    its own right before it."""
    asked = _WHICH.match(question)
    if asked is None:
        return []
    kind = re.split(r"[\s-]+", asked.group(1).lower())[-1]
    if kind in _NOT_KINDS:
        return []
    own = set(words(question))
    tokens = list(re.finditer(r"\w[\w'-]*|[^\w\s]", sentence))
    at = [i for i, t in enumerate(tokens) if _of_kind(t.group().lower(), kind)]
    if not at:
        return []

    def modified(previous: list[str]) -> bool:  # "five-year visas" of "which visas"
        told = [w.lower() for w in previous  # the question's own, or a size or a rank
                if (w.lower() not in own or w.lower() in STOP_WORDS)  # "meet *with*"
                and w.lower() not in _UNCLASSIFYING]
        return bool(told) and (told[-1].isalpha() or "-" in told[-1]) and (
            told[-1] not in STOP_WORDS)

    def named(i: int) -> bool:
        after = sentence[tokens[i].end():tokens[min(i + _AFTER, len(tokens) - 1)].end()]
        before = [t.group() for t in tokens[max(0, i - 3):i]]
        rest, ahead = sentence[tokens[i].end():], sentence[:tokens[i].start()]
        return bool(_LISTED.search(after) or _OPEN.search(rest) or _NAMED_AS.search(ahead)
                    or _NAMED_IS.search(ahead)) or modified(before) or any(
            w[:1].isupper() and j > 0 for j, w in enumerate(before))
    return [] if any(map(named, at)) else [f"which {asked.group(1).lower()}"]
