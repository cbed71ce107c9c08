"""Names that end in a known suffix (…有限公司, …街道, …项目), and the items of enumerations.

One scanner serves bodies, places and projects: every suffix occurrence proposes a span whose
left edge comes from ``left_extend``; the longest suffix decides the type; spans inside a longer
span are dropped (a name inside a longer name is not listed on its own).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kg import lexicons
from kg.model import EntityType, Mention
from kg.extract.segment import Tokens, tag_table, tokenizer, tokens, word_freq, word_tag
from kg.extract.common import AREA_PART, CJK, DIVISION_ORGANS, SpanIndex, is_state, left_extend, state_ends_at, state_prefix, \
    state_short_before
from kg.extract.names import holds_run, inside_place, is_translit

__all__ = ["suffix_mentions", "list_mentions", "strip_descriptor", "is_proper", "quote_spans", "RELATIVE_RE", "SUFFIX_FILES", "outer_divisions", "sentences_matching"]

SUFFIX_FILES: dict[str, EntityType] = {
    "body_suffixes.txt": "body",
    "division_suffixes.txt": "place",
    "venue_suffixes.txt": "place",
    "project_suffixes.txt": "project",
}
# A relative or named division at the start of a name licenses one-character suffixes (区应急局).
RELATIVE_RE = re.compile(r"^(?:自治[区州县旗]|[省市区县镇乡](?![场域级内外里]|民(?![族政宗委营兵防航]))|州(?![立际])|旗(?![帜下舰袍鼓手号])|盟(?![友军约主]))")
_TOWN_PREFIX = re.compile(rf"^([{CJK}]{{2,4}}?)(?:镇|乡|街道)")


def _division_prefix(name: str) -> int:
    """The length of the division named in full that ``name`` begins with (金水区人大: 3), else 0."""
    return next((k for k in range(min(8, len(name)), 1, -1) if _full_division(name[:k])), 0)


def _place_prefix(name: str) -> int:
    """The length of the country, world city or division that ``name`` begins with, else 0."""
    return state_prefix(name) or _division_prefix(name)


def outer_divisions(ms: list[Mention]) -> list[Mention]:
    """A body written after the divisions that hold its own (某省某市某区人民法院, 某市某县某镇供销社) is
    named from its own division on (某区人民法院); the higher divisions before it are places of their
    own, as the text names them standalone."""
    out = []
    for m in ms:
        cut = 0
        while m.type == "body" and m.start >= 0:
            k = _division_prefix(m.text[cut:])
            rest = m.text[cut + k:]
            inner = _division_prefix(rest) or _town_prefix(rest) if k else 0
            if not inner or inner >= len(rest):
                break
            out.append(Mention(m.text[cut:cut + k], "place", m.start + cut, m.start + cut + k, rule="suffix:outer-division"))
            cut += k
        out.append(Mention(m.text[cut:], m.type, m.start + cut, m.end, rule=m.rule) if cut else m)
    return out


def _town_prefix(name: str) -> int:
    """The length of the town or township named in full that ``name`` begins with (黄泥镇供销社: 3)."""
    m = _TOWN_PREFIX.match(name)
    return m.end() if m and is_proper(m.group(1)) and m.group() not in _generic() and word_freq(m.group()) < 100 else 0


def has_division_prefix(modifier: str) -> bool:
    """Does a name start with a division, relative (区应急局) or named (金水区, 黄泥镇政府)?

    Examples
    --------
    >>> has_division_prefix("区"), has_division_prefix("金水区人大"), has_division_prefix("大型城市")
    (True, True, False)
    """
    if RELATIVE_RE.match(modifier):
        return True
    if _division_prefix(modifier):
        return True
    m = _TOWN_PREFIX.match(modifier)
    return bool(m and is_proper(m.group(1)))
_SINGLE_OK_AFTER = re.compile(rf"[{CJK}]")


@cache
def _suffix_table() -> tuple[re.Pattern[str], dict[str, EntityType]]:
    types: dict[str, EntityType] = {}
    for fname, t in SUFFIX_FILES.items():
        for w in lexicons.words(fname):
            types.setdefault(w, t)
    for w in lexicons.words("party_departments.txt"):      # 区委政法委, 金水区委党校
        if len(w) >= 2:
            types.setdefault(w, "body")
    alt = "|".join(map(re.escape, sorted(types, key=lambda w: (-len(w), w))))
    return re.compile(f"(?=({alt}))"), types


def suffix_at(text: str, i: int) -> str:
    """The longest body, place or project suffix that starts at ``i`` ('' if none)."""
    m = _suffix_table()[0].match(text, i)
    return m.group(1) if m else ""


@cache
def _generic() -> frozenset[str]:
    return lexicons.words("generic_names.txt")


_HAN_RUN = re.compile(rf"[{CJK}]+")
_LATIN_DIGIT = re.compile(r"[0-9A-Za-z]")


def _continues_word(text: str, end: int, suffix: str) -> bool:
    """True if the suffix is really the start of a longer everyday word (部署, 所有, 委员), of a road
    name (大学路), or if its last character starts a word with the next one (科技园区位优势)."""
    n = len(text)
    freq = tokenizer().FREQ
    if end < n and text[end] in "路街巷道" and suffix != "街道":
        return True
    if end < n and text[end] == "界":
        return True     # 银行界, 企业界: the sector, not one of its members
    if end < n and text[end] == "网" and freq.get(text[end:end + 2], 0) < 100:
        return True     # 某某政务网: the body names a site, which is named whole (not 网格, 网上, 网站)
    if end < n and 2 <= len(suffix) <= 3 and freq.get(text[end - 1:end + 1], 0) >= 2000 \
            and not text.startswith(_long_roles(), end):
        return True     # (某某中心理事: the title after the body begins there, whatever word 心理 makes)
    for k in (1, 2):
        if end + k <= n:
            w = text[end - len(suffix):end + k]
            f = freq.get(w, 0)
            if f >= 100 and _HAN_RUN.fullmatch(w) and f > freq.get(suffix, 0) // 50:
                return True
    return False


_DIVISION_SINGLE = frozenset("省市区县旗盟")      # named only from the gazetteer
_LEVEL_ENDS = _DIVISION_SINGLE | {"州"}            # a division's short name with its level (某某州)
_TOWN_SINGLE = frozenset("镇乡村")                 # 黄泥镇: a short proper modifier
_CAMPAIGN = re.compile(r"(?:^|[”’」』])[一二三四五六七八九十两百千\d]+[大号项个条类]$|^[一二三四五六七八九十两百千\d]+[大号项个条类]")
# Time and quantity phrases end the left part of a name: 2021年第一季度重大项目 names no project.
_TIME_QTY = re.compile(r".*(?:\d{2,4}年度?|\d{1,2}[月日]|第?[一二三四]季度|[上下]半年|\d+(?:\.\d+)?余?[名个家所座条项万亿]"
                       r"|第?[一二两三四五六七八九十]+[列条座个项家所名批])")
_CAPACITY = re.compile(r"[年日](?:产|处理|加工|出栏|屠宰|吞吐|产能)[\d.]+(?:万|亿)?$")
_VENUE_END = re.compile("(?:" + "|".join(map(re.escape, sorted(lexicons.words("venue_suffixes.txt") | {"商业区"}, key=len, reverse=True))) + ")$")
_GENERIC_TOWN = re.compile(r"^(?:特色|美丽|小|全|各|本|该|每|新型|中心|重点|集|建制|典型|旅游|驻)|[乡镇村]|"
                           r"(?:试点|示范|重点|中心|新|驻)$")
# a function word inside a town's modifier makes a phrase of it (这个乡, 异国他乡, 民歌之乡, 的思乡, 到我镇)
_NO_TOWN_CHAR = re.compile(r"[的之个这他其我你到]")
_STATE_SINGLE = frozenset("院局部委署厅社")     # 某国某某院: a country's organ or academy
_NO_MODIFIER = frozenset("但家出来去到在从这那该本此每各个位所刚才就也都还又并而")
_COUNT_IN = re.compile(r"[\d０-９一二三四五六七八九十百千万两几]+[多余]?[所家个座批支]|许多|一些|很多|众多|不少|较多的|多家|各家|各类"
                       r"|第[\d一二三四五六七八九十]+大(?:银行|公司|企业|集团|财团|银团)?")     # 某国第三大银行: a rank
_FUNCTION_TAGS = frozenset("pvcdru")     # jieba's tags of prepositions, verbs, conjunctions, adverbs, pronouns
_COUNTED_STATES = re.compile(r"[两三四五六七八九十多各]国$")
_SESSION = re.compile(r"第[\d一二三四五六七八九十百]+次")
_WHOLE_LEVEL = re.compile("[全本该我][省市区县镇乡]")     # 全市, 本县, 我市: the page's own division
_BEFORE_RELATIVE = frozenset("获报经向被由在对从给受将把与和及同赴到至请让为据带")
_AREA_SUFFIX = ("城区", "片区", "主城区")
_DIRECTIONAL_AREA = re.compile("^(" + "|".join(sorted(lexicons.words("directions.txt"), key=len, reverse=True))
                               + ")(城区|片区|主城区)$")
_SMALL_AREA = frozenset(("社区", "村", "镇", "乡", "街道"))     # 苏木 and 嘎查 bear long Mongolian names
_TOWN_IN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道|苏木)")
_FREE_SINGLE = frozenset("店厂校")
# a federation of the world or a continent is named by its field (国际某某联合会, 亚洲某某联合会)
_FEDERATIONS = frozenset(("联合会", "协会", "组织", "联盟", "理事会", "基金会", "学会", "商会"))
_WORLD_SCOPE = re.compile("^(?:国际|世界|全球|亚洲|欧洲|非洲|美洲|泛美|亚太|拉美|阿拉伯)")
_QUOTED = re.compile(r"[“‘\"'「『][^”’\"'」』]{1,12}[”’\"'」』]")
_QUOTE_MARK = re.compile("[“”]")


_RARE_CITY = 1000    # jieba's count under which a city's short name is not read as the everyday word


def _full_division(word: str) -> bool:
    """A division's full name in the gazetteer (资源县, 金水区), not only a short form of one."""
    return word in lexicons.divisions() and any(d.name == word for d in lexicons.divisions()[word])


def is_division_name(word: str) -> bool:
    """A division's full name (资源县), or a short name that is not an everyday word (金水, 郑州; not 资源, 安居)."""
    if len(word) < 2 or word not in lexicons.divisions():
        return False
    if _full_division(word):
        return True
    if (word_tag(word) or "ns") in ("ns", "nz", "nr", "nrt", "m", "j"):
        return True
    # a city's short name that jieba tags as a common word (合肥 n, 遵义 v) is still rare as one
    return word_freq(word) < _RARE_CITY and any(d.level in ("city", "province") for d in lexicons.divisions()[word])


