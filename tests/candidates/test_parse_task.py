"""The parse task and its services: resume_parse, candidate_apply_parsed, the sweeper, the memory limit."""

from __future__ import annotations

import multiprocessing
import os
from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from candidates import conf, selectors, tasks
from candidates.models import (
    Activity,
    ActivityKind,
    CandidateLanguage,
    CandidateSkill,
    Resume,
    ResumeStatus,
    SkillSource,
)
from candidates.services import resumes
from candidates.services.resumes import resume_upload, resumes_requeue_stuck, split_name
from parsing import ErrorCode, ParseError
from tests.candidates.factories import ResumeFactory
from tests.factories import CandidateFactory, SkillAliasFactory, SkillFactory
from tests.parsing import files

pytestmark = pytest.mark.django_db


def parsed(**meta):
    return {
        "basics": {
            "name": "Jeanne DUPONT",
            "label": "Développeuse Python",
            "email": "jeanne.dupont@exemple.fr",
            "phone": "+33 6 12 34 56 78",
            "location": {"city": "Paris", "countryCode": "FR"},
        },
        "work": [
            {"name": "Exemple SA", "position": "Développeuse Python", "startDate": "2019-03"},
            {"name": "Ancienne SARL", "position": "Stagiaire", "startDate": "2017-01", "endDate": "2018-12"},
        ],
        "education": [],
        "skills": [{"name": "Python", "keywords": []}, {"name": "Django", "keywords": []}],
        "languages": [{"language": "Anglais", "fluency": "C1"}],
        "meta": {
            "parser_version": "9.9.9",
            "language": "fr",
            "confidence": {"name": 0.99, "work": 0.5},
            "timings_ms": {"total": 12.5},
            "warnings": [],
            "protected_attributes_found": ["photo"],
            "years_experience": 5.46,
            "skills": [{"key": "python", "evidence": "Python"}, {"key": "django-test", "evidence": "Django"}],
            "languages": [{"code": "en", "level": "C1"}, {"code": "fr", "level": "native"}],
            **meta,
        },
    }


@pytest.fixture
def fake_parse(monkeypatch):
    """Replace the parser with a fixed result (the real one is exercised by the end-to-end tests)."""
    outcome = {"result": parsed(), "text": "Jeanne DUPONT\nDéveloppeuse Python\nPython Django"}

    def parse_document(data, filename):
        if isinstance(outcome.get("raise"), BaseException):
            raise outcome["raise"]
        return outcome["result"], outcome["text"]

    monkeypatch.setattr(resumes, "parse_document", parse_document)
    return outcome


@pytest.fixture
def skills():
    python = SkillFactory(slug="python", label_en="Python", label_fr="Python")
    django = SkillFactory(slug="django-test", label_en="Django (test)", label_fr="Django (test)")
    return python, django


def stored(candidate=None, data=None, name="cv.docx"):
    candidate = candidate or CandidateFactory(first_name="", last_name="", email="", phone="", city="", country="")
    return resume_upload(candidate=candidate, uploaded_file=SimpleUploadedFile(name, data or files.docx_cv()))


# --- Runs, guards, failures ----------------------------------------------------------------------------------


def test_task_parses_and_stores_the_result(queued, fake_parse, skills):
    resume = stored()
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PARSED and resume.parsed_at is not None
    assert resume.attempts == 1 and resume.started_at is not None
    assert resume.text.startswith("Jeanne DUPONT") and resume.language == "fr"
    assert resume.parser_version == "9.9.9" and resume.timings == {"total": 12.5}
    assert resume.confidence == {"name": 0.99, "work": 0.5}
    assert resume.protected_attributes == ["photo"]
    assert resume.parsed["work"][0]["name"] == "Exemple SA"
    activity = Activity.objects.get(kind=ActivityKind.RESUME_PARSED)
    assert activity.payload["resume_id"] == resume.pk and "city" in activity.payload["fields"]


