"""Fast paths of round 21 (speed21): the vocabularies' ASCII scan visits only the word
starts where a name's first characters are (`_Vocabulary._ascii_candidates`), each
checked against the whole alternation it stands for."""
from __future__ import annotations

import random

import regex
from real_abstracts import real_and_synthetic_abstracts

from extract.sentences import split_sentences
from extract.vocab import (
    _PREFIX_LIMIT,
    _name_prefixes,
    _prefix_trie,
    _Vocabulary,
    dataset_vocabulary,
    metric_vocabulary,
)

#: Edges of the scan: names glued to letters, digits, '@' or '_' on either side, hyphenated
#: continuations, plurals, longer names that hold shorter ones, every case, names at the
#: text's start and end, names cut short, names beyond ASCII (the Kelvin sign reads as 'k'
#: without case), white space other than a space.
EDGES = [
    "FID", "fid", "Fid", "xFID", "FIDx", "@FID", "_FID", "FID_", "FID@", "2FID", "FID2", "FID-guided", "FID-50K", "FIDs",
    "(FID) 2.1, top-1 accuracy; mIoU/AP, ImageNet-1K, 3DPW, COCO test-dev",
    "top-1 accuracy top1 Top-1 Acc. top-5 TOP-5 ACCURACY accuracy accura accuracies",
    "ImageNet imagenet IMAGENET ImageNet-1K ImageNet1K ImageNet-21k ImageNet256x256 ImageNet-256 ImageNet 256x256",
    "CIFAR-10 CIFAR-100 CIFAR10 CIFAR100 cifar-10 CIFAR-1000 CIFAR-10x CIFAR- CIFAR",
    "MS COCO MS-COCO MSCOCO COCO test-dev COCO val2017 COCO2017 COCOx COCO",
    "Fréchet Inception Distance, Frechet inception distances, FRÉCHET, fr\u00e9chet video distance",
    "R^2 R\u00b2 r^2 r2 R2 pass@1 pass@10 Pass@k recall@5 R@1 Recall@20 HitRatio@1 mAP@0.5 AP@0.5:0.95 AP50 APs",
    "average response length mean output lengths response lengths total token usage token consumption",
    "word error rate WER WERs CER error rate errors error-rate",
    "BLEU BLEU-4 BLEU4 ROUGE-L ROUGE-Lsum METEOR CIDEr SPICE PSNR SSIM LPIPS PSNRs",
    "\u212aITTI KITTI kitti \u212aID \u212a \u017fSIM caf\u00e9 FID na\u00efve ImageNet \u0130mageNet",
    "FID\tImageNet\nCOCO\u00a0CIFAR-10\u2009MNIST\x0bSVHN\x1cCelebA",
    "perfor performance perplexity perplex precision precis recall@1 recal accura accuracy BLEU-4x BLEU4 times",
    "C41x C4 1 times C412 C4-x C4- M4, IS-A IS- IS EMs CDs ISx C4",
    "C41234x C4123 times C412345 C4-12k FID12x FID123 x PSNR1 times MNIST1x COCO2 x3 KITTI12 times mIoU-1x ImageNet",
    "", "F", "FI", "I", "a", "@", "-", " ", "x" * 7,
]


def _corpus() -> list[str]:
    """The real abstracts and the dev sets' abstracts, each whole and as its sentences."""
    abstracts = real_and_synthetic_abstracts()
    return abstracts + [sentence for abstract in abstracts for _, _, sentence in split_sentences(abstract)]


def _entry_texts(entry: tuple[str, list[str], list[str]]) -> list[str]:
    """An entry's canonical name and plain names, in its case, lower, upper and title case,
    alone, after a space and glued after a letter, and followed by a letter, a digit, an
    's', a hyphen and a bracket."""
    name, aliases, acronyms = entry
    written = [name] + [n for n in aliases + acronyms if not regex.search(r"[\\\[\]()?*+{}|^$.]", n)]
    return [f"{before}{form}{after}" for word in written for form in {word, word.lower(), word.upper(), word.title()}
            for before in ("", " ", "x") for after in ("", "x", "1", "s", "-a", ")")]


