"""PLACEHOLDER written by the lead so the URLconf loads; the owning helper replaces every function."""

from django.http import Http404


def compose(request, *args, **kwargs):  # placeholder
    raise Http404


def compose_preview(request, *args, **kwargs):  # placeholder
    raise Http404


def conversation(request, *args, **kwargs):  # placeholder
    raise Http404


def message_list(request, *args, **kwargs):  # placeholder
    raise Http404


def message_detail(request, *args, **kwargs):  # placeholder
    raise Http404


def message_cancel(request, *args, **kwargs):  # placeholder
    raise Http404


def outbox(request, *args, **kwargs):  # placeholder
    raise Http404


def outbox_detail(request, *args, **kwargs):  # placeholder
    raise Http404


def template_list(request, *args, **kwargs):  # placeholder
    raise Http404


def template_create(request, *args, **kwargs):  # placeholder
    raise Http404


def template_edit(request, *args, **kwargs):  # placeholder
    raise Http404


def template_preview(request, *args, **kwargs):  # placeholder
    raise Http404


def template_test(request, *args, **kwargs):  # placeholder
    raise Http404


def branding(request, *args, **kwargs):  # placeholder
    raise Http404


def suppression_list(request, *args, **kwargs):  # placeholder
    raise Http404


def suppression_remove(request, *args, **kwargs):  # placeholder
    raise Http404