def test_task_is_idempotent(queued, fake_parse, skills):
    resume = stored()
    tasks.parse_resume(resume.pk)
    fake_parse["raise"] = AssertionError("parsed twice")
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PARSED and resume.attempts == 1
    assert Activity.objects.filter(kind=ActivityKind.RESUME_PARSED).count() == 1


def test_task_returns_quietly_when_the_row_is_gone(fake_parse):
    tasks.parse_resume(987654321)


def test_a_run_in_progress_elsewhere_is_left_alone(fake_parse, media_root):
    resume = ResumeFactory(status=ResumeStatus.PARSING, started_at=timezone.now(), attempts=1)
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PARSING and resume.attempts == 1


def test_attempts_guard_marks_failed(fake_parse, media_root):
    """A file that killed its worker three times is redelivered once more (acks_late): it is recorded as failed."""
    old = timezone.now() - timedelta(hours=1)
    resume = ResumeFactory(status=ResumeStatus.PARSING, started_at=old, attempts=resumes.MAX_PARSE_ATTEMPTS)
    fake_parse["raise"] = AssertionError("must not parse again")
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.FAILED and resume.failure_code == "worker_crashed"
    assert resume.attempts == resumes.MAX_PARSE_ATTEMPTS + 1
    assert Activity.objects.get(kind=ActivityKind.RESUME_FAILED).payload == {
        "resume_id": resume.pk,
        "code": "worker_crashed",
    }


def test_a_crashed_run_is_taken_over_and_counted(fake_parse, skills, media_root):
    old = timezone.now() - timedelta(hours=1)
    resume = ResumeFactory(status=ResumeStatus.PARSING, started_at=old, attempts=1)
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PARSED and resume.attempts == 2


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ParseError(ErrorCode.ENCRYPTED_PDF), "encrypted_pdf"),
        (SoftTimeLimitExceeded(), "timeout"),
        (MemoryError(), "too_complex"),
        (ZeroDivisionError(), "parser_error"),
    ],
)
def test_failures_are_recorded_with_a_reason(queued, fake_parse, error, code):
    resume = stored()
    fake_parse["raise"] = error
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.FAILED and resume.failure_code == code
    assert resume.failure_reason  # English, for the admin and logs
    assert Activity.objects.filter(kind=ActivityKind.RESUME_FAILED, payload__code=code).exists()
    assert resume.candidate.first_name == ""  # nothing applied


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (SoftTimeLimitExceeded(), "timeout"),
        (RecursionError(), "too_complex"),
        (MemoryError(), "too_complex"),
        (KeyError("xref"), "corrupt_file"),  # a reader's data error: the file is damaged
    ],
)
def test_what_a_reader_raises_reaches_the_task_as_what_it_is(queued, skills, monkeypatch, error, code):
    """The real parser runs; only its PDF reader is replaced. A time limit raised inside a reader is not turned
    into "corrupt_file" on the way out."""
    from parsing.extract import READERS

    def reader(data, limits):
        raise error

    monkeypatch.setitem(READERS, "pdf", reader)
    resume = stored(data=files.one_column_pdf(), name="cv.pdf")
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.FAILED and resume.failure_code == code


def test_transient_storage_error_is_retried_without_counting_the_attempt(queued, fake_parse, monkeypatch):
    resume = stored()
    storage_down = mock.patch("django.db.models.fields.files.FieldFile.open", side_effect=TimeoutError("down"))
    with storage_down, pytest.raises(OSError):
        resumes.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PENDING and resume.attempts == 0
    assert OSError in tasks.parse_resume.autoretry_for and OperationalError in tasks.parse_resume.autoretry_for
    assert tasks.parse_resume.max_retries and tasks.parse_resume.retry_backoff


def test_missing_file_is_a_final_failure(queued, fake_parse):
    resume = stored()
    resume.file.storage.delete(resume.file.name)
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.FAILED and resume.failure_code == "file_missing"


