"""Real CV files of every kind, built at test time (reportlab, python-docx, hand-written zips and RTF)."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.oxml import parse_xml
from docx.shared import Pt
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

PAGE_WIDTH, PAGE_HEIGHT = A4

EXPERIENCE = [
    "Développeuse Python — Société Générale, Paris",
    "Conception d'une plateforme de recrutement, équipe de cinq personnes.",
    "Migration vers PostgreSQL et amélioration des performances de 40 %.",
    "Ingénieure logiciel — Crédit Agricole, Lyon",
    "Maintenance évolutive d'applications bancaires en Java et Python.",
    "Mise en place de l'intégration continue et des revues de code.",
]
SIDEBAR = ["Contact", "jeanne.dupont@exemple.fr", "+33 6 12 34 56 78", "Compétences", "Python", "Django", "SQL",
           "Langues", "Français : langue maternelle", "Anglais : courant"]  # fmt: skip


def png(width: int = 120, height: int = 150, color: tuple[int, int, int] = (180, 120, 90)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


def _pdf(draw, *, encrypt: StandardEncryption | None = None, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for number in range(pages):
        draw(pdf, number)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _one_column(pdf: canvas.Canvas, number: int = 0) -> None:
    y = PAGE_HEIGHT - 60
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(50, y, "Jeanne Dupont")
    y -= 22
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, y, "jeanne.dupont@exemple.fr · +33 6 12 34 56 78 · Paris")
    for title in ("Expérience professionnelle", "Formation"):
        y -= 30
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(50, y, title)
        pdf.setFont("Helvetica", 10)
        for text in EXPERIENCE:
            y -= 14
            pdf.drawString(50, y, text)
    y -= 30
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, y, "Langues")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, y - 14, "Français, anglais")


def one_column_pdf(pages: int = 1) -> bytes:
    return _pdf(_one_column, pages=pages)


def two_column_pdf() -> bytes:
    """A name across the top, a shaded sidebar on the left, the main column on the right, with different line
    spacing (as real templates have), on two pages like a real CV."""

    def draw(pdf: canvas.Canvas, number: int) -> None:
        if number == 0:
            pdf.setFillGray(0.9)
            pdf.rect(0, 0, 190, PAGE_HEIGHT, stroke=0, fill=1)
            pdf.setFillGray(0)
            pdf.setFont("Helvetica-Bold", 22)
            pdf.drawString(40, PAGE_HEIGHT - 50, "Jeanne Dupont — Développeuse Python senior")
        y = PAGE_HEIGHT - 100
        for index, text in enumerate(SIDEBAR):
            heading = text in ("Contact", "Compétences", "Langues")
            pdf.setFont("Helvetica-Bold" if heading else "Helvetica", 11 if heading else 9)
            y -= 20 if heading and index else 12
            pdf.drawString(25, y, text)
        y = PAGE_HEIGHT - 100
        for section in ("Expérience professionnelle", "Projets", "Formation"):
            y -= 24
            pdf.setFont("Helvetica-Bold", 13)
            pdf.drawString(215, y, section)
            pdf.setFont("Helvetica", 10)
            for text in EXPERIENCE:
                y -= 14.5
                pdf.drawString(215, y, text[:62])

    return _pdf(draw, pages=2)


def photo_pdf() -> bytes:
    def draw(pdf: canvas.Canvas, number: int) -> None:
        pdf.drawImage(ImageReader(io.BytesIO(png())), PAGE_WIDTH - 150, PAGE_HEIGHT - 170, width=100, height=125)
        _one_column(pdf)

    return _pdf(draw)


def image_only_pdf() -> bytes:
    """A scan: one page-sized picture, no text."""

    def draw(pdf: canvas.Canvas, number: int) -> None:
        pdf.drawImage(ImageReader(io.BytesIO(png(600, 800, (250, 250, 250)))), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)

    return _pdf(draw)


def blank_pdf() -> bytes:
    """A page with a drawing but no text and no picture."""

    def draw(pdf: canvas.Canvas, number: int) -> None:
        pdf.line(50, 50, 400, 400)

    return _pdf(draw)


def encrypted_pdf() -> bytes:
    return _pdf(_one_column, encrypt=StandardEncryption("secret", ownerPassword="owner"))


def restricted_pdf() -> bytes:
    """Opens without a password; only the owner's permissions (copy, print) are restricted."""
    return _pdf(_one_column, encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0))


