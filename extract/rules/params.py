"""Parameter counts of named systems: "our 1.5B model", "xAR-B (172M)",
"Chameleon-7B", "Llama 2 70B", "with 0.8B parameters", "from 111M to 3.1B parameters".

Counts that are not a system's size stay out: tokens, images, samples, steps, and
the parameters a method adds or trains ("fine-tunes only 2M parameters"), unless a named
system is the clause's subject ("With only 3.2M trainable parameters, PromptNet-S matches ...").
"""
from __future__ import annotations

from dataclasses import replace

from extract.deferred import re, regex
from extract.names import (
    NAME_TOKEN,
    RELEASE_TIERS,
    is_model_name,
    last_name,
    names_in_phrase,
    plain_system_word,
)
from extract.rules.base import (
    Cue,
    LazyPattern,
    Match,
    Rule,
    compile_left,
    compile_right,
    draft_of,
    drafts,
    longest_twin,
    match_where_longest_starts,
)
from extract.rules.fragments import ONLY_BEFORE, STRICT_BOUND
from extract.rules.scores import TO_SEPARATOR, before_and_after, ends_in_bracket
from extract.vocab import dataset_vocabulary, metric_vocabulary, model_family_pattern

_MODEL_NOUN = r"""(?:models?|Models?|LLMs?|LMs?|MLLMs?|VLMs?|backbones?|variants?|networks?|transformers?|Transformers?|versions?|checkpoints?
    |decoders?|encoders?|policies|policy|generators?|tokenizers?|architectures?|counterparts?|teachers?|students?|baselines?
    |provers?|agents?|assistants?|solvers?|retrievers?|rerankers?|classifiers?|detectors?|planners?|critics?|verifiers?|judges?|drafters?
    |MoE|dense\ models?|ViTs?|DiTs?
    |VLA|LVLM|LMM|SLM|reasoner|system)"""  # one system ("our 0.5B VLA", "a 3B reasoner", "our 36B system": read37); the plural is a class ("the strongest 13B LMMs")
_SIZE_WORDS = r"""(?:[\s-]+(?:parameters?|params?|parameter|param|dense|sparse|MoE|base|instruct|chat|scale|scaled|sized?|large|small|
    active|total|activated|multimodal|language|vision|diffusion|autoregressive|AR|reasoning|coding|math|code|
    conversational|[A-Z][\w.-]*))*?"""
#: Up to two words that describe the system between its size and its noun, as any adjective or
#: noun modifier may: "our 8B driving VLM", "a 3B vision-language-action model", "our 200M
#: foundation model", "our 7B function-calling model", "a 1.3B generalist policy" (params28). Not
#: a function word ("7B tokens to train the model"), nor a plural or a verb ending in "s" ("2B
#: pairs", "7B outperforms"): a count of something else, or a clause, before a model noun; nor a
#: word that says what else the number counts ("a 128K-context VLM": a context length).
_DESCRIPTION = r"""(?:[\s-]+(?!(?:a|an|the|our|its|their|this|that|these|those|which|who|and|or|but|nor|of|on|in|into|to|for
    |with|without|from|by|at|as|than|per|via|over|under|across|between|versus|vs|be|been|being|using|used|only|just
    |context|token|length|window|step|batch|resolution|vocabulary|dimensional|layer|hour|sample|pixel|budget)(?![\w-]))
    (?![a-z]+s\b)[a-z]+(?:-[a-z]+)*){0,3}?"""  # "a 22B compositional video editing model" (read83)
#: A size the method adds or trains ("fine-tunes only 2M parameters"), not the system's; "training
#: a 7B model" and "FP8 training of our 236B MoE" (params28) train the system, whose size it is
#: ("RL training of a 32B LLM" by a framework trains a model it does not own: stays out).
_NOT_SYSTEM_SIZE = re.compile(
    r"(?i)\b(?:(?:train\w*|fine-?tun\w*)(?!\s+(?:a|an|our|the|of\s+our)\s)|updat\w*|add\w*|introduc\w*|additional|extra|learnable|tunable|trainable|"
    r"adapter|LoRA|prompt|new)\s+(?:[\w-]+\s+){0,2}$")

_NOT_A_NAME = frozenset(["Our", "The", "A", "An", "With", "Only", "Its", "Their", "This", "These", "Both", "All", "Each", "Every", "Scaling", "Using", "Training", "Trained", "Compared", "Our", "Larger", "Smaller", "Dense", "Sparse", "Base", "Large", "Small", "Tiny", "Huge", "Up", "From", "To", "At", "In", "On", "For", "Of", "By", "And", "Or",
                         # prepositions that open a sentence ("Across 4B and 80B systems, ...": read37)
                         "Across", "Among", "Under", "Over", "Beyond", "Within", "Without", "Through", "Despite", "After",
                         "Before", "Unlike", "Like", "Versus", "Between", "Against", "Via", "Per",
                         # conjunctions, sentence adverbs and hedges that open a sentence ("While 1.26M
                         # public demonstrations suffice", "Nearly 2M samples": read42)
                         "While", "Whereas", "Although", "Though", "When", "Since", "Because", "If", "Once", "As",
                         "Here", "Then", "Thus", "Hence", "However", "Moreover", "Furthermore", "Yet", "But", "So",
                         "Even", "Still", "Also", "Given", "Nearly", "About", "Around", "Approximately", "Roughly",
                         "Just", "Some", "Almost"])
#: A name, perhaps with a version or a second capitalised word written apart: "Llama 3", "Gemma 4", "Stable Diffusion".
_NAME_WITH_VERSION = rf"{NAME_TOKEN}(?:\s(?:\d+(?:\.\d+)?|[A-Z][\w.-]*))?"
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME_WITH_VERSION})\s$")


def _is_size(m: Match, smallest: float = 1e5, plain: bool = False, own_bound: bool = False) -> bool:
    """A system's size: a count with a scale (or, where `plain`, a whole count), of `smallest`
    or more, not written inside a name, not a bound ("models >30B parameters", "than models up
    to 70B parameters" describe a class of models). Where `own_bound`, an upper bound said of no
    class of models is a size at the bound ("small (less than 80,000 neural network
    parameters)", "fewer than 50K parameters": the spec's bounds on a cost; holdout75, holdout92)."""
    bound = STRICT_BOUND.search(m.site.left[-25:])
    if (bound and own_bound and _UPPER_BOUND.match(bound.group()) and not _MODELS_WITH_BOUND.search(m.site.left[-60:])
            and not _PART_TRAINED.search(m.site.left)):
        bound = None
    return (all((x.quantity == "scale" or (plain and x.quantity == "plain" and x.is_integer)) and x.value >= smallest
                and not x.glued for x in m.site.mentions)
            and not bound and not _CLASS_UP_TO.search(m.site.left[-40:]))


#: The upper bounds of `STRICT_BOUND`.
_UPPER_BOUND = re.compile(r"(?i)(?:below|under|less\s+than|fewer\s+than|at\s+most|lower\s+than|<|≤)\s*$")
#: A class of models a bound describes: "models with fewer than", "LLMs under".
_MODELS_WITH_BOUND = re.compile(r"(?i)\b(?:models|LLMs|LMs|networks|systems|baselines|methods|architectures)"
                                r"\s+(?:(?:that|which)\s+)?(?:with\s+|of\s+|having\s+|have\s+)?\S+(?:\s+than)?\s*$")
#: A part trained on a frozen model: "freezes VGGT and trains only a lightweight head (less than 7.5M
#: parameters)": the bound is the part's, no system's size.
_PART_TRAINED = re.compile(r"(?i)\bfreez\w*|\bfrozen\b|\btrains?\s+only\b")


def _compared_class(m: Match, after_noun: int = 0) -> bool:
    """A size that describes unnamed systems the paper is compared with, not a named
    system's size (claims-spec: 'a parameter count of a named system'): 'compared to models
    of ~300M parameters', 'comparable to results from 685M parameter models'."""
    left = m.site.left[-80:]
    if _COMPARED_MODELS_OF.search(left):
        return True
    return (m.site.mentions[0].value_max is None and bool(_COMPARED_BEFORE_SIZE.search(left))
            and bool(_PLURAL_MODEL_NOUN.match(m.site.right, after_noun)))


#: Sizes listed before a last one: "3B and ", "1B, 3B or ", "4B/".
_SIZES_LISTED_BEFORE = r"(?:\d[\d.]*\s*[KMBT]\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*))*"
#: A family's models, then their sizes: "Llama 3 models of 125M, 1B and ", "Pythia models with ".
_FAMILY_MODELS_OF = re.compile(
    r"(?P<name>(?P<family>[A-Z][\w.-]*)(?:\s\d+(?:\.\d+)?)?)\s+models?\s+(?:of|with)\s+(?:sizes?\s+)?"
    rf"{_SIZES_LISTED_BEFORE}$")


#: A size's noun suspended to the next size's: the "- and 7B" of "1.5B- and 7B-parameter models",
#: "1B- and 3B-scale settings" (read46). The second size is a site of its own.
_SUSPENDED_HYPHEN = r"-\s*(?:,\s*|\s+(?:and|or|to)\s+)(?:\d[\d.]*\s?[KMBT]-\s*(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+))*\d[\d.]*\s?[KMBT]"


