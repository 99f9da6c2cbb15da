"""A plain text's most-named names: what a document without headings is about.

A document with headings lists them as its topics (``Chatbot.topics``). A plain text given
to ``Chatbot.from_text`` has none, and "It covers: the document." tells a reader nothing;
the names the text keeps coming back to do ("Super Bowl, Panthers, Broncos, NFL"). A name
is a capitalised run (``bot.language.names.NAME``) up to a sentence's end, less its leading
function words ("The Broncos") and trailing connectors, and less a possessive ("Tesla's"
is "Tesla"):

    score(name) = how often the text writes it, not counting a one-word name that opens a
                  sentence ("Teachers often …": any word is capitalised there)

A month, a weekday or a people's word ("French", ``bot.language.places.DEMONYMS``) is no
topic. A plural counts for its singular when both are written ("Huguenots", "Huguenot"),
under the form written more often. Only the first ``READ_PASSAGES`` passages are read, so
a 50 MB text answers "help" as fast as a short one; the names are the text's own words,
never a fact about them.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable

from bot.language.dates import MONTHS
from bot.language.names import NAME, opens_sentence
from bot.language.places import PEOPLES
from bot.language.text import STOP_WORDS
from bot.reading.document import Document

READ_PASSAGES = 400
TOPICS = 6
_CONNECTORS = frozenset({"of", "de", "von", "van", "the"})
_NOT_TOPICS = frozenset((*MONTHS, *(d.lower() for d in calendar.day_name),
                         *PEOPLES))


def _name(run: str) -> str:
    """A capitalised run as a name: leading function words, trailing connectors and a
    possessive taken off ("The Broncos'" → "Broncos"); "" when nothing is left."""
    words = run.split()
    ends = [i for i, w in enumerate(words) if w.endswith(".") and w.count(".") == 1
            and len(w) > 2]
    words = words[:ends[0] + 1] if ends else words  # "Old Pier. Visitors": a sentence ends
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]
    while words and words[-1] in _CONNECTORS:
        words = words[:-1]
    name = " ".join(words).rstrip(".'’")
    name = name[:-2] if name.endswith(("'s", "’s")) else name
    return "" if len(name) < 2 or name.lower() in _NOT_TOPICS else name


def _counts(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        for match in NAME.finditer(text):
            run = match.group()
            name = _name(run)
            if name and (" " in name or run.split()[0].lower() in STOP_WORDS
                         or not opens_sentence(text, match.start())):
                counts[name] += 1
    return counts


def key_names(texts: Iterable[str], limit: int = TOPICS) -> tuple[str, ...]:
    """The ``limit`` names the texts (a document's passages, in order) write most often,
    most first (ties in order of first use); see the module docstring."""
    counts = _counts(text for _, text in zip(range(READ_PASSAGES), texts, strict=False))
    for name in [n for n in counts if n.endswith("s") and n[:-1] in counts]:
        plural, singular = counts.pop(name), name[:-1]
        keep = name if plural > counts[singular] else singular
        counts[keep] = counts.pop(singular) + plural
    return tuple(name for name, _ in counts.most_common(limit))


def topics(document: Document) -> tuple[str, ...]:
    """A document's sections; for one with neither headings nor a title, its key names."""
    if document.sections or document.title:
        return document.sections
    return key_names(passage.text for passage in document.passages)
