"""Persons: names anchored by a title chain (区委副书记、区长周立新), name lists that share a title
(区领导钱安民、孙连武、郑传胜), bylines, and later bare mentions of a name already known.

A title chain yields one ``TitleItem`` per post; relations.py turns items into posts.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kg import lexicons
from kg.model import Mention
from kg.extract.segment import Tokens, is_common_word, word_freq, word_tag
from kg.extract.common import CJK, MISSIONS, OPENERS, left_extend, state_ends_at, state_prefix
from kg.extract.gazetteer import PLACE_CALLED, is_known_name
from kg.extract.spans import JOINED_ORGANS, leading_word, suffix_at
from kg.extract.names import find_names, holds_run, inside_place, is_translit, run_end

__all__ = ["find_counted", "find_honoured", "find_led_by", "find_japanese", "TitleItem", "Titled", "find_titled", "match_name", "find_known", "find_speakers", "find_modelled"]

# Characters that (almost) never appear in a given name: they end a name candidate.
_HAN = re.compile(rf"[{CJK}]")
# Surnames that are far more often a function word (州长和州委书记, 县长与会): after a title they join,
# they do not begin a name (于 and 向 are common surnames and stay).
_FUNCTION_SURNAMES = frozenset("和与及从对把被将为以来同跟在")
_NOT_GIVEN = set("委局区市县省镇乡办部党的了在是和与及等到为对向把被从将于们、，。；：！？“”（）()《》— 　")
_ADVERB_AFTER = frozenset("都则却便亦还也又仍以")     # after a subject: 王某都表示, 王某还说, 王某仍是, 王某以…身份
_NOT_NAME_TAGS = frozenset(("t", "r", "p", "c", "d"))   # jieba tags that begin no name
_NOT_FIRST_GIVEN = _NOT_GIVEN - set("向为")   # 韩向林, 赵为明: first given characters; 韩林向… is 韩林


@dataclass(frozen=True, slots=True)
class TitleItem:
    """One post in a chain: its text as written, role word and org prefix, with offsets."""

    title: str
    role: str
    prefix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Titled:
    """A person named after a title chain; ``items`` in reading order."""

    name: str
    start: int
    end: int
    items: tuple[TitleItem, ...]


@cache
def _role_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(lexicons.roles(), key=lambda w: (-len(w), w)))))


@cache
def _followers() -> tuple[frozenset[str], int]:
    w = lexicons.words("name_followers.txt")
    return w, max(map(len, w))


def _starts_follower(text: str, pos: int) -> bool:
    words, longest = _followers()
    return any(text[pos:pos + k] in words for k in range(longest, 0, -1))


def _starts_role(text: str, pos: int) -> bool:
    return bool(_role_re().match(text, pos))


def _clause_word(w: str) -> bool:
    """A frequent time word, pronoun, preposition, conjunction or adverb of jieba's (周二, 那里, 通过)."""
    return (word_tag(w) or "n") in _NOT_NAME_TAGS and word_freq(w) >= 200


@cache
def _person_nouns() -> frozenset[str]:
    return lexicons.words("person_nouns.txt")


@cache
def _minority_parts() -> tuple[frozenset[str], tuple[int, ...]]:
    """Tibetan and Mongolian name elements, and their lengths, longest first."""
    parts = lexicons.words("minority_name_parts.txt")
    return parts, tuple(sorted({len(p) for p in parts}, reverse=True))


def _minority_run(text: str, pos: int) -> tuple[int, int]:
    """(end, elements) of the run of Tibetan or Mongolian name elements at ``pos``: one to three,
    the longest elements first, at most eight characters."""
    parts, lengths = _minority_parts()
    end, n = pos, 0
    while n < 3:
        k = next((k for k in lengths if end + k <= len(text) and text[end:end + k] in parts and end + k - pos <= 8), 0)
        if not k:
            break
        end, n = end + k, n + 1
    return end, n


def _minority_end(text: str, pos: int) -> int | None:
    """End of a Tibetan or Mongolian name of one to three elements at ``pos`` (扎西, 次仁多吉,
    宝音德力格尔), or None."""
    end, n = _minority_run(text, pos)
    return end if n else None


def _through_element(text: str, s: int, e: int) -> int:
    """A name never ends inside a Tibetan or Mongolian element: the end of one that begins on the
    name's last character (阿某 + 彭措), or of the run of elements that begins the name (宝音 +
    德力格尔), where that reaches past ``e``; and one of three or more characters that begins right at
    ``e`` of a name of three, where a mark or a word that follows names comes after it (某日沁 + 必力格
    讲话); at most eight characters."""
    parts, lengths = _minority_parts()
    ends = [e - 1 + k for k in lengths if k > 1 and e - 1 + k <= len(text) and text[e - 1:e - 1 + k] in parts and e - 1 + k - s <= 8]
    if e - s == 3 and not is_common_word(text[s + 1:e], 100):
        ends += [e + k for k in lengths if k >= 3 and e + k <= len(text) and text[e:e + k] in parts
                 and (e + k == len(text) or not _HAN.match(text[e + k]) or _starts_follower(text, e + k))]
    return max([e, _minority_end(text, s) or e] + ends)


def _surname_len(text: str, pos: int) -> int:
    """The length of the surname at ``pos`` (欧阳: 2, 王: 1), else 0; not one more often a function word (和, 从)."""
    if text[pos:pos + 2] in lexicons.compound_surnames():
        return 2
    return int(pos < len(text) and text[pos] in lexicons.surnames() and text[pos] not in _FUNCTION_SURNAMES)


_PRONOUN_CHARS = frozenset("他她它们我你您咱")


@cache
def _common_surnames() -> frozenset[str]:
    return lexicons.words("common_surnames.txt")


def match_name(text: str, pos: int) -> int | None:
    """``_match_name``, less what reads as words: a pronoun among the given characters (但他强调), or a
    rare surname that makes an everyday word with what follows (扶贫资金, 都没用)."""
    end = _match_name(text, pos)
    if end is None and _surname_len(text, pos) == 1:
        run = _minority_end(text, pos)      # 苏和主持: a Mongolian name, though 和 gives no Chinese one
        if run and (run == len(text) or not _HAN.match(text[run]) or _starts_follower(text, run)):
            return run
    if end is None or _surname_len(text, pos) != 1 or end - pos >= 4 and _minority_end(text, pos) == end:
        return end
    if any(c in _PRONOUN_CHARS for c in text[pos + 1:end]):
        return None
    if text[pos] not in _common_surnames() and not (end - pos == 2 and _name_ends_here(text, end)) and (
            is_common_word(text[pos:pos + 2], 300)
            or end - pos == 3 and (word_tag(text[pos + 1:end]) or "n")[0] in "vadr" and is_common_word(text[pos + 1:end], 300)):
        return None
    return end


def _name_ends_here(text: str, end: int) -> bool:
    """Does a clause mark or a word that follows names come at ``end`` (某某说, 某某、)?"""
    return end >= len(text) or text[end] in "，。、；：,;:）)" or _starts_follower(text, end)


