"""The recruiter and hiring-manager workspace, under /jobs/."""

from django.urls import path

from .views import reviews, workspace

app_name = "ats"

urlpatterns = [
    path("", workspace.job_list, name="job_list"),
    path("new/", workspace.job_create, name="job_create"),
    path("<int:pk>/", workspace.job_detail, name="job_detail"),  # the pipeline board
    path("<int:pk>/edit/", workspace.job_edit, name="job_edit"),
    path("<int:pk>/status/<slug:action>/", workspace.job_status, name="job_status"),
    path("<int:pk>/pipeline/", workspace.pipeline_edit, name="pipeline_edit"),
    path("<int:pk>/questions/", workspace.questions, name="questions"),
    path("<int:pk>/criteria/", reviews.criteria, name="criteria"),
    path("<int:pk>/applications/", workspace.application_list, name="application_list"),
    path("<int:pk>/board/move/", workspace.board_move, name="board_move"),
    path("<int:pk>/bulk/", workspace.bulk_action, name="bulk_action"),
    path("<int:pk>/add/", workspace.application_add, name="application_add"),
    path("applications/<int:pk>/", workspace.application_detail, name="application_detail"),
    path("applications/<int:pk>/move/", workspace.application_move, name="application_move"),
    path("applications/<int:pk>/reject/", workspace.application_reject, name="application_reject"),
    path("applications/<int:pk>/unreject/", workspace.application_unreject, name="application_unreject"),
    path("applications/<int:pk>/withdraw/", workspace.application_withdraw, name="application_withdraw"),
    path("applications/<int:pk>/hire/", workspace.application_hire, name="application_hire"),
    path("applications/<int:pk>/scorecard/", reviews.scorecard, name="scorecard"),
    path("reviews/", reviews.review_queue, name="review_queue"),
    path("candidates/<int:pk>/applications/", workspace.candidate_applications, name="candidate_applications"),
    path("settings/pipelines/", workspace.pipeline_templates, name="pipeline_templates"),
    path("settings/pipelines/<int:pk>/", workspace.pipeline_template_edit, name="pipeline_template_edit"),
    path("settings/rejection-reasons/", workspace.rejection_reasons, name="rejection_reasons"),
    path("settings/rejection-reasons/<int:pk>/", workspace.rejection_reason_edit, name="rejection_reason_edit"),
]