def _with_params(m: Match):
    # before "parameters" a size may be small ("63k parameters", "305 params", "approximately
    # 32,000 parameters": tiny models, holdout6, holdout20, holdout25), a whole count of a
    # hundred or more, where `_is_size` asks 1e5 and a scale of a size said without the noun (tail30)
    # below a hundred, a count of parameters is a system's size only where "only" says it is
    # small ("with only 43 trainable parameters", "a CV-QNN with only 18 parameters", read62)
    smallest = 10 if ONLY_BEFORE.search(m.site.left[-12:]) else 100
    if not _is_size(m, smallest=smallest, plain=True, own_bound=True) or _NOT_SYSTEM_SIZE.search(m.site.left[-40:]):
        return None
    if _compared_class(m, len(m.right.group(0))):
        return None  # "comparable to results from 685M parameter models": unnamed systems compared with
    if _EVALUATED_MODELS.search(m.site.left[-120:]) or (
            _CLASS_OF_SIZES.search(m.site.left[-80:]) and not _OWN_MODELS.search(m.site.left[-80:])):
        # "We evaluated 41 quantized SLMs (12 families, 0.135-32B parameters)": studied models;
        # "to unseen policy models ranging from 0.5B to 8B parameters", "scales to 32B parameters":
        # a class of sizes a method reaches, no system's own size (read53); "We release models
        # ranging from 1B to 15B parameters" is the paper's own family
        return None
    if m.site.mentions[0].value_max is not None and _EVALUATION_WORD.search(m.site.sentence) \
            and not _OWN_TRAINING_WORD.search(m.site.sentence):
        # "Nine locally deployed LLMs, ranging from 2 to 35 billion parameters, were evaluated",
        # "three open-source code LLMs (350M to 6.7B parameters)" in a study: the span of sizes of
        # the models a sentence evaluates, no system's size; a span the paper trains or releases is
        # its family's (every labelled span is said so; read67)
        return None
    trainable = bool(m.right.group("trainable"))
    out = drafts(m, "params", "params", "<size> parameters")
    named = _PARAMS_OF_NAME.match(m.site.right) if not trainable else None
    if not named and _FRONTED_SIZE.match(m.site.left):
        # "Despite using only 1.5B parameters, Tiny-R1 reaches ...", "With only 1.2M parameters,
        # LiteTS matches ...": the fronted phrase's size is its main clause's subject's (params28)
        named = _SUBJECT_AFTER_FRONTED.match(m.site.right)
    if trainable and not (named and is_model_name(named.group("name"))) \
            and not (_OWN_SMALL_SIZE.search(m.site.left[-40:]) and not _TUNES_ANOTHER.search(m.site.left)):
        # "With approximately 1.4 million trainable parameters, CLIP-MHAdapter achieves": the
        # trainable size of the system the main clause names is its size (read32); so is one the
        # clause's system boasts of ("RELISH remains parameter-efficient, requiring only 3.4-3.7M
        # trainable parameters", "comprising exactly 63,458 trainable parameters": read45);
        # elsewhere ("LoRA with 2M trainable parameters") it is what a method tunes of another model
        return None
    apposed = _APPOSED_NAME_BEFORE.search(m.site.left[-80:]) if not trainable else None
    if apposed and is_model_name(apposed.group("name")):
        # "we present InternVL-U, a lightweight 4B-parameter UMM": the size describes the name
        # it is set off against; the noun after it is the kind of system (read39)
        named = apposed
    if not named:
        # "LightSR-Tiny (only 0.9M parameters) delivers": the name before the bracket, as
        # "<name> (<size>)" reads it without the "only" (params28)
        named = _NAME_BEFORE_BRACKET_BOUND.search(m.site.left[-60:])
    family = _FAMILY_MODELS_OF.search(m.site.left[-80:]) if not (named and is_model_name(named.group("name"))) else None
    if family and (is_model_name(family.group("name")) or model_family_pattern().fullmatch(family.group("family"))):
        # "pre-training of Llama 3 models of 125M, 1B and 8B parameters": the sizes of the family
        # named before "models of", a name even without a name's shape ("Pythia") (read44)
        for draft in out:
            draft.model = family.group("name")
        return out
    keyed = _NAME_KEYED_IN_BRACKET.search(m.site.left[-60:]) if not named else None
    if keyed:
        # "our residual separable model (Model 2, 533 params)": the name the bracket opens with;
        # "UNI (ViT-L, 307M parameters)": the name the bracket follows, the first its architecture (tail30)
        before = keyed.group("before")
        for draft in out:
            draft.model = before if before and is_model_name(before) else keyed.group("name")
    elif named and is_model_name(named.group("name")):
        for draft in out:  # "a 317M-parameter MCP-Large"
            draft.model = named.group("name")
    return out


#: A system's own small size, boasted of right before it: "requiring only ", "comprising exactly ";
#: or the total its design comes to, said with a verb of amounting ("reaching 290,572 trainable
#: parameters", "totalling 1.2M trainable parameters": holdout99), which no tuning method is said with.
_OWN_SMALL_SIZE = re.compile(
    r"""(?i)\b(?:(?:requir\w*|need\w*|ha[sv]\w*|compris\w*|contain\w*|us\w*|with)\s+(?:only|just|exactly|merely)
        |(?:reach\w*|total\w*|amount\w*\s+to|com\w*\s+to)(?:\s+(?:only|just|exactly|merely))?)\s+(?:about\s+|approximately\s+|~\s*)?$""", re.VERBOSE)
#: A verb of carrying something across sizes, then "from": "transferring from a public ", "scaling from ".
_TRANSFER_FROM = re.compile(r"(?i)\b(?:transfer\w*|scal(?:e|es|ed|ing)|extrapolat\w*|generali[sz]\w*)\s+(?:\w+\s+)?from\s+"
                            r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$")
#: A method that tunes part of another model, said before the size: its trainable parameters are that model's.
_TUNES_ANOTHER = re.compile(r"(?i)\b(?:LoRA|adapters?|prompt[\s-]tuning|PEFT|fine-?tun\w*|frozen\s+(?:backbone|encoder|model|LLM)s?)\b")


#: A later member of a list, with an indefinite article: ", and a ", ", a ".
_LISTED_INDEFINITE_BEFORE = LazyPattern(r"(?:,\s*(?:and\s+)?|\band\s+)an?\s$")
#: An unnamed system described by lower-case words with an indefinite article, then its result:
#: "a mid-size model 70%", "a reasoning model passes 85% of test cases".
_UNSIZED_MODEL_LISTED = LazyPattern(r"\ban?\s+(?:[a-z][\w-]*\s+){1,2}models?\b[^;:]{0,40}?\d")


def _model_of_size(m: Match):
    if not _is_size(m) or _NOT_SYSTEM_SIZE.search(m.site.left[-40:]):
        return None
    if _STUDIED_SIZES.search(m.site.left[-60:]) and _PLURAL_MODELS.match(m.right.group(0).split()[-1]):
        return None  # "generalises across 4B and 80B models": models under study, not a system
    if (m.site.mentions[0].value_max is not None and _COUNT_BEFORE_SIZE.search(m.site.left[-20:])
            and _PLURAL_MODELS.match(m.right.group(0).split()[-1]) and not _WE_OR_OUR.search(m.site.left[-100:])):
        # "Across six 8-32B vision-language models", "across five 4B-14B models": a counted set of
        # models spanning a range of sizes, studied, not the paper's (which it says it makes: "we
        # instantiate four 5B--33B models"; read68). One size is often the models the paper's
        # method is applied to ("on two 1.5B reasoning models", labelled in the real set)
        return None
    if m.site.mentions[0].value_max is not None and _TRANSFER_FROM.search(m.site.left[-60:]):
        return None  # "transferring from a public 1B to 7B model": the two ends of a transfer, settings (read69)
    if _MODEL_NOUN_OF_DATA.match(m.site.right, len(m.right.group(0))):
        return None  # "310k critic samples", "200k agent-interaction question-answer pairs": data counted
    if m.right.group(0).rstrip().lower().endswith(("tokenizer", "tokenizers")) and m.site.mentions[0].text.rstrip().upper().endswith("K"):
        return None  # "with a 128K tokenizer": a vocabulary's size, not parameters (read58)
    compared = _COMPARED_NOUN.search(m.right.group(0))
    named = next((t for t in m.right.group(0).split() if is_model_name(t)), None) if compared else None
    if compared and not named:
        return None  # "outperforming a 14B baseline", "14B baselines": an unnamed compared system's size, no claim
    if _compared_class(m):
        return None  # "compared to models of ~300M parameters"
    if _TEACHER_NOUN.search(m.right.group(0)) and not named and not any(is_model_name(t) for t in m.right.group(0).split()) \
            and not _WE_OR_OUR.search(m.site.left[-12:]):
        # "distilled from a single 8B vision-language teacher", "(86.9% of the 8B teacher)": an
        # unnamed teacher is a reference the paper learns from, not its system (holdout108 and
        # read84 label none); "our 7B teacher" is the paper's own
        return None
    if _LISTED_INDEFINITE_BEFORE.search(m.site.left[-12:]) and _UNSIZED_MODEL_LISTED.search(m.site.left[-120:-3]):
        # "a reasoning model passes 85% of test cases, a mid-size model 70%, and a 1B model falls
        # below": one of a list of unnamed systems described, no system's size (read81)
        return None
    out = drafts(m, "params", "params", "<size> model")
    family = _versioned_family(m)
    if family:
        # "a fine-tuned Gemma 3-27B model", "a Granite 3.0-8B model": a family, its version, then
        # the size, not a range of sizes from 3B to 27B
        out[0].value, out[0].value_max, out[0].model = m.site.mentions[0].value_max, None, family
    if compared:
        # "the 671B DeepSeek-R1 baseline": a compared system, not the paper's, named by the words between
        for draft in out:
            draft.model, draft.role = named, ""
    elif _OUTPERFORMS_AN.search(m.site.left[-40:]):
        # "a 770M Attractor Model outperforms a 1.3B Transformer": the object of a comparing verb
        # is the compared system, its size its own: by the capitalised noun that names it, else
        # an unnamed system's size, no claim (read40)
        noun = m.right.group(0).split()[-1]
        if not noun[:1].isupper():
            return None
        for draft in out:
            draft.model = noun
    return out


#: Counts written as words, of models a sentence studies: "six", "twelve".
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
#: A count of models right before their sizes: "six " (of "six 8-32B vision-language models").
_COUNT_BEFORE_SIZE = re.compile(rf"(?i)\b(?:{_COUNT_WORDS}|\d{{1,2}})\s+$")
_WE_OR_OUR = re.compile(r"(?i)\b(?:we|our)\b")
#: A comparing verb and an article right before a size: "outperforms a 1.3B Transformer".
_OUTPERFORMS_AN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|rival\w*|than|over)\s+(?:a|an|the)\s+$")


