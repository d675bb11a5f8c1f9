"""Points statuses and sanctions are said in the language (DOMAIN.md section 4: 口头警告 …);
the stored words stay English."""

from cs_console import i18n
from cs_console.domain.points import STATUSES, status_word
from cs_console.domain.sanctions import Sanction


def test_statuses_and_sanctions_in_chinese_and_as_stored_in_english():
    assert [status_word(s) for s in STATUSES] == list(STATUSES)
    assert Sanction.VERBAL_WARNING.said() == "verbal warning"
    i18n.use("zh_CN")
    try:
        assert [status_word(s) for s in STATUSES] == [
            "拟定",
            "已确认",
            "已作废",
            "已签收",
            "已申诉",
        ]
        assert Sanction.VERBAL_WARNING.said() == "口头警告"
        assert Sanction.PUBLIC_REPRIMAND.said() == "通报批评"
        assert status_word("someday") == "someday"
    finally:
        i18n.use("en")
