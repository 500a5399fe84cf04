"""Every service fuzzed with hostile input (hypothesis): a result or a user error, never anything else, and a
refused call leaves the database exactly as it was (no row added or removed, no stock moved, no paper number
used up).

The arguments come from each service's signature: ids from the small shop in tests/core/fuzz_world.py mixed
with numbers past 2^63, money and quantities far out of range, codes both valid and not, and hostile text
(lone surrogates, NUL, 100,000 characters, right-to-left marks, spreadsheet formulas). The run is derandomized
(the same examples every time); HYPOTHESIS_PROFILE=long tries many more.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import os
import pkgutil
import shutil
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aftersales_desktop.core import clock, vocab
from aftersales_desktop.core.db import close_database, database, open_database
from aftersales_desktop.core.errors import UserError
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.services.purchases import QuoteIn
from tests.core.fuzz_world import NOW, build_world

settings.register_profile("suite", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")), deadline=None,
                          derandomize=True, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                 HealthCheck.data_too_large, HealthCheck.filter_too_much])
settings.register_profile("long", parent=settings.get_profile("suite"), max_examples=2000, derandomize=False)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

# ---------------------------------------------------------------- hostile values

HUGE = st.sampled_from([2**63, -(2**63) - 1, 2**64, 10**30, 2**31, 10**12, 1_000_000_001, -1, 0])
HOSTILE_TEXT = st.sampled_from([
    "", "   ", "\ud800", "a\x00b", "\u202e反向文字\u202c", "=cmd|' /C calc'!A0", "@SUM(A1)", "长" * 100_000,
    "\n" * 300, "x" * 2001, "'; DROP TABLE staff; --", "😀" * 50, "\t\r\n", "JX2026-00001", "P-0",
])
TEXT = st.one_of(st.sampled_from(["王小明", "不制冷", "13912345678", "025-84561234", "南京配件行", "遥控器"]),
                 st.text(max_size=40), HOSTILE_TEXT)
CODES = st.sampled_from(sorted({code for v in vars(vocab).values() if isinstance(v, vocab.Vocabulary) for code in v.codes}
                               | {"print", "phone", "receipt", "card", "manual", "renewed", "declined", "pending",
                                  "month", "2026-03", "paid", "lost", "replace"}))
IDS = st.one_of(st.integers(1, 12), HUGE)
FEN = st.one_of(st.integers(-100, 2_000_000), st.integers(0, 10**9), HUGE)
SMALL = st.one_of(st.integers(-5, 130), HUGE)
DAYS = st.one_of(st.dates(dt.date(2025, 12, 1), dt.date(2026, 4, 30)),
                 st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 1, 2), dt.date(9999, 12, 30)]))
MOMENTS = st.one_of(st.datetimes(dt.datetime(2026, 1, 1), NOW),
                    st.sampled_from([dt.datetime.min, dt.datetime.max, dt.datetime(9999, 12, 31, 23), NOW]))

CODE_PARAMS = {"channel", "result", "area", "kind", "how", "severity", "outcome", "paper", "role", "source",
               "period", "compensation", "status"}
KEYWORD_FIELDS = {  # what the **values of a service may hold
    "create_customer": ("name", "phone", "phone2", "address", "area", "note"),
    "update_customer": ("name", "phone", "phone2", "address", "area", "note"),
    "add_product": ("name", "model", "serial", "purchase_date", "warranty_end", "note"),
    "update_product": ("name", "model", "serial", "purchase_date", "warranty_end", "note"),
    "create_part": ("code", "name", "fits_models", "unit", "bin_location", "price_fen", "min_qty", "active"),
    "update_part": ("code", "name", "fits_models", "unit", "bin_location", "price_fen", "min_qty", "active"),
    "add_rule": ("code", "area", "title", "kind", "min_fen", "max_fen", "rest_half_days", "self_criticism",
                 "dismissal", "ladder", "source"),
    "edit_rule": ("code", "area", "title", "kind", "min_fen", "max_fen", "rest_half_days", "ladder", "source"),
}


def value_for(name: str, hint: Any = None) -> st.SearchStrategy[Any]:
    """A strategy for one argument, from its name first and its type second."""
    optional = hint is not None and type(None) in typing.get_args(hint)
    base = _by_name(name)
    if base is None:
        base = _by_type(hint)
    return st.one_of(st.none(), base) if optional else base


def _by_name(name: str) -> st.SearchStrategy[Any] | None:
    if name.endswith("_id"):
        return IDS
    if name.endswith("_fen"):
        return FEN
    if name in CODE_PARAMS:
        return st.one_of(CODES, TEXT)
    if name in ("qty", "minutes", "percent", "margin_percent", "visits_included", "chosen", "min_qty",
                "rest_half_days", "year"):
        return SMALL
    if name in ("attitude", "skill", "arrival", "promise"):
        return st.one_of(st.integers(-2, 6), HUGE, st.sampled_from([None, "4", 2.5, True]))
    if name in ("purchase_date", "warranty_end", "promised_on", "signed_on", "left_on", "start", "end", "on",
                "closed_on", "due_on"):
        return DAYS
    if name.endswith("_at"):
        return MOMENTS
    if name in ("product_ids", "card_ids"):
        return st.lists(IDS, max_size=4)
    if name == "counts":
        return st.dictionaries(IDS, st.one_of(st.none(), SMALL), max_size=4)
    if name == "quotes":
        return st.lists(st.builds(QuoteIn, TEXT, FEN, TEXT), max_size=4)
    if name == "ladder":
        return st.one_of(st.none(), st.lists(st.dictionaries(st.sampled_from(["fine_fen", "min_fen", "max_fen",
                                                                              "rest_half_days"]), SMALL), max_size=4))
    if name in ("new_customer", "new_product"):
        keys = KEYWORD_FIELDS["create_customer" if name == "new_customer" else "add_product"]
        return st.one_of(st.none(), st.fixed_dictionaries({}, optional={k: value_for(k) for k in keys}))
    if name == "rows":
        return st.lists(st.lists(CELL, min_size=9, max_size=9), max_size=6)
    if name == "days":
        return st.lists(st.tuples(DAYS, st.one_of(CODES, TEXT), TEXT), max_size=4)
    if name == "values":
        from aftersales_desktop.core.settings import OPTIONS

        return st.dictionaries(st.sampled_from(sorted(OPTIONS) + ["no_such_setting"]),
                               st.one_of(TEXT, SMALL, st.booleans(), st.lists(st.lists(TEXT, max_size=3), max_size=3),
                                         st.lists(SMALL, max_size=8)), max_size=3)
    return None


def _by_type(hint: Any) -> st.SearchStrategy[Any]:
    kinds = set(typing.get_args(hint)) | {hint}
    if bool in kinds:
        return st.booleans()
    if dt.datetime in kinds:
        return MOMENTS
    if dt.date in kinds:
        return DAYS
    if int in kinds:
        return SMALL
    return TEXT


# ---------------------------------------------------------------- the services


def import_rows(actor: Staff, rows: list[list[Any]], dry_run: bool = False) -> Any:
    """The parts import as it runs: raw sheet rows checked row by row, then the good ones written."""
    from aftersales_desktop.core.imports.parts_excel import Sheet, check_rows, guess_mapping
    from aftersales_desktop.core.services.parts import apply_import

    headers = ["编码", "名称", "适用机型", "单位", "库位", "成本", "售价", "最低库存", "数量"]
    sheet = Sheet(Path("fuzz.xlsx"), 1, headers, [(n + 2, row) for n, row in enumerate(rows)])
    checked = check_rows(sheet, guess_mapping(headers))
    return apply_import(actor, checked.good, dry_run=dry_run) if checked.good else None


CELL = st.one_of(st.none(), TEXT, SMALL, st.floats(allow_nan=True), st.sampled_from(["12.50", "-3", "1e400", "¥1,200"]))


def services() -> dict[str, Callable[..., Any]]:
    import aftersales_desktop.core.services as package

    found: dict[str, Callable[..., Any]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            params = list(inspect.signature(fn).parameters)
            if fn.__module__ == module.__name__ and not name.startswith("_") and params[:1] == ["actor"]:
                found[f"{info.name}.{name}"] = fn
    found["parts.apply_import"] = import_rows  # fed by the sheet check, so it is fuzzed through it
    return found


SERVICES = services()


def arguments(name: str, fn: Callable[..., Any], staff: list[Staff]) -> st.SearchStrategy[tuple[Any, dict[str, Any]]]:
    try:
        hints = typing.get_type_hints(fn)
    except Exception:
        hints = {}
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for pname, param in list(inspect.signature(fn).parameters.items())[1:]:
        if param.kind is param.VAR_KEYWORD:
            for key in KEYWORD_FIELDS.get(fn.__name__, ()):
                optional[key] = value_for(key)
            continue
        target = required if param.default is param.empty else optional
        target[pname] = value_for(pname, hints.get(pname))
    manager = next(s for s in staff if s.role == "manager")
    actors = st.one_of(st.just(manager), st.sampled_from(staff))
    if type(None) in typing.get_args(hints.get("actor")):  # the system may act too (no one signed in)
        actors = st.one_of(actors, st.none())
    return st.tuples(actors, st.fixed_dictionaries(required, optional=optional))


def state() -> tuple[Any, ...]:
    """Rows of every table, stock on hand and paper numbers handed out: all unchanged after a refused call."""
    tables = database.get_tables()
    counts = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM \"{t}\"" for t in tables)
    rows = tuple(database.execute_sql(counts).fetchall())
    sums = database.execute_sql("SELECT (SELECT TOTAL(qty_on_hand) FROM part), (SELECT TOTAL(last) FROM number_sequence), "
                                "(SELECT TOTAL(print_count) FROM voucher)").fetchone()
    return rows + tuple(sums)


@pytest.fixture(scope="module")
def world_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from aftersales_desktop.core import security

    cost, security.COST = security.COST, security.Cost(n=2**4, r=8, p=1)
    folder = tmp_path_factory.mktemp("fuzz-world")
    try:
        open_database(folder / "aftersales.sqlite3")
        build_world()
    finally:
        close_database()
        clock.set_now(None)
        security.COST = cost
    return folder / "aftersales.sqlite3"


@pytest.fixture
def world(world_file: Path, tmp_path: Path) -> list[Staff]:
    target = tmp_path / "shop" / "aftersales.sqlite3"
    target.parent.mkdir()
    shutil.copy(world_file, target)
    open_database(target)
    database.execute_sql("PRAGMA synchronous = OFF")  # speed only: durability is tested elsewhere
    clock.set_now(NOW)
    return list(Staff.select().order_by(Staff.id))


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_a_service_gives_a_result_or_a_sentence_and_never_half_a_write(name, world):
    fn = SERVICES[name]

    @PROFILE
    @given(call=arguments(name, fn, world))
    def attempt(call: tuple[Any, dict[str, Any]]) -> None:
        actor, kwargs = call
        before = state()
        try:
            fn(actor, **kwargs)
        except UserError as error:
            assert error.message.strip(), "a user error carries a sentence"
            assert state() == before, f"{name} refused ({error.message}) but changed the database"
        finally:
            clock.set_now(NOW)

    attempt()
    assert oversized() == [], "text longer than its paper holds was stored"


def oversized() -> list[str]:
    """Text columns holding more than core/bounds.py allows, whichever service wrote them."""
    import peewee

    from aftersales_desktop.core.bounds import text_limit
    from aftersales_desktop.core.models import ALL_MODELS
    from aftersales_desktop.core.models.base import JSONField

    found = []
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if isinstance(field, JSONField) or not isinstance(field, peewee.CharField | peewee.TextField):
                continue
            chars, _lines = text_limit(field.name, field.max_length if isinstance(field, peewee.CharField) else None)
            longest = model.select(peewee.fn.MAX(peewee.fn.LENGTH(field))).scalar() or 0
            if longest > chars:
                found.append(f"{model.__name__}.{field.name}: {longest} > {chars}")
    return found


def test_every_service_is_fuzzed():
    assert len(SERVICES) >= 90  # a new service module is picked up by itself; this catches a broken discovery
