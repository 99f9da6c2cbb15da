"""Intent files as parsed, kept in kzbot's cache: TOML is parsed in pure Python, and the
bundled intents took about 8 ms of every one-shot ``kzbot ask`` to parse.

An entry is keyed by ``bot.cache.key`` of the files' names and texts (which digests
kzbot's code too), so an edited, added, removed or renamed file, or a new kzbot, is a
miss. It holds the validated intents as JSON in a numpy array (``bot.cache``'s format:
no pickle); anything unreadable or of another shape is a miss, and a miss parses the
files as always (``load_intent``), errors included.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bot import cache
from bot.smalltalk.intents import Intent


def _key(files: list[Path]) -> str | None:
    """The entry's key, or None when a file can't be read as UTF-8 (then parsing says why)."""
    try:
        texts = [f"{f.name}\0{f.read_bytes().decode('utf-8')}" for f in files]
    except (OSError, UnicodeDecodeError):
        return None
    return cache.key(["intents", *texts]) if texts else None


def load(files: list[Path]) -> list[Intent] | None:
    """The intents of these files as last parsed, or None."""
    name = _key(files)
    arrays = cache.load(name, cache.cache_dir() / "intents") if name else None
    try:
        rows = json.loads(np.asarray(arrays["intents"], dtype=np.uint8).tobytes())  # type: ignore[index]
        intents = [Intent(n, tuple(e), tuple(r)) for n, e, r in rows
                   if isinstance(e, list) and isinstance(r, list) and e and r]
    except (TypeError, ValueError, KeyError):
        return None
    valid = len(intents) == len(rows) and all(
        isinstance(s, str) for i in intents for s in (i.name, *i.examples, *i.responses))
    return intents if valid and intents else None


def keep(files: list[Path], intents: list[Intent]) -> None:
    """Store the intents parsed from these files (no error when the cache won't take them)."""
    name = _key(files)
    if name:
        rows = [[i.name, list(i.examples), list(i.responses)] for i in intents]
        data = np.frombuffer(json.dumps(rows).encode("utf-8"), dtype=np.uint8)
        cache.save(name, {"intents": data}, cache.cache_dir() / "intents")
