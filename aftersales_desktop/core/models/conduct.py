"""The staff conduct log (奖罚记录): the rule catalogue and its entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, JSONField, MoneyField
from aftersales_desktop.core.models.calls import ServiceCall
from aftersales_desktop.core.models.repairs import RepairCard
from aftersales_desktop.core.models.staff import Staff

if TYPE_CHECKING:
    from aftersales_desktop.core.models.bills import BillLine


class ConductRule(BaseModel):
    """A rule from the rulebooks with its penalty (or reward) and optional escalation ladder.

    `ladder` is a list of steps by repeat within the period, e.g. appearance:
    [{"fine_fen": 500}, {"rest_half_days": 1}, {"rest_half_days": 2}].
    """

    code = peewee.CharField(max_length=20, unique=True)
    area = CodeField()  # vocab.CONDUCT_AREA
    title = peewee.CharField(max_length=200)
    kind = CodeField(default="fine")  # vocab.ENTRY_KIND
    min_fen = MoneyField(default=0)
    max_fen = MoneyField(default=0)
    rest_half_days = peewee.IntegerField(default=0)
    self_criticism = peewee.BooleanField(default=False)
    dismissal = peewee.BooleanField(default=False)  # the rulebook says dismissal (开除)
    ladder = JSONField(null=True)
    source = peewee.CharField(max_length=120, default="")  # where in the rulebook
    active = peewee.BooleanField(default=True)
    retired_at = peewee.DateTimeField(null=True)
    # Set by peewee; typed here for the checker.
    entries: peewee.ModelSelect[ConductEntry]


class ConductEntry(BaseModel):
    """A fine or a reward; never edited or deleted, a wrong one is voided with a reason."""

    number = peewee.CharField(max_length=20, unique=True)
    staff = peewee.ForeignKeyField(Staff, backref="conduct_entries")
    rule = peewee.ForeignKeyField(ConductRule, backref="entries")
    kind = CodeField()  # fine / reward
    occurred_at = peewee.DateTimeField(index=True)
    description = peewee.TextField(default="")
    amount_fen = MoneyField(default=0)
    rest_half_days = peewee.IntegerField(default=0)
    self_criticism = peewee.BooleanField(default=False)
    dismissal = peewee.BooleanField(default=False)
    ladder_step = peewee.IntegerField(default=0)  # 1st, 2nd, 3rd … within the period; 0 = no ladder
    source = peewee.CharField(max_length=20, default="manual")  # manual / authority / complaint
    recorded_by = peewee.ForeignKeyField(Staff)
    recorded_at = peewee.DateTimeField()
    acknowledged_at = peewee.DateTimeField(null=True)  # the staff member signed the notice
    print_count = peewee.IntegerField(default=0)
    voided_at = peewee.DateTimeField(null=True)
    voided_by = peewee.ForeignKeyField(Staff, null=True)
    void_reason = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    staff_id: int
    rule_id: int
    recorded_by_id: int
    voided_by_id: int | None


class AuthorityEvent(BaseModel):
    """A discount given on a bill or a low-margin accident repair approved; `warning` names the rule exceeded
    (the conduct log proposes it as an entry until a supervisor decides)."""

    kind = peewee.CharField(max_length=20)  # discount / low_margin
    staff = peewee.ForeignKeyField(Staff, backref="authority_events")
    at = peewee.DateTimeField(index=True)
    reference = peewee.CharField(max_length=40, default="")  # call or card number
    percent = peewee.IntegerField(default=0)  # discount percent or margin percent
    reason = peewee.TextField(default="")
    approved_by = peewee.ForeignKeyField(Staff, null=True)
    warning = peewee.TextField(default="")  # the rule broken, empty when within authority
    entry = peewee.ForeignKeyField(ConductEntry, null=True)
    call = peewee.ForeignKeyField(ServiceCall, null=True, backref="authority_events")
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="authority_events")
    amount_fen = MoneyField(default=0)  # the discount given, or the bill's total for a margin
    # Set by peewee; typed here for the checker.
    staff_id: int
    approved_by_id: int | None
    entry_id: int | None
    call_id: int | None
    repair_card_id: int | None
    bill_lines: peewee.ModelSelect[BillLine]