def test_task_time_limits_come_from_settings():
    assert tasks.parse_resume.soft_time_limit == conf.soft_time_limit() == 60
    assert tasks.parse_resume.time_limit == conf.time_limit() == 90
    assert tasks.parse_resume.acks_late


def test_queue_parse_sends_to_the_parsing_queue():
    with mock.patch.object(tasks.parse_resume, "apply_async") as apply_async:
        tasks.queue_parse(42)
    apply_async.assert_called_once_with(args=(42,), queue="parsing")


def test_upload_survives_a_broker_that_is_down(media_root, django_capture_on_commit_callbacks):
    broker_down = mock.patch.object(tasks, "queue_parse", side_effect=ConnectionRefusedError)
    with broker_down, django_capture_on_commit_callbacks(execute=True):
        resume = stored()
    assert Resume.objects.get(pk=resume.pk).status == ResumeStatus.PENDING


def test_failure_reason_is_shown_on_the_candidate_page(queued, fake_parse, recruiter_client):
    resume = stored()
    fake_parse["raise"] = ParseError(ErrorCode.IMAGE_ONLY_PDF)
    tasks.parse_resume(resume.pk)
    response = recruiter_client.get(reverse("candidates:detail", args=[resume.candidate_id]))
    content = response.content.decode()
    assert str(resumes.failure_message("image_only_pdf")) in content


# --- Applying to the person ----------------------------------------------------------------------------------


def test_fills_empty_fields_only(queued, fake_parse, skills):
    candidate = CandidateFactory(
        first_name="Jeanne-Marie",
        last_name="",
        email="typed@example.org",
        phone="",
        city="",
        country="",
        headline="",
        current_title="Lead dev",
    )
    resume = stored(candidate)
    tasks.parse_resume(resume.pk)
    candidate.refresh_from_db()
    assert candidate.first_name == "Jeanne-Marie"  # typed: kept
    assert candidate.last_name == "Dupont"  # empty: filled (capitals → family name)
    assert candidate.email == "typed@example.org"
    assert candidate.phone == "+33612345678"
    assert candidate.city == "Paris" and candidate.country == "FR"
    assert candidate.headline == "Développeuse Python"
    assert candidate.current_title == "Lead dev"  # typed: kept
    assert candidate.current_employer == "Exemple SA"  # from the job without an end date
    assert candidate.years_experience == Decimal("5.5")
    assert candidate.preferred_language == "fr"  # the CV's language, until someone chooses another


def test_links_from_the_cv_fill_an_empty_list_only(queued, fake_parse, skills):
    fake_parse["result"]["basics"]["url"] = "https://jeanne.example.org"
    fake_parse["result"]["basics"]["profiles"] = [
        {"network": "LinkedIn", "url": "https://www.linkedin.com/in/jeanne"},
        {"network": "GitHub", "url": "javascript:alert(1)"},  # no web address: never a link
        {"network": "Site", "url": "https://jeanne.example.org"},  # the same address again
    ]
    candidate = CandidateFactory(links=[])
    tasks.parse_resume(stored(candidate).pk)
    candidate.refresh_from_db()
    assert candidate.links == [
        {"label": "", "url": "https://jeanne.example.org"},
        {"label": "LinkedIn", "url": "https://www.linkedin.com/in/jeanne"},
    ]
    typed = CandidateFactory(links=[{"label": "", "url": "https://typed.example.org"}])
    tasks.parse_resume(stored(typed).pk)
    typed.refresh_from_db()
    assert typed.links == [{"label": "", "url": "https://typed.example.org"}]


def test_a_chosen_language_for_e_mails_is_kept(queued, fake_parse, skills):
    candidate = CandidateFactory(preferred_language="en")
    tasks.parse_resume(stored(candidate).pk)
    candidate.refresh_from_db()
    assert candidate.preferred_language == "en"


