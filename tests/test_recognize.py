"""Recognisers on sentences of the genre, with names that are not in the seeds."""
import pytest

from kg.extract.pipeline import extract_text
from kg.extract.persons import find_titled
from kg.extract.spans import suffix_mentions

CHAINS = [
    ("县委常委、宣传部长、县委办主任刘明远参加。", "刘明远", ["县委常委", "宣传部长", "县委办主任"]),
    ("市委副书记、市长欧阳建华主持会议。", "欧阳建华", ["市委副书记", "市长"]),
    ("区政协党组书记、主席乔丽带队视察。", "乔丽", ["区政协党组书记", "主席"]),
    ("县领导王一鸣、李秀、孙国强参加。", "孙国强", ["县领导"]),
]


@pytest.mark.parametrize("text,name,titles", CHAINS)
def test_title_chain_gives_one_item_per_post(text, name, titles):
    found = {t.name: [i.title for i in t.items] for t in find_titled(text)}
    assert found[name] == titles


def test_shared_title_distributes_over_a_name_list():
    assert [t.name for t in find_titled("区领导王一鸣、李秀、孙国强参加会议。")] == ["王一鸣", "李秀", "孙国强"]


def test_posts_attach_to_bodies_with_the_page_district():
    r = extract_text("召开会议\n\n本报讯 5月6日，金水区召开会议。区委常委、统战部长、区委办主任刘明远主持会议，"
                     "区长孙国强讲话。刘明远指出，要抓好落实。记者 王五\n")
    posts = {(p.person, p.title): (p.org, p.role) for p in r.articles[0].posts}
    assert posts[("刘明远", "统战部长")] == ("金水区委统战部", "部长")
    assert posts[("刘明远", "区委办主任")] == ("金水区委办", "主任")
    assert posts[("孙国强", "区长")] == ("金水区政府", "区长")
    assert posts[("王五", "记者")] == (None, "记者")


def test_bare_later_mention_is_the_titled_person_and_adds_no_post():
    r = extract_text("会议\n\n本报讯 5月6日，县委书记张德明主持会议。张德明指出，要抓落实。记者 王五\n")
    a = r.articles[0]
    assert sum(m.text == "张德明" for m in a.mentions if m.type == "person") == 2
    assert [p.title for p in a.posts if p.person == "张德明"] == ["县委书记"]


@pytest.mark.parametrize("text,expected", [
    ("张三先后来到洛阳市涧西区人民法院、涧西区司法局调研", [("洛阳市涧西区人民法院", "body"), ("涧西区司法局", "body")]),
    ("随后考察了杭州云栖科技有限公司。", [("杭州云栖科技有限公司", "body")]),
    ("实地察看了城北新区污水管网改造工程进展", [("城北新区污水管网改造工程", "project")]),
    ("到黄泥镇督导工作", [("黄泥镇", "place")]),
])
def test_names_end_in_their_suffix_and_start_after_the_verb(text, expected):
    assert [(m.text, m.type) for m in suffix_mentions(text)] == expected


def test_generic_phrases_are_not_entities():
    assert suffix_mentions("各相关部门、区直各单位要确保项目按期完成，推进重大项目建设。") == []


def test_short_form_links_to_the_long_form_on_the_page():
    r = extract_text("签约\n\n本报讯 7月31日，金水区人民政府与中建第七工程局有限公司签订协议。中建七局将发挥优势。记者 王五\n")
    ents = {e.name: e.aliases for e in r.articles[0].entities if e.type == "body"}
    assert "中建七局" in ents["中建第七工程局有限公司"]


JOINED = [
    ("县自然资源和规划局局长孙立参加。", ["县自然资源和规划局"]),
    ("市住房和城乡建设局、市文化和旅游局负责同志陪同。", ["市住房和城乡建设局", "市文化和旅游局"]),
    ("白桦大厦和青禾商务中心两个项目", ["白桦大厦"]),       # two names joined by 和 stay two
]


@pytest.mark.parametrize("text,bodies", JOINED)
def test_an_organ_named_for_two_fields_keeps_its_and(text, bodies):
    names = [m.text for m in suffix_mentions(text)]
    assert all(b in names for b in bodies) and not any(n.startswith("和") or "大厦和" in n for n in names)


ELECTED = [
    ("经选举，钱安民、孙连武当选为青禾县人民政府副县长。", {("钱安民", "青禾县人民政府副县长"), ("孙连武", "青禾县人民政府副县长")}),
    ("周立、吴清、郑海等县四大家领导出席。", {("周立", "县四大家领导"), ("吴清", "县四大家领导"), ("郑海", "县四大家领导")}),
    ("学习贯彻李明华总书记重要讲话精神。", {("李明华", "总书记")}),
]


@pytest.mark.parametrize("text,posts", ELECTED)
def test_names_before_their_title_hold_it(text, posts):
    r = extract_text(text, "p.txt")
    assert posts <= {(p.person, p.title) for a in r.articles for p in a.posts}


def test_names_listed_beside_a_person_are_persons():
    r = extract_text("县委书记周承岳会见了王建民、李卫和赵雪梅等客商代表。", "p.txt")
    persons = {e.name for a in r.articles for e in a.entities if e.type == "person"}
    assert {"周承岳", "王建民", "李卫", "赵雪梅"} <= persons


LED = [
    ("年产8万吨饲料加工项目开工建设。", "年产8万吨饲料加工项目", "project"),   # a capacity is part of the name
    ("县长率县人大调研组到场。", "县人大调研组", None),                              # 率 leads, it is no part
    ("主动融入长三角一体化发展。", "长三角", "place"),
]


@pytest.mark.parametrize("text,name,kind", LED)
def test_names_start_where_the_genre_starts_them(text, name, kind):
    found = {m.text: m.type for m in suffix_mentions(text)}
    r = extract_text(text, "p.txt")
    found.update({e.name: e.type for a in r.articles for e in a.entities})
    if kind:
        assert found.get(name) == kind, found
    assert not any(n.startswith(("率", "更多")) for n in found), found


def test_a_county_level_citys_paper_means_itself_by_shi():
    r = extract_text("本报讯 5月6日，义乌市召开会议。市委书记张三主持，义乌市市长李四讲话。记者 王五\n", "p.txt")
    posts = {(p.person, p.title): p.org for a in r.articles for p in a.posts}
    assert r.region.district == "义乌市" and posts[("张三", "市委书记")] == "义乌市委"


def test_a_party_committee_is_no_short_form_of_the_congress_committee():
    r = extract_text("考察团到平遥县考察。平遥县委书记孙立群，县人大常委会主任周海参加。", "p.txt")
    orgs = {p.title: p.org for a in r.articles for p in a.posts}
    assert orgs["平遥县委书记"] == "平遥县委" and orgs["县人大常委会主任"] == "平遥县人大常委会"


def test_a_chain_of_divisions_names_each_division():
    r = extract_text("代表团赴四川省阿坝藏族羌族自治州考察。", "p.txt")
    places = {e.name for a in r.articles for e in a.entities if e.type == "place"}
    assert {"四川省", "阿坝藏族羌族自治州"} <= places and "四川省阿坝藏族羌族自治州" not in places


def test_a_region_is_named_with_its_diqu():
    r = extract_text("助推中西部地区发展。", "p.txt")
    assert "中西部地区" in {e.name for a in r.articles for e in a.entities if e.type == "place"}


def test_a_countrys_government_names_the_country_and_ministries_are_bodies():
    r = extract_text("挪威政府表示支持。据外交部发言人介绍，双方达成共识。", "p.txt")
    ents = {(e.type, e.name) for a in r.articles for e in a.entities}
    assert ("place", "挪威") in ents and ("body", "挪威政府") not in ents and ("body", "外交部") in ents


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for a in extract_text(text, "p.txt").articles for e in a.entities}


def _named(text: str, kind: str) -> set[str]:
    """The names of one type the text's entities hold."""
    return {n for t, n in _entities(text) if t == kind}


def _posts(lead: str) -> set[tuple[str, str, str | None]]:
    """(person, title, org) of a one-article page whose lead (after 本报讯) is ``lead``."""
    r = extract_text("会议\n\n本报讯 " + lead + "\n", "p.txt")
    return {(p.person, p.title, p.org) for p in r.articles[0].posts}


@pytest.mark.parametrize("text,expected,not_expected", [
    # adverbs, conjunctions and verbs of the clause do not begin the name after them
    ("目前全市只有青禾县农业保险公司开办这项业务。", ("body", "青禾县农业保险公司"), ("body", "目前全市只有青禾县农业保险公司")),
    ("有关方面并未批准蓝鲸航天公司的申请。", ("body", "蓝鲸航天公司"), ("body", "未批准蓝鲸航天公司")),
    # an international organisation and a federation named by jieba's dictionary, with no suffix of kg's
    ("世界卫生组织的专家与国际足联官员座谈。", ("body", "世界卫生组织"), ("body", "世界卫生组织的专家")),
    ("世界卫生组织的专家与国际足联官员座谈。", ("body", "国际足联"), ("place", "国际")),
    # a province's team is a body, its delegation to a congress stays the province
    ("比赛中，辽宁队先进一球。", ("body", "辽宁队"), ("place", "辽宁")),
    ("会上，辽宁代表团审议报告。", ("place", "辽宁"), ("body", "辽宁代表团")),
    # a country that jieba joins to the next word (中国国情) or a country's government is named
    ("坚持一切从中国国情出发。", ("place", "中国"), ("body", "中国国情")),
    ("声明说，印度政府已采取措施。", ("place", "印度"), ("body", "印度政府")),
])
def test_names_stand_apart_from_the_clause_around_them(text, expected, not_expected):
    ents = _entities(text)
    assert expected in ents and not_expected not in ents


def test_a_count_of_unnamed_bodies_names_none():
    ents = _entities("镇上两所学校和三家电脑公司的职工参加活动。")
    assert not [n for t, n in ents if t == "body"]


@pytest.mark.parametrize("text,places,not_places", [
    # items of a list closed by 等县 are counties, the first written after its prefecture
    ("考察团先后到阿坝州汶川、松潘、若尔盖等县考察。", {"阿坝州", "汶川", "松潘", "若尔盖"}, {"阿坝州汶川"}),
    ("工作组走访了东山、西岭和南坪等村。", {"东山", "西岭", "南坪"}, set()),
    # 等 before a word that begins with a head (等国际机构) closes no list of places
    ("美联社、法新社等国际通讯社派出记者。", set(), {"美联社", "法新社"}),
    # a division's short name before 街道 is no split of the street office's name
    ("调研组前往青云街道、白鹭街道等地调研。", {"青云街道", "白鹭街道"}, {"青云", "街道"}),
    # a suffix that ends an everyday word (城乡, 家乡) makes no town
    ("眼见江南城乡日新月异，他回到家乡。", set(), {"南城乡", "回到家乡"}),
])
def test_lists_of_divisions_name_each(text, places, not_places):
    found = _named(text, "place")
    assert places <= found and not (not_places & found)


@pytest.mark.parametrize("form,full", [
    ("阿坝", "阿坝藏族羌族自治州"), ("阿坝州", "阿坝藏族羌族自治州"), ("湘西", "湘西土家族苗族自治州"),
    ("长阳县", "长阳土家族自治县"), ("莫力达瓦旗", "莫力达瓦达斡尔族自治旗"), ("伊犁", "伊犁哈萨克自治州"),
])
def test_an_autonomous_division_is_known_by_its_own_name(form, full):
    from kg import lexicons
    assert full in {d.name for d in lexicons.divisions()[form]}


def test_short_names_of_autonomous_prefectures_are_places_not_persons():
    ents = _entities("双方认为，阿坝、黔南都是民族地区，交流合作前景广阔。")
    assert {("place", "阿坝"), ("place", "黔南")} <= ents and not [n for t, n in ents if t == "person"]


@pytest.mark.parametrize("text,bodies,not_bodies", [
    # a congress or a committee of one term is named with its term; a standing committee without it
    ("青禾县第六届人民代表大会第三次会议开幕。", {"青禾县第六届人民代表大会"}, {"人民代表大会"}),
    ("政协青禾县第十三届委员会第一次会议开幕。", {"政协青禾县第十三届委员会"}, {"政协青禾县委员会"}),
    ("青禾县十七届人大常委会第五次会议召开。", {"青禾县人大常委会"}, set()),
    # a meeting and a body joined by 和 are two names (会议和 is 会议 + 和)
    ("列席了青禾县九届人大二次会议和白鹭市六届人大三次会议。", {"青禾县九届人大", "白鹭市六届人大"}, set()),
    # 常委 ends a title, and fields listed before 等部门 name no body
    ("市委常委、秘书长王一鸣和州发改、财政、交通等部门负责人参加。", set(), {"市委常委", "财政", "交通", "州发改"}),
    # but a list of companies may name them by brand
    ("走访了青禾科技、白鹭村、蓝湾电器等企业。", {"白鹭村", "蓝湾电器"}, set()),
])
def test_bodies_are_named_as_the_text_names_them(text, bodies, not_bodies):
    found = _named(text, "body")
    assert bodies <= found and not (not_bodies & found)


def test_relative_forms_on_an_autonomous_prefectures_page_use_its_common_form():
    from kg.extract.resolve import canonical_body
    from kg.model import Region
    region = Region(None, "阿坝藏族羌族自治州", "四川省")
    assert canonical_body("州委", region) == "阿坝州委" and canonical_body("州政府", region) == "阿坝州政府"


def test_a_title_before_a_colon_list_is_held_by_every_name():
    r = extract_text("青禾县人大会议举行\n\n本报讯 会议的执行主席是：钱安民、孙连武、周立、吴清。会议听取了报告。\n", "p.txt")
    posts = {(p.person, p.title) for a in r.articles for p in a.posts}
    assert {("钱安民", "执行主席"), ("孙连武", "执行主席"), ("周立", "执行主席"), ("吴清", "执行主席")} <= posts
    # a colon after a title that introduces no list of names gives nothing
    r = extract_text("青禾县召开会议\n\n本报讯 县长表示：要抓好落实。\n", "p.txt")
    assert not [p for a in r.articles for p in a.posts]


def test_a_phrase_of_actions_before_a_suffix_names_no_project():
    ents = _entities("要一个项目一个项目做实做细项目管理，推进提质扩群项目落实，察看白鹭垌项目。")
    projects = {n for t, n in ents if t == "project"}
    assert "白鹭垌项目" in projects and not [p for p in projects if "做细" in p or p.startswith("提质")]


