import pytest

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.money import capital_yuan, fen_to_decimal, format_yuan, parse_yuan, yuan_to_fen
from aftersales_desktop.core.pinyin import initials


@pytest.mark.parametrize(
    "text,fen", [("12", 1200), ("12.5", 1250), ("1,200.05元", 120005), ("¥0.01", 1), ("-3", -300)]
)
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["", "abc", "1.234", "12元5角"])
def test_parse_yuan_refuses_with_a_sentence(text):
    with pytest.raises(ValidationError) as err:
        parse_yuan(text)
    assert "无法识别" in err.value.message


def test_fen_formatting_is_exact():
    assert format_yuan(123456) == "1,234.56"
    assert format_yuan(-5) == "-0.05"
    assert format_yuan(-2000, symbol=True) == "-¥20.00" and format_yuan(123456789, True) == "¥1,234,567.89"
    assert parse_yuan(format_yuan(-2000, True)) == -2000
    assert str(fen_to_decimal(1999)) == "19.99"
    assert yuan_to_fen("0.115") == 12 and yuan_to_fen(19.99) == 1999


@pytest.mark.parametrize("fen,words", [
    (2000, "贰拾元整"), (20000, "贰佰元整"), (12345, "壹佰贰拾叁元肆角伍分"), (100500, "壹仟零伍元整"), (0, "零元整"),
    (50, "伍角"), (5, "伍分"), (10005, "壹佰元零伍分"), (1010, "壹拾元壹角"), (10000500, "壹拾万零伍元整"),
    (10050000, "壹拾万零伍佰元整"), (10100000, "壹拾万壹仟元整"), (100001000000, "壹拾亿零壹万元整"),
    (1234567890123, "壹佰贰拾叁亿肆仟伍佰陆拾柒万捌仟玖佰零壹元贰角叁分"), (-2000, "负贰拾元整"),
])
def test_amount_in_capitals(fen, words):
    assert capital_yuan(fen) == words


def test_pinyin_initials():
    assert initials("王小明") == "wxm"
    assert initials("KFR-35GW 空调") == "kfr35gwkt"


def test_surname_alternatives_name_the_stored_initials_of_the_other_reading():
    from aftersales_desktop.core.pinyin import surname_alternatives

    assert ("覃", "thy") in surname_alternatives("qhy") and ("覃", "qhy") in surname_alternatives("THY")
    assert ("单", "dxx") in surname_alternatives("sxx")
    assert surname_alternatives("kxm") == [] and surname_alternatives("wxm") == [("尉", "yxm")]
