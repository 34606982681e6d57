"""Names of systems: which tokens look like a model's name, the paper's own method
name, and the names inside a comparison phrase.

>>> is_model_name("LlamaGen"), is_model_name("M-VAR-d32"), is_model_name("FID"), is_model_name("Existing")
(True, True, False, False)
>>> method_name("M-VAR: Decoupled Scale-wise Autoregressive Modeling", "We propose M-VAR.")
'M-VAR'
>>> method_name("Distilled Decoding 1: One-step Sampling", "In this work, we propose Distilled Decoding (DD), which uses flow matching.")
'DD'
>>> method_name("Effectively Modeling Time Series", "We thus introduce SpaceTime, a new state-space architecture.")
'SpaceTime'
>>> method_name("Consistency Distillation", "We introduce Trajectory-Aligned Consistency Distillation (TACD), which ...")
'TACD'
>>> method_name("Aurelius: A Probabilistic Graph Transformer", "We present Aurelius, a probabilistic graph transformer.")
'Aurelius'
>>> names_in_phrase("the prior-art autoregressive models LlamaGen/VAR")
['LlamaGen', 'VAR']
>>> names_in_phrase("the PAR-4X approach"), names_in_phrase("Transformers and LSTMs")
(['PAR-4X'], ['Transformers', 'LSTMs'])
>>> names_in_phrase("previous sequence modeling methods"), names_in_phrase("the previous best-performing model")
(['sequence modeling methods'], [])
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extract.vocab import dataset_vocabulary, metric_vocabulary

#: A single token that may be a name: letters, digits, inner hyphens/dots/slashes-free.
NAME_TOKEN = r"[A-Za-z][\w]*(?:[-.'][A-Za-z\d]+)*(?:\+\+?)?"
_NAME_TOKEN = regex.compile(NAME_TOKEN)

#: Acronyms and capitalised words that are not systems.
_NOT_NAMES = frozenset(["AR", "LLM", "LLMs", "LM", "LMs", "MLLM", "MLLMs", "VLM", "VLMs", "GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "CFG", "SOTA", "NLP", "CV", "AI", "ML", "RL", "DL", "API", "APIs", "MoE", "SSM", "SSMs", "CNN", "CNNs", "RNN", "RNNs", "GAN", "GANs", "VAE", "VAEs", "MLP", "MLPs", "2D", "3D", "4D", "CT", "MRI", "ECG", "EEG", "QA", "VQA", "IO", "BFS", "PDF", "HTML", "URL", "URLs", "GitHub", "Github", "arXiv", "OOD", "ID", "UI", "T2I", "T2V", "I2V", "I2I", "HD", "SD", "NFE", "NFEs", "PhD", "USA", "US", "UK", "EU", "FPS", "RAM", "VRAM", "TFLOPs", "TFLOPS", "FLOPs", "GFLOPs", "MACs", "AP", "IoU", "KV", "DDPM", "DDIM", "ODE", "SDE", "PDE", "PDEs", "SFT", "RLHF", "DPO", "PPO", "CoT", "ICL", "OCR", "ASR", "TTS", "NER", "POS", "IR", "RAG", "LoRA", "Transformer", "Transformers", "Diffusion", "Our", "We", "The", "This", "These", "Those", "In", "On", "For", "With", "Compared", "Moreover", "Furthermore", "However", "Finally", "Specifically", "Notably", "Meanwhile", "Additionally", "Overall", "Experiments", "Extensive", "Results", "Code", "Codes"])

_LEADING_FILLER = regex.compile(
    r"""^(?:(?:the|a|an|its|their|our|all|several|many|most|other|previous|prior|prior-art|leading|existing|strong|stronger
        |competitive|popular|recent|standard|vanilla|conventional|current|original|similarly\ sized|comparable
        |state-of-the-art|SOTA|established|well-known|widely[- ]used|representative|advanced|larger|smaller)\s+)+""",
    regex.VERBOSE | regex.IGNORECASE,
)
_GENERIC_ONLY = regex.compile(
    r"(?i)^(?:baselines?|methods?|models?|approaches|approach|counterparts?|competitors?|others|them|it|prior\ work|previous\ work|"
    r"existing\ (?:methods|approaches|models)|alternatives?|techniques?)$"
)
_FUNCTION_WORDS = regex.compile(r"(?i)(?:(?:of|to|in|on|at|for|with|by|and|or|from|that|this|these|those|it|them|which)\s*)+")
_SUPERLATIVE = regex.compile(r"(?i)\b(?:best|best-performing|state-of-the-art|state\ of\ the\ art|sota|strongest|top-performing)\b")


@lru_cache(maxsize=4096)
def is_model_name(token: str) -> bool:
    """A token a reader would take for a system's name: inner capitals, an acronym,
    or letters with digits; not a metric, a benchmark or a common acronym."""
    if len(token) < 2 or token in _NOT_NAMES or token.rstrip("s") in _NOT_NAMES:
        return False
    core = token.replace("-", "").replace(".", "").replace("'", "").replace("+", "")
    if not core or not core[0].isalpha():
        return False
    has_inner_capital = any(ch.isupper() for ch in core[1:])
    has_digit = any(ch.isdigit() for ch in core)
    if not (has_inner_capital or (has_digit and core[0].isupper()) or (has_digit and "-" in token)):
        return False
    if token.isupper() and len(core) <= 2 and not has_digit:
        return False  # "IS", "AP": more often a metric or a word than a system
    return not _is_metric_or_dataset(token)


def _is_metric_or_dataset(token: str) -> bool:
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        match = vocabulary.pattern.fullmatch(token)
        if match:
            return True
    return False


_DEFINITION = regex.compile(
    rf"""(?P<long>(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){{0,6}}[\w-]+)\s\((?P<abbr>{NAME_TOKEN}(?:\s{NAME_TOKEN})?)\)""",
    regex.VERBOSE,
)
_INTRODUCE = regex.compile(
    r"""\b(?:we|this\ (?:paper|work)|here\ we)\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design|build|call|name|term|dub|
        release|establish|devise|create|contribute|offer)s?d?\s+(?:(?:a|an|the)\s+)?(?P<rest>[^.;:]{0,160})""",
    regex.VERBOSE | regex.IGNORECASE,
)
_CALLED = regex.compile(rf"\b(?:termed|dubbed|called|named|coined)\s+(?P<name>{NAME_TOKEN}(?:\s[A-Z][\w-]+)?)")


def method_name(title: str, abstract: str) -> str | None:
    """The paper's own method, as the abstract or title names it, or None."""
    # 1. "we propose Long Name (ABBR)" or "we propose NAME, a ..."
    title_head = title.split(":", 1)[0].strip() if ":" in title else ""
    for intro in _INTRODUCE.finditer(abstract):
        rest = intro.group("rest")
        first = rest.split(",")[0].split(" which ")[0].split(" that ")[0].strip()
        tokens = first.split()
        definition = _DEFINITION.search(rest)
        defined = definition and definition.start() < 60 and _looks_defined(definition)
        if defined and definition.start() == 0:
            return definition.group("abbr")  # "we introduce Trajectory-Aligned Consistency Distillation (TACD)"
        if tokens and (is_model_name(tokens[0].rstrip(",")) or tokens[0].rstrip(",") == title_head):
            return tokens[0].rstrip(",")  # "we present VAREdit, a ...", "we present Aurelius, a ..." (Aurelius: ...)
        if defined:
            return definition.group("abbr")
        titled = regex.match(r"(?:[A-Z][\w-]+\s){0,3}[A-Z][\w-]+(?=[,\s]|$)", first)
        if titled and len(titled.group().split()) >= 2 and titled.group() in abstract[intro.end():] + title:
            return titled.group()
    # 2. "NAME: subtitle", a one-word head the abstract uses too ("Aurelius: A Probabilistic ...")
    head = title_head
    if len(head.split()) == 1 and (is_model_name(head) or head[:1].isupper() and "-" in head
                                   or (head[:1].isupper() and head not in _TITLE_WORDS and head in abstract)):
        return head
    # 3. "... termed ARFlow"
    called = _CALLED.search(abstract)
    if called and is_model_name(called.group("name").split()[0]):
        return called.group("name")
    # 4. the first defined abbreviation that the abstract goes on to use
    for definition in _DEFINITION.finditer(abstract):
        abbr = definition.group("abbr")
        if _looks_defined(definition) and abstract.count(abbr) >= 2 and is_model_name(abbr.split()[0]):
            return abbr
    return None