def test_a_club_of_a_place_is_a_body_not_the_place():
    ents = _entities("沈阳飞鹰队主场迎战大连蓝鲸队。")
    assert {("body", "沈阳飞鹰队"), ("body", "大连蓝鲸队")} <= ents and ("place", "沈阳") not in ents


@pytest.mark.parametrize("text,place", [
    ("由荷兰人出任行长。", "荷兰"),                    # a place's people: jieba joins them as one word
    ("美国银行界一直感到规矩太多。", "美国"),            # 美国银行 is no word here, 美国 is
    ("首先是以色列政府对立场作出调整。", "以色列"),       # 以 of 以色列 is no stop
])
def test_a_country_is_named_inside_the_words_jieba_makes_of_it(text, place):
    assert ("place", place) in _entities(text)


def test_a_slogan_built_on_a_country_names_no_place():
    assert not _entities("必须深刻把握中国式现代化的要求。")


@pytest.mark.parametrize("text,places", [
    ("草场东南接青海省玛多县。", {"青海省", "玛多县"}),                 # a county written after its province
    ("走访了黄泥镇王庄村和青石乡。", {"黄泥镇", "王庄村", "青石乡"}),    # a village written after its town
    ("调研了和岭镇王庄村。", {"和岭镇", "王庄村"}),                     # 和 of 和岭镇 is no stop
])
def test_divisions_written_one_after_another_are_each_named(text, places):
    assert places <= _named(text, "place")


def test_a_nursery_is_a_body():
    assert ("body", "青禾县阳光托育园") in _entities("市领导察看了青禾县阳光托育园。")


def test_disciplines_and_events_are_no_bodies_though_jieba_tags_them_so():
    ents = _entities("他长期从事天文学和社会科学研究，常去音乐会，后来进入青岛大学。")
    bodies = {n for t, n in ents if t == "body"}
    assert not ({"天文学", "社会科学", "音乐会"} & bodies) and "青岛大学" in bodies


def test_a_role_that_heads_an_everyday_word_titles_no_one():
    ents = _entities("领导班子建设要加强，县长王家卫主持会议。")
    assert {n for t, n in ents if t == "person"} == {"王家卫"}


@pytest.mark.parametrize("text,body,not_body", [
    ("县人民检察院提请县人大常委会审议议案。", "县人大常委会", "县人民检察院提请县人大常委会"),
    ("县委督查组督查青岛市实验中学党支部。", "青岛市实验中学党支部", "县委督查组督查青岛市实验中学党支部"),
])
def test_a_verb_before_a_division_ends_the_name_before_it(text, body, not_body):
    texts = {m.text for a in extract_text(text, "p.txt").articles for m in a.mentions}
    assert body in texts and not_body not in texts


def test_a_sumu_and_a_gacha_are_divisions_named_like_townships_and_villages():
    places = {n for t, n in _entities("旗长到乌兰苏木推进工作，走访了巴彦嘎查。") if t == "place"}
    assert {"乌兰苏木", "巴彦嘎查"} <= places


@pytest.mark.parametrize("text,name,not_name", [
    ("小徐丽告诉记者，她已伤愈出院。", "徐丽", "小徐丽"),
    ("老李强表示支持。", "李强", "老李强"),
    ("村里人称伏羲氏为始祖。", "伏羲", "伏羲氏"),
])
def test_a_form_of_address_is_not_part_of_the_name(text, name, not_name):
    persons = _named(text, "person")
    assert not_name not in persons and name in persons


@pytest.mark.parametrize("text,name", [
    ("外交部长塔利亚维科夫斯基在会上说，两国关系良好。", "塔利亚维科夫斯基"),   # longer than a Chinese name
    ("首相奥卡伦达尼亚24日表示，将推进改革。", "奥卡伦达尼亚"),                 # no surname begins it
    ("地质研究所拉·梅德韦杰夫斯卡娅教授说，这一发现很重要。", "拉·梅德韦杰夫斯卡娅"),  # an initial, after a body
    ("报社总编辑李文都表示支持。", "李文"),                                     # 都 follows the name
])
def test_a_name_after_its_title_is_taken_whole_and_no_further(text, name):
    r = extract_text(text, "p.txt")
    assert {e.name for a in r.articles for e in a.entities if e.type == "person"} == {name}


def test_bodies_known_by_a_name_without_suffix_are_bodies_not_persons():
    r = extract_text("东盟各国的代表在日内瓦出席论坛，北约与空军的观察员列席。", "p.txt")
    ents = {(e.type, e.name) for a in r.articles for e in a.entities}
    assert {("body", "东盟"), ("body", "北约"), ("body", "空军"), ("place", "日内瓦")} <= ents
    assert not {n for t, n in ents if t == "person"}


def test_names_before_a_count_of_persons_are_persons():
    r = extract_text("两位村医钟林海、蒋有才二人一早就出发了。商超、游乐场等人员密集场所要加强巡查。", "p.txt")
    assert {e.name for a in r.articles for e in a.entities if e.type == "person"} == {"钟林海", "蒋有才"}


def test_forms_of_one_division_are_one_place_named_as_fully_as_the_text_names_it():
    r = extract_text("代表团赴阿坝藏族羌族自治州考察。在阿坝州期间，代表团来到汶川，听取汶川县的介绍。阿坝各县发展迅速。",
                     "p.txt")
    places = {e.name: set(e.aliases) for a in r.articles for e in a.entities if e.type == "place"}
    assert places["阿坝藏族羌族自治州"] >= {"阿坝州"} and places["汶川县"] == {"汶川"}
    assert "阿坝州" not in places and "汶川" not in places


def test_a_division_written_only_short_keeps_its_short_name():
    r = extract_text("来源：精彩浑源\n\n近年来，浑源坚持生态优先，浑源的黄芪远销各地。\n", "p.txt")
    assert r.region.district == "浑源县"       # the page's county is known, yet the text writes it short
    assert {e.name for a in r.articles for e in a.entities if e.type == "place"} == {"浑源"}


@pytest.mark.parametrize("text,places", [
    ("旗长来到宝日希勒苏木乌力吉图雅嘎查，察看草场。", {"宝日希勒苏木", "乌力吉图雅嘎查"}),  # long Mongolian names
    ("这次联谊会寄托着海外游子乡情。", set()),            # 乡 begins 乡情: no township
    ("他是东湾村农民的儿子，在外打工多年。", {"东湾村"}),   # jieba's 村农民 still ends a village at 村
])
def test_township_and_village_suffixes_end_names_only_where_they_end_a_word(text, places):
    r = extract_text(text, "p.txt")
    assert {e.name for a in r.articles for e in a.entities if e.type == "place"} == places


def test_a_peoples_organisation_in_a_chain_is_the_chains_divisions():
    r = extract_text("本报讯 平遥县召开会议。县政府办主任、妇联主席韩向林，副县长赵为明参加。县长陈东向记者介绍了情况。",
                     "p.txt")
    posts = {(p.person, p.title): p.org for a in r.articles for p in a.posts}
    assert posts[("韩向林", "妇联主席")] == "平遥县妇联" and ("赵为明", "副县长") in posts
    assert "陈东" in {e.name for a in r.articles for e in a.entities if e.type == "person"}


@pytest.mark.parametrize("text,kind", [
    ("副市长检查了柳河快速路的施工进度。", "project"),            # a road being built
    ("车队沿着柳河快速路一路向北。", "place"),                    # a road driven on
    ("青禾生态农业示范基地正式启用。", "project"),                # put into use
    ("青禾生态农业示范基地里，农技员正在培训。", "place"),
])
def test_a_site_is_a_project_where_its_clause_builds_or_opens_it(text, kind):
    r = extract_text(text, "p.txt")
    assert {e.type for a in r.articles for e in a.entities} == {kind}


@pytest.mark.parametrize("text,bodies", [
    ("本报讯 柳溪镇干部与群众一起清理河道。", set()),                      # 干部: cadres, no organ
    ("本报讯 经审查，报县人民法院立案。", {"县人民法院"}),                  # 报: a verb before the organ
    ("本报讯 市委第五巡视组进驻柳溪街道。", {"市委第五巡视组"}),            # a task group; 本报讯 begins nothing
    ("本报讯 全县上下学习贯彻党代会精神。", set()),                        # a congress held, an event
    ("海湾政务网消息 5月6日，县政协召开会议。", {"海湾政务网", "县政协"}),   # no place 海湾 inside the outlet
])
def test_bodies_start_and_end_where_the_organ_does(text, bodies):
    r = extract_text(text, "p.txt")
    ents = {(e.type, e.name) for a in r.articles for e in a.entities}
    assert {n for t, n in ents if t == "body"} == bodies
    assert ("place", "海湾") not in ents      # no place inside the outlet's name (the last case)


@pytest.mark.parametrize("text,body", [
    ("本报讯 草案将提请县委常委会会议研究。", "县委常委会"),                   # a standing committee after a verb
    ("本报讯 会议传达了中央军委办公厅的通知。", "中央军委办公厅"),           # an organ of a national body
    ("本报讯 县政府办公室主任王小明主持。", "县政府办公室"),
])
def test_an_organ_under_a_body_is_named_with_it(text, body):
    r = extract_text(text, "p.txt")
    assert body in {e.name for a in r.articles for e in a.entities if e.type == "body"}


@pytest.mark.parametrize("text,name", [
    ("国务委员周海生今天上午在会上说。", "周海生"),
    ("副总理孙立今天上午抵达。", "孙立"),              # 今天 follows a two-character name
    ("市长周三上午表示，将加快项目审批。", None),       # 周三: a weekday after the title
    ("群众到镇长那里反映问题。", None),                 # 那里: a pronoun
])
def test_a_time_word_or_pronoun_after_a_title_is_no_name(text, name):
    r = extract_text(text, "p.txt")
    assert {e.name for a in r.articles for e in a.entities if e.type == "person"} == ({name} if name else set())


@pytest.mark.parametrize("text,posts", [
    ("县长次仁多吉、副县长格桑卓玛参加调研。", {("次仁多吉", "县长"), ("格桑卓玛", "副县长")}),
    ("副县长巴索彭措、县委书记王海平出席。", {("巴索彭措", "副县长"), ("王海平", "县委书记")}),
    ("镇党委书记扎西主持会议。", {("扎西", "镇党委书记")}),
    ("盟农牧局副局长宝音德力格尔、苏木党委书记其木格陪同。",
     {("宝音德力格尔", "盟农牧局副局长"), ("其木格", "苏木党委书记")}),      # Mongolian names
])
def test_tibetan_and_mongolian_names_after_a_title_are_taken_whole(text, posts):
    r = extract_text(text, "p.txt")
    assert {(p.person, p.title) for a in r.articles for p in a.posts} == posts


def test_minority_names_in_a_list_beside_a_person_are_persons_without_what_they_are():
    r = extract_text("县领导王海平、次仁多吉、格桑卓玛参加。走访了牧民扎西、王小明等人。", "p.txt")
    assert {e.name for a in r.articles for e in a.entities if e.type == "person"} == \
        {"王海平", "次仁多吉", "格桑卓玛", "扎西", "王小明"}


def test_ministries_and_universities_known_by_name_are_bodies():
    r = extract_text("教育部日前发出通知，清华、南开等高校响应。对外贸易经济合作部和国内贸易部联合发文。", "p.txt")
    assert {"教育部", "清华", "南开", "对外贸易经济合作部", "国内贸易部"} <= \
        {e.name for a in r.articles for e in a.entities if e.type == "body"}


def test_a_conjunction_before_a_relative_organ_names_no_county():
    r = extract_text("本报讯 市委和县委联合调研组到柳溪镇调研。平遥县委书记孙立群参加。", "p.txt")
    assert r.region.district == "平遥县"


def test_a_foreign_state_before_its_organ_names_one_body():
    ents = _entities("巴西外交部今天发表声明，智利议会和日本内阁表示关注，北京市公安局参加。")
    assert {("body", "巴西外交部"), ("body", "智利议会"), ("body", "日本内阁"), ("body", "北京市公安局")} <= ents
    assert not {("body", "外交部"), ("place", "巴西"), ("place", "智利")} & ents


def test_a_foreign_state_before_its_office_is_named_and_the_office_anchors_the_name():
    ents = _entities("美国副国务卿罗伯茨·海勒曼今天说，英国外交大臣斯托克顿也发表了声明。")
    assert {("person", "罗伯茨·海勒曼"), ("person", "斯托克顿"), ("place", "美国"), ("place", "英国")} <= ents
    assert not any(t == "person" and n.startswith("卿") for t, n in ents)


def test_a_name_starts_at_no_character_inside_a_country():
    ents = _entities("泰国前总理昨天抵达北京。")
    assert ("place", "泰国") in ents
    assert not any(t == "person" for t, _ in ents)


def test_a_county_short_name_is_a_place_where_its_context_places_it():
    assert ("place", "阜平") in _entities("考察团一行昨天来到阜平，看望受灾群众。")
    assert not any(t == "place" for t, _ in _entities("推进产业兴城、交通畅城，做好路桥养护。"))


def test_a_part_of_an_area_written_with_bu_is_no_department():
    assert not any(t == "body" for t, _ in _entities("华北中南部今天出现大到暴雨。"))


def test_an_antarctic_station_named_for_a_person_is_no_place():
    assert ("place", "帕尔默") not in _entities("主教练帕尔默在赛后表示满意。")


def test_a_title_prefix_run_back_over_the_clause_leaves_the_body_a_recogniser_named():
    bodies = {n for t, n in _entities("出席签约的还有蓝鲸集团总裁钱立平。应国务院邀请，代表团抵京。") if t == "body"}
    assert {"蓝鲸集团", "国务院"} <= bodies
    assert not {"还有蓝鲸集团", "应国务院"} & bodies
    assert "中共青禾县委" in {n for t, n in _entities("中共青禾县委副书记赵立群出席。") if t == "body"}


def test_a_market_in_the_abstract_is_no_place():
    ents = _entities("受国际期货市场影响，欧洲股票市场出现波动，要规范二手车交易市场。")
    assert not any(t == "place" and n.endswith("市场") for t, n in ents)


