"""Big documents: the batch tokeniser and features equal the per-text ones, an index built
from parts equals scikit-learn's, a folder with one changed file re-reads only that file
and answers exactly as a full rebuild, and progress shows on a terminal only."""

from __future__ import annotations

import argparse
import io
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfTransformer

from bot import Chatbot
from bot.index import build as indexing
from bot.index import parts, weights
from bot.index.terms import TermIndex
from bot.index.wordpieces import SoftCoverage
from bot.language.continuation import continues_previous
from bot.language.text import features, words
from bot.language.tokens import tokenise
from bot.reading.corpus import load
from bot.reading.document import Document, Passage, Sentence
from bot.shells import cli
from bot.shells.progress import TerminalProgress, for_stream
from conftest import ROOT

# words that exercise every rule: stop words, genitive links, aliases, phrases, numbers
PIECES = ["the", "of", "a", "an", "and", "ambassador", "United", "States", "U.S.", "US",
          "Kazakhstan's", "republic", "Republic of", "embassy", "1,000", "6.02.2017",
          "10:30", "1/2", "x1.5y", "Zürich", "naïve", "—", "“quoted”", "it's", "s'", "\x00",
          "Soviet Union", "co-operation", "İstanbul", "ǅ", "ﬁne", "\n", ".", ",", " "]
texts = st.lists(st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=14)
                 .map(" ".join), max_size=8)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_tokenise_cuts_every_text_as_words_does(sample: list[str]) -> None:
    tokens = tokenise(sample)
    assert [tokens.text(i) for i in range(len(sample))] == [words(t) for t in sample]


@given(texts)
@settings(max_examples=300, deadline=None)
def test_a_part_counts_the_features_wordpieces_and_layout_of_each_sentence(
        sample: list[str]) -> None:
    part = parts.build(sample)
    names = [part.stems[h] if t < 0 else f"{part.stems[h]} {part.stems[t]}"
             for h, t in zip(part.heads.tolist(), part.tails.tolist(), strict=True)]
    for i, text in enumerate(sample):
        row = slice(part.indptr[i], part.indptr[i + 1])
        counted = Counter(dict(zip((names[j] for j in part.indices[row].tolist()),
                                   part.data[row].tolist(), strict=True)))
        assert counted == Counter(features(words(text)))
    soft = SoftCoverage().fit([words(t) for t in sample])
    np.testing.assert_array_equal(part.pieces, soft.pieces_)
    np.testing.assert_array_equal(part.piece_offsets, soft.offsets_)
    np.testing.assert_array_equal(part.piece_df, soft.df_)
    assert part.continues.tolist() == [continues_previous(t) for t in sample]
    assert part.lengths.tolist() == [len(t.split()) for t in sample]


