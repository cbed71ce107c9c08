"""Articles from page structure: headlines before or after bodies, bylines anywhere, dates from the lead."""
import pytest

from kg.text.dates import article_date, page_year
from kg.text.split import parse_byline, parse_headline, split_page

HEADLINES = [
    (["二七区召开二季度产业发展暨经济工作推进会 以实干实绩交出优异答卷"], "二七区召开二季度产业发展暨经济工作推进会", "以实干实绩交出优异答卷"),
    (["西湖区召开 防汛应急演练动员会"], "西湖区召开防汛应急演练动员会", None),
    (["坚持项目为王 持续攻坚突破", "城关镇召开重点项目推进会"], "城关镇召开重点项目推进会", "坚持项目为王 持续攻坚突破"),
    (["县纪委监委机关2024年", "第一次工作谋划会召开"], "县纪委监委机关2024年第一次工作谋划会召开", None),
    (["市、区人大代表视察", "龙湖区退役军人工作"], "市、区人大代表视察龙湖区退役军人工作", None),
    (["区领导带队赴深圳开展招商活动", "", "用“第一力度”抓招商引资"], "区领导带队赴深圳开展招商活动", "用“第一力度”抓招商引资"),
]


@pytest.mark.parametrize("lines,title,subtitle", HEADLINES)
def test_headline_title_is_the_part_that_reads_as_news(lines, title, subtitle):
    assert parse_headline(lines) == (title, subtitle)


@pytest.mark.parametrize("text,reporters,correspondents", [
    ("记者 景静 通讯员 左学彬 周祎", ("景静",), ("左学彬", "周祎")),
    ("记者张三通讯员李四", ("张三",), ("李四",)),
    ("本报记者 王五", ("王五",), ()),
])
def test_byline_names_reporters_and_correspondents(text, reporters, correspondents):
    assert parse_byline(text) == (reporters, correspondents)


def test_headline_after_its_body_goes_to_that_body():
    page = ("本报讯 5月18日下午，县委书记张三来到城关镇调研产业项目运行情况。\n记者 王五\n\n"
            "县领导调研城关镇产业项目运行情况\n\n"
            "本报讯 5月19日，县政府召开防汛工作会议，部署防汛备汛工作。\n记者 王五\n\n"
            "县政府召开防汛工作会议\n")
    arts = split_page("x.txt", page)
    assert [a.title for a in arts] == ["县领导调研城关镇产业项目运行情况", "县政府召开防汛工作会议"]


def test_banner_separates_short_items():
    page = ("县里召开大会\n\n本报讯 5月1日，县里召开大会。记者 甲乙\n\n■新闻连连看\n\n"
            "镇领导视察河道\n\n本报讯 5月2日，镇领导视察河道整治。记者 甲乙\n")
    arts = split_page("x.txt", page)
    assert [a.title for a in arts] == ["县里召开大会", "镇领导视察河道"]


def test_lines_broken_mid_word_are_joined():
    page = "县长调研\n\n本报讯 5月6日，县委书\n记张三主持会\n\n议。记者 李四\n"
    a = split_page("x.txt", page)[0]
    assert "县委书记张三主持会议" in a.body and a.reporters == ("李四",)


@pytest.mark.parametrize("lead,year,expected", [
    ("本报讯 5月4日上午,二七区", 2023, "2023-05-04"),
    ("本报讯 近日，区长", 2023, None),
    ("本报讯 11月 19日~21日，", None, "--11-19"),
    ("本报讯 二〇二三年十一月二十四日，", None, "2023-11-24"),
    ("本报讯 为切实将成果转化，3月28日，二七区召开", 2021, "2021-03-28"),
])
def test_article_date_from_lead(lead, year, expected):
    from kg.text.normalize import drop_stray_spaces
    assert article_date(drop_stray_spaces(lead), year) == expected


def test_page_year_is_the_most_named_year():
    assert page_year("2024年工作谋划……2023年第四次……2023年度") == 2023
    assert page_year("5月4日") is None


def test_a_headline_with_a_comma_above_a_meta_line_is_no_body():
    from kg.text.split import split_page
    page = ("投资总额达12亿元，青禾县又有6个项目集中开工\n| 招商动态 |2021-03-16\n青禾县举行项目集中开工仪式\n"
            "3月15日，青禾县举行招商引资项目集中开工仪式，6个项目总投资12亿元。\n")
    (a,) = split_page("p.txt", page)
    assert a.body.startswith("3月15日") and "投资总额" in (a.title or "") + (a.subtitle or "")
    assert a.date == "2021-03-15"


