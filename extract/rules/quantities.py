"""The name of a quantity that a change names but the metric vocabulary does not know.

HOLDOUT2_README and HOLDOUT3_README decide that "a named quantity is not `unspecified`":
"reduced peak contact forces by 68%" is a `contact force` change, "34% lower tracking
error" a `tracking error` one, "improves frequency nadir by 12%" a `frequency nadir` one.
One naming rule (docs/claims-spec.md, "Named quantities"): the head noun phrase of what
changed (the verb's object or subject, the noun after `N% lower`, after `<change> in`),
cut before its first preposition, clause word or trailing participle ("the stress
applied to fragile objects" -> stress), without articles, possessives and aggregate
qualifiers (peak, average, mean, overall, total, maximum...), its last word singular,
lower-cased unless it is an acronym. Only a short noun phrase names a quantity: one to
three words, no digits, no system or benchmark name, not a task ("patient diagnosis"),
not a generic result ("performance", "results"): otherwise the change stays
`unspecified`, as "outperforms X by 3%" and "by 2.9% in performance" do.
"""
from __future__ import annotations

from extract.deferred import engines_agree, re
from extract.rules.base import longest_twin, match_where_longest_starts
from extract.rules.fragments import (
    ARTICLE_BEFORE,
    SCOPE_IN_MEMBER,
    list_members,
    metric_at,
    metrics_in,
)
from extract.vocab import dataset_vocabulary, model_family_pattern

UNSPECIFIED = "unspecified"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words that end the noun phrase: prepositions, conjunctions, clause words, comparisons.
_STOP = _word_set("""of in on for to with at across over under from by during when while that which who where
    compared than versus vs and or but as per between among against relative via through within without into onto
    upon after before since until whereas respectively is are was were be been being itself themselves alone only
    due owing thanks because can could may might will would shall should must
    all each every both most many several various different multiple other , ;""")
_PRONOUNS = _word_set("them it they us we you i me him")
#: Finite verbs that report a result: the quantity's name follows them.
#: (not "yield" or "record", nouns as often: "simulated yield")
_RESULT_VERBS = _word_set("achieve achieves achieved attain attains attained reaches reached obtain obtains obtained")
#: Words dropped before the head: articles, possessives and aggregate qualifiers; and (the last
#: line) the protocol a score is had by, a setting before the quantity as before a metric: "held-out
#: delivery" is `delivery` (claims-spec, "held-out AUC"; read72).
_DROP = _word_set("""the a an its their our his her this these those such overall aggregate aggregated average avg mean total peak top maximum max
    averaged macro-averaged micro-averaged macro-average micro-average annualized annualised cumulative
    maximal minimum min minimal median final typical common relative absolute respective measured observed corresponding
    estimated expected empirical approximate realized realised reported actual
    reaching achieving attaining yielding delivering obtaining maintaining sustaining
    held-out heldout cross-validated in-distribution out-of-distribution in-domain out-of-domain""")
#: Words before a quantity that grade its change or its size, never part of its name: a participle
#: of change ("increased", "elevated") or an adverb ("modestly", "significantly").
_GRADING_WORD = re.compile(r"(?:increas|decreas|improv|reduc|elevat|enhanc|boost|lower|rais|diminish|declin)ed"
                           r"|[a-z]{3,}(?:ally|ively|ately|ously|ntly|stly|edly|ghtly|ably)")
#: Words of a number's unit, never a quantity's name ("a 98%-133% percents improvement").
_UNIT_WORDS = _word_set("percent percents percentage percentages point points pp")
#: Heads that name no quantity: generic results, tasks, systems and data.
_NOT_QUANTITY = _word_set("""performance performances result results outcome outcomes score scores quality metric metrics
    value values number numbers amount level levels baseline baselines model models method methods approach approaches
    system systems framework state art sota benchmark benchmarks dataset datasets data task tasks setting settings
    detection classification segmentation recognition prediction generation retrieval tracking diagnosis planning
    reasoning navigation manipulation estimation understanding translation summarization localization captioning
    effectiveness capability capabilities ability abilities robustness generalization gap gaps
    improvement improvements gain gains reduction reductions increase increases cases case it them one ones
    token tokens step steps sample samples parameter parameters iteration iterations epoch epochs
    condition conditions environment environments scenario scenarios domain domains split splits set sets
    mode modes regime regimes experiment experiments evaluation evaluations trial trials deployment deployments
    simulation simulations study studies
    faster slower quicker better worse higher lower larger smaller greater fewer more less cheaper""") \
    | _UNIT_WORDS  # (a comparative alone names no quantity: ", faster than X at 310 ms", read83)
#: A lone adjective is no quantity ("40% more compact"): common ones, and adjective endings.
_ADJECTIVES = _word_set("""compact robust stable efficient accurate consistent realistic smooth safe fast slow quick concise
    precise faithful coherent fluent reliable diverse natural""")
#: A compound adjective that says where a result was had: "cross-task", "in-domain", "out-of-distribution".
_SETTING_COMPOUND_SOURCE = r"out-of-[a-z-]+|[a-z]+-(?:shot|world|horizon|domain|distribution|task|dataset|benchmark|lingual)"
_SETTING_COMPOUND = re.compile(rf"(?i){_SETTING_COMPOUND_SOURCE}")
_ADJECTIVE_ENDING = re.compile(
    r"(?i)[a-z]+(?:ive|ous|ful|able|ible|ic)"
    # compounds that qualify a setting: "out-of-distribution", "end-to-end", "zero-shot", "in-domain"
    # (not a noun compound: "time-to-collision")
    rf"|state-of-the-art|end-to-end|[a-z]+-(?:grained|sample)|{_SETTING_COMPOUND_SOURCE}")
#: Words before "quality" that grade it rather than name what it is of ("high quality", "visual quality").
_QUALITY_ADJECTIVE = re.compile(r"(?i)high|higher|low|lower|good|better|best|great|greater|superior|comparable|similar|top|"
                                r"general|finer|clearer|sharper|[a-z]+(?:ive|ous|ful|able|ible|ic|al|est)")