#: A version written apart at the end of a name: "Llama 3.1", "Gemma 4".
_SPACED_VERSION_END = re.compile(r"\s\d+(?:\.\d+)?$")


def _parenthetical(m: Match):
    """'xAR-B (172M)', 'DiT-XL/SiT-XL (675M)': one claim per name."""
    if not _is_size(m):
        return None
    names = [name for name in (last_name(n) for n in m.left.group("names").split("/")) if name]
    if not names:
        return None
    if m.site.mentions[0].value_max is not None and _SPACED_VERSION_END.search(m.left.group("names")):
        return None  # "across Gemma 3, Qwen 3 and Llama 3.1 (270M to 27B)": the sizes of the families studied
    return [draft for name in names for draft in drafts(m, "params", "params", "<name> (<size>)", model=name)]


#: A size in billions as a bracket of sizes lists it, a mixture of experts' active size after
#: it ("30B-A3B": 30B in all, 3B active).
_BILLIONS = r"\d[\d.]*\s?B(?:-A\d[\d.]*B)?"
#: Sizes in billions listed before a last one: "70B, ", "7B and ".
_BILLIONS_LISTED = rf"(?:{_BILLIONS}\s*(?:,\s*(?:and\s+)?|and\s+))*"
#: A bracket holding only sizes in billions, one or a list: "(70B, 405B)", "(7B and 70B)".
_SIZES_ONLY = re.compile(rf"\(\s*{_BILLIONS_LISTED}{_BILLIONS}\s*\)")


def _sizes_of_word(m: Match):
    """'Hermes (70B, 405B)', 'gpt-oss (20B, 120B)', 'Qwen3 (30B-A3B, 235B-A22B)': a bracket
    that holds only sizes in billions, after a word, gives each size to that word, even one
    with no name's shape, as a model list writes its families (read44). Only billions: a
    bracket of millions after a capitalised word is as often a data set's count ("ImageNet
    (1.2M)")."""
    if not _is_size(m):
        return None
    left, right = m.site.left, m.site.right
    opened, closed = left.rfind("("), right.find(")")
    bracket = left[opened:] + m.site.sentence[m.site.start:m.site.end] + right[:closed + 1]
    if opened < 0 or closed < 0 or not _SIZES_ONLY.fullmatch(bracket):
        return None
    word = m.left.group("word")
    # "the open GLM-4.5-Air model (106B-A30B)": a name's shape before "model" (not "a dense model (8B)"; read55)
    if not (is_model_name(word) or (plain_system_word(word) and not m.left.group("model"))):
        return None
    return drafts(m, "params", "params", "<word> (<size>, <size>)", model=word)


def _family_sizes(m: Match):
    """'the Qwen-2.5 family (1.5B-32B)', 'the Mamba family of SSM LMs (130M--1.4B)': the sizes
    a named model family spans, one params claim (a range when written as one) with the
    family's name as the model (the spec's family-range rule; recall13)."""
    if not _is_size(m) or len(m.site.mentions) != 1:
        return None
    name = m.left.group("family")
    if not (is_model_name(name) or name[:1].isupper()) or name in _NOT_A_NAME:
        return None
    return drafts(m, "params", "params", "<name> family (<size>)", model=name)


