"""Scoring extraction against hand-labelled fixtures, with the spec's rules."""
from __future__ import annotations

import json

import pytest

from extract.sources import default_corpus_path, read_path, seed_fixtures_path
from leaderboard.validate import (
    UnusableInput,
    format_report,
    load_gold,
    load_labels,
    normalise_name,
    run_validate,
    score,
    validate,
)


def claim(paper="p", metric="FID", kind="score", value=1.0, value_max=None, dataset=None, model=None, baseline=None):
    return {"paper": paper, "metric": metric, "kind": kind, "value": value, "value_max": value_max,
            "dataset": dataset, "model": model, "baseline": baseline, "text": str(value)}


def test_values_within_half_a_percent_match_and_each_label_matches_once():
    gold = [claim(value=1.78), claim(value=1.78)]
    predicted = [claim(value=1.785), claim(value=1.79), claim(value=1.78, paper="other")]
    report = score(predicted, gold)
    assert (report.claims.true_positives, report.claims.predicted, report.claims.gold) == (1, 3, 2)
    assert round(report.claims.f1, 3) == round(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 3)


def test_metric_names_compare_case_insensitively_and_ranges_need_both_ends():
    gold = [claim(metric="mIoU", value=5, value_max=10, kind="ratio")]
    assert score([claim(metric="miou", value=5, value_max=10, kind="ratio")], gold).claims.true_positives == 1
    assert score([claim(metric="mIoU", value=5, kind="ratio")], gold).claims.true_positives == 0


def test_rows_need_dataset_and_model_and_only_scores_and_params_are_rows():
    gold = [claim(dataset="ImageNet 256x256", model="xAR-H", value=1.24), claim(kind="delta", value=0.4, baseline="VAR")]
    predicted = [claim(dataset="ImageNet-256", model="xar h", value=1.24), claim(kind="delta", value=0.4, baseline="LDM")]
    report = score(predicted, gold)
    assert (report.rows.true_positives, report.rows.predicted, report.rows.gold) == (1, 1, 1)
    assert report.agreement["baseline"] == [1, 2]
    assert len(report.misattributed) == 1
    wrong = score([claim(dataset="ImageNet 512x512", model="xAR-H", value=1.24)], gold[:1])
    assert wrong.rows.true_positives == 0 and wrong.claims.true_positives == 1


def test_matching_on_paper_and_value_alone_is_a_diagnostic_beside_the_spec_score():
    """`by_metric=False` (tests/bench/naming_gap.py) pairs a claim found under another name;
    the spec's score does not, and a different value or paper still never matches."""
    gold = [claim(metric="latency", kind="relative", value=60), claim(metric="FID", value=2.1, dataset="D", model="M")]
    predicted = [claim(metric="overtaking time", kind="relative", value=60),
                 claim(metric="IS", value=2.1, dataset="D", model="M"), claim(metric="FID", value=3.0)]
    spec, by_value = score(predicted, gold), score(predicted, gold, by_metric=False)
    assert (spec.claims.true_positives, spec.rows.true_positives) == (0, 0)
    assert (by_value.claims.true_positives, by_value.rows.true_positives) == (2, 1)
    assert [c["metric"] for c in by_value.extra] == ["FID"]
    assert score([claim(metric="IS", value=2.1, paper="other")], gold, by_metric=False).claims.true_positives == 0


def test_names_normalise_like_the_spec():
    assert normalise_name("ImageNet 256x256") == normalise_name("ImageNet-256") == "imagenet256"
    assert normalise_name("DiT-XL") == normalise_name("dit xl")
    assert normalise_name(None) == ""


def test_report_lists_missed_extra_and_misattributed_with_sentences():
    gold = [claim(value=2.0), claim(value=3.0, model="A")]
    predicted = [claim(value=3.0, model="B") | {"sentence": "B gets 3.0 FID.", "rule": "r"}, claim(value=9.0) | {"sentence": "9 FID.", "rule": "r"}]
    text = format_report(score(predicted, gold))
    assert "missed (1)" in text and "extra (1)" in text and "mis-attributed (1)" in text
    assert '"9 FID."' in text and "model: got 'B', want 'A'" in text
    assert text.rstrip().splitlines()[-1].startswith("FAIL")


def test_seed_fixtures_pass_the_thresholds():
    papers = [p for p in read_path(default_corpus_path())]
    report = validate(papers, seed_fixtures_path())
    assert len(load_gold(seed_fixtures_path())) == 62
    # The thresholds are 0.95 / 0.90; the seed is at 1.000 / 1.000, and a round once
    # cost it one row (0.966) unseen under those thresholds: held at one row of slack.
    assert report.claims.f1 >= 0.95, format_report(report)
    assert report.rows.f1 >= 0.96, format_report(report)
    assert not report.unknown_papers
    for field, (agree, total) in report.agreement.items():  # attribution, not only numbers
        assert agree >= 0.95 * total, f"{field}: {agree}/{total}\n" + format_report(report)


def test_run_validate_reads_sources_and_says_pass():
    text, passed = run_validate([str(default_corpus_path())], str(seed_fixtures_path()))
    assert passed and text.rstrip().splitlines()[-1].startswith("PASS")


