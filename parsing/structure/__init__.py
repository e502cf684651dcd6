"""Structure analysis: an extracted ``Document`` to JSON Resume fields (sections, contact, work, education,
skills, languages), French and English."""

from .analyze import analyze_document

__all__ = ["analyze_document"]