#: "tracking error", "the peak pose errors": an error said of a quantity, not a classifier's error rate.
_QUALIFIED_ERROR = re.compile(r"(?i)\s*(?:(?:the|peak|average|mean|overall)\s+)*(?P<word>[a-z][\w-]*)\s+errors?\b")
#: "in terms of SC-QoS": what follows names the quantity.
_TERMS_OF = re.compile(r"(?i)^\s*(?:in\s+)?terms\s+of\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
#: A word with an accented Latin letter ("Fréchet", "Rényi") is a word too (read17); tried only
#: where _WORD fails, which is rare, so the common path keeps its ASCII class.
_ACCENTED_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ-]*")
#: A noun's possessive: "pedestrians'", "the robot's".
_POSSESSIVE = re.compile(r"[A-Za-z][A-Za-z-]*(?:s['’]|['’]s)")
_ACRONYM = re.compile(r"[A-Z]{2,}[0-9]*s?")
#: A score or measure named by capitals and a hyphen ("H-Score", "S-measures", "TIT-Score"): a
#: metric's name, not a system's, though it has a capital after its first letter (recall21).
_LETTER_SCORE = re.compile(r"(?P<name>[A-Z]{1,4}-(?:[Ss]core|[Mm]easure))s?")
#: A capital after the first letter: a name ("SimplerEnv", "ResNet"), unless an acronym.
_MIXED_CASE = re.compile(r"(?<=.)[A-Z]")
#: Capitalised names joined by hyphens before a measure's head: the measure's eponyms
#: ("Davies-Bouldin index", "Jensen-Shannon divergence", "Kling-Gupta Efficiency"), part of its name.
EPONYMS = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
#: A participle after the head ends the phrase: "the stress applied to", "the energy consumed by";
#: not a noun that only ends so ("walking speed", "seed", "feed": recall15).
_PARTICIPLE = re.compile(r"(?i)(?![a-z]*(?:speed|seed|feed|need|breed)$)[a-z]{3,}ed")


def qualifies_only(word: str) -> bool:
    """Whether one word before a change noun only qualifies it, naming no quantity: a unit
    word ("a 98%-133% percents improvement") or an adjective ("9% out-of-distribution
    improvements", "40% more compact"): the change is read, its quantity named elsewhere or not.

    >>> qualifies_only("percents"), qualifies_only("out-of-distribution"), qualifies_only("latency")
    (True, True, False)
    """
    lowered = word.lower()
    return lowered in _UNIT_WORDS or lowered in _ADJECTIVES or bool(_ADJECTIVE_ENDING.fullmatch(lowered))


#: A score named by an acronym, digits and hyphens allowed: "the PAR-2 score", "its CRPS-50 metric".
_ACRONYM_SCORE = re.compile(r"(?:(?:the|its|their|our)\s+)?(?P<abbr>[A-Z][A-Z0-9]*[A-Z](?:-[A-Z0-9]+)*|[A-Z]{2,}-\d+)\s+(?:score|metric)s?")


#: A setting counted in a compound before a quantity's name: "four-task", "5-shot", "two-stage".
_COUNTED_SETTING = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)-[a-z]+")


def gap_name(words: str) -> str:
    """The quantity a named gap is: 'instability gap' -> 'instability gap'; 'pcb442 gap' -> 'gap' (a
    name before the gap, an instance or a system, says where it was measured, not what it is).
    "closes the gap by 5%" names none (`_NOT_QUANTITY`): only a gap named by words before it is
    measured (read43).

    >>> gap_name("instability gap"), gap_name("geographic generalization gap"), gap_name("pcb442 gaps")
    ('instability gap', 'geographic generalization gap', 'gap')
    """
    qualifier, _, gap = words.rpartition(" ")
    gap = gap.lower().removesuffix("s")
    return gap if any(c.isdigit() or c.isupper() for c in qualifier) else f"{qualifier.lower()} {gap}"


#: A gap named by up to two words before it, as the object of a change: "the geographic generalization gap".
NAMED_GAP = re.compile(
    r"(?:(?:the|its|their|this)\s+)?(?P<words>(?!(?:the|a|an|its|their|this|performance|remaining|same)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?\s+gaps?)")


def respective_quantities(phrase: str, count: int) -> list[str] | None:
    """The quantity each member of a written list names, in order, where "respectively" pairs
    the list with `count` numbers ("decreases sensor acquisitions, power consumption, and
    inference latency by 9.67%, 16.1%, and 74.8%, respectively"): a metric of the vocabulary
    that ends the member, else the member's named quantity. None unless every member names a
    different one; a member of one word the vocabulary does not know shares the last member's
    head ("pixel and decoder FLOPs"), so such a list gives None too (read45).

    >>> respective_quantities("sensor acquisitions, power consumption, and inference latency", 3)
    ['acquisition count', 'power consumption', 'latency']
    >>> respective_quantities("pixel and decoder FLOPs", 2), respective_quantities("the model and the data", 2)
    (None, None)
    """
    members = [ARTICLE_BEFORE.sub("", member.strip()) for member in list_members(phrase.strip())]
    if count < 2 or len(members) != count:
        return None
    if SCOPE_IN_MEMBER.search(members[0]):
        return None  # "accuracy on TriviaQA and HotpotQA": the list is of where one quantity is measured (read73)
    names = []
    for member in members:
        if not member or len(member.split()) > 4:
            return None
        found = metrics_in(member)
        if found and found[-1][2] == len(member):
            names.append(found[-1][0])
            continue
        if len(member.split()) > 1:
            name = quantity_name(member)
        elif _WRITTEN_MEASURE.fullmatch(member) and not model_family_pattern().match(member) \
                and dataset_vocabulary().fullmatch(member) is None:
            # "improving RaTE and SemScore by 64.33% and 60.58%, respectively", "TEPE and EPE":
            # a capitalised name per number is each number's measure, named as written (read53)
            name = member
        else:
            name = UNSPECIFIED
        if name == UNSPECIFIED:
            return None
        names.append(name)
    return names if len(set(names)) == count else None


def measures_paired(phrase: str, after: str) -> bool:
    """Whether `phrase`, the object of a change ("improving RaTE and SemScore"), lists the
    measures that "respectively", soon in `after`, pairs with the numbers: then its names are
    what changed, not systems compared with (read53).

    >>> measures_paired("RaTE and SemScore", " by 64.33% and 60.58% respectively"), measures_paired("SHOT", " by 5%")
    (True, False)
    """
    members = list_members(phrase.strip())
    return (len(members) > 1 and _RESPECTIVELY_SOON.match(after) is not None
            and respective_quantities(phrase, len(members)) is not None)


#: "respectively" within the clause after a change's object: " by 64.33% and 60.58% respectively".
_RESPECTIVELY_SOON = re.compile(r"[^;]{0,120}?\brespectively\b")
#: One word written with capitals inside or throughout, a measure's name where a list pairs it
#: with its number: "RaTE", "SemScore", "TEPE", "MSR" (not "Accuracy", a plain word capitalised).
_WRITTEN_MEASURE = re.compile(r"[A-Z][A-Za-z]*[A-Z][\w@-]*")


