"""Hand-made papers and claims for tests, independent of the extractor's progress.

`ScriptedExtractor` plays the extractor: it returns the claims written here for each
paper, with spans found in the paper's abstract, so the store, boards, export and page
are tested on exactly the claims the spec's worked examples describe.
"""
from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date

from extract.models import Claim, Paper
from extract.pipeline import Extraction

XAR = Paper(
    id="beyond-next-token-next-x-prediction",
    title="Beyond Next-Token: Next-X Prediction for Autoregressive Visual Generation",
    abstract=("We introduce xAR, a generalized autoregressive framework. Our base model, xAR-B "
              "(172M), outperforms DiT-XL/SiT-XL (675M) while achieving 20times faster inference. "
              "Our largest model, xAR-H (1.1B), sets a new state of the art with an FID of 1.24 on "
              "ImageNet-256. Code: https://github.com/OliverRensu/xAR."),
    code_url="https://github.com/OliverRensu/xAR", source="hf-page",
    published=date(2025, 2, 27), listed=date(2025, 3, 1),
)
MVAR = Paper(
    id="2411.10433",
    arxiv_id="2411.10433",
    title="M-VAR: Decoupled Scale-wise Autoregressive Modeling for High-Quality Image Generation",
    abstract=("We present M-VAR. Our largest model M-VAR-d32 impressively registers 1.78 FID on "
              "ImageNet 256times256 and outperforms the prior-art autoregressive models "
              "LlamaGen/VAR by 0.4/0.19."),
    source="jsonl", published=date(2024, 11, 15),
)
#: A paper whose every text field is hostile: markup, Markdown, formulas, bad links.
HOSTILE = Paper(
    id="hostile",
    title='<script>alert("x")</script> **bold** =HYPERLINK("http://evil.example","click")',
    abstract=("We report that =cmd|' /C calc'!A0 reaches an FID of 3.5 on ImageNet 256x256, "
              "<img src=x onerror=alert(1)> and **not bold** and $x^2$ :smile: stay text."),
    url="javascript:alert(1)", code_url="javascript:alert(2)", source="jsonl",
)
VIT = Paper(
    id="vit-plus",
    title="ViT+: Accuracy Without Tricks",
    abstract=("ViT+ reaches 87.3% top-1 accuracy on ImageNet, while the baseline ViT-B reaches "
              "81.8% top-1 accuracy on ImageNet."),
    url="https://example.org/vit-plus", source="jsonl", listed=date(2024, 6, 1),
)

#: Markup in a dataset and a model name: a board named by untrusted text. Not in PAPERS.
HOSTILE_NAMES = Paper(
    id="hostile-names", title="Names With Markup",
    abstract="Our **M** <b>x</b> gets 2.5 FID on the <i>Set</i> **B** :smile: $x$ benchmark.",
)
HOSTILE_DATASET = "<i>Set</i> **B** :smile: $x$"

#: (paper, claims as spec dicts without `paper`/`span`/`sentence`; `at` picks which
#: occurrence of `text` in the abstract the number is, default the first).
SCRIPT: dict[str, list[dict]] = {
    XAR.id: [
        {"metric": "params", "kind": "params", "value": 172e6, "model": "xAR-B", "text": "172M"},
        {"metric": "params", "kind": "params", "value": 675e6, "model": "DiT-XL", "text": "675M"},
        {"metric": "speedup", "kind": "ratio", "value": 20, "unit": "x", "dataset": "ImageNet 256x256",
             "model": "xAR-B", "baseline": "DiT-XL", "condition": "inference", "text": "20times"},
        {"metric": "FID", "kind": "score", "value": 1.24, "dataset": "ImageNet 256x256", "model": "xAR-H",
             "text": "1.24"},
        {"metric": "params", "kind": "params", "value": 1.1e9, "model": "xAR-H", "text": "1.1B"},
    ],
    MVAR.id: [
        {"metric": "FID", "kind": "score", "value": 1.78, "dataset": "ImageNet 256x256", "model": "M-VAR-d32",
             "text": "1.78"},
        {"metric": "FID", "kind": "delta", "value": 0.4, "dataset": "ImageNet 256x256", "model": "M-VAR-d32",
             "baseline": "LlamaGen", "text": "0.4"},
        {"metric": "FID", "kind": "delta", "value": 0.19, "dataset": "ImageNet 256x256", "model": "M-VAR-d32",
             "baseline": "VAR", "text": "0.19"},
    ],
    HOSTILE.id: [
        {"metric": "FID", "kind": "score", "value": 3.5, "dataset": "ImageNet 256x256",
             "model": "=cmd|' /C calc'!A0", "condition": "+CFG", "text": "3.5"},
    ],
    HOSTILE_NAMES.id: [
        {"metric": "FID", "kind": "score", "value": 2.5, "dataset": HOSTILE_DATASET, "model": "**M** <b>x</b>", "text": "2.5"},
    ],
    VIT.id: [
        {"metric": "top-1 accuracy", "kind": "score", "value": 87.3, "unit": "%", "dataset": "ImageNet",
             "model": "ViT+", "text": "87.3%"},
        {"metric": "top-1 accuracy", "kind": "score", "value": 81.8, "unit": "%", "dataset": "ImageNet",
             "model": "ViT-B", "text": "81.8%"},
    ],
}
PAPERS = [XAR, MVAR, HOSTILE, VIT]