def _proper_token(word: str) -> bool:
    """A token that can carry a name: unknown to the dictionary, a place/name tag, digits or Latin."""
    if _LATIN_DIGIT.search(word) or is_division_name(word):
        return True
    f = word_freq(word)
    if f == 0:
        return True
    tag = word_tag(word) or ""
    return len(word) >= 2 and (tag in ("ns", "nr", "nrt", "nz", "nt", "eng", "j") and f < 3500 or tag == "m")


# jieba tags of words that belong to the clause, not to a name: adverbs, conjunctions, pronouns,
# prepositions, particles and time words (目前, 只有, 此案, 已经, 今年)
_CLAUSE_TAGS = frozenset({"d", "c", "r", "p", "u", "t", "ad", "y", "e", "o"})
_RELATIVE_LEVELS = frozenset("省市区县镇乡州旗盟")
_NUMBER_BEFORE = re.compile(r"[一二两三四五六七八九十百千万几数多\d][多余]?$")
_COUNTED = re.compile(r"(?:[一二两三四五六七八九十百千万几数多]+|\d+)[多余]?[家所座个条名张份本篇]")


@cache
def _clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(jieba words of the clause tags, verbs, the first two characters of either), two to four
    characters long."""
    words, verbs = set(), set()
    for w, tag in tag_table().items():
        if 2 <= len(w) <= 4:
            if tag in _CLAUSE_TAGS and word_freq(w) >= 50:
                words.add(w)
            elif tag == "v" and word_freq(w) >= 50:
                verbs.add(w)
    return frozenset(words), frozenset(verbs), frozenset(w[:2] for w in words | verbs)


def _after_clause_words(text: str, toks: Tokens, start: int, s0: int, verbs: bool = False) -> int:
    """Where a name ending in a suffix at ``s0`` starts once the clause's own words before it are cut
    away: after the last adverb, conjunction, pronoun, preposition or time word among jieba's tokens
    of ``text[start:s0]``, or after a verb that a proper name follows (未批准某某公司, 持有某某证券公司),
    or after any verb with ``verbs``, provided what is left still names one.

    Only where such a word occurs in the span at all is the clause segmented, to see that jieba
    takes it as a word there."""
    count = _COUNTED.match(text, start, s0)
    if count:       # 两所学校, 一家著名电脑公司: a count of unnamed ones; what follows must name itself
        return count.end()
    if s0 - start < 4:      # room for no clause word and a name after it
        return start
    words, vs, heads = _clause_words()
    hits = [(i, k) for i in range(start, s0 - 2) if text[i:i + 2] in heads for k in (2, 3, 4)
            if i + k < s0 and (text[i:i + k] in words or text[i:i + k] in vs)]
    cut = start
    for i, k in hits:
        tok = toks.word_around(i)
        if tok is None or tok[1] != i or tok[2] != i + k or tok[2] >= s0:
            continue
        w, b = tok[0], tok[2]
        if w in words or verbs:
            cut = max(cut, b)
        elif has_division_prefix(text[b:s0]) or text[b:s0] in _RELATIVE_LEVELS:
            cut = max(cut, b)               # 提请市人大常委会, 巡察某某市第一幼儿园: a division begins the name
        elif word_freq(w) >= 500:
            nxt = toks.word_around(b)       # the proper name may be one token with the suffix (青岛大学)
            if nxt and (_proper_token(nxt[0]) if nxt[2] <= s0 else nxt[1] == b and is_proper(text[b:s0])) \
                    or holds_run(text[b:s0]) and all(map(is_translit, text[b:s0])):
                # (批准某某公司 with a transliterated name, which jieba cuts into characters)
                cut = max(cut, b)
    if cut == start:
        return start
    rest = text[cut:s0]
    count = _COUNTED.match(text, cut, s0)
    if count:
        return count.end()
    # what is left must still say which one, or be the page's own level (市人大常委会); 互连科技 is no
    # name (jieba's tag was wrong)
    return cut if rest and (is_proper(rest) or rest in _RELATIVE_LEVELS or has_division_prefix(rest)) else start


def _after_phrase_before_division(text: str, toks: Tokens, start: int, s0: int) -> int:
    """A name that would begin with a phrase and then a division named in full (顺利完成某某县…协会,
    勉励某某区…): it begins at the division. Only a phrase of the clause's words counts: a verb, an
    idiom, an adverb among jieba's tokens, and nothing that could carry a name."""
    if s0 - start < 5 or not any(c in _DIVISION_ENDS for c in text[start + 3:s0 - 1]):
        return start        # (asked of the characters first: segmenting costs most)
    at, seen_verb = start, False
    while at < s0 - 2:
        tok = toks.word_around(at)
        if tok is None or tok[1] != at:
            return start
        w, _, end = tok
        if at > start and seen_verb and _full_division(w) and end < s0:
            return at
        tag = word_tag(w) or ""
        if _proper_token(w) or not tag or tag[0] not in "vldapci":
            return start
        seen_verb = True
        at = end
    return start


_DIVISION_ENDS = frozenset("县市区旗盟州镇乡")
_LEAD_TERM = re.compile(r"第?[一二三四五六七八九十百\d]{1,4}届|(?:19|20)\d{2}年?度?")


@cache
def _known_heads() -> frozenset[str]:
    """The first two characters of the bodies known by name."""
    return frozenset(w[:2] for f in ("national_bodies.txt", "world_bodies.txt", "companies.txt") for w in lexicons.words(f))


def _after_lead_before_known(text: str, toks: Tokens, start: int, s0: int) -> int:
    """A body known by name with a slogan in quotes or a verb before it (“某某某某”农业银行专场, 诚邀某某
    银行某某支行): the name begins with the known body."""
    lead = text[start]
    if lead in "“‘\"「『":
        close = next((i for i in range(start + 1, s0) if text[i] in "”’\"」』"), None)
        after = close + 1 if close is not None else None
    elif any(text[i:i + 2] in _known_heads() for i in range(start + 2, s0 - 1)):
        tok = toks.word_around(start)
        after = tok[2] if tok and tok[1] == start and len(tok[0]) >= 2 and word_tag(tok[0]) == "v" else None
    else:
        return start
    if after is None or s0 - after < 2:
        return start
    if any(_known_body(text[after:after + k]) for k in range(2, min(8, len(text) - after) + 1)):
        return after
    return start


_BARE_GOVERNMENT = frozenset(("政府", "当局", "人民政府"))


