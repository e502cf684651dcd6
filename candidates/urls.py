from django.urls import path

from . import views

app_name = "candidates"

urlpatterns = [
    path("", views.candidate_list, name="list"),
    path("new/", views.candidate_create, name="create"),
    path("<int:pk>/", views.candidate_detail, name="detail"),
    path("<int:pk>/edit/", views.candidate_edit, name="edit"),
    path("<int:pk>/notes/", views.note_add, name="note_add"),
    path("<int:pk>/tags/", views.tag_add, name="tag_add"),
    path("<int:pk>/tags/<int:tag_pk>/remove/", views.tag_remove, name="tag_remove"),
    path("<int:pk>/consents/", views.consent_record, name="consent_record"),
    path("<int:pk>/consents/<slug:purpose>/withdraw/", views.consent_withdraw, name="consent_withdraw"),
    path("<int:pk>/cv/", views.resume_panel, name="resume_panel"),
    path("<int:pk>/cv/upload/", views.resume_upload, name="resume_upload"),
    path("<int:pk>/cv/<int:resume_pk>/file/", views.resume_file, name="resume_file"),
    path("<int:pk>/cv/<int:resume_pk>/reparse/", views.resume_reparse, name="resume_reparse"),
]
