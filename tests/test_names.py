"""The person-name recogniser (kg.extract.names) on invented sentences."""

import pytest

from kg.extract import names
from kg.extract.names import find_names


def found(text):
    return [text[s:e] for s, e, _ in find_names(text)]


NAMED = [  # (sentence, a name it must yield)
    ("王小明说，明天开始施工。", "王小明"),
    ("副市长陈思远会见了来访的客人。", "陈思远"),
    ("记者赵丽华报道", "赵丽华"),
    ("刘建国同志指出，要加强领导。", "刘建国"),
    ("总书记习近平强调，要坚持问题导向。", "习近平"),
    ("县委书记欧阳晓峰主持会议。", "欧阳晓峰"),
    ("司马云飞表示，将于下月出发。", "司马云飞"),
    ("阿卜杜拉出席了开幕式。", "阿卜杜拉"),
]

NOT_PERSONS = [  # sentences in which nothing is a person
    "通过和来自黄河高新区的代表座谈，大家表示满意。",
    "我们对此表示欢迎，并将以此为契机。",
    "要把项目建设向纵深推进，从而为群众办实事。",
]


@pytest.mark.parametrize("text,name", NAMED)
def test_finds_name_with_or_without_title(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_function_words_places_and_common_words_are_not_persons(text):
    assert found(text) == []


def test_name_found_once_is_found_again_later_in_the_text():
    text = "市长周立新在会上讲话。周立新指出，要抓好落实。"
    assert found(text) == ["周立新", "周立新"]


def test_spans_are_in_order_non_overlapping_and_deterministic():
    text = "县委书记欧阳晓峰主持会议，王小明说，记者赵丽华报道，刘建国同志指出。" * 3
    first = find_names(text)
    assert first == find_names(text)
    assert all(a[1] <= b[0] for a, b in zip(first, first[1:]))
    assert all(text[s:e] and isinstance(sc, float) for s, e, sc in first)


def test_empty_and_name_free_text():
    assert find_names("") == []
    assert find_names("2023年5月4日。") == []


def test_fast_scorer_agrees_with_feature_weights():
    m = names._model()
    # (厂主 + a rare surname: the title alone lifts the name over the threshold)
    text = "县委书记欧阳晓峰会见了李华和张伟，王小明说，通过和来自黄河高新区的代表座谈。木器厂厂主商广富说，"
    toks = names.Tokens(text)
    for s, e, k in names.candidates(text, m):
        fast = m.score(text, s, e, k, toks)
        full = names._score(names.features(text, s, e, k, m), m.w)
        # the fast path may stop early, but only for a candidate that cannot pass the threshold
        assert fast == pytest.approx(full) or (fast <= m.threshold + 1e-9 and full <= m.threshold + 1e-9)


def test_the_model_file_reads_back_the_same_model():
    # its load time is reported by `kg bench` (a timed assertion here would fail on a busy machine)
    first = names._model()
    names._model.cache_clear()
    again = names._model()
    assert again is not first and again.w == first.w and again.threshold == first.threshold
