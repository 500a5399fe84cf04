"""How the audit trail stores a row compactly (schema 13): a ten-year trail was three quarters of the file.

- `at` as whole seconds since 2000-01-01 00:00:00 of the shop's own (naive, local) time: an integer of 4 bytes
  instead of 19 characters of text; no time zone arithmetic, the clock is already to the second.
- who, what and which kind of record (actor, action, entity) as ids into the small audit_word table: a few
  hundred words repeated in every row, 1-2 bytes each instead of their text.
- before, after and note as one `body`: compact JSON `[before, after, note]`, raw-deflated against a frozen
  preset dictionary (core/audit_dictionary.py) — a row's change is a few fields, too short to compress alone,
  but the dictionary holds the shapes they come in. The first byte says how: 1 = deflate with that
  dictionary, 0 = the JSON as it is (when deflate does not make it shorter). A new dictionary would need a new
  format byte: every stored body depends on it.

The Python side keeps seeing what it saw before: `entry.at` a datetime, `entry.action` a string,
`entry.before` a dict; `AuditEntry.action == "repair.edit"` and `AuditEntry.at >= some_datetime` still work
(the fields convert the compared value).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import Any

import peewee

from aftersales_desktop.core.audit_dictionary import DICTIONARY
from aftersales_desktop.core.db import database

EPOCH = dt.datetime(2000, 1, 1)
ZDICT = DICTIONARY.encode("utf-8")
RAW, DEFLATED = 0, 1  # the body's first byte
NO_WORD = -1  # the id a word never written maps to in a query: it matches no row
UNREADABLE = "\ufffd"  # the note of a body that cannot be read (changed behind the app's back)


class SecondsField(peewee.IntegerField):
    """A naive datetime, to the second, as seconds since EPOCH."""

    field_type = "INTEGER"

    def db_value(self, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return int((value - EPOCH).total_seconds() // 1)
        if isinstance(value, dt.date):
            return int((dt.datetime.combine(value, dt.time()) - EPOCH).total_seconds())
        return value  # an int already, or None, or an SQL expression

    def python_value(self, value: Any) -> Any:
        return None if value is None else EPOCH + dt.timedelta(seconds=int(value))


# --- the words ---------------------------------------------------------------------------------------------------
# Ids never change once given, so a cache is safe across the counters of one server; it is kept per open database
# (tests open many files in one process). A word is only ever created by audit_chain.append (`word_ids`), inside
# its write transaction: until that transaction is known to have ended, the new word is "unsure" (the transaction
# may still roll back and take the word with it), and its id is re-read rather than trusted from memory.


class _Words:
    def __init__(self, db: Any) -> None:
        self.db = db
        self.ids: dict[str, int] = {}  # committed words
        self.words: dict[int, str] = {}
        self.unsure: dict[str, tuple[int, list[Any]]] = {}  # word -> (id, the transactions open when written)

    def refresh(self) -> None:
        """Read the whole (small) table again: words other counters wrote, or a miss."""
        for word_id, word in self.db.execute_sql("SELECT id, word FROM audit_word").fetchall():
            if word not in self.unsure:
                self.ids[word] = word_id
                self.words[word_id] = word


_cache: _Words | None = None


def _words() -> _Words:
    global _cache
    db = database.obj
    if _cache is None or _cache.db is not db:
        _cache = _Words(db)  # another database opened: its ids are its own
    return _cache


def forget_words() -> None:
    """After a migration wrote the word table by hand."""
    global _cache
    _cache = None


def word_id(word: str) -> int:
    """A word's id for a query; NO_WORD when it was never written (a read never creates a word)."""
    cache = _words()
    found = cache.ids.get(word)
    if found is None and word in cache.unsure:
        return cache.unsure[word][0]
    if found is None:
        cache.refresh()
        found = cache.ids.get(word)
    return NO_WORD if found is None else found


def word_of(word_id: int) -> str:
    cache = _words()
    found = cache.words.get(word_id)
    if found is None:
        found = next((w for w, (i, _) in cache.unsure.items() if i == word_id), None)
    if found is None:
        cache.refresh()
        found = cache.words.get(word_id)
    return f"#{word_id}" if found is None else found


def _open_transactions(db: Any) -> list[Any]:
    return list(db._state.transactions)  # peewee's stack of open transactions and savepoints, outermost first


def word_ids(words: list[str]) -> list[int]:
    """The ids of the words of a row being written, creating the missing ones; only inside the write transaction
    (audit_chain.append). From the cache: no statement, except the first use of a word."""
    cache = _words()
    now = _open_transactions(cache.db)
    out: list[int] = []
    for word in words:
        found = cache.ids.get(word)
        if found is None and word in cache.unsure:
            known_id, then = cache.unsure[word]
            if now[: len(then)] == then:  # every transaction open when it was written is still open: it holds
                found = known_id
            else:  # one of them ended (committed or rolled back): ask the table
                del cache.unsure[word]
                row = cache.db.execute_sql("SELECT id FROM audit_word WHERE word = ?", (word,)).fetchone()
                if row is not None:
                    if then and now[:1] == then[:1]:  # only a savepoint ended: still this transaction's own
                        cache.unsure[word] = (row[0], now)
                    else:
                        cache.ids[word], cache.words[row[0]] = row[0], word
                    found = row[0]
        if found is None:
            row = cache.db.execute_sql("SELECT id FROM audit_word WHERE word = ?", (word,)).fetchone()
            if row is None:
                cache.db.execute_sql("INSERT INTO audit_word (word) VALUES (?)", (word,))
                row = cache.db.execute_sql("SELECT id FROM audit_word WHERE word = ?", (word,)).fetchone()
                cache.unsure[word] = (row[0], now)
            else:  # another counter wrote it (and committed: we would not see it otherwise)
                cache.ids[word], cache.words[row[0]] = row[0], word
            found = row[0]
        out.append(found)
    return out