@pytest.mark.parametrize(("papers_file", "gold_file", "claim_floor", "row_floor"), [
    # real: 60 real arXiv abstracts (raw LaTeX and all), 260 claims labelled against the
    # spec; the measure of the extractor. First contact: claim F1 0.704, row F1 0.394;
    # after the source forms, phrasing families and attribution: 0.886 and 0.669;
    # after the metric vocabulary and the row classes: 0.940 and 0.874; 0.960 / 0.884
    # after round 10. One claim and one row of slack.
    ("fixtures/real_papers.jsonl", "real_gold.jsonl", 0.95, 0.87),
    # holdout: 25 real arXiv abstracts drawn at random and labelled blind (47 claims, 14
    # rows; data/fixtures/HOLDOUT_README.md). First contact: claim F1 0.658, row F1 0.500
    # (no label fixes). No longer blind: the recall round read its misses to find the
    # phrasing families (docs/extraction.md), after which 0.935 / 0.857. One claim and
    # one row of slack.
    ("fixtures/holdout_papers.jsonl", "holdout_gold.jsonl", 0.94, 0.78),
    # holdout2 and holdout3: 35 and 30 real abstracts labelled blind (88 and 63 claims;
    # HOLDOUT2_README.md, HOLDOUT3_README.md). First contact: 0.750 / 0.306 and 0.679 /
    # 0.552. No longer blind: the values and attrib rounds read their errors, after which
    # 0.901 / 0.636 and 0.876 / 0.762; holdout2 0.942 / 0.636 after recall9. One claim
    # and one row of slack each.
    ("fixtures/holdout2_papers.jsonl", "holdout2_gold.jsonl", 0.93, 0.65),
    ("fixtures/holdout3_papers.jsonl", "holdout3_gold.jsonl", 0.91, 0.81),
    # holdout4-7: 30, 30, 30 and 25 real abstracts labelled blind (HOLDOUT4-7_README.md).
    # First contact 0.692 / 0.478, 0.705 / 0.476, 0.577 / 0.326, 0.818 / 0.683. No longer
    # blind: the recall9 round read their errors, after which 0.752 / 0.542, 0.847 /
    # 0.542, 0.676 / 0.432 and 0.955 / 0.878; after round 10 (numbers10, attrib10, which read
    # them too) 0.793 / 0.627, 0.847 / 0.625, 0.694 / 0.477 and 0.966 / 0.927, holdout3 0.900 /
    # 0.806; after recall11 holdout4 0.811, holdout5 0.883, holdout7 0.977 claim F1; after
    # rounds 12-13 (which read them too) holdout3 0.917 / 0.839, holdout4 0.839 / 0.692,
    # holdout5 0.893 / 0.653, holdout6 0.743 / 0.522; after rounds 15-16 holdout4 0.860 /
    # 0.692, holdout5 0.893 / 0.776, holdout7 0.989 / 0.927, holdout3 0.909 / 0.825 (its
    # floor kept: recall15's contested "2mm ... accuracies"); after naming17 holdout4 0.877,
    # holdout6 0.757 claim F1; after round 18 holdout3 0.934 / 0.844, holdout4 0.887 / 0.679
    # (a right new claim lost a row to attribution; its floor kept); after precision20 (round
    # 20) holdout5 0.911 / 0.816, holdout6 0.770 / 0.543; after recall21 (round 21) holdout6
    # 0.787 / 0.532 (its row floor kept). One claim and one row of slack.
    ("fixtures/holdout4_papers.jsonl", "holdout4_gold.jsonl", 0.86, 0.65),
    ("fixtures/holdout5_papers.jsonl", "holdout5_gold.jsonl", 0.89, 0.77),
    ("fixtures/holdout6_papers.jsonl", "holdout6_gold.jsonl", 0.77, 0.52),
    ("fixtures/holdout7_papers.jsonl", "holdout7_gold.jsonl", 0.96, 0.87),
    # holdout8: 26 real abstracts, near-blind (pool positions; HOLDOUT8_README.md). First
    # contact 0.646 / 0.300, unchanged by round 10; 0.708 / 0.400 after recall11, which read
    # its errors; 0.800 / 0.609 after rounds 12-13, which read them too; 0.845 / 0.783 after
    # rounds 15-16; 0.861 / 0.783 after recall23 (round 22).
    ("fixtures/holdout8_papers.jsonl", "holdout8_gold.jsonl", 0.83, 0.69),
    # holdout9: 28 real abstracts, near-blind (HOLDOUT9_README.md). First contact 0.774 /
    # 0.513; round 12, blind, 0.787 / 0.550; then read by round 13: 0.878 / 0.682; 0.900 /
    # 0.739 after rounds 15-16; 0.920 / 0.739 after precision20.
    ("fixtures/holdout9_papers.jsonl", "holdout9_gold.jsonl", 0.90, 0.69),
    # holdout10-12: 30 real abstracts each, near-blind (HOLDOUT10-12_README.md). First contact
    # 0.791 / 0.462, 0.848 / 0.533 and 0.733 / 0.370; rounds 12-14 left them nearly unchanged,
    # blind; then read by round 15 (holdout10, holdout11) and round 16 (holdout12).
    # holdout13 (first contact 0.778 / 0.545, unchanged by round 16, blind) was read by
    # naming17: 0.844 / 0.636. holdout14 (first contact 0.842 / 0.744, unchanged by naming17,
    # blind) was read by round 18: 0.928 / 0.844, holdout13 0.857 / 0.696, holdout11 0.882 /
    # 0.645. holdout15 (first contact 0.774 / 0.545, unchanged by round 18, blind) was read by
    # round 19: 0.774 / 0.606; holdout10 0.947 after the named-score decision (holdout12's rise
    # to 0.879 / 0.483 in round 20 came from a term fitted to its own sentence, removed).
    # Round 21: holdout12 0.841 / 0.621 (attrib21), holdout15 0.796 / 0.606 (precision21);
    # holdout16 (first contact 0.693 / 0.333, unchanged for nine rounds, blind) was read by
    # read16: 0.747 / 0.308. Round 22: holdout8 0.861, holdout12 0.852 and holdout16 0.763
    # (worded fractions of a cost, recall23), holdout16 rows 0.462 (a bare family name after
    # its one member, attrib23). holdout18 has no floor: it is the blind measure of the rounds
    # (first contact 0.835 / 0.783). Round 23: holdout13 0.870 / 0.750 (sizes listed for the
    # paper's models, recall24; a bracket of sizes after a list of names is no one member's,
    # lists24), holdout15 0.800 / 0.629 (recall24). holdout17 (first contact 0.756 / 0.400,
    # 0.765 / 0.417 after round 20, then unchanged for four rounds, blind) was opened in round
    # 25: 0.780 / 0.417 (read17: one number said of two quantities).
    ("fixtures/holdout10_papers.jsonl", "holdout10_gold.jsonl", 0.92, 0.75),
    ("fixtures/holdout11_papers.jsonl", "holdout11_gold.jsonl", 0.86, 0.60),
    ("fixtures/holdout12_papers.jsonl", "holdout12_gold.jsonl", 0.83, 0.55),
    ("fixtures/holdout13_papers.jsonl", "holdout13_gold.jsonl", 0.85, 0.70),
    ("fixtures/holdout14_papers.jsonl", "holdout14_gold.jsonl", 0.90, 0.80),
    ("fixtures/holdout15_papers.jsonl", "holdout15_gold.jsonl", 0.78, 0.60),
    ("fixtures/holdout16_papers.jsonl", "holdout16_gold.jsonl", 0.74, 0.38),
    ("fixtures/holdout17_papers.jsonl", "holdout17_gold.jsonl", 0.76, 0.40),
    # holdout19: 30 real abstracts of January 2026 (a new source, arXiv's daily listings; fully
    # blind, HOLDOUT19_README.md). First contact 0.748 / 0.435; read by round 26: 0.847 / 0.645.
    # holdout20 (February 2026, round 26's blind measure: 0.714 / 0.505 at first contact and after
    # the round) was read by round 27 (read20): 0.829 / 0.578. holdout139 and holdout140 (August and July 2026,
    # labelled at the start of round 84: 0.608 / 0.347 and 0.743 / 0.611 at first contact) have no floor:
    # blind. holdout137 and holdout138 (August 2026, round 83's: 0.592 / 0.475 and 0.667 / 0.355 at first
    # contact, 0.600 / 0.487 and 0.663 / 0.355 at the end of round 83) were read by round 84 (read84): 0.713 /
    # 0.683 and 0.693 / 0.393 after. holdout135 and holdout136 (August 2026, round 82's: 0.551 / 0.385 and 0.618 / 0.513 at first
    # contact, 0.559 / 0.385 and 0.618 / 0.513 at the end of round 82) were read by round 83 (read83): 0.670 /
    # 0.493 and 0.656 / 0.555 after. holdout133 and holdout134 (August 2026, round 81's: 0.639 / 0.454 and 0.680 / 0.512 at first
    # contact, 0.647 / 0.469 and 0.680 / 0.512 at the end of round 81) were read by round 82 (read82): 0.754 /
    # 0.515 and 0.715 / 0.512 after. holdout131 and holdout132 (August 2026, round 80's: 0.769 / 0.519 and 0.643 / 0.438 at first
    # contact, 0.776 / 0.519 and 0.643 / 0.438 at the end of round 80) were read by round 81 (read81): 0.890 /
    # 0.730 and 0.780 / 0.647 after. holdout129 and holdout130 (September 2026, round 79's: 0.719 / 0.447 and 0.558 / 0.442 at
    # first contact and at the end of round 79) were read by round 80 (read80): 0.754 / 0.552 and 0.684 /
    # 0.593 after. holdout127 and holdout128 (September 2026, round 78's: 0.877 / 0.625 and 0.804 / 0.243 at
    # first contact and at the end of round 78) were read by round 79 (read79): 0.877 / 0.708 and 0.848 /
    # 0.269 after. holdout125 and holdout126 (September 2026, round 77's: 0.750 / 0.604 and 0.687 / 0.432
    # at first contact and at the end of round 77) were read by round 78 (read78): 0.777 / 0.687 and
    # 0.733 / 0.442 after (round 78 also raised holdout123 to 0.783 / 0.587). holdout123 and holdout124 (September 2026, round 76's: 0.675 / 0.511 and 0.714 /
    # 0.315 at first contact and at the end of round 76) were read by round 77 (read77): 0.768 / 0.556
    # and 0.756 / 0.333 after. holdout121 and holdout122 (September and October 2026, round 75's: 0.727 / 0.362 and
    # 0.741 / 0.677 at first contact and at the end of round 75) were read by round 76 (read76): 0.800 /
    # 0.443 and 0.804 / 0.703 after. holdout119 and holdout120 (October 2026, round 74's:
    # 0.636 / 0.413 and 0.723 / 0.535 at first contact and at the end of round 74) were read by round 75
    # (read75): 0.724 / 0.492 and 0.845 / 0.614 after. holdout117 and holdout118 (October 2026, round 73's: 0.667 / 0.373
    # and 0.594 / 0.468 at first contact and at the end of round 73) were read by round 74 (read74): 0.698
    # / 0.419 and 0.763 / 0.609 after. holdout115 and holdout116 (October 2026, round 72's: 0.781 /
    # 0.480 and 0.743 / 0.380 at first contact, 0.781 / 0.480 and 0.757 / 0.374 at the end of round 72)
    # were read by round 73 (read73): 0.805 / 0.480 and 0.813 / 0.464 after. holdout113 and holdout114 (October
    # 2026, round 71's: 0.685 / 0.420 and 0.667 / 0.584 at first contact and at the end of round 71) were
    # read by round 72 (read72): 0.733 / 0.458 and 0.705 / 0.578 after. holdout111 and holdout112
    # (October 2026, round 70's: 0.670 / 0.396 and 0.619 / 0.456 at first contact and at the end of round
    # 70) were read by round 71 (read71): 0.682 / 0.396 and 0.745 / 0.541 after; round 72 left them at
    # 0.670 / 0.396 (a "held-out loss" label, the protocol the spec makes a setting) and 0.757 / 0.565. holdout109 and holdout110 (October 2026, round 69's: 0.729 /
    # 0.606 and 0.751 / 0.583 at first contact and at the end of round 69) were read by round 70
    # (read70): 0.753 / 0.646 and 0.793 / 0.607 after. holdout107 and holdout108 (October 2026, round 68's: 0.713 /
    # 0.514 and 0.670 / 0.422 at first contact and at the end of round 68) were read by round 69
    # (read69): 0.800 / 0.609 and 0.747 / 0.581 after. holdout105 and holdout106 (September and October 2026, round
    # 67's: 0.781 / 0.667 and 0.786 / 0.431 at first contact, 0.781 / 0.667 and 0.792 / 0.431 at the end
    # of round 67) were read by round 68 (read68): 0.854 / 0.752 and 0.825 / 0.487 after; round 68 also
    # raised holdout103 to 0.792 / 0.593 and holdout104 to 0.683 / 0.531. holdout103 and holdout104 (September 2026, round 66's: 0.680 / 0.543 and
    # 0.586 / 0.423 at first contact, 0.693 / 0.543 and 0.586 / 0.423 at the end of round 66) were read by
    # round 67 (read67): 0.784 / 0.556 and 0.670 / 0.508 after. holdout101 and holdout102 (September 2026, round 65's: 0.712 / 0.574 and 0.677 / 0.431
    # at first contact, 0.712 / 0.574 and 0.674 / 0.427 at the end of round 65) were read by round 66
    # (read66): 0.764 / 0.593 and 0.723 / 0.559 after (round 67's "averaging N" gave holdout101 a score
    # whose system, "Qwen" for the abstract's Qwen3.5, it does not name: 0.771 / 0.587). Round 66's lower-case "b" sizes gave holdout32 a
    # "14b model" with the abstract's defined "LLM" as its model where the label names none (0.726 / 0.529
    # -> 0.735 / 0.523, above its floor). holdout99 and holdout100 (September 2026, round 64's: 0.607 / 0.394 and 0.704 / 0.533
    # at first contact and at the end of round 64) were read by round 65 (read65): 0.756 / 0.542 and
    # 0.748 / 0.637 after. Round 65's "sub-second" latencies gave holdout8 a claim with the paper's
    # system where the label names none (0.889 / 0.750 -> 0.904 / 0.720, above its floor). holdout97 and holdout98 (September 2026, round 63's: 0.747 / 0.355 and 0.718 / 0.448
    # at first contact and at the end of round 63) were read by round 64 (read64): 0.870 / 0.458 and
    # 0.733 / 0.443 after (holdout98's row F1 fell by 0.005: a compression paper's size pair and factor,
    # now read, take the paper's method where the labels name the FP32 baseline or none). holdout95 and holdout96 (August 2026, round 62's: 0.745 / 0.352 and 0.599 / 0.262 at
    # first contact and at the end of round 62) were read by round 63 (read63): 0.778 / 0.488 and
    # 0.670 / 0.351 after. Round 63's dollar sums read two sums the labels leave out (holdout14's
    # hardware cost, 0.928 / 0.844 -> 0.918 / 0.826; holdout41's background incident cost, 0.866 / 0.812
    # -> 0.861 / 0.804): both stay above their floors. holdout93 and holdout94 (August 2026, round 61's: 0.767 / 0.635 and 0.800 / 0.569
    # at first contact, 0.767 / 0.635 and 0.807 / 0.564 at the end of round 61) were read by round 62
    # (read62): 0.800 / 0.625 and 0.822 / 0.643 after (holdout93's row F1 fell by one row: two undefined
    # "ASR" read as `ASR`, which holdout48 and holdout69 label so and holdout93 writes `attack success
    # rate`). Round 62 lowered three row floors by 0.01 where a claim it gained took the system of rows
    # already read without the label's (holdout73: 0.855 / 0.676 -> 0.863 / 0.667, "a ... CV-QNN with
    # only 18 parameters"; holdout79: 0.879 / 0.714 -> 0.884 / 0.710, "84.3% overall harvesting
    # success" beside two success rates given the same system), and holdout91's (0.656 / 0.411 ->
    # 0.677 / 0.403: "(0.798/0.830/0.893 vs 0.753/0.790/0.863)" gives four more values, read without
    # the benchmark the sentence named before the groups, so their rows are extra). holdout91 and holdout92 (August 2026, round 60's: 0.537 / 0.326 and 0.694 / 0.330 at
    # first contact, 0.554 / 0.336 and 0.694 / 0.330 at the end of round 60) were read by round 61
    # (read61): 0.656 / 0.411 and 0.789 / 0.414 after. holdout89 and holdout90 (August 2026, round 59's: 0.659 / 0.291 and 0.715 / 0.440 at
    # first contact and at the end of round 59; holdout90 0.715 / 0.460 once its two "K600" labels were
    # written Kinetics-600) were read by round 60 (read60): 0.754 / 0.519 and 0.800 / 0.660 after.
    # holdout87 and holdout88 (July/August 2026, round 58's: 0.676 / 0.541 and 0.724 /
    # 0.493 at first contact, 0.686 / 0.541 and 0.724 / 0.493 at the end of round 58) were read by round
    # 59 (read59): 0.740 / 0.597 and 0.798 / 0.625 after. holdout85 and holdout86 (July 2026, round 57's: 0.584 / 0.348 and 0.721 / 0.486 at
    # first contact and at the end of round 57) were read by round 58 (read58): 0.678 / 0.378 and
    # 0.793 / 0.598 after. holdout83 and holdout84 (July 2026, round 56's: 0.678 / 0.504 and 0.714 / 0.410 at
    # first contact and at the end of round 56) were read by round 57 (read57): 0.798 / 0.642 and
    # 0.759 / 0.479 after (holdout84's four "FPR" labels written `false positive rate`). holdout81 and holdout82 (July 2026, round 55's: 0.718 / 0.448 and 0.652 / 0.308 at
    # first contact and at the end of round 55) were read by round 56 (read56): 0.759 / 0.512 and
    # 0.730 / 0.462 after; holdout80 0.846 / 0.675 after round 56 ("task completion"). holdout79 and holdout80 (May/July and February/July 2026, round 54's: 0.783 / 0.524
    # and 0.728 / 0.519 at first contact, 0.783 / 0.524 and 0.737 / 0.538 at the end of round 54) were
    # read by round 55 (read55): 0.864 / 0.715 and 0.787 / 0.625 after. holdout77 and holdout78 (May and April 2026, round 53's: 0.807 / 0.516 and 0.728 /
    # 0.509 at first contact and at the end of round 53) were read by round 54 (read54): 0.861 / 0.703
    # and 0.829 / 0.700 after. holdout75 and holdout76 (April and May 2026, round 52's: 0.856 / 0.427 and 0.785 /
    # 0.591 at first contact and at the end of round 52) were read by round 53 (read53): 0.889 / 0.479
    # and 0.857 / 0.756 after. holdout73 and holdout74 (June and May 2026, round 51's: 0.748 / 0.507 and 0.774 / 0.417
    # at first contact, 0.757 / 0.529 and 0.774 / 0.417 at the end of round 51) were read by round 52
    # (read52): 0.855 / 0.676 and 0.860 / 0.545 after. holdout71 and holdout72 (July and June 2026, round 50's: 0.676 / 0.494 and 0.720 /
    # 0.542 at first contact and at the end of round 50) were read by round 51 (read51): 0.745 / 0.552
    # and 0.762 / 0.592 after. holdout69 and holdout70 (June 2026, round 49's: 0.702 / 0.362 and 0.689 / 0.379 at
    # first contact and at the end of round 49) were read by round 50 (read50): 0.715 / 0.426 and 0.683 /
    # 0.379 after. holdout67 and holdout68 (June 2026, round 48's: 0.750 / 0.294 and 0.782 / 0.514 at first
    # contact and at the end of round 48) were read by round 49 (read49): 0.750 / 0.431 and 0.797 / 0.541
    # after. holdout65 and holdout66 (June 2026, round 47's: 0.703 / 0.554 and 0.559 / 0.305 at first
    # contact and at the end of round 47) were read by round 48 (read48): 0.795 / 0.627 and 0.607 / 0.349
    # after. holdout63 and holdout64 (March and June 2026, round 46's: 0.729 / 0.706 and 0.629 / 0.417 at
    # first contact, 0.729 / 0.706 and 0.643 / 0.438 at the end of round 46) were read by round 47
    # (read47): 0.831 / 0.857 and 0.748 / 0.571 after; holdout63 0.855 / 0.873 after round 58 (its
    # "pass^1" and `balanced accuracy` now read). holdout61 and holdout62 (April 2026, round 45's: 0.647 / 0.364 and 0.629 / 0.457 at
    # first contact and at the end of round 45) were read by round 46 (read46): 0.691 / 0.435 and 0.712 /
    # 0.585 after. holdout59 and holdout60 (March and April 2026, round 44's: 0.688 / 0.486 and 0.718 /
    # 0.643 at first contact, 0.688 / 0.486 and 0.721 / 0.621 at the end of round 44) were read by round
    # 45 (read45): 0.762 / 0.514 and 0.775 / 0.667 after. holdout57 and holdout58 (March 2026, round 43's: 0.685 / 0.348
    # and 0.800 / 0.507 at first contact and at the end of round 43) were read by round 44 (read44):
    # 0.776 / 0.640 and 0.874 / 0.583 after. holdout55 and holdout56 (March 2026, round 42's: 0.782 / 0.484 and 0.651 / 0.463
    # at first contact and at the end of round 42) were read by round 43 (read43): 0.856 / 0.606 and
    # 0.780 / 0.480 after (holdout56 with one label fixed to the spec, 0.768 as committed). holdout49 and holdout50 (April and May 2026, labelled after round 40's rules:
    # 0.544 / 0.329 and 0.778 / 0.436 at first contact, 0.541 / 0.325 and 0.778 / 0.436 at the end of
    # round 41) and holdout53 and holdout54 (March and April 2026, round 41's: 0.797 / 0.507 and
    # 0.735 / 0.342 at first contact and at the end of round 41) were read by round 42 (read42):
    # 0.704 / 0.500, 0.831 / 0.523, 0.859 / 0.757 and 0.821 / 0.525 after.
    # holdout47 and holdout48 (April and May 2026, round 40's: 0.663 / 0.286 and 0.545 / 0.359 at
    # first contact and at the end of round 40) were read by round 41 (read41): 0.746 / 0.447 and
    # 0.631 / 0.359 after. holdout51 and holdout52 (April and May 2026, first contact with round 40's
    # final code 0.727 / 0.786 and 0.642 / 0.416) were exposed at that first scoring (their
    # READMEs) and read by round 41: 0.752 / 0.807 and 0.719 / 0.608 after.
    # holdout22 (March-May 2026: 0.747 / 0.639 at first contact), holdout44 (February and March
    # 2026, round 38's: 0.752 / 0.588 at first contact), holdout45 and holdout46 (February-April
    # 2026, round 39's: 0.771 / 0.598 and 0.613 / 0.391 at first contact) were read by round 40
    # (read40): 0.785 / 0.680, 0.752 / 0.588, 0.771 / 0.598 and 0.613 / 0.391 before it; 0.854 /
    # 0.772, 0.811 / 0.692, 0.833 / 0.619 and 0.701 / 0.435 after. holdout21 (March-May 2026, 0.690 / 0.556 at first
    # contact) and holdout43 (October 2025, round 38's, 0.824 / 0.375) were read by round 39 (read39):
    # 0.704 / 0.639 and 0.824 / 0.375 at the end of round 38; 0.769 / 0.667 and 0.915 / 0.515 after.
    # holdout23 (January and February 2026, round 28's first contact,
    # 0.697 / 0.438), holdout24 (January and February 2026, round 29's, 0.701 / 0.531) and holdout28
    # (January 2026, round 30's, 0.710 / 0.531) were read by round 38 (read38): 0.676 / 0.485, 0.701 /
    # 0.540 and 0.693 / 0.507 at the end of round 37; 0.754 / 0.559, 0.768 / 0.531 and 0.693 / 0.687 after.
    # read73: a described comparator's decimal in brackets ("outperforming the style-constrained baseline
    # (52.36)") is its score with the model null, where holdout21's label names the description (row 0.66 -> 0.65)
    ("fixtures/holdout21_papers.jsonl", "holdout21_gold.jsonl", 0.76, 0.65),
    ("fixtures/holdout43_papers.jsonl", "holdout43_gold.jsonl", 0.91, 0.51),
    # read73: "accuracy compared to previous Composer models (61.3)" is read, and its metric carries to the
    # next sentence's two benchmark scores, which holdout22 labels `unspecified` (0.85 / 0.77 -> 0.83 / 0.74)
    # read84: the size of an unnamed teacher ("the canonical 8B/14B teachers") is no claim, as holdout108
    # and holdout138 label it, where holdout22 labels the two sizes; "panoptic quality" is PQ, which the
    # next clause's "gains up to 4%" now carries where holdout22 labels it `unspecified` (0.836 / 0.745 -> 0.822 / 0.720)
    ("fixtures/holdout22_papers.jsonl", "holdout22_gold.jsonl", 0.82, 0.71),
    ("fixtures/holdout44_papers.jsonl", "holdout44_gold.jsonl", 0.81, 0.69),
    # holdout45 0.828 after read46 (a result verb's hedge, "baselines achieve only 72--77%": a
    # baseline's score its labels leave out, under the sentence's other metric)
    ("fixtures/holdout45_papers.jsonl", "holdout45_gold.jsonl", 0.82, 0.61),
    ("fixtures/holdout46_papers.jsonl", "holdout46_gold.jsonl", 0.70, 0.43),
    ("fixtures/holdout47_papers.jsonl", "holdout47_gold.jsonl", 0.74, 0.44),
    ("fixtures/holdout48_papers.jsonl", "holdout48_gold.jsonl", 0.63, 0.35),
    ("fixtures/holdout51_papers.jsonl", "holdout51_gold.jsonl", 0.75, 0.80),
    ("fixtures/holdout52_papers.jsonl", "holdout52_gold.jsonl", 0.71, 0.60),
    ("fixtures/holdout49_papers.jsonl", "holdout49_gold.jsonl", 0.70, 0.49),
    ("fixtures/holdout50_papers.jsonl", "holdout50_gold.jsonl", 0.82, 0.51),
    ("fixtures/holdout53_papers.jsonl", "holdout53_gold.jsonl", 0.85, 0.74),
    ("fixtures/holdout54_papers.jsonl", "holdout54_gold.jsonl", 0.81, 0.51),
    ("fixtures/holdout55_papers.jsonl", "holdout55_gold.jsonl", 0.85, 0.60),
    ("fixtures/holdout56_papers.jsonl", "holdout56_gold.jsonl", 0.76, 0.47),
    ("fixtures/holdout57_papers.jsonl", "holdout57_gold.jsonl", 0.77, 0.63),
    ("fixtures/holdout58_papers.jsonl", "holdout58_gold.jsonl", 0.87, 0.58),
    ("fixtures/holdout59_papers.jsonl", "holdout59_gold.jsonl", 0.76, 0.51),
    ("fixtures/holdout60_papers.jsonl", "holdout60_gold.jsonl", 0.77, 0.66),
    ("fixtures/holdout61_papers.jsonl", "holdout61_gold.jsonl", 0.69, 0.43),
    ("fixtures/holdout62_papers.jsonl", "holdout62_gold.jsonl", 0.71, 0.58),
    ("fixtures/holdout63_papers.jsonl", "holdout63_gold.jsonl", 0.83, 0.84),  # rows 0.873 -> 0.845 in round 82: "introduce Scorio, a library" makes Scorio the paper's system, which its labels leave off two rows
    ("fixtures/holdout64_papers.jsonl", "holdout64_gold.jsonl", 0.74, 0.57),
    ("fixtures/holdout65_papers.jsonl", "holdout65_gold.jsonl", 0.79, 0.62),
    ("fixtures/holdout66_papers.jsonl", "holdout66_gold.jsonl", 0.60, 0.34),
    ("fixtures/holdout67_papers.jsonl", "holdout67_gold.jsonl", 0.75, 0.43),
    # (round 59: claims 0.806 -> 0.824 and rows 0.541 -> 0.526: two latencies found in "is fast (6.68 ms and
    # 112 ms ...)" carry the title's name, which that abstract gives to a platform and its dataset, "the
    # eponymous OctoSense dataset", not to the unnamed architecture the labels leave without a model)
    ("fixtures/holdout68_papers.jsonl", "holdout68_gold.jsonl", 0.82, 0.52),
    ("fixtures/holdout69_papers.jsonl", "holdout69_gold.jsonl", 0.71, 0.42),
    ("fixtures/holdout70_papers.jsonl", "holdout70_gold.jsonl", 0.68, 0.37),
    ("fixtures/holdout71_papers.jsonl", "holdout71_gold.jsonl", 0.74, 0.55),
    ("fixtures/holdout72_papers.jsonl", "holdout72_gold.jsonl", 0.76, 0.59),
    ("fixtures/holdout73_papers.jsonl", "holdout73_gold.jsonl", 0.86, 0.66),
    ("fixtures/holdout74_papers.jsonl", "holdout74_gold.jsonl", 0.85, 0.54),
    ("fixtures/holdout75_papers.jsonl", "holdout75_gold.jsonl", 0.88, 0.47),
    ("fixtures/holdout76_papers.jsonl", "holdout76_gold.jsonl", 0.85, 0.75),
    ("fixtures/holdout77_papers.jsonl", "holdout77_gold.jsonl", 0.86, 0.70),
    ("fixtures/holdout78_papers.jsonl", "holdout78_gold.jsonl", 0.82, 0.69),
    ("fixtures/holdout79_papers.jsonl", "holdout79_gold.jsonl", 0.88, 0.70),
    ("fixtures/holdout80_papers.jsonl", "holdout80_gold.jsonl", 0.84, 0.67),
    ("fixtures/holdout81_papers.jsonl", "holdout81_gold.jsonl", 0.75, 0.51),
    ("fixtures/holdout82_papers.jsonl", "holdout82_gold.jsonl", 0.72, 0.46),
    ("fixtures/holdout83_papers.jsonl", "holdout83_gold.jsonl", 0.79, 0.64),
    ("fixtures/holdout84_papers.jsonl", "holdout84_gold.jsonl", 0.75, 0.47),
    ("fixtures/holdout85_papers.jsonl", "holdout85_gold.jsonl", 0.67, 0.37),
    ("fixtures/holdout86_papers.jsonl", "holdout86_gold.jsonl", 0.79, 0.59),
    ("fixtures/holdout87_papers.jsonl", "holdout87_gold.jsonl", 0.73, 0.59),
    ("fixtures/holdout88_papers.jsonl", "holdout88_gold.jsonl", 0.79, 0.62),
    ("fixtures/holdout89_papers.jsonl", "holdout89_gold.jsonl", 0.75, 0.51),
    ("fixtures/holdout90_papers.jsonl", "holdout90_gold.jsonl", 0.79, 0.65),
    ("fixtures/holdout91_papers.jsonl", "holdout91_gold.jsonl", 0.67, 0.40),
    ("fixtures/holdout92_papers.jsonl", "holdout92_gold.jsonl", 0.78, 0.41),
    ("fixtures/holdout93_papers.jsonl", "holdout93_gold.jsonl", 0.80, 0.62),
    ("fixtures/holdout94_papers.jsonl", "holdout94_gold.jsonl", 0.82, 0.64),
    ("fixtures/holdout95_papers.jsonl", "holdout95_gold.jsonl", 0.77, 0.48),
    ("fixtures/holdout96_papers.jsonl", "holdout96_gold.jsonl", 0.66, 0.35),
    ("fixtures/holdout97_papers.jsonl", "holdout97_gold.jsonl", 0.86, 0.45),
    ("fixtures/holdout98_papers.jsonl", "holdout98_gold.jsonl", 0.73, 0.44),
    ("fixtures/holdout99_papers.jsonl", "holdout99_gold.jsonl", 0.75, 0.54),
    ("fixtures/holdout100_papers.jsonl", "holdout100_gold.jsonl", 0.74, 0.63),
    ("fixtures/holdout101_papers.jsonl", "holdout101_gold.jsonl", 0.76, 0.58),
    ("fixtures/holdout102_papers.jsonl", "holdout102_gold.jsonl", 0.72, 0.55),
    ("fixtures/holdout103_papers.jsonl", "holdout103_gold.jsonl", 0.79, 0.59),
    ("fixtures/holdout104_papers.jsonl", "holdout104_gold.jsonl", 0.68, 0.53),
    ("fixtures/holdout105_papers.jsonl", "holdout105_gold.jsonl", 0.85, 0.75),
    ("fixtures/holdout106_papers.jsonl", "holdout106_gold.jsonl", 0.83, 0.47),  # read69: its WGA pair is read, at a dataset carried from the sentence before (row 0.487 -> 0.479)
    ("fixtures/holdout107_papers.jsonl", "holdout107_gold.jsonl", 0.80, 0.60),
    ("fixtures/holdout108_papers.jsonl", "holdout108_gold.jsonl", 0.74, 0.58),
    ("fixtures/holdout109_papers.jsonl", "holdout109_gold.jsonl", 0.75, 0.64),
    ("fixtures/holdout110_papers.jsonl", "holdout110_gold.jsonl", 0.79, 0.60),
    ("fixtures/holdout111_papers.jsonl", "holdout111_gold.jsonl", 0.67, 0.39),  # read72: its "held-out loss" label keeps the protocol the spec makes a setting
    ("fixtures/holdout112_papers.jsonl", "holdout112_gold.jsonl", 0.74, 0.54),
    # holdout113: 0.733 -> 0.725 in round 78, a trade its rules made knowingly: a range signed at both
    # ends ("+11.3 to +14.8%") is one mention now (holdout85, holdout86 and holdout125 gained their
    # ranges by it), and "against +11.3 to +14.8% for X" reads as a change, as "+11.3% for X" always
    # did; the label is a level of return there
    ("fixtures/holdout113_papers.jsonl", "holdout113_gold.jsonl", 0.72, 0.45),
    ("fixtures/holdout114_papers.jsonl", "holdout114_gold.jsonl", 0.70, 0.57),
    ("fixtures/holdout115_papers.jsonl", "holdout115_gold.jsonl", 0.80, 0.48),
    ("fixtures/holdout116_papers.jsonl", "holdout116_gold.jsonl", 0.81, 0.46),
    # holdout117 rows: 0.415 -> 0.407 in round 80, a trade made knowingly: "reduces average coefficient of
    # variation (CV) from 15.2% ... to 2.2%" is read now (a change's object defined by its acronym; claims
    # 0.706 -> 0.721), and the labels give both values to "the Sequential Isolation Methodology", a name in
    # spaced words the rules do not take for the paper's system (tried in round 80: it named concepts
    # elsewhere, "Programmable World Model", "Generative Universal Verifier")
    ("fixtures/holdout117_papers.jsonl", "holdout117_gold.jsonl", 0.69, 0.40),
    ("fixtures/holdout118_papers.jsonl", "holdout118_gold.jsonl", 0.76, 0.60),
    ("fixtures/holdout119_papers.jsonl", "holdout119_gold.jsonl", 0.72, 0.49),
    ("fixtures/holdout120_papers.jsonl", "holdout120_gold.jsonl", 0.84, 0.61),
    ("fixtures/holdout121_papers.jsonl", "holdout121_gold.jsonl", 0.79, 0.44),
    ("fixtures/holdout122_papers.jsonl", "holdout122_gold.jsonl", 0.80, 0.70),
    ("fixtures/holdout123_papers.jsonl", "holdout123_gold.jsonl", 0.78, 0.58),
    ("fixtures/holdout124_papers.jsonl", "holdout124_gold.jsonl", 0.75, 0.33),
    ("fixtures/holdout125_papers.jsonl", "holdout125_gold.jsonl", 0.77, 0.68),
    ("fixtures/holdout126_papers.jsonl", "holdout126_gold.jsonl", 0.73, 0.44),
    ("fixtures/holdout127_papers.jsonl", "holdout127_gold.jsonl", 0.87, 0.70),
    ("fixtures/holdout128_papers.jsonl", "holdout128_gold.jsonl", 0.84, 0.26),
    ("fixtures/holdout129_papers.jsonl", "holdout129_gold.jsonl", 0.75, 0.55),
    ("fixtures/holdout130_papers.jsonl", "holdout130_gold.jsonl", 0.68, 0.59),
    ("fixtures/holdout131_papers.jsonl", "holdout131_gold.jsonl", 0.88, 0.72),
    ("fixtures/holdout132_papers.jsonl", "holdout132_gold.jsonl", 0.77, 0.64),
    ("fixtures/holdout133_papers.jsonl", "holdout133_gold.jsonl", 0.75, 0.51),
    ("fixtures/holdout134_papers.jsonl", "holdout134_gold.jsonl", 0.71, 0.51),
    ("fixtures/holdout135_papers.jsonl", "holdout135_gold.jsonl", 0.66, 0.48),
    # read84: "raises the F1-scores of Spanish and Russian from 4.83% and 0.45% to 46.05% and 51.93%,
    # respectively" is now read (claims 0.656 -> 0.684), its afters given "VL2.1" as the sentence before's
    # scores are, where the labels write the long name the abstract defines it by (rows 0.555 -> 0.537)
    ("fixtures/holdout136_papers.jsonl", "holdout136_gold.jsonl", 0.64, 0.53),
    ("fixtures/holdout137_papers.jsonl", "holdout137_gold.jsonl", 0.70, 0.67),
    ("fixtures/holdout138_papers.jsonl", "holdout138_gold.jsonl", 0.68, 0.38),
    ("fixtures/holdout23_papers.jsonl", "holdout23_gold.jsonl", 0.74, 0.54),
    ("fixtures/holdout24_papers.jsonl", "holdout24_gold.jsonl", 0.75, 0.51),
    ("fixtures/holdout28_papers.jsonl", "holdout28_gold.jsonl", 0.68, 0.67),
    ("fixtures/holdout19_papers.jsonl", "holdout19_gold.jsonl", 0.84, 0.70),  # rows 0.722 after round 38
    ("fixtures/holdout20_papers.jsonl", "holdout20_gold.jsonl", 0.80, 0.57),
    # holdout25-27: 30 real abstracts each of January and February 2026 (fully blind, labelled
    # by round 30's helpers). First contact 0.574 / 0.211, 0.780 / 0.667 and 0.774 / 0.708;
    # read by round 30 (tail30, naming30): 0.748 / 0.300, 0.851 / 0.667 and 0.818 / 0.738;
    # holdout25 0.748 / 0.567 after round 31 (read31: a benchmark named with its task after it).
    # holdout25 rows 0.545 after read46 ("models achieve only 17.27 on ...": two scores on the benchmark its
    # labels name by its family, "WoW-World-Eval", where the abstract writes "Wow-wo-val")
    ("fixtures/holdout25_papers.jsonl", "holdout25_gold.jsonl", 0.73, 0.54),
    ("fixtures/holdout26_papers.jsonl", "holdout26_gold.jsonl", 0.83, 0.64),
    ("fixtures/holdout27_papers.jsonl", "holdout27_gold.jsonl", 0.80, 0.71),
    # holdout29 and holdout30: 30 real abstracts each of January and February 2026 (fully
    # blind, labelled by round 31's helpers). First contact 0.719 / 0.406 and 0.667 / 0.528;
    # read by round 32 (read32): 0.812 / 0.493 and 0.717 / 0.607.
    ("fixtures/holdout29_papers.jsonl", "holdout29_gold.jsonl", 0.79, 0.47),
    ("fixtures/holdout30_papers.jsonl", "holdout30_gold.jsonl", 0.70, 0.58),
    # holdout31-34: 30 real abstracts each of January and February 2026 (fully blind, labelled by
    # round 32's helpers). First contact 0.717 / 0.585, 0.685 / 0.414, 0.559 / 0.427 and 0.696 /
    # 0.615; read by round 33 (read33; holdout33/34's 15 'IoU' labels relabelled 'mIoU' to the
    # spec): 0.810 / 0.647, 0.707 / 0.409, 0.733 / 0.507 and 0.797 / 0.642.
    ("fixtures/holdout31_papers.jsonl", "holdout31_gold.jsonl", 0.78, 0.70),  # rows 0.725 after round 38
    ("fixtures/holdout32_papers.jsonl", "holdout32_gold.jsonl", 0.68, 0.39),
    ("fixtures/holdout33_papers.jsonl", "holdout33_gold.jsonl", 0.79, 0.74),  # 0.810 / 0.759 after round 38
    ("fixtures/holdout34_papers.jsonl", "holdout34_gold.jsonl", 0.77, 0.61),
    # holdout35 and holdout36: 30 real abstracts each of December 2025 and January 2026 (fully
    # blind, labelled by round 33's helpers). First contact 0.803 / 0.676 and 0.672 / 0.239; read
    # by round 34 (read34, review34): 0.873 / 0.693 and 0.832 / 0.377. holdout33 0.790 / 0.545 after
    # round 34 (a list of compared systems with bracketed scores).
    ("fixtures/holdout35_papers.jsonl", "holdout35_gold.jsonl", 0.84, 0.66),
    ("fixtures/holdout36_papers.jsonl", "holdout36_gold.jsonl", 0.80, 0.35),
    # holdout37 and holdout38: 30 real abstracts each of December 2025 (fully blind, labelled by
    # round 34's helpers). First contact 0.838 / 0.654 and 0.704 / 0.400, 0.855 / 0.692 and 0.704
    # / 0.400 after round 34; read by round 35 (read35): 0.898 / 0.731 and 0.822 / 0.474.
    ("fixtures/holdout37_papers.jsonl", "holdout37_gold.jsonl", 0.87, 0.70),
    ("fixtures/holdout38_papers.jsonl", "holdout38_gold.jsonl", 0.79, 0.44),
    # holdout39 and holdout40: 30 real abstracts each of December 2025 (fully blind, labelled by
    # round 35's helpers). First contact 0.813 / 0.443 and 0.681 / 0.391, unchanged after round 35;
    # read by round 36 (read36): 0.882 / 0.577 and 0.825 / 0.607.
    ("fixtures/holdout39_papers.jsonl", "holdout39_gold.jsonl", 0.85, 0.54),
    ("fixtures/holdout40_papers.jsonl", "holdout40_gold.jsonl", 0.84, 0.62),  # 0.853 / 0.638 after round 38
    # holdout41 and holdout42: 30 real abstracts each of December and November 2025 (fully blind,
    # labelled by round 36's helpers). First contact 0.752 / 0.638 and 0.803 / 0.466, unchanged after
    # round 36; read by round 37 (read37): 0.826 / 0.768 and 0.851 / 0.487.
    ("fixtures/holdout41_papers.jsonl", "holdout41_gold.jsonl", 0.81, 0.75),
    ("fixtures/holdout42_papers.jsonl", "holdout42_gold.jsonl", 0.83, 0.47),
    # synthetic: abstracts written for the purpose by two labellers who did not write
    # the rules; denser and cleaner than real text, so regression floors only.
    ("dev_papers.jsonl", "dev_gold.jsonl", 0.93, 0.75),     # 60 abstracts, 435 claims
    ("dev2_papers.jsonl", "dev2_gold.jsonl", 0.89, 0.77),   # 50 abstracts, 365 claims
])
def test_labelled_sets_stay_above_their_floors(papers_file, gold_file, claim_floor, row_floor):
    """Regression floors a little under today's scores, below the seed's thresholds
    since real text and other labellers' conventions are harder than the seed."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    papers = [p for p in read_path(root / "data" / papers_file)]
    report = validate(papers, root / "data" / "fixtures" / gold_file)
    assert report.claims.f1 >= claim_floor, format_report(report)
    assert report.rows.f1 >= row_floor, format_report(report)


def test_matched_claims_agree_with_the_labels_on_kind():
    """`validate` matches on metric and value only, so a % gain read as `relative` where
    the labels say `delta` (points on a percentage-valued metric, REAL_README) costs no
    F1; this holds the convention (extract/kinds.py) on the real set and the held-out set.
    Before it: 208 of 236 and 12 of 26; with it: 233 of 236 and 25 of 26."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "data"
    for papers_file, gold_file, floor in (("real_papers.jsonl", "real_gold.jsonl", 0.97),
                                          ("holdout_papers.jsonl", "holdout_gold.jsonl", 0.9)):
        report = validate(list(read_path(root / "fixtures" / papers_file)), root / "fixtures" / gold_file)
        agree, total = report.kind_agreement
        assert total == report.claims.true_positives
        assert agree >= floor * total, f"{papers_file}: kind agrees on {agree} of {total}"


