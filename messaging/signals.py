"""Signals the messaging app defines, for higher apps (crm: stop a sequence when the person replies)."""

from django.dispatch import Signal

#: A person replied to one of our e-mails (or wrote to us from their known address). Sent after commit, once
#: per inbound e-mail, with ``sender=Message`` and the keyword arguments ``message_id`` (the inbound message),
#: ``candidate_id`` and ``in_reply_to_id`` (the outbound message replied to, or None).
message_replied = Signal()