#: One-word title heads that are not names ("Beyond: ...", "Towards: ...").
_TITLE_WORDS = frozenset(["Beyond", "Towards", "Toward", "Rethinking", "Revisiting", "Understanding", "Learning", "Scaling", "Unleashing", "Improving", "Efficient", "Exploring", "Benchmarking", "Bridging", "Unifying", "Demystifying", "Evaluating", "Measuring", "When", "Why", "How", "What"])


def _looks_defined(definition) -> bool:
    """'Neighboring Autoregressive Modeling (NAR)': the abbreviation's capitals are
    initials of the words before it."""
    abbr = definition.group("abbr")
    initials = [ch.lower() for ch in abbr if ch.isupper()]
    words = regex.findall(r"[A-Za-z]+", definition.group("long"))
    if not initials or not words:
        return False
    letters = "".join(w[0].lower() for w in words)
    position = 0
    for initial in initials:  # initials appear in order among the words' letters
        position = "".join(words).lower().find(initial, position)
        if position < 0:
            return False
        position += 1
    return letters[-1] == initials[-1] or initials[0] in letters


_SPLIT_NAMES = regex.compile(r"\s*(?:/|,\s*(?:and|or)\s+|,|\band\b|\bor\b|&)\s*")


def last_name(part: str) -> str | None:
    """The last name-like token of a phrase part, with the capitalised words written
    next to it: 'the PAR-4X approach' -> 'PAR-4X', 'GPT-2 Medium' -> 'GPT-2 Medium',
    'Whisper large-v3' -> 'Whisper large-v3'."""
    tokens = [t.strip(",;:") for t in part.split()]
    for index in range(len(tokens) - 1, -1, -1):
        if is_model_name(tokens[index]):
            start, end = index, index + 1
            while start > 0 and _NAME_WORD.fullmatch(tokens[start - 1]) and tokens[start - 1] not in _NOT_NAMES:
                start -= 1
            while end < len(tokens) and _NAME_WORD.fullmatch(tokens[end]) and tokens[end] not in _NOT_NAMES:
                end += 1
            return " ".join(tokens[start:end])
        if _is_metric_or_dataset(tokens[index]):
            continue
    return None