def _match_name(text: str, pos: int) -> int | None:
    """End of a personal name starting at ``pos``, or None: surname + one or two given characters
    (surname + one + a Tibetan element: four), or the elements of a Tibetan or Mongolian name.

    The third character belongs to the name unless it starts a word that follows names
    (强调, 主持, 等, 到 …), an adverb (都, 则) or a time word (今天), or cannot be in a given name;
    a time word, pronoun or preposition (周二, 那里, 通过) or what the person is (村民) begins none.

    Examples
    --------
    >>> s = "张德明主持会议，李博到黄泥镇，马真汇报"
    >>> [s[p:match_name(s, p)] for p in (0, 8, 15)]
    ['张德明', '李博', '马真']
    """
    n = len(text)
    sur = _surname_len(text, pos)
    if not sur:
        return _minority_end(text, pos)     # 次仁多吉: a Tibetan or Mongolian name, no surname
    run, elements = _minority_run(text, pos)
    if elements >= 2 and run - pos >= 4:
        return run      # 乌云其木格: two elements, though the first begins with a surname's character
    if text[pos:pos + 2] in _person_nouns():
        return None     # 牧民, 村民: what the person is, before the name
    if text[pos:pos + 2] in _followers()[0]:
        return None     # 周书记强调发展: a word that follows names (强调, 陪同) begins none
    if _clause_word(text[pos:pos + 2]):
        return None     # 周二, 那里, 通过: a time word, pronoun or preposition, no name
    if text[pos] == "任" and _division_at(text, pos + 1):
        return None     # 任某某县委书记, 任县委常委: the verb of an appointment before the post's division
    g = pos + sur
    if sur == 1 and text[g:g + 1] == "和" and word_freq(text[g:g + 2]) >= 1000 and _name_ends_here(text, g + 2) \
            and text[pos] in _common_surnames():
        return g + 2    # 胡和平出席: 和 begins a given name that is a word (和平), and the name ends after it
    if g >= n or text[g] in _NOT_FIRST_GIVEN or not _HAN.match(text[g]) or _starts_role(text, g) \
            or _starts_follower(text, g) and text[g] not in "向为":
        return None
    # one given character is certain; is there a second?
    if g + 1 < n and _HAN.match(text[g + 1]) and text[g + 1] not in _NOT_GIVEN and text[g + 1] not in _ADVERB_AFTER \
            and not (g + 3 <= n and word_tag(text[g + 1:g + 3]) == "t" and word_freq(text[g + 1:g + 3]) >= 1000
                     and not _starts_follower(text, g + 2)) \
            and not _starts_follower(text, g + 1) and not _starts_role(text, g + 1) and not _verb_after(text, g + 1):
        return _through_element(text, pos, g + 2)
    return g + 1


_RELATIVE_ORGAN = re.compile(r"[省市区县镇乡州旗盟](?:委|政府|人大|政协|纪委|党委|党工委)|设区")


def _division_at(text: str, i: int) -> bool:
    """Does a division begin at ``i``, named (某某县) or relative before its organ (县委, 市政府)?"""
    if _RELATIVE_ORGAN.match(text, i):
        return True
    divs = lexicons.divisions()
    return any(text[i:i + k] in divs and text[i + k - 1] in "省市区县旗盟州" for k in range(3, 8))


def _verb_after(text: str, i: int) -> bool:
    """Does a common verb or adverb begin at ``i`` (某某充分肯定, 某某带领), where the character is no
    name's third (某某强 + 调研: the name goes on when a word that follows names comes after it)?"""
    w = text[i:i + 2]
    return len(w) == 2 and (word_tag(w) or "n") in ("v", "d", "ad", "p") and word_freq(w) >= 1000 \
        and not _starts_follower(text, i + 1) and not _starts_role(text, i + 1)


_SERVING = re.compile(r"(?:现任|时任|曾任)[^，。；,;]{0,30}$")
# a nominee for the post, written after its role (副旗长提名人选, 县长候选人): part of the title as written
_NOMINEE = re.compile("提名人选|候选人选|候选人|人选")
# a bracketed note between a title and its holder's name (党工委书记（兼）某某, 副县长（挂职）某某)
_GROUP_THEN = re.compile(r"(?:还有|有|分别是|是|包括)?[:：]|还有|分别是")
_TITLE_NOTE = re.compile(r"[（(](?:兼|兼任|挂职|代|代理|主持工作|正[厅局处县科]级|副[厅局处县科]级)[）)]")


def _role_ending_at(text: str, end: int, floor: int) -> re.Match[str] | None:
    nominee = next((k for k in (4, 3, 2) if end - k >= floor and _NOMINEE.fullmatch(text, end - k, end)), 0)
    end -= nominee
    found = None
    for m in _role_re().finditer(text, max(floor, end - 12), end):
        if m.end() == end:
            found = m
    return found


_ENTRUSTED = re.compile("[受应][省市区县州旗盟镇乡代副]")


def without_clause_lead(t: Titled, text: str, toks: Tokens) -> Titled:
    """The chain with its first item begun where a body's name would begin: after a clause word or
    what a person is before a division's name (企业代表某市某某公司总经理), as bodies are cut."""
    first = t.items[0] if t.items else None
    cut = leading_word(first.prefix, toks, first.start) if first and len(first.prefix) > 2 else 0
    if cut and first.prefix[cut - 1] == "驻" and first.prefix.endswith(MISSIONS):
        cut -= 1        # 驻某国大使馆参赞: the mission keeps its 驻
    if not cut:
        return t
    item = TitleItem(first.title[cut:], first.role, first.prefix[cut:], first.start + cut, first.end)
    return Titled(t.name, t.start, t.end, (item,) + t.items[1:])


# verbs of contact that may stand right before a person's title (联系某某代表, 看望某某老党员)
_CONTACT_VERB = re.compile(r"(?:走访|联系|看望|慰问|接待|帮扶|结对|对接|拜访|约见)+")


def _items_before(text: str, role_start: int, role_end: int, role: str, floor: int) -> list[TitleItem]:
    """The chain of title items ending with the role at [role_start, role_end)."""
    items: list[TitleItem] = []
    end, rs = role_end, role_start
    while True:
        # An item right after 、 runs back to it; the chain's first item is bounded by stop words.
        stopped = left_extend(text, rs, max_len=20, floor=floor)
        prev = _role_before_jian(text, stopped, floor)
        if prev is not None:
            start = stopped     # 国务委员兼外长, 副县长兼县公安局局长: two posts, 兼 between them
        else:
            loose = left_extend(text, rs, max_len=20, floor=floor, use_stops=False)
            prev = _role_ending_at(text, loose - 1, floor) if loose - 1 >= floor and text[loose - 1:loose] == "、" else None
            start = loose if prev is not None else stopped
        if text.startswith("国驻", start) and text[start - 1:start] == "我":
            start += 1      # 我国驻某国大使: the title begins at 驻
        if _ENTRUSTED.match(text, start, role_end):
            start += 1      # 受县委书记某某委托, 应市长某某邀请: the preposition is no part of the title
        elif text[start - 1:start] in ("和", "与") and (text[start:rs].endswith(JOINED_ORGANS) or role.endswith("部长")) \
                and start - 1 > floor and _role_ending_at(text, start - 1, floor) is None:
            # 工业和信息化部部长, 自然资源和规划局局长, 农业和某某开发部长: 和 joins an organ's two fields
            before = left_extend(text, start - 1, max_len=8, floor=floor)
            if 2 <= start - 1 - before <= 6:
                start = before
                prev = prev or _role_before_jian(text, start, floor)
        contact = _CONTACT_VERB.match(text, start, rs)
        if contact and rs - contact.end() >= 2:
            start = contact.end()       # 走访联系市级人大代表某某: the verb of the visit is no part of the title
        items.append(TitleItem(text[start:end], role, text[start:rs], start, end))
        if prev is None:
            break
        end, rs, role = start - 1, prev.start(), prev.group()
    items.reverse()
    return items


def _role_before_jian(text: str, start: int, floor: int) -> re.Match[str] | None:
    """The role ending right before a 兼 at ``start - 1`` (国务委员兼外长: the first of two posts)."""
    return _role_ending_at(text, start - 1, floor) if start - 1 > floor and text[start - 1] == "兼" else None


