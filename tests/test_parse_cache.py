"""The parse cache: a folder's unchanged text files are not parsed again, an edited one is,
the restored Document is the one a fresh parse gives, a broken entry is parsed again, and
``cache=False`` (``--no-cache``) writes nothing."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bot import Chatbot
from bot.reading import document as reading
from bot.reading import parsed
from bot.reading.corpus import document_from_text, load

TEXTS = {
    "a.md": "# Alpha\n\nTrade\n\nThe U.S. and Kazakhstan signed a deal in 1992. It grew.\n\n"
            "Energy\n\nOil flows west. Dr. Smith said so.",
    "b.txt": "Plain text with no heading. Two sentences here.\n\nA second paragraph.",
    "c.txt": "Security\n\nThe Nunn-Lugar program removed weapons. It ended in 1995.",
}


def write(folder: Path) -> list[Path]:
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text)
    return [folder / name for name in TEXTS]


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = reading.parse

    def counted(text: str, *args: object, **kwargs: object) -> reading.Document:
        seen.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parsed, "parse", counted)
    return seen


def test_an_unchanged_file_is_not_parsed_again_and_an_edited_one_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths = write(tmp_path / "docs")
    seen = count_parses(monkeypatch)
    first = load(tmp_path / "docs", use_cache=True)
    assert len(seen) == 3
    assert load(tmp_path / "docs", use_cache=True) == first and len(seen) == 3
    paths[1].write_text(paths[1].read_text() + "\n\nAn added line.")
    again = load(tmp_path / "docs", use_cache=True)
    assert len(seen) == 4 and "An added line." in seen[-1]
    assert again == load(tmp_path / "docs")  # as a fresh parse: positions, files, sections
    assert again.title == load(tmp_path / "docs").title


def test_a_restored_file_keeps_its_title_sections_and_sentences(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    file = tmp_path / "a.md"
    file.write_text(TEXTS["a.md"])
    load(file, use_cache=True)
    restored, fresh = load(file, use_cache=True), load(file)
    assert restored == fresh and restored.title == fresh.title == "Alpha"
    assert restored.sections == fresh.sections
    assert [s.text for s in restored.sentences] == [s.text for s in fresh.sentences]


def test_a_broken_entry_is_parsed_again(tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    write(tmp_path / "docs")
    load(tmp_path / "docs", use_cache=True)
    entries = sorted(parsed.parsed_dir().glob("*.npz"))
    assert len(entries) == 3
    entries[0].write_bytes(entries[0].read_bytes()[:50])
    seen = count_parses(monkeypatch)
    assert load(tmp_path / "docs", use_cache=True) == load(tmp_path / "docs")
    assert len(seen) == 1


def test_no_cache_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    write(tmp_path / "docs")
    Chatbot.from_path(tmp_path / "docs", cache=False)
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").rglob("*"))


def test_reading_a_document_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tea\n\nGreen tea is grown in Shizuoka.\n")
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            load(tmp_path, use_cache=False)
            document_from_text("Coffee grows in Brazil.")
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
