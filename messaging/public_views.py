"""PLACEHOLDER written by the lead so the URLconf loads; the owning helper replaces every function."""

from django.http import Http404


def preferences(request, *args, **kwargs):  # placeholder
    raise Http404


def unsubscribe_one_click(request, *args, **kwargs):  # placeholder
    raise Http404


def logo(request, *args, **kwargs):  # placeholder
    raise Http404
