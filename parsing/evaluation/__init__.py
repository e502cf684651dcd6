"""Evaluation of the parser: labelled synthetic CVs, the dotin set, per-field precision/recall/F1."""
