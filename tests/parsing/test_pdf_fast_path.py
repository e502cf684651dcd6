"""The PDF reader's own layout (pdf_layout.LayoutDevice) against pdfminer's: the same text lines, bit for bit, on PDFs
built to hit what it replicates (overlapping glyphs, rotated and mirrored text, form XObjects, Type3 and CID fonts,
spacing operators, empty lines, coordinates past pdfminer's INF). Built with reportlab; the Type3 and unmapped CID
fonts, which reportlab does not write, by hand."""

from __future__ import annotations

import io
import random
import zlib

import pytest
from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFResourceManager, PDFTextState
from pdfminer.psparser import LIT
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from parsing.extract import pdf
from parsing.extract.pdf import _document, _laid_out, _laid_out_by_pdfminer, _open, extract_pdf
from parsing.extract.pdf_layout import LayoutDevice, PageText, VerticalWriting
from parsing.limits import Limits

from . import files

WIDTH, HEIGHT = A4
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def exact(value: object) -> object:
    """The value with every float written bit for bit (float.hex tells -0.0 from 0.0), for an == comparison."""
    if isinstance(value, float):
        return ("float", value.hex())
    if isinstance(value, list | tuple):
        return (type(value).__name__, [exact(item) for item in value])
    return (type(value).__name__, value)


def page_texts(pages: list[PageText]) -> object:
    return exact(
        [
            (
                page.bbox,
                [(line.x0, line.y0, line.x1, line.y1, line.text, line.items) for line in page.lines],
                page.images,
            )
            for page in pages
        ]
    )


def assert_same_as_pdfminer(data: bytes) -> list[PageText]:
    """Our layout of every page equals pdfminer's, and extract_pdf's document the one made from pdfminer's."""
    ours = list(_laid_out(_open(data, Limits())))
    theirs = list(_laid_out_by_pdfminer(_open(data, Limits())))
    assert page_texts(ours) == page_texts(theirs)
    pages = len(_open(data, Limits()))
    assert extract_pdf(data, Limits()) == _document(iter(theirs), pages)
    return ours


def build(draw, pagesize=A4, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    pdf_canvas = canvas.Canvas(buffer, pagesize=pagesize, invariant=1)
    for number in range(pages):
        draw(pdf_canvas, number)
        pdf_canvas.showPage()
    pdf_canvas.save()
    return buffer.getvalue()


def texts(pages: list[PageText]) -> list[str]:
    return [line.text for page in pages for line in page.lines]


# --- Layout -----------------------------------------------------------------------------------------------------------


def test_two_column_cv_and_its_photo():
    pages = assert_same_as_pdfminer(files.two_column_pdf())
    assert any("Jeanne Dupont" in text for text in texts(pages))
    assert assert_same_as_pdfminer(files.photo_pdf())[0].images


def test_overlapping_glyphs():
    """Text printed twice a little apart (fake bold), glyphs over each other, a line running back over itself."""

    def draw(c, _):
        c.setFont("Helvetica-Bold", 14)
        for dx in (0, 0.3, 0.6):
            c.drawString(60 + dx, 780, "Jeanne Dupont")
        c.setFont("Helvetica", 10)
        c.drawString(60, 760, "Développeuse Python")
        c.drawString(62, 760.5, "Développeuse Python")
        c.drawString(60, 740, "iiiiiiiiii")
        c.drawString(61, 740, "WWW")
        t = c.beginText(300, 740)
        t.setCharSpace(-6)  # glyphs stepping back over the previous ones
        t.textOut("Overlap")
        c.drawText(t)
        for y in (700, 699.8, 699.5):  # lines almost on top of each other: one box or several
            c.drawString(60, y, "2019 – 2021")

    assert_same_as_pdfminer(build(draw))


@pytest.mark.parametrize("angle", [90, 180, 270, 45, -30, 1])
def test_rotated_text(angle):
    def draw(c, _):
        c.setFont("Helvetica", 11)
        c.drawString(60, 800, "Expérience professionnelle")
        c.saveState()
        c.translate(300, 400)
        c.rotate(angle)
        for n in range(4):
            c.drawString(0, -14 * n, f"Ligne tournée numéro {n}")
        c.restoreState()

    assert_same_as_pdfminer(build(draw))


@pytest.mark.parametrize(("sx", "sy"), [(-1, 1), (1, -1), (-1, -1), (0.5, 2)])
def test_mirrored_and_scaled_text(sx, sy):
    """Upright but mirrored: the right-hand corner of a glyph is then its left edge."""

    def draw(c, _):
        c.translate(300, 400)
        c.scale(sx, sy)
        c.setFont("Times-Roman", 12)
        c.drawString(0, 0, "Miroir, miroir")
        c.drawString(0, 20, "Société Générale")

    assert_same_as_pdfminer(build(draw))


def test_spacing_operators_and_kerning():
    def draw(c, _):
        t = c.beginText(50, 800)
        t.setFont("Helvetica", 10)
        t.setCharSpace(2)
        t.textLine("Espacement des lettres")
        t.setCharSpace(0)
        t.setWordSpace(12)
        t.textLine("Espacement des mots")
        t.setWordSpace(0)
        t.setHorizScale(60)
        t.textLine("Compressé horizontalement")
        t.setHorizScale(0)
        t.textLine("Largeur nulle")
        t.setHorizScale(100)
        t.setRise(4)
        t.textOut("Exposant")
        t.setRise(0)
        t.textLine(" et retour")
        c.drawText(t)
        # A TJ array with kerning and word gaps, as Word and Chrome write them (reportlab has no call for it).
        c.setFont("Helvetica", 10)
        c._code.append("BT /F1 10 Tf 50 600 Td [(Ing) 20 (\\351nieur) -3000 (Paris) -250 (2021)] TJ ET")

    assert_same_as_pdfminer(build(draw))


def test_text_in_nested_forms_and_images():
    def draw(c, _):
        c.beginForm("inner", lowerx=-20, lowery=-20, upperx=200, uppery=60)
        c.setFont("Helvetica", 9)
        c.drawString(0, 0, "Dans le formulaire intérieur")
        c.drawImage(ImageReader(io.BytesIO(files.png())), 0, 20, 40, 40)
        c.endForm()
        c.beginForm("outer", lowerx=0, lowery=0, upperx=400, uppery=300)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(10, 200, "Formulaire extérieur")
        c.translate(20, 50)
        c.doForm("inner")
        c.endForm()
        c.setFont("Helvetica", 10)
        c.drawString(50, 800, "Sur la page")
        c.saveState()
        c.translate(100, 300)
        c.rotate(15)
        c.doForm("outer")
        c.restoreState()
        c.doForm("inner")
        c.drawString(50, 100, "Encore sur la page")

    assert_same_as_pdfminer(build(draw))


def test_embedded_truetype_and_cid_fonts():
    pdfmetrics.registerFont(TTFont("DejaVuTest", DEJAVU))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))

    def draw(c, _):
        c.setFont("DejaVuTest", 11)
        c.drawString(50, 800, "Ærø naïve Zürich — « guillemets » ﬁnance")
        c.setFont("HeiseiMin-W3", 12)
        c.drawString(50, 760, "東京 履歴書 経験")
        c.setFont("ZapfDingbats", 10)
        c.drawString(50, 720, "n l u")
        c.setFont("Symbol", 10)
        c.drawString(70, 720, "abc")

    assert_same_as_pdfminer(build(draw))