def corrupt_pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256)) * 20


def truncated_pdf() -> bytes:
    data = one_column_pdf()
    return data[: len(data) // 3]


# --- Word ---------------------------------------------------------------------------------------------------------

TEXT_BOX = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing>
        <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0"
                   layoutInCell="1" allowOverlap="1">
          <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>
          <wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>
          <wp:extent cx="1828800" cy="914400"/><wp:wrapNone/><wp:docPr id="10" name="Zone de texte 1"/>
          <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>
              <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Centres d'intérêt</w:t></w:r></w:p>
              <w:p><w:r><w:t>Randonnée, échecs, théâtre</w:t></w:r></w:p>
            </w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
          </a:graphicData></a:graphic>
        </wp:anchor>
      </w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape style="width:144pt;height:72pt"><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>Centres d'intérêt</w:t></w:r></w:p>
        <w:p><w:r><w:t>Randonnée, échecs, théâtre</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def docx_cv(*, photo: bool = False, text_box: bool = True) -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "jeanne.dupont@exemple.fr — +33 6 12 34 56 78"
    document.sections[0].footer.paragraphs[0].text = "Références disponibles sur demande"
    name = document.add_paragraph()
    run = name.add_run("Jeanne Dupont")
    run.bold = True
    run.font.size = Pt(20)
    if photo:
        document.add_picture(io.BytesIO(png()), width=Pt(90))
    document.add_heading("Expérience professionnelle", level=1)
    for text in EXPERIENCE[:3]:
        document.add_paragraph(text)
    document.add_paragraph("Python, Django, PostgreSQL", style="List Bullet")
    document.add_heading("Compétences", level=2)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Langues"
    table.cell(0, 1).text = "Français, anglais"
    table.cell(1, 0).text = "Outils"
    table.cell(1, 1).text = "Git, Docker"
    tail = document.add_paragraph("Formation : Master informatique, Université de Lyon")
    if text_box:
        tail._p.append(parse_xml(TEXT_BOX))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docm_cv() -> bytes:
    """The same CV saved as a macro-enabled document: its text is read, its macros never."""
    source = zipfile.ZipFile(io.BytesIO(docx_cv(text_box=False)))
    entries = []
    for info in source.infolist():
        content = source.read(info)
        if info.filename == "[Content_Types].xml":
            content = content.replace(
                b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                b"application/vnd.ms-word.document.macroEnabled.main+xml",
            )
        entries.append((info.filename, content))
    entries.append(("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really a macro"))
    return _zip(entries)


def empty_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(entries: list[tuple[str, bytes]], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in entries:
            archive.writestr(name, content)
    return buffer.getvalue()


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def bomb_docx(size: int = 60 * 1024 * 1024) -> bytes:
    """A DOCX-looking zip with one entry of ``size`` zero bytes (deflate squeezes 60 MB into about 60 kB)."""
    return _zip(
        [
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("word/document.xml", b"<w:document/>"),
            ("word/media/image1.png", bytes(size)),
        ]
    )


def crowded_docx(entries: int = 2001) -> bytes:
    return _zip(
        [("[Content_Types].xml", _CONTENT_TYPES), ("word/document.xml", b"<w:document/>")]
        + [(f"word/media/{index}.xml", b"") for index in range(entries)]
    )


def docx_without_document() -> bytes:
    return _zip([("[Content_Types].xml", _CONTENT_TYPES), ("word/styles.xml", b"<w:styles/>")])


def xlsx_like() -> bytes:
    return _zip(
        [
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("xl/workbook.xml", b"<workbook/>"),
            ("xl/worksheets/sheet1.xml", b"<worksheet/>"),
        ]
    )


# --- OpenDocument -------------------------------------------------------------------------------------------------

_ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"'
)

ODT_CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_ODT_NAMESPACES}>
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:sequence-decls>
   <text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
  <text:p text:style-name="P1">Jeanne Dupont<draw:frame draw:name="Photo" svg:width="3cm" svg:height="4cm"
   text:anchor-type="paragraph"><draw:image xlink:href="Pictures/photo.png"/></draw:frame></text:p>
  <text:h text:outline-level="1">Expérience professionnelle</text:h>
  <text:p><text:span text:style-name="T1">Développeuse Python</text:span> — Société Générale</text:p>
  <text:p>Conception<text:s/>d'une<text:tab/>plateforme<text:line-break/>de recrutement<text:note>
   <text:note-citation>1</text:note-citation><text:note-body><text:p>Note cachée</text:p></text:note-body>
   </text:note></text:p>
  <text:list><text:list-item><text:p>Python et Django</text:p></text:list-item>
   <text:list-item><text:p>PostgreSQL</text:p></text:list-item></text:list>
  <text:h text:outline-level="1">Langues</text:h>
  <table:table table:name="Langues"><table:table-column table:number-columns-repeated="2"/>
   <table:table-row><table:table-cell><text:p>Français</text:p></table:table-cell>
    <table:table-cell><text:p>Langue maternelle</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell><text:p>Anglais</text:p></table:table-cell>
    <table:table-cell><text:p>Courant</text:p></table:table-cell></table:table-row>
  </table:table>
  <text:p><draw:frame draw:name="Cadre" svg:width="5cm" svg:height="3cm"><draw:text-box>
   <text:p>Centres d'intérêt : randonnée</text:p></draw:text-box></draw:frame></text:p>
  <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Texte supprimé</text:p>
  </text:deletion></text:changed-region></text:tracked-changes>
 </office:text></office:body>
