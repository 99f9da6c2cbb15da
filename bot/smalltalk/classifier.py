"""Which way a message goes: small talk (one of the intents), a question, or neither.

A linear model over word and character n-grams, fitted from the intent files' examples
plus the bundled examples of questions (``bot/smalltalk/data/questions.txt``, the "question" side:
messages for the document, whatever the document). A message x becomes

    f(x) = word unigrams, word pairs and character 2-4-grams of each padded word
    v_j  = (1 + ln tf_j) * idf_j,   idf_j = ln((1 + n) / (1 + df_j)) + 1,   v = v / |v|
    P(class c | x) = softmax_c(v . W[:, c] + b_c)

(scikit-learn's sublinear TF-IDF and multinomial logistic regression). Words tell "how
are you" from "who are you"; character n-grams carry typos ("helo", "thnx") and unseen
inflections. Features are named by their CRC-32, so the fitted state is three numeric
arrays (sorted feature ids, idf, weights) and a prediction is one ``searchsorted`` and one
small product: no scikit-learn import outside ``fit``, and a cached start loads the
arrays only (see ``fitted``; kzbot's own intents come with their classifier fitted).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Self

import numpy as np
import numpy.typing as npt

from bot import cache
from bot.smalltalk.intents import Intent, normalise

QUESTION = "(question)"
"""The built-in class of messages for the document; no intent file can take this name."""
QUESTIONS_FILE = Path(__file__).resolve().parent / "data" / "questions.txt"
BUNDLED = Path(__file__).resolve().parent / "data" / "classifier.npz"
# The inverse regularisation of the logistic regression, chosen on CLINC150 val.
C = 20.0
_MEMO: dict[str, MessageClassifier] = {}
# A wh-word's "'s" (also typed without the apostrophe: "whats") is "is". Contracting is a
# matter of style, not of intent, but the intent files write "what's" far more often than
# the bundled questions do, so left as it is the model learnt "what's" as a sign of small
# talk and turned away "what's the volume of trade?".
_CONTRACTED = re.compile(r"\b(what|who|where|when|how|why|which|that|there)'?s\b")


def feature_names(message: str) -> list[str]:
    """The n-grams a message is described by (see the module docstring)."""
    tokens = _CONTRACTED.sub(r"\1 is", normalise(message)).replace("'", " ").split()
    grams = [f"w {t}" for t in tokens]
    grams += [f"p {a} {b}" for a, b in zip(["<s>", *tokens], [*tokens, "</s>"], strict=True)]
    for token in tokens:
        padded = f" {token} "
        grams += [f"c {padded[i:i + n]}" for n in (2, 3, 4)
                  for i in range(len(padded) - n + 1)]
    return grams


def feature_ids(message: str) -> npt.NDArray[np.int64]:
    """The CRC-32 of every n-gram of the message, repeats kept (they are counted)."""
    return np.fromiter((zlib.crc32(g.encode("utf-8", "surrogatepass"))
                        for g in feature_names(message)), dtype=np.int64)


@dataclass(frozen=True)
class Verdict:
    """The classifier's decision: the likeliest class, its probability, and every class's."""

    label: str
    score: float
    probabilities: dict[str, float]

    def of(self, label: str) -> float:
        """The probability of one class (0 for a class the classifier does not have)."""
        return self.probabilities.get(label, 0.0)


class MessageClassifier:
    """Softmax regression over hashed n-grams, predicted with numpy (see the module doc)."""

    def __init__(self, labels: list[str], ids: npt.NDArray[np.int64],
                 idf: npt.NDArray[np.float64], weights: npt.NDArray[np.float64],
                 bias: npt.NDArray[np.float64]) -> None:
        if not (len(ids) == len(idf) == weights.shape[0]) or weights.shape[1:] != bias.shape \
                or len(labels) != len(bias):
            raise ValueError("classifier arrays do not fit together")
        self.labels = labels
        self.ids = ids
        self.idf = idf
        self.weights = weights
        self.bias = bias

    def vector(self, message: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """The message's known features (rows of ``weights``) and their l2-normed TF-IDF."""
        found, counts = np.unique(feature_ids(message), return_counts=True)
        rows = np.searchsorted(self.ids, found)
        known = rows < len(self.ids)
        known[known] = self.ids[rows[known]] == found[known]
        rows = rows[known]
        values = (1.0 + np.log(counts[known])) * self.idf[rows]
        norm = float(np.linalg.norm(values))
        return rows, values / norm if norm > 0 else values

    def classify(self, message: str) -> Verdict:
        """The class probabilities of a message (a message with no known n-gram gets the
        priors the biases encode)."""
        rows, values = self.vector(message)
        logits = values @ self.weights[rows] + self.bias
        exp = np.exp(logits - logits.max())
        probabilities = exp / exp.sum()
        best = int(np.argmax(probabilities))
        return Verdict(self.labels[best], float(probabilities[best]),
                       dict(zip(self.labels, probabilities.tolist(), strict=True)))

    def state(self) -> cache.Arrays:
        """The fitted model as plain arrays (for the cache; no pickle)."""
        return {"labels": np.array(self.labels, dtype=str), "ids": self.ids, "idf": self.idf,
                "weights": self.weights, "bias": self.bias}

    @classmethod
    def from_state(cls, arrays: cache.Arrays) -> Self:
        """Take back what ``state`` gave; ValueError (or KeyError) when it is not whole."""
        return cls([str(x) for x in arrays["labels"].tolist()],
                   arrays["ids"].astype(np.int64), arrays["idf"].astype(np.float64),
                   arrays["weights"].astype(np.float64), arrays["bias"].astype(np.float64))

    @classmethod
    def fit(cls, examples: list[tuple[str, str]], c: float = C) -> Self:
        """Fit on (message, label) pairs with scikit-learn (imported here only).

        Classes are weighted inversely to their size, so a class with a few dozen examples
        is not drowned by one with hundreds. One thread: on a small problem BLAS threads
        only fight over the cores (a 0.3 s fit took 12 s on a busy two-core machine).
        """
        import scipy.sparse as sp
        from sklearn.linear_model import LogisticRegression
        from threadpoolctl import threadpool_limits

        hashed = [feature_ids(text) for text, _ in examples]
        ids = np.unique(np.concatenate(hashed)) if hashed else np.zeros(0, np.int64)
        rows, columns, counts = [], [], []
        for row, found in enumerate(hashed):
            unique, count = np.unique(found, return_counts=True)
            rows.append(np.full(len(unique), row))
            columns.append(np.searchsorted(ids, unique))
            counts.append(count)
        matrix = sp.csr_matrix((np.concatenate(counts).astype(np.float64),
                                (np.concatenate(rows), np.concatenate(columns))),
                               shape=(len(examples), len(ids)))
        df = np.bincount(matrix.indices, minlength=len(ids))
        idf = np.log((1.0 + len(examples)) / (1.0 + df)) + 1.0
        matrix.data = 1.0 + np.log(matrix.data)
        matrix = matrix @ sp.diags(idf)
        matrix = sp.diags(1.0 / np.sqrt(matrix.multiply(matrix).sum(axis=1).A1)) @ matrix
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        with threadpool_limits(1):  # a small problem: threads only contend (40x slower)
            model.fit(matrix, [label for _, label in examples])
        labels = [str(x) for x in model.classes_]
        weights, bias = model.coef_.T, model.intercept_
        if len(labels) == 2:  # a binary model keeps one column: softmax of (-z/2, z/2)
            weights = np.column_stack([-weights[:, 0] / 2, weights[:, 0] / 2])
            bias = np.array([-bias[0] / 2, bias[0] / 2])
        return cls(labels, ids, idf, np.asarray(weights, np.float64),
                   np.asarray(bias, np.float64))


