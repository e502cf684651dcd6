"""Sections that higher apps add to the candidate page (e-mails from messaging, applications from ats, pools
from crm), without candidates importing them: an app registers a panel in its ``AppConfig.ready()``, and the
page loads each panel's URL with htmx (a plain link when JavaScript is off).

    from candidates.panels import panel_register
    panel_register(key="emails", title=_("E-mails"), url_name="messaging:conversation", order=10)

The URL name takes the candidate's primary key as its one argument (``pk``); its view checks access itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse


@dataclass(frozen=True)
class Panel:
    key: str
    title: Any  # a lazy translation: rendered in the request's language
    url_name: str
    order: int = 100


@dataclass(frozen=True)
class PanelLink:
    key: str
    title: str
    url: str


_registry: dict[str, Panel] = {}


def panel_register(*, key: str, title: Any, url_name: str, order: int = 100) -> Panel:
    """Add (or replace, by key: ``ready()`` may run twice in tests) a section of the candidate page."""
    panel = Panel(key=key, title=title, url_name=url_name, order=order)
    _registry[key] = panel
    return panel


def panel_unregister(*, key: str) -> None:
    _registry.pop(key, None)


def panels_for(*, candidate_pk: int) -> list[PanelLink]:
    """The registered sections, in order, with their URL for this person."""
    panels = sorted(_registry.values(), key=lambda panel: (panel.order, panel.key))
    return [
        PanelLink(key=panel.key, title=str(panel.title), url=reverse(panel.url_name, kwargs={"pk": candidate_pk}))
        for panel in panels
    ]