def _name_texts(vocabulary: _Vocabulary) -> list[str]:
    """`_entry_texts` of every entry."""
    return [text for entry in vocabulary._entries for text in _entry_texts(entry)]


def _scanners():
    vocabularies = (metric_vocabulary(), dataset_vocabulary())
    for vocabulary in vocabularies:
        list(vocabulary.finditer(""))  # builds the scanner
    return vocabularies


def test_both_vocabularies_scan_for_candidates():
    """Every name of both vocabularies has a prefix to scan for (a name without one would
    send the scan back to every word start, `_ascii_word_starts`); the benchmarks'
    names are read in their own case, the metrics' lowered."""
    metrics, datasets = _scanners()
    assert metrics._candidates is not None and metrics._fold
    assert datasets._candidates is not None and not datasets._fold


def test_prefixes_read_off_names():
    """Literals, small classes, groups, alternatives and optional parts are read; a
    lookaround, a category, a character beyond ASCII that has a case in ASCII, a part without
    case in a name read in its own case, or a construct `re` cannot parse, ends the prefix. A
    character beyond ASCII in no case ASCII ("é", "²", "κ") is never read in a text all in ASCII,
    where the prefixes are asked: a name that needs it there begins no match (read38)."""
    cases = {
        ("FID", True): {"fid"},
        ("FID", False): {"FID"},
        (r"ImageNet\-1K", False): {"ImageN"},
        (r"MS\ COCO", False): {"MS COC"},
        ("fr[eé]chet inception distances?", True): {"freche"},
        ("fr[eſ]chet", True): {"fr"},  # the long s is an "s" without case: the prefix ends
        ("(?:average |mean )?response lengths?", True): {"averag", "mean r", "respon"},
        ("top-?1", True): {"top-1", "top1"},
        (r"top-?(?P<k>\d+) acc(?:uracy|\.)?", True): {"top-", "top"},
        ("CIFAR-?10(?!0)", False): {"CIFAR-", "CIFAR1"},
        ("BD-[Rr]ate", False): {"BD-Rat", "BD-rat"},
        ("BD-[Rr]ate", True): {"bd-rat"},
        ("AP", True): {"ap"},
        ("R\u00b2", True): set(),
        ("\u03ba(?=\\s*=)", True): set(),  # "κ = 0.853"
        ("(?i:fid)", False): {""},
        ("(?i)FID", False): {""},
        ("(?i:fid)", True): {"fid"},
        (r"\w+ score", True): {""},
        (r"[^a]bc", True): {""},
        (r"\p{L}ID", True): {""},  # `regex` only: `re` reads \p as an error
        ("x*y", True): {"x", "y"},
        ("x+y", True): {"x"},
        ("(?:ab){2}c", True): {"ab"},
        ("P?SNR", False): {"PSNR", "SNR"},
        ("perplexit(?:y|ies)", True): {"perple"},
        ("abcdef?g", True): {"abcdeg", "abcdef"},  # the quantifier reads the sixth character
        ("abcdefg?", True): {"abcdef"},
        ("(?:foo){e<=1}", True): {""},  # `regex`'s fuzzy match: `re` would read the brace as text
        ("fo{1i+1d<3}", True): {""},
        ("fo{2}x", True): {"fo"},  # a repeat is read once
        ("fo{1,2}x", True): {"fo"},
        ("[[:alpha:]]x", True): {""},  # `regex`'s POSIX class: `re` warns of a nested set
    }
    for (name, fold), expected in cases.items():
        assert _name_prefixes(name, fold) == expected, (name, fold)
    assert _name_prefixes("perplexity", True, limit=3) == {"per"}