@cache
def _sports() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a sport or games ending a modifier, the games anywhere in it: 亚运会, 锦标赛)."""
    words = sorted(lexicons.words("sports.txt"), key=len, reverse=True)
    games = [w for w in words if w.endswith(("会", "赛", "杯"))]
    return re.compile("(?:" + "|".join(words) + ")[”\"']?$"), re.compile("|".join(games))


def _sport_event(modifier: str) -> bool:
    """Does the part before 项目 end in a sport, or name the games it is played at (举重项目,
    亚运会某某项目, “三大球”项目)?"""
    ending, games = _sports()
    return bool(ending.search(modifier) or games.search(modifier))


# a body that builds and its verb, inside what would be a project's name
_DOER = r"(?:公司|集团|企业|银行|政府|[局委])"
_DOER_VERB = re.compile(_DOER + r"(?:投资兴建|投资建设|投资新建|投资|兴建|投建|承建|新建|建设|实施|打造)(?:的)?")
_DOER_BEFORE = re.compile(_DOER + r"(?:投资|兴建|投建|承建|新建|建设|实施|打造)[^，。；、]{0,12}的$")
_ORGAN_ENDS = ("局", "委", "办", "厅", "署", "政府")     # organs, whose 项目 are theirs, not a project's name
# verbs ending in a one-character suffix: 办 (to host, to run, to handle), 队 (to lead or form a
# team): after a name they say what it does
_VERB_ENDINGS = frozenset(("主办", "承办", "协办", "举办", "督办", "交办", "创办", "开办", "包办", "代办", "合办", "联办",
                           "查办", "筹办", "操办", "兴办", "停办", "领办", "帮办", "特办", "试办",
                           "带队", "率队", "组队", "排队", "站队", "归队", "入队", "列队", "整队", "结队", "插队", "随队"))


def _verb_ends_at(toks: Tokens, end: int, tags: tuple[str, ...] = ("v", "nz"), min_freq: int = 200) -> bool:
    """Does jieba's word before ``end`` end there and read as a common verb of two or more characters?
    (jieba tags some common verbs nz: 抗议, 力争.)"""
    tok = toks.word_around(end - 1)
    return tok is not None and tok[2] == end and len(tok[0]) >= 2 and word_tag(tok[0]) in tags \
        and word_freq(tok[0]) >= min_freq


def _only_clause_words(text: str, toks: Tokens, start: int, s0: int) -> bool:
    """Is ``text[start:s0]`` nothing but the clause's words: verbs, adverbs, prepositions, pronouns,
    time words (jieba's tokens there, each a word the dictionary knows well)?"""
    if not 2 <= s0 - start <= 12:
        return False
    words, vs, _ = _clause_words()
    last = toks.word_around(s0 - 1)
    if last is not None and last[2] == s0 and last[0] in words and last[1] > start:
        return True     # 某某现在中心: a time word or adverb right before the suffix ends the clause, no name
    if s0 - start > 6:
        return False
    at = start
    while at < s0:
        tok = toks.word_around(at)
        if tok is None or tok[1] != at or tok[2] > s0:
            return False
        w = tok[0]
        if not (w in words or w in vs or len(w) == 1 and word_tag(w) in _FUNCTION_TAGS):
            return False
        at = tok[2]
    return True


def _oov_run(words: list[str]) -> bool:
    """Two or more single characters in a row: jieba found no word there, the mark of an unknown name
    (禾/丰/路, 青/交, 白/二/库) — unless two of the run are verbs, which make a phrase of actions
    (做/实/做/细, 提/质/扩/群), not a name."""
    run: list[str] = []
    for w in words + [""]:
        if len(w) == 1 and _HAN_RUN.match(w):
            run.append(w)
            continue
        if len(run) >= 2 and sum(word_tag(x) == "v" for x in run) < 2:
            return True
        run = []
    return False


@cache
def is_proper(modifier: str) -> bool:
    """Does the part of a name before its suffix say *which* one (白鹭垌) rather than what kind (重大)?

    Examples
    --------
    >>> is_proper("白鹭垌"), is_proper("重大"), is_proper("“禾好看”"), is_proper("“幸福”")
    (True, False, True, False)
    """
    if _CAMPAIGN.match(modifier) or modifier in lexicons.words("generic_modifiers.txt"):
        return False
    quoted = _QUOTED.findall(modifier)
    for q in quoted:
        inner = q[1:-1]
        if len(inner) >= 3 or word_freq(inner) == 0:
            return True
    words = [w for w, _, _ in tokens(modifier, hmm=False)]
    words = [w for w in words if w.strip() and w not in "“”‘’\"'（）()"]
    return _oov_run(words) or any(_proper_token(w) for w in words if not w.endswith(("化", "性")))


# organ and faculty suffixes whose name may join two fields with 和 or 与 (住房和城乡建设局, 文化和旅游厅,
# 机械与车辆学院)
JOINED_ORGANS = ("局", "厅", "委", "部", "委员会", "办公室", "处", "科", "学院", "系", "研究所", "研究院", "组织")


# suffixes of firms, which are often named by an everyday noun (某某集团 after an emblem): one noun
# before them names one (a society named by a noun, 老年协会, is a kind of society)
_NAMED_BY_WORD = frozenset(("集团", "银行", "联合体"))
# nouns that say what kind of firm or society it is, not which one
_KIND_NOUNS = frozenset(("企业", "公司", "金融", "商业", "产业", "行业", "跨国", "国有", "民营", "私营", "外资", "地方",
                         "专业", "全国", "国际", "世界", "中央", "国家", "相关", "有关", "其他", "这家", "该", "各",
                         # a gang or a bloc (犯罪集团, 利益集团), a kind of bank (投资银行, 储蓄银行)
                         "犯罪", "利益", "贩毒", "走私", "恐怖", "军事", "政治", "诈骗", "垄断", "财团", "集团",
                         "投资", "开发", "储蓄", "合作", "政策", "数据", "血液", "信息", "人才", "种子", "基因",
                         # the kinds of committee every body sets up (专家委员会, 村民委员会)
                         "专门", "常务", "学术", "技术", "专家", "居民", "村民", "业主", "职工", "伦理", "学位", "教学"))


# a firm's legal form: whatever words stand before it are the firm's name (某某技术股份有限公司, 某某光电
#有限公司), for it is written only after a registered name
_LEGAL_FORMS = frozenset(("有限公司", "有限责任公司", "股份有限公司", "股份公司"))

# a council or a parliament named by what it is for (某某委员会, 某某议会): nouns alone say which one
_NAMED_BY_NOUNS = frozenset(("委员会", "议会", "组委会"))


def _nouns(modifier: str, one: bool = False) -> bool:
    """Is the modifier jieba's nouns, none of them a kind (专门, 有关): two to six characters, or with
    ``one`` a single noun of two to four?"""
    words = [w for w, _, _ in tokens(modifier, hmm=False)]
    return 2 <= len(modifier) <= (4 if one else 6) and (len(words) == 1 or not one) \
        and all((word_tag(w) or "")[:1] == "n" and w not in _KIND_NOUNS for w in words)


def _registered(modifier: str) -> bool:
    """Can the words before a legal form be a firm's registered name: two characters or more, not a
    kind of firm alone (这家有限公司, 外资股份有限公司)?"""
    return len(modifier) >= 2 and modifier not in lexicons.words("generic_modifiers.txt") \
        and not all(w in _KIND_NOUNS or w in ("股份", "控股", "责任") for w, _, _ in tokens(modifier, hmm=False))


def _regional(modifier: str) -> bool:
    """Does a modifier begin with a region of China and go on to a field (西北某某, 华南理工): a body
    named for the region it serves, as universities, institutes and bureaus are?"""
    return any(modifier.startswith(r) and len(modifier) - len(r) >= 2 for r in lexicons.words("cn_regions.txt"))


def _clan_place(modifier: str) -> bool:
    """A village named for the clan that settled it (李家村, 王庄村, 张营村): a surname and a word of
    settlement."""
    return len(modifier) == 2 and modifier[0] in lexicons.words("common_surnames.txt") \
        and modifier[1] in "家庄营屯寨湾沟坡店堡铺岗洼窑坊集"


# particles and prepositions that begin no town's name (在某村, 开展了某村…): the stop stands apart
_NO_TOWN_HEAD = frozenset("在了到的从向于对把被给为将")


def _long_township(modifier: str, suf: str) -> bool:
    """A township's name that runs past four characters: an ethnic township's (某某傈僳族乡: its own
    name, then the group), or a transliterated one jieba has no word in (某某某某某镇, Mongolian)."""
    if suf not in ("镇", "乡") or len(modifier) > 7:
        return False
    if modifier.endswith("族") and any(modifier[:-1].endswith(g) and 2 <= len(modifier) - 1 - len(g) <= 3
                                      for g in lexicons.words("ethnic_groups.txt")):
        return True
    return len(modifier) <= 6 and all(len(w) == 1 for w, _, _ in tokens(modifier, hmm=False))


def suffix_mentions(text: str, toks: Tokens | None = None, avoid: list[tuple[int, int]] = (), max_len: int = 30,
                    local: tuple[str, ...] = ()) -> list[Mention]:
    """Every maximal name in ``text`` that ends in a body, place or project suffix.

    ``avoid`` holds spans (persons) that a name may not overlap: the name starts after them.
    ``local`` holds the page's own division names (金水区, 金水): a name starting with one is proper.

    Examples
    --------
    >>> s = "张德明先后来到文化路街道辖区的金柏园文化艺术广场、市食品安全监管分局"
    >>> [(m.text, m.type) for m in suffix_mentions(s)]
    [('文化路街道', 'place'), ('金柏园文化艺术广场', 'place'), ('市食品安全监管分局', 'body')]
    """
    toks = toks or Tokens(text)
    pat, types = _suffix_table()
    quotes = quote_spans(text)
    avoided, quoted = SpanIndex(avoid), SpanIndex(quotes)
    best_at_end: dict[int, Mention] = {}
    extra: list[Mention] = []
    for m in pat.finditer(text):
        suf = m.group(1)
        s0, s_end = m.start(), m.start() + len(suf)
        # does a one-character suffix start a word? Asked last, as segmenting costs most of all the tests
        word_test = suf if len(suf) == 1 and suf not in _DIVISION_SINGLE else None
        if len(text[s0:s_end + 2]) > len(suf) and text[s0:s_end + 2] in _generic():
            continue    # 中心城市: the suffix begins a generic word
        if _continues_word(text, s_end, suf):
            continue
        if suf[0] in "日月" and s0 and text[s0 - 1].isdigit():
            continue    # 6月2日报道: a date, no daily
        if len(suf) == 1 and _NUMBER_BEFORE.search(text, max(s0 - 2, 0), s0):
            continue    # 两所, 二十余家: a classifier after a number, not a suffix
        if len(suf) == 1 and text[s0 - 1:s_end] in lexicons.roles():
            continue    # 市委常委: the suffix ends a title (常委), not a body
        if suf == "队" and text[s0 - 1:s_end] == "团队" and _holds_body_suffix(text, left_extend(text, s0 - 1), s0 - 1):
            continue    # 县人民医院专家团队: a unit's team, no body of its own; the unit is named alone
        if len(suf) == 1 and text[s0 - 1:s_end] in _VERB_ENDINGS:
            continue    # 某某局主办, 检察长带队: a verb after the name (to host, to lead a team), no office or team
        start = max(left_extend(text, s0, max_len=max_len), avoided.reach(s0, strict=True))
        if start == s0 and types[suf] == "body" and (len(suf) > 1 or suf in "委局院办") \
                and _WHOLE_LEVEL.fullmatch(text[start - 2:start]):
            start -= 1      # 我市人大常委会, 全县政协: the page's own division's organ, named relative
        joined = text[start - 1:start] in ("和", "与") and suf in JOINED_ORGANS and 2 <= s0 - start <= 6 \
            or text[start - 1:start] == "与" and types[suf] == "project" and 2 <= s0 - start <= 12
        if joined:
            # an organ named for two fields (自然资源和规划局, 文化和旅游局): 和 joins them; a project
            # for two works (某某研发与生产基地项目): 与 (及 more often joins two phrases: 某某情况及某某项目)
            before = max(left_extend(text, start - 1, max_len=max_len), avoided.reach(start - 1, strict=True))
            left = text[before:start - 1]
            if 2 <= len(left) <= (8 if suf in JOINED_ORGANS else 12) and not any(left.endswith(x) for x in types) \
                    and "会议" not in left and not is_state(left) and not _known_body(text[start:s_end]):
                # not two names (甲大厦和乙中心), nor a meeting and a body (某某人大四次会议和市人大)
                start = before
        start = _after_clause_words(text, toks, start, s0)
        start = _after_phrase_before_division(text, toks, start, s0)
        term = _LEAD_TERM.match(text, start, s0)
        if term and s0 - term.end() >= 2 and has_division_prefix(text[term.end():s0]):
            start = term.end()      # 第五届某某县某某协会, 2025某某省某某商会: the term or year, then the body
        if types[suf] == "body" and s0 - start >= 4:
            start = _after_lead_before_known(text, toks, start, s0)
        if suf in _SMALL_AREA or suf in ("苏木", "嘎查"):
            tok = toks.word_around(start) if s0 - start >= 4 else None
            if tok and tok[1] == start and s0 - tok[2] >= 2 and len(tok[0]) >= 2 and word_tag(tok[0]) == "v" \
                    and word_freq(tok[0]) >= 100 and not _TOWN_IN.match(text, start, s0):
                start = tok[2]      # 进驻某某镇, 勉励某某街道: a verb before a town is no part of its name
        if types[suf] == "project" and suf == "项目" and s0 - start >= 2 and toks.word_around(start) == (text[start:s0], start, s0) \
                and _verb_ends_at(toks, s0):
            continue    # 力争项目早建成, 推动项目落地: a verb before 项目 says what is done with projects, names none
        if suf == "项目" and (text.startswith(_long_roles(), s_end) and _ends_in_body_suffix(text[start:s0])
                             or text[start:s0].endswith(_ORGAN_ENDS) or _sport_event(text[start:s0])):
            continue    # 某某公司项目经理: a title; 市某某局项目: an organ's projects, none named; the body
            # stands alone; 亚运会举重项目: an event of the games
        if types[suf] == "body" and _only_clause_words(text, toks, start, s0):
            continue    # 不受银行, 皆引厂: verbs and adverbs before the suffix say which one of none
        if suf in _BARE_GOVERNMENT and s0 - start >= 2 and _verb_ends_at(toks, s0):
            continue    # 集会抗议政府, 支持当局: the government is the verb's object, named by nothing before it
        if types[suf] == "body" and s0 - start >= 3:
            # 县委县政府, 市委市政府: two organs of one level written together; the second starts at its level
            k = max((k for k in range(start + 2, s0) if text[k - 1] == "委" and text[k - 2] == text[k]
                     and RELATIVE_RE.match(text[k:s0])), default=0)
            if k:
                start = k
        if types[suf] == "body" and s0 - start >= 2 and not has_division_prefix(text[start:s0]):
            # 报县人民法院, 连续3年获县政府: a one-character verb or preposition before a relative organ
            # is no division's name (经开区管委会 is one)
            # (看望村党支部, 感谢县政府: nor is a verb of two characters, jieba's word ending right there)
            k = next((k for k in range(start + 1, s0) if RELATIVE_RE.match(text[k:s0]) or text[k:s0] == "村"), None)
            tok = toks.word_around(k - 1) if k else None
            if tok and (tok[1:] == (k - 1, k) and text[k - 1] in _BEFORE_RELATIVE
                        or _verb_ends_at(toks, k, ("v",), 500)):
                start = k
        built = False
        if types[suf] == "project":
            # 某某集团投资兴建某某项目, 某某公司投资…建设的某某项目: a firm and its verb of building, then
            # the project, which the firm's building makes one though its words are everyday ones
            doer = None
            for doer in _DOER_VERB.finditer(text, start, s0):
                pass
            if doer and s0 - doer.end() >= 2:
                start = doer.end()
                built = s0 - start >= 4
            elif text[start - 1:start] == "的" and _DOER_BEFORE.search(text, max(0, start - 20), start):
                built = s0 - start >= 4
        tq = _TIME_QTY.match(text, start, s0)
        if tq and not _CAPACITY.search(text, start, tq.end()):
            start = tq.end()        # a capacity (年产6万吨…项目) is part of the project's name
        name = text[start:s_end]
        modifier = name[: -len(suf)]
        village = suf in ("村", "社区", "嘎查")
        if (suf in _TOWN_SINGLE and len(modifier) == 1 or village and re.match(r".(?:镇|乡)", modifier)) \
                and start > 0 and _HAN_RUN.match(text[start - 1]) and text[start - 1] not in _NO_TOWN_HEAD:
            # a town's one-character name after a stop (和岭镇, 和岭镇某某村): the stop is its first character
            start, name, modifier = start - 1, text[start - 1:s_end], text[start - 1:s0]
        town = _TOWN_IN.match(modifier) if village else None
        after_town = bool(town and 2 <= len(modifier) - town.end() <= (6 if suf == "嘎查" else 4))
        if after_town:
            # 某某镇某某村: the village is written after its town, and both are named
            extra.append(Mention(town.group(), "place", start, start + town.end(), rule="suffix:town-before"))
            start, name, modifier = start + town.end(), name[town.end():], modifier[town.end():]
        dotted = "·" in modifier and all(c == "·" or is_translit(c) for c in modifier)   # 某·某某镇: named after someone
        county = _division_prefix(modifier) if suf in _TOWN_SINGLE else 0
        if county and 2 <= len(modifier) - county <= 6 and all(is_translit(c) or _HAN_RUN.match(c) for c in modifier[county:]):
            # 某某县某某乡: the township is written after its county, named on its own by the suffix
            start, name, modifier = start + county, name[county:], modifier[county:]
        if suf in _SMALL_AREA and len(modifier) > 4 and not dotted and not _long_township(modifier, suf):
            # community and village names are short: 桃花峪王庄社区 names 王庄社区, and 桃花峪 is the area it is in
            cut = s0 - 2 if toks.is_start(s0 - 2) or not toks.is_start(s0 - 3) else s0 - 3
            rest = text[start:cut]
            if suf in ("社区", "街道") and 2 <= len(rest) <= 4 and is_proper(rest) and not has_division_prefix(rest):
                extra.append(Mention(rest, "place", start, cut, rule="suffix:area-before"))
            start, name, modifier = cut, text[cut:s_end], text[cut:s0]
        if suf == "部" and AREA_PART.fullmatch(name[_place_prefix(name):]):
            continue    # 中南部, 某市东部: a part of an area, no department
        directional = suf in _AREA_SUFFIX and modifier in lexicons.words("directions.txt")
        if not modifier or name in _generic() or (len(modifier) > 1 and modifier in _generic() and not directional):
            continue
        if _COUNTED_STATES.search(modifier) or _SESSION.search(modifier):
            continue    # 两国政府: a count of states; 县委第32次常委会: a session, a meeting's name
        lead = 0
        while lead < len(modifier) and modifier[lead] in _NO_MODIFIER and toks.is_start(start + lead + 1):
            lead += 1
        if lead and (lead == len(modifier) or word_freq(name[lead:]) >= 100 and word_tag(name[lead:]) not in ("ns", "nt")):
            continue    # 但饭店, 这家饭店, 刚出医院: a clause's one-character words before an everyday word
        cut = leading_word(modifier, toks, start)
        if suf == "委" and not _party_led(modifier):
            # 代表中共某某市委: a verb before the party's committee is no part of it
            cut = next((k for k in range(1, len(modifier) - 2) if toks.is_start(start + k)
                        and _party_led(modifier[k:]) and not is_division_name(modifier[:k])), cut)
        if cut:
            start, name, modifier = start + cut, name[cut:], modifier[cut:]
        counted = max(_COUNT_IN.finditer(modifier), key=lambda c: c.end()) if _COUNT_IN.search(modifier) else None
        if counted:
            # 有五十多所高校, 许多保险公司: a count of bodies; a name may follow it (三家某某公司)
            cut = counted.end()
            if len(modifier) - cut < 2:
                continue
            start, name, modifier = start + cut, name[cut:], modifier[cut:]
        area = _DIRECTIONAL_AREA.match(modifier)
        if types[suf] == "place" and area and len(suf) >= 2 and suf not in _AREA_SUFFIX:
            # 西部城区水库: the reservoirs of an area; the area is the name
            s_end = start + area.end()
            name, suf, modifier = text[start:s_end], area.group(2), area.group(1)
            directional = True
        kind = types[suf]
        if suf in _DIVISION_SINGLE:
            if name not in lexicons.divisions():
                # 区卫健局-style organs are bodies; a bare X区 must be a known division, perhaps written
                # after the province or city it is in (四川省某某县: the division mentions name the province)
                divs = lexicons.divisions()
                k = next((k for k in range(1, len(name) - 2) if name[k:] in divs
                          and any(name[max(0, k - j):k] in divs for j in range(2, 8))), 0)
                if not k:
                    continue
                start, name, modifier = start + k, name[k:], modifier[k:]
        elif suf in _TOWN_SINGLE or suf in ("苏木", "嘎查"):      # a sumu is a township, a gacha a village
            # towns may bear everyday words (黄泥镇); villages must look proper; and the suffix may end an
            # everyday word (城乡, 家乡, 农村) that is no place
            if not 2 <= len(modifier) <= (7 if len(modifier) > 4 and _long_township(modifier, suf) else 4 if len(suf) == 1 and not dotted
                                          else 10 if dotted else 6) \
                    or _GENERIC_TOWN.search(modifier) or (suf == "村" and not is_proper(modifier) and not after_town and not _clan_place(modifier)) \
                    or _NO_TOWN_CHAR.search(modifier) or text[s0 - 2:s_end] in _generic() \
                    or word_freq(text[s0 - 1:s_end]) >= 100 and (word_tag(text[s0 - 1:s_end]) or "n")[0] in "nvr" \
                    and word_tag(text[s0 - 1:s_end]) != "ns":
                continue
        elif len(suf) == 1 and suf in _FREE_SINGLE:
            if len(modifier) < 2 or _QUOTED.search(modifier) or not is_proper(modifier):
                continue
        elif len(suf) == 1 and (not (has_division_prefix(modifier) or _national_prefix(modifier)
                                     or suf in _STATE_SINGLE and 0 < state_prefix(modifier) <= len(modifier) - 2
                                     or kind == "body" and suf not in "处站" and _city_led(modifier, toks, start)
                                     or suf == "委" and _party_led(modifier)
                                     or kind == "body" and (_body_led(modifier) or _unit_led(modifier, suf)))
                                or _QUOTED.search(modifier)):
            continue
        elif not is_proper(modifier) and not has_division_prefix(modifier) and not directional \
                and not 0 < state_prefix(modifier) <= len(modifier) - 2 \
                and not ((suf in _FEDERATIONS or kind == "body" and len(suf) >= 2) and _WORLD_SCOPE.match(modifier)
                         and len(modifier) >= 4 and _WORLD_SCOPE.sub("", modifier) not in lexicons.words("generic_modifiers.txt")) \
                and not (kind == "body" and (_known_body(modifier) or _national_prefix(modifier) or _body_led(modifier)
                                             or _unit_led(modifier, suf))) \
                and not (local and modifier.startswith(local) and len(modifier) > 2) \
                and not (kind == "body" and len(modifier) >= 3 and _VENUE_END.search(modifier)) \
                and not (suf in _PRESS_ENDS and _press_named(modifier)) \
                and not (kind == "body" and modifier in lexicons.words("landmarks.txt")) \
                and not (suf in _NAMED_BY_WORD and _nouns(modifier, one=True)) \
                and not (suf in _NAMED_BY_NOUNS and _nouns(modifier)) \
                and not (suf in _LEGAL_FORMS and _registered(modifier)) and not built \
                and not (kind == "body" and len(suf) >= 2 and _regional(modifier)):
            continue
        if _CAMPAIGN.search(modifier):
            continue
        if len(suf) == 1 and _ends_in_world_place(name):
            continue    # 某某社莫斯科: a dateline's city, whose last character only looks like a suffix
        if suf == "组织" and (text.startswith("部", s_end)      # 区委组织部长: the department, named by its title
                             or not (_known_body(modifier) or _WORLD_SCOPE.match(modifier) and len(modifier) >= 4)):
            continue    # 组织 is mostly the verb (某区组织开展): only a world body's own name or a known body's ends in it
        stripped = strip_descriptor(name)
        if stripped != name:
            inner = suffix_mentions(stripped, None, (), max_len)
            if inner and inner[-1].end == len(stripped):
                im = inner[-1]
                kind, suf = im.type, im.rule.split(":", 1)[-1]
                start, name = start + im.start, im.text
                s_end = start + len(name)
            else:
                continue
        if quoted.reach(start, strict=True) >= s_end:
            continue    # inside a quoted title (“万名党员进党校”暨…) names no body
        national = next((w for w in _national_ends() if name.endswith(w)), None) if kind == "body" else None
        if national and name != national and state_prefix(name) != len(name) - len(national):
            continue    # 后任九届全国人大常委会: named whole, with its term, by _national (a country before it stays)
        if word_test and not toks.is_start(s0):
            if not _tail_of_name_word(toks, s0, word_test):
                continue    # the suffix starts inside a word (举办, 辖区)
            if toks.word_around(s0)[1] - start == 1 and word_tag(text[start]) in ("v", "p"):
                continue    # 做酒店, 住饭店: a one-character verb before an everyday word is no name
        if word_test and _begins_word(toks, s0):
            continue    # the suffix begins a longer word (校址, 校友, 厂主)
        if suf in _TOWN_SINGLE and _heads_next_word(toks, s0, s_end):
            continue    # 侨胞乡情: the suffix begins the next word
        inside = toks.word_around(start) if start and not toks.is_start(start) else None
        if inside and inside[1] < start < inside[2] < s0 and not _WHOLE_LEVEL.fullmatch(inside[0]):
            # the name would begin inside a word (全村来政府, 各市公司, 以东山区): it begins after it, and
            # after the clause's words there; but 全市 + an organ is the city's own (市某某办公室)
            start = _after_clause_words(text, toks, inside[2], s0)
            name, modifier = text[start:s_end], text[start:s0]
            if len(modifier) < 2:
                continue
        prev = best_at_end.get(s_end)
        # the same name found by a longer suffix keeps that suffix's type (某某展览中心 is a venue)
        if prev is None or len(name) > len(prev.text) or (len(name) == len(prev.text) and len(suf) > 1
                                                                and len(suf) >= len(prev.rule) - len("suffix:")):
            best_at_end[s_end] = Mention(name, kind, start, s_end, rule=f"suffix:{suf}")
    found = list(best_at_end.values()) + extra + _distributed(text) + _schools(text) + _national(text) \
        + _foreign_divisions(text, toks) + _unit_organs(text, toks, blanked := text.translate(_FUNCTION_BLANKS)) \
        + _bare_organs(text, toks, blanked) + _teams(text, toks) + _quoted_press(text) + _staff_press(text, toks) \
        + _party_committees(text) + _vessels(text) + _cabinets(text) + _division_banks(text) + _regiment_farms(text)
    found += _sharing_level(text, found) + _paired_government(text, found)
    shared = {(m.start, m.end) for m in found if m.rule.startswith("distributed")}
    if shared:      # the last of 某市政府驻甲、乙办事处 is 某市政府驻乙办事处, not 乙办事处
        found = [m for m in found if m.rule.startswith("distributed") or (m.start, m.end) not in shared]
    return _maximal(found)


@cache
def _national_ends() -> tuple[str, ...]:
    return tuple(w for w in lexicons.ordered("national_bodies.txt") if w.startswith("全国"))


@cache
def _national_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, lexicons.ordered("national_bodies.txt"))))


