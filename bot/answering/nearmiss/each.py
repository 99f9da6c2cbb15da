"""The figure of each one, asked of a sentence that gives the figure of them all.

"How much was each contract worth?" of "24 contracts worth 7 billion dollars were signed":
the sentence counts the things ("24 contracts") and gives their sum, which says nothing of
any one of them, nor of any one party to them ("How much did Atlas Corp commit in the
deals?": the sum is everyone's). A question asking an amount ("how much / how many",
"worth", "value", "cost") of "each", "every" or an "individual" thing is not answered by a
sentence that counts that thing (a number before its plural, up to two words between). Nor
is one asked of a thing a name singles out ("the value of the Atlas contract", "of the
contract signed with Atlas") when the sentence counts such things and never gives the
name; typed in lower case ("the atlas deal"), a name is a word the answer's passage writes
capitalised inside a sentence, and a deal of any kind ("agreement", "deal") is one of the
contracts a sentence counts. A party asked by name ("how much did Atlas invest", in lower case a
name the passage writes capitalised) that the sentence never names, of a sentence counting
deals, gets its share asked, unless it is a country (the document's own parties). A
general rule of English, not words of any question set.
"""

from __future__ import annotations

import re

from bot.language.places import COUNTRY_WORDS
from bot.language.text import stem

_ASKS_AMOUNT = re.compile(r"\bhow (?:much|many)\b|\bworth\b|\bvalue\b|\bcost\b", re.IGNORECASE)
_EACH = re.compile(r"\b(?:each|every)\s+(?:single\s+|individual\s+)?([a-z][\w-]*)|"
                   r"\bindividual\s+([a-z][\w-]*)", re.IGNORECASE)
# one thing a name singles out: "the Atlas contract", "the Blue Hill deal"
_NAMED_ONE = re.compile(r"\bthe\s+((?:[A-Z][\w&'-]*\s+){1,3})([a-z][\w-]*[^s\W])\b")
# one thing a name in the question may single out: "the contract signed with Atlas"
_THE_ONE = re.compile(r"\bthe\s+([a-z][\w-]*[^s\W])\s+((?:signed|made|agreed|reached|awarded|"
                      r"concluded|struck) (?:with|by) [A-Z][\w&'-]*)")
_COUNTED = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b", re.IGNORECASE)
# the same, typed in lower case: "the atlas deal" (its name checked against the passage)
_NAMED_LOWER = re.compile(r"\bthe\s+((?:[a-z][\w&'-]*\s+){1,2}?)([a-z][\w-]*[^s\W])\b")
# kinds of deal: one of them is one of the contracts (agreements, deals …) a sentence counts
_DEALS = frozenset("""contract agreement deal accord transaction order loan grant project
    investment""".split())
# a party's own amount: "how much did Atlas Corp commit", "how much money will atlas invest"
_PARTY = re.compile(r"\b(?i:how much\s+(?:money\s+)?(?:did|does|do|will|has|have|had))\s+"
                    r"((?!the\b)[\w&'.-]+(?:\s+(?!(?:invest|commit|pay|spend|put|give|lend|"
                    r"contribute|sign|agree|offer|pledge)\w*\b)[A-Z][\w&'.-]*){0,3})\s+[a-z]")


def each_one(question: str, text: str, passage: str = "") -> list[str]:
    """"the figure of each contract" when a question asks an amount of each one of a kind
    and the answer ``text`` counts things of that kind ("24 contracts"); "the figure of the
    Atlas contract" when it asks it of one a name singles out that the text never names
    (in lower case, a name the answer's ``passage`` writes capitalised)."""
    if not _ASKS_AMOUNT.search(question):
        return []
    each = _EACH.search(question)
    if each is not None:
        thing = (each.group(1) or each.group(2)).lower()
        return [f"the figure of each {thing}"] if _counts(thing, text) else []
    named = [f"the {m.group(1)}{m.group(2)}" for m in _NAMED_ONE.finditer(question)
             if m.group(1).strip() not in text and _counts(m.group(2).lower(), text)]
    named += [f"the {m.group(1).title()}{m.group(2)}" for m in _NAMED_LOWER.finditer(question)
              if _a_name(m.group(1), text, passage) and _counts(m.group(2), text)]
    named += _party(question, text, passage)
    one = _THE_ONE.search(question)
    if not named and one and _counts(one.group(1), text) and one.group(2).split()[-1] not in text:
        named = [f"the {one.group(1)} {one.group(2)}"]
    return [f"the figure of {thing}" for thing in named]


def _counts(thing: str, text: str) -> bool:
    """Whether a text counts things of a kind ("24 contracts" of "contract"; of a kind of
    deal, any kind of deal: "24 contracts" of "agreement")."""
    kinds = {stem(d) for d in _DEALS} if thing.lower() in _DEALS else {stem(thing)}
    return any(stem(m.group(1).lower()) in kinds for m in _COUNTED.finditer(text))


def _a_name(typed: str, text: str, passage: str) -> bool:
    """Whether words typed in lower case are a name the passage writes capitalised inside
    a sentence ("Pfizer" of "pfizer") and the answer ``text`` never gives."""
    said = typed.split()
    return all(re.search(rf"(?<=[\w,;–-] ){re.escape(w.capitalize())}\b", passage) is not None
               and w.capitalize() not in text for w in said)


def _party(question: str, text: str, passage: str) -> list[str]:
    """The party whose own amount the question asks ("how much did Atlas Corp commit"),
    when the ``text`` counts deals and never names it, and it is no country (module
    docstring); typed in lower case, a name the ``passage`` writes capitalised."""
    asked = _PARTY.search(question)
    if asked is None or not _counts("deal", text):
        return []
    party = asked.group(1)
    first = party.split()[0]
    if party.lower() in COUNTRY_WORDS or first.lower() in COUNTRY_WORDS:
        return []
    if party[0].isupper():
        return [party] if first not in text and first in passage else []
    return [party.title()] if _a_name(party, text, passage) else []
