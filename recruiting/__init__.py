# Deliberately empty: importing `recruiting` (as `python -m recruiting.launcher` does) must have no side effects.
# The Celery app is loaded when Django starts (RecruitingConfig.ready) and found by `celery -A recruiting`.
