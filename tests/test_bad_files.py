"""Files kzbot can't read: one line naming the file and why (exit 1 from the CLI, never a
traceback); in a folder, such a file is skipped with a one-line warning on stderr."""

import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import Chatbot, CorpusError
from bot.errors import CorpusWarning
from bot.reading.corpus import load
from conftest import ROOT, run_kzbot
from makedocs import WRITERS, encrypted_pdf, scanned_pdf


def _cut(kind: str) -> Callable[[Path], Path]:
    """A well-made file of a kind, cut to its first half."""
    def write(path: Path) -> Path:
        WRITERS[kind](path)
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        return path
    return write


def _bytes(content: bytes) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        path.write_bytes(content)
        return path
    return write


BAD = {
    "scanned.pdf": (scanned_pdf, "no text layer"),
    "encrypted.pdf": (encrypted_pdf, "encrypted"),
    "encrypted-aes.pdf": (lambda path: encrypted_pdf(path, aes=True), "encrypted"),
    "truncated.pdf": (_cut("pdf"), "truncated"),
    "corrupt.pdf": (_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"),
                    "cannot read this PDF"),
    "notpdf.pdf": (_bytes(b"<html>a web page saved as .pdf</html>"), "not a PDF"),
    "truncated.docx": (_cut("docx"), "not a whole .docx"),
    "corrupt.docx": (_bytes(b"PK\x03\x04" + bytes(500)), "not a whole .docx"),
    "binary.html": (_bytes(b"\x00\x01<p>\x00\xff</p>"), "binary"),
    "mislabelled.html": (_bytes(b'<meta charset="utf-8"><p>caf\xe9</p>'), "not valid utf-8"),
    "scripts-only.html": (_bytes(b"<script>var x = 1;</script>"), "no text"),
    "binary.md": (_bytes(b"\x00\xff\x00\x12"), "binary"),
    "latin1.txt": (_bytes("café".encode("latin-1")), "not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_file_is_one_line_naming_it_and_why(tmp_path: Path, name: str) -> None:
    write, reason = BAD[name]
    path = write(tmp_path / name)
    with pytest.raises(CorpusError, match=reason) as raised:
        load(path)
    assert str(raised.value).startswith(f"{path}: ") and "\n" not in str(raised.value)
    done = run_kzbot("ask", "--corpus", str(path), "What does it say?")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == f"kzbot: error: {raised.value}\n"


def test_in_a_folder_bad_files_are_skipped_with_a_warning_each(tmp_path: Path) -> None:
    sample = WRITERS["md"](tmp_path / "good.md")
    scanned_pdf(tmp_path / "scan.pdf")
    _cut("docx")(tmp_path / "cut.docx")
    with pytest.warns(CorpusWarning) as caught:
        bot = Chatbot.from_path(tmp_path)
    assert sorted(str(w.message).split(":")[0] for w in caught) == [
        f"skipped {tmp_path / 'cut.docx'}", f"skipped {tmp_path / 'scan.pdf'}"]
    assert sample.answer in bot.ask(sample.question).text
    done = run_kzbot("ask", "--corpus", str(tmp_path), sample.question)
    assert done.returncode == 0 and sample.answer in done.stdout
    assert done.stderr.splitlines() == [
        f"kzbot: warning: skipped {tmp_path / 'cut.docx'}: not a whole .docx file (damaged, "
        "cut short, or an old .doc renamed?)",
        f"kzbot: warning: skipped {tmp_path / 'scan.pdf'}: no text layer (a scanned PDF?); "
        "run OCR on it (for example ocrmypdf) and try again"]


def test_a_folder_of_only_bad_files_stops_the_build(tmp_path: Path) -> None:
    scanned_pdf(tmp_path / "scan.pdf")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        with pytest.raises(CorpusError, match=r"empty \(1 unreadable file skipped\)"):
            load(tmp_path)
    done = run_kzbot("ask", "--corpus", str(tmp_path), "hello")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1].startswith("kzbot: error: ")


def ask_without(modules: list[str], corpus: Path) -> subprocess.CompletedProcess[str]:
    """`kzbot ask --corpus CORPUS hello` in a process where the modules can't be imported."""
    script = (f"import sys; sys.modules.update(dict.fromkeys({modules!r})); "
              "from bot.shells.cli import main; "
              f"sys.exit(main(['ask', '--corpus', {str(corpus)!r}, 'hello']))")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.mark.parametrize("kind, library, extra", [
    ("pdf", "pypdf", "pdf"), ("docx", "docx", "docx"), ("html", "lxml", "html")])
def test_a_format_whose_extra_is_missing_names_the_extra(
        tmp_path: Path, kind: str, library: str, extra: str) -> None:
    path = WRITERS[kind](tmp_path / f"doc.{kind}").path
    done = ask_without([library], path)
    assert done.returncode == 1
    assert done.stderr == (f"kzbot: error: {path}: reading .{kind} files needs the {extra} "
                           f"extra: pip install 'kzbot[{extra}]'\n")


def test_an_aes_pdf_without_cryptography_names_the_extra(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "aes.pdf", user_password="", aes=True)
    done = ask_without(["cryptography", "Crypto"], path)
    assert done.returncode == 1
    assert done.stderr == (f"kzbot: error: {path}: the PDF is encrypted with AES, which needs "
                           "the pdf extra's cryptography: pip install 'kzbot[pdf]'\n")
