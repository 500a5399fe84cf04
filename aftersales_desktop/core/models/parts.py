"""The parts cabinet: parts, stock moves, issues against work orders, purchases, claim orders, tools, stocktake."""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee

from aftersales_desktop.core.models.base import BaseModel, CodeField, MoneyField
from aftersales_desktop.core.models.calls import ServiceCall
from aftersales_desktop.core.models.customers import Customer, Product
from aftersales_desktop.core.models.repairs import RepairCard
from aftersales_desktop.core.models.staff import Staff

if TYPE_CHECKING:
    from aftersales_desktop.core.models.bills import BillLine


class Part(BaseModel):
    """A spare part; qty_on_hand changes only through StockMove and can never go below zero."""

    code = peewee.CharField(max_length=40, unique=True)
    name = peewee.CharField(max_length=80, index=True)
    name_initials = peewee.CharField(max_length=80, index=True, default="")
    fits_models = peewee.TextField(default="")  # models it fits, comma separated
    unit = peewee.CharField(max_length=10, default="个")
    bin_location = peewee.CharField(max_length=20, default="")
    cost_fen = MoneyField(default=0)  # moving-average unit cost
    price_fen = MoneyField(default=0)  # sale price per unit
    min_qty = peewee.IntegerField(default=0)
    qty_on_hand = peewee.IntegerField(default=0, constraints=[peewee.Check("qty_on_hand >= 0")])
    active = peewee.BooleanField(default=True)
    created_at = peewee.DateTimeField()
    old_for_new = peewee.BooleanField(default=True)  # 以坏换新: the old part comes back for a new one
    # Set by peewee; typed here for the checker.
    issues: peewee.ModelSelect[PartIssue]
    moves: peewee.ModelSelect[StockMove]
    purchases: peewee.ModelSelect[DirectPurchase]


class PartIssue(BaseModel):
    """Parts issued against a work order (见单发料): a repair card or a call."""

    part = peewee.ForeignKeyField(Part, backref="issues")
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="part_issues")
    call = peewee.ForeignKeyField(ServiceCall, null=True, backref="part_issues")
    qty = peewee.IntegerField(constraints=[peewee.Check("qty > 0")])
    returned_qty = peewee.IntegerField(default=0)
    unit_cost_fen = MoneyField()
    unit_price_fen = MoneyField()
    used = peewee.BooleanField(default=False)  # a used part never returns to stock
    issued_at = peewee.DateTimeField()
    issued_by = peewee.ForeignKeyField(Staff)
    old_returned = peewee.BooleanField(null=True)  # 以坏换新: did the old part come back (None: not noted yet)
    old_note = peewee.TextField(default="")  # why it did not (the customer kept it, it was lost …)
    # Set by peewee; typed here for the checker.
    part_id: int
    repair_card_id: int | None
    call_id: int | None
    issued_by_id: int
    moves: peewee.ModelSelect[StockMove]
    bill_lines: peewee.ModelSelect[BillLine]


class Stocktake(BaseModel):
    """A monthly stocktake (每月盘点)."""

    number = peewee.CharField(max_length=20, unique=True)
    period = peewee.CharField(max_length=7)  # YYYY-MM
    status = CodeField(default="open")  # open / posted / void
    started_at = peewee.DateTimeField()
    started_by = peewee.ForeignKeyField(Staff)
    posted_at = peewee.DateTimeField(null=True)
    posted_by = peewee.ForeignKeyField(Staff, null=True)
    # Set by peewee; typed here for the checker.
    started_by_id: int
    posted_by_id: int | None
    moves: peewee.ModelSelect[StockMove]
    lines: peewee.ModelSelect[StocktakeLine]


class StockMove(BaseModel):
    """Every change of a part's quantity, with its reason (vocab.STOCK_MOVE)."""

    part = peewee.ForeignKeyField(Part, backref="moves")
    at = peewee.DateTimeField(index=True)
    kind = CodeField(index=True)
    qty = peewee.IntegerField()  # signed: + into stock, - out of stock
    unit_cost_fen = MoneyField()
    value_fen = MoneyField()  # qty * unit cost, signed
    qty_after = peewee.IntegerField()
    reason = peewee.TextField(default="")
    supplier = peewee.CharField(max_length=80, default="")
    department = peewee.CharField(max_length=40, default="")  # internal use by another department
    issue = peewee.ForeignKeyField(PartIssue, null=True, backref="moves")
    stocktake = peewee.ForeignKeyField(Stocktake, null=True, backref="moves")
    staff = peewee.ForeignKeyField(Staff)
    # Set by peewee; typed here for the checker.
    part_id: int
    issue_id: int | None
    stocktake_id: int | None
    staff_id: int


