"""Many texts cut into words at once, as integer codes: ``bot.language.text.words`` for a corpus.

``tokenise(texts)`` gives exactly ``[words(t) for t in texts]``, but as one array of word
codes, the offsets where each text starts, and the distinct words once each, so that
everything after it (stems, features, wordpieces) is done once per distinct word and then
gathered with numpy, never once per word of the text.

Most of a document is ASCII. For an ASCII text (after folding, phrases and possessives)
with no digit-separator-digit run ("1,000", "6.02.2017"), the words are exactly its runs of
letters and digits, which ``bytes.translate`` and ``bytes.split`` find several times faster
than the regular expression; any other text goes through ``bot.language.text``'s expression.
"""

from __future__ import annotations

import re
import string
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bot.language.text import WORD_ALIASES, cut, fold, rewrite

_ALNUM = frozenset((string.ascii_letters + string.digits).encode())
_SPACES = bytes(c if c in _ALNUM or c == 0 else 32 for c in range(256))
_NUMBER_PARTS = re.compile(r"\d[.,:/]\d")
_BATCH = 1 << 16  # words coded at a time: bounds the memory held by word objects
_RUN = 1024  # plain texts cut at once
_END = b"\x00"  # marks the end of a text among the codes

Codes = npt.NDArray[np.int32]


@dataclass(frozen=True)
class Tokens:
    """Texts as word codes: text i is ``words[codes[offsets[i]:offsets[i + 1]]]``.

    ``words`` are folded and aliased (``bot.language.text.words``), each once, in order of
    first use.
    """

    codes: Codes
    offsets: npt.NDArray[np.int64]
    words: list[str]

    def text(self, i: int) -> list[str]:
        """The words of text i, as ``bot.language.text.words`` gives them."""
        return [self.words[c] for c in self.codes[self.offsets[i]:self.offsets[i + 1]].tolist()]


def _plain(text: str) -> bytes | None:
    """An ASCII text, rewritten, as bytes that ``_SPACES`` cuts into its words; else None."""
    if not text.isascii():
        return None
    folded = rewrite(text.lower())
    if _NUMBER_PARTS.search(folded) or "\x00" in folded:
        return None
    return folded.encode()


def _codes(texts: Iterable[str], code: Callable[[bytes], int]) -> Iterator[Codes]:
    """Word codes of the texts, a batch at a time, each text followed by ``code(_END)``.

    Consecutive plain texts are joined, each followed by NUL (which ``_SPACES`` keeps), and
    cut in one call; any other text is cut by ``bot.language.text.cut``.
    """
    run: list[bytes] = []
    words: list[bytes] = []
    for text in texts:
        plain = _plain(text)
        if plain is not None:
            run.append(plain)
        if run and (plain is None or len(run) >= _RUN):
            words += b" \x00 ".join([*run, b""]).translate(_SPACES).split()
            run = []
        if plain is None:
            words += [w.encode() for w in cut(rewrite(fold(text)))]
            words.append(_END)
        if len(words) >= _BATCH:
            yield np.fromiter(map(code, words), dtype=np.int32, count=len(words))
            words = []
    if run:
        words += b" \x00 ".join([*run, b""]).translate(_SPACES).split()
    yield np.fromiter(map(code, words), dtype=np.int32, count=len(words))


def tokenise(texts: Iterable[str]) -> Tokens:
    """Every text's words as codes; ``Tokens.text(i) == bot.language.text.words(texts[i])``."""
    ids: defaultdict[bytes, int] = defaultdict()
    ids.default_factory = ids.__len__  # a new word gets the next code
    ids[_END] = 0
    stream = np.concatenate([np.zeros(0, dtype=np.int32), *_codes(texts, ids.__getitem__)])
    ends = np.flatnonzero(stream == 0)
    offsets = np.concatenate(([0], ends - np.arange(len(ends)))).astype(np.int64)
    # interned: the many parts of a big document share one copy of each word
    raw = [sys.intern(w.decode()) for w in ids][1:]
    aliased = [WORD_ALIASES.get(w, w) for w in raw]
    order = list(dict.fromkeys(aliased))
    distinct = {w: i for i, w in enumerate(order)}
    to_word = np.array([-1] + [distinct[w] for w in aliased], dtype=np.int32)
    return Tokens(to_word[stream[stream != 0]], offsets, order)