def test_kind_agreement_counts_matched_pairs_only():
    gold = [claim(kind="delta", value=2.0, metric="accuracy"), claim(kind="relative", value=5.0, metric="MSE")]
    predicted = [claim(kind="relative", value=2.0, metric="accuracy"), claim(kind="relative", value=5.0, metric="MSE"),
                 claim(kind="delta", value=9.0)]
    assert score(predicted, gold).kind_agreement == [1, 2]


def test_a_fixtures_line_that_is_not_a_json_object_is_file_line_reason(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(claim()) + "\n\n{not json\n")
    with pytest.raises(UnusableInput, match=r"gold.jsonl:3: not JSON \(Expecting property name"):
        load_gold(gold)
    gold.write_text(json.dumps(claim()) + "\n[1, 2]\n")
    with pytest.raises(UnusableInput, match=r"gold.jsonl:2: expected a JSON object, got list"):
        load_gold(gold)
    gold.write_bytes(b'{"paper": "p", "metric": "caf\xe9"}\n')
    with pytest.raises(UnusableInput, match=r"gold.jsonl: not UTF-8 text \(byte 0xe9\)"):
        load_gold(gold)


def test_labels_need_the_fields_scoring_matches_on_and_at_least_one_claim(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(claim()) + "\n" + json.dumps({"id": "p", "abstract": "FID 2.5"}) + "\n")
    with pytest.raises(UnusableInput, match="labelled claim 2 lacks paper, metric, kind, value"):
        load_labels(gold)
    gold.write_text("\n")
    with pytest.raises(UnusableInput, match="no labelled claims"):
        load_labels(gold)
    gold.write_text(json.dumps(claim()) + "\n")
    assert load_labels(gold) == [claim()]


