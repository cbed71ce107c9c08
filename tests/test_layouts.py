"""Layouts unlike the seeds: byline inside the lead, headline after a body with no closing byline,
a county paper's relative forms, ASCII punctuation. Names here appear nowhere in kg's code or lexicons."""
from pathlib import Path

import pytest

from kg.text.io import read_page
from kg.extract.pipeline import extract_page

PAGE = Path(__file__).parent / "pages" / "county_lead_byline.txt"


@pytest.fixture(scope="module")
def result():
    return extract_page(read_page(PAGE))


def test_headlines_go_to_the_body_before_and_after_them(result):
    assert [a.title for a in result.articles] == ["县领导调研乡村振兴工作", "浉河区召开2024年安全生产工作会议"]


def test_byline_inside_the_lead_names_reporter_and_correspondent(result):
    a = result.articles[0]
    assert (a.reporters, a.correspondents) == (("刘晓东",), ("陈思雨",))
    assert a.date == "2024-06-12"


def test_relative_forms_of_another_level_are_not_given_the_page_district(result):
    posts = {(p.person, p.title): p.org for p in result.articles[0].posts}
    assert posts[("王建华", "县委书记")] == "县委"
    posts2 = {(p.person, p.title): p.org for p in result.articles[1].posts}
    assert posts2[("周永刚", "区长")] == "浉河区政府"


def test_listed_sites_keep_their_own_strong_types(result):
    ents = {(e.type, e.name) for e in result.articles[0].entities}
    assert ("project", "城关镇污水处理厂提标改造工程") in ents
    assert ("body", "河南华润食品有限公司") in ents
    assert ("place", "城关镇") in ents and ("place", "石桥乡") in ents


TOWN = Path(__file__).parent / "pages" / "town_no_lead_marker.txt"


def test_town_paper_without_lead_markers_splits_at_parenthesised_bylines():
    r = extract_page(read_page(TOWN))
    assert [a.title for a in r.articles] == ["黄泥镇召开村级换届工作推进会", "镇领导走访慰问困难群众"]
    assert [(a.reporters, a.correspondents) for a in r.articles] == [(("高明远",), ()), (("高明远",), ("韩雪",))]


def test_town_relative_forms_take_the_town_the_page_is_about():
    r = extract_page(read_page(TOWN))
    assert r.region.town == "黄泥镇"
    posts = {(p.person, p.title): p.org for a in r.articles for p in a.posts}
    assert posts[("李国庆", "镇党委书记")] == "黄泥镇党委"
    assert posts[("吴海燕", "镇长")] == "黄泥镇政府"


CITY = Path(__file__).parent / "pages" / "city_signing.txt"


def test_city_paper_expands_city_forms_and_links_company_short_forms():
    r = extract_page(read_page(CITY))
    assert r.region.city == "洛阳市"
    a = r.articles[0]
    posts = {(p.person, p.title): p.org for p in a.posts}
    assert posts[("孟庆丰", "市委书记")] == "洛阳市委"
    assert posts[("谭国栋", "市长")] == "洛阳市政府"
    assert posts[("欧阳立新", "副市长")] == "洛阳市政府"
    assert posts[("黄克斯", "董事长")] == "中国建筑第七工程局有限公司"
    bodies = {e.name: e.aliases for e in a.entities if e.type == "body"}
    assert "中建七局" in bodies["中国建筑第七工程局有限公司"]
    assert a.date == "2023-09-08" and a.reporters == ("何静怡",)


NARROW = Path(__file__).parent / "pages" / "narrow_column_furniture.txt"


def test_page_furniture_is_ignored_and_a_trailing_headline_kept():
    r = extract_page(read_page(NARROW))
    assert [(a.title, a.date, a.reporters) for a in r.articles] == [("金水区领导调研重点项目建设", "2023-11-27", ("赵一鸣",))]


def test_names_broken_across_lines_and_sites_named_after_the_district():
    a = extract_page(read_page(NARROW)).articles[0]
    ents = {(e.type, e.name) for e in a.entities}
    assert ("person", "张红伟") in ents and ("project", "金水科教园区") in ents
    assert ("place", "金水区") not in ents          # named only inside the title 金水区委书记


CONGRESS = Path(__file__).parent / "pages" / "congress_leadership.txt"


def test_deputies_listed_after_their_leader_share_the_leaders_body():
    a = extract_page(read_page(CONGRESS)).articles[0]
    posts = {(p.person, p.title): p.org for p in a.posts}
    assert posts[("郑德林", "县人大常委会主任")] == "县人大常委会"
    assert [posts[(n, "副主任")] for n in ("王秀英", "李建军", "张国华")] == ["县人大常委会"] * 3
    assert posts[("周敏", "秘书长")] == "县人大常委会"
    assert posts[("陈立新", "组织部部长")] == "县委组织部"


def test_session_ordinals_are_not_part_of_a_body_name():
    a = extract_page(read_page(CONGRESS)).articles[0]
    bodies = {e.name: e.aliases for e in a.entities if e.type == "body"}
    assert "县十七届人大常委会" in bodies["县人大常委会"]


ZONE = Path(__file__).parent / "pages" / "zone_signing.txt"


def test_a_bare_organ_in_a_chain_belongs_to_the_place_of_the_item_before():
    a = extract_page(read_page(ZONE)).articles[0]
    posts = {(p.person, p.title): p.org for p in a.posts}
    assert posts[("许志远", "管委会主任")] == "高新区管委会"
    assert posts[("马天宇", "董事长")] == "河南豫能控股集团有限公司"
    assert ("刘振华", "市领导") in posts and ("邵明杰", "市领导") in posts


def test_a_profile_of_a_township_cadre_expands_its_relative_forms_to_the_township():
    from kg.extract.pipeline import extract_text
    text = ("扎根草原的“领头雁”\n\n"
            "2019年，他从县城调到乌兰苏木工作。刚到乌兰苏木时，牧民们并不认识他。他走遍了乌兰苏木的每一个嘎查，"
            "和苏木党委一班人商量发展路子。如今，乌兰苏木的牧民收入翻了一番，他也从沙河镇借来了经验。\n")
    r = extract_text(text, "p.txt")
    assert r.region.town == "乌兰苏木"
    assert "乌兰苏木党委" in {e.name for a in r.articles for e in a.entities if e.type == "body"}
