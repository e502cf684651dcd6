"""Template tags of the hiring-manager reviews: the scorecards of an application, as the user may see them."""

from __future__ import annotations

from typing import Any

from django import template

from .. import selectors
from ..forms_reviews import RATING_LABELS

register = template.Library()


@register.simple_tag
def scorecard_panel(application: Any, user: Any) -> selectors.ScorecardPanel:
    """``{% scorecard_panel application user as panel %}``: blind review is decided by the selector, so a page
    including the scorecards never receives the ones its reader may not see yet."""
    return selectors.scorecard_panel(user=user, application=application)


@register.filter
def rating_label(value: Any) -> str:
    """1 → "Strong no" … 4 → "Strong yes"; "" for a missing rating."""
    try:
        return str(RATING_LABELS[int(value)])
    except (KeyError, TypeError, ValueError):
        return ""
