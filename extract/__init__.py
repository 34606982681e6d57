"""Claimboard's extractor: paper abstracts in, typed benchmark claims out.

>>> from extract import extract_claims
>>> [(c.metric, c.value, c.dataset) for c in extract_claims("Our model reaches 1.78 FID on ImageNet 256x256.")]
[('FID', 1.78, 'ImageNet 256x256')]
"""
from extract.models import SPEC_FIELDS, Claim, Paper
from extract.pipeline import extract_claims, extract_paper

__all__ = ["SPEC_FIELDS", "Claim", "Paper", "extract_claims", "extract_paper"]
