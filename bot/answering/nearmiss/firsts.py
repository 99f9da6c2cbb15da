"""Who was the first (or the last) to do a thing, asked of a passage that never says so.

"Which US president was the first to visit Kazakhstan?" (a doer: "who", or "which" of a
person, a body or a country) of a passage on one president's official visit: the passage
names a visitor and a visit, and says nothing of who came first. ``constraints`` reads an
ordinal that picks one of a kind ("the first ambassador") against the kind; "the first to
visit", "the last one who …" pick a doer by a deed and name no kind to read it against. A
passage that tells who was first says "first" (or "initially", "the earliest",
``constraints.ordinal_forms``), so one that never does cannot answer. "Only" is not read
so: "the only quarterback to win …" is answered by "the first quarterback ever to win …
with two teams" as often as by "only". A general rule of English.
"""

from __future__ import annotations

import re

from bot.answering.nearmiss.constraints import holds_ordinal

# who did it first: "who", or "which" of a doer (a person, a body, a country); "what was
# the first Super Bowl to use the template" asks of a thing, whose first use a passage
# tells as "introduced at", "established at" as often as "first"
_DOER = (r"(?:\w+\s+){0,2}?(?:person|people|man|woman|president|leader|official|minister|"
         r"ambassador|country|nation|state|company|firm|team|player|politician|head)s?\b")
_FIRST_TO = re.compile(rf"^\W*(?:who\b|which\s+{_DOER}).*?\bthe (?:very )?(first|last)"
                       r"(?:\s+(?!to\b|who\b|that\b)[\w-]+){0,2}\s+(?:to|who|that)\s+\w",
                       re.IGNORECASE)


def first_doer(question: str, passage: str) -> list[str]:
    """"the first" when the question asks who was the first (or last) to do something and
    the answer's ``passage`` never says first (or last) in any form."""
    asked = _FIRST_TO.search(question)
    if asked is None:
        return []
    wanted = asked.group(1).lower()
    return [] if holds_ordinal(passage.lower(), wanted) else [f"the {wanted}"]