def claim_for(paper: Paper, spec: dict) -> Claim:
    spec = dict(spec)
    at = paper.abstract.find(spec["text"])
    assert at >= 0, f"{spec['text']!r} not in the abstract of {paper.id}"
    # The sentence around the number, as an extractor would report it.
    start = paper.abstract.rfind(". ", 0, at) + 2 if paper.abstract.rfind(". ", 0, at) >= 0 else 0
    end = paper.abstract.find(". ", at)
    end = len(paper.abstract) if end < 0 else end + 1
    return Claim(paper=paper.id, span=(at, at + len(spec["text"])),
                 sentence=paper.abstract[start:end], rule=spec.pop("rule", "scripted"), **spec)


class ScriptedExtractor:
    """Returns the scripted claims whose number is in the abstract; records its calls."""

    def __init__(self, script: dict[str, list[dict]] | None = None):
        self.script = SCRIPT if script is None else script
        self.calls: list[str] = []

    def __call__(self, paper: Paper) -> Extraction:
        self.calls.append(paper.id)
        # Keyed by id, or by title for papers whose id a merge changes.
        specs = self.script.get(paper.id, self.script.get(paper.title, []))
        live = [s for s in specs if s["text"] in paper.abstract]
        return Extraction(claims=[claim_for(paper, s) for s in live])


def synthetic_papers(count: int, claims_per_paper: int, seed: int = 7) -> tuple[list[Paper], ScriptedExtractor]:
    """Many papers with `claims_per_paper` score, params and comparative claims each,
    spread over a few dozen boards: the benchmark's store."""
    rng = random.Random(seed)
    datasets = ["ImageNet 256x256", "ImageNet 512x512", "COCO", "UCF101", "GenEval", "MIMIC-CXR",
                *[f"Bench-{n}" for n in range(30)]]
    metrics = ["FID", "IS", "accuracy", "PSNR", "GenEval", "FVD"]
    papers, script = [], {}
    for number in range(count):
        models = [f"Model-{number}-{k}" for k in range(4)]
        sentences, specs = [], []
        for k in range(claims_per_paper):
            text = f"{rng.uniform(0.5, 99):.2f}"
            model = models[k % len(models)]
            kind = "score" if k % 5 else rng.choice(["params", "delta", "ratio"])
            spec = {"metric": rng.choice(metrics), "kind": kind, "value": float(text), "model": model,
                        "dataset": rng.choice(datasets), "text": text}
            if kind == "params":
                spec.update(metric="params", dataset=None, value=float(text) * 1e8)
            elif kind != "score":
                spec.update(baseline=f"Model-{rng.randrange(count)}-0")
            sentences.append(f"{model} scores {text} in setting {k}.")
            specs.append(spec)
        paper = Paper(id=f"synthetic-{number:06d}", title=f"Synthetic paper {number} on visual generation",
                      abstract=" ".join(sentences), arxiv_id=f"2501.{number:05d}",
                      published=date(2024, 1 + number % 12, 1 + number % 28), source="jsonl")
        papers.append(paper)
        script[paper.title] = specs  # the store hands the extractor the arXiv id
    return papers, ScriptedExtractor(script)


def ingest_samples(store, papers: Iterable[Paper] = PAPERS) -> None:
    store.extractor = ScriptedExtractor()
    store.ingest_papers(list(papers), "samples")
