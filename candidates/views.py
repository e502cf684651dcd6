from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from accounts.access import roles
from accounts.models import Role

from . import selectors
from .models import Candidate


@roles(Role.ADMIN, Role.RECRUITER)
def candidate_list(request: HttpRequest) -> HttpResponse:
    candidates = selectors.candidate_list(user=request.user, query=request.GET.get("q", ""))[:50]
    return render(request, "candidates/candidate_list.html", {"candidates": candidates})


@roles(Role.ADMIN, Role.RECRUITER)
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        candidate = selectors.candidate_get(user=request.user, pk=pk)
    except Candidate.DoesNotExist as missing:
        raise Http404 from missing
    timeline = selectors.candidate_timeline(candidate=candidate)
    return render(request, "candidates/candidate_detail.html", {"candidate": candidate, "timeline": timeline})
