"""An amount asked of one member of a list that the answer gives only for the whole list.

"How much did Pfizer invest?" of "24 contracts worth 7 billion dollars were signed … with
major companies - Chevron, GE, Pfizer, John Deere and others": the sentence names the
company and gives an amount, but the amount is the whole list's, not the member's. The
member is a name of at most four words (the capitalised words opening a list item) whose
every word the question names, in a list of three or more such names (items parted by
commas or "and"; the last may go on: "… and Netflix have entered the market"). Only
questions asking an amount or a count ("how much", "how many", "what is the value of",
"what did X pay"). General rules of English, not fitted to any question set.
"""

from __future__ import annotations

import re

from bot.language.text import STOP_WORDS

_AMOUNT = re.compile(r"^\W*how (?:much|many)\b|\bwhat(?:'s| is| was) the (?:value|worth|cost|"
                     r"amount|size|sum)\b|\bwhat did (?:[\w.'-]+ ){1,3}(?:pay|spend|invest)\b",
                     re.IGNORECASE)
# clauses end at a stop (not an initial's: "W. R. Grace", "U.S."), a dash or a bracket
_CLAUSES = re.compile(r"(?<!\b[A-Z])[.;:!?]\s|\s[-–—]\s|\(|\)")
_ITEMS = re.compile(r",\s*|\s+and\s+")
_SHORT = 4


def _name(item: list[str]) -> list[str]:
    """The leading capitalised words of a list item ("Global Beef Investments LLP"; "&"
    and "of" inside): the name it gives."""
    run = []
    for word in item:
        if not (word[0].isupper() or word in ("&", "of")):
            break
        run.append(word)
    return run


def listed_member(question: str, text: str) -> list[str]:
    """"<Name>'s own share" when the question asks an amount of a name the answer
    ``text`` names only as one item of a list."""
    if not _AMOUNT.search(question):
        return []
    asked = {w for w in re.findall(r"[a-z][\w'-]*", question.lower())
             if w not in STOP_WORDS and len(w) > 2}
    for clause in _CLAUSES.split(text):
        items = [i.split() for i in _ITEMS.split(clause.strip()) if i.strip()]
        names = [_name(i) for n, i in enumerate(items)
                 if _name(i) and (len(_name(i)) == len(i) or n == len(items) - 1)]
        for name in names:
            own = {w.lower().strip(".,") for w in name} - STOP_WORDS
            own = {w for w in own if len(w) > 2}
            if len(names) >= 3 and len(name) <= _SHORT and own and own <= asked:
                return [f"{' '.join(name)}'s own share"]
    return []
