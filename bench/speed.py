"""Speed and memory of kzbot and its peers as the document grows, in one table.

    python bench/speed.py ../shared/bench/squad_dev.json ../shared/bench/squad_test.json

Corpora: the first SQuAD article, the first 15, all 48 concatenated, a synthetic text of
``--synthetic-mb`` megabytes (SQuAD sentences reshuffled into new paragraphs), and the same
text as a folder of ``--files`` files (kzbot reads the folder; peers its text). Each
system and corpus is measured in a fresh process: build time (fit, no cache), time per
question (median and p95 over ``--questions`` SQuAD questions) and the process's peak
memory. Then the incremental rebuild: the folder is indexed with the cache on, one file
is changed, and the time to index it again is set beside a full rebuild's, with a check
that both answer every question alike. Then the cold start: a whole ``kzbot ask`` process
(warm cache, and kzbot's bytecode compiled, as ``pip install`` leaves it and as
scikit-learn's already is: with ``PYTHONDONTWRITEBYTECODE`` set, as on these machines,
a source checkout would otherwise compile ~100 modules in every run, about 90 ms) against
a bare ``import sklearn.feature_extraction.text``, medians of ``--runs`` runs; the time
from starting the chat in a pseudo-terminal to its first prompt; and the slowest reply
to the hostile questions of the test suite.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYSTEMS = ("kzbot", "TF-IDF paragraphs", "BM25 paragraphs")


def corpus(files: list[Path], spec: str) -> tuple[str, list[str]]:
    """The text and questions a corpus spec names: 'squad:N' or 'synthetic:MB'."""
    articles = [a for f in files for a in json.loads(f.read_text())["articles"]]
    questions = [q["question"] for a in articles for q in a["questions"]]
    kind, _, size = spec.partition(":")
    if kind == "squad":
        chosen = articles[: int(size)]
        return "\n\n".join(a["text"] for a in chosen), [
            q["question"] for a in chosen for q in a["questions"]]
    rng = random.Random(0)
    sentences = [s for a in articles for p in a["text"].split("\n\n") for s in p.split(". ")]
    target, parts, total = int(float(size) * 2**20), [], 0
    while total < target:
        paragraph = ". ".join(rng.choice(sentences) for _ in range(5)) + "."
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts), questions


def write_folder(text: str, folder: Path, files: int) -> list[Path]:
    """The text's paragraphs dealt, in order, into ``files`` files of about equal size."""
    paragraphs = text.split("\n\n")
    per_file = -(-len(paragraphs) // files)
    paths = []
    for i in range(files):
        path = folder / f"part{i:03d}.txt"
        path.write_text("\n\n".join(paragraphs[i * per_file:(i + 1) * per_file]))
        paths.append(path)
    return paths


def measure(system: str, files: list[Path], spec: str, n_questions: int) -> dict[str, Any]:
    """Build and query one system on one corpus, in this process."""
    kind, _, size = spec.partition(":")
    folder_files = int(kind.removeprefix("folder")) if kind.startswith("folder") else 0
    text, questions = corpus(files, "synthetic:" + size if folder_files else spec)
    questions = random.Random(1).sample(questions, min(n_questions, len(questions)))
    import sklearn.feature_extraction.text  # noqa: F401  (imports are not build time)

    from bench.peers import PEERS, Peer
    from bot import Chatbot

    chars = len(text)
    with tempfile.TemporaryDirectory() as folder:
        if folder_files:
            write_folder(text, Path(folder), folder_files)
            if system == "kzbot":
                del text  # kzbot reads the folder: the bench's copy is not its memory
        start = time.perf_counter()
        if system == "kzbot":
            bot: Any = (Chatbot.from_path(folder, cache=False) if folder_files
                        else Chatbot.from_text(text, cache=False))
        else:
            bot = Peer(text, **PEERS[system])
        build = time.perf_counter() - start
    seconds = []
    for question in questions:
        start = time.perf_counter()
        bot.ask(question)
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    return {"chars": chars, "build_s": build,
            "median_ms": 1000 * statistics.median(seconds),
            "p95_ms": 1000 * seconds[int(0.95 * (len(seconds) - 1))],
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def incremental(files: list[Path], megabytes: float, n_files: int,
                n_questions: int) -> dict[str, Any]:
    """Index a folder with the cache on, change one file, index it again; and rebuild it
    in full, to check that both answer alike."""
    text, questions = corpus(files, f"synthetic:{megabytes}")
    questions = random.Random(1).sample(questions, min(n_questions, len(questions)))
    from bot import Chatbot

    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as home:
        os.environ["XDG_CACHE_HOME"] = home
        paths = write_folder(text, Path(folder), n_files)
        start = time.perf_counter()
        Chatbot.from_path(folder)
        first = time.perf_counter() - start
        changed = paths[len(paths) // 2]
        changed.write_text(changed.read_text().replace(". ", ". Indeed, ", 1) + "\n\nAdded.")
        start = time.perf_counter()
        again = Chatbot.from_path(folder)
        rebuild = time.perf_counter() - start
        full = Chatbot.from_path(folder, cache=False)
        same = all(again.ask(q).to_dict() == full.ask(q).to_dict() for q in questions)
    return {"first_s": first, "incremental_s": rebuild, "same": same}


def in_child(*args: str) -> dict[str, Any]:
    """Run ``measure`` in a fresh process, so memory and imports don't leak between rows."""
    done = subprocess.run([sys.executable, __file__, "--measure", *args], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def timed(command: list[str], runs: int) -> float:
    """Median wall time of a command over runs."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def first_prompt(runs: int) -> float:
    """Median seconds from starting ``kzbot`` in a pseudo-terminal to its first prompt."""
    import os

    import pexpect

    env = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        child = pexpect.spawn(sys.executable, ["-m", "bot"], cwd=str(ROOT), env=env,
                              encoding="utf-8", timeout=30)
        child.expect("you ›")
        seconds.append(time.perf_counter() - start)
        child.sendline("/quit")
        child.expect(pexpect.EOF)
    return statistics.median(seconds)


def hostile_worst_ms() -> float:
    """The slowest reply, in ms, to the test suite's hostile questions."""
    from bench.hostile import HOSTILE
    from bot import Chatbot

    bot = Chatbot()
    worst = 0.0
    for question in HOSTILE.values():
        start = time.perf_counter()
        bot.ask(question)
        worst = max(worst, time.perf_counter() - start)
    return 1000 * worst


def table(files: str, megabytes: float, count: int) -> None:
    """Build time, time per question and peak memory, each system and corpus in a child."""
    specs = {"1 article": "squad:1", "15 articles": "squad:15", "48 articles": "squad:48",
             f"synthetic {megabytes:g} MB": f"synthetic:{megabytes}",
             f"synthetic {megabytes:g} MB, {count} files": f"folder{count}:{megabytes}"}
    print("| corpus | chars | system | build s | median ms/question | p95 ms/question "
          "| peak memory MB |")
    print("|---|---|---|---|---|---|---|")
    for label, spec in specs.items():
        for system in SYSTEMS:
            r = in_child(system, spec, files)
            print(f"| {label} | {r['chars']:,} | {system} | {r['build_s']:.2f} | "
                  f"{r['median_ms']:.2f} | {r['p95_ms']:.2f} | {r['peak_mb']:.0f} |", flush=True)


def tail(files: str, megabytes: float, count: int, runs: int) -> None:
    """The incremental rebuild, the cold start, the first prompt and the hostile replies."""
    r = in_child("incremental", "", files, f"--synthetic-mb={megabytes}", f"--files={count}")
    print(f"\nincremental: one of {count} files changed, indexed again in "
          f"{r['incremental_s']:.2f} s (first build with the cache on {r['first_s']:.2f} s); "
          f"answers {'identical to' if r['same'] else 'DIFFERENT from'} a full rebuild's")
    question = "When were diplomatic relations established?"
    compileall.compile_dir(ROOT / "bot", quiet=1)  # the bytecode an installed kzbot has
    subprocess.run([sys.executable, "-m", "bot", "ask", question], cwd=ROOT, check=True,
                   capture_output=True)  # fill the cache
    ask = timed([sys.executable, "-m", "bot", "ask", question], runs)
    sklearn = timed([sys.executable, "-c", "import sklearn.feature_extraction.text"], runs)
    print(f"cold start: kzbot ask {1000 * ask:.0f} ms, import sklearn {1000 * sklearn:.0f} ms,"
          f" ratio {ask / sklearn:.2f} (target <= 0.30)")
    print(f"chat: first prompt after {1000 * first_prompt(runs):.0f} ms (median)")
    print(f"hostile questions: slowest reply {hostile_worst_ms():.1f} ms (target < 1000)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("squad", nargs="*", type=Path, help="SQuAD-shaped files, in order")
    parser.add_argument("--synthetic-mb", type=float, default=50.0)
    parser.add_argument("--files", type=int, default=50, help="files in the synthetic folder")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--measure", nargs=3, metavar=("SYSTEM", "CORPUS", "FILES"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        system, spec, files = args.measure
        paths = [Path(f) for f in files.split(",")]
        if system == "incremental":
            result = incremental(paths, args.synthetic_mb, args.files, args.questions)
        else:
            result = measure(system, paths, spec, args.questions)
        print(json.dumps(result))
        return 0
    if not args.squad or not all(p.is_file() for p in args.squad):
        parser.error("give one or more SQuAD-shaped files that exist, e.g. "
                     "../shared/bench/squad_dev.json")
    files = ",".join(str(p.resolve()) for p in args.squad)
    table(files, args.synthetic_mb, args.files)
    tail(files, args.synthetic_mb, args.files, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
