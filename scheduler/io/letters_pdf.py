"""Decision letters as PDF: the letter's HTML laid out by fpdf2 in DejaVu Sans.

DejaVu Sans comes with matplotlib (a dependency already), so every character a name may hold
can be printed without shipping a font of our own.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib
from fpdf import FPDF

from scheduler.i18n import t
from scheduler.io.letters import LetterFacts, letter_body

FONT = "dejavu"
_STYLES = {"": "", "B": "-Bold", "I": "-Oblique", "BI": "-BoldOblique"}


def _font_dir() -> Path:
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def letter_pdf(facts: LetterFacts, lang: str = "da") -> bytes:
    """The letter as the bytes of a PDF file (A4)."""
    pdf = FPDF(format="A4")
    pdf.set_title(t("letter.file_title", lang, request=facts.request.request_id))
    for style, suffix in _STYLES.items():
        pdf.add_font(FONT, style, str(_font_dir() / f"DejaVuSans{suffix}.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font(FONT, size=10)
    pdf.write_html(letter_body(facts, lang), font_family=FONT)
    return bytes(pdf.output())
