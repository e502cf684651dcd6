"""Writing what a job asks for: its requirements (skills from the taxonomy, languages with a CEFR level) and its
screening questions."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from candidates.models import Skill

from ..models import Job, JobLanguage, JobSkill, QuestionKind, ScreeningQuestion
from .jobs import JobError

CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
MAX_CHOICES = 30


@transaction.atomic
def job_requirements_set(
    *,
    job: Job,
    must_have: Iterable[Skill],
    nice_to_have: Iterable[Skill],
    languages: Iterable[tuple[str, str]],
) -> Job:
    """Replace the job's skill and language requirements. A skill named in both lists is a must-have."""
    required = {skill.pk: skill for skill in must_have}
    optional = {skill.pk: skill for skill in nice_to_have if skill.pk not in required}
    checked: dict[str, str] = {}
    for code, level in languages:
        code = code.strip().lower()
        level = level.strip().upper()
        if not code.isalpha() or not 2 <= len(code) <= 3:
            raise JobError(_("“%(code)s” is not a language code (e.g. en, fr).") % {"code": code}, field="languages")
        if level not in CEFR_LEVELS:
            raise JobError(
                _("“%(level)s” is not a CEFR level (A1 to C2).") % {"level": level or "—"}, field="languages"
            )
        checked[code] = level
    JobSkill.objects.filter(job=job).delete()
    JobSkill.objects.bulk_create(
        [JobSkill(job=job, skill_id=pk, required=True) for pk in required]
        + [JobSkill(job=job, skill_id=pk, required=False) for pk in optional]
    )
    JobLanguage.objects.filter(job=job).delete()
    JobLanguage.objects.bulk_create(
        [JobLanguage(job=job, language=code, level=level) for code, level in checked.items()]
    )
    return job


def _clean_choices(kind: str, choices: Iterable[str]) -> list[str]:
    if kind != QuestionKind.CHOICE:
        return []
    cleaned: list[str] = []
    for choice in choices:
        choice = choice.strip()[:200]
        if choice and choice not in cleaned:
            cleaned.append(choice)
    if len(cleaned) < 2:
        raise JobError(_("A choice question needs at least two answers, one per line."), field="choices")
    if len(cleaned) > MAX_CHOICES:
        raise JobError(_("A question offers %(limit)d answers at most.") % {"limit": MAX_CHOICES}, field="choices")
    return cleaned


@transaction.atomic
def question_save(
    *,
    job: Job,
    text: str,
    kind: QuestionKind | str,
    choices: Iterable[str] = (),
    required: bool = True,
    knockout_answer: str = "",
    question: ScreeningQuestion | None = None,
) -> ScreeningQuestion:
    """Add a screening question to the job, or change one of its questions. The answer that flags must be one
    the applicant can give (yes/no, or one of the choices)."""
    text = text.strip()
    kind = str(kind)
    if not text:
        raise JobError(_("Write the question."), field="text")
    if kind not in QuestionKind.values:
        raise JobError(_("Choose a kind of question."), field="kind")
    if question is not None and question.job_id != job.pk:
        raise JobError(_("This question belongs to another job."))
    cleaned = _clean_choices(kind, choices)
    knockout_answer = knockout_answer.strip()
    if knockout_answer:
        allowed: list[str] | None = (
            ["yes", "no"] if kind == QuestionKind.YES_NO else cleaned if kind == QuestionKind.CHOICE else None
        )
        if allowed is not None and knockout_answer not in allowed:
            raise JobError(
                _("The answer that flags must be one of: %(answers)s.") % {"answers": ", ".join(allowed)},
                field="knockout_answer",
            )
    if question is None:
        position = (job.questions.aggregate(last=Max("position"))["last"] or 0) + 1
        question = ScreeningQuestion(job=job, position=position)
    question.text = text[:300]
    question.kind = kind
    question.choices = cleaned
    question.required = required
    question.knockout_answer = knockout_answer[:200]
    question.save()
    return question


@transaction.atomic
def question_remove(*, question: ScreeningQuestion) -> None:
    """Remove a question. Answers already given stay on the applications (they are keyed by the question's id)."""
    question.delete()


@transaction.atomic
def question_move(*, question: ScreeningQuestion, direction: int) -> list[ScreeningQuestion]:
    """Move a question one place up (-1) or down (+1); positions are renumbered 0…n-1."""
    questions = list(ScreeningQuestion.objects.select_for_update().filter(job_id=question.job_id))
    questions.sort(key=lambda item: (item.position, item.pk))
    index = next(number for number, item in enumerate(questions) if item.pk == question.pk)
    target = index + direction
    if 0 <= target < len(questions):
        questions[index], questions[target] = questions[target], questions[index]
    for position, item in enumerate(questions):
        item.position = position
    ScreeningQuestion.objects.bulk_update(questions, ["position"])
    return questions
