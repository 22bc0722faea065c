"""Our own summary of every paragraph of the article: all 31, both languages, in our words — checked by the one
data-file reader and by ``zoneplanner kb check`` (``--article`` compares them with the article itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.models.data_file import FIRST_PARAGRAPH, LAST_PARAGRAPH
from desktop.models.knowledge.loader import load_knowledge_base
from desktop.models.knowledge.paragraphs import (
    COPY_RUN,
    SIMILARITY_LIMIT,
    ParagraphSummaries,
    ParagraphSummary,
    article_paragraphs,
    copied_from_article,
    knowledge_close_to_article,
    load_paragraph_summaries,
    similarity,
)
from desktop.models.text import Text
from tests.helpers.kb_article import ARTICLE
from tests.helpers.kb_copies import copy_resources, edit

FILE = "knowledge/paragraphs.toml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_paragraph_of_the_article_has_a_summary_in_both_languages() -> None:
    summaries = load_paragraph_summaries()
    article = article_paragraphs(ARTICLE.read_text(encoding="utf-8"))
    assert sorted(summaries.by_number) == sorted(article) == list(range(FIRST_PARAGRAPH, LAST_PARAGRAPH + 1))
    for summary in summaries.by_number.values():
        assert summary.topic.zh and summary.topic.en and summary.summary.zh and summary.summary.en
        assert summary.summary.zh != article[summary.number]


def test_no_summary_copies_the_article() -> None:
    assert copied_from_article(load_paragraph_summaries(), ARTICLE.read_text(encoding="utf-8")) == []


def test_kb_check_counts_the_summaries_and_passes_against_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "kb", "check", "--article", str(ARTICLE), "--lang", "en")
    assert code == 0 and err == ""
    assert "31 paragraph summaries" in out


def test_kb_check_refuses_a_summary_that_copies_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_resources(tmp_path)
    sentence = article_paragraphs(ARTICLE.read_text(encoding="utf-8"))[6]  # the article's own words for ¶6
    edit(root, FILE, "美国集群能不断创新，关键在于生产环节和研究环节连成一体。", sentence)
    code, out, err = run(capsys, "kb", "check", "--root", str(root), "--article", str(ARTICLE), "--lang", "en")
    assert code != 0 and out == ""
    assert f"{FILE} › ¶6 › summary: repeats " in err and "use our own words" in err
    assert "1 problem(s) found." in err and "Traceback" not in err
    code, _, _ = run(capsys, "kb", "check", "--root", str(root))  # without the article it cannot tell
    assert code == 0


def test_a_shared_name_shorter_than_the_limit_is_allowed_and_a_clause_as_long_is_not() -> None:
    shared = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[:COPY_RUN]
    ours = f"我们说：{shared}，如此。其余都是我们自己的话，讲这一段对开发区意味着什么。"  # not a rewrite as a whole
    summary = ParagraphSummary(1, Text("题", "topic"), Text(ours, "ours"))
    summaries = ParagraphSummaries({1: summary})
    assert copied_from_article(summaries, f"¶1 原文{shared[:-1]}另外") == []  # one character short
    (problem,) = copied_from_article(summaries, f"¶1 原文，{shared}，另外")  # punctuation does not hide it
    assert f"“{shared}”" in problem.en and "¶1 › summary" in problem.en


def test_kb_check_names_a_missing_paragraph_and_a_missing_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_resources(tmp_path)
    edit(root, FILE, "number = 12\n", "number = 13\n")  # ¶12 gone, ¶13 twice
    edit(root, FILE, 'topic = { zh = "配套政策", en = "Supporting policies" }', 'topic = { zh = "配套政策" }')
    code, _, err = run(capsys, "kb", "check", "--root", str(root), "--lang", "en")
    assert code != 0
    assert f"{FILE} › ¶12: missing: every paragraph of the article needs a summary" in err
    assert f"{FILE} › ¶13: duplicate: each paragraph has exactly one summary" in err
    assert f"{FILE} › ¶16: field “topic” lacks the English (topic.en)" in err
    assert "3 problem(s) found." in err


def test_kb_check_says_when_the_article_cannot_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "kb", "check", "--article", str(tmp_path / "none.md"), "--lang", "en")
    assert code != 0 and f"--article: cannot read {tmp_path / 'none.md'}" in err and "Traceback" not in err


# Summaries this file once shipped: no run of 12 characters is the article's, yet each follows its paragraph sentence
# by sentence with words swapped (¶26 and ¶14 were the closest). The similarity limit must refuse them.
OLD_CLOSE_REWRITES = {
    26: "同时，可通过政府采购、打破户籍限制等办法，培育或引进有示范作用、衍生能力强的企业和相关人才，"
    "并联合高校和非营利组织建立中介服务体系和劳动力教育培训体系。",
    14: "联邦层面：国会于2010年以《美国竞争力再授权法案》规定须开展区域创新集群计划；同年联邦政府设立三项计划"
    "（能源区域创新集群、工作加速器合作集群和区域创新集群），共支持56个集群。",
}


def test_a_close_rewrite_without_a_long_copied_run_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = ARTICLE.read_text(encoding="utf-8")
    root = copy_resources(tmp_path)
    ours = load_paragraph_summaries().by_number[26].summary.zh
    edit(root, FILE, ours, OLD_CLOSE_REWRITES[26])
    code, out, err = run(capsys, "kb", "check", "--root", str(root), "--article", str(ARTICLE), "--lang", "en")
    assert code != 0 and out == ""
    assert f"{FILE} › ¶26 › summary: too close to ¶26 of the article (similarity 0.6" in err
    assert "rewrite it in our own order and words" in err and "repeats" not in err  # no long run gave it away
    assert "1 problem(s) found." in err and "Traceback" not in err
    old = ParagraphSummaries({26: ParagraphSummary(26, Text("题", "topic"), Text(OLD_CLOSE_REWRITES[26], "ours"))})
    (problem,) = copied_from_article(old, article)
    assert "与原文第 26 段过于相近" in problem.zh


def test_the_old_close_rewrites_fail_and_every_shipped_summary_passes_with_margin() -> None:
    article = article_paragraphs(ARTICLE.read_text(encoding="utf-8"))
    for number, text in OLD_CLOSE_REWRITES.items():
        assert similarity(text, article[number]) >= SIMILARITY_LIMIT + 0.1, number
    closest = max(similarity(s.summary.zh, article[s.number]) for s in load_paragraph_summaries().by_number.values())
    assert closest <= SIMILARITY_LIMIT - 0.05  # room to edit a summary without brushing the limit
    assert similarity("甲乙丙", "丁戊己") == 0.0 and similarity("甲，乙 丙", "甲乙丙") == 1.0  # punctuation ignored


def test_an_entry_summary_that_closely_rewords_its_paragraphs_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # How the Illinois case read before: the article's ¶11 clause by clause, with a few words swapped.
    old = (
        "伊利诺伊州的众多商业组织参与集群的标准制定、市场秩序维护、贸易摩擦应对和品牌建设；它们出资支持技术研究机构，"
        "收集产业信息作为企业创新的来源，帮企业开拓市场、争取产业政策，在政府与企业之间牵线搭桥。"
    )
    article = ARTICLE.read_text(encoding="utf-8")
    assert knowledge_close_to_article(load_knowledge_base(), article) == []  # what we ship passes
    root = copy_resources(tmp_path)
    edit(root, "knowledge/cases.toml", load_knowledge_base().items["case.illinois-associations"].summary.zh, old)
    code, out, err = run(capsys, "kb", "check", "--root", str(root), "--article", str(ARTICLE), "--lang", "en")
    assert code != 0 and out == ""
    assert "case.illinois-associations › summary: too close to ¶11 of the article (similarity 0.5" in err
    assert "1 problem(s) found." in err and "Traceback" not in err