@cache
def _parties() -> tuple[str, ...]:
    """Parties known by name whose name ends in 党 (国民党, 民进党), longest first."""
    return tuple(w for w in lexicons.ordered("world_bodies.txt") if w.endswith("党") and len(w) >= 3)


# the term of a congress or committee written before it (第九届全国人大, 十五届全国政协)
_TERM_BEFORE = re.compile(r"(?:第)?[一二三四五六七八九十]{1,3}届$")


def _national(text: str) -> list[Mention]:
    """National bodies named whole (中国共产党, 国务院); a congress or committee of one term keeps it."""
    out = []
    for m in _national_re().finditer(text):
        a = m.start()
        standing = m.group().endswith(("常委会", "常务委员会"))     # a standing committee's term is dropped
        term = _TERM_BEFORE.search(text, max(0, a - 5), a) if m.group().startswith("全国") and not standing else None
        a = term.start() if term else a - state_short_before(text, a)    # 美国务院: the state's own
        if m.group().startswith("党"):
            # 某某党中央: the centre of the party named before it, not the Communist Party's 党中央
            known = next((a - len(p) + 1 for p in _parties() if text.startswith(p, a - len(p) + 1)), None)
            if known is None and a and any(word_freq(text[a - k:a + 1]) for k in (1, 2, 3) if a >= k):
                unknown = left_extend(text, a + 1)      # 某某人民革命党中央: a party the lexicon lacks
                known = unknown if a - unknown >= 2 else None
            a = a if known is None else known
        out.append(Mention(text[a:m.end()], "body", a, m.end(), rule="national"))
    return out


