"""Phone numbers as Chinese customers give them: stored as digits, shown grouped, found by any form.

A customer says "139 1234 5678", "+86 139-1234-5678", "025-84561234", "(0755)8456 1234", "400-812-3456" or,
for a landline in the shop's own city, just "84561234". All of these are stored as their digits only
(13912345678, 02584561234, 075584561234, 4008123456; a local number gets the shop's area code, taken from
the shop's own phone), an extension after a dash (02584561234-801). Digits are what an index can serve: a
search normalises what was typed in the same way and asks for a prefix of the stored column, so no row is
ever normalised at query time. On screen and on paper the number is grouped the way it is read aloud:
139 1234 5678, 025-8456 1234, 0571-888 6666, 400-812-3456.
"""

from __future__ import annotations

import re
import unicodedata

from aftersales_desktop.core.errors import ValidationError
from aftersales_desktop.core.i18n import T

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# 010 and 020-029 have three-digit area codes and eight-digit local numbers; every other code has four
# digits and seven- or eight-digit local numbers. Local numbers never start with 0 or 1.
_LANDLINE = re.compile(r"^(?:0(?:10|2\d)[2-9]\d{7}|0[3-9]\d{2}[2-9]\d{6,7})$")
_SERVICE = re.compile(r"^[48]00\d{7}$")  # 400 / 800 service numbers
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_EXTENSION = re.compile(r"^(.*?)\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-–—()./·]+")


def area_code(digits: str) -> str:
    """The area code of a stored landline ('02584561234' -> '025'); '' for mobiles and service numbers."""
    if not digits.startswith("0") or digits.startswith("00"):
        return ""
    return digits[:3] if digits[1] in "12" else digits[:4]


def _split_extension(text: str) -> tuple[str, str]:
    match = _EXTENSION.match(text)
    if match:
        return match.group(1), match.group(2)
    return text, ""


def _national(text: str) -> str | None:
    """The digits of `text` without +86/0086/86 in front (a landline's area code gets its 0 back); None if
    `text` holds anything but digits and separators."""
    text = text.strip()
    international = text.startswith("+")
    digits = _SEPARATORS.sub("", text.lstrip("+"))
    if not digits.isdigit():
        return None
    if digits.startswith("0086"):
        digits, international = digits[4:], True
    elif international and digits.startswith("86"):
        digits = digits[2:]
    elif digits.startswith("86") and len(digits) == 13 and _MOBILE.match(digits[2:]):
        digits, international = digits[2:], True
    if international and digits and digits[0] not in "01" and not _SERVICE.match(digits):
        digits = "0" + digits  # +86 25 8456 1234: the area code is dialled without its 0 from abroad
    return digits


def _whole_number(digits: str, local_area: str) -> str | None:
    if _MOBILE.match(digits) or _SERVICE.match(digits) or _LANDLINE.match(digits):
        return digits
    if digits.startswith("01") and _MOBILE.match(digits[1:]):
        return digits[1:]  # a mobile dialled with a long-distance 0 in front
    if local_area and _LOCAL.match(digits) and _LANDLINE.match(local_area + digits):
        return local_area + digits
    return None


def normalise_phone(text: str, local_area: str = "") -> str | None:
    """The stored form of a phone number as typed, or None when it is not one; `local_area` completes a
    local landline typed without its area code."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    body, extension = _split_extension(text)
    digits = _national(body)
    if digits is None:
        return None
    number = _whole_number(digits, local_area)
    if number is None and not extension:
        # 025-84561234-801: the last group after a separator may be an extension
        head, sep, tail = body.rpartition("-")
        head_digits = _national(head) if sep else None
        if head_digits and tail.strip().isdigit() and len(tail.strip()) <= 5:
            number, extension = _whole_number(head_digits, local_area), tail.strip()
    if number is None:
        return None
    if extension and not area_code(number):
        return None  # extensions only exist behind landlines
    return f"{number}-{extension}" if extension else number


def check_phone_number(text: str, local_area: str, field: str = "phone", required: bool = True) -> str:
    """The stored form of `text`, or a ValidationError saying what a phone number looks like."""
    if not (text or "").strip():
        if required:
            raise ValidationError(T("请填写电话号码。", "Enter a phone number."), field)
        return ""
    number = normalise_phone(text, local_area)
    if number is not None:
        return number
    digits = _national(unicodedata.normalize("NFKC", text))
    if digits and _LOCAL.match(digits) and not local_area:
        raise ValidationError(
            T(
                "“{v}”是本地座机号码,请加上区号(如 025-84561234);在设置中填好本店电话后,本地号码会自动加上本店区号。",
                "'{v}' is a local landline number: add its area code (e.g. 025-84561234). Once the shop's phone is "
                "set in the settings, local numbers get the shop's area code.",
                v=text,
            ),
            field,
        )
    raise ValidationError(
        T(
            "电话号码“{v}”不正确:手机为 1 开头的 11 位数字,座机需带区号(如 025-84561234),"
            "也可填 400/800 服务电话。",
            "Phone number '{v}' is not valid: a mobile has 11 digits starting with 1; a landline needs its area "
            "code (e.g. 025-84561234); 400/800 service numbers are accepted too.",
            v=text,
        ),
        field,
    )


def format_phone(stored: str) -> str:
    """A stored number grouped as it is read: 139 1234 5678, 025-8456 1234, 400-812-3456; other text as is."""
    number, _, extension = (stored or "").partition("-")
    if not number.isdigit():
        return stored or ""
    if _MOBILE.match(number):
        text = f"{number[:3]} {number[3:7]} {number[7:]}"
    elif _SERVICE.match(number):
        text = f"{number[:3]}-{number[3:6]}-{number[6:]}"
    elif _LANDLINE.match(number):
        code = area_code(number)
        local = number[len(code):]
        split = 4 if len(local) == 8 else 3
        text = f"{code}-{local[:split]} {local[split:]}"
    else:
        return stored
    return f"{text}-{extension}" if extension else text


def search_prefixes(text: str, local_area: str = "") -> list[str]:
    """Stored-form prefixes that what was typed may be the start of, best first ([] if it is not digits).

    '139 1234' -> ['1391234']; '84561234' at a 025 shop -> ['02584561234', '84561234']; '+86 25 8456' ->
    ['0258456']. Each is served by an index as a range (col >= p AND col < p + U+FFFF).
    """
    text = unicodedata.normalize("NFKC", text or "").strip()
    whole = normalise_phone(text, local_area)
    digits = _national(_split_extension(text)[0])
    prefixes = [whole] if whole else []
    if digits:
        if local_area and digits[0] in "23456789" and not _SERVICE.match(digits):
            prefixes.append(local_area + digits)  # a local number, or its start
        prefixes.append(digits)
    return list(dict.fromkeys(prefixes))


def search_digits(text: str) -> str:
    """The digits of a typed phone (or part of one) for a 'contains' filter; '' when `text` is not a phone."""
    digits = _national(unicodedata.normalize("NFKC", _split_extension(text or "")[0]))
    return digits or ""