def test_great_natural_features_and_landmarks_are_places_by_name():
    ents = _entities("代表们在黄鹤楼座谈后，考察了洞庭湖和鄱阳湖的湿地保护。")
    assert {("place", "黄鹤楼"), ("place", "洞庭湖"), ("place", "鄱阳湖")} <= ents


def test_a_country_before_a_generic_name_and_its_suffix_says_which_body():
    bodies = {n for t, n in _entities("该书由中国航海出版社出版，法国农业协会与中国海洋学院合作。") if t == "body"}
    assert {"中国航海出版社", "法国农业协会", "中国海洋学院"} <= bodies


@pytest.mark.parametrize("text,name,not_name", [
    ("加拿大议员马丁—卡维尔在会上发言。", "马丁—卡维尔", "马丁"),                 # a dash joins a foreign name's parts
    ("意大利卡波迪总理高兴地表示，两国合作顺利。", "卡波迪", "高兴地"),            # a foreign leader before 总理
    ("瑞典能源大臣安娜·卡尔松日前在议会宣布。", "安娜·卡尔松", "安娜·卡尔松日"),  # 日前 is no part of the name
])
def test_foreign_names_keep_their_bounds(text, name, not_name):
    persons = _named(text, "person")
    assert name in persons and not_name not in persons


def test_a_dash_between_places_or_before_a_university_names_no_person():
    ents = _entities("莫斯科—圣彼得堡列车开通，他在亨利·卡森大学任教。")
    assert not any(t == "person" for t, _ in ents)


def test_people_s_organisations_world_federations_and_a_head_s_organ_are_bodies():
    bodies = {n for t, n in _entities("青禾县残联和县科协联合开展活动，国际划艇联合会派员参加，"
                                       "青禾日报社长钱立平致辞。") if t == "body"}
    assert {"青禾县残联", "国际划艇联合会", "青禾日报社"} <= bodies


def test_a_division_of_another_country_is_a_place():
    ents = _entities("印度卡兰达邦和英国韦尔顿郡都有分布，里斯本市市长出席。")
    assert {("place", "卡兰达邦"), ("place", "韦尔顿郡"), ("place", "里斯本市")} <= ents
    assert not any(t == "person" for t, _ in ents)


@pytest.mark.parametrize("text,not_entity", [
    ("学习贯彻马克明总理讲话精神。", ("person", "彻马克明")),     # a run inside 贯彻 begins no name
    ("要在平原地区推广节水灌溉。", ("place", "平原")),            # a county's short name that is an everyday word
    ("俄罗斯莫斯科州代表团抵达。", ("place", "罗斯莫斯科州")),    # a foreign division starts after its country
])
def test_what_a_rule_of_this_round_must_not_take(text, not_entity):
    assert not_entity not in _entities(text)


def test_a_named_club_is_a_body_and_a_generic_one_is_not():
    bodies = {n for t, n in _entities("社区成立了老年俱乐部，青禾县篮球俱乐部和飞鹰体育俱乐部参加。") if t == "body"}
    assert {"青禾县篮球俱乐部", "飞鹰体育俱乐部"} <= bodies and "老年俱乐部" not in bodies


@pytest.mark.parametrize("text,present,absent", [
    # a one-character verb before a relative organ is no part of it
    ("他连续三年获县政府嘉奖。", {("body", "县政府")}, {("body", "年获县政府")}),
    # a unit's party organ standing alone is a body; before a role it is the title's
    ("为安置职工，矿党委提出兴办实体的思路。", {("body", "矿党委")}, set()),
    ("他仍担任着社党支部委员。", set(), {("body", "社党支部")}),
    # a team in a sentence about sport, named after its sponsor, without the verb before it
    ("联赛中，金穗队以2比1战胜青鹿队。", {("body", "金穗队"), ("body", "青鹿队")}, {("body", "战胜青鹿队")}),
    ("志愿服务队走进社区。", set(), {("body", "志愿服务队")}),
    # a country's federal organ and a national body's organ are named whole
    ("美国联邦能源局表示，将下调配额。", {("body", "美国联邦能源局")}, {("body", "能源局")}),
    ("会议由中共中央书记处召开。", {("body", "中共中央书记处")}, {("body", "中共中央")}),
    # a paper in title marks is a body, a report in them is none
    ("据《青杉晚邮报》报道，《政府工作报告》提出新目标。", {("body", "青杉晚邮报")}, {("body", "政府工作报告")}),
    # a phrase ending in 乡 or 镇 names no township; a counted continent no place
    ("他有强烈的思乡之情，这个乡很穷。", set(), {("place", "这个乡"), ("place", "的思乡")}),
    ("要保障小城镇建设，加强两大洲之间的合作。", set(), {("place", "保障小城镇"), ("place", "两大洲")}),
    # a region named by itself keeps no 地区
    ("粮食运往东北地区。", {("place", "东北")}, {("place", "东北地区")}),
    # a date before 日报 is no daily
    ("据6月2日报道，会议召开。", set(), {("body", "2日报")}),
    # a title in marks and the organ that publishes it are one body
    ("据《青山潮》杂志报道，《晚霞》编辑部收到来信。", {("body", "《青山潮》杂志"), ("body", "《晚霞》编辑部")}, set()),
])
def test_structure_decides_names_the_suffix_alone_would_miss_or_overreach(text, present, absent):
    ents = _entities(text)
    assert present <= ents and not absent & ents


def test_names_in_a_photo_caption_are_persons_even_with_a_rare_surname():
    ents = _entities("活动现场。图为逄书言（左）与柴文熙（右二）交流经验。")
    assert {("person", "逄书言"), ("person", "柴文熙")} <= ents


def test_a_transliterated_name_before_a_river_is_no_person():
    ents = _entities("洪水冲毁了卡拉巴特河堤坝，附近村庄受灾。")
    assert ("person", "卡拉巴特") not in ents


def test_a_surname_with_a_form_of_address_names_no_one_and_a_country_before_a_title_is_no_name():
    ents = _entities("某国前总理辛格说，郝老师和贲教授都参加了讨论。".replace("某国", "印度"))
    persons = {n for t, n in ents if t == "person"}
    assert not persons & {"郝老师", "贲教授", "印度前"}


@pytest.mark.parametrize("text, present", [
    # a title before the name, the family name alone later with a verb of speech
    ("日本外相高野健次在东京会见中方代表。高野还表示，日方愿意合作。", {"高野健次", "高野"}),
    # a family name before 首相 needs no mention of Japan
    ("会谈中，双方谈到前田首相的经济政策。", {"前田"}),
    # a coach before the name, a verb of speech after it
    ("日本队教练石原武雄说，队员发挥正常。", {"石原武雄"}),
])
def test_japanese_names_are_persons_beside_a_title_or_a_verb_of_speech(text, present):
    persons = _named(text, "person")
    assert present <= persons
    assert not any(p.endswith(("首相", "内阁", "还")) for p in persons)


def test_a_japanese_family_name_without_title_or_speech_is_no_person():
    persons = {n for t, n in _entities("日本企业在小松市新建工厂，产品销往各地。") if t == "person"}
    assert not persons


@pytest.mark.parametrize("text, present, absent", [
    # a former body is named as it was
    ("财政部、原轻工业部等单位派人参加。", {("body", "轻工业部")}, {("body", "原轻工业部")}),
    # a one-character preposition or verb before a body that begins with its division
    ("此案经株洲市中级人民法院审理。", {("body", "株洲市中级人民法院")}, {("body", "经株洲市中级人民法院")}),
    # a verb between two countries ends the first; a one-character word inside a name stays
    ("法国敦促伊朗政府停止行动。", {("place", "伊朗")}, {("body", "法国敦促伊朗政府"), ("body", "敦促伊朗政府")}),
    ("万佳易购株洲大厦店开业。", {("body", "万佳易购株洲大厦店")}, {("body", "株洲大厦店")}),
])
def test_a_word_before_a_body_is_no_part_of_its_name(text, present, absent):
    ents = _entities(text)
    assert present <= ents and not absent & ents


def test_a_unit_named_after_its_city_is_a_body_but_a_station_or_a_junction_is_not():
    ents = _entities("株洲齿轮厂的工人到株洲站，又去了湖南交界处。")
    assert ("body", "株洲齿轮厂") in ents
    assert not {n for t, n in ents if t == "body"} & {"株洲站", "湖南交界处"}


@pytest.mark.parametrize("text, present, absent", [
    ("全省有三十多所高校参加，许多保险公司也来了。", set(), {"三十多所高校", "有三十多所高校", "许多保险公司"}),
    ("三家华信公司签约。", {"华信公司"}, {"三家华信公司"}),
    # a rank is a count too
    ("本国第二大银行青禾银行和第三大银行合并。", {"青禾银行"}, {"第二大银行青禾银行", "本国第二大银行青禾银行"}),
    # a body, a verb, and the next body
    ("华信公司收购青禾公司的股份。", {"华信公司", "青禾公司"}, {"华信公司收购青禾公司"}),
])
def test_a_count_of_bodies_is_no_name_but_a_name_after_it_is(text, present, absent):
    bodies = _named(text, "body")
    assert present <= bodies and not absent & bodies


def test_a_full_name_before_an_honorific_is_a_person_but_a_surname_alone_is_not():
    persons = {n for t, n in _entities("贲明元帅当时也为程先生写去一信，向李老师致意。") if t == "person"}
    assert "贲明" in persons and not persons & {"程先生", "向李", "李老师"}


def test_the_place_of_a_dateline_is_a_place_however_rare_its_name():
    ents = _entities("本报德国米滕瓦尔德5月3日电 记者江明报道：当地举行音乐节。")
    assert {("place", "德国"), ("place", "米滕瓦尔德")} <= ents
    assert ("person", "米滕瓦尔德") not in ents


def test_a_transliterated_name_before_a_province_is_the_provinces_but_one_before_a_title_is_a_person():
    ents = _entities("救援队抵达北部的卡达赫良省。市长布朗说，洛杉矶市长维拉斯科也来了。")
    assert ("person", "卡达赫良") not in ents
    assert ("person", "布朗") in ents


def test_military_titles_anchor_names_and_a_rank_after_a_foreign_name_is_not_part_of_it():
    persons = {n for t, n in _entities("纵队司令员洪振华和舰队司令巴罗克海军少将会谈，军长马立军陪同。") if t == "person"}
    assert {"洪振华", "巴罗克", "马立军"} <= persons
    assert not any(p.endswith("海") for p in persons)


@pytest.mark.parametrize("text, absent", [
    ("学校先后5次迁移校址，厂主们也来了。", {"5次迁移校", "迁移校"}),
    ("航天员完成了太空飞行。", {"太空飞行"}),
    ("许多美国公司来华投资。", {"美国公司"}),
])
def test_a_suffix_that_begins_or_ends_an_everyday_word_names_no_body(text, absent):
    bodies = _named(text, "body")
    assert not absent & bodies


def test_an_institution_named_after_a_person_is_a_body_and_not_the_person():
    ents = _entities("代表团参观了卡伦逊研究中心，又去了邵明远纪念馆。")
    assert {("body", "卡伦逊研究中心")} <= ents
    assert not {("person", "卡伦逊"), ("person", "邵明远")} & ents


def test_a_party_or_the_youth_league_before_a_division_names_its_committee_there():
    bodies = {n for t, n in _entities("共青团株洲市委和中共株洲县委联合举办活动，共青团员踊跃参加。") if t == "body"}
    assert {"共青团株洲市委", "中共株洲县委"} <= bodies and "共青团" not in bodies


def test_a_team_in_a_match_report_is_named_without_the_verb_before_it():
    bodies = {n for t, n in _entities("下半时进行到10分钟，右路进攻的湖南队一记斜射首破三羊队球门。") if t == "body"}
    assert {"湖南队", "三羊队"} <= bodies and "破三羊队" not in bodies


@pytest.mark.parametrize("text, present, absent", [
    # an everyday word of the street after a city: the city is named, no road goes on
    ("记者在基辅街头采访，株洲市街头也有人排队。", {"基辅", "株洲市"}, set()),
    # a division's name that begins inside an everyday word is none
    ("专家考察了黄河源头的湿地。", {"黄河"}, {"河源"}),
    # a former state is named as it was
    ("前苏联解体以后，原南斯拉夫也解体了。", {"苏联", "南斯拉夫"}, {"前苏联", "原南斯拉夫"}),
])
def test_places_are_named_where_their_words_stand(text, present, absent):
    places = _named(text, "place")
    assert present <= places and not absent & places


@pytest.mark.parametrize("text, absent, place", [
    ("这项法案是罗政府同银行谈判的结果。", {"罗政府"}, None),
    ("全国人民进步联盟总书记卡拉姆称病。", {"步联盟"}, None),
    ("柴家本来就贫穷，加之欠债。", {"柴家"}, None),
    ("她家住在米·塔洛维库镇。", {"米·塔洛维库镇"}, "米·塔洛维库镇"),
])
def test_what_ends_like_an_organ_a_family_or_a_town_is_no_person(text, absent, place):
    ents = _entities(text)
    assert not absent & {n for t, n in ents if t == "person"}
    assert place is None or ("place", place) in ents


def test_the_items_of_a_list_of_cities_or_countries_are_places_not_persons():
    ents = _entities("洪水威胁到卡诺维特、阿里维拉等大、中城市，乌拉圭、巴拉圭等国家也受灾。")
    assert {("place", "卡诺维特"), ("place", "阿里维拉"), ("place", "乌拉圭"), ("place", "巴拉圭")} <= ents
    assert not {n for t, n in ents if t == "person"}


def test_a_rare_name_after_what_a_place_is_called_is_a_place_and_a_joined_part_no_person():
    ents = _entities("游客前往旅游胜地卡塔维亚的海滩，股票属于道—卡斯指数。")
    assert ("place", "卡塔维亚") in ents
    assert not {n for t, n in ents if t == "person"}


def test_the_leader_of_a_group_written_yi_x_wei_tuanzhang_is_a_person_but_a_country_is_not():
    ents = _entities("以朴成熙为团长的艺术团抵达，以李明为组长的工作组成立，以美国为首的联盟反对。")
    persons = {n for t, n in ents if t == "person"}
    assert {"朴成熙", "李明"} <= persons and "美国" not in persons