#: A noun in the plural: "rounds", "frames"; not "loss", "bias", "status", "analysis", "series".
_PLURAL_NOUN = re.compile(r"(?!(?:bias|gas|lens|series|species)$)[a-z][a-z-]*(?:[^suie]s|[^s]es)")


#: A compound that says at which level or grain a quantity is measured: "scene-level", "token-wise".
_SCOPE_LEVEL = re.compile(r"(?i)[a-z]+-(?:level|wise)")


def suspended_quantities(phrase: str, count: int) -> list[str] | None:
    """The quantity each member of a list names with the head noun the members share, written
    once after the last ("reduces hover and tracking errors by 65.7% and 53.3%": `hover error`,
    `tracking error`), in order, where `count` numbers follow. None unless every member names
    a different quantity: "pixel and decoder FLOPs" is one metric measured on two parts, and
    "validation and test accuracies" one metric in two settings (read49).

    >>> suspended_quantities("hover and tracking errors", 2), suspended_quantities("training and inference time", 2)
    (['hover error', 'tracking error'], ['training time', 'latency'])
    >>> suspended_quantities("pixel and decoder FLOPs", 2), suspended_quantities("validation and test accuracies", 2)
    (None, None)
    """
    members = [ARTICLE_BEFORE.sub("", member.strip()) for member in list_members(phrase.strip())]
    if count < 2 or len(members) != count or any(len(member.split()) not in (1, 2) for member in members[:-1]) \
            or len(members[-1].split()) not in (2, 3):
        return None  # (the last member's own words, then the head: "device-level closure errors", read73)
    if any(_PLURAL_NOUN.fullmatch(member.split()[-1]) for member in members[:-1] if len(member.split()) == 2):
        return None  # "reasoning rounds and processed frames": a member with a plural noun of its own shares no head (read72)
    if all(_SCOPE_LEVEL.fullmatch(member.split()[0]) for member in members):
        return None  # "scene-level and object-level Chamfer distances": one quantity at two levels (read76)
    last = members[-1].split()
    # the head the members share: the last word ("device-level closure errors"), or the last two after a
    # name in capitals ("MIA and RDA success rates": each member a name, the head its own noun phrase)
    head = " ".join(last[-2:]) if len(last) == 3 and last[0][:1].isupper() else last[-1]
    names = [quantity_name(f"{member} {head}") for member in members[:-1]] + [quantity_name(members[-1])]
    return names if UNSPECIFIED not in names and len(set(names)) == count else None


#: A rate's head right after a metric's name, ending the phrase: "memory| rate".
_RATE_AFTER = re.compile(r"\s+rates?\s*")


def quantity_name(phrase: str) -> str:
    """The quantity `phrase` names, per the module's rule, else 'unspecified'.

    >>> quantity_name("peak contact forces"), quantity_name("the stress applied to fragile objects")
    ('contact force', 'stress')
    >>> quantity_name("IPV"), quantity_name("Orders"), quantity_name("ResNet-50"), quantity_name("patient diagnosis")
    ('IPV', 'orders', 'unspecified', 'unspecified')
    """
    phrase = _TERMS_OF.sub("", phrase)
    acronym_score = _ACRONYM_SCORE.fullmatch(phrase.strip())
    if acronym_score and not metrics_in(acronym_score.group("abbr")) and not model_family_pattern().match(acronym_score.group("abbr")):
        return acronym_score.group("abbr")  # "the PAR-2 score": the score's acronym names it (read41)
    defined = _DEFINED_METRIC.search(phrase)
    if defined:
        # "the Per-Region-Overlap (PRO) metric": the acronym the abstract defines is the name,
        # as "IPV" is (claims-spec); the vocabulary's name when it knows the acronym ("(AP) metric")
        known = metrics_in(defined.group("abbr"))
        return known[-1][0] if known else defined.group("abbr")
    known = metrics_in(phrase)
    qualified = _QUALIFIED_ERROR.match(phrase) if known and known[-1][0] == "error rate" else None
    if known and not (qualified and known[-1][1] > qualified.start("word")) and not _RATE_AFTER.fullmatch(phrase, known[-1][2]):
        # "answer accuracy": the vocabulary's metric; "tracking error" is named below; "false
        # memory rate" is a rate, named below, not a memory (read59)
        return known[-1][0]
    words: list[str] = []
    tokens = phrase.replace(",", " , ").replace(";", " ; ").split()
    for at, token in enumerate(tokens):
        lowered = token.lower()
        if _POSSESSIVE.fullmatch(token) and at + 1 < len(tokens):
            words = []  # "counterparts' reaction margins", "the agent's convergence time": the possessor is no part of the name
            continue
        if words and lowered in ("a", "an", "the"):
            words = []  # "achieves an average": an article opens the name; the words before it are a verb's (read67)
            continue
        if lowered in _RESULT_VERBS:
            words = []  # "methods achieve correlations": the name follows the verb; the words before it are its subject (read75)
            continue
        if not words and _COUNTED_SETTING.fullmatch(lowered):
            continue  # "a four-task mean grader score", "the 5-shot accuracy": the setting counted, not the name (read42)
        if _JUDGED_BY.fullmatch(token):
            continue  # "GPT-4o-judged response coherence": who graded it, not part of the quantity's name (read80)
        if not _WORD.fullmatch(token) and lowered not in (",", ";") and not _ACCENTED_WORD.fullmatch(token):
            return UNSPECIFIED  # "dynamic NVS Neural 3D Video": digits inside the phrase make it a name
        if not words and lowered == "relative" and (at + 1 == len(tokens) or tokens[at + 1].lower() != "to"):
            continue  # "a relative cost improvement": a qualifier of the change, as "average" is; "relative to" ends it
        if lowered in _STOP or (words and _PARTICIPLE.fullmatch(token)):
            if lowered in ("and", "or", ",") and at + 1 < len(tokens) and _WORD.fullmatch(tokens[at + 1]) \
                    and tokens[at + 1].lower() not in _STOP:
                return UNSPECIFIED  # "energy consumption and carbon emissions": a list names no one quantity
            break
        if not words and (lowered in _DROP or _GRADING_WORD.fullmatch(lowered)):
            continue  # "41% increased path efficiency", "modestly elevated corrective rates": the grade, not the name (read33)
        words.append(token)
    if len(words) > 3 and words[-1].lower() in ("time", "times") and not any(_MIXED_CASE.search(word) for word in words):
        # "reduces emergency vehicle travel time by 28.3%": a time the abstract names takes
        # its cost's name whatever its own, however many words qualify it (read32)
        named = _named_time(" ".join(word.lower() for word in words[:-1]) + " time")
        return named if named in ("latency", "training time") else " ".join(named.split()[-3:])  # a gained time: its head, three words
    if not 1 <= len(words) <= 3 or any(word.lower() in _PRONOUNS for word in words):
        return UNSPECIFIED  # "answering more of them correctly (31.2% vs 18.6%)": a pronoun names no quantity (read66)
    head = words[-1].lower()
    if head in ("metric", "metrics") and len(words) > 1:
        # "stability metrics": the word says X is a metric, X names it (holdout4 labels
        # "20% improvement in stability metrics" `stability`); "key metrics" names none
        if any(word.lower() in _NOT_METRIC_QUALIFIER for word in words[:-1]):
            return UNSPECIFIED
        return quantity_name(" ".join(words[:-1]))
    if head == "quality" and len(words) > 1 and not any(_QUALITY_ADJECTIVE.fullmatch(word) for word in words[:-1]):
        pass  # "editing quality", "answer quality": a named output's quality is a quantity; "(high) quality" alone is not
    elif head in ("score", "scores") and len(words) == 2 and _ACRONYM.fullmatch(words[0]) and not words[0].endswith("s"):
        return words[0]  # "an EPDMS score", "CHAIR scores": the acronym is the metric's name, "score" dropped (claims-spec (4); read34)
    elif head in ("score", "scores") and len(words) > 1 and not any(
            word.lower() in _NOT_SCORE_QUALIFIER or _SETTING_COMPOUND.fullmatch(word) for word in words[:-1]):
        # "motion score", "ergonomic score": a score named by what it grades, as "driving score" is; "(high) score"
        # alone is not, nor one qualified by where it was had ("average multi-benchmark scores", "cross-task score"; read48)
        pass
    elif head in _NOT_QUANTITY or singular(head) in _NOT_QUANTITY or head.endswith("ing"):
        return UNSPECIFIED  # a generic result, a task or an activity ("behavior cloning"), not a quantity
    if head in ("success", "successes"):
        return "success rate"  # "grasp success": the spec's success rate, one name per metric
    if head in ("collision", "collisions"):
        return "collision rate"  # "eliminated 99.3% of collisions": counted failures keep the sets' rate name (claims-spec)
    if len(words) == 1 and qualifies_only(head):
        return UNSPECIFIED  # "40% more compact": an adjective
    if _SETTING_COMPOUND.fullmatch(head):
        return UNSPECIFIED  # "larger cross-task gains": the setting the change was had in, no quantity (read38)
    if len(words) == 1 and _prefixed_metric(words[0]):
        return words[0]  # "mcIoU improvements": a known metric's acronym under a lower-case prefix, as "mIoU" is (read35)
    eponyms = {word for word in words[:-1] if EPONYMS.fullmatch(word) and not _MIXED_CASE.search(words[-1])}
    if any(_MIXED_CASE.search(word) and not _ACRONYM.fullmatch(word) and not _LETTER_SCORE.fullmatch(word)
           and word not in eponyms for word in words):
        return UNSPECIFIED  # "SimplerEnv", "ResNet-50": a benchmark's or a system's name
    if len(words) == 1 and _LETTER_SCORE.fullmatch(words[0]):
        return _LETTER_SCORE.fullmatch(words[0]).group("name")  # "H-Score", "S-measures": a metric's own name, as written
    if head.endswith("s") and singular(head) in _WORK_UNITS:
        # "40% fewer tool calls", "reduces environment-facing turns by 10.4%": a count of the work
        # units a system spends is `<unit> count`, named by the unit alone (claims-spec; read58)
        return f"{singular(head)} count"
    name = " ".join(word if _ACRONYM.fullmatch(word) or word in eponyms else word.lower() for word in words[:-1])
    name = (name + " " if name else "") + singular(words[-1])
    if dataset_vocabulary().fullmatch(name) or dataset_vocabulary().fullmatch(" ".join(words)):
        return UNSPECIFIED  # a benchmark, not a quantity
    if name == "time" or name.endswith(" time"):
        return _named_time(name)
    return name