def _runs_on(text: str, start: int, end: int) -> bool:
    """The role is the head of a longer everyday word (领导 of 领导班子, 主任 of 主任委员会): no title."""
    return any(is_common_word(text[a:end + k], 100) for a in range(start, end - 1) for k in (1, 2)
               if end + k <= len(text))


def _common_not_name(s: str) -> bool:
    """An everyday word, not a name jieba knows (a frequent foreign given name is still a name), or
    one made an adverb (满意地, 高兴得): a common word and 地 or 得."""
    if len(s) == 3 and s[2] in "地得" and is_common_word(s[:2], 1000):
        return True
    if len(s) >= 4 and _minority_end(s, 0) == len(s):
        return False        # 乌云其木格: elements of a Mongolian name, however jieba tags the whole
    return is_common_word(s, 100) and not (word_tag(s) or "").startswith("nr")


def find_titled(text: str) -> list[Titled]:
    """Every person named after a title chain, with name lists expanded (区领导甲、乙、丙).

    Examples
    --------
    >>> [(t.name, [i.title for i in t.items]) for t in find_titled("区委常委、统战部长、区委办主任赵泽文参加。")]
    [('赵泽文', ['区委常委', '统战部长', '区委办主任'])]
    >>> [t.name for t in find_titled("区领导钱安民、孙连武、郑传胜参加。")]
    ['钱安民', '孙连武', '郑传胜']
    """
    out: list[Titled] = []
    taken_until = -1
    for m in _role_re().finditer(text):
        if m.start() < taken_until:
            continue
        nominee = _NOMINEE.match(text, m.end())
        title_end = nominee.end() if nominee else m.end()
        at = title_end      # where the name starts
        note = _TITLE_NOTE.match(text, at) or _GROUP_THEN.match(text, at) if text[m.end() - 2:m.end()] == "领导" \
            else _TITLE_NOTE.match(text, at)
        if note:
            at = note.end()     # (兼) after the title; 县领导还有：甲、乙 — the list after the group's title
        if text[at:at + 1] == "的" and _SERVING.search(text, max(0, m.start() - 40), m.start()):
            at += 1             # 现任某某区委副书记、区长的某某: the title, 的, then the name
        end = match_name(text, at)
        dot = next((k for k in range(at + 2, min(len(text) - 1, at + 8)) if text[k] in _DOTS), None)
        if dot is not None and end is not None and not (end < dot and all(_HAN.match(c) and c not in _FUNCTION
                                                                          for c in text[end:dot])):
            dot = None          # a Chinese name, and no run of characters goes on from it to a dot
        if dot is not None and all(_HAN.match(c) for c in text[at:dot]) and _HAN.match(text[dot + 1]):
            end = _dotted_part_end(text, dot)       # 阿某某·某某: a dotted name, no surname begins it
        elif end is None:     # a foreign name (奥卡伦达尼亚): no surname begins it
            end = run_end(text, at, at)
            if end - at < 2:
                continue
        if _common_not_name(text[at:end]) or _runs_on(text, m.start(), m.end()):
            continue
        # 部长 + a foreign name longer than a Chinese one, or a Tibetan or Mongolian one
        end = _before_time_word(text, at, _through_element(text, at, run_end(text, at, end)))
        if text[end:end + 1] in _DOTS and _HAN.match(text[end + 1:end + 2]):
            end = _dotted_part_end(text, end)       # 艾某·某某: the title's person is the whole dotted name
        floor = max(taken_until, 0)
        items = tuple(_items_before(text, m.start(), title_end, m.group(), floor))
        out.append(Titled(text[at:end], at, end, items))
        # name list sharing the chain: 、name、name 及/和 …
        pos = end
        while pos < len(text) and text[pos] == "、":
            nxt = _list_item_end(text, pos + 1)
            if nxt is None or (nxt < len(text) and text[nxt] not in "、，,。；及和等与" and not _starts_follower(text, nxt)):
                break
            out.append(Titled(text[pos + 1:nxt], pos + 1, nxt, items))
            pos = nxt
        taken_until = pos
    return out


def _list_item_end(text: str, at: int) -> int | None:
    """Where the name that begins a list's item at ``at`` ends: as ``match_name`` says, but an item
    runs to its 、 when one character is left before it (陆以任、), and an item with no name's shape
    between two that have one (甲、占某某、乙: a surname the lexicon lacks) is a name too."""
    end = match_name(text, at)
    if end is not None and end - at == 2 and text[end + 1:end + 2] == "、" and _HAN.match(text[end:end + 1] or " ") \
            and not is_common_word(text[at:end + 1], 100):
        return end + 1
    if end is None:
        k = next((k for k in (3, 2) if text[at + k:at + k + 1] == "、" and match_name(text, at + k + 1) is not None), None)
        if k and all(_HAN.match(c) for c in text[at:at + k]) and not is_common_word(text[at:at + k], 100):
            return at + k
    return end


# the verbs by which one takes a post (现任, 调任, 拟任 …)
_TAKES_POST = "现任|改任|调任|升任|转任|拟任|兼任"
_ELECTED = re.compile(r"(?:分别当选为|分别担任|分别出任|分别任|当选为|当选|担任|出任|任命为|被任命为|被选举为|被选为|任命|免去|辞去|"
                      rf"(?:同志)?(?:{_TAKES_POST}|任)(?=[\u4e00-\u9fff])|"
                      r"等(?=[\u4e00-\u9fff]{1,12}领导))")
_HEAD_ADVERB = re.compile(r"(?:同志)?(?:在|曾|曾经|先后|还|也|又|已)$")
_CLAUSE_START = re.compile(r"[，。；：！？,;:!?\n）)]")
_TRAILING_ROLES = ("总书记", "总理", "委员长")       # national leaders are named before the title
# local leaders are too, in speech (某某书记强调, 某某副县长的讲话): then what follows is a verb or 的
_LOCAL_TRAILING = ("书记", "省长", "市长", "区长", "县长", "州长", "旗长", "盟长", "镇长", "乡长",
                   "大使", "公使", "参赞", "总领事", "领事")      # and diplomats: 某某参赞说
_LOCAL_DEPUTY = re.compile("(?:常务)?副$")


def _whole_name(item: str) -> bool:
    return 2 <= len(item) <= 4 and match_name(item, 0) == len(item)


_VOTES = re.compile(r"以\d+票(?:的高票)?(?:全票)?$|以全票$")
# 任命某某为…, 提名某某为…: the name between the verb and 为, the titles after
_APPOINTED = re.compile(r"(?:任命|提名|推选|选举|推荐)([\u4e00-\u9fff·]{2,8}?)(?:同志)?为")
_LIST_PARTS = re.compile("、|(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2,4}$)")     # 甲、乙和丙: the last joined by 和


def _clause_end(text: str, i: int) -> int:
    """Where the clause that goes on at ``i`` ends: the next stop or the text's end."""
    stop = _CLAUSE_START.search(text, i)
    return stop.start() if stop else len(text)


_APPOINT_VERB = re.compile(f"{_TAKES_POST}|曾任|拟提名为|拟推荐为")


def _title_items(text: str, a: int, b: int) -> list[TitleItem]:
    """The titles listed in ``text[a:b]`` (某县委书记、某市委书记), each ending in a role; the list ends
    at the first piece that names none. A trailing 职务, 同志 or 期间 is no part of a title."""
    items, at = [], a
    verb = _APPOINT_VERB.match(text, a, b)
    if verb:
        a = at = verb.end()     # 某某，拟任某市委书记: the verb of the appointment is no part of the title
    for piece in text[a:b].split("、"):
        title = re.sub("(?:职务|同志|期间|时期|以来|任上|时)$", "", piece)     # (任某县县长期间: a time, no title)
        role = _role_ending_at(title, len(title), 0)
        if role is None or len(title) > 40:
            break
        items.append(TitleItem(title, role.group(), title[: role.start()], at, at + len(title)))
        at += len(piece) + 1
    return items