</office:document-content>"""

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_ODT_NAMESPACES}>
 <office:styles>
  <style:default-style style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:master-styles><style:master-page style:name="Standard">
  <style:header><text:p>jeanne.dupont@exemple.fr — Lyon</text:p></style:header>
  <style:footer><text:p>Page 1</text:p></style:footer>
 </style:master-page></office:master-styles>
</office:document-styles>"""

_MANIFEST = b"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def odt_cv(content: str = ODT_CONTENT, *, extra: list[tuple[str, bytes]] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # The mimetype entry comes first and is stored, so that its bytes sit at a fixed offset.
        archive.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        archive.writestr("content.xml", content.encode())
        archive.writestr("styles.xml", ODT_STYLES.encode())
        archive.writestr("Pictures/photo.png", png())
        for name, data in extra or []:
            archive.writestr(name, data)
    return buffer.getvalue()


def odt_with_entity() -> bytes:
    """A billion-laughs style content.xml: must be refused, never expanded."""
    content = ODT_CONTENT.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<!DOCTYPE office:document-content [<!ENTITY a "ha"><!ENTITY b "&a;&a;">]>',
    ).replace("Jeanne Dupont", "&b;")
    return odt_cv(content)


def odt_bomb() -> bytes:
    return odt_cv(extra=[("Pictures/huge.bmp", bytes(60 * 1024 * 1024))])


# --- RTF and text -------------------------------------------------------------------------------------------------