def _prefixed_metric(word: str) -> bool:
    """Whether `word` is a metric's acronym the vocabulary knows under a lower-case prefix of
    one to three letters ("mcIoU", "gIoU", "bAP"): a metric's name, though mixed case like a
    system's ("mcIoU" is the mean class IoU, as "mIoU" is the mean IoU)."""
    prefixed = _PREFIXED_ACRONYM.fullmatch(word)
    if prefixed is None:
        return False
    known = metrics_in(prefixed.group("acronym"))
    return bool(known) and known[0][1] == 0 and known[0][2] == len(prefixed.group("acronym"))


_PREFIXED_ACRONYM = re.compile(r"[a-z]{1,3}(?P<acronym>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)")


#: A grader named before a quantity it grades: "GPT-4o-judged", "LLM-rated", "VLM-scored".
_JUDGED_BY = re.compile(r"[A-Z][\w.-]*-(?:judged|rated|graded|scored|evaluated|assessed)")

#: Units of work a system spends, counted: a plural of one is a `<unit> count` (claims-spec).
_WORK_UNITS = _word_set("""call query turn step iteration round intervention acquisition invocation operation evaluation
    simulation request retrieval lookup rollout attempt file access transfer message interaction""")

#: Words before "score" that grade it or say whose it is, not what it grades: "higher scores", "benchmark score".
_NOT_SCORE_QUALIFIER = _word_set("""high higher highest low lower lowest good better best great greater superior strong
    stronger competitive comparable similar top leading new record improved final raw evaluation benchmark test task
    model method human overall aggregate composite average mean macro micro macro-average micro-average macro-averaged
    micro-averaged weighted""")


#: "the pixel-level Per-Region-Overlap (PRO) metric": an acronym defined in brackets right before
#: the word that calls it a metric or score.
_DEFINED_METRIC = re.compile(r"\((?P<abbr>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\)\s+(?:metrics?|scores?)\s*$")
#: Words before "metrics" that say which metrics, not what they measure: "key metrics".
_NOT_METRIC_QUALIFIER = _word_set("""key main standard common usual primary core major important relevant popular
    traditional conventional existing automatic automated evaluation objective subjective perceptual quantitative
    qualitative new proposed other several various multiple different downstream benchmark task""")


def defines_metric(phrase: str) -> bool:
    """Whether `phrase` ends in an acronym defined in brackets and called a metric or score."""
    return bool(_DEFINED_METRIC.search(phrase))


#: Words before "time" that make it the time of a model's training (claims-spec: "the duration
#: of training, fine-tuning ... is `training time`").
_TRAINING_TIME_WORDS = _word_set("training pre-training pretraining fine-tuning finetuning convergence")


