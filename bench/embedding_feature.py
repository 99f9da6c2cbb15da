"""How much sentence embeddings would add to the ranker, as cross-validated passage@1.

    python bench/embedding_feature.py ../shared/bench/squad_dev.json --texts-out texts.json
    (encode texts.json: bench/learn_vectors.py --embed texts.json --embed-out table.npz)
    python bench/embedding_feature.py ../shared/bench/squad_dev.json --table table.npz \
        --name teacher

The first call writes every sentence (as the retriever cuts the articles) and question.
The second adds to ``bot.answering.features.FEATURES``, for this run only, the cosine of
the question's embedding with the candidate sentence's, the best such cosine among its
passage's sentences, and with the passage's mean embedding, all looked up by text in the
table (``--name`` picks which of its arrays), and reports cross-validated sentence@1 and
passage@1 with and without them over the same leave-articles-out folds (5 and 15) that
``bench/train_ranker.py`` uses. A table of the encoder's own embeddings tells the ceiling
a static approximation could reach; a table of static ones what it does reach.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.train_ranker import Group, fit, groups, top1
from bot.answering import features, ranker
from bot.answering.retriever import Retriever
from bot.reading.corpus import document_from_text

Array = np.ndarray[Any, Any]
_ASKED: list[str] = [""]  # the question being read, for the features to look up


def dump(articles: list[dict[str, Any]], out: Path) -> None:
    """Every sentence of the articles, as the retriever cuts them, and every question."""
    texts: set[str] = set()
    for article in articles:
        retriever = Retriever().fit(document_from_text(article["text"]))
        texts.update(s.text for s in retriever.sentences_)
        texts.update(q["question"] for q in article["questions"])
    out.write_text(json.dumps(sorted(texts)))
    print(f"{len(texts)} texts -> {out}")


def embedding_features(table: dict[str, Array]) -> dict[str, Callable[[Any], Array]]:
    """The three cosine features, over unit embeddings looked up by text."""
    def unit(v: Array) -> Array:
        return np.asarray(v / max(float(np.linalg.norm(v)), 1e-12))

    def sentences(x: Any, ids: Array) -> Array:
        return np.array([unit(table[x.layout.sentences[i].text]) for i in ids.tolist()])

    def by_passage(x: Any, values: list[float]) -> Array:
        return np.asarray(values)[np.unique(x.owner, return_inverse=True)[1]]

    def asked() -> Array:
        return unit(table[_ASKED[0]])

    return {
        "embedding_sentence": lambda x: sentences(x, x.ids) @ asked(),
        "embedding_passage_best": lambda x: by_passage(
            x, [float((sentences(x, b) @ asked()).max()) for b in x.blocks]),
        "embedding_passage_mean": lambda x: by_passage(
            x, [float(unit(sentences(x, b).mean(0)) @ asked()) for b in x.blocks]),
    }


def cross_validated(data: list[list[Group]], folds: int) -> Array:
    """Per question, article by article: (sentence@1, passage@1) under leave-articles-out."""
    out: list[Array] = [np.zeros((0, 2), dtype=bool)] * len(data)
    for k in range(folds):
        weights = fit([a for i, a in enumerate(data) if i % folds != k], 1.0)
        for i in range(k, len(data), folds):
            out[i] = top1([data[i]], weights)
    return np.vstack(out)


def main() -> int:
    parser = argparse.ArgumentParser(description="Cross-validate embedding features.")
    parser.add_argument("squad", type=Path, help="a SQuAD-shaped tuning file")
    parser.add_argument("--texts-out", type=Path, help="write the texts to encode and stop")
    parser.add_argument("--table", type=Path, help="texts and their embeddings (.npz)")
    parser.add_argument("--name", default="teacher", help="which embeddings of the table")
    args = parser.parse_args()
    articles = json.loads(args.squad.read_text())["articles"]
    if args.texts_out:
        dump(articles, args.texts_out)
        return 0
    with np.load(args.table) as data:
        table = dict(zip(data["texts"].tolist(), data[args.name], strict=True))
    shipped = len(features.FEATURES)
    features.FEATURES.update(embedding_features(table))
    for name in features.FEATURES:
        ranker.WEIGHTS.setdefault(name, 0.0)
    read = Retriever.read

    def asking(self: Retriever, question: str, context: str = "") -> Any:
        _ASKED[0] = question
        return read(self, question, context)

    Retriever.read = asking  # type: ignore[method-assign]
    extended = groups(articles)
    base = [[(m[:, :shipped], labels, gold) for m, labels, gold in a] for a in extended]
    for folds in (5, 15):
        before, after = cross_validated(base, folds), cross_validated(extended, folds)
        won = int((after[:, 1] & ~before[:, 1]).sum())
        lost = int((before[:, 1] & ~after[:, 1]).sum())
        print(f"{folds} folds, {len(before)} questions: sentence@1 {before[:, 0].sum()} -> "
              f"{after[:, 0].sum()}, passage@1 {before[:, 1].sum()} -> {after[:, 1].sum()} "
              f"(+{won} -{lost})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
