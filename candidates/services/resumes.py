"""CVs: upload, parse (in a Celery worker), apply the result to the person, re-parse, sweep stuck ones.

The parse flow (shared/ARCHITECTURE.md, "Parse"): ``resume_upload`` stores the file and queues
``candidates.tasks.parse_resume`` after commit; the task calls ``resume_parse``, which marks the row, reads the
file, calls ``parsing``, stores the result and fills the *empty* fields of the person. Every step is safe to run
twice: the row is locked, and a row already parsed or failed is left alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import unicodedata
import weakref
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.core.files.uploadedfile import UploadedFile
from django.db import InterfaceError, OperationalError, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone, translation

from parsing.errors import ErrorCode, ParseError

from .. import conf
from ..models import (
    ActivityKind,
    Candidate,
    CandidateLanguage,
    CandidateSkill,
    CefrLevel,
    Resume,
    ResumeStatus,
    Skill,
    SkillSource,
)
from ..normalize import normalize_email, normalize_phone, parsed_links
from ..parsing_messages import (
    FILE_MISSING,
    PARSER_ERROR,
    TIMEOUT,
    TOO_COMPLEX,
    WORKER_CRASHED,
    failure_message,
)
from ..selectors import candidate_find_duplicate
from ..signals import resume_parsed
from . import _lock_identity, activity_record, candidate_refresh_search_document

logger = logging.getLogger(__name__)

# Parse runs a resume may start. One that kills its worker is redelivered (acks_late) and counted again; past
# this it is recorded as failed ("worker_crashed") instead of taking worker after worker down.
MAX_PARSE_ATTEMPTS = 3
# A "parsing" row whose run started longer ago than the hard time limit plus this is abandoned (its worker died).
STALE_MARGIN = timedelta(seconds=60)
# The sweeper queues at most this many resumes per run: a backlog drains over a few runs, never in one flood.
SWEEP_BATCH = 500
MAX_TEXT_LENGTH = 500_000
# Failures worth retrying later (storage or database unavailable); anything else about a file is final.
TRANSIENT_ERRORS: tuple[type[Exception], ...] = (OSError, OperationalError, InterfaceError)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "text": "text/plain",
}
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "rtf": ".rtf", "text": ".txt"}
EXTENSION_OF_CONTENT_TYPE = {CONTENT_TYPES[kind]: extension for kind, extension in EXTENSIONS.items()}
ACCEPTED_EXTENSIONS = (".pdf", ".docx", ".odt", ".rtf", ".txt")


class ResumeError(ValueError):
    """An upload refused for a reason the uploader can act on. ``code`` is stable (``parsing.ErrorCode`` values
    and ``too_large``); ``message`` is translated."""

    def __init__(self, code: str, message: str | None = None) -> None:
        self.code = code
        self.message = message or failure_message(code)
        super().__init__(self.message)


def safe_filename(name: str) -> str:
    """The base name of an uploaded file, without directories, control characters or quotes, at most 255
    characters (kept for display and download only: storage keys are generated)."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    cleaned = "".join(
        character for character in unicodedata.normalize("NFC", base) if unicodedata.category(character)[0] != "C"
    )
    cleaned = cleaned.replace('"', "").strip(" .")
    if len(cleaned) > 255:
        stem, dot, extension = cleaned.rpartition(".")
        cleaned = f"{stem[: 250 - len(extension)]}.{extension}" if dot and len(extension) <= 10 else cleaned[:255]
    return cleaned