def training_examples(intents: list[Intent]) -> list[tuple[str, str]]:
    """Every intent example under its intent's name, and the bundled questions."""
    examples = [(e, i.name) for i in intents for e in i.examples]
    questions = QUESTIONS_FILE.read_text(encoding="utf-8").splitlines()
    return examples + [(q, QUESTION) for q in questions if q.strip() and not q.startswith("#")]


def content_key(intents: list[Intent]) -> str:
    """What a fit depends on: this module, the bundled questions, the intents' examples."""
    digest = hashlib.sha256(Path(__file__).read_bytes() + QUESTIONS_FILE.read_bytes())
    for intent in intents:
        for text in (intent.name, *intent.examples):
            encoded = text.encode("utf-8", "surrogatepass")
            digest.update(len(encoded).to_bytes(8, "little") + encoded)
    return digest.hexdigest()[:40]


def bundled(key: str) -> MessageClassifier | None:
    """The classifier shipped for kzbot's own intents (``bench/bundle_classifier.py``
    writes it), if it was fitted for this key; a stale or unreadable file is no match."""
    try:
        with np.load(BUNDLED, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        return MessageClassifier.from_state(arrays) if str(arrays["key"]) == key else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def fitted(intents: list[Intent], use_cache: bool = True) -> MessageClassifier:
    """The classifier for these intents: from this process, the one shipped for kzbot's
    own intents, the disk cache, or a new fit (in that order).

    The key is the intents' names and examples (their responses don't change the model):
    an edited intents folder refits once. Cache entries live in the cache's
    ``classifiers`` folder, apart from the document indexes; ``use_cache=False`` neither
    reads nor writes them.
    """
    key = content_key(intents)
    if key in _MEMO:
        return _MEMO[key]
    classifier = bundled(key)
    folder, name = cache.cache_dir() / "classifiers", cache.key(["message classifier", key])
    if classifier is None and use_cache:
        arrays = cache.load(name, folder)
        try:
            classifier = MessageClassifier.from_state(arrays) if arrays else None
        except (KeyError, ValueError, TypeError):
            classifier = None  # a broken or foreign entry: refit below
    if classifier is None:
        classifier = MessageClassifier.fit(training_examples(intents))
        if use_cache:
            cache.save(name, classifier.state(), folder)
    _MEMO[key] = classifier
    return classifier