def test_vertical_writing_is_left_to_pdfminer():
    data = raw_pdf(b"BT /F1 12 Tf 50 800 Td (Horizontal) Tj ET BT /V0 12 Tf 300 700 Td <000300040005> Tj ET")
    with pytest.raises(VerticalWriting):
        list(_laid_out(_open(data, Limits())))
    document = extract_pdf(data, Limits())
    assert document == _document(_laid_out_by_pdfminer(_open(data, Limits())), 1)
    assert document.lines[0].text == "Horizontal"


def test_empty_lines_come_last():
    """Lines of spaces and lines without height (a zero font size) are listed after the boxes and the figures."""

    def draw(c, _):
        c.setFont("Helvetica", 10)
        c.drawString(50, 800, "Avant")
        c.drawString(50, 780, "     ")
        c._code.append("BT /F1 0 Tf 50 760 Td (Taille nulle) Tj ET")
        c._code.append("BT /F1 10 Tf 50 740 Td (Apres) Tj ET")

    pages = assert_same_as_pdfminer(build(draw))
    # (Glyphs without height overlap no neighbour: each is a line of its own.)
    assert texts(pages) == ["Avant\n", "Apres\n", "     \n", *(f"{char}\n" for char in "Taille nulle")]


def test_coordinates_past_pdfminers_inf():
    """pdfminer's INF is 2**31 - 1: a glyph further right opens its line with a space, in a box of its own."""

    def draw(c, _):
        c.setFont("Helvetica", 10)
        c.drawString(50, 800, "Normal")
        c._code.append("BT /F1 10 Tf 1 0 0 1 3000000000 700 Tm (Loin) Tj ET")
        c._code.append("BT /F1 10 Tf 1 0 0 1 -3000000000 650 Tm (Loin aussi) Tj ET")

    pages = list(_laid_out(_open(build(draw), Limits())))
    assert page_texts(pages) == page_texts(list(_laid_out_by_pdfminer(_open(build(draw), Limits()))))
    assert " Loin\n" in texts(pages)


def test_pages_off_the_origin_and_rotated():
    def draw(c, number):
        c.setPageRotation((0, 90, 180, 270)[number])
        c.setFont("Courier", 10)
        c.drawString(60, 700, f"Page {number + 1}")
        c.drawString(60, 680, "Tournée")

    assert_same_as_pdfminer(build(draw, pages=4))
    assert_same_as_pdfminer(raw_pdf(b"BT /T3 12 Tf 150 200 Td (ABC) Tj ET", mediabox="100 100 712 892"))


# --- Hand-written PDFs: what reportlab does not write -------------------------------------------------------------


