"""Imported by the fork server of ``manage.py parse_cv`` (never by anything else): loads the parser once, so every
child forked from the server starts with it ready."""

from candidates.parse_child import warm_up

warm_up()