def _named_time(name: str) -> str:
    """'overtaking time', 'flight time', 'task completion time': a time the abstract names
    takes `latency` whatever its own name (claims-spec, "Naming conventions settled across
    sets": "reduces completion time by 25%" is `latency`, and the labels give `latency` to a
    mission, flight, travel or decoding time); the time of training takes `training time`.
    'time-to-collision' does not end in a time and keeps its name (a margin, not a cost), and so
    does a time a system or its user gains ('dwell time', 'operating time', 'lead time')."""
    words = name.split()[:-1]
    if any(word in _GAINED_TIME_WORDS for word in words):
        return name
    if any(word in _TRAINING_TIME_WORDS for word in words):
        return "training time"
    return "latency"


#: Times a system or its user gains, not spends: engagement ("lifts dwell time by 2%"), endurance
#: ("extends operating time by 30%"), a forecast's reach ("lead time"). No cost: their own names.
_GAINED_TIME_WORDS = _word_set("dwell watch watching viewing session engagement stay survival lead operating operation "
                               "battery endurance hover hovering")


def whole_quantity_name(phrase: str) -> str:
    """The quantity `phrase` names when the whole phrase is that noun phrase, else
    'unspecified': the words between a number and a change noun ("a 41% jitter
    reduction", "an 18.5% makespan improvement") name what changed, but a phrase the
    naming rule would cut ("a 20% chance of improvement") names nothing.

    >>> whole_quantity_name("false alarm"), whole_quantity_name("chance of"), whole_quantity_name("token")
    ('false alarm', 'unspecified', 'unspecified')
    """
    tokens = phrase.split()
    while tokens and tokens[0].lower() in _DROP:
        # "a relative cost improvement", "median relative concealment improvements": the
        # change's qualifiers ("relative" among them), which the naming rule drops too (read33)
        tokens = tokens[1:]
    if any(token.lower() in _STOP for token in tokens) or any(_PARTICIPLE.fullmatch(token) for token in tokens[1:]):
        return UNSPECIFIED
    return quantity_name(" ".join(tokens))


def singular(word: str) -> str:
    """'forces' -> 'force', 'latencies' -> 'latency'; acronyms and 'stress', 'loss', 'orders'
    (a business count named in the plural) as written, lower-cased unless an acronym."""
    if _ACRONYM.fullmatch(word):
        return word
    lowered = word.lower()
    if lowered in _PLURAL_NAMES or lowered in _SINGULAR_IN_S:
        return lowered
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("ches", "shes", "xes", "sses")) and lowered not in _SINGULAR_IN_ES:
        return lowered[:-2]  # "ID switches" -> "ID switch", "losses" -> "loss" (not "switche", "losse")
    if lowered.endswith(("ss", "us", "is", "ics")) or not lowered.endswith("s"):
        return lowered
    return lowered[:-1]


#: Singular nouns that end in a plural's "s" ("label bias" is not a "label bia").
_SINGULAR_IN_S = frozenset({"bias", "gas", "lens", "chaos", "alias", "atlas", "canvas"})
#: Singular nouns in -ches/-xes whose plural only drops the "s" ("caches" is "cache").
_SINGULAR_IN_ES = frozenset({"caches", "niches", "aches", "headaches", "moustaches"})
#: Quantities whose usual name is plural: a count of business events ("orders", "sales").
_PLURAL_NAMES = frozenset({"orders", "sales", "emissions", "savings", "earnings", "clicks", "conversions"})


# --- a number's own quantity ------------------------------------------------------

#: A number's own words right after it (past its unit): "34.3% false positive rate", "0.87 retention score".
_OWN_AFTER = re.compile(r"^\s*(?:%|x|×|points?|pp)?\s+(?P<np>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})")
#: Points of a quantity named between the number and "points": "+3.52 linear-probe points",
#: "3.5 retrieval points" (read41). Not a word that says how the points count ("absolute",
#: "percentage", "more"), nor points that are things counted ("100 query points", "data points",
#: "control points"): `_NOT_POINTS_NAMES`.
_NAMED_POINTS = re.compile(r"^\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+points?\b")
_NOT_POINTS_NAMES = frozenset(("percentage", "percent", "basis", "absolute", "relative", "more", "additional", "extra",
                               "full", "whole", "average", "mean", "overall", "total", "net", "raw", "score", "the", "a",
                               "of", "and", "or", "to", "in", "on", "over", "by", "at", "with", "x", "times", "fewer",
                               "less", "many", "several", "few", "key", "data", "sample", "evaluation", "test",
                               "operating", "time", "reference", "control", "grid", "design", "check", "query",
                               "scale", "rating"))  # "by 0.181 scale points": units of a rating scale (read74)
#: A number's own words right before it, opened by a list joiner or a clause start: ", hamming loss of ",
#: " and KDD ", "position errors by ". `link` is the word that ties them to the number (none: "KDD 0.319").
_OWN_BEFORE = re.compile(
    r"(?:^|[,;(]|\band\b|\bvs\.?|\bversus\b)\s*(?:(?:an?|the|its|their)\s+)?"
    r"(?P<np>(?!(?:of|by)\b)[A-Za-z][\w-]*(?:\s+(?!(?:of|by)\b)[A-Za-z][\w-]*){0,2})\s*(?:(?P<link>\bof|\bby|=|:)\s+)?"
    r"(?:(?:only|just|about|around|roughly|nearly|approximately|up\s+to|over|more\s+than)\s+)?$")
#: Heads that make a short noun phrase after a number a quantity of its own: "0.87 retention score",
#: "34.3% false positive rate", "a 0.12 rotation error". A bare noun after a number ("12% of", "0.76
#: for SAM", "3.2 points on X") is no quantity.
#: Nouns of a change: a phrase with one names the change, not a quantity ("improvement rates").
_CHANGE_NOUNS = frozenset({"improvement", "gain", "reduction", "increase", "decrease", "drop", "boost", "change",
                           "speedup", "speed-up", "saving", "degradation", "enhancement", "uplift"})
_AGGREGATES = frozenset({"mean", "median", "average", "avg", "IQM", "iqm", "sum", "total"})
_QUANTITY_HEADS = frozenset({"score", "rate", "error", "loss", "ratio", "coefficient", "index", "efficiency"})


#: A list whose member before this one wrote its metric in the same slot: "an F1 score of 0.82, "
#: before "hamming loss of" (`<np> of <number>`), "FID 3.49 and " before "KDD" (`<metric> <number>`).
_SLOT_OF = re.compile(r"\bof\s+(?:\w+\s+)?[-+]?\d[\d.,]*\s*%?\s*(?:,\s*(?:and\s+)?|and\s+)"
                      r"(?:(?:an?|the)\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}\s+of\s+$")