def _name_with_size(m: Match):
    """'Chameleon-7B', 'VAR-d30-2B', 'Llama-2-13B-chat': the size inside a name."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.quantity != "scale" or not mention.glued:
        return None
    if mention.text[-1] not in "MBTbm" or mention.value < 1e6:
        return None  # "MJHQ-30K" is a benchmark, "FID-50K" a metric
    head = match_where_longest_starts(_NAME_HYPHEN_END, _NAME_HYPHEN_END_LONGEST, m.site.left)
    if not head:
        return None
    tail = _NAME_TAIL.match(m.site.right).group()  # "-1M-Instruct"
    if not tail and m.site.right.startswith("/"):
        # "Llama-3.1-8B/70B-Instruct": the tail after the last of slashed sizes is every size's (read51)
        shared = _SLASHED_SIZES_THEN_TAIL.match(m.site.right)
        # (not an active size, which is the last size's own: "Qwen3-4B/30B-A3B-Instruct-2507")
        tail = _ACTIVE_SIZE.sub("", shared.group("tail")) if shared else ""
    name = head.group("name") + "-" + mention.text + tail
    if (tier := _SPACED_TIER.match(m.site.right, len(tail))) is not None:
        name += tier.group()  # "exceeding Qwen3-8B Base": a release tier written apart is the name's (read81)
    if dataset_vocabulary().fullmatch(name) or dataset_vocabulary().fullmatch(head.group("name")):
        return None  # "WebVid-10M" is a dataset
    after = m.site.right[len(tail):]
    before = m.site.left[:-len(head.group(0))]
    known_system = model_family_pattern().match(name) is not None
    if mention.text.endswith("m") and not known_system and head.group("name").islower():
        return None  # "Pythia-160m", "GPT-Neo-125m"; "a run-100m test" is metres
    if (_DATA_APPOSITION.match(after) or _DATA_AFTER.match(after) or _DATA_BEFORE.search(before)
            or _DATA_WORD_IN_NAME.search(name)
            or (not known_system and (_DATA_CONTENTS.match(after) or _TRAINED_ON.search(before[-60:])
                                      or _listed_among_data(before[-80:])))):
        # "Gran-29M, a dataset of ...", "the SA-1B dataset", "the Ego2E dataset (E2E-3M)",
        # "fine-tune the models on SA-1B" (not "trained on Qwen2.5-VL-3B", a known system),
        # "SA-1B contains 11M images", "SA-1B, with 1.1B masks" (what it holds is counted data; params28),
        # "annotations from Gran-29M": a dataset named by its size; "across FinTabNet, PubTabNet,
        # and PubTables-1M": a member of a list of where results are had
        return None
    total = _TOTAL_SIZE_AFTER.match(tail)
    if total and float(total.group("size")) * 1e9 > mention.value:
        # "OLMoE-1B-7B": the active size, then the total, which is the name's size (read75; the
        # number reader takes no size glued to another as a number of its own, so it is read here)
        mention = replace(mention, text=total.group()[1:], start=mention.end + total.start("size"),
                          end=mention.end + total.end(), value=float(total.group("size")) * 1e9)
        return [draft_of(mention, "params", "params", "<name>-<size>", model=name)]
    out = drafts(m, "params", "params", "<name>-<size>")
    out[0].model = name
    return out


def _listed_among_data(before: str) -> bool:
    """'across FinTabNet, PubTabNet, and ' before 'PubTables-1M': a later member of a list of where
    results are had, whose earlier members are no systems (none sized, none of a known family:
    not 'Across Qwen3-8B, DeepSeek-Distill-Qwen-7B, and ' before 'Olmo3-7B-Instruct'; read66)."""
    listed = _LISTED_AFTER_PREPOSITION.search(before)
    return bool(listed) and not _SIZE_IN_NAME.search(listed.group()) and not model_family_pattern().search(listed.group())


#: A size written in a name: "Qwen3-8B", "Llama-2-13B-chat".
_SIZE_IN_NAME = LazyPattern(r"\d[\d.]*[BMT]\b")


def _slashed_sizes_of_name(m: Match):
    """'Qwen3-VL-Instruct-2B/4B/8B', 'Qwen3-4B/30B': sizes after a slash that go on a name
    with its first size, one system each ("Qwen3-VL-Instruct-4B"), as 'RoboReward 4B/8B' are
    (read51; the first size is the name's own, "<name>-<size>"); a tail after the last size is
    every size's ("Llama-3.1-8B/70B-Instruct")."""
    if not _SLASHED_SIZES.fullmatch(m.left.group("first") + "/" + m.site.sentence[m.site.start:m.site.end]):
        return None
    tail = _NAME_TAIL.match(m.site.right).group()  # "Llama-3.1-8B/70B-Instruct": every size's tail
    return _sizes_on_name(m, "<name>-<size>/<size>", tail)


def _sizes_on_name(m: Match, rule: str, tail: str = ""):
    """Each size of the site on the name before the first size ('Qwen3-VL-Instruct-2B/4B' gives
    'Qwen3-VL-Instruct-4B'), with the tail all share; none where the name is data's ("SA-1B/...",
    "SA-1B, 11M", as "<name>-<size>" reads it), or where a size is no bare size in millions or billions."""
    if any(x.quantity != "scale" or x.text[-1] not in "MB" or x.value < 1e6 or x.glued for x in m.site.mentions):
        return None
    name = m.left.group("name")
    if dataset_vocabulary().fullmatch(f"{name}-{m.left.group('first')}") or dataset_vocabulary().fullmatch(name):
        return None
    out = drafts(m, "params", "params", rule)
    for draft in out:
        draft.model = f"{name}-{draft.mention.text}{tail}"
    return out


def _listed_sizes_of_name(m: Match):
    """'Qwen3.5-4B, 9B, 27B', 'Llama-2-7B, 13B and 70B': bare sizes listed after a name with its
    first size go on that name, one system each, as slashed sizes do (read81); a size followed by
    what it counts ('Qwen2.5-7B, 1.5B tokens') is no system's, and the right pattern ends the list."""
    return _sizes_on_name(m, "<name>-<size>, <size>")


def _tagged_size(m: Match):
    """'gemma4:26b', 'qwen2.5:14b': a model served under a runtime's tag (Ollama's "<name>:<size>")
    names its size after the colon (read81); the name must look like a system's (a letter, then a
    digit or a known family), so a ratio or a clock time ("3:1", "10:30") never reads as one."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.quantity != "scale" or mention.text[-1] not in "MBmb" or mention.value < 1e6:
        return None
    name = m.left.group("name")
    if not (model_family_pattern().match(name) or any(ch.isdigit() for ch in name)):
        return None
    tail = _NAME_TAIL.match(m.site.right).group()  # "qwen2.5:7b-instruct"
    return drafts(m, "params", "params", "<name>:<size>", model=f"{name}:{mention.text}{tail}")



def _name_at_size(m: Match):
    """'up to Qwen3-VL at 235B': a system named, then "at" and a size, is a system of that size
    (read83); the name must be a system's ("the model at 7B" names none), the size a count of
    parameters in M or B (not "at 1B tokens" nor "at the 7B scale", read by their own rules)."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.quantity != "scale" or mention.text[-1] not in "MB" or mention.value < 1e6:
        return None
    name = m.left.group("name")
    if not is_model_name(name):
        return None
    return drafts(m, "params", "params", "<name> at <size>", model=name)


def _spaced_name_with_size(m: Match):
    """'Llama 2 70B', 'Mistral 7B': a name, then the size as a separate word; 'RoboReward
    4B/8B': sizes joined by slashes, one system each (read34)."""
    mention = m.site.mentions[0]
    # (a mixture of experts' "8x7b" in lower case too, as holdout12's label writes it)
    if any(x.quantity != "scale" or (x.text[-1] not in "MB" and "x" not in x.text) or x.value < 1e6 for x in m.site.mentions):
        return None
    if len(m.site.mentions) > 1 and not _SLASHED_SIZES.fullmatch(m.site.sentence[m.site.start:m.site.end]):
        return None
    name = m.left.group("name")
    if len(name.split()) > 1 and not name[0].isupper():
        name = name.split(maxsplit=1)[1]  # "surpassing ESM-2 650M": the verb is not part of the name
    first = name.split()[0]
    if not (is_model_name(first) or _CAPITALISED.fullmatch(first)) or first in _NOT_A_NAME:
        return None  # "Mistral 7B", "Llama 2 70B", "Falcon 40B"; not "Our 7B", "The 7B"
    before = m.site.left[:-len(m.left.group(0))]
    if _COUNTED_DATA.match(m.site.right) or _DATA_BEFORE.search(before):
        return None  # "... 1M tokens"; "real datasets (OpenImg 9M, ...)": a listed data set's size
    if _TRAINED_ON.search(before[-60:]) and model_family_pattern().match(name) is None:
        return None  # "trains entirely on Conceptual Captions 3M": the data it learned from, counted (read79)
    if _HARDWARE_AFTER.match(m.site.right) or _HARDWARE_NAME.search(name):
        return None  # "a Huawei Ascend 910B NPU", "Raspberry Pi 4B devices": a device's model number (recall24)
    out = drafts(m, "params", "params", "<name> <size>")
    for draft in out:
        draft.model = f"{name} {draft.mention.text}"
    if len(out) == 1 and mention.value_max is not None and (_VERSION_THEN_SIZE.match(mention.text) or _versioned_family(m)):
        # "Granite 3.0-8B", "a fine-tuned Gemma 3-27B model": a version, then the size
        out[0].value, out[0].value_max = mention.value_max, None
    return out


#: Sizes joined by slashes only: "4B/8B", "1.5B/7B/14B".
#: A size in millions or billions as written in a name or a list of sizes: "7B", "1.5B", "350M".
_SIZE_MB = r"\d+(?:\.\d+)?[MB]"
_SLASHED_SIZES = LazyPattern(rf"{_SIZE_MB}(?:/{_SIZE_MB})+")
#: The low end of a written range that is a family's version: "3" in "Gemma 3-27B", "3.0" in "Granite 3.0-8B".
_VERSION_LOW_END = LazyPattern(r"(?:[1-9]|\d+\.\d+)\s*-\s*\d")
#: The family's name right before the number, one space away: "Gemma ", "Granite ".
_FAMILY_BEFORE = LazyPattern(r"(?<![\w-])(?P<name>[A-Z][A-Za-z]+) $")


def _versioned_family(m: Match) -> str | None:
    """'Gemma 3-27B' as one system, not a range: the name 'Gemma 3-27B' when the number is a
    range whose low end is a version written right after a model family's name (a name the
    family vocabulary knows, or a capitalised word that is not a sentence word); else None."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.value_max is None or not _VERSION_LOW_END.match(mention.text):
        return None
    if m.right is not None and _PLURAL_MODELS.match(m.right.group(0).split()[-1] if m.right.group(0).split() else ""):
        return None  # "Pythia 1-12B models": sizes of a suite, a range
    before = _FAMILY_BEFORE.search(m.site.left[-30:])
    if not before or before.group("name") in _NOT_A_NAME:
        return None
    name = before.group("name")
    return f"{name} {mention.text}" if model_family_pattern().match(name) or _CAPITALISED.fullmatch(name) else None


def _listed_sizes(m: Match):
    """'a family of models in both 0.5B and 7B sizes', '(2B-13B sizes)', 'at 1B, 3B and 8B
    scales': the sizes the paper's models come in, one params claim per size (a range when
    written as one; recall24). Not a count of data ("data at 1M and 10M scales"), not sizes
    of models the paper studies or compares with ("evaluated across 4B and 80B scales")."""
    if not _is_size(m) or _NOT_SYSTEM_SIZE.search(m.site.left[-40:]):
        return None
    left = m.site.left[-80:]
    said = m.right.group(0).strip() if m.right is not None else ""
    studied = _STUDIED_SIZES.search(left[-60:])
    if studied and _OPENING_ACROSS.search(left) and said.startswith("scales"):
        # "We instantiate MF-1 ... Across 0.6B, 1.2B, and 1.6B scales, continued pretraining
        # improves": a sentence opened by the scales its own models are trained at (the labels of
        # read sets agree: holdout27, holdout105; read68), not "generalizes across 4B and 80B scales"
        studied = None
    if _DATA_NEAR_SIZES.search(left) or studied or _compared_class(m):
        return None
    if _SCALE_OF_A_STUDY.match(m.site.right):
        return None  # "in a controlled 2B-scale text-to-video study": the scale an experiment is run at (read57)
    return drafts(m, "params", "params", "<size> sizes")


#: "Across " opening a sentence, then the sizes listed (the sentence start before it).
_OPENING_ACROSS = re.compile(rf"(?:^|[.;:]\s+)Across\s+{_SIZES_LISTED_BEFORE}$")
#: A scale that qualifies an experiment, not the paper's system: "2B-scale text-to-video study",
#: "7B-scale ablations" ("in 1B- and 3B-scale settings" are the sizes the system comes in: read46).
_SCALE_OF_A_STUDY = re.compile(r"-scale\s+(?:[\w-]+\s+){0,3}?(?:stud(?:y|ies)|experiments?|ablations?|comparisons?"
                               r"|analys[ie]s|evaluations?|testbeds?)\b")


def _sizes_ranging(m: Match):
    """'a family of embedding models in 8 distinct sizes ranging from 80M to 14B': the range of
    sizes said after "sizes", read as "(2B-13B sizes)" is (read42)."""
    if (m.site.mentions[0].value_max is None or _STUDY_VERB.search(m.site.left[-120:])
            or (_CLASS_OF_SIZES.search(m.site.left[-80:]) and not _OWN_MODELS.search(m.site.left[-80:]))):
        # "we evaluate LLMs at scales ranging from 1B to 70B": models studied, not the paper's;
        # "recurs across model sizes from 2B to 32B parameters": sizes a finding holds across (read59)
        return None
    out = _listed_sizes(m)
    for draft in out or ():
        draft.rule = "sizes from <size> to <size>"
    return out


#: Verbs of studying other systems: "evaluated", "benchmarking", "we compare", "probing".
_STUDY_VERBS = (r"evaluat\w*|benchmark\w*|assess\w*|test(?:s|ed|ing)?|compar\w*|stud(?:y|ies|ied|ying)|analy[sz]\w*"
                r"|examin\w*|survey\w*|prob(?:e|es|ed|ing)")
#: A verb of studying other systems in the clause before sizes.
_STUDY_VERB = LazyPattern(rf"(?i)\b(?:{_STUDY_VERBS})\b[^.;]*$")
#: The rest of a list of sizes after one of them: " and 10M", ", 3B and 7B".
_SIZES_LISTED_AFTER = re.compile(r"(?:\s*(?:,\s*and|,|and|or)\s*\d[\d.]*\s*[KMBT]\b)*")


def _versions_keyed(m: Match):
    """'We release two versions of MedMO: 4B and 8B', 'in three variants: 1B, 3B and 7B': the
    sizes a colon lists after the versions of the paper's system are its sizes, one params claim
    each (read37); not data, nor the sizes of models studied."""
    if not _is_size(m) or _NOT_SYSTEM_SIZE.search(m.site.left[-40:]):
        return None
    left = m.site.left[-120:]
    if (_DATA_NEAR_SIZES.search(left) or _STUDIED_SIZES.search(left) or _EVALUATED_MODELS.search(left)
            or _compared_class(m) or _COUNTED_DATA.match(m.site.right, _SIZES_LISTED_AFTER.match(m.site.right).end())):
        return None  # "two versions: 1M and 10M images": data counted, after the list's last member
    out = drafts(m, "params", "params", "<versions>: <size>")
    name = m.left.group("name")
    if name and is_model_name(name):
        for draft in out:
            draft.model = name
    return out


def _sizes_after_noun(m: Match):
    """'a family of models (4B/8B)', 'the Xihe-tiny model (9.5M)': a size (or sizes) in
    brackets right after the model noun naming the paper's system (recall24); a compared
    class ("than larger models (70B)") is no claim of the paper's."""
    if not _is_size(m) or _NOT_SYSTEM_SIZE.search(m.site.left[-40:]):
        return None
    if _COMPARED_NEAR_NOUN.search(m.site.left[-70:]) or _DATA_NEAR_SIZES.search(m.site.left[-60:]):
        return None
    if _EVALUATED_MODELS.search(m.site.left[-120:]):
        return None  # "we benchmark 25 quantized models (1B-70B)": the studied models' sizes
    named = _NAME_BEFORE_NOUN.search(m.site.left[-60:])
    name = named.group("name") if named else None
    if name and (is_model_name(name) or _TIERED_COMPOUND.fullmatch(name)) and not dataset_vocabulary().fullmatch(name):
        # "our most compact Xihe-tiny model (9.5M)": the capitalised name right before the noun
        # is the sized system's, a tier written in lower case included (review35)
        return drafts(m, "params", "params", "<model noun> (<size>)", model=name)
    return drafts(m, "params", "params", "<model noun> (<size>)")


#: A name right before the model noun and its bracket: "Xihe-tiny model (".
_NAME_BEFORE_NOUN = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.-]*)\s+(?:models?|variants?)\s*\(\s*$")
#: A capitalised word and a lower-case tier joined by a hyphen: "Xihe-max", "Xihe-tiny".
_TIERED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


def _size_change(m: Match):
    """'reduces the parameter count by 16.8% (from 0.513M to 0.427M)': a change of a
    system's size from A to B gives two sizes, the system before and the new one (as
    'FID from A to B' gives two scores); a size range of a model family ('from 111M to
    3.1B parameters') says no change and stays one claim."""
    site = m.site
    mention = site.mentions[0]
    if (len(site.mentions) != 1 or mention.value_max is None or mention.glued or mention.value < 1e5
            or not TO_SEPARATOR.search(mention.text)):
        return None
    window = site.left[-120:]
    if not (_PARAMETER_WORD.search(window) and _SIZE_CHANGE_VERB.search(window)):
        return None
    out = before_and_after(site, "params", "<parameters> from <size> to <size>")
    for draft in out or []:
        draft.kind, draft.unit = "params", None
    return out


def _size_before_name(m: Match):
    """'surpassing the 80B HunyuanImage', 'distilled from 17B FLUX.1-Schnell', 'the 671B
    DeepSeek-R1': a size in billions written right before a system's name is that system's
    (read33). Only billions (or a family the vocabulary knows): "1M Infinity-Instruct",
    "2M VLN trajectories" count data."""
    mention = m.site.mentions[0]
    if len(m.site.mentions) != 1 or mention.quantity != "scale" or mention.glued or mention.value_max is not None:
        return None
    name = m.right.group("name")
    billions = mention.text[-1] == "B" and mention.value >= 1e8  # written in billions: "a 0.6B Qwen3 interpreter" (read51)
    if not (is_model_name(name) and (billions or (mention.text[-1] == "M" and model_family_pattern().match(name)))):
        return None
    if name in _NOT_A_NAME or dataset_vocabulary().fullmatch(name) or metric_vocabulary().fullmatch(name):
        return None
    after = m.site.right[len(m.right.group(0)):]
    if _HARDWARE_AFTER.match(" " + name) or _HARDWARE_NAME.search(m.site.left[-30:]):
        return None  # "an Ascend 910B NPU": a device's model number
    if _COUNTED_DATA.match(after) or _MODEL_NOUN_OF_DATA.match(after) or _HARDWARE_AFTER.match(after) \
            or _DATA_BEFORE.search(m.site.left) or _TRAINED_ON.search(m.site.left[-60:]):
        return None  # "1B LAION images", "pretrained on 2B WebLI": data counted
    return drafts(m, "params", "params", "<size> <name>", model=name)


def _at_size_scale(m: Match):
    """'At the 2.5B scale, LRKV outperforms standard attention': the size of the system named
    as the subject right after the comma (read34); "at the 1B scale, we ..." names none."""
    name = m.right.group("name")
    if not _is_size(m) or len(m.site.mentions) != 1 or not is_model_name(name):
        return None
    return drafts(m, "params", "params", "at the <size> scale", model=name)


def _models_times_larger(m: Match):
    """'matching SOTA reasoning models that are 2x to 7x larger', 'competitive with diffusion-based
    models an order of magnitude larger': the compared systems' size is N times the paper's, a
    `params` ratio against them (read34; holdout27, holdout33 and holdout35 label it so)."""
    if any(x.quantity != "ratio" for x in m.site.mentions) or len(m.site.mentions) != 1:
        return None
    noun = _MODELS_BEFORE_FACTOR.search(m.site.left[-90:])
    if noun is None:
        return None
    if _WITH_AT_END.search(noun.group()) and not _COMPARED_BEFORE.search(m.site.left[-160:-len(noun.group()) or None]):
        return None  # "we train models with 2x more parameters": a setting; "rivals models with 50x more parameters" compares
    return drafts(m, "params", "ratio", "<models> <factor> larger", baselines=[_LEADING_ARTICLE.sub("", noun.group("np"))])


#: The compared systems right before a factor of size: "SOTA reasoning models that are", "models".
_MODELS_BEFORE_FACTOR = LazyPattern(
    r"(?<![\w-])(?P<np>(?:(?!(?:with|than|to|of|as|or|and|by|is|are|was|were|be|that|which|outperform\w*|match\w*|surpass\w*|rival\w*|competitive|we|our|train\w*|us(?:e|es|ed|ing))\b)[\w-]+\s+){0,3}?(?:models?|LLMs?|VLMs?|baselines?|counterparts?|networks?|systems?|competitors?))"
    r"(?:\s+(?:that|which)\s+(?:are|is|were)|\s+with)?\s+(?:(?:up\s+to|about|roughly|nearly|over|more\s+than|at\s+least)\s+)?$")
_LEADING_ARTICLE = LazyPattern(r"(?i)^(?:the|a|an|much|many|other|even)\s+")
_WITH_AT_END = LazyPattern(r"\swith\s+(?:\S+\s+)?$")
#: A comparison before the compared models: "outperforms", "on-par with", "the accuracy of".
_COMPARED_BEFORE = LazyPattern(
    r"(?i)\b(?:outperform|surpass|match|rival|beat|exceed|approach|compet|on[- ]par|comparable|close\s+to|(?:accuracy|performance|quality)\s+of)")


#: A verb of training or updating before a share of parameters: the share trained.
_TUNED_SHARE = LazyPattern(r"(?i)\b(?:updat|tun|train|fine-?tun|adapt|modif)\w*\b[^,;.]*$")


def _share_of_parameters(m: Match):
    """'despite using fewer than 8% of the parameters', 'requiring less than 5% of their model
    parameters', 'at 53% of the parameter count', 'only 15% of the parameters of giga-scale
    models': the paper's system's size as a share of a compared system's, a `params` change
    (the labelled sets write it so: holdout11, holdout16, holdout48, holdout52, holdout62; read56).
    Not a share said with no article ("succeeds with only 0.16% of parameters", the share a
    parameter-efficient method updates), nor one trained ("tuning 1% of the parameters")."""
    if len(m.site.mentions) != 1 or m.site.mentions[0].sign:
        return None
    if _TUNED_SHARE.search(m.site.left[-80:]):
        return None  # "fine-tuning only 0.5% of the parameters": the share a method trains, a setting
    out = drafts(m, "params", "relative", "<share> of the parameters")
    compared = m.right.group("of") or m.right.group("owner")
    names = names_in_phrase(compared) if compared else []
    for draft in out if names else ():
        draft.baselines = names
    return out


RULES = [
    Rule("<parameters> from <size> to <size>", frozenset({"scale"}), _size_change,
         left=compile_left(r"\bfrom\s+"), needs=("from",),
         examples=("reduces the parameter count by 16.8% (from 0.513M to 0.427M)",)),
    Rule("<name>-<size>", frozenset({"scale"}), _name_with_size, examples=("Chameleon-7B", "VAR-d30-2B")),
    Rule("<name>-<size>/<size>", frozenset({"scale"}), _slashed_sizes_of_name,
         left=compile_left(rf"(?<![\w.-])(?P<name>[A-Za-z][\w.]*(?:-[\w.]+)*?)-(?P<first>{_SIZE_MB})/$"),
         needs=("/",), examples=("Qwen3-VL-Instruct-2B/4B/8B", "Qwen3-4B/30B")),
    Rule("<name>-<size>, <size>", frozenset({"scale"}), _listed_sizes_of_name,
         left=compile_left(rf"(?<![\w.-])(?P<name>[A-Za-z][\w.]*(?:-[\w.]+)*?)-(?P<first>{_SIZE_MB})(?:,\s*{_SIZE_MB})*(?:,\s*(?:and\s+)?|\s+and\s+)"),
         # the list goes on or ends: not "Qwen2.5-7B, 1.5B tokens"
         right=compile_right(r"(?:[,;:)]|\.(?!\d)|$|(?:and|or|on|in|for|with|at|across|to|from|by|as|under|via|are|were|is|models?|variants|versions|respectively)\b)"),
         needs=(",", "and"), examples=("Qwen3.5-4B, 9B, 27B", "Llama-2-7B, 13B and 70B")),
    Rule("<name>:<size>", frozenset({"scale"}), _tagged_size,
         left=compile_left(r"(?<![\w.:-])(?P<name>[A-Za-z][\w.-]*[A-Za-z\d]):"), needs=(":",),
         examples=("gemma4:26b", "llama3:8b")),
    Rule("<name> (<size>)", frozenset({"scale"}), _parenthetical,
         # (a version written apart, "Gemma 4 (31B)": read59)
         left=compile_left(rf"(?P<names>{_NAME_WITH_VERSION}(?:/{NAME_TOKEN}(?:\s[A-Z][\w.-]*)?)*)\s*\(\s*(?:[~≈]\s*)?", leftmost=True),
         right=compile_right(r"(?:parameters?|params?)?\s*[),;]"), needs=('(',), examples=("xAR-B (172M)",),
         # every match ends with '(' and white space: the test the bracket rules of scores.py use
         left_possible=ends_in_bracket),
    Rule("<word> (<size>, <size>)", frozenset({"scale"}), _sizes_of_word,
         left=compile_left(rf"(?<![\w-])(?P<word>[\w.-]+)(?P<model>\s+model)?\s*\(\s*{_BILLIONS_LISTED}"),
         needs=('(',), examples=("Hermes (70B, 405B)", "gpt-oss (20B and 120B)")),
    Rule("<name> family (<size>)", frozenset({"scale"}), _family_sizes,
         left=compile_left(rf"(?P<family>{NAME_TOKEN})\s+(?:model\s+)?famil(?:y|ies)(?:\s+of\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s*\(\s*"),
         right=compile_right(r"(?:parameters?|params?)?\s*\)"), needs=("famil",),
         examples=("the Qwen-2.5 family (1.5B-32B)", "the Mamba family of SSM LMs (130M--1.4B)")),
    Rule("<size> parameters", frozenset({"scale", "plain"}), _with_params,
         # "1.5B- and 7B-parameter models": the first size's noun suspended to the second's (read46)
         right=compile_right(rf"(?:{_SUSPENDED_HYPHEN})?(?:-?\s*)?(?:total\s+|active\s+|activated\s+|(?P<trainable>trainable\s+|learnable\s+|tunable\s+))?(?:(?:neural\s+)?network\s+|model\s+|[A-Z][A-Za-z]?[A-Z]{{1,3}}\s+)?(?:parameters?|params?)\b"),
         precondition=Cue("right", "param"),  # "parameter(s)" or "param(s)", never optional
         # "80,000 neural network parameters": the kind of parameter between (read53), or the
         # architecture's acronym: "with only 0.26M CNN parameters" (read61)
         examples=("with 0.8B parameters", "from 111M to 3.1B parameters", "80,000 neural network parameters")),
    Rule("<size> model", frozenset({"scale"}), _model_of_size,
         right=compile_right(rf"{_SIZE_WORDS}{_DESCRIPTION}{_SIZE_WORDS}[\s-]+{_MODEL_NOUN}\b"),
         examples=("our 1.5B model", "a 775M Llama backbone", "our 8B driving VLM")),
    Rule("<size> sizes", frozenset({"scale"}), _listed_sizes,
         # ("Despite its compact 2.5B size", "available in 4B and 8B size": the singular too, read66)
         right=compile_right(rf"\s*(?:model\s+)?(?:sizes?|scales)\b|(?:{_SUSPENDED_HYPHEN})?-scale\b"),
         precondition=Cue("right", "size", "scale"),  # the pattern's words ("size" in "sizes", "scale" in "scales"), written in every match
         examples=("in both 0.5B and 7B sizes", "(2B-13B sizes)", "at 1B, 3B and 8B scales", "across 1B- and 3B-scale settings")),
    Rule("sizes from <size> to <size>", frozenset({"scale"}), _sizes_ranging,
         left=compile_left(r"\b(?:sizes|scales)\s+(?:ranging\s+|that\s+range\s+|spanning\s+)?from\s+"),
         needs=("sizes", "scales"), examples=("in 8 distinct sizes ranging from 80M to 14B",)),
    Rule("<versions>: <size>", frozenset({"scale"}), _versions_keyed,
         left=compile_left(rf"\b(?:versions|variants)(?:\s+of\s+(?P<name>{NAME_TOKEN}))?\s*:\s*", nearest=True),
         needs=(":",), examples=("We release two versions of MedMO: 4B and 8B",)),
    Rule("at the <size> scale", frozenset({"scale"}), _at_size_scale,
         left=compile_left(r"\b(?i:at|on)\s+(?:the|a)\s+"),
         right=compile_right(rf"(?:-?parameter)?\s*scale\s*,\s*(?P<name>{NAME_TOKEN})(?![\w-])"),
         precondition=Cue("right", "scale"),  # the pattern's one word, written in every match
         examples=("At the 2.5B scale, LRKV outperforms standard attention",)),
    Rule("<model noun> (<size>)", frozenset({"scale"}), _sizes_after_noun,
         # a class acronym in the singular names one system too: "the first compact MLM (2.2B)" (read43)
         left=compile_left(r"\b(?:models?|variants?|M?LLM|MLM|VLM|LVLM|SLM|LMM|VLA|famil(?:y|ies)\s+of\s+(?:[\w-]+\s+){0,3}?models)\s*\(\s*"),
         right=compile_right(r"(?:parameters?|params?)?\s*\)"), needs=("model", "variant", "lm", "vla"),
         examples=("a family of models (4B/8B)", "the Xihe-tiny model (9.5M)"), left_possible=ends_in_bracket),
    Rule("<size> <name>", frozenset({"scale"}), _size_before_name,
         right=compile_right(rf"\s+(?P<name>{NAME_TOKEN})(?![\w-])"),
         examples=("surpassing the 80B HunyuanImage", "distilled from 17B FLUX.1-Schnell")),
    Rule("<share> of the parameters", frozenset({"percent"}), _share_of_parameters,
         left=compile_left(r"""\b(?:using|uses?|used|requir\w*|needs?|needing|with|at|consist\w*\s+of|compris\w*|contain\w*|hold\w*|has|have|having|retain\w*)\s+
                 (?:(?:only|just|merely|about|around|roughly|approximately|fewer\s+than|less\s+than|under|<|≤|~|\$<\$|\$\\sim\$)\s*)*"""),
         right=compile_right(r"""of\s+(?:the\s+|its\s+|their\s+|(?P<owner>[A-Z][\w.-]*)['’]s\s+)(?:(?:model|trainable|total|active|activated|vanilla\s+expert)[\s-]+)?
                 (?:parameters|params|parameter\s+(?:count|budget))\b(?:\s+of\s+(?P<of>[^,;.()]{1,60}))?"""),
         precondition=Cue("right", "parameter", "params"),
         examples=("despite using fewer than 8% of the parameters", "at 53% of the parameter count")),
    Rule("<models> <factor> larger", frozenset({"ratio"}), _models_times_larger,
         # or sized by the paper's system: "outperforming models up to 18x its size", "on-par with
         # models 6x their size", "foundation models with 50x more parameters" (read56)
         right=compile_right(r"\s*(?:larger|bigger)\b|\s+(?:(?:its|their)\s+size|more\s+parameters|(?:its|their)\s+parameter\s+counts?)\b"),
         precondition=Cue("right", "larger", "bigger", "size", "parameter"),
         examples=("SOTA reasoning models that are 2x to 7x larger", "models up to 18x its size")),
    Rule("<name> <size>", frozenset({"scale"}), _spaced_name_with_size, left=LazyPattern(_NAME_BEFORE.pattern, regex.REVERSE),
         examples=("Llama 2 70B", "Mistral 7B")),
    Rule("<name> at <size>", frozenset({"scale"}), _name_at_size,
         left=compile_left(rf"(?P<name>{NAME_TOKEN})\s+at\s+$"), needs=("at",),
         right=compile_right(r"(?!\s*(?:-?\s*scales?|parameters?|params|tokens?|images?|samples?|tasks?)\b)"),
         examples=("up to Qwen3-VL at 235B",)),
]


# Patterns used inside productions: compiled once (see rules.base.LazyPattern).
#: "its size from 12B to 2B": a system's size said with a possessive (read37).
_PARAMETER_WORD = LazyPattern(r"(?i)\b(?:parameters?|params|model\s+size|(?:its|their)\s+size)\b")
_SIZE_CHANGE_VERB = LazyPattern(r"(?i)\b(?:reduc|cut|shrink|compress|lower|decreas|increas|grow|trim|prun)\w*")
_COMPARED_NOUN = LazyPattern(r"(?i)\b(?:baselines?|counterparts?|competitors?)$")
_TEACHER_NOUN = LazyPattern(r"(?i)\bteachers?$")
#: "compared to models of ~", "than LLMs of": a class of systems compared with, sized.
_COMPARED_MODELS_OF = LazyPattern(
    r"(?i)\b(?:compared\s+(?:to|with)|than|versus|vs\.?|against|comparable\s+to|on\s+par\s+with|rival\w*|match\w*)\s+"
    r"(?:(?:the|other|existing|much|even|far|larger|bigger|prior|previous|results\s+(?:of|from)|those\s+of)\s+)*"
    r"(?:models|LLMs|VLMs|MLLMs|LMs|networks|baselines)\s+of\s+(?:~\s*|about\s+|around\s+|roughly\s+|nearly\s+)?$")
#: "outperforming ", "comparable to results from ", "beats dense ": a comparison right before a
#: size, across up to three lower-case words describing the compared class ("beats dense 70B
#: models", "outperforms open-source 70B models"; params28), not across a clause's joint.
_COMPARED_BEFORE_SIZE = LazyPattern(
    r"(?i)\b(?:compared\s+(?:to|with)|than|versus|vs\.?|against|outperform\w*|surpass\w*|beat\w*|exceed\w*|rival\w*"
    r"|comparable\s+to|on\s+par\s+with|(?:results?|performance)\s+(?:of|from))\s+"
    r"(?:(?:the|other|existing|much|even|far|larger|bigger|prior|previous"
    r"|(?!(?:and|or|to|with|at|while|by|on|in|for|of|our|its|their|we|it)\b)(?-i:[a-z][a-z-]*))\s+){0,3}"
    r"(?:~\s*|about\s+|around\s+)?$")
#: A plural noun of systems after a size (and its size words): "models", "LLMs", "competitors".
_PLURAL_MODEL_NOUN = LazyPattern(
    rf"{_SIZE_WORDS}[\s-]+(?:models|LLMs|LMs|MLLMs|VLMs|networks|transformers|baselines|counterparts|competitors|systems)\b",
    regex.VERBOSE)
#: A preposition before a list of sizes: "on 3B and 7B models", "across 1B, 3B or 8B LLMs".
_STUDIED_SIZES = LazyPattern(
    r"(?i)\b(?:on|across|to|for|of|between|among|with)\s+(?:both\s+|the\s+|various\s+|different\s+)?"
    rf"{_SIZES_LISTED_BEFORE}$")
_PLURAL_MODELS = LazyPattern(r"(?:\w+s|policies)$")
#: A counted set of models the paper evaluates, then a bracket its size is in: "We evaluated
#: 41 quantized SLMs (12 families, ", "benchmarking 25 open-weight LLMs (", "across 9 models (":
#: the studied models' sizes, no params claim of the paper's system (precision27); so is the
#: range after them: "We evaluate 18 open-source LLMs ranging from 0.5B to 72B parameters" (params28).
_EVALUATED_MODELS = LazyPattern(
    rf"(?i)\b(?:{_STUDY_VERBS}|across|spanning|on|with)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:\d[\d,]*|{_COUNT_WORDS}|several|multiple|many|various|dozens\s+of"
    r"|all(?=\s+(?:tested|evaluated|studied|examined|compared)\b))"  # "across all tested models (" (read68)
    r"\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:models|LMs|networks|checkpoints|variants|architectures|backbones|systems)"
    # "six models from two model families, ranging from", "three deployment models from" (read68)
    r"(?:\s+from\s+(?:[\w-]+\s+){1,3}?famil(?:y|ies)\s*,?)?"
    r"(?:\s*\([^()]*|\s+(?:(?:ranging|spanning|varying)\s+(?:in\s+size\s+)?(?:from\s+)?|from\s+))$")
#: Sizes that span a class of models, the experiments of a study, or a scale reached: "models
#: ranging from", "experiments ranging from", "scales to".
#: (or models described as others' and their sizes, "open models of 1.5B, 3B and 7B parameters", and
#: sizes a finding holds across, "recurs across model sizes from 2B to 32B parameters": read59)
_CLASS_OF_SIZES = LazyPattern(
    r"(?i)(?:\b[\w-]*(?:models|LMs|LLMs|networks|policies|checkpoints|variants|backbones"
    # "Across eight settings spanning 160M to 12B parameters", "experiments ranging from": the
    # scales a study is run at, as "-scale experiments" is (read69)
    r"|settings|experiments|configurations|setups|runs)\s+(?:ranging|spanning|varying)\s+(?:in\s+size\s+)?(?:from\s+)?"
    r"|\b(?:open(?:-source|-weight)?|off-the-shelf|existing|publicly\s+available|frontier)\s+(?:[\w-]+\s+){0,2}?(?:models|LMs|LLMs)\s+of\s+"
    rf"{_SIZES_LISTED_BEFORE}"
    r"|\bacross\s+(?:[\w-]+\s+)?sizes\s+(?:ranging\s+)?from\s+"
    r"|\bscal(?:es|ed|ing|e)\s+(?:up\s+)?to\s+)$")
#: Words of a study of models the paper does not make: "evaluated", "benchmarking", "tested models".
#: Narrower than `_STUDY_VERBS` on purpose: the noun "benchmark" and "compared" are as common in
#: sentences about the paper's own family of sizes.
_EVALUATION_WORD = re.compile(r"(?i)\b(?:evaluat\w*|benchmark(?:s|ed|ing)|tested|testing|assess\w*|studied|deployed|executors?)\b")
#: Words of models the paper makes: "trained", "pre-training", "we release", "our".
_OWN_TRAINING_WORD = re.compile(r"(?i)\b(?:train\w*|pre-?train\w*|release\w*|introduc\w*|our|we\s+(?:build|present|develop|scale))\b")
#: The paper's own models, made or released: "We release models", "we pretrain decoder-only models".
_OWN_MODELS = LazyPattern(r"\b[Ww]e\s+(?:\w+\s+)?(?:release|train|pre-?train|build|present|introduce|develop|open-source)\w*\b")
#: Data counted near a list of sizes: "data at 1M and 10M scales", "dataset sizes".
_DATA_NEAR_SIZES = LazyPattern(
    r"(?i)\b(?:data|datasets?|corpus|corpora|tokens?|samples?|images?|pairs|examples|trajectories|videos?|batch|vocabular\w*)\b"
    r"(?:\s+(?:at|of|in|with|from|to|and|or|both|[\d.]+\s*[KMBT]\s*,?))*\s*(?:\(\s*)?$")
#: A comparison before the model noun of "<model noun> (<size>)": "than larger models (", "vs. baseline models (".
_COMPARED_NEAR_NOUN = LazyPattern(
    r"(?i)\b(?:than|compared\s+(?:to|with)|versus|vs\.?|against|outperform\w*|surpass\w*|beat\w*|exceed\w*|rival\w*"
    r"|trail\w*|lag\w*|behind|larger|bigger|comparable\s+to|on\s+par\s+with|baselines?|competitors?|counterparts?)\b"
    r"[^.;()]*\(\s*$")
#: What says a sized name is data: "NAME-4M, a large-scale dataset", "the X dataset (NAME-3M)".
_DATA_APPOSITION = LazyPattern(
    r"(?i)\s*,\s*(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}?(?:datasets?|corpus|corpora|benchmarks?|collections?|suites?)\b")
#: "the SA-1B dataset", "the WebLI-10B corpus of image-text pairs": the noun after the name says it is data.
_DATA_AFTER = LazyPattern(r"(?i)\s+(?:[a-z][\w-]*\s+)?(?:datasets?|corpus|corpora|benchmarks?|collections?)\b")
#: "SA-1B contains 11M images", "SA-1B, with 1.1B masks", "HowTo-100M, comprising 136M clips": a
#: name that holds a count of data items is a dataset (params28); "with" only set off by a comma, as
#: "fine-tune LLaVA-7B with 665K instruction samples" trains a model with data (and never a known
#: family's name: "Qwen2-7B, with 1M samples").
_DATA_CONTENTS = LazyPattern(
    r"(?i)\s*,?\s*(?:which\s+)?(?:contains?|containing|compris\w*|consist\w*\s+of|includ\w*|has|(?<=,\s*)with|spann?\w*|cover\w*"
    r"|total\w*)\s+(?:over\s+|about\s+|more\s+than\s+|nearly\s+|roughly\s+|approximately\s+|~\s*)?\d[\d.,]*\s*[KMB]?"
    r"(?:\s+(?:million|billion|thousand))?\s+(?:[\w-]+\s+){0,2}?(?:images|masks|videos|clips|frames|samples|examples|pairs"
    r"|annotations|captions|tokens|documents|hours|utterances|sentences|questions|trajectories|episodes|molecules"
    r"|sequences|records|instances|labels|objects|scenes|words|texts|boxes)\b")
#: "finetune the models on SA-1B", "annotations from Gran-29M": what a model is trained on, or
#: what data comes from, is data.
_TRAINED_ON = LazyPattern(
    r"(?i)(?:\b(?:train|pre-?train|fine-?tun|finetun)\w*\s+(?:[\w-]+\s+){0,3}?on"
    r"|\b(?:annotations|data|samples|images|labels|examples|pairs|videos|captions)\s+(?:from|in|of))\s+(?:the\s+)?$")
#: A later member of a list of places results are had in: "across FinTabNet, PubTabNet, and " (read66),
#: "on THINGS-EEG2 and " (before "Alljoined-1.6M", read79).
_LISTED_AFTER_PREPOSITION = LazyPattern(r"(?i)\b(?:across|over)\s+(?:the\s+)?(?:[\w.+-]+\s*,\s*)+(?:and\s+)?$"
                                        r"|\bon\s+(?:the\s+)?[\w.+-]+\s+and\s+$")  # (two members, no comma: ", and" may join clauses)
#: "Honey-Data-15M", "Web-Corpus-2B": a name that says it is data counts its items, not parameters.
_VERSION_THEN_SIZE = LazyPattern(r"\d+\.\d+-\d")
_DATA_WORD_IN_NAME = LazyPattern(r"(?i)(?:^|-)(?:data|dataset|corpus|set|pairs|samples|tokens)(?=-|$)")
#: "datasets (NAME-3M", "benchmarks such as Youtube-8M", "datasets like COIN and HowTo-100M": a listed benchmark.
_DATA_BEFORE = LazyPattern(
    r"(?i)\b(?:datasets?|corpus|corpora|benchmarks?)\s*(?:\(|\s(?:such\s+as|like|including|e\.g\.,?))\s*"
    r"(?:[\w.+-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
#: Models named by a plural noun and a bound: "(than) models up to 70B", "LLMs as large as 405B".
_CLASS_UP_TO = LazyPattern(
    r"(?i)(?<!\bour\s)\b(?:models|LLMs|LMs|networks|systems|baselines)\s+(?:of\s+|with\s+)?(?:up\s+to|as\s+large\s+as)\s*$")
#: A phrase put before the main clause that holds a size: "Despite using only ", "With just ",
#: "Having ": the sentence opens with it and no comma has closed it yet.
_FRONTED_SIZE = LazyPattern(r"(?:Despite|With|Using|Having|While\s+using|By\s+using)\b[^,;:()]*$|^[^,;:()]*\bwith\b[^,;:()]*$")
#: The fronted phrase's end and the main clause's subject: "parameters, Tiny-R1 reaches".
_SUBJECT_AFTER_FRONTED = LazyPattern(
    rf"\s*-?\s*(?:total\s+|active\s+|activated\s+|trainable\s+|learnable\s+|tunable\s+)?param(?:eter)?s?[^,;:()]{{0,40}},\s*(?:the\s+)?(?P<name>{NAME_TOKEN})\s+(?!and\b|or\b)[a-z]")
#: A name, then a bracket that opens with a worded bound on its size: "LightSR-Tiny (only ".
_NAME_BEFORE_BRACKET_BOUND = LazyPattern(rf"(?<![\w.-])(?P<name>{NAME_TOKEN})\s*\(\s*(?:only|just|about|approximately|roughly|~)\s*$")
#: A bracket that names a system, then its size: "(Model 2, 533 params)", "(PulseNet-S, 63k parameters)".
_NAME_KEYED_IN_BRACKET = LazyPattern(
    rf"(?:(?<![\w.-])(?P<before>{NAME_TOKEN})\s*)?\(\s*(?P<name>{NAME_TOKEN}|[A-Z][a-z]+\s+\d+[a-z]?)\s*,\s*(?:only\s+|about\s+|~\s*)?$")
_PARAMS_OF_NAME = LazyPattern(rf"\s*-?\s*param(?:eter)?s?\s+(?P<name>{NAME_TOKEN})")
#: A name set off by a description that holds the size: "InternVL-U, a lightweight " before "4B-parameter".
_APPOSED_NAME_BEFORE = LazyPattern(rf"(?P<name>{NAME_TOKEN}),\s+(?:a|an)\s+(?:(?!(?:and|or|of|with|than)\s)[\w-]+\s+){{0,3}}?$")
_NAME_HYPHEN_END = LazyPattern(r"(?P<name>[A-Za-z][\w.]*(?:-[\w.]+)*)-$")
#: `_NAME_HYPHEN_END` read backwards and as POSIX: its match is the longest that ends where every
#: match ends (the "-" at the end, `$`), so it starts where the leftmost match does, which the
#: forward search finds after trying the pattern at every letter of the sentence before it; the
#: forward pattern matched there gives the search's match (rules.base.ReverseGate, `leftmost`).
#: Over the pool's 96 texts before a glued size: 1.53 -> 0.15 ms (speed27).
_NAME_HYPHEN_END_LONGEST = longest_twin(_NAME_HYPHEN_END)
_NAME_TAIL_TEXT = r"(?:-[A-Za-z\d](?:\w|\.(?=\w))*)*"
_NAME_TAIL = LazyPattern(_NAME_TAIL_TEXT)  # not the sentence's full stop: "Vision-8B-2."
#: A release tier written apart after a sized name: " Base" in "Qwen3-8B Base".
_SPACED_TIER = LazyPattern(rf" (?:{RELEASE_TIERS})(?![\w-])")
#: A mixture of experts' active size in a name's tail: "-A3B".
_ACTIVE_SIZE = LazyPattern(r"-A\d+(?:\.\d+)?B(?![\w.])")
#: A second size in billions right after a name's size: "OLMoE-1B-7B" names its active size, then its total.
_TOTAL_SIZE_AFTER = LazyPattern(r"-(?P<size>\d+(?:\.\d+)?)B(?![\w.])")
#: Sizes after a slash, then the tail of a name they share: "/70B-Instruct".
_SLASHED_SIZES_THEN_TAIL = LazyPattern(rf"(?:/{_SIZE_MB})+(?P<tail>{_NAME_TAIL_TEXT})")
_CAPITALISED = LazyPattern(r"[A-Z][a-z]+")
#: A model noun that only modifies the data counted after it: "310k critic samples", "120k
#: agent-interaction question-answer pairs" (up to two compound words before the data noun).
_MODEL_NOUN_OF_DATA = LazyPattern(
    r"(?:[\s-]+(?!(?:on|of|with|in|for|from|to|and|or|trained|using|that|which)\b)[A-Za-z]+(?:-[A-Za-z]+)*){0,2}?"
    r"[\s-]+(?:samples?|pairs?|examples?|trajectories|interactions?|episodes?|images?|videos?|annotations?|questions?"
    r"|instances?|demonstrations?|tokens?|conversations?|dialogues?|traces?|transcripts?|responses?|rollouts?|steps?|frames?|transitions?)\b")
#: A device named after a spaced "size": "Ascend 910B NPU", "Pi 4B devices" (recall24).
_HARDWARE_AFTER = LazyPattern(
    r"\s+(?:NPUs?|GPUs?|TPUs?|CPUs?|chips?|chipsets?|accelerators?|processors?|SoCs?|boards?|devices?|cards?|MCUs?"
    r"|microcontrollers?|hardware|modules?|computers?)\b")
#: Families of devices whose model numbers end in B or M: "Raspberry Pi 4B", "Ascend 910B".
_HARDWARE_NAME = LazyPattern(r"\b(?:Raspberry|Pi|Ascend|Jetson|Snapdragon|Kirin|Exynos|Dimensity|Tegra|Orin|Xavier)\b")
_COUNTED_DATA = LazyPattern(r"\s*(?:tokens?|images?|samples?|pairs?|examples?|words?|steps?|hours?|molecules?|documents?|videos?)\b")