def test_an_email_or_phone_owned_by_someone_else_is_not_taken(queued, fake_parse, skills):
    CandidateFactory(email="jeanne.dupont@exemple.fr", phone="+33612345678")
    resume = stored()
    tasks.parse_resume(resume.pk)
    resume.candidate.refresh_from_db()
    assert resume.candidate.email == "" and resume.candidate.phone == ""
    assert resume.candidate.last_name == "Dupont"


def test_only_the_current_resume_feeds_the_profile(queued, fake_parse, skills):
    candidate = CandidateFactory(first_name="", last_name="Martin", city="")
    old = stored(candidate)
    stored(candidate, files.odt_cv(), "cv.odt")
    tasks.parse_resume(old.pk)
    candidate.refresh_from_db()
    assert candidate.city == "" and not candidate.skill_links.exists()
    assert Resume.objects.get(pk=old.pk).status == ResumeStatus.PARSED


def test_skill_links_keep_a_stronger_source(queued, fake_parse, skills):
    python, django = skills
    inactive = SkillFactory(slug="inactive-test", is_active=False)
    fake_parse["result"]["meta"]["skills"].append({"key": "inactive-test", "evidence": "x"})
    candidate = CandidateFactory()
    CandidateSkill.objects.create(candidate=candidate, skill=python, source=SkillSource.DECLARED, years=3)
    tasks.parse_resume(stored(candidate).pk)
    links = {link.skill_id: link for link in CandidateSkill.objects.filter(candidate=candidate)}
    assert links[python.pk].source == SkillSource.DECLARED and links[python.pk].years == 3
    assert links[django.pk].source == SkillSource.PARSED
    assert inactive.pk not in links


def test_languages_do_not_overwrite_declared_ones(queued, fake_parse, skills):
    candidate = CandidateFactory()
    CandidateLanguage.objects.create(candidate=candidate, language="en", level="B2", source=SkillSource.DECLARED)
    tasks.parse_resume(stored(candidate).pk)
    languages = {language.language: language for language in candidate.languages.all()}
    assert (languages["en"].level, languages["en"].source) == ("B2", SkillSource.DECLARED)
    assert (languages["fr"].level, languages["fr"].source) == ("native", SkillSource.PARSED)


def test_search_finds_a_parsed_skill_and_the_text(queued, fake_parse, skills, recruiter):
    candidate = CandidateFactory(first_name="Zoé", last_name="Martin")
    tasks.parse_resume(stored(candidate).pk)
    assert list(selectors.candidate_list(user=recruiter, query="django")) == [candidate]
    SkillAliasFactory(skill=skills[0], alias="Py3k")  # unrelated; the taxonomy version moves
    assert list(selectors.candidate_list(user=recruiter, query="développeuse")) == [candidate]


def test_nul_characters_are_dropped(queued, fake_parse, skills):
    fake_parse["text"] = "Jeanne\x00 Dupont"
    fake_parse["result"]["basics"]["label"] = "Dev\x00"
    resume = stored()
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.text == "Jeanne Dupont" and resume.parsed["basics"]["label"] == "Dev"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jeanne Dupont", ("Jeanne", "Dupont")),
        ("DUPONT Jeanne", ("Jeanne", "Dupont")),
        ("Jeanne Marie DE LA TOUR", ("Jeanne Marie", "De La Tour")),
        ("Jeanne", ("Jeanne", "")),
        ("", ("", "")),
    ],
)
def test_split_name(name, expected):
    assert split_name(name) == expected


# --- End to end, with the real parser ------------------------------------------------------------------------