_LEAD_MARK = re.compile(r"\s*(?:本报讯|本刊讯|本网讯)\s*|\s+")


def find_elected(text: str) -> list[Titled]:
    """Persons listed before 当选为/担任 and the title they take (甲、乙当选为县人民政府副县长).

    Examples
    --------
    >>> [(t.name, [i.title for i in t.items]) for t in find_elected("会议选举，钱安民、孙连武当选为青禾县人民政府副县长。")]
    [('钱安民', ['青禾县人民政府副县长']), ('孙连武', ['青禾县人民政府副县长'])]
    >>> [(t.name, t.items[0].title) for t in find_elected("周立、吴清等县四大家领导出席")]
    [('周立', '县四大家领导'), ('吴清', '县四大家领导')]
    >>> [t.name for t in find_elected("钱安民、孙连武和周立当选为副县长，吴清以190票当选为县长")]
    ['钱安民', '孙连武', '周立', '吴清']
    >>> [(t.name, t.items[0].title) for t in find_elected("会议任命朱立杰为自治区公安厅厅长。")]
    [('朱立杰', '自治区公安厅厅长')]
    """
    out: list[Titled] = []
    for m in _ELECTED.finditer(text):
        lo = max((c.end() for c in _CLAUSE_START.finditer(text, max(0, m.start() - 200), m.start())),
                 default=max(0, m.start() - 200))
        lead = _LEAD_MARK.match(text, lo, m.start())
        if lead:
            lo = lead.end()     # 本报讯 某某拟任…: the lead's marker opens the clause before the name
        votes = _VOTES.search(text, lo, m.start())     # 某某以190票的高票当选为…: the count is no name
        head = text[lo:votes.start()] if votes else text[lo:m.start()]
        head = _HEAD_ADVERB.sub("", head)        # 某某在担任…期间, 某某曾任…: the adverb is no part of the name
        names, pos = [], lo
        for item in _LIST_PARTS.split(head):
            names.append((item, pos))
            pos += len(item) + 1
        if not names or not all(_whole_name(n) for n, _ in names):
            continue
        hi = _clause_end(text, m.end())
        if m.group() == "等":                   # 甲、乙等县领导出席: the title ends at its role
            role = _role_re().search(text, m.end(), min(hi, m.end() + 14))
            hi = role.end() if role else m.end()
        items = _title_items(text, m.end(), hi)
        if items and m.group().startswith("分别"):      # 甲、乙分别任某县委书记、某市委书记: one each, in order
            if len(items) == len(names):
                out += [Titled(n, a, a + len(n), (it,)) for (n, a), it in zip(names, items)]
        elif items:
            out += [Titled(n, a, a + len(n), tuple(items)) for n, a in names]
    for m in _APPOINTED.finditer(text):
        a, b = m.span(1)
        items = _title_items(text, m.end(), _clause_end(text, m.end())) if _whole_name(m.group(1)) else []
        if items:
            out.append(Titled(m.group(1), a, b, tuple(items)))
    seen = {(t.start, t.end) for t in out}
    return out + [t for t in _appointment_lists(text) if (t.start, t.end) not in seen]


# a decision's list of appointments or removals (任命甲任某局局长、乙任某委主任; 免去甲的某某职务; 甲不再担任某某职务)
_APPOINT_HEAD = re.compile(r"任命|免去|辞去")
_APPOINT_ITEM = re.compile(r"([\u4e00-\u9fff·]{2,8}?)(?:同志)?(?:任|为|的)(?=[\u4e00-\u9fff])")
_COMRADE_FOR = re.compile(r"([^，。；、\n]{2,20}?)([\u4e00-\u9fff]{2,3})同志为(?=[\u4e00-\u9fff])")
_NO_LONGER = re.compile(r"(?:^|(?<=[，。；、\n\s讯]))(?:会议)?(?:决定)?(?:接受|同意|批准)?([\u4e00-\u9fff·]{2,8}?)(?:同志)?(?:不再担任|辞去)")
_APPOINT_STOP = re.compile(r"[、，。；\n]")


def _appointment_lists(text: str) -> list[Titled]:
    """Each item of a list after 任命 or 免去 (甲任…、乙任…; 甲的…职务、乙的…职务) holds its title, and so
    does a person who 不再担任 or 辞去 one: a removal names the post held until then."""
    out: list[Titled] = []
    for h in _APPOINT_HEAD.finditer(text):
        pos = h.end()
        held = _COMRADE_FOR.match(text, pos)
        if held and _whole_name(held.group(2)):
            # 任命县委副书记某某同志为副县长、代理县长: the title held now, then the name and the new ones
            items = _titles_to(text, held.end(), _clause_end(text, held.end()))
            if items:
                out.append(Titled(held.group(2), held.start(2), held.end(2), tuple(items)))
            continue
        while True:
            m = _APPOINT_ITEM.match(text, pos)
            if not m or not _whole_name(m.group(1)):
                break
            items, stop = _held_titles(text, m.end())
            if not items:
                break
            out.append(Titled(m.group(1), m.start(1), m.end(1), tuple(items)))
            if not stop or stop.group() not in "、；，":
                break
            pos = stop.end()
    for m in _NO_LONGER.finditer(text):
        if not _whole_name(m.group(1)):
            continue
        items, _ = _held_titles(text, m.end())
        if items:
            out.append(Titled(m.group(1), m.start(1), m.end(1), tuple(items)))
    return out


def _held_titles(text: str, i: int) -> tuple[list[TitleItem], re.Match[str] | None]:
    """The titles from ``i`` to the item's end (a trailing 职务 cut off), and the mark that ends it."""
    stop = _APPOINT_STOP.search(text, i)
    return _titles_to(text, i, stop.start() if stop else len(text)), stop


def _titles_to(text: str, i: int, end: int) -> list[TitleItem]:
    """The titles from ``i`` to ``end``, a trailing 职务 cut off (…县长职务)."""
    title_end = text.rfind("职务", i, end)
    return _title_items(text, i, title_end if title_end > i else end)


# a name that opens a sentence, then a comma and the titles it holds (某某，某县委书记、县长，…)
_APPOSED = re.compile(r"(?:^|(?<=[。！？\n]))([\u4e00-\u9fff]{2,4})[，,]")


def find_apposed(text: str) -> list[Titled]:
    """A person named at a sentence's start and described by titles after a comma (card-style
    profiles): the titles up to the clause's end, each ending in a role.

    >>> [(t.name, [i.title for i in t.items]) for t in find_apposed("周立群，青禾县委书记、县长。他说")]
    [('周立群', ['青禾县委书记', '县长'])]
    """
    out = []
    for m in _APPOSED.finditer(text):
        if not _whole_name(m.group(1)):
            continue
        items = _title_items(text, m.end(), _clause_end(text, m.end()))
        if items and items[-1].end == _clause_end(text, m.end()):
            out.append(Titled(m.group(1), m.start(1), m.end(1), tuple(items)))
    return out


_DOT_RE = re.compile(r"(?<=[\u4e00-\u9fff])[·•・—](?=[\u4e00-\u9fff])")


_FUNCTION = frozenset("的地得在是了和与及等为对向把被从将于由让使给人员以")


@cache
def _body_ends() -> frozenset[str]:
    return frozenset(w for w in lexicons.words("body_suffixes.txt") if len(w) >= 2)