def test_prefix_trie_matches_where_a_prefix_begins():
    """The trie matches a text exactly where the text begins with one of the prefixes:
    each prefix, each cut one character short, and random texts of their characters."""
    rng = random.Random(21)
    for vocabulary in _scanners():
        prefixes = set().union(*(_name_prefixes(name, vocabulary._fold) for _, aliases, acronyms in vocabulary._entries
                                 for name in aliases + acronyms))
        trie = regex.compile(_prefix_trie(prefixes))
        alphabet = "".join(sorted(set("".join(prefixes)))) + " xQ"
        texts = list(prefixes) + [p[:-1] for p in prefixes] + [p + "z" for p in prefixes]
        texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9))) for _ in range(20_000)]
        begun = 0
        for text in texts:
            expected = any(text.startswith(p) for p in prefixes)
            assert bool(trie.match(text)) == expected, text
            begun += expected
        assert begun > 1000
    assert _prefix_trie({"ab", "abc", "b"}) in ("(?:ab|b)", "(?:b|ab)")


def test_every_match_of_a_name_begins_with_one_of_its_prefixes():
    """Each name alone (its group, as the bucket patterns hold it), at every position of
    texts written from its names in every case and of the edges: where it matches, the text
    (lowered for names read without case) begins there with one of the name's prefixes."""
    for vocabulary in _scanners():
        matched = 0
        for group, entry in zip(vocabulary._groups, vocabulary._entries):
            _, aliases, acronyms = entry
            texts = _entry_texts(entry) + EDGES
            prefixes = set().union(*(_name_prefixes(name, vocabulary._fold) for name in aliases + acronyms))
            alone = regex.compile(group)
            for text in texts:
                if not text.isascii():
                    continue
                read = text.lower() if vocabulary._fold else text
                for match in alone.finditer(text, overlapped=True):
                    assert any(read.startswith(p, match.start()) for p in prefixes), (group[:60], text)
                    matched += 1
        assert matched > 1000


def test_candidates_are_word_starts_holding_every_match():
    """The candidates are word starts (`_ascii_word_starts`), and every match of the whole
    alternation starts at one of them, from the text's start and from a later position."""
    for vocabulary in _scanners():
        found = 0
        for text in [t for t in _corpus() + EDGES + _name_texts(vocabulary) if t.isascii()]:
            for pos in sorted({0, 1, len(text) // 2}):
                candidates = list(vocabulary._ascii_candidates(text, pos))
                assert candidates == sorted(set(candidates))
                assert set(candidates) <= set(vocabulary._ascii_word_starts(text, pos)), (text, pos)
                starts = {m.start() for m in vocabulary.pattern.finditer(text, pos)}
                assert starts <= set(candidates), (text, pos)
                found += len(starts)
        assert found > 2000


def test_vocabulary_scans_are_the_whole_alternation():
    """`finditer` (the candidate scan for ASCII text read to its end, the word-start scan
    otherwise), `_finditer_ascii` and `search` give the whole alternation's matches, group
    and all: the real and dev abstracts and their sentences, the edges, the names written
    in every case, from several positions and to a nearer end."""
    for vocabulary in _scanners():
        found = 0
        for text in _corpus() + EDGES + _name_texts(vocabulary):
            for pos, endpos in {(0, len(text)), (1, len(text)), (len(text) // 2, len(text)), (0, max(0, len(text) - 3))}:
                expected = [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text, pos, endpos)]
                assert [(m.span(), m.lastgroup) for m in vocabulary.finditer(text, pos, endpos)] == expected, (text, pos)
                if text.isascii() and endpos == len(text):
                    assert [(m.span(), m.lastgroup) for m in vocabulary._finditer_ascii(text, pos)] == expected
                first = vocabulary.search(text, pos, endpos)
                assert (first and (first.span(), first.lastgroup)) == (expected[0] if expected else None)
                found += len(expected)
        assert found > 3000


def test_a_name_without_a_prefix_scans_every_word_start():
    """A vocabulary with a name whose opening `_name_prefixes` cannot read (a category)
    scans every word start as before, and finds what its whole alternation finds."""
    vocabulary = _Vocabulary([("thing", [r"\w+thing", "widget"], []), ("gizmo", [], ["GZ"])], after=r"[\w@]")
    texts = ["a something, a widget, GZ and gz", "Widgets WIDGET xwidget anything thing", "GZ", "nothing"]
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in vocabulary.finditer(text)] == expected
    assert vocabulary._candidates is None
    assert _PREFIX_LIMIT == 6