def test_end_to_end_real_docx(queued, recruiter_client):
    SkillFactory(slug="python", label_en="Python", label_fr="Python")
    candidate = CandidateFactory(first_name="", last_name="", email="", phone="", city="", country="")
    resume = stored(candidate, files.docx_cv(), "Jeanne.docx")
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PARSED, resume.failure_reason
    assert "Jeanne Dupont" in resume.text and resume.language == "fr"
    assert resume.parsed["meta"]["parser_version"]
    candidate.refresh_from_db()
    assert (candidate.first_name, candidate.last_name) == ("Jeanne", "Dupont")
    assert candidate.email == "jeanne.dupont@exemple.fr"
    assert candidate.skill_links.filter(skill__slug="python", source=SkillSource.PARSED).exists()
    content = recruiter_client.get(reverse("candidates:detail", args=[candidate.pk])).content.decode()
    assert "<pre" in content and "Jeanne Dupont" in content


def test_end_to_end_real_encrypted_pdf_fails_with_its_reason(queued):
    resume = stored(data=files.encrypted_pdf(), name="cv.pdf")
    tasks.parse_resume(resume.pk)
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.FAILED and resume.failure_code == "encrypted_pdf"


# --- The sweeper ---------------------------------------------------------------------------------------------


def test_sweeper_requeues_the_right_rows_only(queued, django_capture_on_commit_callbacks):
    now = timezone.now()
    long_ago = now - timedelta(minutes=30)
    pending_old = ResumeFactory(status=ResumeStatus.PENDING, status_changed_at=long_ago)
    ResumeFactory(status=ResumeStatus.PENDING, status_changed_at=now - timedelta(minutes=2))
    parsing_dead = ResumeFactory(status=ResumeStatus.PARSING, started_at=long_ago, attempts=1)
    parsing_exhausted = ResumeFactory(status=ResumeStatus.PARSING, started_at=long_ago, attempts=3)
    ResumeFactory(status=ResumeStatus.PARSING, started_at=now - timedelta(seconds=30), attempts=1)
    ResumeFactory(status=ResumeStatus.PARSED, status_changed_at=long_ago)
    ResumeFactory(status=ResumeStatus.FAILED, status_changed_at=long_ago)

    with django_capture_on_commit_callbacks(execute=True):
        counts = tasks.requeue_stuck_resumes()
    assert counts == {"pending": 1, "parsing": 1, "failed": 1}
    assert sorted(call.args[0] for call in queued.call_args_list) == sorted([pending_old.pk, parsing_dead.pk])
    parsing_exhausted.refresh_from_db()
    assert parsing_exhausted.status == ResumeStatus.FAILED and parsing_exhausted.failure_code == "worker_crashed"

    # The next sweep does not queue the same pending row again right away.
    queued.reset_mock()
    with django_capture_on_commit_callbacks(execute=True):
        counts = resumes_requeue_stuck()
    assert [call.args[0] for call in queued.call_args_list] == [parsing_dead.pk]


def test_beat_schedule_names_the_sweeper():
    assert tasks.BEAT_SCHEDULE["requeue-stuck-resumes"]["task"] == tasks.requeue_stuck_resumes.name


# --- The memory limit ----------------------------------------------------------------------------------------


def _current_megabytes() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmSize:"))
    return int(line.split()[1]) // 1024


def _allocate_under_limit():
    # The limit counts the whole address space: leave room above what this (forked) process already uses.
    conf.limit_address_space(_current_megabytes() + 200)
    try:
        block = bytearray(600 * 1024 * 1024)
    except MemoryError:
        os._exit(0)
    os._exit(1 if block else 2)


def test_memory_limit_turns_a_runaway_into_memory_error():
    child = multiprocessing.get_context("fork").Process(target=_allocate_under_limit)
    child.start()
    child.join(30)
    assert child.exitcode == 0


def test_worker_process_init_sets_the_limit(settings):
    settings.PARSING_MEMORY_LIMIT_MB = 0
    with mock.patch("resource.setrlimit") as setrlimit:
        tasks._limit_pool_child_memory()
    assert not setrlimit.called
    settings.PARSING_MEMORY_LIMIT_MB = 1024
    with mock.patch("resource.setrlimit") as setrlimit:
        tasks._limit_pool_child_memory()
    assert setrlimit.call_args.args[1][0] == 1024 * 1024 * 1024
