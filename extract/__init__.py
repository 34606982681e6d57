"""Claimboard's extractor: paper abstracts in, typed benchmark claims out.

>>> from extract import extract_claims
>>> [(c.metric, c.value, c.dataset) for c in extract_claims("Our model reaches 1.78 FID on ImageNet 256x256.")]
[('FID', 1.78, 'ImageNet 256x256')]
"""
from extract.models import SPEC_FIELDS, Claim, Paper

__all__ = ["SPEC_FIELDS", "Claim", "Paper", "extract_claims", "extract_paper"]


def __getattr__(name: str):
    # The pipeline compiles every rule's patterns on import (over a second on a busy
    # machine), so it loads on first use: `import extract.sources` or `extract.vocab`
    # (the leaderboard page, which only reads) does not pay for it.
    if name in ("extract_claims", "extract_paper"):
        from extract import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