# a paper or magazine named in title marks (《某某报》, 《某某周刊》); 《某某报告》 or a bulletin is a document
_PRESS = re.compile(r"《([^《》\s]{1,10}?(?:报|周刊|杂志|月刊|画报|半月刊))》")
_NOT_PRESS = re.compile(r"(?:汇|情|简|通|海|公|年|喜|战|周|月|日|快|预|申|举|电|捷|警)报$")


# a title in marks and then the organ that publishes it (《某某》杂志, 《某某》编辑部): one body
_PRESS_AFTER = re.compile(r"《[^《》\s]{1,12}》(?:杂志社|杂志|编辑部|报社|出版社|周刊社)")


# a paper, publisher or broadcaster is named for its field (经济日报, 园艺出版社, 少儿出版社): a run of
# nouns before one of these names it, where before another suffix it would say only what kind
_PRESS_ENDS = frozenset(("日报", "晚报", "晨报", "报社", "日报社", "出版社", "杂志社", "通讯社", "新闻社", "周刊", "电视台", "电台"))
_PRESS_WORD_TAGS = ("n", "t", "m", "j")
# an unquoted paper before its reporter or editor (某某报记者): 报 ends a name there
_PRESS_STAFF = re.compile(rf"(?<![{CJK}])([{CJK}]{{2,8}}报)(?=记者|社长|总编辑|编辑部|报道)|([{CJK}]{{2,8}}报)(?=记者|社长|总编辑|编辑部)")


@lru_cache(maxsize=16384)
def _press_named(modifier: str) -> bool:
    """Is ``modifier`` a field a paper or publisher is named for: two to eight characters of nouns (中国
    足球, 经济), no verb, pronoun or function word among them?"""
    if not 2 <= len(modifier) <= 8:
        return False
    words = [w for w, _, _ in tokens(modifier, hmm=False)]
    return all(len(w) > 1 and (word_tag(w) or "x").startswith(_PRESS_WORD_TAGS) and w[-1] not in "性化式"
               for w in words)


def _staff_press(text: str, toks: Tokens) -> list[Mention]:
    out = []
    for m in _PRESS_STAFF.finditer(text):
        a, b = m.span(1 if m.group(1) else 2)
        words = tokens(text[a:b - 1], hmm=False)
        k = len(words)
        while k and len(words[k - 1][0]) > 1 and (word_tag(words[k - 1][0]) or "x").startswith(_PRESS_WORD_TAGS):
            k -= 1      # the paper's name is the run of nouns before 报 (接受某某报记者: not the verb)
        if k < len(words):
            a += words[k][1]
            name = text[a:b]
            if not _NOT_PRESS.search(name) and not name[:-1].isdigit():
                out.append(Mention(name, "body", a, b, rule="suffix:press"))
    return out


# a ship or a shuttle named in quotes (“某某”号导弹驱逐舰, “某某”号航天飞机): PD's bodies, as a crew is
# named by its vessel; a probe, a satellite or a spacecraft (飞船) is a place there
_VESSEL = re.compile(r"“[^“”\n]{1,10}”号[\u4e00-\u9fff]{0,6}?(?:驱逐舰|护卫舰|训练舰|潜艇|航母|舰|轮船|货轮|渔船|帆船|船|航天飞机)"
                     r"(?![\u4e00-\u9fff]*?(?:厂|公司|码头))")


def _vessels(text: str) -> list[Mention]:
    if "号" not in text:
        return []
    return [Mention(m.group(), "body", m.start(), m.end(), rule="suffix:vessel") for m in _VESSEL.finditer(text)
            if not m.group().endswith("飞船")]


def _cabinets(text: str) -> list[Mention]:
    """内阁 is a body wherever it stands (内阁决定, 在内阁会议上), and a prime minister's cabinet is
    named by the family name before it (某某内阁). A state before it is joined by the pipeline."""
    out = []
    for m in re.finditer("内阁", text):
        a = m.start()
        if text.startswith("内阁大臣", a) or text.startswith("内阁总理", a):
            continue        # a title of a member
        k = next((k for k in (3, 2) if text[a - k:a] in lexicons.words("japanese_surnames.txt")), 0) if a >= 2 else 0
        out.append(Mention(text[a - k:m.end()], "body", a - k, m.end(), rule="suffix:cabinet"))
    return out


def _quoted_press(text: str) -> list[Mention]:
    return [Mention(m.group(1), "body", m.start(1), m.end(1), rule="suffix:press") for m in _PRESS.finditer(text)
            if len(m.group(1)) >= 3 and not _NOT_PRESS.search(m.group(1))] \
        + [Mention(m.group(), "body", m.start(), m.end(), rule="suffix:press") for m in _PRESS_AFTER.finditer(text)]


def leading_word(modifier: str, toks: Tokens, start: int) -> int:
    """Length of what begins a modifier but not the name: 原 (原某某部: a former body is named as it
    was), or words up to a verb, preposition or adverb after which a name begins with a division or
    a country (因某市医院, 敦促某国政府, 某国敦促某国政府) or which follows a body's name."""
    if len(modifier) <= 2:
        return 0
    if modifier[0] == "原" and toks.is_start(start + 1):
        return 1
    if not _may_cut(modifier):
        return 0
    cut, at, stop = 0, start, start + len(modifier) - 2
    while at < stop:
        around = toks.word_around(at)
        if around is None or around[2] <= at:
            break
        word, _, end = around
        if _clause_word(word, first=at == start):
            rest, nxt = modifier[end - start:], toks.word_around(end)
            if has_division_prefix(rest) or state_prefix(rest) or nxt is not None and is_division_name(nxt[0]) \
                    or len(word) > 1 and _ends_in_body_suffix(modifier[:at - start]) and is_proper(rest):
                cut = end - start   # (某某公司买下某某公司: one body, a verb, and the next)
        at = end
    if cut and cut == state_prefix(modifier):
        return 0
    return cut


@lru_cache(maxsize=65536)
def _may_cut(modifier: str) -> bool:
    """Can a clause word stand inside the modifier with a division's, a country's or a body's name
    after it? Asked of the string alone (cached: names recur), so that only then is it segmented."""
    heads, ends = _name_heads()
    if not any(modifier[i:i + 2] in heads or modifier[i] in "省市区县镇乡" or modifier[i - 1] in ends
               for i in range(1, len(modifier))):
        return False
    return _clause_word(modifier[0], True) or any(_clause_word(modifier[i:i + k], False)
                                                  for k in (2, 3, 4) for i in range(len(modifier) - k))