def _dotted_part_start(text: str, dot: int) -> int:
    """Where the part before a middle dot begins: walk left over characters until a function
    character, a title or an everyday word ends just before (村民阿依古丽·… begins at 阿)."""
    i = dot
    while i > max(0, dot - 6) and _HAN.match(text[i - 1]) and text[i - 1] not in _FUNCTION:
        if i < dot and (i >= 2 and is_common_word(text[i - 2:i], 100) or _role_ending_at(text, i, 0)
                        or any(text[max(i - k, 0):i] in _body_ends() for k in (2, 3, 4))):
            break           # …研究所 + 马·某某: a body's name ends before the person's
        i -= 1
    return i


def _dotted_part_end(text: str, dot: int) -> int:
    """Where the part after the dot ends: at a function character, a word that follows names or an
    everyday word, once the part has two characters (…·买买提说, …·安南希望)."""
    j = dot + 1
    while j < min(len(text), dot + 7) and _HAN.match(text[j]):
        if j >= dot + 3 and (text[j] in _FUNCTION or _starts_follower(text, j) or is_common_word(text[j:j + 2], 100)) \
                and not (text[j] not in _FUNCTION and is_translit(text[j]) and _starts_follower(text, j + 1)):
            break       # (…·买买提出席: 提出 is a word, but 出席 follows the name and 提 ends it)
        j += 1
    return j


def find_dotted(text: str, is_place: Callable[[str], bool]) -> list[Mention]:
    """Names of two parts joined by a middle dot (古丽娜尔·阿不都): a person, unless a part is a
    place (华星·苏州).

    Examples
    --------
    >>> [m.text for m in find_dotted("村民阿依古丽·买买提说，华星·苏州基地", lambda s: s == "苏州")]
    ['阿依古丽·买买提']
    """
    out = []
    for k in (m.start() for m in _DOT_RE.finditer(text)):
        a, b0 = _dotted_part_start(text, k), _dotted_part_end(text, k)
        b = _before_time_word(text, k + 1, run_end(text, k + 1, b0))    # …·梅德韦杰夫斯卡娅: the right part runs to the end of its transliteration
        left, right = text[a:k], text[k + 1:b]
        if is_place(text[k + 1:b0]):
            continue
        initial = len(left) == 1 and is_translit(left) and not (a and is_translit(text[a - 1]))  # 拉·某某
        if text[k] == "—" and not (len(left) >= 2 and all(map(is_translit, left + right))):
            continue        # a dash joins two parts of a foreign name only (约翰—某某), not a range (甲地—乙地)
        if not ((2 <= len(left) or initial) and len(left) <= 6 and 2 <= len(right) <= 6) \
                or is_place(left) or is_place(right) \
                or _common_not_name(left) and not initial or text[a - 1:a] in OPENERS \
                or any(text[b:b + k] in _body_ends() for k in range(2, 7)) or right[-1] in _PLACE_END:
            continue        # a quoted or titled phrase (“新时代·新力量”) is a slogan; 某某·某某大学 a body,
            # 某·某某镇 a place named after a person
        out.append(Mention(text[a:b], "person", a, b, rule="person.dotted"))
    return out


_LIST_SEP = "、和与及"
_ITEM_END = "、，,。；;：:！？!?和与及等）)"


def _name_ending_at(text: str, end: int, opens: Callable[[int], bool]) -> int | None:
    """Start of a name that ends at ``end`` and begins where ``opens(start)`` lets an item begin:
    three characters tried first, then two, then four."""
    for k in (3, 2, 4):
        st = end - k
        if st >= 0 and match_name(text, st) == end and opens(st):
            return st
    return None


def find_listed(text: str, found: list[tuple[int, int]]) -> list[Mention]:
    """Names listed beside a person already found (会见了甲、乙和丙): an item of a 、/和 list that
    has a name's shape from start to end, next to a person, is a person too.

    Examples
    --------
    >>> s = "会见了王建民、李卫和赵雪梅等人"
    >>> [m.text for m in find_listed(s, [(3, 6)])]
    ['李卫', '赵雪梅']
    """
    seen = {(a, b) for a, b in found}
    queue, out = list(found), []
    while queue:
        a, b = queue.pop()
        cands = []
        if b < len(text) and text[b] in _LIST_SEP:          # the item after
            end = match_name(text, b + 1)
            if end is not None and (end == len(text) or text[end] in _ITEM_END or _starts_follower(text, end)):
                cands.append((b + 1, end))
            elif _REPORTED.match(text, b + 1):
                cands.append((b + 1, b + 4))    # 记者某某、某某某报道: the last of a byline's names, a rare surname
        if a >= 2 and text[a - 1] in _LIST_SEP:              # the item before
            st = _name_ending_at(text, a - 1, lambda st: st == 0 or text[st - 1] in _ITEM_END + "了见同"
                                 or _role_ending_at(text, st, 0) or text[max(st - 2, 0):st] in _person_nouns())
            if st is not None:
                cands.append((st, a - 1))
        for c in cands:
            if c not in seen and not is_common_word(text[c[0]:c[1]], 100):
                seen.add(c)
                queue.append(c)
                out.append(Mention(text[c[0]:c[1]], "person", c[0], c[1], rule="person.list"))
    return sorted(out, key=lambda m: m.start)


def whole_list_items(text: str, persons: list[Mention]) -> list[Mention]:
    """Names of a 、 list are its items whole (``_list_item_end``): a name after a 、 cut one character
    short of the next runs to it, and an item after a name that no finder took is a name too."""
    out: list[Mention] = []
    for m in persons:
        end = _list_item_end(text, m.start) if m.start >= 1 and text[m.start - 1] == "、" and m.end - m.start == 2 else None
        whole = end is not None and end == m.end + 1 and text[end:end + 1] == "、"
        out.append(Mention(text[m.start:end], "person", m.start, end, rule=m.rule) if whole else m)
    starts = {m.start for m in out}
    for m in list(out):
        if m.start >= 0 and text[m.end:m.end + 1] == "、" and m.end + 1 not in starts:
            end = _list_item_end(text, m.end + 1)
            if end and match_name(text, m.end + 1) is None:
                out.append(Mention(text[m.end + 1:end], "person", m.end + 1, end, rule="person.list"))
    return out


_REPORTED = re.compile(rf"[{CJK}]{{3}}(?:报道|摄影?|采写|撰文)")
_PERSON_COUNT = re.compile(r"(?:[二两三四]人|等人|夫妇|父子|母子|父女|母女|兄弟|姐妹|同志)(?![员口群士才力物民家生])")


def find_counted(text: str) -> list[Mention]:
    """The name just before a word that counts or kins persons (某某、某某二人, 某某等人, 某某夫妇):
    the last item of a list of persons, whose other items ``find_listed`` then finds.

    Examples
    --------
    >>> [m.text for m in find_counted("两位村医钟林海、蒋有才二人一早就出发了")]
    ['蒋有才']
    """
    out = []
    for m in _PERSON_COUNT.finditer(text):
        c = m.start()
        st = _name_ending_at(text, c, lambda st: (st == 0 or not _HAN.match(text[st - 1]) or text[st - 1] in _LIST_SEP
                                                  or _role_ending_at(text, st, 0)) and not _common_not_name(text[st:c]))
        if st is not None:
            out.append(Mention(text[st:c], "person", st, c, rule="person.counted"))
    return out


_COLON_LIST = re.compile(r"(?:是|为|有)?[:：]\s*")


