"""Features of whole candidate spans, all at once as one numpy array.

For a sentence of n tokens and spans of at most ``width`` tokens, span (i, i + k) gets a
row of ``DENSE`` at [i, k]: the share of its tokens the question already uses (an answer is
what the asker does not know), commas and brackets inside it, whether its neighbours are
question words, how many question words lie within 3 and 10 tokens on each side, its
capitalised share, whether it holds digits, a year or a month, whether it is a whole typed
mention or cuts one (``bot.spans.mentions``), how close its words come to the question's
focus word, and its length (one-hot). Prefix sums make each column one vectorised
expression, so the whole array costs a few dozen numpy operations per sentence.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from bot.language.text import STOP_WORDS
from bot.spans.features import INNER_PUNCT, Tokens, distances
from bot.spans.mentions import MENTION_FEATURES, mention_columns

DENSE = ("inside_question", "any_question", "inside_punct", "left_question", "right_question",
         "capitalised", "digits", "year", "month", "at_end", "at_start", "after_comma",
         "before_comma", "near_question", "all_stop", "left3", "right3", "left10", "right10",
         "between", "focus_end", "focus_max", "soft_question", *MENTION_FEATURES,
         *(f"length={k + 1}" for k in range(12)))


def dense_features(tokens: Tokens, matched: list[bool], width: int,
                   focus: np.ndarray[Any, Any], soft: np.ndarray[Any, Any]
                   ) -> np.ndarray[Any, Any]:
    """Features of whole spans as an (n, width, len(DENSE)) array: span (i, i + k) is at
    [i, k]. Shares are over the span's tokens; spans past the end repeat the last token."""
    n = len(tokens.text)
    shapes, lows = tokens.shapes, tokens.lows

    def prefix(flags: list[bool]) -> np.ndarray[Any, Any]:
        return np.concatenate([[0.0], np.cumsum(np.array(flags, dtype=float))])

    q = prefix(matched)
    sums = [prefix([s in kinds for s in shapes]) for kinds in
            (("cap", "upper"), ("num", "year", "numword", "unit"), ("year",), ("month",))]
    punct = prefix([t in INNER_PUNCT for t in tokens.text])
    stop = prefix([w in STOP_WORDS for w in lows])
    i = np.arange(n)[:, None]
    k = np.arange(width)[None, :]
    j = np.minimum(i + k, n - 1)
    size = (j - i + 1).astype(float)
    padded = np.array([False, *matched, False])
    comma = np.array([False, *[t == "," for t in tokens.text], False])
    inside_q = (q[j + 1] - q[i]) / size
    near = np.minimum(_nearest(matched, back=True)[i], _nearest(matched, back=False)[j])
    columns = [inside_q, (inside_q > 0), punct[j + 1] - punct[i], padded[i], padded[j + 2]]
    columns += [(s[j + 1] - s[i]) / size for s in sums[:1]]
    columns += [(s[j + 1] - s[i]) > 0 for s in sums[1:]]
    columns += [j >= n - 2, i == 0, comma[i], comma[j + 2], np.log1p(near),
                (stop[j + 1] - stop[i]) == size]
    for reach in (3, 10):
        columns += [q[i] - q[np.maximum(i - reach, 0)],
                    q[np.minimum(j + 1 + reach, n)] - q[j + 1]]
    columns += [(q[i] > 0) & (q[n] - q[j + 1] > 0)]
    soft_sum = np.concatenate([[0.0], np.cumsum(soft)])
    columns += [focus[j], _running_max(focus, width), (soft_sum[j + 1] - soft_sum[i]) / size]
    columns += mention_columns(tokens.text, np.broadcast_to(i, (n, width)), j)
    return _stack(columns, n, width)


def _running_max(focus: np.ndarray[Any, Any], width: int) -> np.ndarray[Any, Any]:
    """best[i, k] = max(focus[i .. i + k]), the end clipped to the last token."""
    n = len(focus)
    best = np.empty((n, width))
    best[:, 0] = focus
    for step in range(1, width):
        best[:, step] = np.maximum(best[:, step - 1], focus[np.minimum(np.arange(n) + step,
                                                                       n - 1)])
    return best


def _stack(columns: list[Any], n: int, width: int) -> np.ndarray[Any, Any]:
    """The columns as an (n, width, len(DENSE)) array, with the one-hot span length last."""
    out = np.zeros((n, width, len(DENSE)))
    for number, column in enumerate(columns):
        out[:, :, number] = column
    lengths = len(DENSE) - width
    out[:, np.arange(width), lengths + np.arange(width)] = 1.0
    return out


def _nearest(matched: list[bool], back: bool) -> np.ndarray[Any, Any]:
    """Distance from each token to the nearest question word before (or after) it, 30 if
    there is none."""
    behind, ahead = distances(matched)
    found = behind if back else ahead
    return np.array([30 if d is None else d for d in found], dtype=float)
