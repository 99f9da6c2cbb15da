"""Conversational intents: read from TOML files, matched with typo-tolerant fuzzy scores.

An intent file (``intents/NAME.toml``) holds::

    name = "greeting"                  # optional; the file's stem otherwise
    examples = ["hello", "hi there"]   # phrasings a user might type
    responses = ["Hello! ..."]         # one is chosen per reply

Responses may use ``{title}`` and ``{topics}``, filled with the document's title and
sections, so "help" can say what the document covers; intents never carry facts.
"""

from __future__ import annotations

import random
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.errors import IntentError
from bot.language.text import fold

_NON_WORD = re.compile(r"[^\w']+")
_LINE_COL = re.compile(r"\(at line (\d+), column (\d+)\)")


def normalise(message: str) -> str:
    """The message as intents compare it: folded, punctuation dropped, spaces collapsed."""
    return _NON_WORD.sub(" ", fold(message)).strip()


@dataclass(frozen=True)
class Intent:
    """A named kind of conversational message and the replies it gets."""

    name: str
    examples: tuple[str, ...]
    responses: tuple[str, ...]


@dataclass(frozen=True)
class IntentMatch:
    """The best intent for a message and how close it came (0 to 100)."""

    intent: Intent
    score: float


def _line_of(source: str, key: str) -> int | None:
    """The line number where key is assigned in a TOML source, if it is."""
    for number, line in enumerate(source.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def _strings(data: dict[str, object], key: str, file: Path, source: str) -> tuple[str, ...]:
    """A required, non-empty list of non-empty strings, or an IntentError naming its line."""
    value = data.get(key)
    line = _line_of(source, key)
    where = f"{file}:{line}" if line else str(file)
    if value is None:
        raise IntentError(f"{file}: missing '{key}' (a list of strings)")
    if not isinstance(value, list) or not value:
        raise IntentError(f"{where}: '{key}' must be a non-empty list of strings")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise IntentError(f"{where}: every item of '{key}' must be a non-empty string")
    return tuple(value)


def load_intent(file: Path) -> Intent:
    """One intent from its TOML file, validated."""
    try:
        source = file.read_bytes().decode("utf-8")
        data = tomllib.loads(source)
    except OSError as exc:
        raise IntentError(f"{file}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise IntentError(f"{file}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _LINE_COL.search(message)
        reason = _LINE_COL.sub("", message).strip()
        where = f"{file}:{found.group(1)}" if found else str(file)
        raise IntentError(f"{where}: invalid TOML: {reason}") from None
    name = data.get("name", file.stem)
    if not isinstance(name, str) or not re.fullmatch(r"[\w-]+", name):
        line = _line_of(source, "name")
        raise IntentError(f"{file}:{line}: 'name' must be one word of letters, digits, - or _")
    unknown = set(data) - {"name", "examples", "responses"}
    if unknown:
        key = sorted(unknown)[0]
        raise IntentError(f"{file}:{_line_of(source, key) or 1}: unknown key '{key}' "
                          "(expected name, examples, responses)")
    return Intent(name, _strings(data, "examples", file, source),
                  _strings(data, "responses", file, source))


class IntentMatcher:
    """Fuzzy matcher of messages against every example of every intent.

    score(message, intent) = max over its examples of rapidfuzz's ``ratio`` (normalised
    Indel similarity, 0-100) between normalised strings: tolerant of typos ("helo",
    "thnx" score high against "hello", "thx") yet strict about extra words, so a real
    question does not look like small talk.
    """

    def __init__(self, intents: list[Intent]) -> None:
        self.intents = intents
        self._choices = [normalise(e) for i in intents for e in i.examples]
        self._owners = [i for i in intents for _ in i.examples]

    @classmethod
    def from_folder(cls, folder: Path, cache: bool = False) -> IntentMatcher:
        """Every ``*.toml`` intent in a folder; duplicate names are an error. With
        ``cache``, the parse is kept in kzbot's cache (``bot.smalltalk.parsed_intents``)."""
        from bot.smalltalk import parsed_intents

        if not folder.is_dir():
            raise IntentError(f"{folder}: no such intents folder")
        files = sorted(folder.glob("*.toml"))
        known = parsed_intents.load(files) if cache else None
        if known:
            return cls(known)
        intents = [load_intent(f) for f in files]
        if not intents:
            raise IntentError(f"{folder}: no .toml intent files in this folder")
        seen: dict[str, Intent] = {}
        for intent in intents:
            if intent.name in seen:
                raise IntentError(f"{folder}: two intents are named '{intent.name}'")
            seen[intent.name] = intent
        if cache:
            parsed_intents.keep(files, intents)
        return cls(intents)

    def named(self, name: str) -> Intent | None:
        """The intent of that name, if there is one."""
        return next((i for i in self.intents if i.name == name), None)

    def match(self, message: str) -> IntentMatch | None:
        """The closest intent for a message, or None when it has no words."""
        text = normalise(message)
        if not text or not self._choices:
            return None
        best = process.extractOne(text, self._choices, scorer=fuzz.ratio)
        if best is None:
            return None
        return IntentMatch(self._owners[best[2]], float(best[1]))

    def respond(self, intent: Intent, rng: random.Random, **fields: str) -> str:
        """One of the intent's responses, with {title}/{topics} filled in."""
        template = rng.choice(intent.responses)
        return template.replace("{title}", fields.get("title", "")).replace(
            "{topics}", fields.get("topics", ""))