def find_colon_listed(text: str) -> list[Titled]:
    """A title that introduces a list after a colon (本次会议的执行主席是：甲、乙、丙): each name holds it.

    Examples
    --------
    >>> [(t.name, t.items[0].title) for t in find_colon_listed("本次会议的执行主席是：钱安民、孙连武、周立。")]
    [('钱安民', '执行主席'), ('孙连武', '执行主席'), ('周立', '执行主席')]
    """
    out: list[Titled] = []
    for m in _COLON_LIST.finditer(text):
        role = _role_ending_at(text, m.start(), max(0, m.start() - 12))
        if role is None:
            continue
        names, at = [], m.end()
        for item in text[m.end():_clause_end(text, m.end())].split("、"):
            names.append((item.strip(), at))
            at += len(item) + 1
        if len(names) < 2 or not all(_whole_name(n) for n, _ in names):
            continue        # a list of names and nothing else, or no list at all
        item = TitleItem(role.group(), role.group(), "", role.start(), role.end())
        out += [Titled(n, a, a + len(n), (item,)) for n, a in names]
    return out


def _before_time_word(text: str, s: int, e: int) -> int:
    """A transliterated name does not take the 日 of 日前, 日电 or 日上午 after it (某某·某某日前宣布),
    nor the first character of a word that follows names (某某 + 海军少将), nor one that is no
    transliteration and begins an everyday word (某某上周, 某·某某希望)."""
    if e - s > 2 and e < len(text) and text[e - 1] == "日" and text[e] in "前电上下晚早凌中":
        return e - 1
    if e - s > 2 and e < len(text) and _starts_follower(text, e) and is_translit(text[e - 1]):
        return e        # 某某·买买提出席: 出席 follows the name, so 提出 is no word here
    if e - s > 2 and e < len(text) and text[e - 1:e + 1] in _followers()[0]:
        return e - 1
    if e - s > 2 and e < len(text) and all(is_translit(c) for c in text[s:e - 1] if c != "·") \
            and is_common_word(text[e - 1:e + 1], 100):
        return e - 1
    return e


def _translit_start(text: str, i: int) -> int:
    """Where the run of transliteration characters ending at ``i`` starts, after a country or city
    that begins it (某国 + a name), at a boundary of the text or a non-transliteration character."""
    j = i
    while j > 0 and i - j < 8 and is_translit(text[j - 1]):
        j -= 1
    start = j
    while j < i and j and inside_place(text, j):
        j += 1              # 某国 + the name: the run began inside the country's name
    j += state_prefix(text[j:i])
    if j == start and j and _HAN.match(text[j - 1]) and text[j - 1] not in _FUNCTION \
            and not state_ends_at(text, j):
        return i            # 贯彻 + a name: the run began inside a word; the surname decides
    return j if j < i and holds_run(text[j:i]) else i


def _inside_run(text: str, a: int) -> bool:
    """Does a name at ``a`` continue a longer run of characters (什么 + 职务), its start unclear?"""
    return bool(a and _HAN.match(text[a - 1]) and text[a - 1] not in _FUNCTION and _role_ending_at(text, a, 0) is None)


def find_trailing(text: str) -> list[Titled]:
    """Leaders named before their title: national ones (某某总书记强调), and local ones where a verb or
    的 follows the title (某某书记指出, 某某副县长的讲话).

    Examples
    --------
    >>> [(t.name, t.items[0].title) for t in find_trailing("学习贯彻李明华总书记重要讲话")]
    [('李明华', '总书记')]
    >>> [(t.name, t.items[0].title) for t in find_trailing("孙立新书记强调，钱伟副县长的讲话很好，县委书记说")]
    [('孙立新', '书记'), ('钱伟', '副县长')]
    """
    out: list[Titled] = []
    for role in _TRAILING_ROLES + _LOCAL_TRAILING:
        local = role in _LOCAL_TRAILING
        i = text.find(role)
        while i >= 0:
            end = i + len(role)
            deputy = _LOCAL_DEPUTY.search(text, max(0, i - 3), i)
            i = deputy.start() if deputy else i       # 某某副总理, 某某副县长: 副 is the title's
            if local:
                if text[i - 1:i + 1] in ("总书", "总理") or end < len(text) and text[end] not in "的在，。、；："\
                        and not _starts_follower(text, end):
                    i = text.find(role, end)
                    continue
            if i and (text[i - 1] in _PLACE_END or _ends_like_organ(text[max(0, i - 7):i])):
                i = text.find(role, end)
                continue    # 某某联盟总书记, 某某党委总书记: a body's leader, named elsewhere
            j = _translit_start(text, i)
            if i - j >= 3 and not local:    # a foreign leader (某某某总理): the run, not a surname in it
                out.append(Titled(text[j:i], j, i, (TitleItem(text[i:end], text[i:end], "", i, end),)))
                i = text.find(role, end)
                continue
            bounded = text[:i] + "。"        # the title ends the name (某某公使: 公 is the title's)
            for k in (3, 2, 4):
                if i - k >= 0 and match_name(bounded, i - k) == i and not is_common_word(text[i - k:i], 100) \
                        and not inside_place(text, i - k) and not state_prefix(text[i - k:i]) \
                        and not (local and _inside_run(text, i - k)) \
                        and not (i - k >= 1 and is_common_word(text[i - k - 1:i - k + 1], 100)):
                    # 某国前总理: neither 国前 nor 某国前 is a name; 争相向总书记: no name begins inside a word
                    out.append(Titled(text[i - k:i], i - k, i, (TitleItem(text[i:end], text[i:end], "", i, end),)))
                    break
            i = text.find(role, end)
    return out


# A name the model proposes that ends like a division or an organ (白桦镇, 黄庄村) is that place or body;
# one that ends in 讯 is a dateline (本报某某讯).
_PLACE_END = frozenset("省市区县镇乡村州盟旗街局委厅办院所站讯邦郡")


def _may_be_name(s: str) -> bool:
    """What the name model proposes, unless it ends like a place or organ (某某镇, 某政府, 某联盟), is a
    place known by name or body (科威特, 莫斯科, 北约), begins with an everyday word that the rest only
    follows (班子建) or with a city's name, or is a surname's family (刘家)."""
    return s[-1] not in _PLACE_END and not _ends_like_organ(s) and not is_known_name(s) \
        and s not in lexicons.divisions() and not (len(s) == 3 and word_freq(s[:2]) >= 1000) \
        and not _begins_with_city(s) and not (len(s) == 2 and s[1] == "家")


_ORGAN_WORDS = ("委会", "议会", "内阁")     # organs the suffix lexicon leaves to other recognisers


def _ends_like_organ(s: str) -> bool:
    """Does ``s`` end in an organ's word: a body suffix of two or more characters (政府, 公司) or one of
    ``_ORGAN_WORDS``?"""
    return s.endswith(_ORGAN_WORDS) or any(s[-k:] in _body_ends() for k in range(2, min(len(s), 7) + 1))


_ADDRESS_WORDS = frozenset(("老师", "教授", "师傅", "大爷", "大妈", "大娘", "阿姨", "大姐", "大哥", "小姐", "先生",
                            "女士", "医生", "大夫", "同学", "老板", "书记", "主任", "经理"))


def _without_address(text: str, s: int, e: int) -> tuple[int, int]:
    """The name inside a form of address: 小 or 老 before a surname and given name (小某某), 氏 after a
    name (某某氏); a surname with 老 or 总 after it (胡老, 王总) names no one in full."""
    if e - s == 3 and text[s] in "小老" and text[s + 1] in lexicons.surnames():
        return s + 1, e
    if e - s >= 3 and text[e - 1] == "氏":
        return s, e - 1
    if e - s == 2 and text[e - 1] in "老总" or e - s == 3 and text[s + 1:e] in _ADDRESS_WORDS:
        return s, s     # 胡老, 王总, 李老师: a surname and a form of address name no one in full
    return s, e


