from rest_framework import mixins, serializers, viewsets

from accounts.access import signed_in_api

from . import selectors
from .models import Candidate


class CandidateOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Candidate
        fields = ["id", "first_name", "last_name", "email", "phone", "city", "country", "created_at"]


@signed_in_api
class CandidateViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = CandidateOutputSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.candidate_list(user=self.request.user)
