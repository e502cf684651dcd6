"""Signals this app defines, for higher apps to connect in their AppConfig.ready() (the only way up)."""

from django.dispatch import Signal

# Sent after the commit that stored a parsed CV and applied it to the person. Arguments: resume_id.
# ats connects it to queue scoring of the person's open applications.
resume_parsed = Signal()
