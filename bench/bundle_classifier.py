"""Fit the message classifier for kzbot's own intents and ship it in ``bot/smalltalk/data``.

    python bench/bundle_classifier.py

Run after editing ``intents/``, ``bot/smalltalk/data/questions.txt`` or ``classifier.py``: the
file records the key it was fitted for (``bot.smalltalk.classifier.content_key``), so a stale one is
ignored (kzbot refits and caches instead) and a test says it is stale. Weights are stored
as float32, uncompressed (it loads faster): numpy arrays only, loaded without pickle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.smalltalk.classifier import BUNDLED, MessageClassifier, content_key, training_examples
from bot.smalltalk.intents import IntentMatcher

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    intents = IntentMatcher.from_folder(ROOT / "intents").intents
    classifier = MessageClassifier.fit(training_examples(intents))
    arrays = {k: v.astype(np.float32) if v.dtype == np.float64 else v
              for k, v in classifier.state().items()}
    np.savez(BUNDLED, key=np.array(content_key(intents)), **arrays)  # type: ignore[arg-type]
    print(f"{BUNDLED}: {len(classifier.labels)} classes, {len(classifier.ids):,} n-grams, "
          f"{BUNDLED.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
