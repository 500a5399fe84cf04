"""Claim orders (索赔订货) with the customer's deposit: sign-off, ordered → arrived → fitted → refunded."""

from __future__ import annotations

from aftersales_desktop.core import settings
from aftersales_desktop.core.bounds import check_fen
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import ClaimOrder, Customer, Deposit, Part, Product, RepairCard, Staff
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.numbering import next_number
from aftersales_desktop.core.permissions import Action, require
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.validation import require_text
from aftersales_desktop.core.vocab import CLAIM_STATUS

CLAIM_FIELDS = ("status", "supervisor_signed_by", "manager_signed_by", "ordered_at", "arrived_at", "fitted_at")


# a claim order's statements keep their text (core/models/kept.py)
_EXISTS = {model: Kept(lambda key, model=model: model.select().where(model.id == key))
           for model in (Customer, Product, RepairCard, Part)}
_DEPOSIT_HELD = Kept(lambda claim_id: Deposit.select().where(
    (Deposit.claim_order == claim_id) & Deposit.refunded_at.is_null()))


def needs_manager(claim: ClaimOrder) -> bool:
    """An amount above the shop's threshold needs the manager's signature as well."""
    return claim.amount_fen > settings.get("claim_manager_threshold_fen")


def _claim(claim_id: int) -> ClaimOrder:
    claim = ClaimOrder.get_or_none(ClaimOrder.id == claim_id)
    if claim is None:
        raise NotFound(T("找不到该索赔订货单。", "No such claim order."))
    return claim


def _wrong_state(claim: ClaimOrder) -> Conflict:
    return Conflict(T("索赔订货单 {n} 当前为“{s}”,不能这样操作。", "Claim order {n} is '{s}'; this step does not apply.",
                      n=claim.number, s=CLAIM_STATUS.label(claim.status)))


def create_claim(actor: Staff, customer_id: int, part_description: str, amount_fen: int, deposit_fen: int,
                 product_id: int | None = None, repair_card_id: int | None = None,
                 part_id: int | None = None) -> ClaimOrder:
    """Open a claim order and take the customer's deposit (押金) in the same step."""
    description = require_text(part_description, "part_description", "所订备件|part ordered")[:120]
    if not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError(T("请填写订货金额。", "Enter the amount of the order."), "amount_fen")
    if not isinstance(deposit_fen, int) or deposit_fen <= 0:
        raise ValidationError(T("索赔订货须收取客户押金。", "A claim order needs the customer's deposit."), "deposit_fen")
    check_fen(amount_fen, "amount_fen")
    check_fen(deposit_fen, "deposit_fen")
    with unit_of_work(actor, Action.CLAIM_CREATE) as uow:
        require(uow.person.role, Action.DEPOSIT_TAKE, uow.person.name)
        if not _EXISTS[Customer].exists(customer_id):
            raise NotFound(T("找不到该客户。", "No such customer."))
        for model, key in ((Product, product_id), (RepairCard, repair_card_id), (Part, part_id)):
            if key is not None and not _EXISTS[model].exists(key):
                raise NotFound(T("找不到关联的记录。", "A linked record does not exist."))
        claim = ClaimOrder.create(
            number=next_number("claim", uow.now), customer=customer_id, product=product_id,
            repair_card=repair_card_id, part=part_id, part_description=description, amount_fen=amount_fen,
            created_at=uow.now, created_by=uow.actor,
        )
        deposit = Deposit.create(number=next_number("deposit", uow.now), claim_order=claim.id, amount_fen=deposit_fen,
                                 taken_at=uow.now, taken_by=uow.actor)
        uow.audit("claim_order", claim.id, after=snapshot(claim, "number", "customer", "amount_fen", "status"))
        uow.audit("deposit", deposit.id, after=snapshot(deposit, "number", "amount_fen"), action=Action.DEPOSIT_TAKE.value)
    return claim


def _change(uow: UnitOfWork, claim: ClaimOrder, **values: object) -> ClaimOrder:
    before = snapshot(claim, *CLAIM_FIELDS)
    for key, value in values.items():
        setattr(claim, key, value)
    claim.save()
    uow.audit("claim_order", claim.id, before=before, after=snapshot(claim, *CLAIM_FIELDS))
    return claim


