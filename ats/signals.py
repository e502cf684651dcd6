"""Signals this app defines, for higher apps to connect in their AppConfig.ready() (the only way up)."""

from django.dispatch import Signal

# Sent after the commit that rejected an application. Arguments: application_id, reason_id (or None),
# recyclable (bool: the reason marks a silver medalist). crm connects it to offer (or, by rule, perform) the
# move of the person into a talent pool, consent permitting.
application_rejected = Signal()

# Sent after the commit that moved an application to another stage. Arguments: application_id, from_stage_id,
# to_stage_id. (The hiring managers' review e-mails do not hang on it: application_move writes them in its own
# transaction.)
application_moved = Signal()

# Sent after the commit that created an application. Arguments: application_id, created (False when the same
# person applied again to the same job and the existing application was returned).
application_created = Signal()