@cache
def _name_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The first two characters of every division's and country's name, and the last characters of
    the body suffixes: where a name after a clause word can begin, or a body's name end."""
    heads = {w[:2] for w in lexicons.divisions()} | {w[:2] for w in lexicons.words("world_places.txt")}
    return frozenset(heads), frozenset(w[-1] for w in lexicons.words("body_suffixes.txt"))


def _clause_word(word: str, first: bool) -> bool:
    """A word of the clause, not of a name: a verb, adverb or pronoun the dictionary knows well (敦促,
    要求); of one character (因, 如, 经) only where the modifier begins, as inside a name one-character
    words are its parts (某某易购)."""
    if len(word) == 1:
        return first and (word in _BEFORE_RELATIVE or word_tag(word) in _FUNCTION_TAGS)
    # (企业代表某市某某公司: what a person is stands before the name, no part of it)
    return word_tag(word) in _FUNCTION_TAGS and word_freq(word) >= 100 or word in lexicons.words("person_nouns.txt")


def _party_led(modifier: str) -> bool:
    """A party or the Youth League before a division (中共某某县, 共青团某某市 + 委): its committee there."""
    head = next((p for p in lexicons.ordered("party_prefixes.txt") if modifier.startswith(p)), None)
    return head is not None and len(modifier) > len(head) and has_division_prefix(modifier[len(head):])


def _city_led(modifier: str, toks: Tokens, start: int) -> bool:
    """Does a modifier begin with a division's short name as a word of its own and go on for a word
    or more (某某蝶阀厂, 某某地质所): a unit named after its city, as bodies so often are."""
    around = toks.word_around(start)
    if around is None:
        return False
    word, a, _ = around
    return a == start and len(modifier) - len(word) >= 2 and is_division_name(word) \
        and any(d.level in ("province", "city") for d in lexicons.divisions()[word])


def _known_body(modifier: str) -> bool:
    """A body known by name (国务院, 欧佩克, 宝钢) before an organ's suffix names that body (某某集团, 某某组织)."""
    return modifier in lexicons.words("national_bodies.txt") or modifier in lexicons.words("world_bodies.txt") \
        or modifier in lexicons.words("companies.txt")


def _body_led(modifier: str) -> bool:
    """Does a modifier begin with a world body known by name and go on for a word or more (某组织
    + 禁毒 + 署): one of its organs."""
    bodies = lexicons.words("world_bodies.txt")
    return any(modifier[:k] in bodies for k in range(2, len(modifier) - 1))


@cache
def _world_places() -> frozenset[str]:
    return lexicons.words("world_cities.txt") | lexicons.words("world_places.txt")


def _ends_in_world_place(name: str) -> bool:
    """Does ``name`` end in a city or country of the world after a name of its own (某某社莫斯科)?"""
    return any(name[k:] in _world_places() for k in range(2, len(name) - 2))


# a democratic party's committee of a division, named or relative (民盟某某市委, 民进某某区委会, 民建市委)
_PARTY_COMMITTEE = re.compile("(?:" + "|".join(p for p in lexicons.ordered("party_prefixes.txt")
                                               if p not in ("中国共产党", "中共", "共青团")) + ")"
                              + r"(?:[\u4e00-\u9fff]{1,8}?)?[省市区县]委(?:会(?!议))?")


def _party_committees(text: str) -> list[Mention]:
    """Democratic parties' committees (民进某某区委会): the party, its division and 委 or 委会."""
    out = []
    for m in _PARTY_COMMITTEE.finditer(text):
        div = m.group()[:-1] if m.group().endswith("委") else m.group()[:-2]
        head = next(p for p in lexicons.ordered("party_prefixes.txt") if div.startswith(p))
        rest = div[len(head):]
        if len(rest) == 1 or has_division_prefix(rest) and len(rest) <= 9:
            out.append(Mention(m.group(), "body", m.start(), m.end(), rule="suffix:party-committee"))
    return out


def _unit_led(modifier: str, suf: str) -> bool:
    """Is a department's suffix (系, 科, 研究室) written after a name that ends like a unit with
    departments, a word or more apart (某某大学 + 化学 + 系, 某某医院 + 宣教 + 科): one of them."""
    return suf in _SUB_UNITS and any(_SUB_UNIT_OF.search(modifier, 0, k) for k in range(4, len(modifier) - 1)
                                     if len(modifier) - k <= 6)


# what a unit with departments ends in (某某大学, 某某医院, 某某委员会): a 系, 科 or 研究室 after it is one of them
_SUB_UNITS = frozenset(("系", "科", "处", "研究室", "教研室"))
_SUB_UNIT_OF = re.compile(r"(?:大学|学院|医院|研究院|研究所|委员会|法工委|公司|集团|总局|部)$")


def _national_prefix(modifier: str) -> bool:
    """Does a modifier begin with a national body and go on to name one of its organs (中共中央书记处,
    国务院某某办), or with 国家 (国家某某总局)?"""
    if modifier.startswith("国家") and len(modifier) >= 4 and modifier[2] not in "级和与及的":
        return True     # 国家某某总局: a state organ
    m = _national_re().match(modifier)
    return bool(m) and len(modifier) - m.end() >= 2


# a unit's party or residents' organ written after the unit's one-character word, standing alone
# (矿党委提出, 局党组认为, 居委会决定): a body; before a role (社党支部书记) it is the title's
_UNIT_ORGAN = re.compile(r"(?<![\u4e00-\u9fff])([站厅局所院校厂矿村处科队社])(党委|党组|党支部|党总支|党工委|党小组|委会)"
                         r"|(?<![\u4e00-\u9fff])团[省市县区]委")
_UNIT_BEFORE = frozenset("同与和及向对由被据经在从给着了是让请为")


def _unit_organs(text: str, toks: Tokens, blanked: str) -> list[Mention]:
    """(``blanked``: the text with its one-character function words blanked, ``_FUNCTION_BLANKS``.)"""
    out = []
    for m in _UNIT_ORGAN.finditer(blanked):
        a, b = m.span()
        if m.group(2) == "委会" and m.group(1) not in "村居":
            continue
        if text.startswith(_long_roles(), b) or not toks.is_start(a):
            continue
        out.append(Mention(text[a:b], "body", a, b, rule="suffix:unit-organ"))
    return out


_BARE_ORGAN = re.compile("|".join(sorted(DIVISION_ORGANS, key=len, reverse=True)))


def _bare_organs(text: str, toks: Tokens, blanked: str) -> list[Mention]:
    """A division's discipline commission, CPPCC or armed-forces department standing alone as jieba's
    word, after no name of its own: the page's division's (resolved later), or bare where none is known.
    Before a role (纪委书记) the title names it."""
    out = []
    for m in _BARE_ORGAN.finditer(blanked):
        a, b = m.span()
        if a and _HAN_RUN.match(text[a - 1]) and text[a - 1] not in _UNIT_BEFORE:
            continue        # 县纪委, 全国政协: a name before it, found by the suffix
        if text.startswith(_long_roles(), b) or text.startswith(("委员", "机关", "常委", "系统"), b):
            continue
        if not toks.is_start(a) or not toks.is_start(b) and b < len(text):
            continue
        out.append(Mention(text[a:b], "body", a, b, rule="suffix:bare-organ"))
    return out


# a one-character function word before a unit organ does not join its name: blank it for the look-behind
_FUNCTION_BLANKS = {ord(c): " " for c in _UNIT_BEFORE}


# a sports team named after its sponsor or club (某某队) where the sentence is about sport
_TEAM = re.compile(r"([\u4e00-\u9fff]{2,4})队")
_SPORT = re.compile(r"比赛|联赛|赛季|主场|客场|击败|战胜|负于|逼平|外援|进球|射门|夺冠|冠军|半场|比分|球队|甲[A-B]|锦标赛|杯赛|决赛"
                    r"|[上下]半时|加时赛|点球|角球|任意球|破门|扳回|扳平|小组赛|淘汰赛|积分榜|主队|客队|球员|球迷|教练|主帅|出线")
_NOT_TEAM = re.compile(r"(?:国家|主|客|球|全|两|该|本|各|梯|参赛|种子|强|车|军|部|乐|团|舰|连|排|班|施工|突击|志愿|服务|工作|医疗|宣传|巡逻|救援|"
                       r"消防|考察|调查|检查|督查|专家|代表|运动|拉拉|护卫|仪仗|先锋|联防|巡防|应急|抢险)$")


_SENTENCE_END = re.compile("[。！？]")