# what follows a person's full name and honours them (某某元帅, 某某先生, 某某院士)
_HONORIFICS = (_ADDRESS_WORDS - {"书记", "主任", "经理", "老板", "同学"}) | frozenset((
    "元帅", "将军", "上将", "中将", "少将", "大将", "烈士", "院士", "老人", "夫人", "同志"))
_HONORIFIC_RE = re.compile("|".join(sorted(_HONORIFICS, key=lambda w: (-len(w), w))))


def _everyday(w: str) -> bool:
    """A frequent dictionary word that is not a person's name (皮肤, not a famous name jieba knows)."""
    return is_common_word(w, 100) and not (word_tag(w) or "").startswith("nr")


def _full_name(text: str, a: int, e: int) -> bool:
    """Is ``text[a:e]`` a surname (not one that is more often a function word) and one or two given
    characters?"""
    sur = _surname_len(text, a)
    if not sur or sur == 1 and text[a] in _FUNCTION:
        return False
    given = text[a + sur:e]
    return 1 <= len(given) <= 2 and given[0] not in _NOT_FIRST_GIVEN and all(
        _HAN.match(c) and c not in _NOT_GIVEN for c in given[1:]) and bool(_HAN.match(given[0]))


_LED_BY = re.compile(r"以([\u4e00-\u9fff·]{2,8}?)(?:[副]?(?:主席|总统|总理|部长|团长|组长|队长|会长|主任|书记)|)为首|"
                     r"以([\u4e00-\u9fff·]{2,8}?)为(?=[副总]?(?:团长|组长|队长|领队|会长|主任))")


def find_led_by(text: str) -> list[Mention]:
    """The leader of a delegation or group written 以某某为团长 or 以某某为首: a person, whatever the
    surname (a Korean or a foreign name too), where the name has a name's shape.

    Examples
    --------
    >>> [m.text for m in find_led_by("以朴成熙为团长、由38名学生组成的艺术团，以中国为首的代表团")]
    ['朴成熙']
    """
    out = []
    for m in _LED_BY.finditer(text):
        g = 1 if m.group(1) else 2
        a, b = m.span(g)
        name = text[a:b]
        shaped = match_name(text, a) == b or _full_name(text, a, b) or holds_run(name) \
            or len(name) == 3 and not _everyday(name[:2]) and not _everyday(name[1:])
        if shaped and not is_known_name(name) and name not in lexicons.divisions() and not _everyday(name):
            out.append(Mention(name, "person", a, b, rule="person.led-by"))
    return out


def find_honoured(text: str) -> list[Mention]:
    """Full names (surname and one or two given characters) before an honorific: 某某元帅, 某某某先生.
    A surname alone before one (李老师) names no one in full, and is left.

    Examples
    --------
    >>> [m.text for m in find_honoured("贲明元帅当时也为程先生写去一信，向李老师致意")]
    ['贲明']
    """
    out: list[Mention] = []
    for m in _HONORIFIC_RE.finditer(text):
        i = m.start()
        for k in (3, 2):
            a = i - k
            if a < 0 or not _full_name(text, a, i) or _everyday(text[a:a + 2]) or _everyday(text[a:i]) \
                    or inside_place(text, a) or state_prefix(text[a:i]):
                continue
            if _inside_run(text, a):
                continue        # inside a longer run of characters: the name's start is unclear
            out.append(Mention(text[a:i], "person", a, i, rule="person.honoured"))
            break
    return out


def _word_then_cut(text: str, s: int, e: int, toks: Tokens) -> bool:
    """jieba reads the text another way: the name's first character ends a common word (国 of 中国),
    or a three-character name is an everyday word and the first character of the next (班子 + 建设)."""
    before = toks.word_around(s) if s else None
    if before and before[1] < s and word_freq(before[0]) >= 1000 and not (word_tag(before[0]) or "").startswith("nr"):
        return True         # the first character ends a common word (国 of 中国经济)
    if e - s != 3:
        return False
    head = text[s:s + 2]
    tok = toks.word_around(e - 1)
    return bool(tok and tok[1] == e - 1 and tok[2] > e and word_freq(head) >= 100
                and not (word_tag(head) or "").startswith("nr"))


def _begins_with_city(s: str) -> bool:
    """The name begins with a province's or a city's name (吕梁 of 吕梁某某有限公司): the start of a body."""
    return any(d.level in ("province", "city") for d in lexicons.divisions().get(s[:2], ()))


_MID_JOIN = "—·•・"     # 某—某某: the second part of a joined name (an index, a firm), not a name alone
# an institution named after a person (某某医院, 某某太空中心, 某某基金会): the name is the institution's
_INSTITUTION_AFTER = re.compile(r"(?:[\u4e00-\u9fff](?<![的和与及在是了对向为从被把将等说])){0,4}?"
                                r"(?:中心|医院|基金会|大学|学院|中学|小学|研究所|纪念馆|图书馆|体育馆|博物馆|奖学金"
                                r"|艺术馆|美术馆|工作室|家庭牧场|家庭农场)")
_DIVISION_AFTER = frozenset("盟旗州乡镇")    # 某某盟, 某某乡: a name before a division's level is the division's
_SUMU_GACHA = ("苏木", "嘎查")
_DOTS = frozenset(_MID_JOIN) - {"—"}      # the middle dots of a dotted name
_WATER_END = frozenset("湖岛峡湾港")     # 某某湖: a lake's name, no given name ends so
# 某某某河, 某某某省: a transliterated name before a feature or a division is the feature's or the division's
_FEATURE_AFTER = frozenset("河湖山岛港湾江峡区省郡市县镇村")


# a date or time that a preposition (于, 在) before it introduces
_TIME_AFTER = re.compile(r"当地时间|今天|昨天|今日|昨日|明天|日前|近日|本月|上月|上周|本周|[\d０-９]|[一二三四五六七八九十]+月")


def find_modelled(text: str, taken: list[tuple[int, int]], toks: Tokens) -> list[Mention]:
    """The name model's persons (``names.find_names``) off the ``taken`` spans, less what reads as
    something else: a form of address around the name is taken off, and a proposal that is a place,
    an organ, or a reading of the text jieba does not share is dropped."""
    out = []
    for s, e, _ in find_names(text, taken, toks):
        s, e = _without_address(text, s, e)
        if e - s == 3 and (text[e - 1] in _ADVERB_AFTER or _starts_follower(text, e - 1)):
            e -= 1              # the third character opens the words after the name (叶某及, 王某都)
        elif e - s >= 3 and text[e - 1] in "于在" and _TIME_AFTER.match(text, e) and all(map(is_translit, text[s:e - 1])):
            e -= 1              # 卡尔森于当地时间5日: the preposition of a date, after a foreign name
        if e - s >= 2 and _may_be_name(text[s:e]) and not _word_then_cut(text, s, e, toks) \
                and not _clause_word(text[s:s + 2]) \
                and not (text[e:e + 1] in _DIVISION_AFTER and not _starts_role(text, e)) \
                and not (text.startswith(_SUMU_GACHA, e) or text[s:e].endswith(_SUMU_GACHA)) \
                and not (e - s == 3 and text[e - 1] in _WATER_END) \
                and not (len(suffix_at(text, e)) >= 2 and toks.is_start(e)) \
                and len(suffix_at(text, e - 1)) < 2 \
                and not (e - s >= 3 and text[e:e + 1] in _FEATURE_AFTER and all(map(is_translit, text[s:e]))
                         and not _starts_role(text, e)) \
                and not (text[s - 1:s] == "《" and text[e:e + 1] == "》") \
                and not _INSTITUTION_AFTER.match(text, e) \
                and not (s >= 2 and text[s - 1] in _MID_JOIN and _HAN.match(text[s - 2])) \
                and not text.endswith(PLACE_CALLED, 0, s):     # 首都某某: a place's name
            # 白某某项目, 巴某嘎查, 某某河, 《某某》, 某某太空中心: a thing's, a river's, a work's or an
            # institution's name, not a person's
            out.append(Mention(text[s:e], "person", s, e, rule="person.model"))
    return out