class DirectPurchase(BaseModel):
    """A purchase with its supplier quotes compared (三家比价): a direct purchase (自采), or goods in from a supplier
    not on the regular list; fewer than three only with a manager's override."""

    part = peewee.ForeignKeyField(Part, backref="purchases")
    qty = peewee.IntegerField()
    chosen_supplier = peewee.CharField(max_length=80)
    unit_cost_fen = MoneyField()
    override_reason = peewee.TextField(default="")
    override_by = peewee.ForeignKeyField(Staff, null=True)
    move = peewee.ForeignKeyField(StockMove, null=True)
    at = peewee.DateTimeField()
    by = peewee.ForeignKeyField(Staff)
    kind = CodeField(default="direct")  # direct: 自采; receipt: goods in from a supplier not on the regular list
    dearer_reason = peewee.TextField(default="")  # why a dearer quote than the cheapest was taken
    # Set by peewee; typed here for the checker.
    part_id: int
    override_by_id: int | None
    move_id: int | None
    by_id: int
    quotes: peewee.ModelSelect[SupplierQuote]


class SupplierQuote(BaseModel):
    purchase = peewee.ForeignKeyField(DirectPurchase, backref="quotes")
    supplier = peewee.CharField(max_length=80)
    unit_price_fen = MoneyField()
    note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    purchase_id: int


class ClaimOrder(BaseModel):
    """A warranty-claim order (索赔订货) with the customer's deposit."""

    number = peewee.CharField(max_length=20, unique=True)
    customer = peewee.ForeignKeyField(Customer, backref="claim_orders")
    product = peewee.ForeignKeyField(Product, null=True)
    repair_card = peewee.ForeignKeyField(RepairCard, null=True, backref="claim_orders")
    part = peewee.ForeignKeyField(Part, null=True)
    part_description = peewee.CharField(max_length=120)
    amount_fen = MoneyField()
    status = CodeField(default="draft")  # vocab.CLAIM_STATUS
    supervisor_signed_by = peewee.ForeignKeyField(Staff, null=True)
    supervisor_signed_at = peewee.DateTimeField(null=True)
    manager_signed_by = peewee.ForeignKeyField(Staff, null=True)
    manager_signed_at = peewee.DateTimeField(null=True)
    ordered_at = peewee.DateTimeField(null=True)
    arrived_at = peewee.DateTimeField(null=True)
    fitted_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(index=True)  # the claims list, newest first
    created_by = peewee.ForeignKeyField(Staff)
    # Set by peewee; typed here for the checker.
    customer_id: int
    product_id: int | None
    repair_card_id: int | None
    part_id: int | None
    supervisor_signed_by_id: int | None
    manager_signed_by_id: int | None
    created_by_id: int
    deposits: peewee.ModelSelect[Deposit]


class Deposit(BaseModel):
    """A customer's deposit on a claim order; refunded once the part is fitted."""

    number = peewee.CharField(max_length=20, unique=True)  # deposit receipt number
    claim_order = peewee.ForeignKeyField(ClaimOrder, backref="deposits")
    amount_fen = MoneyField()
    taken_at = peewee.DateTimeField(index=True)
    taken_by = peewee.ForeignKeyField(Staff)
    refund_number = peewee.CharField(max_length=20, null=True, unique=True)
    refunded_at = peewee.DateTimeField(null=True, index=True)
    refunded_by = peewee.ForeignKeyField(Staff, null=True)
    # Set by peewee; typed here for the checker.
    claim_order_id: int
    taken_by_id: int
    refunded_by_id: int | None


class Tool(BaseModel):
    """A special tool lent against the loan register."""

    code = peewee.CharField(max_length=40, unique=True)
    name = peewee.CharField(max_length=80)
    model = peewee.CharField(max_length=60, default="")
    price_fen = MoneyField(default=0)
    status = CodeField(default="in")  # vocab.TOOL_STATUS
    location = peewee.CharField(max_length=20, default="")
    created_at = peewee.DateTimeField()
    # Set by peewee; typed here for the checker.
    loans: peewee.ModelSelect[ToolLoan]


class ToolLoan(BaseModel):
    tool = peewee.ForeignKeyField(Tool, backref="loans")
    borrower = peewee.ForeignKeyField(Staff, backref="tool_loans")
    lent_at = peewee.DateTimeField(index=True)  # the loans list, newest first
    due_at = peewee.DateTimeField()
    lent_by = peewee.ForeignKeyField(Staff)
    returned_at = peewee.DateTimeField(null=True)
    lost = peewee.BooleanField(default=False)
    compensation = peewee.CharField(max_length=10, default="")  # pay / replace
    compensation_fen = MoneyField(default=0)
    note = peewee.TextField(default="")
    # Set by peewee; typed here for the checker.
    tool_id: int
    borrower_id: int
    lent_by_id: int


class StocktakeLine(BaseModel):
    stocktake = peewee.ForeignKeyField(Stocktake, backref="lines")
    part = peewee.ForeignKeyField(Part, null=True)
    tool = peewee.ForeignKeyField(Tool, null=True)
    expected_qty = peewee.IntegerField()
    counted_qty = peewee.IntegerField(null=True)
    unit_cost_fen = MoneyField(default=0)
    # Set by peewee; typed here for the checker.
    stocktake_id: int
    part_id: int | None
    tool_id: int | None
