"""Intake photos and the condition checklist of a goods receipt (at goods in, and later on the repair card)."""

from __future__ import annotations

from typing import Any

from aftersales_desktop.core import photos as files
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T
from aftersales_desktop.core.models import GoodsReceipt, Photo, Staff
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import snapshot, unit_of_work
from aftersales_desktop.core.vocab import CONDITION_CHECK

MAX_PER_RECEIPT = 20


def clean_checklist(checklist: Any) -> dict[str, bool]:
    """The checklist as {code: True/False} for known items only; anything else is refused with a sentence."""
    if checklist is None:
        return {}
    if not isinstance(checklist, dict):
        raise ValidationError(T("检查项格式不对。", "The checklist is not in the right form."), "checklist")
    unknown = [str(k) for k in checklist if k not in CONDITION_CHECK]
    if unknown:
        raise ValidationError(T("未知的检查项:{k}。", "Unknown checklist item: {k}.", k=", ".join(unknown)[:60]),
                              "checklist")
    if any(not isinstance(v, bool) for v in checklist.values()):
        raise ValidationError(T("检查项只能是“是”或“否”。", "A checklist item is yes or no."), "checklist")
    return {code: checklist[code] for code in CONDITION_CHECK.codes if code in checklist}


def _held(receipt_id: int) -> GoodsReceipt:
    receipt = GoodsReceipt.get_or_none(GoodsReceipt.id == receipt_id)
    if receipt is None:
        raise NotFound(T("找不到该领取收据。", "No such goods receipt."))
    if receipt.status != "held":
        raise Conflict(T("收据 {n} 的商品已经交还,不能再改收件记录。",
                         "The item of receipt {n} has gone back; its intake record is closed.", n=receipt.number))
    return receipt


def set_checklist(actor: Staff, receipt_id: int, checklist: dict[str, bool], *,
                  seen_version: int | None = None) -> GoodsReceipt:
    """Record (or correct) the condition checklist of an item still in the shop. `seen_version`: the receipt's
    version when the checklist was shown."""
    checked = clean_checklist(checklist)
    with unit_of_work(actor, Action.GOODS_RECEIVE) as uow:
        check_unchanged(GoodsReceipt, "goods_receipt", receipt_id, seen_version, Action.GOODS_RECEIVE.value)
        receipt = _held(receipt_id)
        before = snapshot(receipt, "checklist")
        receipt.checklist = checked
        receipt.save()
        uow.audit("goods_receipt", receipt.id, before=before, after=snapshot(receipt, "checklist"), note="checklist")
    return receipt


def attach_photo(actor: Staff, receipt_id: int, data: bytes) -> Photo:
    """Add a picture of the item (any JPEG or PNG): shrunk, stored by its hash (photos/ beside a SQLite file, the
    photo_blob table on a server), listed on the receipt.

    The same picture twice on one receipt is one photo. The file is written before the row: a failure after it
    leaves at most an unlisted file, never a row without its picture."""
    if not isinstance(data, bytes | bytearray):
        raise ValidationError(T("照片文件无法读取。", "The photo file cannot be read."), "photo")
    prepared = files.prepare(bytes(data))  # decoding takes a moment: before the write transaction
    with unit_of_work(actor, Action.GOODS_RECEIVE) as uow:
        receipt = _held(receipt_id)
        existing = Photo.get_or_none((Photo.receipt == receipt.id) & (Photo.sha256 == prepared.sha256))
        if existing is not None:
            uow.audit("photo", existing.id, note="the same picture again")
            return existing
        if receipt.photos.count() >= MAX_PER_RECEIPT:
            raise Conflict(T("每张收据最多 {n} 张照片。", "A receipt holds at most {n} photos.", n=MAX_PER_RECEIPT))
        files.keep(prepared)  # a file in photos/, or on a server the picture itself in this transaction
        photo = Photo.create(receipt=receipt, sha256=prepared.sha256, width=prepared.width, height=prepared.height,
                             size_bytes=len(prepared.jpeg), added_at=uow.now, added_by=uow.actor)
        uow.audit("photo", photo.id, after=snapshot(photo, "receipt", "sha256", "width", "height"))
    return photo
