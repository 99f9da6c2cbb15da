"""Questions for what a short name stands for, read as "what is X".

People ask "what does SPD stand for?", "what is LEU short for?", "what does the acronym
TIFA mean?" of a document that spells a name out once, usually with the short form after it
in brackets ("the Strategic Partnership Dialogue (SPD) …"). The asking words ("stand",
"short", "acronym") are everyday English the document never uses, so they count against
the question twice: retrieval's confidence drops (words it cannot find) and the off-topic
gate reads them as a task request. The sentence that answers is the one that names X, which
is what "what is X" finds; so such a question is asked as "what is X".

"what does X mean" is rewritten only when X is written as a short name (two to six
letters or digits, all capitals: "what does MLAT mean"), is one lower-case word that is no
English word ("what does kazbrig mean"), or is called an abbreviation or acronym; "what does
that mean" or "what does the agreement mean" asks something else and is
left alone. A table of English question forms, not of any document or question set.
"""

from __future__ import annotations

import re

from bot.language.spelling import english_words

_WHAT = r"(?:what|wat|wht|whats|what's)"
_KIND = r"(?:(?:the|an?)\s+)?(?:abbreviation|acronym|initialism|abbr\.?|short\s+form)?\s*"
_NAME = r"(?P<name>[\w+&.\- ]{1,60}?)"
_END = r"\s*[?.!]*\s*$"
_PRONOUNS = frozenset({"it", "that", "this", "they", "these", "those", "which"})
_FORMS = (
    # what does X stand for / what do the letters X stand for / what's X stand for
    re.compile(rf"^{_WHAT}\s+(?:does|do|is|'s)?\s*(?:the\s+letters\s+)?{_KIND}{_NAME}\s+"
               rf"stands?\s+for{_END}", re.IGNORECASE),
    # what is X short for / what is X an abbreviation of
    re.compile(rf"^{_WHAT}\s+(?:is|are|'s)?\s*{_KIND}{_NAME}\s+(?:short|an?\s+abbreviation|"
               rf"an?\s+acronym)\s+(?:for|of){_END}", re.IGNORECASE),
    # X stands for what? / X is short for what? / X stands for?
    re.compile(rf"^(?!{_WHAT}\b){_KIND}{_NAME}\s+(?:stands?\s+for|is\s+short\s+for)"
               rf"(?:\s+what)?{_END}", re.IGNORECASE),
    # what is the full form / expansion of X
    re.compile(rf"^{_WHAT}\s+(?:is|'s)?\s*the\s+(?:full\s+form|expansion|long\s+form)\s+"
               rf"of\s+{_KIND}{_NAME}{_END}", re.IGNORECASE),
)
# what does the acronym X mean (any X) / what does X mean (X written as a short name)
_MEAN_NAMED = re.compile(rf"^{_WHAT}\s+(?:does|do)\s+(?:the\s+)?(?:abbreviation|acronym|"
                         rf"initialism)\s+{_NAME}\s+mean{_END}", re.IGNORECASE)
_MEAN_SHORT = re.compile(rf"^(?i:{_WHAT}\s+(?:does|do)\s+(?:the\s+)?)(?P<name>[A-Z0-9][A-Z0-9+&\-]"
                         rf"{{1,5}})\s+(?i:mean){_END}")
# what does X mean, X one word in lower case that is no English word ("what does kazbrig mean")
_MEAN_WORD = re.compile(rf"^{_WHAT}\s+(?:does|do)\s+(?:the\s+)?(?P<name>[a-z][a-z0-9]{{1,9}})\s+"
                        rf"mean{_END}")


def plainly(question: str) -> str:
    """The question as "what is X" when it asks what the short name X stands for (see the
    module docstring); any other question unchanged, and so is one about a pronoun ("what does
    it stand for?" leans on an earlier turn, which a follow-up reads as written)."""
    text = question.strip()
    for form in (*_FORMS, _MEAN_NAMED, _MEAN_SHORT):
        match = form.match(text)
        name = match.group("name").strip() if match else ""
        if name and name.lower() not in _PRONOUNS:
            return "what is " + name
    match = _MEAN_WORD.match(text)
    if match and match.group("name") not in english_words():
        return "what is " + match.group("name")
    return question
