"""Page -> articles: find bodies by the paper's own structure, then give each its headline.

A body starts at a lead marker (本报讯, 本报X讯, X讯（记者…）) and ends at its byline (记者 X 通讯员 Y),
at the next lead or at a section banner (■新闻连连看). What lies between two bodies is headline
material; PDF columns put a headline before *or after* its body, so each block between two bodies
is split between them where the words fit best (character bigrams of headline and body lead).
Pages without lead markers fall back to runs of body-like lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg import lexicons
from kg.text.dates import article_date, page_year
from kg.model import Article, Sentence
from kg.text.normalize import TERMINALS, drop_stray_spaces, join_lines, normalize_page

__all__ = ["split_page", "parse_headline", "parse_byline", "parse_credits", "split_sentences"]

# a wire dateline that opens a lead (新华社某地5月6日电, 某某网4月16日电)
_WIRE_DATELINE = r"[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日电"
# a paper's own lead marker (本报讯, 本报某地讯)
_PAPER_LEAD = r"本报讯|本刊讯|本网讯|本报[\u4e00-\u9fff]{1,8}讯"
_PLACE_LEAD = r"[\u4e00-\u9fff]{2,12}(?:\d{1,2}月\d{1,2}日)?讯"     # 某某讯, 某某5月6日讯
LEAD_RE = re.compile(rf"^(?:{_PAPER_LEAD}|{_PLACE_LEAD}(?=\s*[（(【])|{_WIRE_DATELINE}|[（(]记[ \u3000]?者)")
# (a column's tag in 【】 before a headline on the same line, 【某某】县委召开…, is no banner)
BANNER_RE = re.compile(r"^(?:[■◆●▲★□◇◎※▼▶►◤]|【(?![^】]{1,12}】[^\s】]{6,}))")
_PAGE_FURNITURE = re.compile(r"^(?:第?\s*[A-Z]?\d+\s*版(?:\s*[:：]\s*[\u4e00-\u9fff]{1,8})?(?:\s*PDF版?)?|.{0,12}星期[一二三四五六日天].{0,30}|责任?编辑?[:：].*|责编.*|校对.*|美编.*)$")
# What a scraped web page wraps its article in: breadcrumbs, menus, meta, share and vote blocks, footers.
_WEB_META = (r"(?:信息|稿件|文章|新闻)?来源|发布(?:时间|日期|者|人)|发稿时间|更新时间|时间|日期|作者|撰稿|供稿|编辑|责任编辑|"
             r"责编|编审|审核|审校|审签|校对|初审|复审|终审|浏览(?:次数|量)?|访问量|点击(?:数|量|率)?|阅读(?:量|数)?|字[体号]|分享")
_WEB_FURNITURE = re.compile(      # keys that make a line furniture wherever they stand in it
    rf"(?:^|\s)(?:{_WEB_META})\s*[:：]|当前的?位置|当前页面|您的位置|您现在的位置|现在位置|首页\s*[>》/]|[>》]{{2}}|^[>》]|[>》]$|"
    r"\s-+>\s|热线\s*[:：]?\s*[\d-]{7,}|"     # a breadcrumb's arrows (新闻 -> 正文), a hotline and its number
    r"^!?\[[^\]]{0,40}\]\([^)\s]*\)$|【\s*字[体号]|"     # a markdown image or link alone; a font switch cut short
    r"【\s*(?:打印|关闭|字体|大|中|小|收藏|推荐|分享|纠错|返回)[^】]{0,6}】|版权所有|ICP备|备案号|主办单位|承办单位|技术支持|"
    r"copyright|©|^(?:顶|踩|赞)\s*[:：(（]?\s*\d|本期导航|往期回顾|上一期\s*下一期|转载请(?:注明|联系)|未经(?:授权|许可)[^。]{0,6}转载|禁止转载|"
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|"
    # a column's name and the date, nothing else (| 招商动态 |2016-12-16)
    r"^[|｜\s]*[\u4e00-\u9fff]{1,8}[|｜\s]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?[|｜\s]*$",
    re.IGNORECASE)
_WEB_BUTTON = re.compile(         # words that make a short line furniture: buttons and links
    r"(?:打印|关闭)(?:本页|窗口|此页)|分享到|扫一扫|二维码|公众号|官方微信|请关注|回到顶部|返回顶部|网站首页|手机版|移动版|无障碍|"
    r"上一篇|下一篇|相关(?:稿件|新闻|阅读|文章|链接|推荐)|(?:点击|热点|阅读)排行|热门(?:文章|推荐|新闻)|推荐阅读|猜你喜欢|"
    r"精彩推荐|最新(?:文章|新闻)|联系电话|^[•·]\s*\S{1,12}$|^今天是(?:\s*\d{4}年[^。，]*)?$|"
    r"^(?:打印|关闭|收藏|图片|视频|点击播放)$|"     # a button or a media placeholder alone
    # a hotline with its number (新闻热线 0891-6325020), a site and a date (某某网·2025-09-28), a bare mark
    r"^[\u4e00-\u9fff]{2,10}[网报台]\s*[·•|｜]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^\W{1,3}$|"
    # a site's clock (• 2018/12/28 上午9:27:28 星期五), a word of a menu in Latin letters (Workflow)
    r"^\W*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:[上下]午)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:星期.)?$|^[A-Za-z][A-Za-z ]{0,20}$")
# Lines of any length that are the site's or the paper's, not the article's: a copyright notice, a
# masthead, a rule of dashes, a line that is only an outlet's name.
_NOTICE = re.compile(r"^.{0,16}(?:版权声明|版权所有|免责声明)|^凡本(?:网|站|报)|统一刊号|刊号[:：]|^[-=_—*·.~\s]+$|"
                     r"^[\u4e00-\u9fff·]{2,14}(?:网|站|客户端|融媒体中心|新闻中心)(?:·[\u4e00-\u9fff]{1,6})?$")
# a tag cloud or keyword list: seven or more short words parted by spaces, with no punctuation (a PDF
# headline broken by stray spaces has fewer)
_TAG_LIST = re.compile(r"(?:[\u4e00-\u9fff\w]{2,10}[ \t\u3000]+){6,}[\u4e00-\u9fff\w]{2,10}")
_MENU_BAR = re.compile(r"[^|｜。，]{1,14}(?:\s*[|｜]\s*[^|｜。，]{1,14}){2,}")


# a scrap of the page's code or style left in the text (1200_150px;, var a=1;): ASCII with a letter and
# a mark of code
_CODE_LINE = re.compile(r"(?=[\x20-\x7e]*[A-Za-z])(?=[\x20-\x7e]*(?:[_;{}=<>]|px\b))[\x20-\x7e]{1,80}")


def is_furniture(line: str) -> bool:
    """A line of the page around the article, not of it: a newspaper's page line, a site's menu,
    breadcrumb, meta, share, vote or footer line. A line with a finished sentence is never one.

    Examples
    --------
    >>> [is_furniture(x) for x in ("首页 > 新闻中心 > 正文", "发布时间：2024-03-12  来源：青禾县融媒体中心",
    ...  "网站首页 | 政务公开 | 办事服务 | 互动交流", "顶(3) 踩(0)", "乡村振兴 人居环境 高标准农田 春耕备耕 森林防火 防汛抗旱 安全生产",
    ...  "青禾县召开项目推进会")]
    [True, True, True, True, True, False]
    """
    s = line.strip()
    if _NOTICE.search(s) or _CODE_LINE.fullmatch(s):
        return True
    if not s or len(s) > 150 or re.search(r"[。！？]", s) and len(s) > 30:
        return False
    return bool(_PAGE_FURNITURE.match(s) or _WEB_FURNITURE.search(s) or _MENU_BAR.fullmatch(s) or _TAG_LIST.fullmatch(s) and not re.search(_BYLINE_ROLE, s)
                or len(s) <= 30 and _WEB_BUTTON.search(s))


# (an outlet's name may come before 记者 (某某在线记者, 县融媒体中心记者), and papers pad 记 者 with a space)
_BYLINE_ROLE = (r"(?:本报记者|见习记者|特约记者|首席记者|(?:全|融|新)媒体?记者|分站记者|驻站记者|"
                r"(?:[\u4e00-\u9fff]{1,8}?(?:在线|网|报社|电视台|融媒体中心|新闻中心))?记[ \u3000]?者|特约通讯员|通讯员|"
                r"实习生|摄影|文/图|图/文)")
# a name in a credit: two to four characters, or two set apart by a space as papers pad them (李 涛)
_NAME_UNIT = (rf"(?!{_BYLINE_ROLE})[\u4e00-\u9fff]"
              r"(?:[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{1,3})")
_BYLINE_TAIL = re.compile(
    rf"(?:(?<=[。！？!?”」』）)\]])|^)\s*[（(]?\s*((?:{_BYLINE_ROLE}[\s：:]*{_NAME_UNIT}(?:[\s、，,]+{_NAME_UNIT})*\s*)+)[）)]?\s*$")
_CREDIT_TAIL = re.compile(
    rf"(?:(?<=[。！？!?”」』）)\]])|^)\s*[（(]\s*((?:{_NAME_UNIT}[\s、，,]+)*{_NAME_UNIT}"
    rf"(?:[\s、，,]*{_BYLINE_ROLE}[\s：:]*{_NAME_UNIT}(?:[\s、，,]+{_NAME_UNIT})*)*)\s*[）)]\s*$")
_ORIGINAL_TITLE = re.compile(r"^\s*[（(]?原标题\s*[：:]")
_SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_BYLINE_PART = re.compile(
    rf"({_BYLINE_ROLE})[\s：:]*((?:(?!{_BYLINE_ROLE})[\u4e00-\u9fff]{{2,4}}?(?:[\s、，,]+|$|(?={_BYLINE_ROLE})))+)")
_LEAD_BYLINE = re.compile(rf"^({_PAPER_LEAD}|{_PLACE_LEAD}|{_WIRE_DATELINE})?\s*[（(【]\s*((?:[\u4e00-\u9fff]{{2,3}}[\s、，,]+){{0,2}}(?:{_BYLINE_ROLE}\s*[:：]?\s*[\u4e00-\u9fff\s、，,/]{{2,40}})+)[）)】]")
# a lead that opens with its reporter (记者某某报道：, 本报记者某某、某某报道：)
_REPORTS_LEAD = re.compile(r"^(?:本报)?记者\s*((?:[\u4e00-\u9fff]{2,4}[\s、，,]*){1,4}?)\s*报道\s*[:：]\s*")
# what a credit writes after a name for the part it did (某某/文 某某/图): no part of the name
_PART_DONE = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*/\s*(?:文|图|摄)(?![\u4e00-\u9fff])")
_SENT_END = re.compile(r"[。！？!?；;]+[”’」』]?|…{1,2}[”’」』]?|\n")


@dataclass(slots=True)
class _Body:
    start: int                      # first line index
    end: int                        # last line index (inclusive)
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    interns: tuple[str, ...] = ()
    credited: tuple[str, ...] = ()  # names a bracketed credit gives no role
    tail_cut: int = -1              # chars of the byline's line that belong to the body (-1: all)
    tail_line: int = -1             # the byline's line, if credit lines follow it (-1: the last line)
    outlets: tuple[str, ...] = ()   # the media a 来源 line credits


def _is_blank(s: str) -> bool:
    return not s.strip()


def _split_names(chunk: str) -> list[str]:
    """Names in a byline chunk: split on separators; a run of 5-8 characters is split at a surname.

    Examples
    --------
    >>> _split_names("朱学彬 吴祎")
    ['朱学彬', '吴祎']
    >>> _split_names("刘歌常硕武")
    ['刘歌', '常硕武']
    """
    out: list[str] = []
    sur = lexicons.surnames()
    for tok in re.split(r"[\s、，,]+", chunk.strip()):
        if not tok:
            continue
        if len(tok) <= 4:
            out.append(tok)
            continue
        for cut in (2, 3):
            rest = tok[cut:]
            if 2 <= len(rest) <= 4 and rest[0] in sur and tok[0] in sur:
                out += [tok[:cut], rest]
                break
        else:
            out.append(tok)
    return out


def parse_byline(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(reporters, correspondents) named in a byline.

    Examples
    --------
    >>> parse_byline("记者 何静 通讯员 朱学彬 吴祎")
    (('何静',), ('朱学彬', '吴祎'))
    """
    return parse_credits(text)[:2]


