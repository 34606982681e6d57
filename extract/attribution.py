"""Who and where a number belongs to: dataset, model, baseline and condition.

Datasets: a parenthetical right after the number, the list a "respectively" pairs
with, the nearest benchmark in the sentence, then the benchmark the abstract was
last talking about (only when that was a single one). Models: a name the rule saw,
a possessive ("SiT's 9.17 FID"), the subject of the clause, else the paper's own
method. Baselines: the comparison phrase ("than X", "over X", "outperforms X",
"For X,").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from extract.names import NAME_TOKEN, is_model_name, names_in_phrase
from extract.rules.base import Draft
from extract.vocab import benchmark_metrics, dataset_vocabulary, dataset_words_needing_context, task_pattern

_POWERS = {"32", "64", "128", "256", "512", "1024", "2048"}
_RES_AFTER = regex.compile(r"(?:[- ]?(?:at\s+)?\(?\s*)(?P<w>\d{2,4})(?:\s?[x×]\s?(?P<h>\d{2,4}))?\)?(?!\w|\.\d)")
_RES_MORE = regex.compile(r"\s*(?:,|and|/|or)\s*(?P<w>\d{2,4})\s?[x×]\s?(?P<h>\d{2,4})(?![\w.])")
_RES_BEFORE = regex.compile(r"(?P<w>\d{2,4})\s?[x×]\s?(?P<h>\d{2,4})\s+$")
_GENERIC_BENCHMARK = regex.compile(
    r"\b(?:on|in)\s+(?:the\s+)?(?P<name>[A-Z][\w-]*[A-Z\d][\w-]*(?:\s[A-Z0-9][\w-]*){0,2})\s+(?:benchmarks?|datasets?|test\s+sets?|suites?|corpus|tasks?|challenge)\b")
_CONTEXT_OK = regex.compile(r"(?i)(?:\b(?:on|in|the|and|or)\s+|,\s*)$")
_CONTEXT_OK_RIGHT = regex.compile(r"(?i)\s*(?:datasets?|benchmarks?|data\b|,|\band\b|\bor\b|\))")


@dataclass(frozen=True)
class DatasetMention:
    name: str
    start: int
    end: int


def find_datasets(sentence: str) -> list[DatasetMention]:
    """Benchmarks named in a sentence, canonical, with resolutions written WxH.

    >>> [d.name for d in find_datasets("Experiments on ImageNet256x256 and UCF101, and ImageNet at 128x128")]
    ['ImageNet 256x256', 'UCF101', 'ImageNet 128x128']
    >>> [d.name for d in find_datasets("On ImageNet 256x256 and 512x512 benchmarks, on the ImageNet-256 benchmark")]
    ['ImageNet 256x256', 'ImageNet 512x512', 'ImageNet 256x256']
    """
    found: list[DatasetMention] = []
    needs_context = dataset_words_needing_context()
    for match, name in dataset_vocabulary().find(sentence):
        if name in needs_context and not (_CONTEXT_OK.search(sentence[:match.start()]) and
                                          _CONTEXT_OK_RIGHT.match(sentence, match.end())):
            continue
        end = match.end()
        resolution = None
        after = _RES_AFTER.match(sentence, end)
        if after and (after.group("h") or after.group("w") in _POWERS):
            resolution = (after.group("w"), after.group("h") or after.group("w"))
            end = after.end()
        else:
            before = _RES_BEFORE.search(sentence[max(0, match.start() - 15):match.start()])
            if before:
                resolution = (before.group("w"), before.group("h"))
        found.append(DatasetMention(f"{name} {resolution[0]}x{resolution[1]}" if resolution else name, match.start(), end))
        if resolution:
            for more in iter(lambda: _RES_MORE.match(sentence, end), None):
                found.append(DatasetMention(f"{name} {more.group('w')}x{more.group('h')}", more.start("w"), more.end()))
                end = more.end()
    for match in _GENERIC_BENCHMARK.finditer(sentence):
        start = match.start("name")
        if not any(d.start <= start < d.end or start <= d.start < match.end("name") for d in found):
            found.append(DatasetMention(match.group("name"), start, match.end("name")))
    found.sort(key=lambda d: d.start)
    return found


@dataclass
class SentenceContext:
    text: str
    offset: int                       # start in the repaired abstract
    datasets: list[DatasetMention] = field(default_factory=list)
    carried: Optional[str] = None      # the benchmark earlier sentences were about


def sentence_contexts(sentences: list[tuple[int, int, str]]) -> list[SentenceContext]:
    """Datasets per sentence, and the single benchmark carried over from earlier ones."""
    out = []
    carried = None
    tasks = task_pattern()
    for start, _, text in sentences:
        context = SentenceContext(text=text, offset=start, datasets=find_datasets(text), carried=carried)
        distinct = {d.name for d in context.datasets}
        if not distinct and tasks.search(text):
            context.carried = None  # "DD also excels on text-to-image generation, ..."
        if len(distinct) == 1:
            carried = next(iter(distinct))
        elif len(distinct) > 1:
            carried = None          # several benchmarks: a later number could be any of them
        elif tasks.search(text):
            carried = None          # the abstract moved to another task
        out.append(context)
    return out


# --- datasets --------------------------------------------------------------------

def attribute_dataset(draft: Draft, context: SentenceContext, site_end: int) -> Optional[str]:
    if draft.dataset or draft.kind == "params":
        return draft.dataset
    position = draft.mention.start - context.offset
    end = draft.mention.end - context.offset
    datasets = context.datasets
    text = context.text
    # "25.5% (MIMIC-CXR)"
    for d in datasets:
        if 0 <= d.start - end <= 6 and regex.fullmatch(r"\s*\(\s*(?:on\s+)?", text[end:d.start]):
            return d.name
    # "2.4x and 8.6x ... on ImageNet and UCF101 (respectively)"
    distinct = _distinct_in_order(datasets)
    if draft.size > 1 and len(distinct) == draft.size:
        return distinct[draft.index].name
    if len({d.name for d in datasets}) == 1:
        return datasets[0].name
    # the nearest benchmark after the number, before any other number
    after = [d for d in datasets if d.start >= site_end]
    if after and not regex.search(r"\d", regex.sub(r"\d+x\d+", "", text[site_end:after[0].start])):
        return after[0].name
    before = [d for d in datasets if d.end <= position]
    if before:
        return before[-1].name
    if datasets:
        return None
    if draft.metric in benchmark_metrics():
        return draft.metric
    return context.carried


def _distinct_in_order(datasets: list[DatasetMention]) -> list[DatasetMention]:
    seen, out = set(), []
    for d in datasets:
        if d.name not in seen:
            seen.add(d.name)
            out.append(d)
    return out


# --- models ----------------------------------------------------------------------

_VERBS = r"""(?:achiev\w*|attain\w*|obtain\w*|reach\w*|regist\w*|sets?|yield\w*|scor\w*|record\w*|gets?|deliver\w*|outperform\w*
    |surpass\w*|improv\w*|reduc\w*|boost\w*|runs?|enabl\w*|exhibit\w*|shows?|demonstrat\w*|leads?|beats?|exceed\w*|speeds?
    |accelerat\w*|complet\w*|requir\w*|uses?|needs?|match\w*|establish\w*|provid\w*|perform\w*|generat\w*|produc\w*|gains?
    |offers?|hits?|ranks?|reports?|excels?|push\w*|rais\w*|lowers?|cuts?|remains?|is|are|has|have|can|trains?|converg\w*|takes?)"""
_GENERIC_NOUN = r"(?:model|method|approach|framework|system|variant|network|pipeline|architecture|algorithm|technique|solution|design|agent|policy|detector|tokenizer)s?"
_SUBJECT = regex.compile(
    rf"""(?:
        (?P<our>\b(?:[Oo]ur|[Tt]he|[Tt]his|[Ii]ts|[Tt]he\ proposed|[Oo]ur\ proposed)\s+(?P<desc>(?:[\w-]+\s+){{0,3}}?[\w-]+)
            (?:,?\s+(?P<appos>{NAME_TOKEN})(?:\s*\([^()]*\))?,?)?)
      | (?P<name>{NAME_TOKEN})(?:\s*\([^()]*\))?,?
      | (?P<pronoun>\b(?:[Ii]t|[Ww]e)\b)
    )\s+(?:(?:\w+ly|also|further|still|even|consistently|again|thereby|then|now|can|could|additionally)\s+)*{_VERBS}\b""",
    regex.VERBOSE,
)
_POSSESSIVE = regex.compile(rf"(?P<name>{NAME_TOKEN})'s\s+(?:[\w-]+\s+){{0,2}}$")
_WITH_NAME = regex.compile(rf"(?P<name>{NAME_TOKEN})\s+(?:with|using|at)\s+(?:only\s+|just\s+)?$")
_FROM_SYSTEM = regex.compile(
    rf"""(?:^|\b)(?:[Ff]or|[Oo]n)\s+(?P<for>{NAME_TOKEN})\b
      | \bimprov\w*\s+(?:over\s+|upon\s+|on\s+)?(?P<improved>[^,;]{{1,60}}?)\s+by\b
      | \bcompared\s+(?:to|with)\s+(?P<compared>[^,;]{{1,60}}?)(?:,|$)""",
    regex.VERBOSE,
)


def attribute_model(draft: Draft, context: SentenceContext, method: Optional[str], title: str) -> Optional[str]:
    if draft.model:
        return draft.model
    left = context.text[:draft.mention.start - context.offset]
    if draft.role == "before":
        return _system_before(left)
    possessive = _POSSESSIVE.search(left[-60:])
    if possessive and is_model_name(possessive.group("name")):
        return possessive.group("name")
    if draft.kind == "params":
        with_name = _WITH_NAME.search(left[-60:])
        if with_name and is_model_name(with_name.group("name")):
            return with_name.group("name")
    subjects = list(_SUBJECT.finditer(left))
    for subject in reversed(subjects):
        resolved = _resolve_subject(subject, method, title)
        if resolved is not _SKIP:
            return resolved
    return method


_SKIP = object()


def _resolve_subject(subject, method, title):
    if subject.group("name"):
        name = subject.group("name")
        return name if is_model_name(name) else _SKIP
    if subject.group("pronoun"):
        return method if subject.group("pronoun").lower() == "it" or method else _SKIP
    desc = subject.group("desc")
    if subject.group("appos"):
        if is_model_name(subject.group("appos")):
            return subject.group("appos")
        desc = f"{desc} {subject.group('appos')}"  # "our continuous speculative decoding"
    if subject.group("our").split()[0].lower() not in ("our", "the", "this"):
        return _SKIP
    lowered = title.lower()
    if desc.lower() in lowered and len(desc.split()) >= 2:
        at = lowered.index(desc.lower())
        return title[at:at + len(desc)]
    if regex.search(rf"(?i)\b{_GENERIC_NOUN}$", desc) or subject.group("our").lower().startswith("our"):
        return method
    return _SKIP


def _system_before(left: str) -> Optional[str]:
    """The system a "from X to Y" starts from: "For VAR, ...", "improve AR baseline by"."""
    best = None
    for match in _FROM_SYSTEM.finditer(left):
        if match.group("for"):
            best = match.group("for") if is_model_name(match.group("for")) else best
        else:
            phrase = match.group("improved") or match.group("compared")
            names = names_in_phrase(phrase)
            if names:
                best = names[0]
    return best


# --- baselines -------------------------------------------------------------------

_STOP = r"(?:\bby\b|\bon\b|\bin\b|\bwhile\b|\bwith\b|\bat\b|\bacross\b|\bunder\b|\busing\b|\bwhich\b|\bthat\b|\bwhen\b|\bwhereas\b|\bas\b|\bthanks\b|\brespectively\b|\bcompared\b|\bthan\b|\bover\b|\bagainst\b|\bversus\b|(?<![\w-])\d|\(e\.g|[,;:]|\.(?!\d))"
_CUE_AFTER = regex.compile(
    rf"\b(?P<cue>than|over|compared\s+(?:to|with)|relative\s+to|against|versus|vs\.?|for)\s+(?P<phrase>(?:(?!{_STOP}).){{1,80}})")
_CUE_BEFORE = regex.compile(
    rf"""(?:\b(?:than|over|compared\s+(?:to|with)|relative\s+to|against|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|exceed\w*|
          improv(?:es|ed|ing|e)(?:\s+(?:over|upon|on))?)\s+(?P<phrase>(?:(?!{_STOP}).){{1,80}}?)(?=\s*(?:\bby\b|\bwhile\b|,|;|$|\.))
       | ^(?:[Ff]or|[Aa]gainst|[Cc]ompared\s+(?:to|with)|[Rr]elative\s+to)\s+(?P<lead>[^,;]{{1,60}}),)""",
    regex.VERBOSE,
)


def attribute_baselines(draft: Draft, context: SentenceContext, site_end: int) -> list[Optional[str]]:
    """The baselines of a comparative claim (one claim is made per baseline)."""
    if draft.kind in ("score", "params"):
        return [None]
    if draft.baselines:
        return draft.baselines
    text = _blank_parentheticals(context.text)
    after = text[site_end:]
    for cue in _CUE_AFTER.finditer(after):
        names = names_in_phrase(cue.group("phrase"))
        if cue.group("cue") == "for" and not (draft.kind == "ratio" and any(is_model_name(n.split()[-1]) for n in names)):
            continue
        if names:
            return names
    left = text[:draft.mention.start - context.offset]
    for cue in reversed(list(_CUE_BEFORE.finditer(left))):
        phrase = cue.group("phrase") or cue.group("lead")
        names = names_in_phrase(phrase)
        if names:
            return names
    return [None]


def _blank_parentheticals(text: str) -> str:
    """'DiT-XL/SiT-XL (675M) while' -> 'DiT-XL/SiT-XL        while': asides out, offsets kept."""
    return regex.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)


# --- conditions --------------------------------------------------------------------

_CFG = regex.compile(
    r"(?i)\b(?P<without>without|w/o|no)\s+(?:classifier-free\s+guidance|CFG|guidance)\b|"
    r"\b(?:with|w/)\s+(?:classifier-free\s+guidance|CFG)(?:\s+(?:scale\s+)?(?:of\s+)?(?P<scale>\d+(?:\.\d+)?))?")
_SHOT = regex.compile(r"(?i)\b(zero-shot|few-shot|one-shot|\d+-shot|fine-tuned|linear[- ]probing)\b")


def attribute_condition(draft: Draft, context: SentenceContext, site_end: int) -> Optional[str]:
    if draft.condition:
        return draft.condition
    if draft.kind == "params":
        return None
    window = context.text[site_end:site_end + 80].split(",")[0]
    cfg = _CFG.search(window)
    if cfg:
        return "without CFG" if cfg.group("without") else (f"CFG {cfg.group('scale')}" if cfg.group("scale") else "with CFG")
    shot = _SHOT.search(context.text[max(0, draft.mention.start - context.offset - 60):site_end + 40])
    if shot and draft.kind == "score":
        return shot.group(1).lower()
    return None
