"""Reads for customer opinion: survey coverage, technicians' monthly scores, complaints, contracts."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import peewee

from aftersales_desktop.core import clock, settings
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import (
    Complaint,
    ComplaintVisit,
    Contract,
    ContractFollowUp,
    ContractProduct,
    Customer,
    Product,
    ServiceCall,
    Staff,
    SurveyCard,
)
from aftersales_desktop.core.queries.find_customers import records_matching
from aftersales_desktop.core.queries.paging import PagedQuery, selected, tuples

fn = peewee.fn


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# ---------------------------------------------------------------- survey cards


@dataclass(frozen=True)
class Coverage:
    """Cards due in a period and where they stand; `not_prepared` counts closed calls still without a card."""

    due: int
    sent: int
    answered: int
    outstanding: int
    not_prepared: int


def survey_coverage(first: dt.date, last: dt.date | None = None) -> Coverage:
    """Coverage of the cards due from `first` to `last` (one day when `last` is None)."""
    last = last or first
    cards = SurveyCard.select().where(SurveyCard.due_on.between(first, last))
    row = cards.select(
        fn.COUNT(SurveyCard.id),
        fn.SUM(peewee.Case(None, [(SurveyCard.sent_at.is_null(False), 1)], 0)),
        fn.SUM(peewee.Case(None, [(SurveyCard.answered_at.is_null(False), 1)], 0)),
    ).tuples().first()
    due, sent, answered = (int(v or 0) for v in row)
    # calls closed the day before each due day that have no card yet
    start = dt.datetime.combine(first - dt.timedelta(days=1), dt.time())
    end = dt.datetime.combine(last, dt.time())
    missing = (
        ServiceCall.select()
        .where(
            (ServiceCall.closed_at >= start)
            & (ServiceCall.closed_at < end)
            & (ServiceCall.status.concat("") == "closed")  # || '' keeps SQLite on the closed_at index
            & ServiceCall.customer.is_null(False)
            & ~fn.EXISTS(SurveyCard.select(SurveyCard.id).where(SurveyCard.call == ServiceCall.id))
        )
        .count()
    )
    return Coverage(due, sent, answered, due - answered, missing)


def survey_coverage_until(until: dt.date) -> Coverage:
    """Coverage of every card due up to `until`, from the first one ever due (the "all days" view)."""
    first = SurveyCard.select(fn.MIN(SurveyCard.due_on)).scalar()
    return survey_coverage(min(first, until) if first else until, until)


@dataclass(frozen=True)
class CardRow:
    id: int
    number: str
    call_number: str
    customer: str
    phone: str
    technician: str
    due_on: dt.date
    sent_how: str
    answered: bool
    ratings: tuple[int | None, int | None, int | None, int | None]
    comments: str
    follow_up: str


def _card_query() -> peewee.ModelSelect[SurveyCard]:
    return (
        SurveyCard.select(SurveyCard, ServiceCall, Customer, Staff)
        .join(ServiceCall)
        .join(Customer, peewee.JOIN.LEFT_OUTER)
        .switch(SurveyCard)
        .join(Staff, peewee.JOIN.LEFT_OUTER, on=(SurveyCard.technician == Staff.id))
    )


def _card_row(card: SurveyCard) -> CardRow:
    call = card.call
    customer = call.customer if call.customer_id else None
    tech = card.technician if card.technician_id else None
    return CardRow(
        card.id, card.number, call.number, customer.name if customer else "", customer.phone if customer else "",
        tech.name if tech else "", card.due_on, card.sent_how, card.answered_at is not None,
        (card.attitude, card.skill, card.arrival, card.promise), card.comments, card.follow_up,
    )  # fmt: skip


def cards_due(due_on: dt.date, outstanding_only: bool = False) -> PagedQuery[CardRow]:
    """The cards due on a day (calls closed the day before), in call order."""
    query = _card_query().where(SurveyCard.due_on == due_on)
    if outstanding_only:
        query = query.where(SurveyCard.answered_at.is_null())
    return PagedQuery(query.order_by(SurveyCard.id), _card_row)


def cards_outstanding(until: dt.date) -> PagedQuery[CardRow]:
    """Cards due up to `until` and not yet answered, oldest first (the Today page's number)."""
    query = _card_query().where(SurveyCard.answered_at.is_null() & (SurveyCard.due_on <= until))
    return PagedQuery(query.order_by(SurveyCard.due_on, SurveyCard.id), _card_row)


def open_follow_ups() -> PagedQuery[CardRow]:
    """Low ratings waiting for the supervisor's decision, oldest first."""
    query = _card_query().where(SurveyCard.follow_up == "open")
    return PagedQuery(query.order_by(SurveyCard.answered_at, SurveyCard.id), _card_row)


@dataclass(frozen=True)
class TechnicianScore:
    """Averages of a technician's answered cards for calls closed in the month (4 = very satisfied)."""

    technician_id: int
    name: str
    cards: int
    attitude: float
    skill: float
    arrival: float
    promise: float

    @property
    def overall(self) -> float:
        return round((self.attitude + self.skill + self.arrival + self.promise) / 4, 2)


def technician_scores(year: int, month: int) -> list[TechnicianScore]:
    """Each technician's monthly score per item and overall, from the answered cards of the month's calls."""
    first, last = month_bounds(year, month)
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    rows = (
        SurveyCard.select(
            Staff.id, Staff.name, fn.COUNT(SurveyCard.id),
            fn.AVG(SurveyCard.attitude), fn.AVG(SurveyCard.skill), fn.AVG(SurveyCard.arrival), fn.AVG(SurveyCard.promise),
        )  # fmt: skip
        .join(ServiceCall)
        .switch(SurveyCard)
        .join(Staff, on=(SurveyCard.technician == Staff.id))
        .where(SurveyCard.answered_at.is_null(False) & (ServiceCall.closed_at >= start) & (ServiceCall.closed_at < end))
        .group_by(Staff.id, Staff.name)
        .order_by(Staff.name)
    )
    return [
        TechnicianScore(sid, name, count, *(round(float(v), 2) for v in averages))
        for sid, name, count, *averages in tuples(rows)
    ]


# ---------------------------------------------------------------- complaints


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    kind: str
    severity: str
    status: str
    customer: str
    call_number: str
    description: str
    registered_at: dt.datetime
    age_hours: int  # since registration, until closed
    answer_late: bool
    visits: int
    replied: bool
    handler_role: str


def complaints(open_only: bool = True, now: dt.datetime | None = None) -> PagedQuery[ComplaintRow]:
    """Complaints, open serious ones first (they stay on top until handled), then oldest first."""
    now = now or clock.now()
    hours = settings.get("answer_hours")
    visits = ComplaintVisit.select(fn.COUNT(ComplaintVisit.id)).where(ComplaintVisit.complaint == Complaint.id)
    query = (
        Complaint.select(Complaint, Customer, ServiceCall, visits.alias("n_visits"))
        .join(Customer)
        .switch(Complaint)
        .join(ServiceCall, peewee.JOIN.LEFT_OUTER)
    )
    if open_only:
        query = query.where(Complaint.status != "closed")
    query = query.order_by(Complaint.registered_at, Complaint.id)
    still_open = Complaint.status.in_(("open", "handling"))  # the (status, registered_at) index serves each
    serious = still_open & (Complaint.severity == "serious")
    others_open = still_open & (Complaint.severity != "serious")
    segments = [serious, others_open] + ([] if open_only else [Complaint.status == "closed"])

    def to_row(c: Complaint) -> ComplaintRow:
        until = c.closed_at or now
        limit = c.registered_at + dt.timedelta(hours=hours)
        return ComplaintRow(
            c.id, c.number, c.kind, c.severity, c.status, c.customer.name, c.call.number if c.call else "",
            c.description, c.registered_at, int((until - c.registered_at).total_seconds() // 3600),
            (c.first_answer_at or now) > limit, int(selected(c, "n_visits") or 0), c.replied_at is not None,
            "manager" if c.severity == "serious" else "supervisor",
        )  # fmt: skip

    return PagedQuery(query, to_row, segments=segments)


# ---------------------------------------------------------------- contracts


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    customer: str
    phone: str
    products: str
    start: dt.date
    end: dt.date
    fee_fen: int
    visits_included: int
    status: str
    days_left: int
    expiring: bool  # active and its expiry notice is due (from one calendar month before the end)
    renewed_from: str
    last_follow_up: str
    notice_due_on: dt.date | None = None  # the day the expiry notice is due (第十五条)
    notice_sent_on: dt.date | None = None  # when the notice went out (None: not yet)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later (or earlier), clipped to the month's last day (31 Mar - 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def notice_due_on(end: dt.date, months: int | None = None) -> dt.date:
    """When a contract's expiry notice is due: one calendar month (settings) before its end."""
    return add_months(end, -(settings.get("contract_notice_months") if months is None else months))


def notice_window_end(today: dt.date, months: int | None = None) -> dt.date:
    """The last contract end whose notice is due by `today`: a month on, or the next month's last day when today is
    the last day of its month (on 28 Feb a contract ending 31 Mar is due). Lets the list stay one indexed range."""
    months = settings.get("contract_notice_months") if months is None else months
    later = add_months(today, months)
    if today.day == calendar.monthrange(today.year, today.month)[1]:
        return later.replace(day=calendar.monthrange(later.year, later.month)[1])
    return later


def _product_text(product: Product) -> str:
    """'空调 KFR-35GW (保修至 2025-06-30)': the free warranty shown beside the contract."""
    text = f"{product.name} {product.model}".strip()
    if product.warranty_end:
        text += str(T("(保修至 {d})", " (warranty until {d})", d=product.warranty_end.isoformat()))
    return text


Renewed = Contract.alias("renewed")
# what a contract row shows of its related records, read for a whole page at once (PagedQuery prefetch)
CONTRACT_PREFETCH = (ContractProduct.select(ContractProduct, Product).join(Product), ContractFollowUp.select())


def _contract_select() -> peewee.ModelSelect[Contract]:
    return (Contract.select(Contract, Customer, Renewed.id, Renewed.number).join(Customer)
            .join_from(Contract, Renewed, peewee.JOIN.LEFT_OUTER, on=(Contract.renewed_from == Renewed.id)))


def _contract_row(today: dt.date, months: int) -> Callable[[Contract], ContractRow]:
    def to_row(c: Contract) -> ContractRow:
        products = ", ".join(_product_text(item.product) for item in sorted(c.items, key=lambda i: i.id))
        follow_ups = sorted(c.follow_ups, key=lambda f: (f.at, f.id))
        last = follow_ups[-1] if follow_ups else None
        notice = next((f for f in reversed(follow_ups) if f.notice_printed), None)
        due = notice_due_on(c.end, months)
        days = (c.end - today).days
        return ContractRow(
            c.id, c.number, c.customer.name, c.customer.phone, products, c.start, c.end, c.fee_fen,
            c.visits_included, c.status, days, c.status == "active" and due <= today <= c.end,
            c.renewed_from.number if c.renewed_from else "",
            f"{last.at:%Y-%m-%d} {last.result}" if last else "", due, notice.at.date() if notice else None,
        )  # fmt: skip

    return to_row


def expiring_contracts(on: dt.date | None = None) -> PagedQuery[ContractRow]:
    """Active contracts whose expiry notice is due on `on` (from one calendar month before the end), soonest first."""
    on = on or clock.today()
    months = settings.get("contract_notice_months")
    query = (
        _contract_select()
        .where((Contract.status == "active") & Contract.end.between(on, notice_window_end(on, months)))
        .order_by(Contract.end, Contract.id)
    )
    return PagedQuery(query, _contract_row(on, months), prefetch=CONTRACT_PREFETCH)


def contracts(text: str = "", active_only: bool = False, on: dt.date | None = None) -> PagedQuery[ContractRow]:
    """All contracts (or the active ones), those ending soonest first; `text` matches number or customer."""
    on = on or clock.today()
    query = _contract_select()
    if active_only:
        query = query.where(Contract.status == "active")
    found = records_matching(text, customer=Contract.customer, numbers=(Contract.number,))
    if found is not None:
        query = query.where(found)
    query = query.order_by(Contract.end, Contract.id)
    segments = [Contract.status == "active"] + ([] if active_only else [Contract.status != "active"])
    return PagedQuery(query, _contract_row(on, settings.get("contract_notice_months")), segments=segments,
                      prefetch=CONTRACT_PREFETCH)  # fmt: skip


@dataclass(frozen=True)
class ProductCover:
    """The contract/warranty view of one product on a day: free warranty end and the covering contract."""

    product_id: int
    warranty_end: dt.date | None
    in_warranty: bool
    contract_id: int | None
    contract_number: str
    contract_end: dt.date | None


def product_cover(product_id: int, on: dt.date | None = None) -> ProductCover:
    on = on or clock.today()
    product = Product.get_by_id(product_id)
    contract = (
        Contract.select()
        .join(ContractProduct)
        .where(
            (ContractProduct.product == product_id) & (Contract.status == "active")
            & (Contract.start <= on) & (Contract.end >= on)
        )  # fmt: skip
        .first()
    )
    return ProductCover(
        product.id, product.warranty_end, bool(product.warranty_end and on <= product.warranty_end),
        contract.id if contract else None, contract.number if contract else "", contract.end if contract else None,
    )  # fmt: skip
