"""A document as sections, passages and sentences, each pointing back into its source text.

Headings are found from the text's shape, not from a list: a paragraph of one short line
with no sentence punctuation and no digits, followed by ordinary text (or a Markdown "#"
line). A Markdown "# Title" opening the text, or a first heading followed by another, is the
title. Passages are paragraphs; a long paragraph is cut at sentence boundaries so that no
passage runs past ``max_passage_chars`` unless one sentence alone does.

Formats with their own structure (PDF pages, Word and HTML headings; see ``bot.reading.formats``)
skip the shape rules: they hand ``assemble`` their text already cut into Blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from bot.language.dates import undated
from bot.reading.sentences import split_spans

MAX_PASSAGE_CHARS = 1200
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_HEADING_MAX_WORDS = 8


@dataclass(frozen=True, slots=True)  # slots: a 50 MB text has 300,000 sentences
class Sentence:
    """One sentence; ``passage`` is its passage's position in the document.

    Its text is read from its passage's (``source``, which starts at offset ``base``) when
    asked for, so that a document holds its text once, not once in passages and again in
    sentences (50 MB more on a 50 MB text).
    """

    source: str = field(repr=False, compare=False)
    passage: int
    start: int
    end: int
    base: int = field(default=0, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The sentence: ``source[start - base:end - base]``."""
        return self.source[self.start - self.base:self.end - self.base]


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph (or part of a long one): section, file, position, offsets and page (PDF)."""

    text: str
    section: str
    file: str | None
    position: int
    start: int
    end: int
    sentences: tuple[Sentence, ...]
    page: int | None = None


@dataclass(frozen=True)
class Document:
    """Everything the index needs: the title, the sections in order, and the passages."""

    title: str
    sections: tuple[str, ...]
    passages: tuple[Passage, ...]

    @property
    def sentences(self) -> list[Sentence]:
        """All sentences, in document order."""
        return [s for p in self.passages for s in p.sentences]

    @cached_property
    def frame(self) -> str:
        """The title, the first heading and the first passage, less the dates of events
        they give ("December 26, 1991"): where a document says what it is about and when
        ("… for the 2015 season"), the frame every later passage shares."""
        first = (self.passages[0].section, self.passages[0].text) if self.passages else ()
        return undated("\n".join(part for part in (self.title, *first) if part))


@dataclass(frozen=True)
class Block:
    """A span of a document's text that is one title, heading or paragraph, on a page or not."""

    start: int
    end: int
    kind: Literal["title", "heading", "text"] = "text"
    label: str = ""
    page: int | None = None


def heading_text(block: str) -> str | None:
    """The heading a paragraph spells, or None when it is ordinary text."""
    if "\n" in block:
        return None
    markdown = _MARKDOWN_HEADING.match(block)
    if markdown:
        return markdown.group(2)
    looks_like_heading = (
        len(block.split(None, _HEADING_MAX_WORDS)) <= _HEADING_MAX_WORDS
        and block[0].isupper()
        and block[-1] not in ".!?:;,"
        and not any(c.isdigit() for c in block)
    )
    return block if looks_like_heading else None


def _paragraphs(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, trimmed of surrounding white space."""
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            yield start + lead, start + len(chunk.rstrip())
        start = brk.end() if brk else len(text)


def _chunks(spans: list[tuple[int, int]], limit: int) -> list[list[tuple[int, int]]]:
    """Consecutive sentence spans grouped so that each group stays within limit characters."""
    groups: list[list[tuple[int, int]]] = [[]]
    for span in spans:
        current = groups[-1]
        if current and span[1] - current[0][0] > limit:
            groups.append([])
        groups[-1].append(span)
    return groups


def _shaped_blocks(text: str) -> list[Block]:
    """The text's paragraphs as Blocks, headings and title told apart by their shape."""
    spans = list(_paragraphs(text))
    shapes = [heading_text(text[a:b]) for a, b in spans]
    blocks: list[Block] = []
    for i, ((a, b), heading) in enumerate(zip(spans, shapes, strict=True)):
        if heading is None or i + 1 == len(spans):
            blocks.append(Block(a, b))
        elif not blocks and (shapes[i + 1] is not None or text.startswith("# ", a)):
            blocks.append(Block(a, b, "title", heading))
        else:
            blocks.append(Block(a, b, "heading", heading))
    return blocks


def parse(text: str, file: str | None = None, max_passage_chars: int = MAX_PASSAGE_CHARS,
          first_position: int = 0) -> Document:
    """Split text into a Document; positions start at first_position (for multi-file corpora)."""
    return assemble(text, _shaped_blocks(text), file, max_passage_chars, first_position)


def assemble(text: str, blocks: Iterable[Block], file: str | None = None,
             max_passage_chars: int = MAX_PASSAGE_CHARS, first_position: int = 0,
             title: str = "") -> Document:
    """A Document from text already cut into Blocks: headings open sections, the first
    title block names the document (unless ``title`` does), paragraphs become passages."""
    section = ""
    sections: list[str] = []
    passages: list[Passage] = []
    for block in blocks:
        if block.kind != "text":
            if block.kind == "title" and not title:
                title = block.label
            elif block.kind == "heading":
                section = block.label
                sections.append(section)
            continue
        a, b = block.start, block.end
        for group in _chunks(split_spans(text[a:b], a), max_passage_chars):
            position = first_position + len(passages)
            start, end = group[0][0], group[-1][1]
            passage = text[start:end]
            sentences = tuple(Sentence(passage, position, s, e, start) for s, e in group)
            passages.append(Passage(passage, section or title, file, position,
                                    start, end, sentences, block.page))
    return Document(title, tuple(sections), tuple(passages))


def merge(documents: list[Document]) -> Document:
    """One Document from several (a folder of files), keeping passage positions unique."""
    title = documents[0].title if len(documents) == 1 else ""
    sections = tuple(s for d in documents for s in d.sections)
    return Document(title, sections, tuple(p for d in documents for p in d.passages))