def test_a_company_known_by_its_short_name_is_a_body_but_an_everyday_word_is_not():
    bodies = {n for t, n in _entities("宝钢与国航签署了协议，华为也派人参加，大众对此很关心。") if t == "body"}
    assert {"宝钢", "国航", "华为"} <= bodies and "大众" not in bodies


def test_a_unit_jieba_takes_for_a_verb_is_still_a_body():
    bodies = {n for t, n in _entities("湘潭发电所的职工和区文化馆的演员一起演出。") if t == "body"}
    assert "湘潭发电所" in bodies


@pytest.mark.parametrize("text, name", [
    ("该国财政部长罗伯上周表示，将削减开支。", "罗伯"),
    ("总参谋长马隆私下会见了反对派。", "马隆"),
])
def test_a_foreign_name_after_a_title_leaves_the_everyday_word_after_it(text, name):
    persons = _named(text, "person")
    assert persons == {name}


def test_a_company_known_by_name_before_its_suffix_is_one_body():
    bodies = {n for t, n in _entities("百度公司和联合国大会都发布了报告。") if t == "body"}
    assert {"百度公司", "联合国大会"} <= bodies and "百度" not in bodies


@pytest.mark.parametrize("text, absent", [
    ("要构筑青禾旅游新格局，遵守三个联合公报的原则。", {"新格局", "青禾旅游新格局", "联合公报"}),
    ("要建设一个株洲市东部最大的公园。", {"株洲市东部"}),
    ("厂里的地皮被人买去做酒店生意。", {"做酒店"}),
    ("我希望中国能派队参加比赛，那是黄牌较多的队。", {"中国能派队", "能派队", "较多的队"}),
])
def test_an_everyday_word_a_part_of_an_area_or_a_clause_before_a_suffix_is_no_body(text, absent):
    bodies = _named(text, "body")
    assert not absent & bodies


def test_a_name_begins_after_the_word_its_first_character_ends():
    ents = _entities("全村来政府大院上访，又到以上党委中心组学习。")
    assert not {"村来政府", "上党委中心"} & {n for t, n in ents if t == "body"}


def test_local_leaders_named_before_their_title_in_speech_are_persons_with_that_post():
    result = extract_text("孙立新书记强调，要抓好落实。钱伟副县长的讲话很实在。县委书记说，党支部书记也要参加。")
    posts = {(p.person, p.title) for a in result.articles for p in a.posts}
    assert {("孙立新", "书记"), ("钱伟", "副县长")} <= posts
    assert {p for p, _ in posts} == {"孙立新", "钱伟"}


@pytest.mark.parametrize("text, name, title", [
    ("县政协主席林晓芸列席会议。", "林晓芸", "县政协主席"),
    ("受县委书记周启航委托，会议由县长主持。", "周启航", "县委书记"),
    ("应市长韩书平邀请，代表团来访。", "韩书平", "市长"),
])
def test_a_verb_or_preposition_around_a_titled_name_is_no_part_of_name_or_title(text, name, title):
    posts = {(p.person, p.title) for a in extract_text(text).articles for p in a.posts}
    assert (name, title) in posts


def test_a_party_committee_after_a_verb_is_named_from_the_party_and_a_numbered_session_is_no_body():
    bodies = {n for t, n in _entities("市委书记韩书平代表中共株洲市委讲话，县长主持召开县委第12次常委会会议。")
              if t == "body"}
    assert "中共株洲市委" in bodies
    assert not [b for b in bodies if "第12次" in b]


def test_national_congresses_are_bodies_by_their_full_names_and_keep_their_term():
    bodies = {n for t, n in _entities("他出席第三届全国人民代表大会，后任九届全国人大常委会委员、"
                                        "中国人民政治协商会议全国委员会常委。") if t == "body"}
    assert {"第三届全国人民代表大会", "全国人大常委会", "中国人民政治协商会议全国委员会"} <= bodies


def test_the_page_county_is_the_longest_name_and_no_short_name_inside_a_word():
    from kg.extract.resolve import infer_region, region_by_short_name
    assert infer_region("贞丰县召开会议，贞丰县委书记讲话。").district == "贞丰县"
    assert region_by_short_name("感谢党和政府的关心。党和政府帮我们。").district is None


def test_pinyin_readings_after_characters_do_not_break_names_or_titles():
    result = extract_text("鎮(zhèn)黨(dǎng)委書(shū)記沈(shěn)立(lì)新帶(dài)隊調研，他說這個項目對經濟發展很重要。")
    assert {(p.person, p.title) for a in result.articles for p in a.posts} == {("沈立新", "镇党委书记")}


def test_a_role_without_a_body_belongs_to_the_division_the_chain_names_and_a_prefecture_level_word_to_its_kind():
    from kg.model import Region
    result = extract_text("浙江省委常委、常务副省长袁立新出席。")
    assert ("袁立新", "常务副省长", "浙江省政府") in {(p.person, p.title, p.org) for a in result.articles for p in a.posts}
    region = Region("马边彝族自治县", "乐山市", "四川省")
    assert region.expand("州") is None and region.expand("市") == "乐山市"
    assert Region(None, "阿坝藏族羌族自治州", "四川省").expand("州") == "阿坝藏族羌族自治州"


def test_a_yi_name_after_a_title_is_taken_whole():
    persons = {n for t, n in _entities("县委书记曲比子拉主持会议，副州长俄木伍沙参加。") if t == "person"}
    assert persons == {"曲比子拉", "俄木伍沙"}


def test_elections_with_a_vote_count_a_last_name_joined_by_he_and_respective_posts():
    result = extract_text("会议决定，许文清、徐立标分别任青禾县委书记、株洲市委书记。"
                          "钱安民、孙连武和周立当选为副县长，吴清以190票的高票当选为县长。")
    posts = {(p.person, p.title) for a in result.articles for p in a.posts}
    assert {("许文清", "青禾县委书记"), ("徐立标", "株洲市委书记"), ("钱安民", "副县长"), ("孙连武", "副县长"),
            ("周立", "副县长"), ("吴清", "县长")} <= posts
    assert ("许文清", "株洲市委书记") not in posts


@pytest.mark.parametrize("text, post", [
    ("在青禾镇天湖村，青禾镇镇长桂晓辉介绍了情况。", ("桂晓辉", "青禾镇镇长", "青禾镇政府")),
    ("镇党委书记罗允文、党委副书记何日新陪同。", ("何日新", "党委副书记", "镇党委")),
    ("红梅街道党工委委员、纪委书记程一强参加。", ("程一强", "纪委书记", "红梅街道纪委")),
])
def test_a_division_s_head_a_bare_organ_after_a_named_one_and_a_town_s_discipline_committee(text, post):
    assert post in {(p.person, p.title, p.org) for a in extract_text(text).articles for p in a.posts}


def test_a_pronoun_a_verb_or_an_everyday_word_before_a_township_suffix_names_no_place():
    places = {n for t, n in _entities("周书记到我镇实地调研，推动典型镇和旅游新镇建设，与驻村干部座谈。") if t == "place"}
    assert not {"到我镇", "我镇", "典型镇", "旅游新镇", "驻村"} & places


def test_a_division_name_inside_an_idiom_or_a_longer_place_word_is_no_place():
    places = {n for t, n in _entities("确保社会稳定和长治久安，天山南北发生了巨大变化。") if t == "place"}
    assert not {"长治", "山南"} & places


@pytest.mark.parametrize("text, body, not_body", [
    ("他在银川会见青禾交通建设集团党委书记、董事长王立群。", "青禾交通建设集团党委", "银川会见青禾交通建设集团党委"),
    ("据黔东南政府网消息，州长王立群调研。", "黔东南政府网", "据黔东南政府网"),
])
def test_a_verb_of_meeting_or_据_before_a_body_is_no_part_of_it(text, body, not_body):
    bodies = _named(text, "body")
    assert body in bodies and not_body not in bodies


def test_an_appointment_names_the_person_between_the_verb_and_wei_and_department_heads_are_roles():
    result = extract_text("会议决定，任命朱立杰为自治区公安厅厅长，提名王大海同志为青禾县人民政府县长候选人。"
                          "省交通运输厅副厅长林一平、军分区副政委赵明亮参加。")
    posts = {(p.person, p.title, p.role) for a in result.articles for p in a.posts}
    assert {("朱立杰", "自治区公安厅厅长", "厅长"), ("王大海", "青禾县人民政府县长候选人", "县长"),
            ("林一平", "省交通运输厅副厅长", "副厅长"), ("赵明亮", "军分区副政委", "副政委")} <= posts


@pytest.mark.parametrize("text, name", [
    ("代县长叶一青以普通代表身份参加。", "叶一青"),
    ("县长胡立泽仍是组长。", "胡立泽"),
    ("代县长叶青以普通代表身份参加。", "叶青"),
    ("组织部长周昌明代表县委讲话。", "周昌明"),
])
def test_a_name_ends_before_an_adverb_and_keeps_a_character_a_time_word_would_take(text, name):
    assert _named(text, "person") == {name}


def test_a_serving_official_named_after_de_holds_the_titles_before_it():
    posts = {(p.person, p.title) for a in extract_text("现任株洲市芦淞区委副书记、区长的吴立明同志讲话。").articles
             for p in a.posts}
    assert posts == {("吴立明", "株洲市芦淞区委副书记"), ("吴立明", "区长")}


def test_national_bodies_and_autonomous_regions_hold_their_posts():
    result = extract_text("全国政协副主席齐立春出席。广西壮族自治区主席张雨林讲话。")
    posts = {(p.person, p.title, p.org) for a in result.articles for p in a.posts}
    assert {("齐立春", "全国政协副主席", "全国政协"), ("张雨林", "广西壮族自治区主席", "广西壮族自治区政府")} <= posts


def test_a_word_that_follows_names_after_a_surname_and_title_begins_no_name():
    assert not [n for t, n in _entities("周书记强调发展要抓好，县长任立新陪同。") if t == "person" and n != "任立新"]


@pytest.mark.parametrize("text,body", [
    ("他在接受中国园艺报记者采访时说，", "中国园艺报"),              # an unquoted paper before its reporter
    ("去年，农业科普出版社推出一套丛书。", "农业科普出版社"),          # a publisher named for its field
    ("据农民日报社消息，", "农民日报社"), ("据法制晨报消息，", "法制晨报"),
    ("由华南园林百科全书出版社出版的新书", "华南园林百科全书出版社"),      # 全 inside a word is no stop
])
def test_a_paper_or_publisher_named_for_its_field_is_a_body(text, body):
    assert body in [m.text for m in suffix_mentions(text) if m.type == "body"]


@pytest.mark.parametrize("text", ["他向上级汇报记者了解的情况。", "这家出版社的编辑说，", "全市公安局召开会议。"])
def test_a_report_a_pronoun_or_the_whole_city_before_a_press_suffix_names_no_paper(text):
    assert [m.text for m in suffix_mentions(text) if m.type == "body" and m.rule.startswith("suffix:press")] == []


@pytest.mark.parametrize("text,want", [
    ("因此不受银行利率变动的影响。", []),                       # a verb and an adverb say which bank of none
    ("像“春风”现在中心城区也很常见。", []),                          # a time word right before the suffix
    ("当局并未批准莫拉蒂公司参与竞标。", ["莫拉蒂公司"]),             # a verb before a transliterated name
])
def test_the_clause_s_own_words_before_a_suffix_are_no_part_of_a_body(text, want):
    assert [m.text for m in suffix_mentions(text) if m.type == "body"] == want


@pytest.mark.parametrize("text,body", [
    ("联合国减灾署官员今天表示，", "联合国减灾署"),        # a world body's organ; 联合 of 联合国 is no stop
    ("颐和园研究院近日发布报告。", "颐和园研究院"),        # a landmark names its institute
])
def test_a_world_body_or_a_landmark_before_an_organ_s_suffix_names_a_body(text, body):
    assert body in [m.text for m in suffix_mentions(text) if m.type == "body"]


def test_a_stop_word_that_begins_a_longer_noun_still_stops_before_an_adjective():
    assert "国性日报" not in [m.text for m in suffix_mentions("法国全国性日报今天报道，")]


@pytest.mark.parametrize("text,team", [
    ("中国女排今晚迎战对手。", "中国女排"),
    ("巴西国家男足今天抵达。", "巴西国家男足"),
    ("主教练介绍了国家男排的集训情况。", "国家男排"),
    ("由老将率领的法国男子手球队昨天夺冠。", "法国男子手球队"),
])
def test_a_country_s_side_is_a_team_without_a_sport_sentence_around_it(text, team):
    assert team in [m.text for m in suffix_mentions(text) if m.type == "body"]


def test_men_and_women_in_an_ordinary_sentence_are_no_team():
    assert [m for m in suffix_mentions("全国男女比例基本平衡，女子也能当干部。") if m.rule == "suffix:team"] == []


@pytest.mark.parametrize("text,want", [
    ("国际海事合作组织今天发表声明。", ["国际海事合作组织"]),     # a world body's own name ends in 组织
    ("青禾县组织开展志愿服务活动。", []),                          # 组织 the verb after a division
    ("意大利世界杯组委会宣布，", ["意大利世界杯组委会"]),           # an organising committee after a country
])
def test_organisation_ends_a_world_body_s_name_but_organising_is_no_body(text, want):
    assert [m.text for m in suffix_mentions(text) if m.type == "body"] == want


def test_the_old_town_of_an_unnamed_city_makes_no_district_of_the_page():
    from kg.extract.resolve import infer_region
    assert infer_region("市里计划明年把老城区的街巷整修一遍，市委已有部署。").district is None     # any city's old town
    assert infer_region("洛阳市老城区召开会议，老城区委书记讲话。").district == "老城区"      # after its city


@pytest.mark.parametrize("text,want", [
    ("两个村的农户都已加入合作社。", []),                           # joined: the verb says which one of none
    ("他们希望尽快加入青禾果蔬合作社。", ["青禾果蔬合作社"]),
    ("这份报告感谢县政府的支持。", ["县政府"]),                     # a verb before a relative organ
])
def test_a_verb_that_takes_a_body_as_its_object_is_no_part_of_its_name(text, want):
    assert [m.text for m in suffix_mentions(text) if m.type == "body"] == want


def test_a_relative_organ_takes_only_the_divisions_the_page_itself_names():
    text = "浑源县召开会议，传达省委、大同市委全会精神。县委书记王立群讲话。"
    bodies = _named(text, "body")
    assert {"省委", "大同市委", "浑源县委"} <= bodies and "山西省委" not in bodies
    assert extract_text(text).region.province == "山西省"      # the graph still places the county in its province


