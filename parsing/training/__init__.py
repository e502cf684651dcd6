"""Offline training scripts for the parser's learned components (run by hand, never at import or test time)."""
