"""Decision letters as PDF: the letter's HTML laid out by fpdf2.

A letter whose text Windows-1252 can hold (Danish and most Western names) is set in the PDF
standard font Helvetica, which needs no font file: 13 ms a letter against 150 ms when a TrueType
font has to be parsed and subset for every file, which is what makes a year's letters (4,000 on
a city's plan) take a minute instead of ten. Any other letter (a name in another script) is set
in DejaVu Sans, which comes with matplotlib (a dependency already), so every character a name
may hold can still be printed.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
from fpdf import FPDF

from scheduler.i18n import t
from scheduler.io.letters import LetterFacts, letter_body

STANDARD_FONT = "helvetica"
STANDARD_ENCODING = "windows-1252"
UNICODE_FONT = "dejavu"
_STYLES = {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}


def _font_dir() -> Path:
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _fits_standard_font(text: str) -> bool:
    try:
        text.encode(STANDARD_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def letter_pdf(facts: LetterFacts, lang: str = "da") -> bytes:
    """The letter as the bytes of a PDF file (A4)."""
    return pdf_page(letter_body(facts, lang), facts.request.request_id, lang)


def pdf_page(body: str, request_id: str, lang: str) -> bytes:
    """A letter's HTML fragment ``body`` as the bytes of a PDF file (A4), titled by its
    request."""
    title = t("letter.file_title", lang, request=request_id)
    pdf = FPDF(format="A4")
    if _fits_standard_font(body + title):
        pdf.core_fonts_encoding = STANDARD_ENCODING
        font = STANDARD_FONT
    else:
        font = UNICODE_FONT
        for style, suffix in _STYLES.items():
            pdf.add_font(font, style, str(_font_dir() / f"DejaVuSans{suffix}.ttf"))
    pdf.set_title(title)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font(font, size=10)
    pdf.write_html(body, font_family=font)
    return bytes(pdf.output())