@pytest.mark.parametrize("text,body", [
    ("2003年，周立群当选为村委会主任。", "村委会"),
    ("青禾村村委会组织村民清理河道。", "青禾村村委会"),
    ("青禾社区居委会主任王立群说，", "青禾社区居委会"),
])
def test_a_village_or_residents_committee_is_a_body_bare_or_after_its_village(text, body):
    assert body in _named(text, "body")


def test_a_banner_written_short_is_the_page_s_division_and_its_organs_take_that_form():
    text = "察右后旗召开牧区工作会议。旗委书记王立群讲话，旗政府副旗长周海出席。察右后旗各苏木负责人参加。"
    ents = _entities(text)
    assert ("place", "察右后旗") in ents and {("body", "察右后旗委"), ("body", "察右后旗政府")} <= ents


@pytest.mark.parametrize("text,org", [
    ("浑源县委组织部长周海出席会议。", "浑源县委组织部"),            # the head of a committee's department
    ("来访的外交部长王立群一行参观了展览。", "外交部"),               # a minister's ministry
])
def test_a_title_ending_in_buzhang_holds_the_post_in_the_department_or_ministry(text, org):
    r = extract_text(text)
    assert org in {p.org for a in r.articles for p in a.posts}
    assert org in _named(text, "body") and org[:-1] not in {n for t, n in _entities(text)}


@pytest.mark.parametrize("text,want", [
    ("青禾社等国际著名通讯社都派了记者。", []),                               # praise names no agency
    ("水利部农村水利司组织专家评审。", ["水利部农村水利司"]),                   # a ministry's department
    ("由北京台资企业青禾置业企划有限公司承办。", ["青禾置业企划有限公司"]),     # what kind of firm it is
    ("——记浑源县青禾有线电视台的周海", ["浑源县青禾有线电视台"]),             # a feature's deck line
])
def test_praise_a_firm_s_kind_and_a_feature_s_ji_are_no_part_of_a_body_and_a_ministry_s_si_is_one(text, want):
    assert [m.text for m in suffix_mentions(text) if m.type == "body"] == want


def test_a_bare_discipline_commission_or_cppcc_is_the_page_s_division_s_or_bare_where_none_is_known():
    assert ("body", "纪委") in _entities("纪委的同志说，这件事要查清楚。")
    ents = _entities("浑源县召开会议。会上，纪委监委通报了三起案件，政协委员也提了建议。")
    assert ("body", "浑源县纪委监委") in ents and not [n for t, n in ents if n.endswith("政协")]   # 政协委员 is a role


@pytest.mark.parametrize("text,place,not_person", [
    ("他先后到巴音宝力苏木、查干淖尔镇调研。", "巴音宝力苏木", "力苏木"),      # a name ending in a sumu is the sumu's
    ("工作组来到乌兰塔拉嘎查看望牧民。", "乌兰塔拉嘎查", "拉嘎查"),
    ("浑源县罗家庄乡召开会议。", "罗家庄乡", "罗家庄"),                      # a township after its county
])
def test_a_township_sumu_or_gacha_is_a_place_and_no_person_s_name(text, place, not_person):
    ents = _entities(text)
    assert ("place", place) in ents and ("person", not_person) not in ents


def test_a_name_before_a_gallery_or_a_family_ranch_is_the_institution_s_and_no_person():
    assert not [n for t, n in _entities("他们参观了周立达艺术馆和苏和巴图家庭牧场。") if t == "person"]


@pytest.mark.parametrize("text,want", [
    ("青禾理工大学机械与车辆学院举行仪式。", "青禾理工大学机械与车辆学院"),          # a faculty of two fields
    ("推进青禾汽车产品研发与生产基地项目建设。", "青禾汽车产品研发与生产基地项目"),    # a project of two works
])
def test_yu_joins_two_fields_of_a_faculty_or_two_works_of_a_project(text, want):
    assert want in {m.text for m in suffix_mentions(text)}


@pytest.mark.parametrize("text,post", [
    ("王立群任浑源县委书记。", ("王立群", "浑源县委书记", "浑源县委")),            # the post after 任
    ("周海同志现任浑源县委副书记、县长。", ("周海", "县长", "浑源县政府")),
])
def test_ren_before_a_title_gives_the_named_person_the_post(text, post):
    r = extract_text(text)
    assert post in {(p.person, p.title, p.org) for a in r.articles for p in a.posts}


def test_ren_before_a_division_is_the_verb_and_no_surname():
    assert not [n for t, n in _entities("三位同志分别从区长任浑源县委书记。") if t == "person"]


@pytest.mark.parametrize("text,bodies", [
    ("察右后旗召开会议。旗政协召开常委会议，旗政府有关部门参加。", {"察右后旗政协", "察右后旗政府"}),
    ("锡林郭勒盟召开会议。盟政协召开常委会议，盟行署有关部门参加。", {"锡林郭勒盟政协", "锡林郭勒盟行署"}),
])
def test_a_banner_s_or_a_league_s_organ_written_relative_is_that_division_s(text, bodies):
    assert bodies <= _named(text, "body")


def test_what_a_person_is_before_a_company_is_no_part_of_it_nor_of_the_post_s_org():
    r = extract_text("随后，企业代表佛山市青禾电子科技有限公司总经理曾立致辞。")
    assert ("body", "佛山市青禾电子科技有限公司") in _entities("随后，企业代表佛山市青禾电子科技有限公司总经理曾立致辞。")
    assert ("曾立", "总经理", "佛山市青禾电子科技有限公司") in {(p.person, p.title, p.org) for a in r.articles for p in a.posts}


@pytest.mark.parametrize("text,bodies", [
    ("据新华网报道，青禾县举行了仪式。", {"新华网"}),                               # a central news site
    ("青禾网浑源站讯 县委书记王立群主持会议。", {"县委"}),                          # a lead's 讯 ends the outlet
])
def test_news_sites_are_bodies_and_a_lead_s_xun_ends_the_outlet(text, bodies):
    found = _named(text, "body")
    assert bodies <= found and not [b for b in found if "讯" in b]


@pytest.mark.parametrize("text,body", [
    ("办好副刊是当前青禾日报社的一件大事。", "青禾日报社"),        # a time word dates the clause
    ("他珍藏着一份青禾日报。", "青禾日报"),                    # a count of copies
])
def test_a_time_word_or_a_count_of_copies_before_a_paper_is_no_part_of_it(text, body):
    bodies = _named(text, "body")
    assert body in bodies and len(bodies) == 1


@pytest.mark.parametrize("text,not_entity", [
    ("老人们争相向总书记讲述变化。", ("person", "相向")),               # no name begins inside a word
    ("主持人请各位来宾入座。", ("place", "来宾")),      # guests, not the city
])
def test_a_name_never_begins_inside_a_word_nor_is_a_city_named_by_an_everyday_word_after_gewei(text, not_entity):
    assert not_entity not in _entities(text)


def test_a_central_state_group_by_its_short_name_is_a_body_not_china():
    ents = _entities("省政府希望中国中铁积极拓展在皖业务。")
    assert ("body", "中国中铁") in ents and ("place", "中国") not in ents


def test_a_credit_s_brackets_before_a_name_are_no_part_of_it_but_a_firm_s_region_is():
    assert ("body", "青禾县新闻中心") in _entities("（王立群、周海）青禾县新闻中心召开会议。")
    assert ("body", "青禾(江西)有限公司") in _entities("青禾(江西)有限公司投产。")


@pytest.mark.parametrize("text,want", [
    ("他是青禾大学化学系教授。", ["青禾大学化学系"]),                      # a university's department
    ("青禾人民医院宣教科的王立说，", ["青禾人民医院宣教科"]),
    ("在青禾科技大学音乐厅演出。", ["青禾科技大学"]),                      # a hall is no department
    ("县委县政府高度重视。", ["县委", "县政府"]),                          # two organs of one level
    ("一万多人集会抗议政府的决定。", []),                                  # the government is the verb's object
])
def test_departments_after_their_unit_two_organs_of_a_level_and_a_government_after_a_verb(text, want):
    assert [m.text for m in suffix_mentions(text) if m.type == "body"] == want


def test_a_mongolian_name_of_two_elements_after_a_title_is_whole():
    assert ("person", "敖特根巴雅尔") in _entities("旗人大常委会副主任敖特根巴雅尔出席。")


@pytest.mark.parametrize("text,place,not_place", [
    ("青禾村东南接浑源县，西北连大同市。", "浑源县", "东南"),        # a direction from the place before it
    ("要把青禾经济特区办得更好。", "青禾经济特区", "青禾"),            # a special economic zone is one place
])
def test_a_direction_after_a_place_is_no_region_and_a_special_zone_is_named_whole(text, place, not_place):
    ents = _entities(text)
    assert ("place", place) in ents and ("place", not_place) not in ents


def test_a_hotel_where_an_event_is_held_is_a_venue_and_its_manager_s_hotel_a_body():
    assert ("place", "青禾大酒店") in _entities("签约仪式在青禾大酒店举行。")
    r = extract_text("青禾大酒店总经理王立群致辞。")
    assert ("王立群", "青禾大酒店") in {(p.person, p.org) for a in r.articles for p in a.posts}


def test_a_congress_written_short_is_the_long_form_the_page_writes():
    text = ("浑源县第六届人民代表大会第一次会议闭幕。会议选举产生了浑源县第六届人民代表大会常务委员会。"
            "区人大常委会主任王立群主持。县人大常委会将依法履职。")
    bodies = _named(text, "body")
    assert "浑源县第六届人民代表大会常务委员会" in bodies and "浑源县人大常委会" not in bodies


def test_a_lake_s_name_is_no_person_and_a_direction_s_verb_no_part_of_a_park():
    ents = _entities("小镇西连碧波荡漾的沃克湖，东接青禾森林公园。")
    assert not [n for t, n in ents if t == "person"] and ("place", "青禾森林公园") in ents


def test_a_dotted_name_after_a_title_holds_the_post_whole():
    r = extract_text("自治区党委副书记、自治区主席阿力木·吐尔逊出席会议。")
    assert {p.person for a in r.articles for p in a.posts} == {"阿力木·吐尔逊"}


def test_a_former_holder_s_post_is_in_the_body_the_title_names():
    r = extract_text("浑源县委原书记王立群出席。")
    assert ("王立群", "浑源县委原书记", "浑源县委") in {(p.person, p.title, p.org) for a in r.articles for p in a.posts}
    assert "浑源县委原" not in {e.name for a in r.articles for e in a.entities}


@pytest.mark.parametrize("text", ["王立群曾任浑源县委书记。", "王立群在担任浑源县委书记期间，推动了改革。"])
def test_an_adverb_between_the_name_and_the_verb_of_office_keeps_the_post(text):
    r = extract_text(text)
    assert ("王立群", "浑源县委书记") in {(p.person, p.title) for a in r.articles for p in a.posts}


@pytest.mark.parametrize("text,post", [
    ("镇长茆立海进行大会总结。", ("茆立海", "镇长")),                          # a rare surname
    ("镇党委副书记、组织委员李洪涛出席。", ("李洪涛", "组织委员", "镇党委")),      # a committee member's post
    ("省人大财经委副主任委员郑立群出席。", ("郑立群", "省人大财经委副主任委员", "省人大财经委")),
])
def test_rare_surnames_and_committee_members_roles_give_posts(text, post):
    r = extract_text(text)
    rows = {(p.person, p.title, p.org) for a in r.articles for p in a.posts}
    assert any(row[:len(post)] == post for row in rows), rows


@pytest.mark.parametrize("text,person", [
    ("但他强调，要抓好落实。", None),                      # a conjunction and a pronoun
    ("选派第一书记扶贫资金已经到位。", None),              # a rare surname making an everyday word
    ("县领导周海、游乐等参加了座谈。", "游乐"),            # the same, closed as a name in a list
])
def test_words_that_look_like_a_surname_and_a_given_name_are_no_person_unless_closed_as_one(text, person):
    persons = _named(text, "person")
    assert (person in persons) if person else not (persons - {"周海"})


def test_a_reporter_s_credit_in_brackets_before_a_body_is_no_part_of_its_name_or_a_title():
    r = extract_text("(记者王立)青禾慈善基金会副主席周海出席。")
    assert ("周海", "青禾慈善基金会副主席", "青禾慈善基金会") in {(p.person, p.title, p.org) for a in r.articles for p in a.posts}


@pytest.mark.parametrize("text,post", [
    ("郭立公使说，双方合作前景广阔。", ("郭立", "公使")),        # the title ends the name before it
    ("汪立参赞、周海参赞出席了活动。", ("周海", "参赞")),
])
def test_a_diplomat_named_before_the_title_holds_it(text, post):
    r = extract_text(text)
    assert post in {(p.person, p.title) for a in r.articles for p in a.posts}


@pytest.mark.parametrize("text,body", [
    ("这份规划须报市人大常委会审议。", "市人大常委会"),        # a modal and a verb before a relative organ
    ("我市人大常委会召开会议。", "市人大常委会"),          # our city's congress
])
def test_pronouns_and_modals_stop_a_name_and_our_city_s_organ_is_the_city_s(text, body):
    assert _named(text, "body") == {body}


def test_a_named_laboratory_is_a_body_and_its_director_s_org_but_a_bare_lab_is_none():
    r = extract_text("青禾物理国家重点实验室主任戴衡之说，实验室里很安静。")
    assert ("戴衡之", "青禾物理国家重点实验室") in {(p.person, p.org) for a in r.articles for p in a.posts}
    assert {n for t, n in _entities("学校实验室里很安静。") if t == "body"} == set()


def test_a_person_described_by_titles_after_a_comma_holds_them():
    r = extract_text("周立群，浑源县委书记、县长。他说要抓落实。王立，男，汉族。")
    posts = {(p.person, p.title) for a in r.articles for p in a.posts}
    assert {("周立群", "浑源县委书记"), ("周立群", "县长")} <= posts and not [p for p in posts if p[0] == "王立"]


def test_a_mission_keeps_its_zhu_as_a_body_and_in_the_title_it_gives():
    r = extract_text("他会见了驻日本大使馆参赞王立。")
    assert {n for t, n in _entities("他会见了驻日本大使馆参赞王立。") if t == "body"} == {"驻日本大使馆"}
    assert ("王立", "驻日本大使馆参赞", "驻日本大使馆") in {(p.person, p.title, p.org) for a in r.articles for p in a.posts}


