"""Factories for CVs (tests/factories.py is shared and owned elsewhere; these live with the candidates tests)."""

from __future__ import annotations

import hashlib

import factory
from factory.django import DjangoModelFactory

from candidates.models import Resume, ResumeStatus
from tests.factories import CandidateFactory

# A tiny but valid one-page PDF (hand-written: no reportlab needed to build rows).
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class ResumeFactory(DjangoModelFactory):
    class Meta:
        model = Resume

    candidate = factory.SubFactory(CandidateFactory)
    file = factory.django.FileField(data=MINIMAL_PDF, filename="cv.pdf")
    original_filename = "Jeanne Dupont CV.pdf"
    sha256 = factory.Sequence(lambda n: hashlib.sha256(f"resume-{n}".encode()).hexdigest())
    content_type = "application/pdf"
    size = len(MINIMAL_PDF)
    status = ResumeStatus.PENDING