def test_interns_in_a_byline_are_credited_apart_from_reporters():
    from kg.extract.pipeline import extract_text
    r = extract_text("县政协召开常委会议\n\n青禾县融媒体中心1月5日讯（记者：苏念 、顾远  实习生：林一诺）5日，县政协召开会议。\n",
                     "p.txt")
    (a,) = r.articles
    assert a.reporters == ("苏念", "顾远") and a.interns == ("林一诺",)
    assert ("林一诺", "实习生") in {(p.person, p.title) for p in a.posts}
    assert ("person", "林一诺") in {(e.type, e.name) for e in a.entities}


def test_a_web_headline_of_spaced_phrases_is_one_title():
    from kg.text.split import split_page
    page = ("今天是\n\n当前位置:首页 > 要闻 > 本地动态\n\n"
            "守护绿水青山 共建美丽家园 柳溪县开展春季植树活动\n\n"
            " 时间:2024-04-12       来源: 柳溪县融媒体中心\n\n"
            "4月11日，柳溪县干部群众来到河滩荒地，栽下了三千株树苗。\n")
    (a,) = split_page("p.txt", page)
    assert a.title == "守护绿水青山 共建美丽家园 柳溪县开展春季植树活动" and a.subtitle is None


@pytest.mark.parametrize("lead,outlet", [
    ("青禾政务网消息 5月6日，县政协召开会议。", "青禾政务网"),
    ("（乡村振兴信息网·讯）5月6日，青禾县召开会议。", "乡村振兴信息网"),
    ("本网讯 5月6日，青禾县召开会议。", None),
])
def test_an_outlet_opening_the_lead_is_credited(lead, outlet):
    from kg.text.split import split_page
    (a,) = split_page("p.txt", "青禾县召开会议\n\n" + lead + "\n")
    assert a.outlets == ((outlet,) if outlet else ())


def test_a_headline_run_into_the_lead_marker_credits_no_outlet():
    from kg.text.split import split_page
    (a,) = split_page("p.txt", "柳溪加快培养年轻干部本报讯 柳溪县今年选拔了一批年轻干部。\n")
    assert a.outlets == ()


@pytest.mark.parametrize("tail,reporters,correspondents,credited", [
    ("(钱 涛 记者孙 群)", ("孙群",), (), ("钱涛",)),           # padded two-character names, one without a role
    ("（记者 钱立 通讯员 孙 群）", ("钱立",), ("孙群",), ()),
    ("（王立新、钱小明）", (), (), ("王立新", "钱小明")),       # a bracket of names alone
])
def test_a_bracketed_credit_after_the_last_sentence_is_the_byline(tail, reporters, correspondents, credited):
    from kg.extract.pipeline import extract_text
    r = extract_text("市领导调研重点项目\n\n近日，副市长赵立新率调研组调研重点项目建设。" + tail + "\n", "p.txt")
    (a,) = r.articles
    assert (a.reporters, a.correspondents, a.credited) == (reporters, correspondents, credited)
    assert tail[-3:-1] not in a.body
    assert set(reporters + correspondents + credited) <= {e.name for e in a.entities if e.type == "person"}


def test_a_bracket_that_names_no_one_is_no_byline():
    from kg.text.split import split_page
    (a,) = split_page("p.txt", "调研\n\n近日，副市长赵立新调研重点项目建设。（上图）\n")
    assert a.credited == () and "上图" in a.body


def test_an_original_headline_after_the_byline_stays_with_the_article_and_credit_lines_leave_its_text():
    from kg.text.split import split_page
    (a,) = split_page("p.txt", "青禾镇签约合作\n\n本报讯 日前，青禾镇与蓝鲸集团签约。（钱立平）\n\n（原标题：青禾镇携手蓝鲸集团）\n")
    assert a.credited == ("钱立平",) and "原标题" in a.body and "钱立平" not in a.body
    (b,) = split_page("p.txt", "调研\n\n本报讯 5月6日，区长张三调研防汛工作。记者 李四\n通讯员 王五\n")
    assert b.reporters == ("李四",) and b.correspondents == ("王五",)
    assert "李四" not in b.body and "王五" not in b.body