def raw_pdf(content: bytes, mediabox: str = "0 0 595 842") -> bytes:
    """One page with a Type3 font (/T3: an odd FontMatrix, a Differences encoding, no ToUnicode), a Type0 font with
    Identity-H and no ToUnicode (/C0: every glyph unmapped), the same written top to bottom (/V0: Identity-V) and
    Helvetica (/F1)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + mediabox.encode() + b"] /Resources << /Font << /T3 5 0 R "
        b"/C0 7 0 R /F1 9 0 R /V0 10 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(zlib.compress(content))
        + zlib.compress(content)
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 500 700] /FontMatrix [0.002 0 0.0004 0.002 0 0] "
        b"/CharProcs << /a 6 0 R >> /Encoding << /Type /Encoding /Differences [65 /a /a /a] >> /FirstChar 65 "
        b"/LastChar 67 /Widths [500 400 300] >>",
        b"<< /Length 28 >>\nstream\n500 0 0 0 400 700 d1 0 0 m\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /XYZ+Arial /Encoding /Identity-H /DescendantFonts [8 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XYZ+Arial /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 600 /W [3 [278 556]] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /XYZ+Arial /Encoding /Identity-V /DescendantFonts [8 0 R] >>",
    ]
    out = bytearray(b"%PDF-1.5\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_type3_font():
    content = (
        b"BT /T3 12 Tf 50 700 Td (ABCABC) Tj 0 -20 Td [(AB) -500 (C)] TJ ET BT /F1 10 Tf 50 650 Td (Helvetica) Tj ET"
    )
    pages = assert_same_as_pdfminer(raw_pdf(content))
    assert texts(pages)[:2] == ["aaaaaa\n", "aa a\n"]  # (its glyph /a read as "a")


def test_unmapped_cid_font():
    content = b"BT /C0 11 Tf 50 700 Td <0003000400050006> Tj 0 -14 Td [<0003> -250 <00040004>] TJ ET"
    pages = assert_same_as_pdfminer(raw_pdf(content))
    assert texts(pages)[0].startswith("(cid:3)(cid:4)")
    assert extract_pdf(raw_pdf(content + b" BT /F1 10 Tf 50 600 Td (Texte) Tj ET"), Limits()).warnings == [
        "unmapped_glyphs"
    ]


def test_glyph_boxes_against_ltchar():
    """LayoutDevice.render_string's arithmetic (the upright shortcut included) against LTChar's, bit for bit, on
    matrices and positions with zeros of both signs, mirrored axes, tiny and huge values, infinities."""
    resources = PDFResourceManager()
    font = resources.get_font(None, {"Subtype": LIT("Type1"), "BaseFont": LIT("Helvetica")})
    rng = random.Random(7)
    specials = [0.0, -0.0, 1, -1, 0.5, 2.0, 1e-300, 1e300, -1e300, float("inf"), 3e9]
    device = LayoutDevice(resources)
    reference = PDFLayoutAnalyzer(resources)

    def value() -> float:
        return rng.choice(specials) if rng.random() < 0.4 else rng.uniform(-1000, 1000)

    for _ in range(3000):
        state = PDFTextState()
        state.font = font
        state.fontsize = rng.choice([10.0, 0.0, -8.0, 1e200, 12])
        state.scaling = rng.choice([100, 0, -100, 50.0])
        state.rise = rng.choice([0, 3.0, -2.5])
        upright = rng.random() < 0.7
        (b, c) = (rng.choice([0.0, -0.0, 0]), rng.choice([0.0, -0.0, 0])) if upright else (value(), value())
        state.matrix = (value(), b, c, value(), value(), value())
        state.linematrix = (rng.choice([0, 1.5, -0.0, value()]), rng.choice([0, 2.0, value()]))
        device.ctm = reference.ctm = (1, 0, 0, 1, 0, 0)
        device.begin_page(type("Page", (), {"mediabox": (0, 0, 100, 100)})(), (1, 0, 0, 1, 0, 0))
        device.render_string(state.copy(), [b"Aj", -120, b" W"], None, None)  # type: ignore[arg-type]
        ours = [glyph[3:7] for glyph in device._area.glyphs]
        reference.cur_item = type("Sink", (), {"items": [], "add": lambda self, item: self.items.append(item)})()
        reference.render_string(state.copy(), [b"Aj", -120, b" W"], None, None)  # type: ignore[arg-type]
        theirs = [item.bbox for item in reference.cur_item.items if isinstance(item, LTChar)]
        assert exact(ours) == exact(theirs), state


# --- The fallback -----------------------------------------------------------------------------------------------------


def test_a_failing_fast_path_falls_back_to_pdfminer(monkeypatch):
    data = files.two_column_pdf()
    expected = extract_pdf(data, Limits())

    def broken(*_args, **_kwargs):
        raise ValueError("a damaged font")

    monkeypatch.setattr(LayoutDevice, "render_string", broken)
    assert extract_pdf(data, Limits()) == expected
    monkeypatch.setattr(pdf, "_laid_out_by_pdfminer", broken)
    with pytest.raises(ValueError, match="a damaged font"):
        extract_pdf(data, Limits())