@pytest.mark.parametrize("text,body", [
    ("据塔斯社报道，两国会谈进展顺利。", "塔斯社"),                 # a news agency known by its short name
    ("民进中央副主席周青禾出席会议。", "民进中央"),                  # a democratic party's central committee
    ("能源部长将于周五与工会代表会谈。", "能源部"),                  # a minister's title names the ministry
])
def test_news_agencies_party_centres_and_a_minister_s_ministry_are_bodies(text, body):
    assert body in _named(text, "body")


def test_a_dateline_s_city_ending_like_a_suffix_is_a_place_not_part_of_the_agency():
    ents = _entities("中新社莫斯科3月9日电 这里今天举行了一场音乐会。")
    assert ("body", "中新社") in ents and ("place", "莫斯科") in ents and ("body", "中新社莫斯科") not in ents


def test_a_club_named_beside_its_coach_is_a_team():
    assert ("body", "雪豹队") in _entities("今天雪豹队表现出色，主教练很满意。")


@pytest.mark.parametrize("text,body", [
    ("据俄外交部消息，两国将举行会谈。", "俄外交部"),
    ("美国务院发言人今天表示关切。", "美国务院"),
    ("日外务省官员对此未予置评。", "日外务省"),      # 省 names a ministry there, and jieba joins the state to it
])
def test_a_state_s_one_character_short_form_before_its_organ_is_part_of_the_name(text, body):
    assert _named(text, "body") == {body}


@pytest.mark.parametrize("text,person", [
    ("区委书记周岚见证签约。", "周岚"),            # 见证 follows the name: its first character is no given name
    ("县长韩立启动仪式后讲话。", "韩立"),
])
def test_a_verb_of_the_ceremony_after_a_titled_name_ends_it(text, person):
    assert _named(text, "person") == {person}


def test_a_dateline_s_xun_is_no_part_of_the_organ_after_it():
    r = extract_text("青禾融媒讯 县委书记韩立到乡镇检查防汛工作。")
    assert ("韩立", "县委书记") in {(p.person, p.title) for a in r.articles for p in a.posts}
    assert not [n for t, n in _entities("青禾融媒讯 县委书记韩立到乡镇检查防汛工作。") if "讯" in n]


@pytest.mark.parametrize("text", [
    "他到浑源高勒苏木调研。浑源高勒苏木干部群众参加。浑源高勒苏木党委汇报了工作。",   # a sumu's name shares the element
    "客人来自浑源市。浑源市代表团参观了展览。",                                      # another level of the same name
])
def test_a_county_s_short_name_inside_another_name_is_no_mention_of_the_county(text):
    assert extract_text(text).region.district is None


@pytest.mark.parametrize("text,person", [
    ("州委副书记曲木拉惹出席会议。", "曲木拉惹"),      # a Yi clan name and a given element, four characters
    ("副州长沙马尔古参加调研。", "沙马尔古"),
])
def test_a_yi_name_after_a_title_is_read_whole(text, person):
    assert _named(text, "person") == {person}


def test_an_autonomous_county_s_long_name_is_the_page_s_county():
    r = extract_text("双江拉祜族佤族布朗族傣族自治县召开会议。县委书记韩立讲话。")
    assert r.region.district == "双江拉祜族佤族布朗族傣族自治县" and r.region.city == "临沧市"


def test_an_autonomous_county_named_short_and_with_its_level_takes_the_form_the_page_writes():
    text = "孟村要闻\n县政协开展视察\n县政协主席孟青禾带队视察企业，孟村县委常委韩立参加。"
    r = extract_text(text)
    assert r.region.district == "孟村县" and ("body", "孟村县政协") in _entities(text)


@pytest.mark.parametrize("text,bodies", [
    ("党政军警民合力守护边境。", set()),                                    # a collective of organs names none
    ("会议在县行政中心举行。", set()),                                        # the county's offices: no body
    ("孟青禾带县文旅局干部到景区调研。", {"县文旅局"}),                        # 带 before a relative organ
    ("民进青山区委会主委韩立出席会议。", {"民进青山区委会"}),                  # a democratic party's committee
    ("浑源县委书记韩立到县民政局调研。", {"浑源县委", "浑源县民政局"}),        # the level before an organ jieba knows
])
def test_collectives_offices_and_party_and_relative_committees(text, bodies):
    assert _named(text, "body") == bodies


def test_a_verb_inside_an_organ_s_name_does_not_cut_its_title():
    r = extract_text("市投资促进局局长韩立介绍了情况。")
    assert ("韩立", "市投资促进局局长", "市投资促进局") in {(p.person, p.title, p.org) for a in r.articles for p in a.posts}


@pytest.mark.parametrize("text,body", [
    ("他是国民党中央委员，曾多次来访。", "国民党中央"),      # the centre of the party named before it
    ("坚持党中央集中统一领导。", "党中央"),
])
def test_dang_zhongyang_after_a_party_s_name_is_that_party_s_centre(text, body):
    assert _named(text, "body") == {body}


def test_a_government_s_offices_in_a_list_of_places_are_one_office_in_each():
    ents = _entities("青山县人民政府驻成都、重庆、西安办事处负责人参加了座谈。")
    assert {n for t, n in ents if t == "body"} == {f"青山县人民政府驻{c}办事处" for c in ("成都", "重庆", "西安")}


def test_projects_counted_and_listed_after_a_colon_are_each_a_project_with_their_ji_inside():
    ents = _entities("此次集中开工项目8个，包括：青禾湿地公园提升及护岸建设项目、南岭物流园、白石康养小镇等。")
    assert {n for t, n in ents if t == "project"} >= {"青禾湿地公园提升及护岸建设项目", "南岭物流园", "白石康养小镇"}


@pytest.mark.parametrize("text,person", [
    ("成立以禤立新同志为组长的工作专班。", "禤立新"),        # 同志 after a full name, 以 before it
    ("老同志们欢聚一堂。", None),
])
def test_tongzhi_after_a_full_name_marks_a_person(text, person):
    assert _named(text, "person") == ({person} if person else set())


@pytest.mark.parametrize("text,bodies", [
    ("欧洲安全与合作组织派出了观察员。", {"欧洲安全与合作组织"}),            # 与 joins two fields of an organisation
    ("双方与国际货币基金组织举行了谈判。", {"国际货币基金组织"}),            # not a party to talks and a known body
])
def test_yu_joins_the_fields_of_a_world_organisation_but_not_a_party_before_a_known_one(text, bodies):
    assert _named(text, "body") == bodies


def test_a_town_named_without_its_level_is_the_town_not_a_county_or_a_person():
    r = extract_text("县长韩立先后到石城镇、肖岗乡检查防汛工作。在石城，他察看了河道。在肖岗，他看望了群众。")
    ents = {(e.type, e.name): e.aliases for a in r.articles for e in a.entities}
    assert ents[("place", "石城镇")] == ("石城",) and ents[("place", "肖岗乡")] == ("肖岗",)
    assert not [n for t, n in ents if t == "person" and n == "肖岗"] and ("place", "石城") not in ents


@pytest.mark.parametrize("text,bodies,places", [
    # states listed together in a sentence about a competition are its sides
    ("小组赛结束，四强已经产生：乙组的芬兰、挪威、冰岛和瑞典。", {"芬兰", "挪威", "冰岛", "瑞典"}, set()),
    ("她们此后将对智利、秘鲁等强队。", {"智利", "秘鲁"}, set()),
    # where the players come from, or states listed outside a competition, stay places
    ("来自芬兰、挪威、冰岛的选手参加了比赛。", set(), {"芬兰", "挪威", "冰岛"}),
    ("代表团先后访问了芬兰、挪威和冰岛。", set(), {"芬兰", "挪威", "冰岛"}),
    # a lone state in such a sentence is the player's country
    ("挪威的汉森在比赛中击败对手。", set(), {"挪威"}),
])
def test_states_listed_in_a_competition_are_its_sides(text, bodies, places):
    ents = _entities(text)
    assert bodies == {n for t, n in ents if t == "body" and n in bodies | places}
    assert places <= {n for t, n in ents if t == "place"}


@pytest.mark.parametrize("text,body,not_body", [
    # an international organisation's organ written after it is one body with it
    ("联合国海洋渔业联合协调署官员今天抵达。", "联合国海洋渔业联合协调署", "联合国"),
    ("会议决定派出联合国边界勘测机构，协助划界。", "联合国边界勘测机构", "联合国"),
    ("他们呼吁联合国安全理事会常任理事国承担责任。", "联合国安全理事会", "联合国"),
    # a kind of organ, an event, or a clause after it is not
    ("这是联合国专门机构的职责。", "联合国", "联合国专门机构"),
    ("欧盟企业可能就会受到影响。", "欧盟", "欧盟企业可能就会"),
])
def test_an_international_organisations_organ_joins_its_name(text, body, not_body):
    bodies = _named(text, "body")
    assert body in bodies and not_body not in bodies


@pytest.mark.parametrize("text,body,places", [
    # a body is named from its own division on; the higher divisions written before it are places
    ("上午，湖南省株洲市荷塘区人民法院开庭审理此案。", "荷塘区人民法院", {"湖南省", "株洲市"}),
    ("报道披露了江苏省无锡市青禾职业培训学校的问题。", "无锡市青禾职业培训学校", {"江苏省"}),
    ("浙江省桐乡市柳溪镇供销社主任介绍了情况。", "柳溪镇供销社", {"浙江省", "桐乡市"}),
    # one division's organ keeps its name, and a town's organ (an everyday word before 镇) its county
    ("荷塘区人民法院开庭审理此案。", "荷塘区人民法院", set()),
    ("桐乡市石门镇政府发布通知。", "桐乡市石门镇政府", set()),
])
def test_a_body_is_named_from_its_own_division_on(text, body, places):
    ents = _entities(text)
    assert ("body", body) in ents
    assert places <= {n for t, n in ents if t == "place"}


@pytest.mark.parametrize("text,bodies,not_bodies", [
    # a ship or a shuttle named in quotes is a body; a spacecraft (飞船) is not
    ("由“海鸥”号导弹驱逐舰和“远帆”号综合训练舰组成的编队抵达。", {"“海鸥”号导弹驱逐舰", "“远帆”号综合训练舰"}, set()),
    ("数据通过“晨星”号航天飞机传回。", {"“晨星”号航天飞机"}, set()),
    ("“晨星”号飞船今天发射。", set(), {"“晨星”号飞船"}),
    # a cabinet is a body, named by the prime minister's family name before it
    ("目前由田中内阁执行的政策难以奏效。", {"田中内阁"}, {"内阁"}),
    ("总理在内阁会议上宣布了这一数字。", {"内阁"}, set()),
])
def test_vessels_and_cabinets_are_bodies(text, bodies, not_bodies):
    found = _named(text, "body")
    assert bodies <= found and not (not_bodies & found)


@pytest.mark.parametrize("text,bodies,not_bodies", [
    # a firm named by one everyday noun before 集团 or 银行
    ("同时，灯塔集团自身也快速扩张。", {"灯塔集团"}, set()),
    ("据悉，钻石银行和橄榄银行宣布合并。", {"钻石银行", "橄榄银行"}, set()),
    ("该项目由青禾航天保险联合体承保。", {"青禾航天保险联合体"}, set()),
    # a gang, a bloc or a kind of firm is none
    ("警方摧毁了一个犯罪集团。", set(), {"犯罪集团"}),
    ("他们代表既得利益集团。", set(), {"利益集团", "既得利益集团"}),
    ("企业集团发展很快。", set(), {"企业集团"}),
])
def test_a_firm_may_be_named_by_an_everyday_noun(text, bodies, not_bodies):
    found = _named(text, "body")
    assert bodies <= found and not (not_bodies & found)


@pytest.mark.parametrize("text,bodies,not_bodies", [
    # a council or a parliament named by nouns of what it is for
    ("会议由青禾联邦议会和宪法委员会各推举两名成员。", {"宪法委员会"}, set()),
    # the kinds of committee every body sets up are none
    ("学校成立了专家委员会和学术委员会。", set(), {"专家委员会", "学术委员会"}),
    ("居民委员会主任介绍了情况。", set(), {"居民委员会"}),
])
def test_a_council_named_by_nouns_is_a_body_but_not_a_kind_of_committee(text, bodies, not_bodies):
    found = _named(text, "body")
    assert bodies <= found and not (not_bodies & found)


def test_an_autonomous_regions_organs_named_relative_are_its_own():
    r = extract_text("自治区召开会议\n\n本报讯 5月6日，广西壮族自治区召开会议。自治区党委书记周立群讲话，"
                     "自治区民政厅、自治区林业学会负责人参加。\n", "p.txt")
    a = r.articles[0]
    bodies = {e.name: set(e.aliases) for e in a.entities if e.type == "body"}
    assert bodies["广西壮族自治区党委"] == {"自治区党委"}
    assert {"广西壮族自治区民政厅", "广西壮族自治区林业学会"} <= bodies.keys()
    assert ("周立群", "自治区党委书记", "广西壮族自治区党委") in {(p.person, p.title, p.org) for p in a.posts}


def test_a_prefectures_organ_named_relative_is_its_own():
    r = extract_text("义诊\n\n本报讯 楚雄彝族自治州召开会议。自治州人民医院开展义诊。\n", "p.txt")
    assert "楚雄彝族自治州人民医院" in {e.name for a in r.articles for e in a.entities if e.type == "body"}


@pytest.mark.parametrize("text,name", [
    # a Mongolian name whose first element begins with a surname's character (乌, 萨) is whole
    ("会议由盟委委员、秘书长乌云图雅主持。", "乌云图雅"),
    ("旗长萨仁格日勒讲话。", "萨仁格日勒"),
])
def test_a_mongolian_name_after_a_title_is_whole(text, name):
    persons = _named(text, "person")
    assert name in persons


def test_the_great_parties_of_other_states_are_bodies_by_their_short_names():
    bodies = {n for t, n in _entities("选举中，绿党和共和党均表示反对，英国工党领袖随后发表讲话。") if t == "body"}
    assert {"绿党", "共和党", "英国工党"} <= bodies


