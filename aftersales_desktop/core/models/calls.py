"""The call register (叫修登记簿), dispatch (派工), visits and service vouchers (服务凭证)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, MoneyField
from aftersales_desktop.core.models.customers import Contract, Customer, Product
from aftersales_desktop.core.models.staff import Staff

if TYPE_CHECKING:
    from aftersales_desktop.core.models.billing import Invoice
    from aftersales_desktop.core.models.bills import BillLine
    from aftersales_desktop.core.models.conduct import AuthorityEvent
    from aftersales_desktop.core.models.opinion import Complaint, SurveyCard
    from aftersales_desktop.core.models.parts import PartIssue
    from aftersales_desktop.core.models.repairs import GoodsReceipt, RepairCard, TimeEntry


class ServiceCall(BaseModel):
    """One entry of the call register; `kind` decides money and accounting column."""

    number = peewee.CharField(max_length=20, unique=True)
    received_at = peewee.DateTimeField(index=True)
    channel = CodeField()  # vocab.CHANNEL
    # indexed with received_at and status below (Meta.indexes)
    customer = peewee.ForeignKeyField(Customer, null=True, backref="calls", index=False)  # None for general work
    product = peewee.ForeignKeyField(Product, null=True, backref="calls", index=False)
    problem = peewee.TextField(default="")
    area = CodeField(null=True)  # vocab.AREA; needed before a deadline can be set
    kind = CodeField()  # vocab.CALL_KIND
    kind_proposed = CodeField(null=True)
    kind_reason = peewee.TextField(default="")  # why the clerk changed the proposed kind
    contract = peewee.ForeignKeyField(Contract, null=True, backref="calls")
    # possible 返修; a self-reference is untyped in peewee, so its type is spelled out
    repeat_of: peewee.ForeignKeyField[ServiceCall | None] = peewee.ForeignKeyField("self", null=True, backref="repeats")
    status = CodeField(default="registered")  # vocab.CALL_STATUS
    technician = peewee.ForeignKeyField(Staff, null=True, backref="calls", index=False)
    deadline_at = peewee.DateTimeField(null=True, index=True)
    priority = peewee.BooleanField(default=False)  # carried over from an earlier day (第十三条)
    first_answer_at = peewee.DateTimeField(null=True)  # timed against the 24-hour standard
    signed = peewee.BooleanField(default=False)  # customer signed the voucher
    signed_on = peewee.DateField(null=True)
    closed_at = peewee.DateTimeField(null=True, index=True)
    closed_by = peewee.ForeignKeyField(Staff, null=True)
    void_reason = peewee.TextField(default="")
    created_by = peewee.ForeignKeyField(Staff)
    created_at = peewee.DateTimeField()
    # The service standards, stored when they happen (so lists filter on them without recomputing):
    arrived_at = peewee.DateTimeField(null=True)  # the first arrival on site (the visit service)
    arrived_by = peewee.ForeignKeyField(Staff, null=True)
    arrival_late = peewee.BooleanField(null=True)  # after the deadline; None: not arrived yet, or no deadline
    first_answer_by = peewee.ForeignKeyField(Staff, null=True)
    answer_late = peewee.BooleanField(null=True)  # later than answer_hours after the call; None: not answered yet

    class Meta:
        # each filter of the register with its order, so a page is an index range (core/queries/calls.py)
        indexes = (
            # Today's charts count a period's calls from the index alone (the status to leave out the void,
            # arrival_late for the on-time rate: core/queries/today_charts.py). The plain received_at and closed_at
            # indexes stay: their implicit id after the moment is the lists' order (received_at, id) with no sort.
            (("received_at", "status", "arrival_late"), False),
            (("closed_at", "status"), False),
            (("arrival_late", "received_at"), False),  # the late list of a period
            (("status", "received_at"), False),  # a status; the carry-over (registered before yesterday's end)
            (("kind", "received_at"), False),
            (("technician", "received_at"), False),
            # the search box: the calls of the matching customers (products) with their order's key and the
            # carry-over's status, read from the index alone (core/queries/calls.py, migration 10)
            (("customer", "received_at", "status"), False),
            (("product", "received_at", "status"), False),
        )

    # Set by peewee; typed here for the checker.
    customer_id: int | None
    product_id: int | None
    contract_id: int | None
    repeat_of_id: int | None
    technician_id: int | None
    closed_by_id: int | None
    created_by_id: int
    arrived_by_id: int | None
    first_answer_by_id: int | None
    repeats: peewee.ModelSelect[ServiceCall]
    dispatches: peewee.ModelSelect[Dispatch]
    visits: peewee.ModelSelect[Visit]
    vouchers: peewee.ModelSelect[Voucher]
    receipts: peewee.ModelSelect[GoodsReceipt]
    repair_cards: peewee.ModelSelect[RepairCard]
    time_entries: peewee.ModelSelect[TimeEntry]
    invoices: peewee.ModelSelect[Invoice]
    survey_cards: peewee.ModelSelect[SurveyCard]
    complaints: peewee.ModelSelect[Complaint]
    part_issues: peewee.ModelSelect[PartIssue]
    bill_lines: peewee.ModelSelect[BillLine]
    authority_events: peewee.ModelSelect[AuthorityEvent]


class Dispatch(BaseModel):
    """Each assignment of a technician to a call, kept as history (a call may be re-dispatched)."""

    call = peewee.ForeignKeyField(ServiceCall, backref="dispatches")
    technician = peewee.ForeignKeyField(Staff)
    dispatched_at = peewee.DateTimeField()
    dispatched_by = peewee.ForeignKeyField(Staff)
    deadline_at = peewee.DateTimeField(null=True)
    note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    call_id: int
    technician_id: int
    dispatched_by_id: int


class Visit(BaseModel):
    """The technician on site: arrival, finish, work done, result; what it costs is on the call's bill."""

    call = peewee.ForeignKeyField(ServiceCall, backref="visits")
    technician = peewee.ForeignKeyField(Staff)
    arrived_at = peewee.DateTimeField(index=True)  # the daily reports read one day's visits
    finished_at = peewee.DateTimeField(null=True)
    work_done = peewee.TextField(default="")
    result = CodeField()  # vocab.VISIT_RESULT
    collected_on_site = peewee.BooleanField(default=False)
    collected_fen = MoneyField(default=0)
    recorded_by = peewee.ForeignKeyField(Staff)
    recorded_at = peewee.DateTimeField()
    # Set by peewee; typed here for the checker.
    call_id: int
    technician_id: int
    recorded_by_id: int
    bill_lines: peewee.ModelSelect[BillLine]


class Voucher(BaseModel):
    """The service voucher (服务凭证) that goes out with the technician; one per call."""

    number = peewee.CharField(max_length=20, unique=True)
    call = peewee.ForeignKeyField(ServiceCall, unique=True, backref="vouchers")
    issued_at = peewee.DateTimeField()
    print_count = peewee.IntegerField(default=0)  # >0 means the next print is a copy (副本)
    filed_at = peewee.DateTimeField(null=True)
    void_reason = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    call_id: int
