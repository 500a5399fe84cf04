"""The audit body's stored form (core/models/audit_fields.py): frozen, because every stored row depends on it."""

import datetime as dt
import hashlib
import zlib

import pytest

from aftersales_desktop.core.audit_dictionary import DICTIONARY
from aftersales_desktop.core.models.audit_fields import DEFLATED, EPOCH, RAW, SecondsField, decode, encode


def test_the_preset_dictionary_is_the_one_format_1_was_written_with():
    # changing it makes every stored body unreadable: a new dictionary needs a new format byte instead
    assert hashlib.sha256(DICTIONARY.encode("utf-8")).hexdigest() == (
        "67c7028aa04d88436991d3deed999445fcdf669d744ea79db281059653676984")
    assert len(DICTIONARY.encode("utf-8")) <= 32 * 1024  # deflate's window


def test_a_body_is_deflated_against_the_dictionary_or_kept_as_json_when_that_is_not_shorter():
    plain = b'[{"status":"waiting"},{"status":"repairing","technician_id":6},""]'
    body = encode({"status": "waiting"}, {"status": "repairing", "technician_id": 6}, "")
    assert body[0] == DEFLATED and len(body) < len(plain) // 2
    packer = zlib.decompressobj(-15, DICTIONARY.encode("utf-8"))
    assert packer.decompress(body[1:]) == plain
    raw = bytes([RAW]) + '[null,{"名":"王"},"备注"]'.encode()  # format 0 reads as it is
    assert decode(raw) == (None, {"名": "王"}, "备注")
    with pytest.raises(ValueError):
        decode(b"\x07whatever")  # a format this version does not know


def test_the_time_is_whole_seconds_from_2000_in_the_shops_own_time():
    field = SecondsField()
    at = dt.datetime(2026, 3, 29, 2, 30, 5)  # no time zone arithmetic: a night of a clock change is just a night
    assert field.db_value(at) == int((at - EPOCH).total_seconds()) and field.python_value(field.db_value(at)) == at
    assert field.db_value(dt.date(2000, 1, 2)) == 86400 and field.db_value(EPOCH - dt.timedelta(seconds=1)) == -1
