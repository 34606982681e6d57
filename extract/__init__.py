"""Claimboard's extractor: paper abstracts in, typed benchmark claims out.

>>> from extract import extract_claims
>>> [(c.metric, c.value, c.dataset) for c in extract_claims("Our model reaches 1.78 FID on ImageNet 256x256.")]
[('FID', 1.78, 'ImageNet 256x256')]
"""
from extract.records import SPEC_FIELDS

__all__ = ["SPEC_FIELDS", "Claim", "Paper", "extract_claims", "extract_paper"]


def __getattr__(name: str):
    # The pipeline compiles every rule's patterns on import (over a second on a busy
    # machine), so it loads on first use: `import extract.sources` or `extract.vocab`
    # (the leaderboard page, which only reads) does not pay for it.
    if name in ("extract_claims", "extract_paper"):
        from extract import pipeline
        return getattr(pipeline, name)
    if name in ("Claim", "Paper"):
        # pydantic's models load on first use: `python -m extract` writes plain records
        # (extract.records) and never imports pydantic.
        from extract import models
        return getattr(models, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