_SLOT_BEFORE = re.compile(r"(?P<metric>[A-Za-z][\w@-]*)\s+[-+]?\d[\d.,]*\s*%?\s*(?:,\s*(?:and\s+)?|and\s+)"
                          r"[A-Za-z][\w@-]*\s+$")


def in_metric_slot(left: str) -> bool:
    """Whether the list member before this number wrote its metric where this number's own
    words stand: "an F1 score of 0.82, hamming loss of " (`<np> of <number>`), "FID 3.49 and KDD "
    (`<metric> <number>`). There the words name a quantity, not a change or a system."""
    if _SLOT_OF.search(left[-120:]):
        return True
    before = _SLOT_BEFORE.search(left[-60:])
    if before is None:
        return False
    found = metrics_in(before.group("metric"))
    return bool(found) and found[-1][2] == len(before.group("metric"))


def subject_quantity(left: str) -> str | None:
    """The quantity a clause's subject names right before its verb of reaching or being, when
    the subject is a named quantity with a quantity's head ("Strong-scaling efficiency reaches
    66%", "the weak-scaling efficiency is 80%", "its retrieval error rate stays at 3.1%"): the
    number's own metric, whatever the sentence names elsewhere (read45). None for any other
    subject (a system, "performance", "the model").

    >>> subject_quantity("Strong-scaling efficiency reaches "), subject_quantity("; weak-scaling efficiency is ")
    ('strong-scaling efficiency', 'weak-scaling efficiency')
    >>> subject_quantity("Quill reaches "), subject_quantity("the overall performance is ")
    (None, None)
    """
    subject = _SUBJECT_THEN_VERB.search(left[-90:])
    if subject is None or singular(subject.group("np").split()[-1].lower()) not in _QUANTITY_HEADS:
        return None
    name = quantity_name(subject.group("np"))
    return None if name == UNSPECIFIED or metrics_in(name) else name


#: A subject of up to three words opening its clause, then a verb of reaching or being, then at
#: most a hedge: "Strong-scaling efficiency reaches ", "; the weak-scaling efficiency is ".
_SUBJECT_THEN_VERB = re.compile(
    r"(?:^|[,;:]\s*|\band\s+|\bwhile\s+|\bwhereas\s+)(?:(?:the|its|their|our)\s+)?(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+"
    r"(?:reach(?:es|ed)?|is|was|are|were|stays?(?:\s+at)?|remains?(?:\s+at)?|stood\s+at|stands\s+at)\s+"
    r"(?:(?:only|just|about|around|approximately|nearly|roughly|up\s+to)\s+)?$")


def own_quantity(left: str, right: str, slot: bool = False, named_by: bool = False) -> str | None:
    """What quantity this number's own phrase names (claims-spec, "Named quantities": the head
    noun phrase of the number's own words), asked by every path that would give the number a
    metric carried from elsewhere (a list's head, a template, the sentence's metric, the
    neighbour in a pair): a number whose own words name a quantity keeps it, and only a bare
    number (None) inherits. `left` and `right` are the sentence before and after the number.
    Read, in order: a vocabulary metric or a short named score/rate/error right after the
    number ("34.3% false positive rate versus 97.3% ...", "a 0.87 retention score"); then its
    own words before it, opened by a list joiner, tied by "of", "by", "=" or ":" ("...,
    hamming loss of 0.04", "..., position errors by 21.9%"); with `slot` (the list's head wrote
    its metric in the same place), a metric's acronym alone right before it ("FID 3.49 and KDD
    0.319"); with `named_by` (the list compares with no system), any named quantity before "by"
    ("... and reasoning-action consistency by 37%"). A phrase that names a task, a setting, a data set or a system, or a generic result,
    is no quantity: None, as for a bare number.

    >>> own_quantity("", "% false positive rate versus"), own_quantity("an F1 score of 0.82, hamming loss of ", ", precision")
    ('false positive rate', 'hamming loss')
    >>> own_quantity("accuracy by 53.6%, position errors by ", "%,"), own_quantity("FID 3.49 and KDD ", ".", slot=True)
    ('position error', 'KDD')
    >>> own_quantity("accuracy of 81% on A and ", "% on B"), own_quantity("outperforms X by 2% and Y by ", "%"), own_quantity("", " for SAM")
    (None, None, None)
    """
    points = _NAMED_POINTS.match(right)
    if points and not (set(points.group("np").lower().split()) & _NOT_POINTS_NAMES):
        named = metric_at(points.group("np"))
        return named[0] if named else points.group("np")  # "+3.52 linear-probe points" (read41)
    after = _OWN_AFTER.match(right)
    if after:
        phrase = after.group("np")
        named = metric_at(phrase)
        if named and named[1].start() == 0:
            return named[0]
        words = []
        for word in phrase.split():
            if word.lower() in _STOP:
                break
            words.append(word)
        if words and singular(words[-1]) in _QUANTITY_HEADS and len(words) > 1 \
                and not any(singular(word.lower()) in _CHANGE_NOUNS for word in words):  # "66.9% improvement rates"
            name = quantity_name(" ".join(words))
            if name != UNSPECIFIED:
                return name
    before = _search_from_end(_OWN_BEFORE, _OWN_BEFORE_LONGEST, left[-80:])
    if before:
        phrase = before.group("np")
        if any(word.lower() in _STOP for word in phrase.split()):
            return None
        if phrase.split()[-1].lower() in _AGGREGATES:
            return None  # "an interquartile mean of 0.61": an aggregate of the list's metric, no quantity of its own
        found = metrics_in(phrase)
        if before.group("link"):
            if found and found[-1][2] == len(phrase):
                return found[-1][0]
            if before.group("link") == "by" and not named_by:
                return None  # "Y by 2%": a comparator; only the vocabulary's names are quantities here
            name = quantity_name(phrase)
            return None if name == UNSPECIFIED else name
        if slot and len(phrase.split()) == 1:
            if found and found[-1][2] == len(phrase):
                return found[-1][0]
            if _ACRONYM.fullmatch(phrase):
                return phrase
    return None


#: The words before a bracket that opens on a number ("... in dense breasts (", "low grasp
#: forces (", "versus fatty breasts ("): up to six words, no digits, no punctuation between.
_BRACKET_LABEL = re.compile(r"(?P<words>(?:[A-Za-z][\w'’-]*\s+){0,5}[A-Za-z][\w-]*)\s*\(\s*$")
#: `_OWN_BEFORE` and `_BRACKET_LABEL` read backwards as POSIX by `regex`: their longest match ending
#: at the end starts where the leftmost match does (`_search_from_end`).
_OWN_BEFORE_LONGEST = longest_twin(_OWN_BEFORE)
_BRACKET_LABEL_LONGEST = longest_twin(_BRACKET_LABEL)