#: Words that continue a name: capitalised words and sizes ("Medium", "XL", "v2", "70B").
_NAME_WORD = regex.compile(r"[A-Z][\w.-]*|v\d[\w.]*|\d+(?:\.\d+)?[BMK]")


def names_in_phrase(phrase: str) -> list[str]:
    """The systems a comparison phrase names: its trailing names, split at '/' and 'and';
    a descriptive phrase ('sequence modeling methods') is kept whole; an unnamed one
    ('the previous best model') gives none."""
    phrase = regex.sub(r"\s*\([^()]*\)", "", phrase).strip(" ,;:")
    phrase = _LEADING_FILLER.sub("", phrase).strip()
    if not phrase or _FUNCTION_WORDS.fullmatch(phrase):
        return []
    parts = [p for p in _SPLIT_NAMES.split(phrase) if p and not _is_metric_or_dataset(p.strip())]
    if not parts:
        return []
    named = [last_name(p) for p in parts]
    if any(named):
        # "autoregressive models LlamaGen/VAR" -> the names, not the category words;
        # "PatchTST and uses" -> a verb after a name is not another system
        return [n if n else _LEADING_FILLER.sub("", p).strip() for n, p in zip(named, parts)
                if n or not (p.split() and p.split()[0][:1].islower() and len(p.split()) <= 2)]
    if _SUPERLATIVE.search(phrase) or _GENERIC_ONLY.match(phrase):
        return []
    if len(parts) > 1 and all(len(p.split()) <= 3 for p in parts):
        return [_LEADING_FILLER.sub("", p).strip() for p in parts]
    return [phrase] if len(phrase.split()) <= 7 else []
