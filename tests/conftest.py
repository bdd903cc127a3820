"""Hypothesis profiles: ``ci`` (derandomized, bounded; the default) and ``long`` (random, many
examples), chosen with the environment variable ``AMEND_HYPOTHESIS_PROFILE``."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", derandomize=True, max_examples=150, deadline=None,
    suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.register_profile(
    "long", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("AMEND_HYPOTHESIS_PROFILE", "ci"))