def _read_upload(uploaded_file: UploadedFile, max_bytes: int) -> bytes:
    if uploaded_file.size is not None and uploaded_file.size > max_bytes:
        raise ResumeError(str(ErrorCode.TOO_LARGE), _too_large_message(max_bytes))
    chunks = []
    total = 0
    for chunk in uploaded_file.chunks():
        total += len(chunk)
        if total > max_bytes:
            raise ResumeError(str(ErrorCode.TOO_LARGE), _too_large_message(max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large_message(max_bytes: int) -> str:
    from django.utils.translation import gettext

    return gettext("The file is too large: the limit is %(size)d MB.") % {"size": max_bytes // (1024 * 1024)}


def _queue_parse(resume_id: int) -> None:
    """Send the parse task. A broker that is down must not fail the upload (the data is committed): the row stays
    ``pending`` and the sweeper queues it again."""
    from ..tasks import queue_parse

    try:
        queue_parse(resume_id)
    except Exception:  # the broker's own errors vary by transport (redis, amqp, connection refused…)
        logger.warning("Could not queue the parsing of resume %s; the sweeper will retry", resume_id, exc_info=True)


def _make_current(resume: Resume) -> None:
    Resume.objects.filter(candidate_id=resume.candidate_id, is_current=True).exclude(pk=resume.pk).update(
        is_current=False
    )
    if not resume.is_current:
        resume.is_current = True
        resume.save(update_fields=["is_current"])


def _delete_uncommitted(storage: Storage, name: str, state: dict[str, bool]) -> None:
    if state["committed"]:
        return
    try:
        storage.delete(name)
    except Exception:  # storage unreachable: log it, never mask the error that caused the rollback
        logger.warning("Could not delete %s, stored by a transaction that rolled back", name, exc_info=True)


class _FileKeeper:
    """The on-commit callback of a file stored inside a transaction: deletes the file when the transaction (or the
    savepoint it was registered in) rolls back, keeps it when it commits.

    Django has no rollback hook (its documentation says why), but it drops the callbacks registered in a rolled
    back transaction or savepoint: ``connection.rollback()`` empties ``run_on_commit`` and ``savepoint_rollback()``
    filters it. The callback list is the only holder of this object, so when Django drops it, CPython frees it at
    once (reference counting) and its finalizer runs: that is the rollback hook. On commit Django calls the object
    first, which marks the file committed, so the finalizer then does nothing. Callers must not keep a reference
    (a local variable would keep it alive in a traceback's frame)."""

    def __init__(self, storage: Storage, name: str) -> None:
        self._state = {"committed": False}
        weakref.finalize(self, _delete_uncommitted, storage, name, self._state)

    def __call__(self) -> None:
        self._state["committed"] = True


@transaction.atomic
def resume_upload(
    *,
    candidate: Candidate,
    uploaded_file: UploadedFile | None = None,
    data: bytes | None = None,
    filename: str = "",
    uploaded_by: Any = None,
) -> Resume:
    """Store a CV for ``candidate`` and queue its parsing after commit; it becomes the current CV.

    The file is checked first (size, then type from its content), so the uploader learns at once that it cannot
    be read and nothing is stored. The same file sent again for the same person returns the resume already
    stored (made current again), without a new row or a new parse."""
    max_bytes = conf.cv_max_bytes()
    if uploaded_file is not None:
        filename = filename or uploaded_file.name or ""
        data = _read_upload(uploaded_file, max_bytes)
    if data is None:
        raise TypeError("resume_upload needs uploaded_file or data")
    if len(data) > max_bytes:
        raise ResumeError(str(ErrorCode.TOO_LARGE), _too_large_message(max_bytes))
    from parsing.detect import detect_type

    try:
        kind = detect_type(data, filename, limits=conf.parsing_limits())
    except ParseError as error:
        raise ResumeError(str(error.code)) from error

    digest = hashlib.sha256(data).hexdigest()
    # Serializes uploads for one person: the "one current CV" and "one row per file" rules hold under races.
    Candidate.objects.select_for_update().only("pk").get(pk=candidate.pk)
    existing = Resume.objects.filter(candidate_id=candidate.pk, sha256=digest).first()
    if existing is not None:
        if not existing.is_current:
            _make_current(existing)
            candidate_refresh_search_document(candidate=candidate)
        existing.already_stored = True
        return existing

    Resume.objects.filter(candidate_id=candidate.pk, is_current=True).update(is_current=False)
    now = timezone.now()
    resume = Resume(
        candidate=candidate,
        original_filename=safe_filename(filename) or f"cv{EXTENSIONS[kind]}",
        sha256=digest,
        content_type=CONTENT_TYPES[kind],
        size=len(data),
        status=ResumeStatus.PENDING,
        is_current=True,
        uploaded_by=uploaded_by if getattr(uploaded_by, "is_authenticated", False) else None,
        created_at=now,
        status_changed_at=now,
    )
    # upload_to generates the storage key; the name given here is ignored.
    resume.file.save("cv", ContentFile(data), save=False)
    stored_name = resume.file.name
    assert stored_name  # FieldFile.save always names the file
    # From here on, a rollback of this block or of any transaction around it (the caller's apply flow failing
    # after this returned) deletes the stored file; a commit keeps it. Not kept in a local: see _FileKeeper.
    transaction.on_commit(_FileKeeper(resume.file.storage, stored_name))
    resume.save()
    activity_record(
        candidate=candidate,
        kind=ActivityKind.RESUME_UPLOADED,
        actor=uploaded_by,
        payload={"resume_id": resume.pk, "filename": resume.original_filename},
        occurred_at=now,
    )
    candidate_refresh_search_document(candidate=candidate)
    transaction.on_commit(partial(_queue_parse, resume.pk))
    return resume


@transaction.atomic
def resume_reparse(*, resume: Resume, actor: Any = None) -> Resume:
    """Read the CV again (after a parser or taxonomy update, or a failure worth retrying)."""
    locked = Resume.objects.select_for_update().get(pk=resume.pk)
    locked.status = ResumeStatus.PENDING
    locked.attempts = 0
    locked.started_at = None
    locked.failure_code = ""
    locked.failure_reason = ""
    locked.status_changed_at = timezone.now()
    locked.save(
        update_fields=["status", "attempts", "started_at", "failure_code", "failure_reason", "status_changed_at"]
    )
    transaction.on_commit(partial(_queue_parse, locked.pk))
    return locked


# --- The parse task's service --------------------------------------------------------------------------------


def parse_document(data: bytes, filename: str) -> tuple[dict[str, Any], str]:
    """The parser's result (JSON Resume + ``meta``) and the document's text (stored for search). Raises
    ``parsing.ParseError``."""
    from parsing.pipeline import parse_resume_with_text

    from ..taxonomy import current_taxonomy

    return parse_resume_with_text(data, filename, current_taxonomy(), limits=conf.parsing_limits())


def _without_nul(value: Any) -> Any:
    """PostgreSQL stores no NUL character, in text or in jsonb; a hostile file may hold some."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    return json.loads(json.dumps(value).replace("\\u0000", ""))


def _stale_before(now: Any) -> Any:
    return now - timedelta(seconds=conf.time_limit()) - STALE_MARGIN


def _record_failure(resume: Resume, code: str) -> None:
    """Mark a locked resume failed, with a timeline entry. The reason is stored in English (logs, admin) and
    shown translated from its code."""
    now = timezone.now()
    resume.status = ResumeStatus.FAILED
    resume.failure_code = code
    with translation.override("en"):
        resume.failure_reason = failure_message(code)
    resume.status_changed_at = now
    resume.save(update_fields=["status", "failure_code", "failure_reason", "status_changed_at"])
    activity_record(
        candidate=resume.candidate,
        kind=ActivityKind.RESUME_FAILED,
        payload={"resume_id": resume.pk, "code": code},
        occurred_at=now,
    )


@transaction.atomic
def _resume_start(resume_id: int) -> Resume | None:
    """Claim the resume for one run, or None when there is nothing to do."""
    resume = Resume.objects.select_for_update().select_related("candidate").filter(pk=resume_id).first()
    if resume is None or resume.is_final:
        return None
    now = timezone.now()
    if resume.status == ResumeStatus.PARSING and resume.started_at and resume.started_at > _stale_before(now):
        return None  # another worker is reading it right now
    resume.attempts += 1
    if resume.attempts > MAX_PARSE_ATTEMPTS:
        resume.save(update_fields=["attempts"])
        _record_failure(resume, WORKER_CRASHED)
        return None
    resume.status = ResumeStatus.PARSING
    resume.started_at = now
    resume.status_changed_at = now
    resume.save(update_fields=["attempts", "status", "started_at", "status_changed_at"])
    return resume


@transaction.atomic
def _resume_fail(resume_id: int, code: str) -> Resume | None:
    resume = Resume.objects.select_for_update().select_related("candidate").filter(pk=resume_id).first()
    if resume is None or resume.is_final:
        return resume
    _record_failure(resume, code)
    return resume


def _resume_release(resume_id: int) -> None:
    """Give a claimed run back after a transient error (the task retries it): the attempt does not count."""
    try:
        Resume.objects.filter(pk=resume_id, status=ResumeStatus.PARSING).update(
            status=ResumeStatus.PENDING,
            attempts=Greatest(F("attempts") - 1, 0),
            started_at=None,
            status_changed_at=timezone.now(),
        )
    except Exception:  # the database may be what failed; the attempt then counts, which is safe
        logger.warning("Could not release resume %s after a transient error", resume_id, exc_info=True)


@transaction.atomic
def _resume_store(resume_id: int, result: dict[str, Any], text: str) -> Resume | None:
    resume = Resume.objects.select_for_update().select_related("candidate").filter(pk=resume_id).first()
    if resume is None or resume.is_final:
        return resume  # another run finished first
    result = _without_nul(result)
    meta = result.get("meta") or {}
    now = timezone.now()
    resume.text = _without_nul(text)[:MAX_TEXT_LENGTH]
    resume.parsed = result
    resume.language = str(meta.get("language") or "")[:8]
    resume.parser_version = str(meta.get("parser_version") or "")[:40]
    resume.timings = meta.get("timings_ms") or {}
    resume.confidence = meta.get("confidence") or {}
    resume.protected_attributes = list(meta.get("protected_attributes_found") or [])
    resume.status = ResumeStatus.PARSED
    resume.failure_code = ""
    resume.failure_reason = ""
    resume.parsed_at = now
    resume.status_changed_at = now
    resume.save()
    applied: dict[str, Any] = {}
    if resume.is_current:
        applied = candidate_apply_parsed(candidate=resume.candidate, resume=resume)
    candidate_refresh_search_document(candidate=resume.candidate)
    activity_record(
        candidate=resume.candidate,
        kind=ActivityKind.RESUME_PARSED,
        payload={"resume_id": resume.pk, **applied},
        occurred_at=now,
    )
    transaction.on_commit(partial(resume_parsed.send, sender=Resume, resume_id=resume.pk))
    return resume


def resume_parse(*, resume_id: int) -> Resume | None:
    """Read a stored CV and apply the result. Returns the resume (None when it is gone or was not claimed).

    Bad input becomes a recorded failure with a reason; only transient errors (storage, database) propagate, for
    the task to retry."""
    resume = _resume_start(resume_id)
    if resume is None:
        return None
    try:
        try:
            with resume.file.open("rb") as handle:
                data = handle.read()
        except FileNotFoundError:
            return _resume_fail(resume_id, FILE_MISSING)
        except TRANSIENT_ERRORS:
            _resume_release(resume_id)
            raise
        filename = resume.original_filename or f"cv{EXTENSION_OF_CONTENT_TYPE.get(resume.content_type, '')}"
        try:
            result, text = parse_document(data, filename)
        except ParseError as error:  # the file itself: damaged, protected, empty… (never a time limit or a bug)
            return _resume_fail(resume_id, str(error.code))
        except (MemoryError, RecursionError):
            return _resume_fail(resume_id, TOO_COMPLEX)
        except SoftTimeLimitExceeded:
            raise
        except Exception:  # a parser bug must become a recorded failure, not a retry loop
            logger.exception("The parser failed on resume %s", resume_id)
            return _resume_fail(resume_id, PARSER_ERROR)
        try:
            return _resume_store(resume_id, result, text)
        except TRANSIENT_ERRORS:
            _resume_release(resume_id)
            raise
    except SoftTimeLimitExceeded:
        return _resume_fail(resume_id, TIMEOUT)


def resume_fail_stuck(*, resume_id: int) -> Resume | None:
    """Record a resume as failed after too many runs that never finished (used by the sweeper)."""
    return _resume_fail(resume_id, WORKER_CRASHED)


# --- Applying a parse to the person --------------------------------------------------------------------------


def split_name(name: str) -> tuple[str, str]:
    """("Jeanne", "Dupont") from "Jeanne Dupont", "DUPONT Jeanne" or "Jeanne DUPONT": a word in capitals is the
    family name (a French habit); otherwise the first word is the given name."""
    words = name.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    capitals = [word for word in words if len(word) > 1 and word.isupper()]
    if capitals and len(capitals) < len(words):
        last = " ".join(word for word in words if word in capitals)
        first = " ".join(word for word in words if word not in capitals)
        return first, last.title() if last.isupper() else last
    return words[0], " ".join(words[1:])


def _current_job(work: list[Any]) -> dict[str, Any]:
    for item in work:
        if isinstance(item, dict) and not item.get("endDate") and (item.get("position") or item.get("name")):
            return item
    return {}


def _years(value: Any) -> Decimal | None:
    try:
        years = Decimal(str(value)).quantize(Decimal("0.1"))
    except (InvalidOperation, TypeError, ValueError):
        return None
    return years if Decimal(0) <= years < Decimal(100) else None


def _text(value: Any, length: int) -> str:
    return " ".join(str(value or "").split())[:length]


def candidate_apply_parsed(*, candidate: Candidate, resume: Resume) -> dict[str, Any]:
    """Fill the person's *empty* fields from a parsed CV, link the skills and languages it names.

    Never overwrites what a person entered: a filled field stays as it is, an e-mail or phone that belongs to
    somebody else is not taken, a skill or language declared by the candidate or a recruiter keeps its source
    and level. Returns what was applied (for the timeline)."""
    locked = Candidate.objects.select_for_update().get(pk=candidate.pk)
    if locked.is_anonymized:
        return {}
    parsed = resume.parsed or {}
    basics = parsed.get("basics") or {}
    meta = parsed.get("meta") or {}
    location = basics.get("location") or {}
    job = _current_job(parsed.get("work") or [])

    first_name, last_name = split_name(_text(basics.get("name"), 300))
    country = _text(location.get("countryCode"), 2).upper()
    candidates: dict[str, Any] = {
        "first_name": first_name[:150],
        "last_name": last_name[:150],
        "city": _text(location.get("city"), 120),
        "country": country if country.isalpha() and len(country) == 2 else "",
        "headline": _text(basics.get("label"), 255),
        "current_title": _text(job.get("position"), 200),
        "current_employer": _text(job.get("name"), 200),
        "years_experience": _years(meta.get("years_experience")),
        # The CV's language is a good guess for the language to write to the person in (they can change it).
        "preferred_language": language if (language := str(resume.language or "")[:2]) in ("fr", "en") else "",
    }
    email = normalize_email(_text(basics.get("email"), 254))
    if email and not locked.email and "@" in email:
        _lock_identity(email=email, phone="")
        if candidate_find_duplicate(email=email, exclude_pk=locked.pk) is None:
            candidates["email"] = email
    phone = normalize_phone(
        _text(basics.get("phone"), 40), default_region=locked.country or candidates["country"] or "FR"
    )
    if phone and not locked.phone:
        _lock_identity(email="", phone=phone)
        if candidate_find_duplicate(phone=phone, exclude_pk=locked.pk) is None:
            candidates["phone"] = phone

    filled = [
        name for name, value in candidates.items() if value not in ("", None) and getattr(locked, name) in ("", None)
    ]
    for name in filled:
        setattr(locked, name, candidates[name])
    links = parsed_links(basics)
    if links and not locked.links:
        locked.links = links  # LinkedIn, GitHub, a portfolio: only when the person has none yet, like the rest
        filled.append("links")
    if filled:
        locked.save(update_fields=[*filled, "updated_at"])

    keys = [str(item.get("key")) for item in meta.get("skills") or [] if isinstance(item, dict) and item.get("key")]
    skill_ids = list(Skill.objects.filter(slug__in=keys, is_active=True).values_list("pk", flat=True))
    linked = set(
        CandidateSkill.objects.filter(candidate=locked, skill_id__in=skill_ids).values_list("skill_id", flat=True)
    )
    new_links = [
        CandidateSkill(candidate=locked, skill_id=skill_id, source=SkillSource.PARSED)
        for skill_id in skill_ids
        if skill_id not in linked
    ]
    # ignore_conflicts: a link added meanwhile (declared, recruiter) keeps its source.
    CandidateSkill.objects.bulk_create(new_links, ignore_conflicts=True)

    languages_added = 0
    existing = {language.language: language for language in CandidateLanguage.objects.filter(candidate=locked)}
    for item in meta.get("languages") or []:
        if not isinstance(item, dict):
            continue
        code = _text(item.get("code"), 8).lower()
        level = str(item.get("level") or "")
        level = level if level in CefrLevel.values else ""
        if not code:
            continue
        known = existing.get(code)
        if known is None:
            existing[code] = CandidateLanguage.objects.create(
                candidate=locked, language=code, level=level, source=SkillSource.PARSED
            )
            languages_added += 1
        elif known.source == SkillSource.PARSED and level and not known.level:
            known.level = level
            known.save(update_fields=["level"])
    return {"fields": filled, "skills_added": len(new_links), "languages_added": languages_added}


# --- The sweeper ---------------------------------------------------------------------------------------------


def resumes_requeue_stuck(*, now: Any = None) -> dict[str, int]:
    """Queue again the resumes left ``pending`` for RESUME_STUCK_MINUTES (the broker was down at upload) and those
    left ``parsing`` past the hard time limit (their worker died). One that already used its attempts is recorded
    as failed instead. Returns counts."""
    now = now or timezone.now()
    pending_before = now - timedelta(minutes=conf.stuck_minutes())
    pending = list(
        Resume.objects.filter(status=ResumeStatus.PENDING, status_changed_at__lt=pending_before)
        .order_by("status_changed_at")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )
    stale = list(
        Resume.objects.filter(status=ResumeStatus.PARSING, started_at__lt=_stale_before(now))
        .order_by("started_at")
        .values_list("pk", "attempts")[:SWEEP_BATCH]
    )
    failed = 0
    requeued = []
    for pk, attempts in stale:
        if attempts >= MAX_PARSE_ATTEMPTS:
            failed += 1
            resume_fail_stuck(resume_id=pk)
        else:
            requeued.append(pk)
    requeued.extend(pending)
    if requeued:
        with transaction.atomic():
            # Moving status_changed_at forward means the next sweep waits again before re-queueing the same row.
            Resume.objects.filter(pk__in=pending).update(status_changed_at=now)
            for pk in requeued:
                transaction.on_commit(partial(_queue_parse, pk))
    return {"pending": len(pending), "parsing": len(requeued) - len(pending), "failed": failed}