@pytest.mark.parametrize("block", [weights.BLOCK, 7, 1])
def test_tf_idf_from_counts_has_scikit_learns_exact_bits(
        block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    import scipy.sparse as sp

    monkeypatch.setattr(weights, "BLOCK", block)  # entries weighted at a time
    rng = np.random.default_rng(0)
    counts = sp.random(300, 80, density=0.1, random_state=1, format="csr",
                       data_rvs=lambda n: rng.integers(1, 6, n)).astype(np.int32)
    counts.data[np.isin(counts.indices, [3, 4, 40])] = 0  # terms no text uses
    counts.eliminate_zeros()
    counts.sort_indices()
    index = TermIndex().from_counts(counts, [f"t{i}" for i in range(80)])
    expected = TfidfTransformer(sublinear_tf=True).fit(counts)
    np.testing.assert_array_equal(index.idf_, expected.idf_)
    reference = expected.transform(counts).tocsc()
    reference.sort_indices()
    np.testing.assert_array_equal(index.tfidf_, reference.data)
    np.testing.assert_array_equal(index.indices_, reference.indices)
    np.testing.assert_array_equal(index.indptr_, reference.indptr)


def write_folder(folder: Path) -> list[Path]:
    """Three files of the bundled document's paragraphs."""
    text = next((ROOT / "corpus").glob("*.*")).read_text()
    paragraphs = text.split("\n\n")
    third = len(paragraphs) // 3
    paths = []
    for i in range(3):
        path = folder / f"file{i}.md"
        path.write_text("\n\n".join(paragraphs[i * third:(i + 1) * third if i < 2 else None]))
        paths.append(path)
    return paths


QUESTIONS = ["When were diplomatic relations established?", "Who is the US ambassador?",
             "How much did Kazakhstan export to the US?", "What is the capital of France?"]


def test_changing_one_file_reads_only_it_and_answers_as_a_full_rebuild(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(indexing, "PART_CHARS", 2000)  # several parts per file
    folder = tmp_path / "docs"
    folder.mkdir()
    paths = write_folder(folder)
    Chatbot.from_path(folder)
    paths[1].write_text(paths[1].read_text().replace("the", "THE", 3) + "\n\nA new line.")
    built: list[parts.Part] = []

    def counted_build(texts: list[str]) -> parts.Part:
        built.append(parts.build(texts))
        return built[-1]

    monkeypatch.setattr(indexing, "build", counted_build)
    again = Chatbot.from_path(folder)
    document = again.document
    file_of = [document.passages[first].file for first, _, _ in indexing.cut(document)]
    # only parts of the changed file are read again (a part of it that kept its text not)
    assert 0 < len(built) <= file_of.count("file1.md") < len(file_of)
    full = Chatbot.from_path(folder, cache=False)
    assert again.document == full.document  # parsed files restored as a fresh parse gives
    for name, array in full.retriever.state().items():
        np.testing.assert_array_equal(again.retriever.state()[name], array, err_msg=name)
    for question in QUESTIONS:
        assert again.ask(question).to_dict() == full.ask(question).to_dict()


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_files_megabytes_rate_and_time_left_after_a_second() -> None:
    now = [0.0]
    stream = FakeTerminal()
    report = TerminalProgress(stream, clock=lambda: now[0])
    mb = 1 << 20
    report(0, 4, 0, 8 * mb)
    now[0] = 0.5
    report(1, 4, 2 * mb, 8 * mb)
    assert stream.getvalue() == ""  # a short build shows nothing
    now[0] = 2.0
    report(2, 4, 4 * mb, 8 * mb)
    assert "\rindexing: 2/4 files, 4.0/8.0 MB, 2.0 MB/s, 2 s left" in stream.getvalue()
    now[0] = 4.0
    report(4, 4, 8 * mb, 8 * mb)
    assert "joining the parts" in stream.getvalue()
    report(4, 4, 8 * mb, 8 * mb)
    assert stream.getvalue().endswith("\r")  # the line is blanked when the build is done
    assert stream.getvalue().rsplit("\r", 2)[-2].strip() == ""


def test_progress_is_silent_when_stderr_is_not_a_terminal() -> None:
    assert for_stream(io.StringIO()) is None
    assert isinstance(for_stream(FakeTerminal()), TerminalProgress)


@pytest.mark.parametrize(("json", "terminal", "shown"),
                         [(False, True, True), (True, True, False), (False, False, False)])
def test_the_cli_shows_progress_on_a_terminal_unless_json(
        monkeypatch: pytest.MonkeyPatch, json: bool, terminal: bool, shown: bool) -> None:
    seen: dict[str, object] = {}
    monkeypatch.setattr(cli, "Chatbot", lambda **options: seen.update(options))
    monkeypatch.setattr("sys.stderr", FakeTerminal() if terminal else io.StringIO())
    cli.load_bot(argparse.Namespace(corpus=None, intents=None, no_cache=True, json=json))
    assert isinstance(seen["progress"], TerminalProgress) is shown


def test_a_build_from_the_library_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    Chatbot.from_path(ROOT / "corpus", cache=False)
    assert capsys.readouterr() == ("", "")


def test_a_folder_cut_into_parts_keeps_each_part_in_one_file(tmp_path: Path) -> None:
    write_folder(tmp_path)
    document = load(tmp_path)
    for first, end, _ in indexing.cut(document):
        assert len({p.file for p in document.passages[first:end]}) == 1


def test_a_broken_part_in_the_cache_is_rebuilt_silently(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "docs"
    folder.mkdir()
    write_folder(folder)
    expected = Chatbot.from_path(folder, cache=False).ask(QUESTIONS[0]).to_dict()
    Chatbot.from_path(folder)
    for entry in indexing.parts_dir().glob("*.npz"):
        arrays = dict(np.load(entry))
        arrays["pieces"] = arrays["pieces"] + 10**6  # out of the vocabulary
        np.savez(entry, **arrays)
    for entry in (tmp_path / "cache" / "kzbot").glob("*.npz"):
        entry.unlink()  # the whole index too, so that the parts are read
    assert Chatbot.from_path(folder).ask(QUESTIONS[0]).to_dict() == expected


def test_a_build_maps_big_blocks_only_while_it_runs_and_nothing_breaks_without_glibc(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.index import memory

    calls: list[tuple[int, int]] = []

    def mallopt(option: int, value: int) -> int:
        calls.append((option, value))
        return 1

    monkeypatch.setattr(memory, "_mallopt", lambda: mallopt)
    with memory.big_blocks_mapped():
        assert calls == [(-3, 128 * 1024)]
    # after: mapped from 32 MiB, and the heap trimmed only when 64 MiB of its top are free
    assert calls[1:] == [(-3, 32 * 1024 * 1024), (-1, 64 * 1024 * 1024)]
    monkeypatch.setattr(memory, "_mallopt", lambda: None)
    with memory.big_blocks_mapped():
        pass


def test_a_parts_key_changes_with_its_text_and_where_its_sentences_end() -> None:
    def document(text: str, ends: list[int]) -> Document:
        starts = [0, *ends[:-1]]
        sentences = tuple(Sentence(text, 0, a, b) for a, b in zip(starts, ends, strict=True))
        return Document("", (), (Passage(text, "", None, 0, 0, len(text), sentences),))

    text = "It rained. Then it snowed."
    keys = {indexing.part_keys(document(text, [10, 26]))[0],
            indexing.part_keys(document(text, [26]))[0],
            indexing.part_keys(document(text.replace("It", "He"), [10, 26]))[0]}
    assert len(keys) == 3
    assert indexing.part_keys(document(text, [10, 26])) == indexing.part_keys(
        document(text, [10, 26]))
