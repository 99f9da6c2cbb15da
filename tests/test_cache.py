"""The index cache: a second start reuses it; a bad, stale or unwritable cache never hurts."""

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import Chatbot, cache
from bot.answering.retriever import Retriever
from conftest import ROOT

DOC = "Tea Notes\n\nGreen tea is grown in Shizuoka.\n\nBlack tea is grown in Assam since 1823.\n"
QUESTION = "Where is black tea grown?"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "kzbot"


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.npz"))


def refuse_to_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(self: Retriever, document: object) -> Retriever:
        raise AssertionError("fitted again instead of using the cache")
    monkeypatch.setattr(Retriever, "fit", fail)


def test_a_second_start_answers_from_the_cache_without_refitting(
        cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Chatbot.from_text(DOC).ask(QUESTION)
    assert len(entries(cache_home)) == 1
    refuse_to_fit(monkeypatch)
    second = Chatbot.from_text(DOC).ask(QUESTION)
    assert second == first and "Assam" in second.text


@pytest.mark.parametrize("damage", [
    lambda p: p.write_bytes(b"not a numpy file"),
    lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    lambda p: p.write_bytes(b""),
])
def test_a_corrupt_or_truncated_entry_is_rebuilt(cache_home: Path, damage) -> None:  # type: ignore[no-untyped-def]
    expected = Chatbot.from_text(DOC).ask(QUESTION)
    damage(entries(cache_home)[0])
    assert Chatbot.from_text(DOC).ask(QUESTION) == expected
    assert Chatbot.from_text(DOC).ask(QUESTION) == expected  # and the rebuilt entry reads


def test_an_entry_for_another_document_is_detected_and_rebuilt(cache_home: Path) -> None:
    Chatbot.from_text(DOC)
    other = Chatbot.from_text("Coffee\n\nCoffee grows in Brazil.\n\nAnd in Colombia.\n\nAnd Peru.")
    name = entries(cache_home)[0].stem
    for path in entries(cache_home):
        path.unlink()
    cache.save(name, other.retriever.state())  # the wrong arrays under this document's key
    assert "Assam" in Chatbot.from_text(DOC).ask(QUESTION).text


def test_the_key_changes_with_the_text() -> None:
    assert cache.key(["a"]) != cache.key(["b"]) and cache.key(["a"]) == cache.key(["a"])


def test_an_unwritable_cache_folder_means_no_cache_not_an_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert "Assam" in Chatbot.from_text(DOC).ask(QUESTION).text


def test_no_cache_reads_and_writes_nothing(cache_home: Path) -> None:
    Chatbot.from_text(DOC, cache=False)
    assert not cache_home.exists() or not entries(cache_home)


def test_processes_building_at_once_leave_one_whole_entry(tmp_path: Path) -> None:
    document = tmp_path / "doc.txt"
    document.write_text(DOC)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1", "PATH": ""}
    command = [sys.executable, "-m", "bot", "ask", "--corpus", str(document), QUESTION]
    running = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
               for _ in range(4)]
    outputs = [p.communicate(timeout=120)[0] for p in running]
    assert all("Assam" in out for out in outputs)
    folder = tmp_path / "cache" / "kzbot"
    assert len(entries(folder)) == 1 and not list(folder.glob("*.tmp"))
    assert cache.load(entries(folder)[0].stem, folder) is not None


def test_a_new_version_of_the_code_never_reads_an_old_entry(
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = cache.key([DOC])
    monkeypatch.setattr(cache, "_code_version", lambda: b"another version of kzbot")
    assert cache.key([DOC]) != old


def test_an_edited_source_or_data_file_changes_the_code_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    source, data = tmp_path / "module.py", tmp_path / "data" / "table.json"
    source.write_text("X = 1\n")
    data.write_text("{}")
    monkeypatch.setattr(cache, "_SOURCE", tmp_path)

    def version() -> bytes:
        cache._code_version.cache_clear()
        return cache._code_version()

    first = version()
    assert version() == first  # the same files, the same version
    stamped = source.stat().st_mtime_ns
    source.write_text("X = 2\n")  # the same size, and the same time, as a stamping build
    os.utime(source, ns=(stamped, stamped))
    second = version()
    assert second != first
    os.utime(data, ns=(1, 1))  # a data file replaced by another, as a reinstall does
    assert version() != second
    cache._code_version.cache_clear()


def test_the_least_recently_used_entries_are_pruned_first(
        cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    arrays = {"x": np.zeros(1)}
    for n, name in enumerate(["a", "b"]):
        cache.save(name, arrays)
        os.utime(cache_home / f"{name}.npz", (1000 + n, 1000 + n))
    assert cache.load("a") is not None  # "a" is used again, so "b" is now the oldest
    cache.save("c", arrays)
    assert sorted(p.stem for p in entries(cache_home)) == ["a", "c"]


def test_a_big_entry_written_behind_is_read_once_written(
        cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "BEHIND_BYTES", 0)  # every entry is big
    first = Chatbot.from_text(DOC).ask(QUESTION)
    refuse_to_fit(monkeypatch)
    assert Chatbot.from_text(DOC).ask(QUESTION) == first  # the load waited for the write
    assert len(entries(cache_home)) == 1 and not list(cache_home.glob("*.tmp"))


def test_a_process_ends_only_once_its_entries_written_behind_are_whole(tmp_path: Path) -> None:
    script = ("from bot import Chatbot, cache\ncache.BEHIND_BYTES = 0\n"
              f"Chatbot.from_text({DOC!r})\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True, timeout=120)
    folder = tmp_path / "kzbot"
    assert len(entries(folder)) == 1 and not list(folder.glob("*.tmp"))
    assert cache.load(entries(folder)[0].stem, folder) is not None


@given(st.lists(st.text().map(lambda s: s.replace("\n", " "))))
def test_packed_strings_read_back_as_they_were(strings: list[str]) -> None:
    assert cache.unpack(cache.pack(strings)) == strings
