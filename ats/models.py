"""Jobs, their pipelines, applications and the decisions made on them.

A job's pipeline is its own copy of a template: recruiters edit it freely, and each stage keeps a *kind* so that
reports and automations work across every custom pipeline.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import NotificationStatus, UserNotification


class StageKind(models.TextChoices):
    APPLIED = "applied", _("Applied")
    SCREEN = "screen", _("Screening")
    REVIEW = "review", _("Hiring manager review")
    INTERVIEW = "interview", _("Interview")
    ASSESSMENT = "assessment", _("Assessment")
    OFFER = "offer", _("Offer")
    HIRED = "hired", _("Hired")
    REJECTED = "rejected", _("Rejected")


class PipelineTemplate(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    is_default = models.BooleanField(_("default"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("pipeline template")
        verbose_name_plural = _("pipeline templates")
        constraints = [
            models.UniqueConstraint(fields=["is_default"], condition=Q(is_default=True), name="pipeline_one_default")
        ]

    def __str__(self) -> str:
        return self.name


class PipelineTemplateStage(models.Model):
    template = models.ForeignKey(PipelineTemplate, on_delete=models.CASCADE, related_name="stages")
    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(_("kind"), max_length=20, choices=StageKind.choices)
    position = models.PositiveSmallIntegerField(_("position"))
    email_template = models.ForeignKey(
        "messaging.Template", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_days = models.PositiveSmallIntegerField(_("target days in stage"), null=True, blank=True)

    class Meta:
        ordering = ["template", "position"]
        verbose_name = _("template stage")
        verbose_name_plural = _("template stages")

    def __str__(self) -> str:
        return self.name


class JobStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    PAUSED = "paused", _("Paused")
    CLOSED = "closed", _("Closed")


class RemotePolicy(models.TextChoices):
    ONSITE = "onsite", _("On site")
    HYBRID = "hybrid", _("Hybrid")
    REMOTE = "remote", _("Remote")


class ContractType(models.TextChoices):
    PERMANENT = "permanent", _("Permanent (CDI)")
    FIXED_TERM = "fixed_term", _("Fixed-term (CDD)")
    FREELANCE = "freelance", _("Freelance")
    INTERNSHIP = "internship", _("Internship")
    APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
    TEMPORARY = "temporary", _("Temporary")


class SalaryPeriod(models.TextChoices):
    YEAR = "year", _("per year")
    MONTH = "month", _("per month")
    DAY = "day", _("per day")
    HOUR = "hour", _("per hour")


class EducationLevel(models.IntegerChoices):
    """The French scheme (years after the baccalauréat), which maps onto the European levels."""

    NONE = 0, _("No requirement")
    BAC = 1, _("Baccalauréat (EQF 4)")
    BAC_2 = 2, _("Bac+2 (EQF 5)")
    BAC_3 = 3, _("Bac+3, bachelor (EQF 6)")
    BAC_5 = 5, _("Bac+5, master (EQF 7)")
    BAC_8 = 8, _("Bac+8, doctorate (EQF 8)")


class Job(models.Model):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=220, unique=True)
    # Sanitized with nh3 when saved (ats.services): shown as HTML on the career site.
    description = models.TextField(_("description"), blank=True)
    department = models.CharField(_("department"), max_length=120, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True, default="FR")
    remote_policy = models.CharField(
        _("remote work"), max_length=10, choices=RemotePolicy.choices, default=RemotePolicy.ONSITE
    )
    contract_type = models.CharField(
        _("contract"), max_length=20, choices=ContractType.choices, default=ContractType.PERMANENT
    )
    salary_min = models.PositiveIntegerField(_("salary from"), null=True, blank=True)
    salary_max = models.PositiveIntegerField(_("salary up to"), null=True, blank=True)
    salary_currency = models.CharField(_("currency"), max_length=3, default="EUR")
    salary_period = models.CharField(_("salary period"), max_length=10, choices=SalaryPeriod.choices, default="year")
    show_salary = models.BooleanField(_("show the salary on the career site"), default=False)
    language = models.CharField(_("language of the posting"), max_length=8, choices=settings.LANGUAGES, default="fr")
    openings = models.PositiveSmallIntegerField(_("openings"), default=1)
    status = models.CharField(_("status"), max_length=10, choices=JobStatus.choices, default=JobStatus.DRAFT)
    # Confidential jobs are hidden from the career site and from recruiters not on the job.
    confidential = models.BooleanField(_("confidential"), default=False)
    closing_date = models.DateField(_("closing date"), null=True, blank=True)
    hiring_managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="managed_jobs", verbose_name=_("hiring managers")
    )
    recruiters = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="recruited_jobs", verbose_name=_("recruiters")
    )
    # Requirements, used by matching (ats scoring).
    min_years_experience = models.PositiveSmallIntegerField(_("minimum years of experience"), null=True, blank=True)
    education_level = models.PositiveSmallIntegerField(
        _("education level"), choices=EducationLevel.choices, default=EducationLevel.NONE
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        indexes = [models.Index(fields=["status", "-published_at"], name="job_status_idx")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == JobStatus.PUBLISHED


class JobSkill(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="skill_requirements")
    skill = models.ForeignKey("candidates.Skill", on_delete=models.CASCADE, related_name="+")
    required = models.BooleanField(_("must have"), default=True)

    class Meta:
        verbose_name = _("required skill")
        verbose_name_plural = _("required skills")
        constraints = [models.UniqueConstraint(fields=["job", "skill"], name="job_skill_unique")]

    def __str__(self) -> str:
        return f"{self.skill} ({'required' if self.required else 'nice to have'})"


class JobLanguage(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="language_requirements")
    language = models.CharField(_("language"), max_length=8)
    level = models.CharField(_("level"), max_length=8, choices=[(c, c) for c in ("A1", "A2", "B1", "B2", "C1", "C2")])

    class Meta:
        verbose_name = _("required language")
        verbose_name_plural = _("required languages")
        constraints = [models.UniqueConstraint(fields=["job", "language"], name="job_language_unique")]

    def __str__(self) -> str:
        return f"{self.language} {self.level}"


class Stage(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="stages")
    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(_("kind"), max_length=20, choices=StageKind.choices)
    position = models.PositiveSmallIntegerField(_("position"))
    email_template = models.ForeignKey(
        "messaging.Template",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("automatic e-mail"),
    )
    target_days = models.PositiveSmallIntegerField(_("target days in stage"), null=True, blank=True)

    class Meta:
        ordering = ["job", "position"]
        verbose_name = _("stage")
        verbose_name_plural = _("stages")

    def __str__(self) -> str:
        return self.name


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Text")
    CHOICE = "choice", _("Choice")
    YES_NO = "yes_no", _("Yes or no")


class ScreeningQuestion(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.TEXT)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    required = models.BooleanField(_("required"), default=True)
    # An answer that *flags* the application for a recruiter's attention. It never rejects anyone by itself.
    knockout_answer = models.CharField(_("answer that flags"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["job", "position", "id"]
        verbose_name = _("screening question")
        verbose_name_plural = _("screening questions")

    def __str__(self) -> str:
        return self.text


class RejectionReason(models.Model):
    label_fr = models.CharField(_("label (French)"), max_length=120)
    label_en = models.CharField(_("label (English)"), max_length=120)
    email_template = models.ForeignKey(
        "messaging.Template", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A good candidate not hired for this reason ("another candidate was preferred") is worth keeping in a
    # talent pool: the CRM listens to application_rejected and offers (or performs) the move.
    recyclable = models.BooleanField(_("recyclable (silver medalist)"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("rejection reason")
        verbose_name_plural = _("rejection reasons")

    def __str__(self) -> str:
        return self.label_fr


class ApplicationStatus(models.TextChoices):
    ACTIVE = "active", _("In progress")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    HIRED = "hired", _("Hired")


class Application(models.Model):
    candidate = models.ForeignKey("candidates.Candidate", on_delete=models.CASCADE, related_name="applications")
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="applications")
    stage = models.ForeignKey(Stage, on_delete=models.PROTECT, related_name="applications")
    status = models.CharField(
        _("status"), max_length=10, choices=ApplicationStatus.choices, default=ApplicationStatus.ACTIVE
    )
    source = models.CharField(_("source"), max_length=100, blank=True)
    # Attribution as received: utm_* parameters, ?ref=, referrer host.
    source_detail = models.JSONField(default=dict, blank=True)
    cover_letter = models.TextField(_("cover letter"), blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    flagged = models.BooleanField(_("flagged by a screening answer"), default=False)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    score_breakdown = models.JSONField(default=dict, blank=True)
    rejection_reason = models.ForeignKey(
        RejectionReason, null=True, blank=True, on_delete=models.PROTECT, related_name="applications"
    )
    rejected_at = models.DateTimeField(null=True, blank=True)
    hired_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    stage_entered_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("applied at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [models.UniqueConstraint(fields=["candidate", "job"], name="application_one_per_job")]
        indexes = [models.Index(fields=["job", "stage", "status"], name="application_board_idx")]

    def __str__(self) -> str:
        return f"{self.candidate} → {self.job}"


class StageTransition(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="transitions")
    from_stage = models.ForeignKey(Stage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    to_stage = models.ForeignKey(Stage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    occurred_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["occurred_at", "id"]
        verbose_name = _("stage transition")
        verbose_name_plural = _("stage transitions")

    def __str__(self) -> str:
        return f"{self.from_stage_id} → {self.to_stage_id} ({self.occurred_at:%Y-%m-%d %H:%M})"


class ScorecardCriterion(models.Model):
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="criteria")
    label = models.CharField(_("criterion"), max_length=200)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["job", "position", "id"]
        verbose_name = _("scorecard criterion")
        verbose_name_plural = _("scorecard criteria")

    def __str__(self) -> str:
        return self.label


class Recommendation(models.TextChoices):
    STRONG_NO = "strong_no", _("Definitely not")
    NO = "no", _("No")
    YES = "yes", _("Yes")
    STRONG_YES = "strong_yes", _("Strong yes")


class Scorecard(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="scorecards")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scorecards")
    # {criterion id: 1..4}
    ratings = models.JSONField(_("ratings"), default=dict)
    recommendation = models.CharField(_("overall recommendation"), max_length=12, choices=Recommendation.choices)
    notes = models.TextField(_("notes"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)

    class Meta:
        ordering = ["submitted_at", "id"]
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        constraints = [models.UniqueConstraint(fields=["application", "reviewer"], name="scorecard_one_per_reviewer")]

    def __str__(self) -> str:
        return f"{self.reviewer} → {self.application}"


class ReviewNotification(UserNotification):
    """The e-mail telling a hiring manager that an application reached a review stage of their job
    (``accounts.notifications`` sends it).

    One row per stage entry (the transition that brought the application there) and manager: a signal received
    twice or a task delivered again (acks late) finds the row and never sends a second e-mail.
    """

    transition = models.ForeignKey(StageTransition, on_delete=models.CASCADE, related_name="review_notifications")

    class Meta(UserNotification.Meta):
        verbose_name = _("review notification")
        verbose_name_plural = _("review notifications")
        constraints = [
            models.UniqueConstraint(fields=["transition", "recipient"], name="review_notification_once_per_entry")
        ]
        indexes = [
            # The sweeper's reads: only the few rows not settled yet.
            models.Index(
                fields=["created_at"],
                name="review_notification_open",
                condition=Q(status__in=[NotificationStatus.PENDING, NotificationStatus.SENDING]),
            )
        ]


class MentionNotification(UserNotification):
    """The e-mail telling a colleague that a note on an application mentions them (``accounts.notifications``
    sends it). One row per note and person mentioned: a task delivered again never sends a second e-mail."""

    note = models.ForeignKey("candidates.Activity", on_delete=models.CASCADE, related_name="+")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="mention_notifications")

    class Meta(UserNotification.Meta):
        verbose_name = _("mention notification")
        verbose_name_plural = _("mention notifications")
        constraints = [models.UniqueConstraint(fields=["note", "recipient"], name="mention_notification_once")]
        indexes = [
            # The sweeper's reads: only the few rows not settled yet.
            models.Index(
                fields=["created_at"],
                name="mention_notification_open",
                condition=Q(status__in=[NotificationStatus.PENDING, NotificationStatus.SENDING]),
            )
        ]