def parse_credits(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(reporters, correspondents, interns) named in a byline: 实习生 are credited, not reporters.

    >>> parse_credits("记者：何静、吴祎  实习生：朱学彬")
    (('何静', '吴祎'), (), ('朱学彬',))
    """
    return _credits(text)[:3]


def _credits(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(reporters, correspondents, interns, credited): ``credited`` are the names before the first role
    of a bracketed credit ((某某 记者某某), (某某、某某)), credited without one.

    >>> _credits("钱 涛 记者孙 群")
    (('孙群',), (), (), ('钱涛',))
    """
    text = _SPACED_NAME.sub(r"\1\2", re.sub(f"({_BYLINE_ROLE})", r"\1 ", _PART_DONE.sub(" ", text)))
    out: dict[str, list[str]] = {"rep": [], "cor": [], "itn": []}
    first = len(text)
    for m in _BYLINE_PART.finditer(text):
        first = min(first, m.start())
        kind = "cor" if "通讯员" in m.group(1) else "itn" if m.group(1) == "实习生" else "rep"
        out[kind].extend(_split_names(m.group(2)))
    credited = _split_names(text[:first])
    if not all(_surname_led(n) for n in credited):
        credited = []
    return (tuple(dict.fromkeys(out["rep"])), tuple(dict.fromkeys(out["cor"])), tuple(dict.fromkeys(out["itn"])),
            tuple(dict.fromkeys(credited)))


def _surname_led(name: str) -> bool:
    """A credited name without a role: a surname and one or two characters (two after a compound
    surname), no place (江苏) and no mark (（全文完）, （待续）, （某某供图））. Everyday words (方案) are the
    extraction's to drop: it knows jieba's dictionary."""
    compound = name[:2] in lexicons.compound_surnames()
    return (2 <= len(name) <= (4 if compound else 3) and (compound or name[0] in lexicons.surnames())
            and name not in lexicons.divisions() and name not in lexicons.words("world_places.txt")
            and name[-1] not in "完续图摄供稿文")


def _byline_tail(line: str) -> tuple[int, str] | None:
    """If ``line`` ends with a byline (记者 X, （记者 X 通讯员 Y）, a bracket of names alone or before
    their roles: （某某、某某）, （某 某 记者某某）), (where it starts, its text)."""
    m = _BYLINE_TAIL.search(line)
    if not m:
        m = _CREDIT_TAIL.search(line)
        if not m or not _credits(m.group(1))[3]:
            return None
    start = m.start(1)
    while start > 0 and line[start - 1] in "（( \t":
        start -= 1
    return start, m.group(1).strip()


def _body_like(line: str) -> bool:
    return bool(re.search(r"[，。；！？,;]", line)) or len(line) > 40


def _headline_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 45 and not re.search(r"[。；！？;]", s) and s.count("，") + s.count(",") <= 1


def _sentence_like(line: str) -> bool:
    """A line that holds a sentence's end or is too long and comma-broken for a headline."""
    return bool(re.search(r"[。！？；!?;]", line)) or (len(line) > 40 and bool(re.search(r"[，,]", line)))


# the bullet that opens each item of an e-paper brief (◆某月某日，某某…)
_BULLET_ITEM = re.compile(r"^[◆●▲★■◇□]\s*\S")


def _fragments(lines: list[str], lo: int, hi: int) -> list[_Body]:
    """Bodies without a lead between lead bodies (an item continued from another column, a short
    e-paper item): runs of lines that start with a sentence-like line and go on while the line
    before is unfinished or the line itself is sentence-like. Headline lines stay in the gap."""
    out: list[_Body] = []
    cur: _Body | None = None
    for i in range(lo, hi):
        ln = lines[i]
        if _is_blank(ln) or LEAD_RE.match(ln):
            cur = None
            continue
        if cur is not None and _BULLET_ITEM.match(ln) and _sentence_like(ln):
            cur = _Body(i, i)       # ◆…: the next item of a brief
            out.append(cur)
        elif cur is not None and (_sentence_like(ln) or lines[cur.end].rstrip()[-1:] not in TERMINALS + "”"):
            cur.end = i
        elif _sentence_like(ln):
            cur = _Body(i, i)
            out.append(cur)
        else:
            cur = None
    return out


def _find_bodies(lines: list[str]) -> list[_Body]:
    starts = [i for i, ln in enumerate(lines) if LEAD_RE.match(ln)]
    if not starts:
        return _fallback_bodies(lines)
    led = _lead_bodies(lines, starts)
    bodies: list[_Body] = []
    prev_end = -1
    for b in led + [_Body(len(lines), len(lines))]:
        bodies += _fragments(lines, prev_end + 1, b.start)
        bodies.append(b)
        prev_end = b.end
    return bodies[:-1]


def _lead_bodies(lines: list[str], starts: list[int]) -> list[_Body]:
    """A body per lead marker, up to its byline, the next lead or a banner."""
    bodies: list[_Body] = []
    for k, s in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(lines)
        body = _Body(s, s)
        i = s
        ended = False
        while i < limit:
            ln = lines[i]
            if i > s and BANNER_RE.match(ln):
                break
            tail = _byline_tail(ln) if ln.strip() else None
            if tail and not (i == s and tail[0] == 0):
                pos, text = tail
                rep, cor, itn, cred = _credits(text)
                body.end, body.tail_cut, body.tail_line = i, pos, i
                j = i + 1
                while j < limit:
                    original = bool(_ORIGINAL_TITLE.match(lines[j]))
                    if not (_is_blank(lines[j]) or original or (_byline_tail(lines[j]) or (1, ""))[0] == 0):
                        break
                    if not _is_blank(lines[j]):
                        if not original:
                            r2, c2, i2, d2 = _credits(lines[j])
                            rep, cor, itn, cred = rep + r2, cor + c2, itn + i2, cred + d2
                        body.end = j
                    j += 1
                body.reporters, body.correspondents = tuple(dict.fromkeys(rep)), tuple(dict.fromkeys(cor))
                body.interns, body.credited = tuple(dict.fromkeys(itn)), tuple(dict.fromkeys(cred))
                ended = True
                break
            if not _is_blank(ln):
                body.end = i
            i += 1
        if not ended:
            # No byline: trailing headline-like lines after the last finished sentence are headlines.
            j = body.end
            while j > s and (_is_blank(lines[j]) or _headline_like(lines[j])):
                j -= 1
            if j < body.end and lines[j].rstrip()[-1:] in TERMINALS + "”":
                body.end = j
        bodies.append(body)
    return bodies


def _standing_headline(lines: list[str], i: int) -> bool:
    """A short line with a comma but no sentence's end, standing alone above another such line (a
    web page's headline, a meta line between): a headline, not the body's first line."""
    if _sentence_like(lines[i]) or not _headline_like(lines[i]) or i + 1 >= len(lines) or not _is_blank(lines[i + 1]):
        return False
    nxt = next((ln for ln in lines[i + 1:] if not _is_blank(ln)), "")
    return bool(nxt) and not _sentence_like(nxt)


def _fallback_bodies(lines: list[str]) -> list[_Body]:
    """Pages with no lead markers: a body is a run of body-like lines, ended by a byline."""
    bodies: list[_Body] = []
    cur: _Body | None = None
    for i, ln in enumerate(lines):
        if _is_blank(ln):
            continue
        tail = _byline_tail(ln)
        if cur is not None and i > cur.start and _BULLET_ITEM.match(ln) and _body_like(ln):
            bodies.append(cur)      # ◆某月某日，…: an e-paper brief's next item begins with its bullet
            cur = None
        if cur is None:
            if (_body_like(ln) and not _standing_headline(lines, i)) or (tail and tail[0] > 0):
                cur = _Body(i, i)
            else:
                continue
        cur.end = i
        if tail:
            cur.tail_cut = tail[0] if tail[0] > 0 or i > cur.start else -1
            cur.reporters, cur.correspondents, cur.interns, cur.credited = _credits(tail[1])
            bodies.append(cur)
            cur = None
    if cur is not None:
        bodies.append(cur)
    return bodies


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[\s\W_]+", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _similarity(headline: list[str], lead: set[str]) -> float:
    """Share of the headline's character bigrams found in the lead's (``lead``: its bigrams)."""
    h = _bigrams("".join(headline))
    if not h:
        return 0.0
    return len(h & lead) / len(h)


# --- headlines -------------------------------------------------------------------------------

_SLOGAN_START = re.compile(
    r"^(?:以|用|全力|切实|确保|促进|提升|聚焦|持续|主动|既要|又要|推动|加快|坚持|打造|谋|夯实|围绕|共谋|各级|让|把|奋力|助力|"
    r"锚定|守牢|筑牢|做好|抓好|积极|全面|深入|扎实|高标准|努力|时刻|凝心|勇于|敢于|着力|推进|为|在|从|向|这个)")
_NEWS_VERB = re.compile(r"召开|调研|视察|督导|观摩|签约|开班|结业|举行|举办|考察|座谈|部署|会议|推进会|开幕|闭幕|成立|启动|"
                        r"慰问|检查|走访|召集|签订|揭牌|授牌|颁奖|表彰|发布|通报|巡察|开展|会见|接待")
_NOUN_END = r"(?:会|会议|工作|活动|座谈|情况|项目|建设|开班|结业|召开|举行|开幕|闭幕)"
_TERMINAL = re.compile(rf"(?:{_NOUN_END[3:-1]}|签约|推进|部署|启动|成立|上新|揭牌|慰问|检查|调研|视察|考察|观摩|督导|发布|通报)[”’」』）)]?$")
# Verbs that want an object: at the end of a line that the next line continues, the title goes on.
_TRANSITIVE_END = re.compile(r"(?:推进|部署|慰问|检查|调研|视察|考察|观摩|督导|发布|通报)[”’」』）)]?$")
_HARD_END = re.compile(rf"{_NOUN_END}[”’」』）)]?$")
_REL_SUBJECT = re.compile(r"^(?:[省市区县镇乡州](?:、[省市区县镇乡州])+|[省市区县镇乡州](?:领导|委|政府|人大|政协|纪委|监委|[\u4e00-\u9fff]{0,8}?(?:局|办|委|会|中心|部|院)))")


def _starts_with_subject(s: str) -> bool:
    if _REL_SUBJECT.match(s):
        return True
    divs = lexicons.divisions()
    for n in range(min(8, len(s)), 1, -1):
        if s[:n] in divs:
            return True
    return False


def _headline_score(text: str, first: bool, continued: bool = False) -> float:
    score = 0.0
    if _starts_with_subject(text):
        score += 3
    if _NEWS_VERB.search(text):
        score += 2
    if _TERMINAL.search(text) and not (continued and _TRANSITIVE_END.search(text)):
        score += 1
    if _SLOGAN_START.match(text):
        score -= 3
    if len(text) > 45:
        score -= 2
    if first:
        score += 0.5
    return score


def parse_headline(lines: list[str], whole_lines: bool = False) -> tuple[str | None, str | None]:
    """(title, subtitle) of a headline block: the part that reads as a news headline is the title.

    Lines may be broken mid-title (narrow columns) and a title and its subtitle may share a line,
    separated by a space; candidate titles are runs of pieces that do not cross a blank line. With
    ``whole_lines`` (a web page: its headline is one element of the page) a line is never split.

    Examples
    --------
    >>> parse_headline(["区领导督导安全生产工作 聚焦重点行业领域 确保安全检查常态长效"])
    ('区领导督导安全生产工作', '聚焦重点行业领域 确保安全检查常态长效')
    >>> parse_headline(["既要把经济发展好 又要把生态环境保护好", "金水区人大常委会专题调研生态环境保护工作"])
    ('金水区人大常委会专题调研生态环境保护工作', '既要把经济发展好 又要把生态环境保护好')
    >>> parse_headline(["区纪委监委机关2024年", "第一次工作谋划会召开"])
    ('区纪委监委机关2024年第一次工作谋划会召开', None)
    """
    # pieces with the kind of boundary before each: "start", "space", "line", "blank"
    pieces: list[tuple[str, str]] = []
    boundary = "start"
    for ln in lines:
        if _is_blank(ln):
            boundary = "blank" if pieces else boundary
            continue
        parts = [ln.strip()] if whole_lines else [p for p in re.split(r"\s+", ln.strip()) if p]
        for j, p in enumerate(parts):
            b = boundary if j == 0 else "space"
            if b == "space" and pieces and len(pieces[-1][0]) <= 5 and not _SLOGAN_START.match(p):
                pieces[-1] = (pieces[-1][0] + p, pieces[-1][1])     # 金水区召开 防汛… is one title
            else:
                pieces.append((p, b))
        boundary = "line"
    if not pieces:
        return None, None
    best: tuple[tuple[float, int, int], int, int] | None = None     # (key, a, b)
    for a in range(len(pieces)):
        for b in range(a + 1, len(pieces) + 1):
            if any(pieces[k][1] == "blank" for k in range(a + 1, b)):
                break
            text = "".join(p for p, _ in pieces[a:b])
            continued = b < len(pieces) and pieces[b][1] == "line"
            score = _headline_score(text, a == 0, continued)
            for k in range(a + 1, b):
                left, right = pieces[k - 1][0], pieces[k][0]
                end_re = _TERMINAL if pieces[k][1] == "space" else _HARD_END
                hard = bool(end_re.search(left)) or bool(_SLOGAN_START.match(right))
                score -= 2 if hard else (0.5 if pieces[k][1] == "space" else 0.25)
            key = (score, -a, -(b - a))          # best score, then the earliest, then the shortest run
            if best is None or key > best[0]:
                best = (key, a, b)
    assert best is not None
    _, a, b = best
    title = "".join(p for p, _ in pieces[a:b])
    rest = [p for k, (p, _) in enumerate(pieces) if not a <= k < b]
    return title, (" ".join(rest) if rest else None)


# --- page ------------------------------------------------------------------------------------

def split_sentences(body: str) -> tuple[Sentence, ...]:
    """Sentence offsets in a body (。！？；, closing quotes kept with their sentence)."""
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(body):
        end = m.end()
        if body[start:end].strip():
            out.append(Sentence(start, end))
        start = end
    if body[start:].strip():
        out.append(Sentence(start, len(body)))
    return tuple(out)


def _body_text(lines: list[str], body: _Body) -> tuple[str, str]:
    """(normalised body, raw body with spaces kept) for the lines of one body, byline removed."""
    seg = list(lines[body.start: body.end + 1])
    if body.tail_cut >= 0:
        # the byline's line is cut where the byline starts; credit lines after it are no text, an
        # original-headline line (（原标题：…）) is the article's
        k = (body.tail_line if body.tail_line >= 0 else body.end) - body.start
        seg = seg[:k] + [seg[k][: body.tail_cut]] + [ln for ln in seg[k + 1:] if _ORIGINAL_TITLE.match(ln)]
    paras: list[list[str]] = [[]]
    for ln in seg:
        if not ln.strip():
            continue
        paras[-1].append(ln)
        if ln.rstrip()[-1:] in TERMINALS or ln.rstrip().endswith(("。”", "！”", "？”")):
            paras.append([])
    raw = "\n".join(join_lines(p) for p in paras if p)
    return drop_stray_spaces(raw), raw


# a site's category tag or a column's before a headline ([某某县] 某某调研…, 【某某】某某…)
_SITE_TAG = re.compile(r"^(?:[\[［][^\]］]{1,8}[\]］]|【[^】]{1,12}】)\s*(?=\S)")


def _lead_byline(body: str) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    m = _LEAD_BYLINE.match(body)
    if not m:
        r = _REPORTS_LEAD.match(body)
        if r and all(_surname_led(n) for n in _split_names(r.group(1))):
            return body[r.end():], tuple(_split_names(r.group(1))), (), ()
        return body, (), (), ()
    return ((m.group(1) or "") + body[m.end():], *parse_credits(m.group(2)))


# an outlet that opens the lead (某某网讯, （某某网·讯）, 某某网消息) or signs its reporter (某某日报记者)
_LEAD_OUTLET = re.compile(r"^[（(【]?(?:据)?(?!本)([\u4e00-\u9fff]{2,14}?(?<!本)(?:网|报|台|客户端|融媒体中心|新闻中心|新闻))"
                          r"(?:[·•]?(?:\d{1,2}月\d{1,2}日)?(?:讯|消息)|记者)")
# a web page's meta line: when it was published, with the year (会议时间：5月6日 is a notice's)
_META_LINE = re.compile(r"(?:^|\s)(?:发布(?:时间|日期)|发稿时间|更新时间|时间|日期)\s*[:：]\s*\d{4}[-/.年]")
# a site's source line names the outlet the article comes from (来源：某某新闻网)
_SOURCE_HEAD = r"(?:信息|稿件|文章|新闻)?来源\s*[:：]\s*"
_SOURCE = re.compile(rf"(?:^|\s){_SOURCE_HEAD}([\u4e00-\u9fff·]{{2,16}}(?:[（(][\u4e00-\u9fff]{{2,8}}[）)])?)(?![\u4e00-\u9fff:：])")
_NO_OUTLET = frozenset(("本站", "本网", "原创", "网络", "转载", "综合", "未知", "互联网", "网友", "投稿", "本报"))
_CREDIT = re.compile(rf"(?:{_BYLINE_ROLE}|[\u4e00-\u9fff]{{2,4}}|[\s、，,：:/])+")
_META_AUTHOR = re.compile(r"(?:作者|撰稿|文)\s*[:：/]\s*(.+?)(?:\s+(?:来源|发布|时间|日期|编辑|浏览|点击)|$)")


# a source line that goes on to credit the reporters (来源：某某融媒体中心 记者 某某 某某)
_SOURCE_LED = re.compile(rf"{_SOURCE_HEAD}[\u4e00-\u9fff·]{{2,16}}\s+")


def _byline_lines(lines: list[str]) -> dict[int, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Lines that only credit reporters before a body: a site's meta line (作者：记者 某某 某某) or a
    line of their own under the headline (某某日报记者 某某 某某); index -> (reporters, correspondents,
    interns).
    A byline after a finished sentence (or after such a byline) closes that body instead."""
    out = {}
    last = ""                                   # the last non-blank line before this one
    for i, ln in enumerate(lines):
        if not ln:
            continue
        prev, last = last, ln
        if len(ln) > 60 or re.search(r"[。！？，,；]", ln):
            continue
        m = _META_AUTHOR.search(ln)
        part = m.group(1) if m else ln
        r = re.search(_BYLINE_ROLE, part)
        if r is None or not _CREDIT.fullmatch(part[r.start():]):
            continue
        source_led = m is None and _SOURCE_LED.fullmatch(part[: r.start()])      # 来源：某某中心 记者 某某
        if m is None and not source_led and (not re.fullmatch(r"[\u4e00-\u9fff]{0,12}", part[: r.start()])
                                             or prev.rstrip()[-1:] in TERMINALS + "”" or _byline_tail(prev)):
            continue
        credited = parse_credits(part[r.start():])
        if any(credited):
            out[i] = credited
    return out


def split_page(source: str, text: str) -> list[Article]:
    """Split a page into articles with title, subtitle, body, date and byline.

    Examples
    --------
    >>> arts = split_page("p.txt", "区长调研防汛工作 压实责任\\n\\n本报讯 5月6日，区长张三调研防汛工作。记者 李四")
    >>> [(a.title, a.subtitle, a.date, a.reporters) for a in arts]
    [('区长调研防汛工作', '压实责任', '--05-06', ('李四',))]
    """
    text = normalize_page(text)
    lines = [ln.strip() for ln in text.split("\n")]
    credits = _byline_lines(lines)
    sources = {i: m.group(1) for i, ln in enumerate(lines) if len(ln) <= 80
               for m in [_SOURCE.search(ln)] if m and m.group(1) not in _NO_OUTLET}
    raw_lines = lines
    lines = ["" if (is_furniture(ln) or i in credits) and not LEAD_RE.match(ln) else ln for i, ln in enumerate(lines)]
    year = page_year(drop_stray_spaces(text))
    captions = _captions_before_leads(lines)
    for i in captions:
        lines[i] = ""
    bodies = _find_bodies(lines)
    lone_headline = not bodies
    if lone_headline:           # no body-like line: the page is its headline, read as body and title
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        if not filled:
            return []
        bodies = [_Body(filled[0], filled[-1])]
    for at, (rep, cor, itn) in sorted(credits.items()):     # a byline line credits the body after it, or the last
        b = next((b for b in bodies if b.start > at), None) or next((b for b in reversed(bodies) if b.end < at), None)
        if b is not None and not (b.reporters or b.correspondents or b.interns):
            b.reporters, b.correspondents, b.interns = rep, cor, itn
    held: dict[int, list[str]] = {}      # a caption before a lead is the text of the body after it
    for at, caption in captions.items():
        k = next((k for k, b in enumerate(bodies) if b.start > at), None)
        if k is not None:
            held.setdefault(k, []).append(caption)
    for at, outlet in sorted(sources.items()):         # a 来源 line credits the body after it, or the last
        b = next((b for b in bodies if b.start > at), None) or next((b for b in reversed(bodies) if b.end < at), None)
        if b is not None and outlet not in b.outlets:
            b.outlets += (outlet,)
    web = bool(sources) or any(_META_LINE.search(ln) for ln in raw_lines)    # a 来源 line or a dated meta line
    texts = [_body_text(lines, b) for b in bodies]
    leads = [t[0][:400] for t in texts]
    # gaps: lines before bodies[0], between bodies, after the last
    gaps: list[list[str]] = []
    prev_end = -1
    for b in bodies:
        gaps.append(lines[prev_end + 1: b.start])
        prev_end = b.end
    gaps.append(lines[prev_end + 1:])
    heads = _assign_headlines(gaps, leads)
    articles: list[Article] = []
    for i, (b, (body, raw)) in enumerate(zip(bodies, texts)):
        body = _lead_byline(body)[0]
        raw, rep2, cor2, itn2 = _lead_byline(raw)
        head = lines[b.start: b.end + 1] if lone_headline else heads[i]
        title, subtitle = parse_headline(head, web) if head else (None, None)
        if title:       # a web headline's spaces part its phrases; a PDF's are stray
            title = " ".join(title.split()) if web else drop_stray_spaces(title)
            title = _SITE_TAG.sub("", title, count=1) or title   # [某某县] 某某…: the site's category tag
        rep = tuple(dict.fromkeys(b.reporters + rep2))
        cor = tuple(dict.fromkeys(b.correspondents + cor2))
        first = raw.replace("\n", "")[:20]
        if held.get(i):     # the photo's caption is the article's text, after its own
            body, raw = "\n".join([body] + [drop_stray_spaces(c) for c in held[i]]), "\n".join([raw] + held[i])
        articles.append(Article(
            source=source, index=i, title=title, subtitle=subtitle, body=body, first_words=first,
            date=article_date(body, year), reporters=rep, correspondents=cor,
            interns=tuple(dict.fromkeys(b.interns + itn2)), credited=b.credited, sentences=split_sentences(body),
            outlets=tuple(dict.fromkeys(b.outlets + _lead_outlet(raw)))))
    return articles


# a photo's caption: a line that ends with the photographer's credit in brackets (（记者 某某 摄）)
_CAPTION = re.compile(r"[（(][^（）()]{0,24}摄(?:影)?[^（）()]{0,12}[）)]\s*$")


def _captions_before_leads(lines: list[str]) -> dict[int, str]:
    """Photo captions set between a headline and the lead (某某在某村考察。（某某 摄）, then 本报讯…):
    no article of their own, and no headline either; line index -> caption."""
    out: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if not ln or len(ln) > 200 or not _CAPTION.search(ln) or LEAD_RE.match(ln):
            continue
        nxt = next((x for x in lines[i + 1:] if not _is_blank(x)), "")
        if LEAD_RE.match(nxt):
            out[i] = ln
    return out


def _lead_outlet(lead: str) -> tuple[str, ...]:
    """The outlet a lead opens with (某某政务网消息, （某某网·讯）), if it names one of its own."""
    m = _LEAD_OUTLET.match(lead.lstrip())
    return (m.group(1),) if m and m.group(1) not in _NO_OUTLET else ()


def _assign_headlines(gaps: list[list[str]], leads: list[str]) -> list[list[str]]:
    """Give each body at most one headline group, from the gap before it or the gap after it."""
    n = len(leads)
    lead_grams = [_bigrams(lead) for lead in leads]

    def groups(gap: list[str]) -> tuple[list[list[str]], list[int]]:
        """Headline groups of a gap, and the indices of groups that follow a banner (they go forward)."""
        gs: list[list[str]] = [[]]
        after_banner: list[int] = []
        for ln in gap:
            if BANNER_RE.match(ln):
                if gs[-1]:
                    gs.append([])
                after_banner.append(len(gs) - 1)
                continue
            if _is_blank(ln):
                if gs[-1] and gs[-1][-1] != "":
                    gs[-1].append("")
                continue
            gs[-1].append(ln)
        return gs, after_banner

    # Candidate splits of each gap: (trailing part for body i-1, leading part for body i).
    options: list[list[tuple[list[str], list[str]]]] = []
    for gi, gap in enumerate(gaps):
        gs, after_banner = groups(gap)
        flat_blocks = _blocks(gs)
        first_forced = min(after_banner) if after_banner else len(flat_blocks)
        opts = []
        for k in range(len(flat_blocks) + 1):
            if k > first_forced:
                break
            back = [ln for blk in flat_blocks[:k] for ln in blk + [""]]
            fwd = [ln for blk in flat_blocks[k:] for ln in blk + [""]]
            opts.append((back, fwd))
        if gi == 0:
            opts = [([], opts[0][1])]
        if gi == n:
            opts = [([ln for blk in flat_blocks for ln in blk + [""]], [])]
        options.append(opts)

    # DP over bodies: state = body i already has a leading headline. A trailing part that the body
    # before cannot take (it has its headline already) is left to no body, so some split always fits.
    best: dict[bool, tuple[float, list[tuple[list[str], list[str]]]]] = {False: (0.0, [])}
    for gi in range(n + 1):
        nxt: dict[bool, tuple[float, list[tuple[list[str], list[str]]]]] = {}
        for has_lead, (score, path) in best.items():
            for back, fwd in options[gi]:
                s = score
                if any(ln for ln in back):
                    if gi == 0 or has_lead:
                        back, s = [], s - 1.0
                    else:
                        s += _similarity(back, lead_grams[gi - 1])
                if any(ln for ln in fwd):
                    if gi == n:
                        continue
                    s += _similarity(fwd, lead_grams[gi]) + 0.05
                state = bool(any(ln for ln in fwd))
                if state not in nxt or s > nxt[state][0]:
                    nxt[state] = (s, path + [(back, fwd)])
        best = nxt
    _, path = max(best.values(), key=lambda v: v[0])
    heads: list[list[str]] = [[] for _ in range(n)]
    for gi, (back, fwd) in enumerate(path):
        if any(ln for ln in back):
            heads[gi - 1] = back
        if any(ln for ln in fwd) and gi < n:
            heads[gi] = fwd
    return [_strip_blank(h) for h in heads]


def _blocks(gs: list[list[str]]) -> list[list[str]]:
    """Split groups at blank lines into blocks (a block is lines with no blank between)."""
    out: list[list[str]] = []
    for g in gs:
        cur: list[str] = []
        for ln in g:
            if ln == "":
                if cur:
                    out.append(cur)
                cur = []
            else:
                cur.append(ln)
        if cur:
            out.append(cur)
    return out


def _strip_blank(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines = lines[:-1]
    while lines and not lines[0]:
        lines = lines[1:]
    return lines