@pytest.mark.parametrize("text,name,kind", [
    # a centre named as a venue is a place; a centre that does the work is a body
    ("大型图片展今起在青禾国际展览中心展出。", "青禾国际展览中心", "place"),
    ("航天飞机从青禾航天中心发射升空。", "青禾航天中心", "place"),
    ("青禾县融媒体中心记者到场采访。", "青禾县融媒体中心", "body"),
])
def test_a_venue_named_as_a_centre_is_a_place(text, name, kind):
    assert (kind, name) in _entities(text)


@pytest.mark.parametrize("text,body", [
    # a division's name that begins with a conjunction's character (和) opens its clause whole
    ("会上，和静县委书记周立群讲话。", "和静县委"),
    ("和龙市委书记周立群主持会议。", "和龙市委"),
])
def test_a_division_beginning_with_a_conjunctions_character_is_named_whole(text, body):
    ents = _entities(text)
    assert ("body", body) in ents and ("body", body[1:]) not in ents


@pytest.mark.parametrize("text,place_named", [
    # a city named by an everyday noun (来宾: guests) is that noun after a preposition toward persons
    ("讲解员向来宾介绍了展品。", False),
    ("演员们为来宾表演了节目。", False),
    ("考察团从柳州到来宾调研。", True),
])
def test_a_city_named_by_an_everyday_noun_after_a_preposition_toward_persons_is_the_noun(text, place_named):
    assert (("place", "来宾") in _entities(text)) is place_named


def test_a_uyghur_name_after_a_title_is_whole_though_its_last_character_begins_a_word():
    # a first part of six characters, and 提 of 买买提 before 出席 (提出 is a word, but 出席 follows names)
    r = extract_text("会议\n\n本报讯 县政协党组成员、副主席艾则孜热依木·买买提出席。\n", "p.txt")
    assert ("艾则孜热依木·买买提", "副主席") in {(p.person, p.title) for p in r.articles[0].posts}


def test_a_firms_officers_listed_after_one_of_its_own_are_the_firms():
    r = extract_text("签约\n\n本报讯 青禾科技集团有限公司总顾问周立群、董事长王一鸣出席签约仪式。\n", "p.txt")
    posts = {(p.person, p.title, p.org) for p in r.articles[0].posts}
    assert {("周立群", "总顾问", "青禾科技集团有限公司"), ("王一鸣", "董事长", "青禾科技集团有限公司")} <= posts


def test_a_states_government_office_written_with_its_short_form_is_one_body():
    bodies = {n for t, n in _entities("据法政府统计局9日通报，物价上涨。") if t == "body"}
    assert "法政府统计局" in bodies and "统计局" not in bodies


def test_sports_federations_are_bodies_by_their_short_names():
    bodies = {n for t, n in _entities("国际泳联和中国篮协昨天分别宣布了新规。") if t == "body"}
    assert {"国际泳联", "中国篮协"} <= bodies


@pytest.mark.parametrize("text,absent", [
    # a particle or preposition begins no village's or town's name
    ("执法队在柳村水库开展巡查。", "在柳村"),
    ("全县开展了联村联户活动。", "了联村"),
    # a verb before the page's own level and an organ begins no foreign division
    ("周立群任市民政局局长。", "周立群任市"),
])
def test_a_particle_or_verb_before_a_level_is_no_part_of_a_place(text, absent):
    assert absent not in _named(text, "place")


@pytest.mark.parametrize("text,name", [
    # a given name that makes a service's word (海军) is whole; the service with a rank still follows a name
    ("县长王海军主持会议。", "王海军"),
    ("美军司令史密森海军上将说，演习如期举行。", "史密森"),
])
def test_a_given_name_that_makes_a_services_word_is_whole(text, name):
    assert name in _named(text, "person")


@pytest.mark.parametrize("text,place", [
    # an ethnic township's name and a transliterated town's run past four characters, whole
    ("考察组来到青禾傈僳族乡调研。", "青禾傈僳族乡"),
    ("会议在额尔敦宝力格镇召开。", "额尔敦宝力格镇"),
])
def test_an_ethnic_or_transliterated_townships_long_name_is_whole(text, place):
    assert place in _named(text, "place")


def test_each_item_of_an_appointment_or_removal_list_holds_its_title():
    r = extract_text("任免\n\n本报讯 会议决定任命周立群任市发展和改革委员会主任、吴清任市民政局局长；"
                     "免去钱安民的市财政局局长职务，孙连武不再担任市水利局局长职务。\n", "p.txt")
    posts = {(p.person, p.title) for p in r.articles[0].posts}
    assert {("周立群", "市发展和改革委员会主任"), ("吴清", "市民政局局长"),
            ("钱安民", "市财政局局长"), ("孙连武", "市水利局局长")} <= posts


def test_bare_organs_listed_after_a_relative_one_are_the_same_levels():
    r = extract_text("会议\n\n本报讯 阜平县召开会议。县生态环境分局、水利局、林业局负责人参加，县司法局、"
                     "阜城公安分局负责人也出席。\n", "p.txt")
    bodies = {e.name for e in r.articles[0].entities if e.type == "body"}
    assert {"阜平县生态环境分局", "阜平县水利局", "阜平县林业局", "阜城公安分局"} <= bodies   # the last named with its own place


@pytest.mark.parametrize("text,name,title", [
    # a Mongolian name of one element whose second character gives no Chinese name (苏和), after a gacha's head
    ("嘎查长苏和介绍了情况。", "苏和", "嘎查长"),
    # a name of three characters that runs on into an element of three (某日德 + 必力格)
    ("旗长胡日德必力格讲话。", "胡日德必力格", "旗长"),
])
def test_mongolian_names_after_a_banner_or_gacha_title_are_whole(text, name, title):
    assert (name, title) in {(p, t) for p, t, _ in _posts(text)}


@pytest.mark.parametrize("text,body", [
    # a relative organ whose name begins with 民族, 民宗 (县民 is also a word for the county's people)
    ("县委书记先后来到县民族宗教事务局、县民族中学调研。", "县民族宗教事务局"),
    ("县委书记先后来到县民族宗教事务局、县民族中学调研。", "县民族中学"),
])
def test_a_relative_organ_beginning_with_min_is_named(text, body):
    assert body in _named(text, "body")


def test_a_programmes_named_site_is_a_project_but_a_count_of_sites_is_not():
    ents = _entities("县委书记先后来到柳溪乡易地搬迁安置点、青禾茶叶标准化种植示范点，察看建设进度。全县设立了多个示范点。")
    assert {("project", "柳溪乡易地搬迁安置点"), ("project", "青禾茶叶标准化种植示范点")} <= ents
    assert not any(n.endswith("多个示范点") or n == "示范点" for _, n in ents)


@pytest.mark.parametrize("text,person,title", [
    # a verb of contact before a title is no part of it; inside an organ's name it stays
    ("旗人大常委会主任周立群走访联系市级人大代表乌日娜。", "乌日娜", "市级人大代表"),
    ("县委联系群众办公室主任吴清参加。", "吴清", "县委联系群众办公室主任"),
])
def test_a_verb_of_contact_before_a_title_is_no_part_of_it(text, person, title):
    assert (person, title) in {(p, t) for p, t, _ in _posts(text)}


@pytest.mark.parametrize("text,post", [
    # the verb of an appointment is no part of the title, after a comma or at the lead
    ("柳州市召开会议。周立群，拟任芜湖市委书记。", ("周立群", "芜湖市委书记", "芜湖市委")),
    ("周立群拟任芜湖市委书记。", ("周立群", "芜湖市委书记", "芜湖市委")),
])
def test_the_verb_of_an_appointment_is_no_part_of_the_title(text, post):
    assert post in _posts(text)


def test_a_divisions_short_name_before_its_heads_role_gives_that_divisions_government():
    r = extract_text("会议\n\n本报讯 柳州市长周立群、芜湖副市长吴清和阜平县长钱安民出席。\n", "p.txt")
    posts = {(p.person, p.org) for p in r.articles[0].posts}
    assert {("周立群", "柳州市政府"), ("吴清", "芜湖市政府"), ("钱安民", "阜平县政府")} <= posts


def test_a_former_holders_body_is_named_without_qianren():
    r = extract_text("会议\n\n本报讯 前任柳州市委书记周立群出席。\n", "p.txt")
    assert ("周立群", "柳州市委") in {(p.person, p.org) for p in r.articles[0].posts}


def test_a_verb_before_xiangmu_names_no_project():
    assert not _named("要力争项目早建成、早投产。", "project")


@pytest.mark.parametrize("text,body", [
    ("2005年起在精诚技术股份有限公司工作。", "精诚技术股份有限公司"),
    # 公司 + 法 makes 司法 (a word), yet a legal form ends the firm's name
    ("现任深圳市聚鑫光电股份有限公司法务专员。", "深圳市聚鑫光电股份有限公司"),
])
def test_a_firm_named_by_everyday_words_before_its_legal_form_is_a_body(text, body):
    assert body in _named(text, "body")


def test_a_kind_of_firm_before_a_legal_form_names_none():
    assert not _named("他在一家外资股份有限公司工作。", "body")


def test_a_citys_short_name_that_jieba_tags_as_a_common_word_begins_a_body():
    # jieba tags 烟台 as a common noun; the city's short name still says which commission it is
    assert "烟台仲裁委员会" in _named("烟台仲裁委员会仲裁员王小川出席。", "body")


def test_the_second_of_two_posts_joined_by_jian_names_its_own_body():
    bodies = _named("县委常委、副县长兼县公安局局长李明远出席。", "body")
    assert "县公安局" in {b[-4:] for b in bodies} and not any("副县长" in b for b in bodies)


def test_a_title_after_a_body_ends_it_though_the_two_make_a_word():
    # 中心 + 理事: 心理 is a word, yet 理事 is the title after the body
    assert "国家青禾风险评估中心" in _named("现任国家青禾风险评估中心理事。", "body")


def test_a_firms_project_manager_is_a_title_not_a_project():
    assert not _named("曾任蓝鲸投资咨询公司项目经理。", "project")
    assert "蓝鲸投资咨询公司" in _named("曾任蓝鲸投资咨询公司项目经理。", "body")


@pytest.mark.parametrize("text,body", [
    ("他毕业于西北交通学院。", "西北交通学院"),
    ("毕业于西南纺织大学后回乡。", "西南纺织大学"),
])
def test_a_body_named_for_a_region_of_china_is_a_body(text, body):
    assert body in _named(text, "body")


def test_a_red_cross_society_and_a_hometown_association_are_bodies():
    bodies = _named("青禾市红十字会、旅美青禾同乡会向灾区捐款。", "body")
    assert {"青禾市红十字会", "旅美青禾同乡会"} <= bodies


def test_plenary_sessions_listed_before_quanhui_are_no_schools():
    assert not _named("深入学习十九届三中、四中、五中全会精神。", "body")
    assert "三中" in _named("县一中、三中的师生参加。", "body")


def test_a_sponsors_verb_ending_in_ban_is_no_office():
    bodies = _named("活动由市体育局主办，市文联承办。", "body")
    assert "市体育局" in bodies and not any(b.endswith(("主办", "承办")) for b in bodies)


@pytest.mark.parametrize("text,bodies", [
    # a party department after a committee's department is that committee's; a bureau is its level's
    ("来自市委组织部、宣传部、统战部、财政局等单位。", {"市委组织部", "市委宣传部", "市委统战部", "市财政局"}),
    # organs listed after one named with its division share the division
    ("合肥市工信局、发改委、商务局负责人参加。", {"合肥市工信局", "合肥市发改委", "合肥市商务局"}),
])
def test_bare_organs_after_a_listed_organ_share_its_division_and_committee(text, bodies):
    assert bodies <= {m.text for m in suffix_mentions(text)}


@pytest.mark.parametrize("text,body", [
    ("青禾县县委第一巡察组进驻。", "青禾县委第一巡察组"),
    # a county named by one character and 县 keeps both: 忠县 + 县委
    ("忠县县委书记王大山出席。", "忠县县委"),
])
def test_a_level_written_twice_before_wei_is_written_once(text, body):
    assert body in _named(text, "body")


def test_a_phrase_before_a_division_named_in_full_is_no_part_of_the_body():
    assert "连平县青禾书画家协会" in _named("顺利完成连平县青禾书画家协会换届。", "body")


def test_a_banks_branch_named_by_its_division_and_the_banks_short_name_is_one_body():
    assert {"烟台农行", "金水区工行"} <= _named("烟台农行、金水区工行为青禾公司授信。", "body")


@pytest.mark.parametrize("text,government", [
    ("在青禾镇党委、政府的领导下，全镇稳步推进。", "青禾镇政府"),
    ("东湖街道党工委、办事处组织志愿者。", "东湖街道办事处"),
    ("镇党委、政府主要领导参加。", "镇政府"),
])
def test_a_government_named_bare_after_its_divisions_party_committee_is_that_divisions(text, government):
    assert government in {m.text for m in suffix_mentions(text)}


def test_a_new_terms_congress_is_the_congress():
    assert "市人大常委会" in {b[-6:] for b in _named("新一届市人大常委会召开第一次会议。", "body")}
    assert not any(b.startswith("新") for b in _named("新一届市人大常委会召开第一次会议。", "body"))


def test_a_party_group_after_a_government_post_is_the_governments():
    assert ("王大山", "党组成员", "云川市人民政府党组") in _posts("云川市人民政府副市长、党组成员王大山出席。")


def test_a_verb_of_leading_a_team_after_a_title_is_no_team():
    bodies = _named("省人民检察院检察长带队督导。", "body")
    assert "省人民检察院" in {b[-6:] for b in bodies} and not any(b.endswith("带队") for b in bodies)


@pytest.mark.parametrize("text,place", [
    ("进驻杉桥镇开展巡察。", "杉桥镇"),
    ("他勉励桂花街道继续努力。", "桂花街道"),
])
def test_a_verb_before_a_town_is_no_part_of_its_name(text, place):
    assert place in _named(text, "place")


def test_an_organs_projects_name_no_project():
    assert not _named("会议对市自然资源局项目用地保障提出要求。", "project")


@pytest.mark.parametrize("text,body", [
    ("“惠企暖心”农业银行专场活动举行。", "农业银行"),
    ("诚邀建设银行东门支行参加。", "建设银行东门支行"),
])
def test_a_slogan_or_verb_before_a_body_known_by_name_is_no_part_of_it(text, body):
    assert body in _named(text, "body")


