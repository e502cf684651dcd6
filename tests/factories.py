from __future__ import annotations

import factory
from factory.django import DjangoModelFactory

from accounts.models import Role, Team, User
from candidates.models import Activity, ActivityKind, Candidate, Skill, SkillAlias, Tag
from candidates.normalize import fold

PASSWORD = "correct-horse-battery-42"


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    first_name = factory.Faker("first_name", locale="fr_FR")
    last_name = factory.Faker("last_name", locale="fr_FR")
    role = Role.RECRUITER
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save_password(obj, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.save(update_fields=["password"])


class AdminFactory(UserFactory):
    role = Role.ADMIN
    is_staff = True
    is_superuser = True


class RecruiterFactory(UserFactory):
    role = Role.RECRUITER


class HiringManagerFactory(UserFactory):
    role = Role.HIRING_MANAGER


class TagFactory(DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ("normalized",)

    name = factory.Sequence(lambda n: f"tag{n}")
    normalized = factory.LazyAttribute(lambda o: fold(o.name))


class SkillFactory(DjangoModelFactory):
    class Meta:
        model = Skill
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"skill-{n}")
    label_en = factory.Sequence(lambda n: f"Skill {n}")
    label_fr = factory.Sequence(lambda n: f"Compétence {n}")


class SkillAliasFactory(DjangoModelFactory):
    class Meta:
        model = SkillAlias

    skill = factory.SubFactory(SkillFactory)
    alias = factory.Sequence(lambda n: f"alias {n}")
    normalized = factory.LazyAttribute(lambda o: fold(o.alias))


class CandidateFactory(DjangoModelFactory):
    class Meta:
        model = Candidate

    first_name = factory.Faker("first_name", locale="fr_FR")
    last_name = factory.Faker("last_name", locale="fr_FR")
    email = factory.Sequence(lambda n: f"candidate{n}@example.org")
    phone = factory.Sequence(lambda n: f"+336{n:08d}")
    city = "Lyon"
    country = "FR"


class ActivityFactory(DjangoModelFactory):
    class Meta:
        model = Activity

    candidate = factory.SubFactory(CandidateFactory)
    kind = ActivityKind.NOTE
    payload = factory.LazyFunction(lambda: {"text": "Note"})
