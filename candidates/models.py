"""The person at the centre of both workspaces (shared/ARCHITECTURE.md, "The spine of the data model")."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=60)
    # Case- and accent-folded name: "Sénior" and "senior" are one tag.
    normalized = models.CharField(max_length=60, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class SkillCategory(models.TextChoices):
    TECH = "tech", _("Technology")
    BUSINESS = "business", _("Business")
    SALES = "sales", _("Sales and marketing")
    FINANCE = "finance", _("Finance")
    HR = "hr", _("Human resources")
    HEALTHCARE = "healthcare", _("Healthcare")
    LOGISTICS = "logistics", _("Logistics")
    INDUSTRY = "industry", _("Industry")
    HOSPITALITY = "hospitality", _("Hospitality")
    SOFT = "soft", _("Soft skills")
    OTHER = "other", _("Other")


class Skill(models.Model):
    """A canonical skill with its French and English labels. Aliases point here from other wordings."""

    slug = models.SlugField(_("identifier"), max_length=120, unique=True)
    label_fr = models.CharField(_("French label"), max_length=200)
    label_en = models.CharField(_("English label"), max_length=200)
    category = models.CharField(_("category"), max_length=20, choices=SkillCategory.choices, default="other")
    esco_uri = models.URLField(_("ESCO URI"), max_length=300, null=True, blank=True, unique=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["label_en"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self) -> str:
        return self.label_en or self.label_fr

    def label(self, language: str) -> str:
        return (self.label_fr if language.startswith("fr") else self.label_en) or self.label_en or self.label_fr


class SkillAlias(models.Model):
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("skill"))
    alias = models.CharField(_("alias"), max_length=200)
    # Lower-cased, accent-folded form used for matching.
    normalized = models.CharField(max_length=200, db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=8, blank=True)

    class Meta:
        verbose_name = _("skill alias")
        verbose_name_plural = _("skill aliases")
        constraints = [models.UniqueConstraint(fields=["skill", "normalized"], name="skill_alias_unique")]

    def __str__(self) -> str:
        return self.alias


class Candidate(models.Model):
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    # Normalized (trimmed, lower-cased) e-mail: the first key of duplicate detection.
    email = models.EmailField(_("e-mail"), max_length=254, blank=True, db_index=True)
    other_emails = ArrayField(
        models.EmailField(max_length=254), default=list, blank=True, verbose_name=_("other e-mails")
    )
    # E.164 ("+33612345678"): the second key of duplicate detection.
    phone = models.CharField(_("phone"), max_length=20, blank=True, db_index=True)
    other_phones = ArrayField(models.CharField(max_length=20), default=list, blank=True, verbose_name=_("other phones"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code, e.g. FR"))
    headline = models.CharField(_("headline"), max_length=255, blank=True)
    # The language e-mails are written in: chosen by the person (career site, preferences) or read from their CV.
    preferred_language = models.CharField(
        _("language for e-mails"), max_length=8, blank=True, choices=settings.LANGUAGES
    )
    current_title = models.CharField(_("current title"), max_length=200, blank=True)
    current_employer = models.CharField(_("current employer"), max_length=200, blank=True)
    years_experience = models.DecimalField(
        _("years of experience"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    links = models.JSONField(_("links"), default=list, blank=True, help_text=_("List of {label, url}"))
    # First touch: where the company first met this person.
    source = models.CharField(_("source"), max_length=100, blank=True)
    source_medium = models.CharField(_("medium"), max_length=100, blank=True)
    source_campaign = models.CharField(_("campaign"), max_length=100, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_candidates",
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="candidates", verbose_name=_("tags"))
    skills = models.ManyToManyField(
        Skill, through="CandidateSkill", blank=True, related_name="candidates", verbose_name=_("skills")
    )
    do_not_contact = models.BooleanField(_("do not contact"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True, db_index=True)
    anonymized_at = models.DateTimeField(_("anonymized at"), null=True, blank=True)
    # Refreshed by candidates.services.candidate_refresh_search_document (no trigger: parsed text, skills and
    # tags come from other tables). Built with the "simple" configuration on accent-folded text, because the
    # embedded PostgreSQL has no unaccent extension.
    search_document = SearchVectorField(null=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        indexes = [
            GinIndex(fields=["search_document"], name="candidate_search_idx"),
            GinIndex(fields=["other_emails"], name="candidate_other_emails_idx"),
            GinIndex(fields=["other_phones"], name="candidate_other_phones_idx"),
            models.Index(fields=["last_name", "first_name"], name="candidate_name_idx"),
        ]

    def __str__(self) -> str:
        return self.full_name or self.email or f"#{self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_anonymized(self) -> bool:
        return self.anonymized_at is not None


class SkillSource(models.TextChoices):
    PARSED = "parsed", _("Parsed from a CV")
    DECLARED = "declared", _("Declared by the candidate")
    RECRUITER = "recruiter", _("Added by a recruiter")


class CandidateSkill(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="skill_links")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="candidate_links")
    source = models.CharField(_("source"), max_length=20, choices=SkillSource.choices)
    years = models.DecimalField(_("years"), max_digits=4, decimal_places=1, null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("candidate skill")
        verbose_name_plural = _("candidate skills")
        constraints = [models.UniqueConstraint(fields=["candidate", "skill"], name="candidate_skill_unique")]

    def __str__(self) -> str:
        return f"{self.skill} ({self.get_source_display()})"


class CefrLevel(models.TextChoices):
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"
    NATIVE = "native", _("Native")


class CandidateLanguage(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=8, help_text=_("ISO 639-1 code, e.g. en"))
    level = models.CharField(_("level"), max_length=8, choices=CefrLevel.choices, blank=True)
    source = models.CharField(_("source"), max_length=20, choices=SkillSource.choices, default=SkillSource.DECLARED)

    class Meta:
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")
        constraints = [models.UniqueConstraint(fields=["candidate", "language"], name="candidate_language_unique")]

    def __str__(self) -> str:
        return f"{self.language} {self.level}".strip()


def resume_storage_key(instance: Resume, filename: str) -> str:
    # Never the applicant's file name: it may hold personal data or path tricks.
    return f"resumes/{timezone.now():%Y/%m}/{uuid.uuid4().hex}"


class ResumeStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be read")
    PARSING = "parsing", _("Being read")
    PARSED = "parsed", _("Read")
    FAILED = "failed", _("Could not be read")


class Resume(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="resumes")
    file = models.FileField(_("file"), upload_to=resume_storage_key, max_length=255)
    original_filename = models.CharField(_("file name"), max_length=255, blank=True)
    sha256 = models.CharField(max_length=64, db_index=True)
    content_type = models.CharField(_("type"), max_length=120, blank=True)
    size = models.PositiveIntegerField(_("size"), default=0)
    text = models.TextField(_("extracted text"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    parsed = models.JSONField(_("parsed data"), null=True, blank=True, help_text=_("JSON Resume document"))
    status = models.CharField(
        _("status"), max_length=10, choices=ResumeStatus.choices, default=ResumeStatus.PENDING, db_index=True
    )
    failure_code = models.CharField(_("failure code"), max_length=40, blank=True)
    failure_reason = models.TextField(_("failure reason"), blank=True)
    parser_version = models.CharField(_("parser version"), max_length=40, blank=True)
    timings = models.JSONField(_("timings"), default=dict, blank=True)
    # Per-field confidence of the parse (0..1), e.g. {"name": 0.99, "work": 0.4}: the page marks weak fields.
    confidence = models.JSONField(_("confidence"), default=dict, blank=True)
    # Kinds of personal details the CV holds that reviewers must not see ("photo", "date_of_birth"…), never
    # their values: the page only says that something was hidden.
    protected_attributes = models.JSONField(_("protected attributes found"), default=list, blank=True)
    # Parse runs started. A file that kills its worker is redelivered (acks_late): past MAX_PARSE_ATTEMPTS it is
    # recorded as failed instead of looping forever.
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    started_at = models.DateTimeField(_("parse started at"), null=True, blank=True)
    is_current = models.BooleanField(_("current"), default=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)
    parsed_at = models.DateTimeField(_("read at"), null=True, blank=True)

    # Not a field: set by resume_upload when the same file was already stored for this person.
    already_stored: bool = False

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("CV")
        verbose_name_plural = _("CVs")
        indexes = [models.Index(fields=["status", "status_changed_at"], name="resume_status_idx")]
        constraints = [
            models.UniqueConstraint(fields=["candidate", "sha256"], name="resume_unique_file_per_candidate"),
            models.UniqueConstraint(
                fields=["candidate"], condition=Q(is_current=True), name="resume_one_current_per_candidate"
            ),
        ]

    def __str__(self) -> str:
        return self.original_filename or self.file.name or ""

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf"

    @property
    def is_final(self) -> bool:
        return self.status in (ResumeStatus.PARSED, ResumeStatus.FAILED)

    @property
    def failure_message(self) -> str:
        """Why the CV could not be read, in the active language (the stored reason is English)."""
        if not self.failure_code:
            return self.failure_reason
        from .parsing_messages import failure_message

        return failure_message(self.failure_code)


class ConsentPurpose(models.TextChoices):
    APPLICATION = "application", _("Processing of an application")
    TALENT_POOL = "talent_pool", _("Talent pool")
    MARKETING = "marketing", _("News and job alerts")


class LegalBasis(models.TextChoices):
    CONSENT = "consent", _("Consent")
    CONTRACT = "contract", _("Pre-contractual steps")
    LEGITIMATE_INTEREST = "legitimate_interest", _("Legitimate interest")
    LEGAL_OBLIGATION = "legal_obligation", _("Legal obligation")


class ConsentChannel(models.TextChoices):
    CAREER_SITE = "career_site", _("Career site")
    EMAIL = "email", _("E-mail")
    RECRUITER = "recruiter", _("Recorded by a recruiter")
    PORTAL = "portal", _("Candidate portal")
    IMPORT = "import", _("Import")
    API = "api", _("API")


class Consent(models.Model):
    """One row per grant. Withdrawal fills ``withdrawn_at``; nothing is ever overwritten or deleted, so the
    ledger proves what the person agreed to, when, through which text, and when they changed their mind."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=20, choices=ConsentPurpose.choices)
    legal_basis = models.CharField(_("legal basis"), max_length=30, choices=LegalBasis.choices)
    text_version = models.CharField(_("text version"), max_length=60)
    channel = models.CharField(_("channel"), max_length=20, choices=ConsentChannel.choices)
    proof = models.JSONField(_("proof"), default=dict, blank=True)
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawal_channel = models.CharField(
        _("withdrawal channel"), max_length=20, choices=ConsentChannel.choices, blank=True
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-granted_at", "-id"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["candidate", "purpose", "-granted_at"], name="consent_lookup_idx")]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} ({self.granted_at:%Y-%m-%d})"

    def is_active_at(self, moment: object) -> bool:
        return self.withdrawn_at is None and (self.expires_at is None or self.expires_at > moment)  # type: ignore[operator]


class ActivityKind(models.TextChoices):
    CREATED = "created", _("Profile created")
    UPDATED = "updated", _("Profile updated")
    RESUME_UPLOADED = "resume_uploaded", _("CV uploaded")
    RESUME_PARSED = "resume_parsed", _("CV read")
    RESUME_FAILED = "resume_failed", _("CV could not be read")
    APPLIED = "applied", _("Applied")
    STAGE_MOVED = "stage_moved", _("Moved to a stage")
    REJECTED = "rejected", _("Rejected")
    HIRED = "hired", _("Hired")
    NOTE = "note", _("Note")
    EMAIL_SENT = "email_sent", _("E-mail sent")
    EMAIL_OPENED = "email_opened", _("E-mail opened")
    EMAIL_CLICKED = "email_clicked", _("Link clicked")
    EMAIL_REPLIED = "email_replied", _("Replied")
    EMAIL_BOUNCED = "email_bounced", _("E-mail bounced")
    ADDED_TO_POOL = "added_to_pool", _("Added to a talent pool")
    SCORECARD = "scorecard", _("Scorecard submitted")
    CONSENT_GRANTED = "consent_granted", _("Consent given")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("Consent withdrawn")
    TAGGED = "tagged", _("Tag added")
    MERGED = "merged", _("Profiles merged")


class Activity(models.Model):
    """The timeline: every touchpoint with this person, written only through candidates.services."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="activities")
    kind = models.CharField(_("kind"), max_length=30, choices=ActivityKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    occurred_at = models.DateTimeField(_("time"), default=timezone.now)
    payload = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-occurred_at", "-id"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        indexes = [models.Index(fields=["candidate", "-occurred_at"], name="activity_timeline_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.occurred_at:%Y-%m-%d %H:%M})"
