"""What a message quotes: the words it sets in quotation marks, and whether a text holds them.

A question that quotes words ('who wrote "On the Origin of Species"?', 'what does the name
"Okafor" mean?') names something by the document's own wording, so the sentence that holds
those words word for word is where the document speaks of it, however little else of the
question that sentence shares. The words inside the marks are someone else's too: the "I"
of 'who said "I came, I saw"?' is not the asker.

A quotation opens with a double mark (straight or curly) and closes with the next one; a
single mark opens one only at a word's start after a space or the message's start, so the
apostrophes of "Luther's" and "don't" open none.
"""

from __future__ import annotations

import re

from bot.language.english import english_words
from bot.language.text import STOP_WORDS, stem, words

_QUOTED = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]+)[\"\u201c\u201d]|"
                     r"(?:^|(?<=\s))[\u2018']([^'\u2018\u2019]+?)[\u2019'](?!\w)")


def quoted(message: str) -> list[str]:
    """The spans of a message inside quotation marks, in order (none when it quotes none)."""
    return [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(message)]


def unquoted(message: str) -> str:
    """The message with what it quotes left out (the quotation marks stay, empty)."""
    return _QUOTED.sub('""', message)


def quotes(message: str, text: str) -> bool:
    """True when ``text`` holds, word for word (words compared by stem, so "Okafor" is in
    "Okafore's"), a span the message quotes that names something: two words or more other
    than stop words, or one word no general English has (``english_words``): 'how do I say
    "members" in French' quotes an everyday word any text may hold, and asks a dictionary."""
    spans = [said for said in map(words, quoted(message))
             if _names([w for w in said if w not in STOP_WORDS])]
    held = [stem(w) for w in words(text)] if spans else []
    for said in spans:
        wanted = [stem(w) for w in said]
        if any(held[i:i + len(wanted)] == wanted for i in range(len(held) - len(wanted) + 1)):
            return True
    return False


def _names(content: list[str]) -> bool:
    """Whether a quotation's content words name something (see ``quotes``)."""
    return len(content) >= 2 or any(w not in english_words() for w in content)