class WordField(peewee.IntegerField):
    """A short word (an action, a kind of record, a name) stored as its id in audit_word."""

    field_type = "INTEGER"

    def db_value(self, value: Any) -> Any:
        return word_id(value) if isinstance(value, str) else value

    def python_value(self, value: Any) -> Any:
        return None if value is None else word_of(int(value))


# --- the body ----------------------------------------------------------------------------------------------------


# the value conversions of the JSON columns the body replaced (sorted keys, default=str, no spaces); one encoder
# made once (json.dumps with options makes a new one each call)
_BODY_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def body_json(before: Any, after: Any, note: Any) -> bytes:
    return _BODY_ENCODER.encode([before, after, note]).encode("utf-8", "surrogatepass")


# A compressor that has read the dictionary, copied for each row: giving a fresh one the 32 KB dictionary costs
# ~260 µs a row (it indexes all of it), a copy ~18 µs — a quarter of a ten-year demo's time. Every body is still
# compressed on its own (a copy starts from the dictionary alone). memLevel 8: as small as 9 on real bodies and
# half the state to copy. Copying is thread-safe (zlib objects hold their own lock).
_PRIMED = zlib.compressobj(9, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY, ZDICT)


def plain_body(before: Any, after: Any, note: Any) -> bytes:
    """The body's JSON, in the one form that is written, hashed and read back: a later reading of it gives values
    whose JSON is this JSON again (what `verify` hashes). Only a dict key that is not text can break that: {12: 3}
    reads back as {"12": 3}, and "100" sorts before "12"; such a body goes through JSON and back once."""
    plain = body_json(before, after, note)
    if _text_keys(before) and _text_keys(after):
        return plain
    return body_json(*json.loads(plain))


def _text_keys(value: Any) -> bool:
    """Whether every dict inside `value` has only text keys (so its JSON reads back to the same JSON)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if type(key) is not str or (isinstance(item, dict | list | tuple) and not _text_keys(item)):
                return False
    elif isinstance(value, list | tuple):
        for item in value:
            if isinstance(item, dict | list | tuple) and not _text_keys(item):
                return False
    return True


def pack(plain: bytes) -> bytes:
    """The stored body of a row whose JSON is `plain`."""
    packer = _PRIMED.copy()
    packed = packer.compress(plain) + packer.flush()
    return bytes([DEFLATED]) + packed if len(packed) < len(plain) else bytes([RAW]) + plain


def encode(before: Any, after: Any, note: Any) -> bytes:
    """The stored body: one compress a row (every body is read on its own)."""
    return pack(body_json(before, after, note))


def decode(body: bytes) -> tuple[Any, Any, str]:
    """(before, after, note) of a stored body."""
    data = bytes(body)
    if data[:1] == bytes([DEFLATED]):
        unpacker = zlib.decompressobj(-15, ZDICT)
        plain = unpacker.decompress(data[1:]) + unpacker.flush()
    elif data[:1] == bytes([RAW]):
        plain = data[1:]
    else:
        raise ValueError(f"unknown audit body format {data[:1]!r}")
    before, after, note = json.loads(plain.decode("utf-8", "surrogatepass"))
    return before, after, note


class Body:
    """A row's before, after and note: from the stored bytes decoded once on first use, or from the values given
    (encoded once when written)."""

    __slots__ = ("_raw", "_values")

    def __init__(self, raw: bytes | None = None, values: tuple[Any, Any, str] | None = None) -> None:
        self._raw = raw
        self._values = values

    def __eq__(self, other: object) -> bool:  # the same stored bytes: the same body
        return isinstance(other, Body) and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]  # mutable cache inside: not a dict key

    def __repr__(self) -> str:
        return f"Body{self.values!r}"

    @property
    def raw(self) -> bytes:
        if self._raw is None:
            assert self._values is not None
            self._raw = encode(*self._values)
        return self._raw

    @property
    def values(self) -> tuple[Any, Any, str]:
        if self._values is None:
            assert self._raw is not None
            try:
                self._values = decode(self._raw)
            except (ValueError, zlib.error):  # (JSON and UTF-8 errors are ValueErrors) not the app's writing:
                self._values = (None, None, UNREADABLE)  # shown as such; its hash no longer matches
        return self._values


class BodyField(peewee.BlobField):
    def db_value(self, value: Any) -> Any:
        return value.raw if isinstance(value, Body) else super().db_value(value)

    def python_value(self, value: Any) -> Any:
        return None if value is None else Body(raw=bytes(value))
