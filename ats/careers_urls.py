"""The public career site, under /careers/ (shared/ARCHITECTURE.md: /careers/<job-slug>/ and .../apply/)."""

from django.urls import path

from .views import careers

app_name = "careers"

urlpatterns = [
    path("", careers.job_list, name="job_list"),
    path("feed.xml", careers.feed, name="feed"),
    path("<slug:slug>/", careers.job_detail, name="job_detail"),
    path("<slug:slug>/apply/", careers.apply, name="apply"),
    path("<slug:slug>/apply/thanks/", careers.thanks, name="thanks"),
]
