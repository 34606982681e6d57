"""Round 10's fast paths (speed10b) find exactly what the slower paths they stand in for
find: each is run beside the path it replaces on made-up texts built to hit its edges,
and on the real abstracts of data/fixtures/real_papers.jsonl."""
from __future__ import annotations

from real_abstracts import real_abstracts

from extract.deferred import _SEPARATOR_CONTROLS
from extract.numbers import (
    _MENTION,
    _MENTION_ASCII,
    _groups_of,
    _mention_matches,
    find_mentions,
)
from extract.text import _MARKUP, _MARKUP_SCAN, _MARKUP_STARTS

#: Made-up texts in ASCII around the mention pattern's edges: signs at the start of the
#: text and after each character of the sign's lookbehind, ranges, units, number words,
#: names with digits, and the white space `\s` reads.
ASCII_MENTION_TEXTS = [
    "+5% at the start, -0.4 FID, (+4.2 AP), [-3 dB], ,+7, ;-8x :+9 =+1 ~-2 a+3 b-4, .5 and + .5",
    "5-10x faster and 9%-19% better, 60--73x, 45.1 -> 48.3, 125M to 1.3B, 2,000+ times, 30%+ higher",
    "Chameleon-7B, ResNet-50, UCF101, pass@1, top-5, 3D, d30, Llama-2-70B, v1.2.3, x^2, a_1, \\5, sub-10 ms",
    "five times faster, twice as fast, Thrice faster, four GPU hours, a hundred-fold, three percent, 2 TIMES",
    "two orders of magnitude, an order of magnitude fewer, doubling the throughput, halves memory, HALVED FID",
    "in 1.2 seconds, 35 ms per image, 8 GB, 3.5 days, 8s, 24h per step, 7 billion, 172M, 3 Bn, 12 k, 4 pp",
    "1\t2\n3\x0b4\x0c5\r6 7,8 9;10%\t11x\n12 percent\x0c13 fold, 14 per cent, 15 absolute points, 16 pts",
    "1,300 phases, 12,345,678.9, 1,23, 0.000, 1e5, 3X, 2.2x3, 4x4 grid, 5 x 6, 7 times8, 9-fold, 10 -fold",
]


