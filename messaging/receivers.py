"""Receivers this app connects (anymail's webhook signals). Loaded by MessagingConfig.ready()."""

from .conf import connect_setting_changes

connect_setting_changes()