@pytest.mark.parametrize("tail", ["（江苏）", "（全文完）", "（待续）"])
def test_a_bracket_of_a_place_or_a_mark_credits_no_one(tail):
    from kg.text.split import split_page
    (a,) = split_page("p.txt", "调研\n\n近日，副市长赵立新调研重点项目建设。" + tail + "\n")
    assert a.credited == () and tail[1:-1] in a.body


def test_a_bracket_of_an_everyday_word_names_no_person():
    from kg.extract.pipeline import extract_text
    r = extract_text("调研\n\n近日，副市长赵立新调研重点项目建设，细化实施方案。（方案）\n", "p.txt")
    assert {e.name for a in r.articles for e in a.entities if e.type == "person"} == {"赵立新"}


def test_credits_with_a_kind_of_reporter_and_a_date_span_without_its_first_day_mark():
    from kg.extract.pipeline import extract_text
    a = extract_text("3月19—20日，县委书记孔立明主持召开会议。（全媒体记者 蒋文清）").articles[0]
    assert a.reporters == ("蒋文清",) and a.date == "--03-19"


def test_scraps_of_the_page_s_style_code_are_furniture_and_the_headline_stands():
    page = ("1200_150px;\n设为首页 加入收藏\n当前位置:首页 > 政协要闻\n960_90px;\n\n"
            "青禾县政协开展重点项目监督性视察\n\n发表时间:2024-11-25\n\n"
            "11月22日，青禾县政协主席王立群带队视察重点项目建设情况。视察组先后来到产业园和体育公园。\n")
    arts = split_page("p.txt", page)
    assert [a.title for a in arts] == ["青禾县政协开展重点项目监督性视察"]
    assert "px" not in arts[0].body


@pytest.mark.parametrize("lead,reporters", [
    ("（记者 孟青禾/文 韩立/图）5月6日，县长李青山到黄泥镇调研。", ("孟青禾", "韩立")),   # who wrote, who took the photo
    ("记者孟青禾报道：5月6日，县长李青山到黄泥镇调研。", ("孟青禾",)),                     # the lead opens with its reporter
    ("本报记者孟青禾、韩立报道：5月6日，县长李青山到黄泥镇调研。", ("孟青禾", "韩立")),
])
def test_a_credit_of_parts_done_and_a_lead_that_opens_with_its_reporter_are_bylines(lead, reporters):
    arts = split_page("p.txt", "县长调研防汛工作\n\n" + lead)
    assert arts[0].reporters == reporters and arts[0].body.startswith("5月6日")


def test_a_markdown_image_a_media_placeholder_and_a_cut_font_switch_are_furniture():
    page = ("![](http://example.cn/a.jpg!40)\n县政协开展工业视察\n打印 【字体:\n图片\n"
            "县政协主席孟青禾带队视察企业，县委常委韩立参加。")
    arts = split_page("p.txt", page)
    assert [(a.title, a.subtitle) for a in arts] == [("县政协开展工业视察", None)]
    assert arts[0].body.startswith("县政协主席")


@pytest.mark.parametrize("lead", ["青禾新闻网4月16日电", "新华社柳州4月16日电", "本报讯"])
def test_a_bracketed_byline_after_a_wire_dateline_names_the_reporters(lead):
    page = f"会议召开\n\n{lead}（记者 龙一航 陈星宇）4月15日，县委书记周立群主持会议。\n"
    assert split_page("p.txt", page)[0].reporters == ("龙一航", "陈星宇")


def test_a_source_line_that_credits_reporters_after_the_body_names_them():
    page = "会议召开\n\n4月15日，县委书记周立群主持会议。\n\n来源：青禾县融媒体中心 记者 袁一勤 卢伟斌\n"
    a = split_page("p.txt", page)[0]
    assert a.reporters == ("袁一勤", "卢伟斌") and a.outlets == ("青禾县融媒体中心",)


def test_each_bulleted_item_of_an_e_paper_brief_is_an_article():
    page = ("要闻简报\n\n◆4月15日，县委书记周立群到柳溪镇调研春耕生产。他强调，要抓好春耕。\n\n"
            "◆4月16日，县长吴清主持召开县政府常务会议。会议研究了有关事项。\n\n◆4月17日，县人大常委会主任钱安民带队视察。\n")
    arts = split_page("p.txt", page)
    assert [a.date for a in arts] == ["--04-15", "--04-16", "--04-17"]
