"""Round 37 (speed37): a vocabulary's long head ruled out by the candidates' trie
(`_Vocabulary._long_head_ruled_out`), before the partial match of its three-character head,
output byte-identical. Where the trie rules a head out, no name has a partial match of it:
tested at every word start of the fixture abstracts and at every position after a number,
for both vocabularies, against the bucket's own partial match (what `_head_pattern` asks)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from extract import vocab

_ROOT = Path(__file__).resolve().parent.parent


def _heads() -> set[str]:
    heads = set()
    for line in (_ROOT / "data/fixtures/real_papers.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["abstract"]
        # word starts, and the text after each number ("% on the", "x faster")
        starts = {m.start() for m in re.finditer(r"(?<![\w@])\S", text)} | {m.end() for m in re.finditer(r"\d", text)}
        heads.update(text[at:at + vocab._LONG_HEAD] for at in starts)
    # the case of a name's opening read without case, and letters around the prefixes
    heads.update({head.upper() for head in heads} | {head.swapcase() for head in heads})
    return {head for head in heads if len(head) == vocab._LONG_HEAD and head[0] < "\x80"}


def test_a_head_the_trie_rules_out_has_no_partial_match():
    heads = _heads()
    assert len(heads) > 5_000
    for vocabulary in (vocab.metric_vocabulary(), vocab.dataset_vocabulary()):
        list(vocabulary.finditer(""))  # builds its scanner
        ruled_out = 0
        for head in sorted(heads):
            vocabulary._heads.pop(head, None)  # asked afresh: by the trie, not by what is known
            if vocabulary._long_head_ruled_out(head):
                ruled_out += 1
                bucket = vocabulary._buckets.get(vocabulary._key(head[0]))
                assert bucket is None or not bucket.match(head, partial=True), head
        assert vocabulary._candidate_at_start is None or ruled_out > 100


def test_the_scanner_finds_what_the_pattern_finds_with_heads_ruled_out():
    texts = [json.loads(line)["abstract"] for line in
             (_ROOT / "data/fixtures/real_papers.jsonl").read_text(encoding="utf-8").splitlines()]
    texts += [text + " Größe über" for text in texts]  # beyond ASCII: the generic scan
    for vocabulary in (vocab.metric_vocabulary(), vocab.dataset_vocabulary()):
        for text in texts:
            found = [(m.start(), m.end(), m.lastgroup) for m in vocabulary.finditer(text)]
            assert found == [(m.start(), m.end(), m.lastgroup) for m in vocabulary.pattern.finditer(text)]
            for at in range(0, len(text), 7):
                match = vocabulary.match(text, at)
                expected = vocabulary.pattern.match(text, at)
                assert (match and match.span()) == (expected and expected.span()), (text[at:at + 20])


def test_fullmatch_of_a_token_ruled_out_by_the_trie_is_the_pattern_s():
    tokens = set()
    for line in (_ROOT / "data/fixtures/real_papers.jsonl").read_text(encoding="utf-8").splitlines():
        for token in json.loads(line)["abstract"].split():
            tokens.update({token, token.strip(".,;:()"), token.lower(), token.upper()})
    tokens.update({"FID", "fid", "mAP", "F1", "BLEU-4", "ImageNet", "COCO", "MMLU", "top-1 accuracy", "PSNR", "IS"})
    for vocabulary in (vocab.metric_vocabulary(), vocab.dataset_vocabulary()):
        found = 0
        for token in sorted(tokens):
            match = vocabulary.fullmatch(token)
            expected = vocabulary.pattern.fullmatch(token) if token else None
            assert (match and match.lastgroup) == (expected and expected.lastgroup), token
            found += match is not None
        assert found > 10


def test_verbs_grouped_by_first_letter_read_as_the_alternation():
    import re as std_re

    from extract import attribution

    grouped = attribution._VERBS_BY_LETTER
    assert grouped != attribution._VERBS and "\\w*" in grouped
    assert attribution._grouped_by_first_letter("(?:ab|(?:c))") == "(?:ab|(?:c))"  # another shape: as it is
    texts = []
    for line in (_ROOT / "data/fixtures/real_papers.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["abstract"]
        texts += [text, text.lower(), "It achievement reaches sets set sees seen was are is achieves 5%."]
    flags = std_re.VERBOSE | std_re.ASCII
    for before, after in [(rf"\b{attribution._VERBS}\b", rf"\b{grouped}\b"),
                          (rf"(?s:.*)\W{attribution._VERBS}\b", rf"(?s:.*)\W{grouped}\b"),
                          (attribution._one_width_lookbehinds(rf"\b(?:{attribution._SUBJECT_BODY})").replace(grouped, attribution._VERBS),
                           attribution._one_width_lookbehinds(rf"\b(?:{attribution._SUBJECT_BODY})"))]:
        assert before != after
        old, new = std_re.compile(before, flags), std_re.compile(after, flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == [(m.span(), m.groups()) for m in new.finditer(text)]