def test_ascii_mention_pattern_is_the_mention_pattern():
    """`re`'s copy of the mention pattern matches what `regex`'s does, from every position of
    texts in ASCII (the lookbehind `(?<=^|[...])` rewritten as `(?:^|(?<=[...]))` included:
    a sign at the start of the text, and at a start position after it, where `^` holds only
    at the text's real start in both engines)."""
    assert _MENTION_ASCII.groupindex == _MENTION.groupindex
    texts = ASCII_MENTION_TEXTS + [text for text in real_abstracts() if text.isascii()][:40]
    matched = 0
    for text in texts:
        assert not _SEPARATOR_CONTROLS.search(text)
        for start in range(len(text)):
            expected = _MENTION.match(text, start)
            found = _MENTION_ASCII.match(text, start)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), (text, start)
            matched += expected is not None
        for pos, endpos in [(0, len(text)), (1, len(text) - 3), (len(text) // 2, len(text))]:
            assert [(m.span(), m.groups()) for m in _MENTION_ASCII.finditer(text, pos, endpos)] == \
                [(m.span(), m.groups()) for m in _MENTION.finditer(text, pos, endpos)]
    assert matched > 300


def test_mention_groups_of_the_ascii_pattern_are_named_alike():
    for text in ASCII_MENTION_TEXTS:
        for match in _MENTION_ASCII.finditer(text):
            assert _groups_of(match)._asdict() == match.groupdict()


def test_separator_controls_are_where_the_engines_read_white_space_apart():
    """The only ASCII characters whose `\\s` the engines read differently are \\x1c-\\x1f;
    texts holding one are read by `regex`, and give what it gives."""
    import re

    import regex
    differing = [chr(code) for code in range(128) if bool(re.match(r"\s", chr(code))) != bool(regex.match(r"\s", chr(code)))]
    assert differing == [chr(code) for code in range(0x1c, 0x20)]
    for code in range(128):
        assert bool(_SEPARATOR_CONTROLS.search(chr(code))) == (chr(code) in differing)
    for control in differing:
        for text in (f"1{control}x faster, +2{control}times", f"3{control}%{control}4 and twice{control}as fast"):
            assert [(m.span(), m.groups()) for m in _mention_matches(text, 0, len(text), None)] == \
                [(m.span(), m.groups()) for m in _MENTION.finditer(text)]


def test_mentions_of_ascii_text_are_those_of_the_regex_pattern():
    """`find_mentions` over texts in ASCII gives what it gave with `regex` alone (the
    texts with number words go through the pattern's scan, the others through its
    matches at digit runs)."""
    texts = ASCII_MENTION_TEXTS + [text for text in real_abstracts() if text.isascii()]
    for text in texts:
        assert [(m.span(), m.groups()) for m in _mention_matches(text, 0, len(text), None)] == \
            [(m.span(), m.groups()) for m in _MENTION.finditer(text)]
    found = [m.text for m in find_mentions(ASCII_MENTION_TEXTS[0])]
    assert found[:4] == ["+5%", "-0.4", "+4.2", "-3"]


def test_metric_words_by_re_are_those_regex_finds():
    """`may_name_metric`'s word pattern, compiled by `re`, finds what `regex` finds in any
    text: lower-cased ASCII, digits, '@', powers, and characters beyond ASCII."""
    import regex

    from extract.vocab import _METRIC_WORD, may_name_metric, metric_word_prefixes
    texts = ["an fid of 2.1", "r^2 = 0.98, r² of 0.9, x^ and ^2", "pass@1 and top-5 acc@k", "é-fid ßaccuracy İou ǆ psnr",
             "a b c", "", "@@ 12 a1 1a", "ｆｉｄ and ＡＣＣ", "mean\tabsolute\nerror"]
    texts += [text.lower() for text in real_abstracts()]
    for text in texts:
        assert _METRIC_WORD.findall(text) == regex.findall(_METRIC_WORD.pattern, text), text
    prefixes = metric_word_prefixes()
    named = 0
    for text in texts:
        expected = any(word[:4] in prefixes for word in regex.findall(_METRIC_WORD.pattern, text.lower()))
        assert may_name_metric(text) == expected, text
        named += expected
    assert 0 < named < len(texts)


def test_bound_or_setting_before_kept_per_site_is_the_two_searches():
    """`_declines`' per-site answer is what the two searches of the last 25 characters
    before the number give, however often and in whatever order rules ask."""
    from extract.numbers import find_mentions
    from extract.rules.base import Site
    from extract.rules.fragments import STRICT_BOUND
    from extract.rules.scores import (
        _SETTING_BEFORE,
        _bound_or_setting_before,
        _declines,
    )
    texts = ["over 90% accuracy, more than 3x, at least 5 points, <2 ms, FID>10, sub-1B, below 0.5",
             "a horizon of 720, batch size of 64, top-k = 5, seeds: 3, T=1000 and N 16, an FID of 2.1 and 87.3%",
             "exceeding 4, surpassing 5.5%, higher than 6 and lower than 7, K=8 ±0.2 and k 9"]
    texts += real_abstracts()[:30]
    asked = declined = 0
    for text in texts:
        for mention in find_mentions(text):
            site = Site([mention], text, 0, mention.start, mention.end)
            tail = text[:mention.start][-25:]
            expected = bool(STRICT_BOUND.search(tail)) or bool(_SETTING_BEFORE.search(tail))
            for _ in range(2):
                assert _bound_or_setting_before(site) == expected, (text, mention.text)
            assert _declines(site, ("plain", "percent", "points", "ratio", "scale", "time", "memory", "rate")) == \
                (mention.sign == "±" or mention.glued or expected)
            asked += 1
            declined += expected
    assert asked > 100 and 10 < declined < asked


def test_markup_starts_hold_every_character_a_markup_match_starts_with():
    """No text can match `_MARKUP` from a character `_MARKUP_STARTS` passes over: for every
    code point, after a letter and after a digit and a space, a partial match (which is
    found wherever some longer text would match) is found only where the scan stops; a
    hyphen, a quote, a space and a tab are tried before every ASCII character and a few
    beyond it."""
    markup = _MARKUP.compiled()
    starts = _MARKUP_STARTS.compiled()
    followed = "-' \t"
    stops = 0
    for context in ("a", "1 "):
        for code in range(0x110000):
            character = chr(code)
            if character in followed:
                continue
            text = context + character
            if starts.match(text, len(context)) is None:
                assert markup.match(text, len(context), partial=True) is None, hex(code)
            else:
                stops += 1
        ends = [chr(code) for code in range(128)] + ["\u00e9", "\u2013", "\u00a0", "\u2028", "\U0001D7CE"]
        for character in followed:
            # white space is read on to the character after its run: a run, then what ends it
            runs = ["", " ", "\t ", "  \t"] if character in " \t" else [""]
            for follower in [run + end for run in runs for end in ends if not (run == "" and end in " \t" and character in " \t")]:
                text = context + character + follower + "x"  # a letter ends what the lookaheads read
                if starts.match(text, len(context)) is None:
                    assert markup.match(text, len(context), partial=True) is None, (character, follower)
    assert stops > 1000


def test_markup_scan_is_the_markup_pattern():
    """`_MARKUP_SCAN.finditer` gives `_MARKUP.finditer`'s matches, on made-up texts of markup
    of every kind and on real abstracts."""
    texts = [
        "a $15\\%$ gain, 2$\\times$ faster, \\textbf{87.3} and \\cite{x}, \\frac{1}{2}, 12\\,500, 12{,}500, na\\\"ive",
        "perfor-\nmance,  \r\n  lines\t\n, state-of-the-art -- 89.4% --- and 40--55, ``exact'' `encoder' {x} } {",
        "_0.71_ and **0.71** *3x*, Table~1, Eq.~(3), 24.34~s, 9~11, &amp; &#215; &lt;b&gt; <i>x</i> <sub>2</sub>",
        "\u00a0nbsp\u2009thin\u200bzero\u00adsoft \u00d7 \u2212 \u2013 \u223c \uff11\uff12 \ufb01 \u00b2 \U0001D7CE \x00\x07\x7f",
        "it's O'Brien's '' ' - -a a- -1 1- --- ----, \\SI{40}{\\milli\\second}, \\unicode{x2014}, \\eg \\ie.",
        "\u00e9t\u00e9 caf\u00e9 \u2018quoted\u2019 \u201cdouble\u201d \u2026 \u03b1\u03b2 \u4e2d\u6587 \U0001F600",
    ]
    texts += real_abstracts()
    matched = 0
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in _MARKUP.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _MARKUP_SCAN.finditer(text)] == expected, text
        matched += len(expected)
    assert matched > 100


def test_vocabulary_scan_of_ascii_text_is_the_vocabulary_pattern():
    """The scanners' loop for texts in ASCII read to their end finds what the whole
    vocabulary's pattern finds, from every start offset; an end short of the text's end
    goes through the general loop and finds the same too."""
    from extract.vocab import dataset_vocabulary, metric_vocabulary
    texts = ["an FID of 2.1 and top-1 accuracy of 80%, PSNR/SSIM, mIoU on ADE20K and COCO val2017",
             "ImageNet-256, ImageNet256x256, FID-guided, the MS COCO test-dev split, GSM8K, MATH and HumanEval",
             "acc", "F", "", "R^2 of 0.9 and pass@1 of 40%, Pass@10, recall@5, CIFAR-10 and CIFAR-100."]
    texts += [text for text in real_abstracts() if text.isascii()][:25]
    found = 0
    for vocabulary in (metric_vocabulary(), dataset_vocabulary()):
        for text in texts:
            for pos in (0, 1, len(text) // 3):
                expected = [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text, pos)]
                assert [(m.span(), m.lastgroup) for m in vocabulary.finditer(text, pos)] == expected, text
                found += len(expected)
            end = len(text) - 4
            if end > 0:
                assert [(m.span(), m.lastgroup) for m in vocabulary.finditer(text, 0, end)] == \
                    [(m.span(), m.lastgroup) for m in vocabulary.pattern.finditer(text, 0, end)], text
    assert found > 100


def test_left_searches_from_left_from_find_the_whole_windows_match():
    """A rule's `left_from` is a position no match of its left pattern starts before, in
    every window its `left_possible` passes: the search from there finds what the search of
    the whole window finds."""
    from extract.rules import RULES
    texts = ["outperforming nnU-Net (0.897)", "Llama 7B (41.2", "Llama  7B (41.2", "GPT-4o\t(F1: 0.9", "x)Foo (3",
             "the A-1.B2 model\n( 3", "a (b) c (d) Qwen2.5-7B (acc= 5", "(", " (", "ResNet-50 (top-1 acc 76.1",
             "M\u00e9thode-\u00e9t\u00e9 (2", "\u00a0Name\u00a0(4", "Foo\x1cBar (5", "1.5 B (6", "a B7 (8", "vs. X 12B (9"]
    texts += real_abstracts()
    windows = [text[:at][-160:] for text in texts for at in range(len(text) + 1) if text[:at].endswith(("(", "( ", "(F1 ", "(F1: ", "(\t", "(acc= "))]
    windows += [text[-160:] for text in texts]
    gated = [rule for rule in RULES if rule.left_from is not None]
    assert gated
    for rule in gated:
        pattern = rule.left.compiled()
        searched = matched = 0
        for window in windows:
            if rule.left_possible is not None and not rule.left_possible(window):
                continue
            searched += 1
            whole = pattern.search(window)
            start = rule.left_from(window)
            found = pattern.search(window, start)
            assert (found and (found.span(), found.groups())) == (whole and (whole.span(), whole.groups())), (rule.name, window)
            if whole:
                matched += 1
                assert start <= whole.start()
        assert matched >= 10 and searched > matched, rule.name
