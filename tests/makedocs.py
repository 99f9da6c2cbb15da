"""Real documents of every format, written into a test's tmp_path, with what they answer.

PDFs are written by fpdf2, Word files by python-docx, HTML is literal text; each sample
knows a question, the words its answer holds, and the section, page and title to expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import docx
from fpdf import FPDF


@dataclass(frozen=True)
class Sample:
    """A document file and what asking it should give."""

    path: Path
    question: str
    answer: str
    section: str
    page: int | None
    title: str


def _pdf(title: str | None = None) -> FPDF:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("Helvetica", size=12)
    return pdf


def _heading(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=12)


def _paragraph(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def write_pdf(path: Path) -> Sample:
    """A three-page handbook; the harvest section starts on page 2 and runs onto page 3."""
    pdf = _pdf("Tea Growing Handbook")
    pdf.add_page()
    _heading(pdf, "Soil and climate")
    _paragraph(pdf, "Tea plants prefer acidic soil with a pH between 4.5 and 5.5. They need "
               "plenty of rain spread over the year, and a mild climate without long frosts "
               "or dry winds in the growing season.")
    pdf.add_page()
    _heading(pdf, "Harvest")
    _paragraph(pdf, "The first flush is picked in early April in Darjeeling. Pickers take two "
               "leaves and a bud from each shoot.")
    pdf.add_page()
    _paragraph(pdf, "The autumnal flush follows the monsoon and gives a darker, fuller cup.")
    _heading(pdf, "Processing")
    _paragraph(pdf, "Withering takes about eighteen hours on wire racks in a warm room.")
    pdf.output(str(path))
    return Sample(path, "When is the first flush picked?", "early April", "Harvest", 2,
                  "Tea Growing Handbook")


def write_docx(path: Path) -> Sample:
    """An office handbook with a Title paragraph, Heading 1 sections and a table."""
    document = docx.Document()
    document.core_properties.title = "Office Handbook"
    document.add_heading("Office Handbook", 0)
    document.add_heading("Travel", 1)
    document.add_paragraph("Train tickets are booked through the travel desk on the second "
                           "floor.")
    document.add_heading("Expenses", 1)
    document.add_paragraph("Expenses over 500 dollars are signed off by the finance "
                           "director, Maria Lopez.")
    table = document.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ("Office", "City", "Head office", "Lisbon"),
                          strict=True):
        cell.text = text
    document.save(str(path))
    return Sample(path, "Who signs off expenses?", "Maria Lopez", "Expenses", None,
                  "Office Handbook")


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Garden Bird Guide</title>
<style>p { color: green } /* Owls nest in the style sheet */</style>
<script>var note = "Owls nest in the script";</script></head>
<body>
<nav><a href="/">Owls nest in the menu</a> <a href="/robins">Robins</a></nav>
<h1>Garden birds</h1>
<p>This guide covers the birds of <b>British</b> gardens.</p>
<h2>Robins</h2>
<p>Robins sing all winter<br>and defend their patch.</p>
<h2>Owls<a class="headerlink" href="#owls">¶</a></h2>
<p>Barn owls nest in hollow oak trees and old barns.</p>
<ul><li>Tawny owls call at night.</li><li>Little owls hunt by day.</li></ul>
</body></html>
"""


def write_html(path: Path) -> Sample:
    """A web page whose script, style and menu say what its text does not."""
    path.write_text(HTML, encoding="utf-8")
    return Sample(path, "Where do barn owls nest?", "hollow oak trees", "Owls", None,
                  "Garden Bird Guide")


def write_markdown(path: Path) -> Sample:
    """A Markdown file whose "# Title" names it."""
    path.write_text("# Cheese Notes\n\n## Ageing\n\nComté is aged for at least four months "
                    "in cellars in the Jura.\n\n## Storage\n\nKeep hard cheese wrapped in wax "
                    "paper in the fridge.\n", encoding="utf-8")
    return Sample(path, "How long is Comté aged?", "four months", "Ageing", None,
                  "Cheese Notes")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "html": write_html, "md": write_markdown}


def scanned_pdf(path: Path) -> Path:
    """A PDF with drawings and no text layer, as a scan without OCR looks."""
    pdf = _pdf()
    pdf.add_page()
    pdf.rect(20, 20, 120, 160, style="F")
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path, user_password: str = "secret", aes: bool = False) -> Path:
    """A PDF that needs a password to open (or, with user_password="", only to edit),
    encrypted with RC4 or with AES-256."""
    from fpdf.enums import EncryptionMethod

    pdf = _pdf()
    pdf.add_page()
    _paragraph(pdf, "The vault code is kept by the night manager.")
    method = EncryptionMethod.AES_256 if aes else EncryptionMethod.RC4
    pdf.set_encryption(owner_password="owner", user_password=user_password,
                       encryption_method=method)
    pdf.output(str(path))
    return path
