"""The search index's words: CJK as overlapping pairs, phone numbers masked (D-12)."""

from cs_console.domain.search_text import Term, fts5_query, index_words, query_terms, tsquery


def test_search_cjk_runs_are_indexed_as_overlapping_pairs_and_their_last_character():
    assert index_words("旷工了") == ["旷工", "工了", "了"]
    assert index_words("回访 Broadband drops") == ["回访", "访", "broadband", "drops"]


def test_search_two_character_terms_are_asked_as_their_pair():
    assert query_terms("旷工") == [Term("旷工", False)]
    assert query_terms("旷工了") == [Term("旷工", False), Term("工了", False)]
    assert query_terms("旷 Broad") == [Term("旷", True), Term("broad", True)]
    assert fts5_query(query_terms('旷工 "x')) == '"旷工" AND "x"*'
    assert tsquery(query_terms("o'neil 回访")) == "'o' & 'neil' & '回访'"


def test_search_words_before_the_last_are_whole_and_the_last_is_a_prefix():
    assert query_terms("history ticket 42") == [
        Term("history", False),
        Term("ticket", False),
        Term("42", True),
    ]


def test_d12_phone_numbers_are_masked_before_they_are_indexed():
    words = index_words("call back 13912345678 today")
    assert "13912345678" not in words
    assert "139" in words and "5678" in words