RTF_CV = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil\fcharset2 Symbol;}}"
    rb"{\colortbl;\red0\green0\blue0;}{\*\generator Writer 1.0;}{\info{\author Jeanne}{\title CV}}"
    rb"{\header \pard\plain\fs18 jeanne.dupont@exemple.fr\par}"
    rb"\pard\plain\fs24{\b\fs40 Jeanne Dupont}\par"
    rb"{\pict\pngblip\picw100\pich120\picwgoal1800\pichgoal2160 89504e470d0a1a0a0000000d49484452}"
    rb"\pard\outlinelevel0{\b\fs28 Exp\'e9rience professionnelle}\par"
    rb"\pard D\'e9veloppeuse Python \endash  Soci\'e9t\'e9 G\'e9n\'e9rale\par"
    rb"{\listtext\f1\'b7\tab}Ma\u238?trise de Django et de l\rquote int\'e9gration continue\par "
    rb"Langues : Fran\u231\'e7ais, anglais\line Permis B\par"
    rb"{\field{\*\fldinst HYPERLINK \"https://exemple.fr\"}{\fldrslt https://exemple.fr}}\par"
    rb"}"
)

TEXT_CV = "Jeanne Dupont\r\nDéveloppeuse Python\r\n\r\nExpérience professionnelle\r\nFrançais courant\x07\n"


def legacy_doc() -> bytes:
    """An OLE2 compound file header (Word 97-2003) followed by junk."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + b"\x3e\x00\x03\x00\xfe\xff" + bytes(range(256)) * 8


DATED_ENTRIES = [
    ("2021 – 2024", "Développeuse Python"),
    ("2018 – 2021", "Ingénieure logiciel"),
    ("2016 – 2018", "Stagiaire développement"),
    ("2015 – 2016", "Assistante technique"),
]


def dated_entries_pdf() -> bytes:
    """Dates in a narrow column in front of each job: a table read row by row, not two columns."""

    def draw(pdf: canvas.Canvas, number: int) -> None:
        y = PAGE_HEIGHT - 60
        for years, title in DATED_ENTRIES:
            pdf.setFont("Helvetica", 10)
            pdf.drawString(50, y, years)
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(150, y, title)
            pdf.setFont("Helvetica", 10)
            y -= 14
            pdf.drawString(150, y, "Applications web en Python et Django.")
            y -= 24

    return _pdf(draw)


# What the probe tests compare: (employer, position, start, end) per job, (institution, degree) per school.
Job = tuple[str | None, str | None, str | None, str | None]


def text_jobs(text: str) -> list[Job]:
    """The jobs parsed from a plain-text CV."""
    from parsing import parse_resume

    work = parse_resume(text.encode(), "cv.txt")["work"]
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]


def text_name(text: str) -> str | None:
    """The name parsed from a plain-text CV."""
    from parsing import parse_resume

    return parse_resume(text.encode(), "cv.txt")["basics"].get("name")


def text_schools(text: str) -> list[tuple[str | None, str | None]]:
    """The schools parsed from a plain-text CV."""
    from parsing import parse_resume

    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType")) for e in education]


def laid_out_jobs(rows: list[tuple[str, float, bool, float]], body_size: float = 9.5) -> list[Job]:
    """The jobs of a PDF-like document: (text, top, bold, size) rows in one column at the same left edge."""
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [Line(text, top=top, bold=bold, size=size, x0=56.7, block=0) for text, top, bold, size in rows]
    work = analyze(Document(lines=lines, format="pdf", body_size=body_size))["work"]
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]


def document_jobs(lines: list, body_size: float = 9.0) -> list[Job]:
    """The jobs of a PDF-like document given as its ``Line`` objects (position, size, weight as laid out)."""
    from parsing import analyze
    from parsing.document import Document

    work = analyze(Document(lines=lines, format="pdf", body_size=body_size))["work"]
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]


def bold_jobs(text: str) -> list[Job]:
    """The jobs of a plain document whose lines starting with "**" are set in bold."""
    from parsing import analyze
    from parsing.document import Document, Line

    lines = [
        Line(raw[2:], bold=True) if raw.startswith("**") else Line(raw) for raw in text.splitlines() if raw.strip()
    ]
    work = analyze(Document(lines=lines, format="text"))["work"]
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]


def result_jobs(result: dict) -> list[Job]:
    """(position, employer, start, end) per job of a parsed result, the order the older probe tests compare."""
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in result["work"]]
