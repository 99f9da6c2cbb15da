"""Reading a document: sections from the text's shape, passages with offsets, folders."""

from pathlib import Path

import pytest

from bot import Chatbot, CorpusError
from bot.reading.corpus import load
from bot.reading.document import parse

TEXT = """Trade Between Two Countries

Overview

Trade grew fast. It doubled in 2017.

Since 2019- William Moser is Ambassador of the U.S. to the Republic of Kazakhstan

Energy cooperation

A key instrument is the Energy Partnership.
"""


def test_sections_are_detected_from_the_shape_of_the_text() -> None:
    document = parse(TEXT)
    assert document.title == "Trade Between Two Countries"
    assert document.sections == ("Overview", "Energy cooperation")
    assert [p.section for p in document.passages] == ["Overview", "Overview", "Energy cooperation"]


def test_passages_know_their_position_and_offsets_in_the_source() -> None:
    document = parse(TEXT)
    for position, passage in enumerate(document.passages):
        assert passage.position == position
        assert TEXT[passage.start:passage.end] == passage.text
        for sentence in passage.sentences:
            assert TEXT[sentence.start:sentence.end] == sentence.text


def test_long_paragraphs_are_cut_at_sentence_boundaries() -> None:
    paragraph = " ".join(f"Sentence number {i} says something about trade." for i in range(60))
    document = parse(paragraph, max_passage_chars=300)
    assert len(document.passages) > 5
    assert all(len(p.text) <= 300 for p in document.passages)
    assert " ".join(p.text for p in document.passages) == paragraph


def test_a_folder_of_files_is_one_document_whose_sources_name_their_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Apples grow in Almaty orchards.\n")
    (tmp_path / "b.md").write_text("# Pears\n\nPears ripen in September in Turkestan.\n")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")  # not a document format: not read
    document = load(tmp_path)
    assert [p.file for p in document.passages] == ["a.txt", "b.md"]
    reply = Chatbot.from_path(tmp_path).ask("When do pears ripen?")
    assert reply.kind == "answer" and "September" in reply.text
    assert reply.sources[0].file == "b.md" and reply.sources[0].section == "Pears"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"  \n\n ", "empty"), (b"\x00\x01binary\x00", "binary"),
    (b"caf\xe9 latin-1 text", "not UTF-8"),
])
def test_unusable_files_are_refused_with_a_clear_message(
        tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=message):
        Chatbot.from_path(path)


def test_utf16_with_a_bom_and_utf8_with_a_bom_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Tea is grown in Georgia.".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes("\ufeffCoffee is grown in Brazil.".encode())
    assert len(load(tmp_path).passages) == 2


def test_a_symlink_loop_in_a_folder_does_not_trap_the_walk(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("Plums grow in Shymkent.")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert len(load(tmp_path).passages) == 1


def test_a_document_holds_its_text_once_sentences_read_theirs_from_their_passage() -> None:
    document = parse(TEXT)
    for passage in document.passages:
        for sentence in passage.sentences:
            assert sentence.source is passage.text
            assert sentence.text == TEXT[sentence.start:sentence.end]
    assert [s.text for s in document.passages[0].sentences] == [
        "Trade grew fast.", "It doubled in 2017."]
