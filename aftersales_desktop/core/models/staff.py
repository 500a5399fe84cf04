"""People at the counter, shop settings and the working calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, JSONField

if TYPE_CHECKING:
    from aftersales_desktop.core.models.audit import AuditEntry
    from aftersales_desktop.core.models.calls import ServiceCall
    from aftersales_desktop.core.models.conduct import AuthorityEvent, ConductEntry
    from aftersales_desktop.core.models.parts import ToolLoan
    from aftersales_desktop.core.models.repairs import RepairCard, TimeEntry


class Staff(BaseModel):
    """A staff member who signs in; `role` is a code of vocab.ROLE."""

    name = peewee.CharField(max_length=40, unique=True)
    name_initials = peewee.CharField(max_length=40, index=True, default="")
    role = CodeField()
    secret_hash = peewee.CharField(max_length=200)  # scrypt of password or PIN, see core.security
    phone = peewee.CharField(max_length=30, default="")
    active = peewee.BooleanField(default=True)
    left_on = peewee.DateField(null=True)
    created_at = peewee.DateTimeField()
    # wrong passwords in a row, and until when the account must wait (core.services.staff.authenticate);
    # the DEFAULT is in the table too, so a migrated table and a new one are the same
    failed_logins = peewee.IntegerField(default=0, constraints=[peewee.SQL("DEFAULT 0")])
    locked_until = peewee.DateTimeField(null=True)
    # Set by peewee; typed here for the checker.
    audit_entries: peewee.ModelSelect[AuditEntry]
    calls: peewee.ModelSelect[ServiceCall]
    repair_cards: peewee.ModelSelect[RepairCard]
    time_entries: peewee.ModelSelect[TimeEntry]
    conduct_entries: peewee.ModelSelect[ConductEntry]
    authority_events: peewee.ModelSelect[AuthorityEvent]
    tool_loans: peewee.ModelSelect[ToolLoan]


class Setting(BaseModel):
    """One shop setting; the keys, types and defaults are declared in core.settings."""

    key = peewee.CharField(max_length=60, primary_key=True)
    value = JSONField()


class Holiday(BaseModel):
    """A calendar exception: a public holiday (no work) or a weekend make-up working day (调休)."""

    day = peewee.DateField(unique=True)
    kind = CodeField()  # vocab.HOLIDAY_KIND
    name = peewee.CharField(max_length=40, default="")


class NumberSequence(BaseModel):
    """The last number handed out per paper kind and year (core.numbering)."""

    kind = peewee.CharField(max_length=20)
    year = peewee.IntegerField()
    last = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "year"), True),)
