"""PDF, Word, HTML and Markdown files answer through the library, `kzbot ask` and the chat,
each citing the section and (for a PDF) the page, and each named by its own title."""

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import Chatbot
from bot.reading.corpus import load
from bot.shells.repl import ChatSession
from conftest import run_kzbot
from makedocs import WRITERS, Sample

FORMATS = sorted(WRITERS)


@pytest.fixture(params=FORMATS)
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> Sample:
    """One generated document of each format."""
    writer: Callable[[Path], Sample] = WRITERS[request.param]
    return writer(tmp_path / f"sample.{request.param}")


def cited(sample: Sample) -> str:
    """The place the chat and `kzbot ask` name under an answer."""
    return sample.section + (f", p. {sample.page}" if sample.page else "")


def test_the_library_answers_with_section_page_and_title(sample: Sample) -> None:
    bot = Chatbot.from_path(sample.path)
    reply = bot.ask(sample.question)
    assert reply.kind == "answer" and sample.answer in reply.text
    best = reply.sources[0]
    assert (best.section, best.page) == (sample.section, sample.page)
    assert bot.title == sample.title
    fallback = bot.ask("What is the capital of France?")
    assert fallback.kind == "fallback" and sample.title in fallback.text


def test_kzbot_ask_prints_the_answer_and_where_it_is(sample: Sample) -> None:
    done = run_kzbot("ask", "--corpus", str(sample.path), sample.question)
    assert done.returncode == 0 and done.stderr == ""
    answer, where = done.stdout.splitlines()
    assert sample.answer in answer and where == f"— {cited(sample)}"
    done = run_kzbot("ask", "--corpus", str(sample.path), "--sources", sample.question)
    assert f"[1] {cited(sample)} (score" in done.stdout


def test_kzbot_ask_json_gives_the_page(sample: Sample) -> None:
    for extra in ([], ["--sources"]):
        done = run_kzbot("ask", "--json", *extra, "--corpus", str(sample.path),
                         sample.question)
        best = json.loads(done.stdout)["sources"][0]
        assert (best["section"], best["page"]) == (sample.section, sample.page)


def test_the_chat_answers_cites_and_names_the_document(sample: Sample) -> None:
    done = run_kzbot("--corpus", str(sample.path), stdin=f"{sample.question}\n/sources\n")
    assert done.returncode == 0 and sample.answer in done.stdout
    assert f"— {cited(sample)}\n" in done.stdout and f"[1] {cited(sample)} (score" in done.stdout
    out = io.StringIO()
    ChatSession(Chatbot.from_path(sample.path), out, colour=False).banner()
    assert out.getvalue().startswith(f"kzbot — ask me about: {sample.title}\n")


def test_a_folder_of_every_format_names_file_section_and_page(tmp_path: Path) -> None:
    samples = [WRITERS[kind](tmp_path / f"doc.{kind}") for kind in FORMATS]
    bot = Chatbot.from_path(tmp_path)
    for sample in samples:
        best = bot.ask(sample.question).sources[0]
        assert (best.file, best.section, best.page) == (sample.path.name, sample.section,
                                                       sample.page)
    done = run_kzbot("ask", "--corpus", str(tmp_path), samples[FORMATS.index("pdf")].question)
    assert done.stdout.splitlines()[1] == "— Harvest, p. 2 · doc.pdf"


def test_pdf_pages_and_sections_are_independent(tmp_path: Path) -> None:
    """A section runs on across a page break; a heading mid-page opens a new one."""
    document = load(WRITERS["pdf"](tmp_path / "tea.pdf").path)
    places = [(p.section, p.page) for p in document.passages]
    assert places == [("Soil and climate", 1), ("Harvest", 2), ("Harvest", 3),
                      ("Processing", 3)]
    assert document.sections == ("Soil and climate", "Harvest", "Processing")


def test_html_drops_scripts_styles_and_navigation(tmp_path: Path) -> None:
    document = load(WRITERS["html"](tmp_path / "birds.html").path)
    text = " ".join(p.text for p in document.passages)
    assert "nest in the" not in text  # the script, style and menu each say "Owls nest in the …"
    assert "Robins sing all winter and defend their patch." in text  # <br> is a space
    assert document.sections == ("Garden birds", "Robins", "Owls")


def test_docx_tables_are_read_row_by_row(tmp_path: Path) -> None:
    bot = Chatbot.from_path(WRITERS["docx"](tmp_path / "office.docx").path)
    assert "Head office | Lisbon" in [p.text for p in bot.document.passages]
    assert bot.topics == ("Travel", "Expenses")


@pytest.mark.parametrize("aes", [False, True])
def test_a_pdf_encrypted_only_against_editing_is_read(tmp_path: Path, aes: bool) -> None:
    from makedocs import encrypted_pdf

    bot = Chatbot.from_path(encrypted_pdf(tmp_path / "locked.pdf", user_password="", aes=aes))
    assert "night manager" in bot.ask("Who keeps the vault code?").text


def test_a_markdown_title_names_the_document_it_opens() -> None:
    bot = Chatbot.from_text("# Tea Notes\n\nGreen tea is grown in Shizuoka.\n")
    assert bot.title == "Tea Notes" and bot.topics == ()
    assert bot.ask("Where is green tea grown?").sources[0].section == "Tea Notes"


def test_pdf_lines_are_joined_into_paragraphs(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(60, 6, "The Kazakh-American partnership began in 1992 and has grown every "
                   "year since then.")
    pdf.cell(0, 10, "7", align="C")  # a page number at the foot of the page
    pdf.output(str(tmp_path / "narrow.pdf"))
    passages = load(tmp_path / "narrow.pdf").passages
    assert [p.text for p in passages] == [
        "The Kazakh-American partnership began in 1992 and has grown every year since then."]


def test_pdf_running_headers_go_and_numbered_headings_open_sections(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for n, (heading, text) in enumerate([("1. Scope", "This report covers the north."),
                                         ("2. Method", "Wells were sampled in May."),
                                         ("2.1 Results", "Nitrate levels fell by a third.")]):
        pdf.add_page()
        pdf.cell(0, 8, "Water Quality Report 2024", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, f"Page {n + 1} of 3")
    pdf.output(str(tmp_path / "report.pdf"))
    document = load(tmp_path / "report.pdf")
    assert document.sections == ("1. Scope", "2. Method", "2.1 Results")
    assert [(p.text, p.page) for p in document.passages] == [
        ("This report covers the north.", 1), ("Wells were sampled in May.", 2),
        ("Nitrate levels fell by a third.", 3)]
    assert document.title == "Water Quality Report 2024"  # no title metadata: the header