def find_known(text: str, names: set[str]) -> list[Mention]:
    """Later bare mentions of names already known on the page (张德明指出), longest names first."""
    out: list[Mention] = []
    if not names:
        return out
    pat = re.compile("|".join(map(re.escape, sorted(names, key=lambda s: (-len(s), s)))))
    for m in pat.finditer(text):
        out.append(Mention(m.group(), "person", m.start(), m.end(), rule="person.known"))
    return out


_CAPTION = re.compile(r"[（(](?:左|右|中|前排|后排)[一二三四五六七八九\d]?[）)]")


def find_captioned(text: str) -> list[Mention]:
    """Names in a photo caption, each before its place in the picture (某某（左）、某某（右）): the
    item from the last stop to the bracket is a person when it has a name's shape.

    Examples
    --------
    >>> [m.text for m in find_captioned("图为万小川（左）与欧阳丽（右二）交谈")]
    ['万小川', '欧阳丽']
    """
    out = []
    for m in _CAPTION.finditer(text):
        i = a = m.start()
        while a > 0 and i - a < 5 and _HAN.match(text[a - 1]):
            a -= 1
        bounded = 2 <= i - a <= 4 and (a == 0 or text[a - 1] in "、，。：；　 \n") and not is_common_word(text[a:i], 20)
        if bounded and (match_name(text, a) == i or i - a <= 3 and text[a] not in _FUNCTION):
            st = a          # an item bounded by stops on both sides, though its surname may be rare
        else:
            st = next((i - k for k in (3, 2, 4) if i - k >= 0 and match_name(text, i - k) == i), None)
        if st is not None and not is_common_word(text[st:i], 100) and not inside_place(text, st):
            out.append(Mention(text[st:i], "person", st, i, rule="person.caption"))
    return out


_JAPAN = re.compile("日本|日方|东京|中日|日美|日韩|日俄|日相|访日|驻日|赴日|日元")
# titles that stand before or after a Japanese name, and forms of address and verbs of speech after it
_JP_TITLES = ("首相", "外相", "藏相", "大臣", "长官", "社长", "会长", "总裁", "议员", "干事长", "委员长", "知事",
              "大使", "教授")
_JP_AFTER = _JP_TITLES + ("先生", "女士", "君", "说", "表示", "指出", "强调", "认为", "称", "宣布", "透露", "承认",
                          "回答", "会见", "访问", "一行")
_JP_ADVERBS = "还也又都则却亦就曾已再"
_JP_OWN = ("首相", "外相", "藏相")   # after a Japanese family name whatever the article is about
# characters no Japanese given name holds here: function words, time words, verbs of speech
_JP_NOT_GIVEN = frozenset("的地得在是了和与及等为对向把被从将于由也还又都就已曾要会今昨近日月年时说称、，。；：！？“”（）《》 　")


@cache
def _japanese_surnames() -> tuple[frozenset[str], tuple[int, ...]]:
    w = lexicons.words("japanese_surnames.txt")
    return w, tuple(sorted({len(x) for x in w}, reverse=True))


def _jp_boundary(text: str, i: int) -> bool:
    """Can a Japanese name end before ``i``?"""
    return i >= len(text) or not _HAN.match(text[i]) or text[i] in _JP_NOT_GIVEN \
        or text.startswith(_JP_AFTER, i) or _starts_role(text, i) or _starts_follower(text, i)


def _jp_open(text: str, i: int) -> bool:
    """Can a name start at ``i``: after a stop, a function word, or nothing?"""
    return i == 0 or not _HAN.match(text[i - 1]) or text[i - 1] in _JP_NOT_GIVEN or text[i - 1] in _FUNCTION


def _jp_given_end(text: str, g: int) -> int | None:
    """End of the given name that starts at ``g``: the longest of three, two or one characters
    that can be given and end at a boundary; ``g`` itself (the family name alone) before a title."""
    if text.startswith(_JP_AFTER, g):
        return g
    for j in (3, 2, 1):
        given = text[g:g + j]
        if len(given) == j and all(c not in _JP_NOT_GIVEN and _HAN.match(c) for c in given) \
                and _jp_boundary(text, g + j):
            return g + j
    return g if _jp_boundary(text, g) else None


def find_japanese(text: str) -> list[Mention]:
    """Japanese names (a family name of ``japanese_surnames.txt`` and a given name of up to three
    characters, or the family name alone) in an article about Japan, where a title stands before
    the name or a title or verb of speech after it (外相某某某某, 某某还说); before 首相 in any
    article (某某内阁 is the cabinet, a body). Their shape is not the Chinese surname-plus-given
    one the name model learns.

    Examples
    --------
    >>> [m.text for m in find_japanese("日本外相小川健太在东京表示，中日关系……小川还说，")]
    ['小川健太', '小川']
    """
    about = _JAPAN.search(text) is not None
    if not about and not any(w in text for w in _JP_OWN):
        return []
    surnames, lengths = _japanese_surnames()
    after = _JP_AFTER if about else _JP_OWN
    out: list[Mention] = []
    i = 0
    while i < len(text):
        k = next((k for k in lengths if text[i:i + k] in surnames), 0)
        end = _jp_given_end(text, i + k) if k else None
        if end is None:
            i += 1
            continue
        titled = _role_ending_at(text, i, 0) is not None or text.endswith(_JP_TITLES, 0, i) \
            or any(text[max(i - j, 0):i] in _person_nouns() for j in (2, 3))
        # inside a longer word no name starts, unless 首相 follows the family name
        opens = titled or _jp_open(text, i) or end == i + k and text.startswith(_JP_OWN, end)
        said = text.startswith(after, end) or text[end:end + 1] in _JP_ADVERBS and text.startswith(after, end + 1)
        if opens and (titled and about or said):
            out.append(Mention(text[i:end], "person", i, end, rule="person.japanese"))
            i = end
        else:
            i += 1
    # once named, the name and its family name alone stand for the person elsewhere in the article
    known = {m.text for m in out} | {m.text[:k] for m in out for k in lengths if m.text[:k] in surnames}
    for name in sorted(known, key=lambda x: (-len(x), x)):
        at = text.find(name)
        while at != -1:
            e = at + len(name)
            if not any(m.start < e and at < m.end for m in out) and _jp_open(text, at) and _jp_boundary(text, e):
                out.append(Mention(name, "person", at, e, rule="person.japanese"))
            at = text.find(name, at + 1)
    return sorted(out, key=lambda m: m.start)


_SPEAKER = re.compile(rf"(?:^|(?<=[，。；：！？、\s“”]))([{CJK}]{{2,4}}?)(?=指出|强调|表示|说|提出|要求|主持|讲话|致辞|介绍|一行)")


def find_speakers(text: str) -> list[Mention]:
    """Untitled names that open a clause and speak or lead (张三强调), as a fallback."""
    from kg.extract.segment import word_freq
    out: list[Mention] = []
    for m in _SPEAKER.finditer(text):
        cand = m.group(1)
        end = match_name(cand + "。", 0)
        if end != len(cand) or word_freq(cand) >= 20:
            continue
        a, b = _without_address(text, m.start(1), m.end(1))
        if b - a < 2:
            continue        # 胡老说: a form of address names no one in full
        out.append(Mention(text[a:b], "person", a, b, rule="person.speaker"))
    return out