def test_a_government_written_without_renmin_is_the_one_written_with_it_in_the_same_article():
    r = extract_text("会议\n\n本报讯 青禾区人民政府召开常务会议。青禾区政府各部门要抓好落实。\n", "p.txt")
    bodies = {e.name: e.aliases for e in r.articles[0].entities if e.type == "body"}
    assert "青禾区政府" not in bodies and "青禾区政府" in bodies["青禾区人民政府"]


def test_a_school_named_by_its_division_and_number_is_a_body():
    assert {"重庆一中", "金水区三中"} <= _named("重庆一中、金水区三中的师生参加了活动。", "body")


@pytest.mark.parametrize("text,body", [
    ("第五届连平县青禾书画家协会换届。", "连平县青禾书画家协会"),
    ("2025广东省青禾商会成立。", "广东省青禾商会"),
])
def test_a_term_or_year_before_a_bodys_division_is_no_part_of_it(text, body):
    assert body in _named(text, "body")


def test_a_units_team_is_no_body_of_its_own():
    assert _named("县人民医院专家团队深入乡村义诊。", "body") == {"县人民医院"}


def test_the_one_town_a_page_names_gives_its_relative_organs_their_name():
    r = extract_text("会议\n\n本报讯 5月6日，县委书记王大山到东湖街道走访。街道党工委书记李小川陪同。\n", "p.txt")
    assert "东湖街道党工委" in {e.name for e in r.articles[0].entities}


def test_the_one_village_a_page_names_gives_its_committee_and_branch_their_name():
    r = extract_text("会议\n\n本报讯 县委书记王大山到青松镇石桥村调研。村党支部书记李小川陪同，村委会主任赵一介绍。\n", "p.txt")
    assert {"石桥村党支部", "石桥村村委会"} <= {e.name for e in r.articles[0].entities}


def test_a_school_named_for_a_towns_quarter_is_not_the_towns_organ():
    r = extract_text("会议\n\n本报讯 青松镇建成了镇北小学。镇党委书记李小川出席。\n", "p.txt")
    names = {e.name for e in r.articles[0].entities}
    assert "青松镇党委" in names and "青松镇北小学" not in names


@pytest.mark.parametrize("text", ["亚运会举重项目比赛在青禾体育馆举行。", "全力推进“三大球”项目。"])
def test_an_event_of_the_games_is_no_project(text):
    assert not _named(text, "project")


def test_a_spokesman_and_a_head_coach_hold_posts():
    assert ("马晓东", "外交部发言人", "外交部") in _posts("外交部发言人马晓东表示。")
    assert any(p[:2] == ("展红梅", "主教练") for p in _posts("主教练展红梅说。"))


def test_a_village_named_for_a_clan_is_a_place():
    assert {"李家村", "王庄村"} <= _named("他先后来到李家村、王庄村调研。", "place")


@pytest.mark.parametrize("text,body", [
    ("会见了中共中央对外联络部副部长。", "中共中央对外联络部"),
    ("联合国经济及社会理事会发表报告。", "联合国经济及社会理事会"),
])
def test_a_known_body_holding_a_conjunction_or_preposition_is_whole(text, body):
    assert body in _named(text, "body")


@pytest.mark.parametrize("text,name,title", [
    ("梁国华副总理出席会议。", "梁国华", "副总理"),
    ("李华副委员长会见了代表团。", "李华", "副委员长"),
])
def test_a_deputys_fu_before_a_national_title_is_the_titles(text, name, title):
    assert any(p[:2] == (name, title) for p in _posts(text))


def test_a_foreign_name_ends_before_the_preposition_of_a_date():
    assert "卡尔森" in _named("卡尔森于当地时间5日抵达青禾。", "person")


def test_items_of_a_counted_list_of_projects_are_projects():
    projects = _named("县委书记柳明川实地观摩了第二实验小学扩建、城东公共停车场、禾田万吨果蔬保鲜库等12个重点项目建设现场。", "project")
    assert {"第二实验小学扩建", "城东公共停车场", "禾田万吨果蔬保鲜库"} <= projects


@pytest.mark.parametrize("text,name,kind", [
    ("三季度重大项目集中开工仪式在主会场鑫达二期项目举行。", "鑫达二期项目", "project"),
    ("国际知名企业华瑞集团投资兴建的饲草加工项目落户。", "华瑞集团", "body"),
    ("确保在年底前完成青松路拓宽工程。", "青松路拓宽工程", "project"),
    ("青禾有线电视台报道了此事。", "青禾有线电视台", "body"),
    ("深圳向阳花投资公司参加签约。", "深圳向阳花投资公司", "body"),
])
def test_a_venue_description_or_verb_before_a_name_is_no_part_of_it(text, name, kind):
    assert name in _named(text, kind)


def test_a_quarters_projects_name_no_project():
    assert not _named("青禾县二季度重大项目集中签约活动举行。", "project")


def test_a_group_title_then_you_is_no_part_of_the_body():
    bodies = _named("参加活动的市领导有市委常委、宣传部长钱立群。", "body")
    assert "市委" in bodies and not any("有" in b for b in bodies)


@pytest.mark.parametrize("text,body,project", [
    ("国际知名企业华瑞集团投资兴建饲草加工项目。", "华瑞集团", "饲草加工项目"),
    ("鑫源公司投资8000万元建设的种牛繁育基地项目开工。", "鑫源公司", "种牛繁育基地项目"),
])
def test_a_firm_that_builds_a_project_and_the_project_are_named_apart(text, body, project):
    assert body in _named(text, "body") and project in _named(text, "project")


def test_a_shared_title_reaches_every_item_of_its_list_though_one_has_no_names_shape():
    posts = _posts("县领导韩东升、占宏伟、庞立川、马云飞参加。")
    assert {("韩东升", "县领导"), ("占宏伟", "县领导"), ("庞立川", "县领导"), ("马云飞", "县领导")} <= {p[:2] for p in posts}


def test_a_listed_name_runs_to_its_separator():
    posts = _posts("老领导范志成、陆以任、闵建华出席。")
    assert ("陆以任", "老领导") in {p[:2] for p in posts}
    assert "陆以任" in _named("老领导范志成、陆以任、闵建华出席。", "person")


def test_a_group_titles_list_after_haiyou_and_a_colon_shares_it():
    posts = _posts("应邀出席会议的县领导还有：邹明亮、曾卫华、林小川。")
    assert {("邹明亮", "县领导"), ("林小川", "县领导")} <= {p[:2] for p in posts}


def test_an_appointee_holding_a_title_gains_the_titles_given():
    posts = _posts("任命县委副书记梁振宇同志为县人民政府副县长、代理县长。")
    assert {("梁振宇", "县委副书记"), ("梁振宇", "县人民政府副县长"), ("梁振宇", "代理县长")} <= {p[:2] for p in posts}
    assert not any(p[1].startswith("命") for p in posts)


def test_one_who_resigns_held_the_post():
    assert ("宋家明", "县人民政府县长") in {p[:2] for p in _posts("会议决定接受宋家明同志辞去县人民政府县长职务。")}


def test_a_preposition_before_an_acting_title_is_no_part_of_it():
    assert ("卢海波", "代市长", "市政府") in _posts("受代市长卢海波委托，副市长王一作报告。")


def test_a_county_named_by_one_character_is_not_read_inside_a_verb():
    r = extract_text("会议\n\n本报讯 会议决定，王一不再担任县财政局局长职务。\n", "p.txt")
    assert ("王一", "县财政局") in {(p.person, p.org) for p in r.articles[0].posts}


def test_a_post_in_a_body_known_by_name_is_that_bodys():
    assert ("阿里克", "联合国秘书长", "联合国") in _posts("联合国秘书长阿里克发表讲话。")


def test_the_chair_of_a_firms_board_heads_the_firm():
    assert ("王一", "董事会主席", "新华集团") in _posts("新华集团董事会主席王一出席。")


def test_the_centre_of_a_party_the_lexicon_lacks_is_that_partys():
    assert "青禾人民革命党中央" in _named("青禾人民革命党中央总书记会见了代表团。", "body")
    assert "党中央" in _named("把宣传先进经验与宣传党中央的精神结合起来。", "body")


def test_a_town_whose_name_begins_with_a_verb_keeps_it_before_its_village():
    assert "叮咛铺镇" in _named("医疗队还奔赴叮咛铺镇南松寄村义诊。", "place")


def test_a_count_of_villages_names_no_village():
    r = extract_text("会议\n\n本报讯 全县确定了3个村开展试点，村委会负责组织。\n", "p.txt")
    assert not any("个村" in e.name for e in r.articles[0].entities)


def test_a_given_name_beginning_with_he_that_is_a_word_is_whole():
    assert ("胡和平", "文化部部长", "文化部") in _posts("文化部部长胡和平出席。")


@pytest.mark.parametrize("text,post", [
    ("工业和信息化部部长方海出席。", ("方海", "工业和信息化部部长", "工业和信息化部")),
    ("自然资源和规划局局长王一出席。", ("王一", "自然资源和规划局局长", "自然资源和规划局")),
])
def test_a_title_in_an_organ_named_for_two_fields_is_whole(text, post):
    assert post in _posts(text)


def test_two_titles_joined_by_he_stay_apart():
    assert ("王二", "区委书记", "区委") in _posts("市长和区委书记王二出席。")


@pytest.mark.parametrize("text,posts", [
    ("国务委员兼外长孟长河出席。", {("孟长河", "国务委员"), ("孟长河", "外长")}),
    ("县委常委、副县长兼县公安局局长李明远出席。", {("李明远", "县委常委"), ("李明远", "副县长"), ("李明远", "县公安局局长")}),
])
def test_two_posts_joined_by_jian_are_two(text, posts):
    assert posts <= {p[:2] for p in _posts(text)}


def test_a_ministers_title_in_a_ministry_named_for_two_fields_after_jian_is_whole():
    titles = {p[1] for p in _posts("青禾副总理兼渔业和海洋开发部长塔米尔宣布。")}
    assert "渔业和海洋开发部长" in titles and any(t.endswith("副总理") for t in titles)


@pytest.mark.parametrize("page,reporters", [
    ("县委召开常委会议\n\n(山河在线记者 邱晓岚)5月6日，县委召开常委会议，县委书记王大山主持。\n", ("邱晓岚",)),
    ("县委召开常委会议\n\n(记 者:唐文杰 侯雅琴)\n\n5月6日，县委召开常委会议，县委书记王大山主持。\n", ("唐文杰", "侯雅琴")),
])
def test_a_bracketed_byline_with_an_outlet_or_a_padded_role_names_the_reporters(page, reporters):
    assert extract_text(page, "p.txt").articles[0].reporters == reporters


@pytest.mark.parametrize("text,name", [("乡长孙立所作的报告得到好评。", "孙立"), ("县长秦宏提交了议案。", "秦宏")])
def test_a_name_ends_before_a_verb_that_follows_names(text, name):
    assert name in {p[0] for p in _posts(text)}


def test_a_banner_named_short_by_its_direction_or_position_is_the_banner():
    from kg import lexicons
    assert lexicons.banner_short("东乌珠穆沁旗") == "东乌旗" and lexicons.banner_short("鄂托克前旗") == "鄂前旗"
    assert "东乌旗" in _named("调研组深入东乌旗调研。", "place")


def test_a_counties_short_name_inside_a_persons_name_gives_no_region():
    posts = _posts("副主任韦富川讲话，县长蒙立新出席。副主任韦富川强调。")
    assert ("蒙立新", "县长", "县政府") in posts


def test_a_short_wire_dateline_ends_before_the_body_after_it():
    bodies = _named("据中新社电 外交部发言人马晓东表示。", "body")
    assert "外交部" in bodies and not any(b.endswith("电外交部") for b in bodies)


def test_a_corps_regiments_farm_named_by_its_number_is_a_place():
    places = _named("七师党委书记张海赴一二三团、149团调研。", "place")
    assert {"一二三团", "149团"} <= places
    assert not _named("全县组织了123团体参加。", "place")


@pytest.mark.parametrize("text,name", [
    ("副县长多杰东智出席会议。", "多杰东智"),
    ("县政协主席旺秀南杰出席会议。", "旺秀南杰"),
    ("乡党委书记吉克木子出席会议。", "吉克木子"),
])
def test_tibetan_and_yi_names_after_a_title_are_whole(text, name):
    assert name in {p[0] for p in _posts(text)}


def test_a_leading_bracketed_byline_with_a_name_before_its_role_names_the_reporter():
    page = "县委召开常委会议\n\n(柯雨桐 记者 施南乔)6月3日，县委召开常委会议，县委书记王大山主持。\n"
    assert extract_text(page, "p.txt").articles[0].reporters == ("施南乔",)


def test_a_sites_category_tag_before_a_headline_is_no_part_of_the_title():
    page = "[松岭县] 松岭县政协调研农业工作\n\n本报讯 6月3日，松岭县政协主席王大山调研。\n"
    assert extract_text(page, "p.txt").articles[0].title == "松岭县政协调研农业工作"


def test_a_columns_tag_before_a_headline_on_its_line_leaves_the_headline():
    page = "【奋进新征程】县委召开常委会议\n\n本报讯 6月3日，县委召开常委会议，县委书记王大山主持。\n"
    assert extract_text(page, "p.txt").articles[0].title == "县委召开常委会议"


@pytest.mark.parametrize("furniture", ["第A03版:要闻 PDF版", "青禾日报-数字报|本期导航 往期回顾 上一期 下一期 放大 缩小"])
def test_an_e_papers_edition_and_navigation_lines_are_no_subtitle(furniture):
    page = furniture + "\n\n县委召开常委会议\n\n本报讯 6月3日，县委召开常委会议，县委书记王大山主持。\n"
    a = extract_text(page, "p.txt").articles[0]
    assert a.title == "县委召开常委会议" and a.subtitle is None


def test_a_reprint_notice_after_the_byline_is_furniture_not_an_article():
    page = "县委召开常委会议\n\n本报讯 6月3日，县委召开常委会议，县委书记王大山主持。（孟星河）\n\n▌文章为松岭融媒体中心原创，转载请联系我们。\n"
    r = extract_text(page, "p.txt")
    assert len(r.articles) == 1 and not any("融媒体中心" in e.name for e in r.articles[0].entities)