def _search_from_end(pattern: re.Pattern, longest, text: str) -> re.Match | None:
    """`pattern.search(text)`, for an `re` pattern whose every match ends at the text's end (`$`):
    where the engines read the text alike (`engines_agree`), its `regex` twin `longest` finds
    where the match starts (`rules.base.match_where_longest_starts`, speed27); other texts are
    searched as before."""
    if engines_agree(text):
        return match_where_longest_starts(pattern, longest, text)
    return pattern.search(text)


#: Words that open a subgroup, a task, a split or a setting: the label after them is where the
#: sentence's metric was measured ("sensitivity was lower in dense breasts (67.86%)").
_SETTING_LEAD = _word_set("in on for across at under among within")
#: Words that go on from an earlier label's bracket to the next label ("in dense breasts
#: (67.86%) versus fatty breasts (").
_MEMBER_LEAD = _word_set("versus vs vs. than and or while whereas to compared")
#: A list member's lead must follow a closed bracket (an earlier label's value).
_AFTER_CLOSED_BRACKET = re.compile(r"\)\s*,?\s*(?:compared\s+)?$")
#: A change noun or comparative before "in <label>": the label names what changed ("a reduction in
#: solve times (-2.5%)"), unless it names no quantity ("gains in action classification (+2.7%)").
_CHANGED = re.compile(r"(?i)(?:improvements?|gains?|reductions?|increases?|decreases?|drops?|declines?|boosts?|"
                      r"higher|lower|better|worse|fewer|less|more|shorter|longer)")
#: Heads that make a label a generic result ("tracking performance"), not a setting of its own.
_GENERIC_HEAD = _word_set("""performance performances result results score scores quality outcome outcomes benchmark
    benchmarks dataset datasets data task tasks set sets split splits average board leaderboard""")
#: Words grading a quantity in a result ("high recall (", "shorter lane-changing distances (",
#: "low grasp forces ("): an unsigned value after a named quantity is read only after one of
#: them, so that a setting's own value ("a learning rate (0.001)", "focal lengths (28-70 mm)")
#: and a share ("biased outputs (11%)") give nothing.
_RESULT_GRADE = re.compile(
    r"(?i)(?:high|higher|highest|low|lower|lowest|best|better|worse|worst|superior|inferior|small|smaller|smallest"
    r"|large|larger|largest|short|shorter|shortest|long|longer|longest|reduced|improved|increased|decreased"
    r"|minimal|maximal|strong|stronger|competitive|comparable|similar|excellent|good|remarkable|lowered|fewer|less|more"
    r"|perfect|near-perfect|optimal|record|state-of-the-art"
    r"|achiev\w*|attain\w*|obtain\w*|reach\w*|yield\w*|maintain\w*|deliver\w*|record\w*|show\w*|exhibit\w*)")
#: Nouns of a setting's own value, not a result ("a learning rate (0.001)", "the batch size (64)").
_SETTING_QUANTITY = re.compile(
    r"(?i)\b(?:learning\s+rate|temperature|guidance|scale|dropout|decay|batch|threshold|budget|size|resolution|"
    r"rate\s+of\s+sampling|sampling\s+rate|frequency|length|width|height|weight|ratio|step|horizon|window|radius|"
    r"coefficient|factor|noise|level|lambda|alpha|beta|gamma|seed|epochs?|iterations?"
    r"|subset|fraction|portion|share|proportion|part|amount|number|count)s?$")


def bracket_label(left: str) -> tuple[str, str, bool] | None:
    """What a value in brackets right after a label belongs to (docs/claims-spec.md, "A value in
    brackets after a label is that label's value"): `left` is the text before the number and ends
    with the bracket. One reading for every rule that reads such a value:

    - ("quantity", name, graded): the label is a metric or a named quantity; `graded` when a
      result grade stands before it ("low grasp forces (", "the smallest optimality gap (");
    - ("setting", label, False): a subgroup, task, split or setting after in/on/for/across/at...
      ("in dense breasts (", "gains in action classification ("), or the next member of such a
      list after an earlier bracket ("(67.86%) versus fatty breasts ("): the sentence's metric,
      measured there, and the label is the claim's condition;
    - None: a name (a system or benchmark: its own rules), a generic result, anything else.

    >>> bracket_label("forces remain low grasp forces ("), bracket_label("dropped in dense breasts (")
    (('quantity', 'grasp force', True), ('setting', 'dense breasts', False))
    >>> bracket_label("outperforming UniVLA ("), bracket_label("the learning rate (")
    (None, None)
    """
    found = _search_from_end(_BRACKET_LABEL, _BRACKET_LABEL_LONGEST, left[-90:])
    if found is None:
        return None
    words = found.group("words").split()
    before = left[-90:][:found.start()]
    cut = max((at for at, word in enumerate(words) if word.lower() in _STOP), default=-1)
    lead = words[cut].lower() if cut >= 0 else ""
    if lead in ("both", "all", "each") and cut >= 1 and words[cut - 1].lower() in _SETTING_LEAD:
        lead = words[cut - 1].lower()  # "for both object search (": the setting's lead before "both" (review36)
    # "while maintaining low grasp forces (": a result grade after the lead starts the label
    # ("gains on short actions (" is a subgroup: after a setting's lead a grade is part of the label)
    graded_at = max((at for at, word in enumerate(words) if at > cut and _RESULT_GRADE.fullmatch(word)), default=-1) \
        if lead not in _SETTING_LEAD and not (lead in _MEMBER_LEAD and cut == 0 and _AFTER_CLOSED_BRACKET.search(before)) \
        else -1
    if graded_at >= 0:
        cut, lead = graded_at, ""
    # "in device control (86%), memory-related tasks (97%), scheduling and automation (": a member
    # set off by a comma alone after an earlier member's bracket, its own "and" part of it (read37)
    comma_member = (graded_at < 0 and before.rstrip().endswith("),") and words[0].lower() not in _STOP
                    and all(word.lower() in ("and", "or") for word in words if word.lower() in _STOP))
    if comma_member:
        cut, lead = -1, ""
    label = words[cut + 1:]
    if not label or any(_MIXED_CASE.search(word) or any(ch.isdigit() for ch in word) for word in label):
        return None  # "UniVLA (", "L3 (": a name is a system's or a benchmark's, read by their own rules
    if label[0][0].isupper() and (cut >= 0 or graded_at >= 0 or before.strip()):
        return None  # "Gemini Flash (": a capitalised word inside a sentence names a system or a benchmark
    phrase = " ".join(label)
    if _SETTING_QUANTITY.search(phrase):
        return None  # "the learning rate (0.001)": a setting's own value
    known = metrics_in(phrase)
    if known and known[-1][2] == len(phrase):
        return ("quantity", known[-1][0], graded_at >= 0)  # "high recall (", "average Chamfer Distance ("
    if (graded_at >= 0 or cut < 0) and not comma_member:
        named = quantity_name(phrase) if graded_at >= 0 else UNSPECIFIED
        return ("quantity", named, True) if named != UNSPECIFIED else None  # "low grasp forces ("
    if (label[-1].lower() in _GENERIC_HEAD or label[-1].lower() in _DROP) and not comma_member:
        return None  # "improvements in tracking performance (": a generic result names nothing
    if lead in _SETTING_LEAD:
        if lead == "in" and cut >= 1 and _CHANGED.fullmatch(words[cut - 1]):
            named = quantity_name(phrase)
            if named != UNSPECIFIED:
                return ("quantity", named, True)  # "a reduction in solve times (": what changed
        setting = [word for word in label if word.lower() not in _DROP]
        return ("setting", " ".join(setting), False) if 0 < len(setting) <= 4 else None
    if ((lead in _MEMBER_LEAD and cut == 0) or comma_member) and _AFTER_CLOSED_BRACKET.search(before):
        # the next member of a list of subgroups: only where the member before it was one ("in
        # dense breasts (67.86%) versus fatty breasts ("), not a comparator ("the baselines of
        # alternating tactile-visual (66.3%) and vision-only (")
        opened = before.rfind("(")
        earlier = bracket_label(left[:len(left) - 90 + opened + 1] if len(left) > 90 else left[:opened + 1]) \
            if opened >= 0 else None
        setting = [word for word in label if word.lower() not in _DROP]
        if earlier and earlier[0] == "setting" and 0 < len(setting) <= 4:
            return ("setting", " ".join(setting), False)
        named = quantity_name(phrase) if earlier and earlier[0] == "quantity" and earlier[2] else UNSPECIFIED
        if named != UNSPECIFIED:
            return ("quantity", named, True)  # "shorter lane-changing distances (28.59 m) and times (": graded too
    return None


