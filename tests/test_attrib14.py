"""attrib14: a metric's name written right before its value is not a system.

The claims' metrics in these made-up abstracts are not what is tested (the second metric
is unknown to the vocabulary, so its value carries the first one's): only the model is,
which is why these cases live here rather than in tests/corpus/ (whose cases match on the
metric too)."""
from extract import extract_claims


def _model_of(text: str, value: float) -> str | None:
    claims = [c for c in extract_claims(text, "case", "") if c.value == value]
    assert len(claims) == 1, claims
    return claims[0].model


def test_a_measure_the_abstract_defines_is_no_system():
    # "Integral Absolute Error (IAE): 3.912 ... and IAE: 1.623": IAE is the measure, the
    # number the paper's system's
    text = ("We propose StableQuad, a learned recovery controller. StableQuad records the lowest "
            "tracking errors (Integrated Squared Error (ISE): 2.41 in hover and ISE: 0.87 in gusts).")
    assert _model_of(text, 0.87) == "StableQuad"


def test_a_name_after_a_known_metrics_value_in_a_list_is_a_metric():
    # "FID 3.49 and KDD 0.319": the list's items are metrics and their values
    text = ("We present LiteGen, a compact diffusion transformer. LiteGen achieves FID 2.91 and "
            "KNN 0.412 on ImageNet-256 with a small budget.")
    assert _model_of(text, 0.412) == "LiteGen"


# Must-keep cases (a system after another system's value, an acronym defined as a system)
# are in tests/corpus/attrib14.jsonl.