def sentences_matching(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` in which ``pattern`` occurs."""
    if not pattern.search(text):
        return []
    out, a = [], 0
    for m in _SENTENCE_END.finditer(text + "。"):
        if pattern.search(text, a, m.start()):
            out.append((a, m.start()))
        a = m.end()
    return out


def _sport_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence that speaks of a match or a championship (比赛, 击败, 锦标赛):
    there a country or a club is a team."""
    return sentences_matching(text, _SPORT)


# a country's side by its short form (某国女排, 国家男足) or its men's or women's team of a sport (某国男子
# 网球队): a team wherever it stands, as the form itself says what it is
_SIDE = re.compile(r"(?:青年|少年|国奥)?[男女](?:篮|排|足|乒|羽|手|曲|垒|冰球|水球)|[男女]子[\u4e00-\u9fff]{1,4}?队")


def _sides(text: str) -> list[Mention]:
    out = []
    for m in _SIDE.finditer(text):
        a = m.start()
        b = a - 2 if text[a - 2:a] == "国家" else a       # (某国)国家男足: the national side
        k = next((k for k in (4, 3, 2) if b >= k and is_state(text[b - k:b])), 0) + a - b
        if k:
            out.append(Mention(text[a - k:m.end()], "body", a - k, m.end(), rule="suffix:team"))
    return out


def _teams(text: str, toks: Tokens) -> list[Mention]:
    out = _sides(text) if "男" in text or "女" in text else []
    if "队" not in text:
        return out
    sports = SpanIndex(_sport_sentences(text))
    for m in _TEAM.finditer(text):
        if not sports.overlaps(m.start(), m.end()):
            continue
        a = _team_start(text, toks, m.end() - 1)
        if a is None or _NOT_TEAM.search(text[a:m.end() - 1]):
            continue
        out.append(Mention(text[a:m.end()], "body", a, m.end(), rule="suffix:team"))
    return out


_MATCH_VERBS = frozenset("破胜负战赢输迎克击逼")     # 首破某某队, 胜某某队: the verb is no part of the name


def _team_start(text: str, toks: Tokens, q: int) -> int | None:
    """Where the team's name ending before 队 at ``q`` starts: jieba's word with 队 (某某队), else the
    noun before it (战胜某某队: a verb before the name is no part of it)."""
    tok = toks.word_around(q)
    if tok and tok[2] == q + 1 and tok[2] - tok[1] >= 3:
        return tok[1]
    w = toks.word_around(q - 1) if q else None
    if w and w[2] == q and 2 <= w[2] - w[1] <= 4 and (word_tag(w[0]) or "n")[0] not in "vpcdrumf":
        a = w[1]
    else:
        a = q       # a name jieba does not know comes as one-character words (金/穗/队)
        while a > 0 and q - a < 3 and _HAN_RUN.match(text[a - 1]) and text[a - 1] not in _UNIT_BEFORE \
                and text[a - 1] not in _NO_MODIFIER and text[a - 1] not in _MATCH_VERBS \
                and toks.word_around(a - 1) == (text[a - 1], a - 1, a) \
                and (word_tag(text[a - 1]) or "n")[0] not in _FUNCTION_TAGS:
            a -= 1
        if q - a < 2:
            return None
    home = toks.word_around(a - 1) if a else None
    if home and home[2] == a and (home[0] in lexicons.divisions() or is_state(home[0])):
        a = home[1]     # 某市某某队: the club's home is part of its name
    return a


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of quotations “…” on the text."""
    out, stack = [], []
    for m in _QUOTE_MARK.finditer(text):
        i = m.start()
        if m.group() == "“":
            stack.append(i)
        elif stack:
            out.append((stack.pop(), i))
    return out


_DISTRIBUTED = re.compile(r"([省市区县])、([省市区县])(纪委监委|纪委|监委|委|人民政府|政府|人大常委会|政协)")


# a government's or a firm's offices in a list of places (某市政府驻甲、乙、丙办事处): one office in each
_OFFICES_IN = re.compile(r"([\u4e00-\u9fff]{0,10}?(?:人民政府|政府|公司|集团))驻((?:[\u4e00-\u9fff]{2,5}、){1,6}[\u4e00-\u9fff]{2,5})"
                         r"(办事处|联络处|代表处|联络办|办)")


def _distributed(text: str) -> list[Mention]:
    """省、市纪委 names two bodies: 省纪委 and 市纪委 (canonical forms get the page's divisions later);
    某市政府驻甲、乙办事处 names two offices."""
    out = []
    for m in _DISTRIBUTED.finditer(text):
        org = m.group(3)
        out.append(Mention(m.group(1) + org, "body", m.start(1), m.start(1) + 1, rule="distributed"))
        out.append(Mention(m.group(2) + org, "body", m.start(2), m.end(3), rule="distributed"))
    if "驻" in text and "、" in text:
        for m in _OFFICES_IN.finditer(text):
            owner, office, at = m.group(1), m.group(3), m.start(2)
            for k, place in enumerate(m.group(2).split("、")):
                a = m.start(1) if k == 0 else at
                end = m.end() if at + len(place) == m.start(3) else at + len(place)
                out.append(Mention(f"{owner}驻{place}{office}", "body", a, end, rule="distributed:offices"))
                at += len(place) + 1
    return out


# a bare organ after a relative one in a list (县生态环境分局、水利局、林业局): the same level's
_LEVEL_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,8}?(?:局|委员会|委|办公室|办|中心|站|所|厅|部))(?=[、，。；和及等\s]|负责|主要|相关)")


def _shared_head(name: str) -> tuple[str, str] | None:
    """What a list's first organ lends the bare organs after it: its division (县, 某某市) and, if
    it is a party committee's department, the committee (县委, 某某市委); None if it names neither."""
    if name[0] in "省市区县旗州镇乡" and RELATIVE_RE.match(name):
        k = 1
    else:
        k = _division_prefix(name)
        if not k or len(name) - k < 2:
            return None
    return name[:k], name[:k + 1] if name[k] == "委" else ""


_PAIRED = re.compile(r"[、和与及]?(人民政府|政府|办事处)(?![\u4e00-\u9fff]{0,2}(?:办|网))")


def _paired_government(text: str, found: list[Mention]) -> list[Mention]:
    """某某镇党委、政府, 县委、政府 and 某某街道党工委、办事处: a division's party committee, then its
    government named bare, which is that division's."""
    out = []
    for m in found:
        if m.type != "body" or m.start < 0:
            continue
        head = _COMMITTEE_OF.fullmatch(m.text)
        g = _PAIRED.match(text, m.end) if head else None
        if g:
            out.append(Mention(head.group(1) + g.group(1), "body", g.start(1), g.end(1), rule="distributed:government"))
    return out


_COMMITTEE_OF = re.compile(r"(.*(?:街道|苏木|嘎查|[镇乡村县区市旗州盟]))(?:党工委|党委|委)")


def _sharing_level(text: str, found: list[Mention]) -> list[Mention]:
    """The organs listed bare after one written with its level (县某某局、某某局; 某某市委组织部、宣传部)
    are that level's too, a party department its committee's."""
    out = []
    departments = lexicons.words("party_departments.txt")
    for m in found:
        head = _shared_head(m.text) if m.type == "body" and m.start >= 0 else None
        if head is None:
            continue
        division, committee = head
        pos = m.end
        while (it := _LEVEL_ITEM.match(text, pos)) is not None:
            item = it.group(1)
            if RELATIVE_RE.match(item) or has_division_prefix(item) or item in _generic() or _QUOTED.search(item) \
                    or any(item[:k] in lexicons.divisions() for k in (2, 3, 4)):
                break       # an organ named with a division of its own (某某公安分局) ends the shared level
            if item in departments and committee:
                name = committee + item
            elif item.endswith("部"):
                break       # a department shares only a party committee's level
            else:
                name = division + item
            out.append(Mention(name, "body", it.start(1), it.end(1), rule="distributed:level"))
            pos = it.end(1)
    return out


_SCHOOL = re.compile(r"(?:(?<=^)|(?<=[、，。：；\s到在和与及]))((?:[一二三四五六七八九十百零〇]{1,4}|\d{1,3})中)(?![心央国华学文医药专原部间期小])")


_FOREIGN_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:大区|州|邦|郡|省|市|县|区)")


# verbs and prepositions that stand before a relative organ (任市某某局局长, 在县某某中心)
_VERB_BEFORE_LEVEL = frozenset("任在到赴经从向为")


def _foreign_divisions(text: str, toks: Tokens) -> list[Mention]:
    """A division of another country, its transliterated name or a world city before its level
    (某某州, 某某邦, 某某郡, 某城市 + 市): a place. China's divisions come from the adcode table instead."""
    out = []
    divs = lexicons.divisions()
    for m in _FOREIGN_DIVISION.finditer(text):
        name = m.group()
        suf = "大区" if name.endswith("大区") else name[-1]
        head = name[:-len(suf)]
        if not is_translit(head[-1]):
            continue        # most are China's own (某某县): no transliteration ends before the level
        if suf in ("市", "县", "区") and head[-1] in _VERB_BEFORE_LEVEL:
            continue        # 某某任市民政局局长: a verb, then the page's own level before an organ
        tok = toks.word_around(m.end() - 1)
        if tok and tok[2] == m.end() and len(tok[0]) >= 4 and tok[0] not in divs and word_tag(tok[0]) == "ns" \
                and not tok[0].endswith("地区") and sum(map(is_translit, tok[0])) >= len(tok[0]) - 2:
            # jieba knows the whole name (巴伐利亚州), though the table lacks one of its characters
            out.append(Mention(tok[0], "place", tok[1], tok[2], rule="suffix:foreign-division"))
            continue
        a = m.start()
        while head and not (is_state(head) or holds_run(head) and all(map(is_translit, head))) \
                or head and a and (inside_place(text, a) or any(text[a - k:a + 1] in divs for k in (1, 2, 3))):
            head, a = head[1:], a + 1       # the name starts later in the run, not inside a country or a division
        if a and word_freq(text[a - 1:a + 1]) >= 300:
            continue        # 沿海地区: the name would start inside a word
        if a and text[a - 1] == "新" and head and not is_state(head):
            head, a = "新" + head, a - 1    # 新某某州: 新 begins the transliterated name
        k = state_prefix(head) if not is_state(head) else 0
        head, a = head[k:], a + k           # 某国某某州: the country is named on its own
        if len(head) < 2 or any(text[x:y] in divs for x in range(m.start(), m.end() - 2)
                                for y in (m.end(), m.end() - len(suf))) \
                or a and is_translit(text[a - 1]) and not k and not state_ends_at(text, a) \
                or a > m.start() and not k and not toks.is_start(a):
            continue        # a division of China's table, or a run cut in its middle (巴伐利亚州 is no 利亚州)
        out.append(Mention(text[a:m.end()], "place", a, m.end(), rule="suffix:foreign-division"))
    return out


@cache
def _bank_re() -> re.Pattern[str]:
    """Banks' short names (农行, 工行): the words of companies.txt that end in 行."""
    banks = sorted((w for w in lexicons.words("companies.txt") if w.endswith("行") and len(w) <= 4), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, banks)))


def _division_banks(text: str) -> list[Mention]:
    """A bank's branch named by its division and the bank's short name (烟台农行, 某某县工行): a body."""
    out = []
    for m in _bank_re().finditer(text):
        a = m.start()
        k = next((k for k in range(max(0, a - 6), a - 1) if is_division_name(text[k:a])), None)
        if k is not None:
            out.append(Mention(text[k:m.end()], "body", k, m.end(), rule="dictionary:bank-branch"))
    return out


# a Production and Construction Corps regiment's farm, named by its three-digit number (一二三团, 149团)
_REGIMENT = re.compile(r"(?<![一二三四五六七八九十百千〇零第\d])((?:[一二三四五六七八九〇零]{3}|\d{3})团)(?![体队员长结伙购聚拜])")


def _regiment_farms(text: str) -> list[Mention]:
    """A Corps regiment's farm (团场) named by its number: a place, like a township."""
    return [Mention(m.group(1), "place", m.start(1), m.end(1), rule="regiment") for m in _REGIMENT.finditer(text)] \
        if "团" in text else []


def _schools(text: str) -> list[Mention]:
    """Schools named by number (三十一中, 一中): a body; but not the plenary sessions listed before
    全会 (三中、四中、五中全会)."""
    out = [Mention(m.group(1), "body", m.start(1), m.end(1), rule="school") for m in _SCHOOL.finditer(text)
           if not _PLENARY_LIST.match(text, m.end(1))]
    for m in _NUMBERED_SCHOOL.finditer(text):
        # 某某一中, 某某县二中: a school named by its division and its number
        a = next((a for a in range(max(0, m.start() - 5), m.start() - 1) if is_division_name(text[a:m.start()])), None)
        if a is not None and not _PLENARY_LIST.match(text, m.end()):
            out.append(Mention(text[a:m.end()], "body", a, m.end(), rule="school"))
    return out


_ORDINAL = r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})"     # a school's or a plenary session's number
_NUMBERED_SCHOOL = re.compile(_ORDINAL + r"中(?![心央国华学文医药专原部间期小全])")


# the rest of a list of plenary sessions after one of its items (…、五中全会)
_PLENARY_LIST = re.compile(rf"(?:[、和及与]{_ORDINAL}中)*(?:[、和及与]{_ORDINAL})?中?全会")


def _heads_next_word(toks: Tokens, s0: int, s_end: int) -> bool:
    """jieba joins a one-character suffix and the character after it as a word of another kind (乡情),
    not a locative (村里, 镇上), nor its people (村民), nor what begins a longer word (村 + 农民)."""
    tok = toks.word_around(s0)
    if tok is None or tok[1] != s0 or tok[2] != s_end + 1:
        return False
    w = tok[0]
    return (word_tag(w) or "f")[0] not in "fs" and w[-1] not in "民人"


# everyday words that a suffix's character ends: a word ending in one (新格局, 三个联合公报, 工作部署)
# names no organ, even after a division
EVERYDAY_ENDS = ("干部", "全部", "局部", "内部", "外部", "格局", "布局", "结局", "大局", "当局", "全局",
                 "排队", "插队", "列队", "归队", "入队", "站队", "公报", "部署", "签署", "大厅", "客厅",
                 "餐厅", "展厅", "舞厅", "歌厅", "结社")


def _begins_word(toks: Tokens, s0: int) -> bool:
    """Does a two-character dictionary word begin at ``s0`` that binds the suffix to what follows (校址,
    校友, 厂主)? Not a title (局长) or what a person is (村民): the unit is still named before them;
    nor a longer word (村农民, 局局长), which jieba joins from a name's suffix and a word."""
    tok = toks.word_around(s0)
    return tok is not None and tok[1] == s0 and tok[2] - s0 == 2 and not _ends_in_body_suffix(tok[0]) \
        and tok[0] not in lexicons.roles() and tok[0] not in lexicons.words("person_nouns.txt")


def _tail_of_name_word(toks: Tokens, s0: int, suf: str) -> bool:
    """黄泥镇, 市委 or 房管局 may be one jieba word; its last character still ends a name. True when the
    suffix ends the token and the token is no verb (举办) or role (常委)."""
    tok = toks.word_around(s0)
    if tok is None:
        return False
    w, a, b = tok
    if b != s0 + len(suf):
        return False
    if w.endswith(EVERYDAY_ENDS):
        return False    # 干部, 全部: an everyday word that the suffix ends, not an organ (市委, 房管局)
    # a verb is two characters (举办, 查处); jieba's longer "verbs" ending in a suffix are units (某某厂)
    return not (len(w) == 2 and (word_tag(w) or "").startswith("v")) and w not in lexicons.roles()


def _maximal(ms: list[Mention]) -> list[Mention]:
    """Drop mentions lying inside a longer one; keep the order of the text."""
    ms.sort(key=lambda m: (m.start, -(m.end - m.start), m.text))
    out: list[Mention] = []
    reach: list[int] = []           # reach[i]: the furthest end among out[:i + 1]
    for m in ms:
        # every kept span starts at or before m; those of m's own span are the last ones kept
        k = len(out)
        while k and (out[k - 1].start, out[k - 1].end) == (m.start, m.end):
            k -= 1
        if k and reach[k - 1] >= m.end:
            continue                # a longer span holds m
        del out[k:], reach[k:]      # a span of m's own extent is replaced by m
        out.append(m)
        reach.append(max(reach[-1], m.end) if reach else m.end)
    return out


@cache
def _descriptor_re() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, lexicons.ordered("descriptors.txt"))) + ")$")


def strip_descriptor(item: str) -> str:
    """Remove a generic facility word after a name (和美佳苑南院在建工地基坑 -> 和美佳苑南院)."""
    while True:
        m = _descriptor_re().search(item)
        if not m or m.start() < 2:
            return item
        item = item[: m.start()]


@cache
def _heads() -> tuple[re.Pattern[str], dict[str, str]]:
    tab = {k: v[0] for k, v in lexicons.table("list_heads.tsv").items()}
    alt = "|".join(map(re.escape, sorted(tab, key=lambda w: (-len(w), w))))
    # (等县四大家领导, 等市领导, 等县级领导: the head word begins a group of persons, no list of places)
    # (等12个重点项目, 等六家企业: a count between 等 and the head)
    return re.compile(f"等(?:[\\d一二三四五六七八九十百两几多]+[个家处项座所条批])?({alt})(?![区方块段带]|四大|领导|级|班子|委|直)"), tab


# (a 和 or 及 right after 、 joins nothing: it begins the next item's name, 、和溪码头)
_ITEM_SEP = re.compile(r"、|(?<!、)(?:及|和|以及)")
_FIELD_HEADS = ("部门", "单位")     # 发改、财政等部门: items that are fields; a 等企业 list names companies
_NOT_ITEM = ("工作", "活动", "问题", "情况", "任务", "精神")


def list_mentions(text: str, toks: Tokens | None = None) -> list[Mention]:
    """Items of an enumeration closed by 等 + a head word (甲、乙及丙等重点片区项目): each item is a name of
    the head's type unless it carries a suffix of its own (resolved later against suffix mentions).

    Examples
    --------
    >>> [(m.text, m.type) for m in list_mentions("调研棉纺文化创意园、瓷街、365钻石园及茶街等重点片区项目推进情况")]
    [('棉纺文化创意园', 'project'), ('瓷街', 'project'), ('365钻石园', 'project'), ('茶街', 'project')]
    """
    pat, tab = _heads()
    out: list[Mention] = []
    for m in pat.finditer(text):
        head_type: EntityType = tab[m.group(1)]  # type: ignore[assignment]
        if len(m.group(1)) == 1 and word_freq(text[m.end() - 1:m.end() + 1]) >= 50:
            continue    # 等国际机构, 等市场主体: the head begins a word of its own
        end = m.start()
        clause_start = max(text.rfind(ch, 0, end) for ch in "，。；：！？,;:\n") + 1
        seg = text[clause_start:end]
        parts = [p for p in _ITEM_SEP.split(seg)]
        if len(parts) < 2:
            continue
        pos = clause_start
        spans: list[tuple[int, int]] = []
        for p in parts:
            i = text.index(p, pos) if p else pos
            spans.append((i, i + len(p)))
            pos = i + len(p)
        # the first item begins after the verb that introduces the list
        s0, e0 = spans[0]
        s0 = left_extend(text, e0, max_len=e0 - s0, floor=s0)
        if head_type == "place":    # 途经甲、乙等省: nor is the verb before it part of the place
            toks = toks or Tokens(text)
            s0 = max(s0, _after_clause_words(text, toks, s0, e0, verbs=True))
        spans[0] = (s0, e0)
        for s, e in spans:
            if text[s] == "原" and e - s >= 4:
                toks = toks or Tokens(text)
                s += toks.is_start(s + 1)     # 原某某部: a former body is named as it was
            item = strip_descriptor(text[s:e])
            if len(item) < 2 or item in _generic() or len(item) > 30 or item.endswith(_NOT_ITEM):
                continue
            if head_type == "body" and (len(item) <= 3 and m.group(1) in _FIELD_HEADS and not _ends_in_body_suffix(item)
                                        or any(item.endswith(r) for r in _long_roles())):
                continue    # 财政、交通等部门: fields, not names; 州委常委: a title
            head = _division_head(item) if head_type == "place" and s == spans[0][0] else 0
            if head:        # 某某州甲、乙等县: the first item is written after the division it is in
                out.append(Mention(item[:head], "place", s, s + head, rule="list:division"))
            out.append(Mention(item[head:], head_type, s + head, s + len(item), rule="list"))
    return out + _colon_listed(text)


# projects counted and then listed after a colon (开工项目10个，包括：甲、乙、丙等): each item is one
_COLON_LIST = re.compile(r"项目[^，。；：:、]{0,8}[，,]?(?:具体)?(?:包括|分别为|分别是|主要有|涉及)[:：]([^。；;：:\n]{4,600})")


def _colon_listed(text: str) -> list[Mention]:
    """Items of a list of projects after its count and a colon; 及 and 和 stay inside an item's name
    (某某提升及防洪堤建设项目), only 、 parts them."""
    out: list[Mention] = []
    for m in _COLON_LIST.finditer(text) if "项目" in text else ():
        seg, base = m.group(1), m.start(1)
        cut = re.search(r"等[\u4e00-\u9fff\d]{0,8}$|等(?=[，,])|[，,]", seg)
        seg = seg[:cut.start()] if cut else seg
        parts = seg.split("、")
        if len(parts) < 2:
            continue
        pos = base
        for p in parts:
            item = p.strip("“”\"' ")
            a = text.index(item, pos) if item else pos
            pos = a + len(item) + 1
            if 4 <= len(item) <= 40 and item not in _generic() and not item.endswith(_NOT_ITEM):
                out.append(Mention(item, "project", a, a + len(item), rule="list:colon"))
    return out


def _holds_body_suffix(text: str, a: int, b: int) -> bool:
    """Does a body's suffix end somewhere in ``text[a:b]`` (县人民医院 in 县人民医院专家)?"""
    return any(_ends_in_body_suffix(text[a:k]) for k in range(a + 2, b + 1))


def _ends_in_body_suffix(item: str) -> bool:
    types = _suffix_table()[1]
    return any(types.get(item[-k:]) == "body" for k in range(1, min(len(item), 8) + 1))


@cache
def _long_roles() -> tuple[str, ...]:
    return tuple(r for r in lexicons.roles() if len(r) >= 2)


def _division_head(item: str) -> int:
    """Length of a division's name (full, short, or short with its level: 某某州) that begins ``item``
    and leaves a name of two or more after it."""
    divs = lexicons.divisions()
    for k in range(min(len(item) - 2, 12), 1, -1):
        if (item[:k] in divs or item[k - 1] in _LEVEL_ENDS and item[:k - 1] in divs) \
                and item[k:] not in _suffix_table()[1]:     # 某某州 of 某某, but not 某某 of 某某街道
            return k
    return 0