#: A label keyed to a value inside brackets: "(night: +4.1%", ", rain: +3.2%" (the bracket still open).
_KEYED_LABEL = re.compile(r"[(,;]\s*(?P<label>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s*:\s*$")
#: Aggregate keys: the value is the sentence's metric over every label, no condition of its own.
_AGGREGATE_KEY = _word_set("average avg mean overall all total")


def keyed_label(left: str) -> tuple[str, str | None, bool] | None:
    """What a value keyed by a label inside brackets belongs to ('robust under disturbances
    (parameter uncertainty: +19.2%, no disturbance: +16.6%, average: +10.0%)'), the same
    reading as `bracket_label`'s for a value in brackets after a label: a vocabulary metric
    ("(mAP: +2.1") is that metric's ("quantity"); any other label is a subgroup or setting
    ("setting", its words), an aggregate key ("average") a setting with no label. A name
    (capitals inside, digits: "(8B: ", "(95% CI: "), or a bracket already closed, give None.

    >>> keyed_label("on hard cases (night: "), keyed_label("(night: +4.1%, average: "), keyed_label("(95% CI: ")
    (('setting', 'night', False), ('setting', None, False), None)
    """
    found = _KEYED_LABEL.search(left[-80:])
    if found is None:
        return None
    text = left[-80:]
    if text.rfind("(", 0, found.end()) <= text.rfind(")", 0, found.end()):
        return None  # no bracket open: "Results: 45.1%" is no label inside brackets
    words = found.group("label").split()
    phrase = " ".join(words)
    known = metrics_in(phrase)
    if known and known[-1][2] == len(phrase) and known[-1][1] == 0:
        return ("quantity", known[-1][0], False)
    if words[0][0].isupper() or any(_MIXED_CASE.search(word) or any(ch.isdigit() for ch in word) for word in words):
        return None  # "(8B: ", "(CI: ", "(Dmax: ": a name, an acronym or a measure the vocabulary does not know
    if all(word.lower() in _AGGREGATE_KEY for word in words):
        return ("setting", None, False)
    return ("setting", phrase, False)


#: A number, perhaps a percentage, and the bracket opened right after it: "45.2 (", "88.9% (".
_NUMBER_THEN_BRACKET = re.compile(r"\d(?:\s*(?:%|\\%|percent|points?))?\s*\(\s*$")
#: What no noun phrase of a quantity starts or ends with: a word that opens another phrase.
_PHRASE_WORD = r"(?:on|in|for|with|and|or|of|at|to|than|over|while|across|under)\b"
#: A short lower-case noun phrase that ends its clause: " end-to-end workflow success and".
_QUANTITY_ENDING_CLAUSE = re.compile(
    rf"\s+(?P<np>(?:(?!{_PHRASE_WORD})[a-z][\w-]*\s+){{0,3}}?(?!{_PHRASE_WORD})[a-z][\w-]*)"
    r"(?=\s+(?:and|in|on|for|with|while|across|at|over|than|under)\b|\s*[,;.]|\s*$)")
#: A bracket opened at the start of `right`, holding a signed number ("(+3.1)", "(+29.9% over X)").
_SIGNED_BRACKET_AT = re.compile(r"\s*\(\s*[+\-\u2212]\s*\d[^()]{0,50}\)")


def named_after_bracket(left: str, right: str) -> str | None:
    """The metric or named quantity right after a bracket, where the bracket stands between a
    score and what it measures: "45.2 (+3.1) mAP", "88.9% (+29.9% over experts) workflow
    success" (read63). `left` and `right` are the text before and after the number read: a
    signed number inside the bracket, which a number opens (`left` ends "45.2 ("), or the score
    before the bracket (`right` opens with it); None where no such bracket is, or what follows
    it names no quantity."""
    if _NUMBER_THEN_BRACKET.search(left[-12:]):
        close = right.find(")", 0, 60)
        if close < 0 or "(" in right[:close]:
            return None
        after = close + 1
    elif (bracket := _SIGNED_BRACKET_AT.match(right)) is not None:
        after = bracket.end()
    else:
        return None
    found = metric_at(right, after)
    if found:
        return found[0]
    named = _QUANTITY_ENDING_CLAUSE.match(right, after)
    quantity = quantity_name(named.group("np")) if named else UNSPECIFIED
    return None if quantity == UNSPECIFIED else quantity