def sign_supervisor(actor: Staff, claim_id: int) -> ClaimOrder:
    """The workshop manager (service supervisor) signs the claim order off."""
    with unit_of_work(actor, Action.CLAIM_SIGN_SUPERVISOR) as uow:
        claim = _claim(claim_id)
        if claim.status != "draft":
            raise _wrong_state(claim)
        if claim.supervisor_signed_by_id:
            raise Conflict(T("主任已签字。", "The supervisor has already signed."))
        return _change(uow, claim, supervisor_signed_by=uow.actor, supervisor_signed_at=uow.now)


def sign_manager(actor: Staff, claim_id: int) -> ClaimOrder:
    """The manager's second signature, needed above the threshold."""
    with unit_of_work(actor, Action.CLAIM_SIGN_MANAGER) as uow:
        claim = _claim(claim_id)
        if claim.status != "draft":
            raise _wrong_state(claim)
        if claim.manager_signed_by_id:
            raise Conflict(T("经理已签字。", "The manager has already signed."))
        return _change(uow, claim, manager_signed_by=uow.actor, manager_signed_at=uow.now)


def mark_ordered(actor: Staff, claim_id: int) -> ClaimOrder:
    """Order the part: only once the supervisor (and, above the threshold, the manager) has signed."""
    with unit_of_work(actor, Action.CLAIM_TRACK) as uow:
        claim = _claim(claim_id)
        if claim.status != "draft":
            raise _wrong_state(claim)
        if not claim.supervisor_signed_by_id:
            raise Conflict(T("索赔订货须服务主任签字后才能订货。", "The supervisor must sign the claim order before ordering."))
        if needs_manager(claim) and not claim.manager_signed_by_id:
            from aftersales_desktop.core.money import format_yuan

            raise Conflict(T("金额超过 {t} 元,还须经理签字。", "The amount is above {t} yuan: the manager must sign too.",
                             t=format_yuan(settings.get("claim_manager_threshold_fen"))))
        return _change(uow, claim, status="ordered", ordered_at=uow.now)


def mark_arrived(actor: Staff, claim_id: int) -> ClaimOrder:
    """The part has arrived; the customer is told to come."""
    with unit_of_work(actor, Action.CLAIM_TRACK) as uow:
        claim = _claim(claim_id)
        if claim.status != "ordered":
            raise _wrong_state(claim)
        return _change(uow, claim, status="arrived", arrived_at=uow.now)


def mark_fitted(actor: Staff, claim_id: int) -> ClaimOrder:
    """The part is fitted; the deposit can now be refunded."""
    with unit_of_work(actor, Action.CLAIM_TRACK) as uow:
        claim = _claim(claim_id)
        if claim.status != "arrived":
            raise _wrong_state(claim)
        return _change(uow, claim, status="fitted", fitted_at=uow.now)


def cancel_claim(actor: Staff, claim_id: int, reason: str) -> ClaimOrder:
    """Cancel a claim order that is not fitted yet; the deposit is then refunded separately."""
    reason = require_text(reason, "reason", "取消原因|reason")
    with unit_of_work(actor, Action.CLAIM_TRACK) as uow:
        claim = _claim(claim_id)
        if claim.status not in ("draft", "ordered", "arrived"):
            raise _wrong_state(claim)
        before = snapshot(claim, *CLAIM_FIELDS)
        claim.status = "cancelled"
        claim.save()
        uow.audit("claim_order", claim.id, before=before, after=snapshot(claim, *CLAIM_FIELDS), note=reason)
    return claim


def refund_deposit(actor: Staff, claim_id: int) -> Deposit:
    """Refund the deposit (退押金) once the part is fitted, or after a cancellation; prints a refund receipt."""
    with unit_of_work(actor, Action.DEPOSIT_REFUND) as uow:
        claim = _claim(claim_id)
        if claim.status not in ("fitted", "cancelled"):
            raise Conflict(T("备件装好(或订单取消)后才能退押金。", "The deposit is refunded once the part is fitted (or the order cancelled)."))
        deposit = _DEPOSIT_HELD.first(claim.id)
        if deposit is None:
            raise Conflict(T("押金已退。", "The deposit has already been refunded."))
        before = snapshot(deposit, "refund_number", "refunded_at")
        deposit.refund_number = next_number("refund", uow.now)
        deposit.refunded_at = uow.now
        deposit.refunded_by = uow.actor
        deposit.save()
        uow.audit("deposit", deposit.id, before=before, after=snapshot(deposit, "refund_number", "refunded_at", "amount_fen"))
        if claim.status == "fitted":
            _change(uow, claim, status="refunded")
    return deposit
