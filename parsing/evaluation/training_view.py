"""The lines of a document with their section kinds, as the analyser and the field tagger see them."""

from __future__ import annotations

from ..document import Document


def document_kinds(document: Document) -> tuple[list[str], list[str]]:
    from ..structure.analyze import prepare

    lines, sections = prepare(document)
    kinds = [""] * len(lines)
    for section in sections:
        for index in section.indexes:
            kinds[index] = section.kind
    return [line.text for line in lines], kinds