def test_papers_that_no_fixture_labels_are_refused_not_scored_zero(tmp_path):
    """The seed fixtures against another set's papers (a forgotten --fixtures) scored
    0.000 over hundreds of lines; a partial overlap is still scored."""
    other = tmp_path / "papers.jsonl"
    other.write_text(json.dumps({"id": "x1", "title": "Unrelated", "abstract": "We reach an FID of 2.5."}) + "\n")
    with pytest.raises(UnusableInput, match=r"none of the \d+ papers labelled in .*seed_gold.jsonl is among "
                                            r"the 1 papers read"):
        run_validate([str(other)], str(seed_fixtures_path()))
    text, _ = run_validate([str(other), str(default_corpus_path())], str(seed_fixtures_path()))
    assert "claims: P" in text


def test_a_source_no_reader_can_read_is_unusable_input(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    with pytest.raises(UnusableInput, match="empty.jsonl: unknown format: an empty file"):
        run_validate([str(empty)], str(seed_fixtures_path()))


def _labelled_sets() -> list[str]:
    from pathlib import Path
    fixtures = Path(__file__).resolve().parents[1] / "data" / "fixtures"
    return sorted(path.name.removesuffix("_gold.jsonl") for path in fixtures.glob("*_gold.jsonl")
                  if path.name != "seed_gold.jsonl")


@pytest.mark.parametrize("name", _labelled_sets())
def test_every_label_quotes_its_abstract_and_real_sets_copy_the_bench_file(name):
    """A label's `text` is the claim as written, so it must occur verbatim in its abstract
    (`paper` is the record's id, or the gold carries the record's title); the records of
    holdout to holdout18 are whole lines of the bench file (how they were drawn:
    HOLDOUT*_README.md); those of the later sets, drawn from arXiv's 2026 listings after the
    bench file was used up, are in its format and none of them is in it. Failures give
    counts, not ids: some of these sets are blind."""
    import json
    from pathlib import Path
    data = Path(__file__).resolve().parents[1] / "data"
    papers_path = next(path for path in (data / "fixtures" / f"{name}_papers.jsonl", data / f"{name}_papers.jsonl")
                       if path.exists())
    lines = [line for line in papers_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]
    by_id, by_title = {r["id"]: r for r in records}, {r["title"]: r for r in records}
    gold = [json.loads(line) for line in (data / "fixtures" / f"{name}_gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    unquoted = [(g["paper"], g["text"]) for g in gold
                if g["text"] not in (by_id.get(g["paper"]) or by_title[g["title"]])["abstract"]]
    assert len(unquoted) == 0
    if name.startswith("holdout"):
        bench = set((data / "bench" / "arxiv-api-abstracts.jsonl").read_text(encoding="utf-8").splitlines())
        in_bench = sum(line in bench for line in lines)
        if _drawn_from_the_bench_file(name):
            assert in_bench == len(lines)
        else:
            assert in_bench == 0
            assert sum(list(r) != ["id", "title", "abstract", "url"] or r["url"] != f"https://arxiv.org/abs/{r['id']}"
                       or json.dumps(r, ensure_ascii=False) != line for line, r in zip(lines, records)) == 0


def _drawn_from_the_bench_file(name: str) -> bool:
    """holdout, holdout2 ... holdout18: the bench file's shuffle, which holdout18 ended."""
    number = name.removeprefix("holdout")
    return number == "" or int(number) <= 18
