"""The conduct log (奖罚记录): the rule catalogue, recording fines and rewards, voiding, acknowledgement.

Entries are never edited or deleted; a wrong one is voided with a reason and the audit keeps both states.
The escalation ladder step comes from the person's earlier non-void entries of the same rule in the period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from aftersales_desktop.core import numbering, settings
from aftersales_desktop.core.bounds import MAX_FEN, check_fen
from aftersales_desktop.core.concurrency import check_unchanged
from aftersales_desktop.core.errors import Conflict, NotFound, ValidationError
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.models import ConductEntry, ConductRule, Staff
from aftersales_desktop.core.models.kept import Kept
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.services import UnitOfWork, snapshot, unit_of_work
from aftersales_desktop.core.validation import not_in_future, require_text
from aftersales_desktop.core.vocab import CONDUCT_AREA, ENTRY_KIND

RULE_FIELDS = ("code", "area", "title", "kind", "min_fen", "max_fen", "rest_half_days", "self_criticism",
               "dismissal", "ladder", "source", "active", "retired_at")  # fmt: skip
ENTRY_FIELDS = ("number", "staff", "rule", "kind", "occurred_at", "amount_fen", "rest_half_days",
                "self_criticism", "dismissal", "ladder_step", "source", "acknowledged_at", "voided_at",
                "voided_by", "void_reason")  # fmt: skip
SOURCES = ("manual", "authority", "complaint")


# ---------------------------------------------------------------- the period and the ladder


def period_bounds(moment: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The ladder period containing `moment` (settings conduct_period: month, quarter or year)."""
    kind = settings.get("conduct_period")
    if kind == "year":
        start, months = dt.date(moment.year, 1, 1), 12
    elif kind == "quarter":
        start, months = dt.date(moment.year, 3 * ((moment.month - 1) // 3) + 1, 1), 3
    else:
        start, months = dt.date(moment.year, moment.month, 1), 1
    index = start.year * 12 + start.month - 1 + months
    end = dt.date(index // 12, index % 12 + 1, 1)
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())


@dataclass(frozen=True)
class EntryPreview:
    """What an entry would be, shown before saving: the step, the allowed range and the other penalties."""

    kind: str
    step: int  # 1st, 2nd … within the period; 0 when the rule has no ladder
    earlier: int  # earlier non-void entries of this rule for this person in the period
    min_fen: int
    max_fen: int
    rest_half_days: int
    self_criticism: bool
    dismissal: bool
    period_start: dt.datetime
    period_end: dt.datetime

    @property
    def fixed_amount(self) -> bool:
        return self.min_fen == self.max_fen

    def penalty(self) -> Text:
        """The penalty in words, e.g. '第2次:扣半天休' / '罚款 20.00–200.00 元'."""
        zh: list[str] = []
        en: list[str] = []
        if self.max_fen:
            word_zh, word_en = ("奖励", "reward") if self.kind == "reward" else ("罚款", "fine")
            if self.fixed_amount:
                zh.append(f"{word_zh} {format_yuan(self.min_fen)} 元")
                en.append(f"{word_en} {format_yuan(self.min_fen, True)}")
            else:
                zh.append(f"{word_zh} {format_yuan(self.min_fen)}–{format_yuan(self.max_fen)} 元")
                en.append(f"{word_en} {format_yuan(self.min_fen, True)}–{format_yuan(self.max_fen)}")
        if self.rest_half_days:
            zh.append(rest_words(self.rest_half_days).zh)
            en.append(rest_words(self.rest_half_days).en)
        if self.self_criticism:
            zh.append("书面检讨")
            en.append("written self-criticism")
        if self.dismissal:
            zh.append("开除")
            en.append("dismissal")
        body = Text(",".join(zh) or "无", ", ".join(en) or "none")
        if self.step:
            return T("第 {n} 次:{p}", "Time {n} in the period: {e}", n=self.step, p=body.zh, e=body.en)
        return body


def rest_words(half_days: int) -> Text:
    """Docked rest time in words: 1 → 扣半天休, 2 → 扣一天休, 3 → 扣一天半休."""
    days, half = divmod(half_days, 2)
    if days == 0:
        return T("扣半天休", "half a rest day docked")
    zh_days = {1: "一", 2: "两", 3: "三"}.get(days, str(days))
    return Text(f"扣{zh_days}天{'半' if half else ''}休", f"{days}{'.5' if half else ''} rest day(s) docked")


_EARLIER_IN_PERIOD = Kept(lambda staff_id, rule_id, start, until: ConductEntry.select().where(
    (ConductEntry.staff == staff_id)
    & (ConductEntry.rule == rule_id)
    & ConductEntry.voided_at.is_null()
    & (ConductEntry.occurred_at >= start)
    & (ConductEntry.occurred_at <= until)))  # every entry previewed and recorded counts these (kept text)


def preview_entry(staff_id: int, rule_id: int, occurred_at: dt.datetime) -> EntryPreview:
    """The ladder step and penalty an entry for this person, rule and time would get (a pure query)."""
    rule = _rule(rule_id)
    start, end = period_bounds(occurred_at)
    earlier = _EARLIER_IN_PERIOD.count(staff_id, rule.id, start, occurred_at)
    if rule.ladder:
        step = earlier + 1
        rung = rule.ladder[min(step, len(rule.ladder)) - 1]
        low = high = int(rung.get("fine_fen", 0))
        low, high = int(rung.get("min_fen", low)), int(rung.get("max_fen", high))
        rest = int(rung.get("rest_half_days", 0))
        criticism = bool(rung.get("self_criticism", rule.self_criticism))
        dismissal = bool(rung.get("dismissal", rule.dismissal))
    else:
        step, low, high = 0, rule.min_fen, rule.max_fen
        rest, criticism, dismissal = rule.rest_half_days, rule.self_criticism, rule.dismissal
    return EntryPreview(rule.kind, step, earlier, low, high, rest, criticism, dismissal, start, end)


# ---------------------------------------------------------------- recording, voiding, acknowledging


def record_entry(
    actor: Staff,
    staff_id: int,
    rule_id: int,
    occurred_at: dt.datetime,
    description: str,
    amount_fen: int,
    source: str = "manual",
) -> ConductEntry:
    """A supervisor or the manager records a fine or reward; the amount must lie in the rule's range."""
    description = require_text(description, "description", "经过|what happened")
    if not isinstance(occurred_at, dt.datetime):
        raise ValidationError(T("请填写发生时间。", "Enter when it happened."), "occurred_at")
    not_in_future(occurred_at, "occurred_at")
    if source not in SOURCES:
        raise ValidationError(T("来源不正确。", "Unknown source."), "source")
    with unit_of_work(actor, Action.CONDUCT_RECORD) as uow:
        entry = record_in(uow, staff_id, rule_id, occurred_at, description, amount_fen, source)
    return entry


def record_in(
    uow: UnitOfWork,
    staff_id: int,
    rule_id: int,
    occurred_at: dt.datetime,
    description: str,
    amount_fen: int,
    source: str,
) -> ConductEntry:
    """The entry written inside an open unit of work (also used by the authority warnings)."""
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        raise ValidationError(T("请选择员工。", "Choose the staff member."), "staff")
    if not person.active:
        left = person.left_on.isoformat() if person.left_on else "?"
        raise ValidationError(
            T("{n} 已于 {d} 离职,不能再记奖罚。", "{n} left on {d}; no more entries can be recorded.", n=person.name, d=left),
            "staff",
        )
    rule = _rule(rule_id)
    if not rule.active:
        raise ValidationError(
            T("条款 {c} 已停用,请选择其他条款。", "Rule {c} is retired; choose another rule.", c=rule.code), "rule"
        )
    preview = preview_entry(person.id, rule.id, occurred_at)
    if not isinstance(amount_fen, int) or not preview.min_fen <= amount_fen <= preview.max_fen:
        raise ValidationError(
            T(
                "金额 {a} 元不在本条款允许的范围内({lo}–{hi} 元)。",
                "The amount ¥{a} is outside this rule's range (¥{lo}–¥{hi}).",
                a=format_yuan(amount_fen) if isinstance(amount_fen, int) else amount_fen,
                lo=format_yuan(preview.min_fen),
                hi=format_yuan(preview.max_fen),
            ),
            "amount",
        )
    entry = ConductEntry.create(
        number=numbering.next_number("conduct", uow.now),
        staff=person,
        rule=rule,
        kind=rule.kind,
        occurred_at=occurred_at,
        description=description,
        amount_fen=amount_fen,
        rest_half_days=preview.rest_half_days,
        self_criticism=preview.self_criticism,
        dismissal=preview.dismissal,
        ladder_step=preview.step,
        source=source,
        recorded_by=uow.actor,
        recorded_at=uow.now,
    )
    uow.audit("conduct_entry", entry.id, after=snapshot(entry, *ENTRY_FIELDS), action=Action.CONDUCT_RECORD.value)
    return entry


def void_entry(actor: Staff, entry_id: int, reason: str) -> ConductEntry:
    """Void a wrong entry with a reason; it stays in the log (marked void) and leaves every total."""
    reason = require_text(reason, "reason", "作废原因|reason for voiding")
    with unit_of_work(actor, Action.CONDUCT_VOID) as uow:
        entry = _entry(entry_id)
        if entry.voided_at is not None:
            raise Conflict(T("{n} 已作废。", "{n} is already void.", n=entry.number))
        before = snapshot(entry, *ENTRY_FIELDS)
        entry.voided_at = uow.now
        entry.voided_by = uow.actor
        entry.void_reason = reason
        entry.save()
        uow.audit("conduct_entry", entry.id, before=before, after=snapshot(entry, *ENTRY_FIELDS), note=reason)
    return entry


def acknowledge_entry(actor: Staff, entry_id: int) -> ConductEntry:
    """The staff member signed the notice: record when."""
    with unit_of_work(actor, Action.CONDUCT_ACKNOWLEDGE) as uow:
        entry = _entry(entry_id)
        if entry.voided_at is not None:
            raise Conflict(T("{n} 已作废,无需签收。", "{n} is void; nothing to acknowledge.", n=entry.number))
        if entry.acknowledged_at is not None:
            raise Conflict(T("{n} 已签收。", "{n} is already acknowledged.", n=entry.number))
        entry.acknowledged_at = uow.now
        entry.save()
        uow.audit("conduct_entry", entry.id, before={"acknowledged_at": None}, after={"acknowledged_at": uow.now})
    return entry


def mark_notice_printed(actor: Staff, entry_id: int) -> ConductEntry:
    """Count a print of the notice; from the second print on the paper says 副本."""
    with unit_of_work(actor, Action.CONDUCT_RECORD) as uow:
        entry = _entry(entry_id)
        entry.print_count += 1
        entry.save()
        uow.audit("conduct_entry", entry.id, after={"print_count": entry.print_count}, note="notice printed")
    return entry


# ---------------------------------------------------------------- the catalogue


def add_rule(actor: Staff, **values: Any) -> ConductRule:
    """The manager adds a rule to the catalogue."""
    clean = _rule_values(values, None)
    with unit_of_work(actor, Action.CONDUCT_RULE_EDIT) as uow:
        if ConductRule.select().where(ConductRule.code == clean["code"]).exists():
            raise ValidationError(T("条款编号 {c} 已存在。", "Rule code {c} already exists.", c=clean["code"]), "code")
        rule = ConductRule.create(**clean)
        uow.audit("conduct_rule", rule.id, after=snapshot(rule, *RULE_FIELDS))
    return rule


def edit_rule(actor: Staff, rule_id: int, *, seen_version: int | None = None, **values: Any) -> ConductRule:
    """The manager changes a rule; recorded entries keep the amounts they were given. `seen_version`: the
    rule's version when the form was filled (concurrency.version_of)."""
    with unit_of_work(actor, Action.CONDUCT_RULE_EDIT) as uow:
        check_unchanged(ConductRule, "conduct_rule", rule_id, seen_version)
        rule = _rule(rule_id)
        before = snapshot(rule, *RULE_FIELDS)
        merged = {name: getattr(rule, name) for name in RULE_FIELDS if name not in ("active", "retired_at")}
        merged.update(values)
        clean = _rule_values(merged, rule.id)
        clash = ConductRule.select().where((ConductRule.code == clean["code"]) & (ConductRule.id != rule.id))
        if clash.exists():
            raise ValidationError(T("条款编号 {c} 已存在。", "Rule code {c} already exists.", c=clean["code"]), "code")
        for name, value in clean.items():
            setattr(rule, name, value)
        rule.save()
        uow.audit("conduct_rule", rule.id, before=before, after=snapshot(rule, *RULE_FIELDS))
    return rule


def retire_rule(actor: Staff, rule_id: int, retired: bool = True) -> ConductRule:
    """Take a rule out of use (or back into use); its entries stay."""
    with unit_of_work(actor, Action.CONDUCT_RULE_EDIT) as uow:
        rule = _rule(rule_id)
        before = snapshot(rule, "active", "retired_at")
        rule.active = not retired
        rule.retired_at = uow.now if retired else None
        rule.save()
        uow.audit("conduct_rule", rule.id, before=before, after=snapshot(rule, "active", "retired_at"))
    return rule


def delete_rule(actor: Staff, rule_id: int) -> None:
    """Delete a rule nobody was ever recorded under; a rule in use can only be retired."""
    with unit_of_work(actor, Action.CONDUCT_RULE_EDIT) as uow:
        rule = _rule(rule_id)
        if ConductEntry.select().where(ConductEntry.rule == rule.id).exists():
            raise Conflict(
                T("条款 {c} 已有奖罚记录,不能删除,只能停用。", "Rule {c} has entries; it can be retired, not deleted.", c=rule.code)
            )
        uow.audit("conduct_rule", rule.id, before=snapshot(rule, *RULE_FIELDS))
        rule.delete_instance()


def _rule_values(values: dict[str, Any], rule_id: int | None) -> dict[str, Any]:
    code = require_text(values.get("code", ""), "code", "条款编号|rule code")
    if len(code) > 20:
        raise ValidationError(T("条款编号最多 20 个字符。", "The rule code is at most 20 characters."), "code")
    area = values.get("area")
    if area not in CONDUCT_AREA:
        raise ValidationError(T("请选择类别。", "Choose the area."), "area")
    title = require_text(values.get("title", ""), "title", "条款内容|rule")
    kind = values.get("kind", "fine")
    if kind not in ENTRY_KIND:
        raise ValidationError(T("请选择罚款或奖励。", "Choose fine or reward."), "kind")
    low, high = values.get("min_fen", 0), values.get("max_fen", 0)
    if not (isinstance(low, int) and isinstance(high, int)) or low < 0 or high < low:
        raise ValidationError(
            T("金额范围不正确:最低不能为负,最高不能低于最低。", "The range is wrong: no negative minimum, maximum not below minimum."),
            "max_fen",
        )
    check_fen(high, "max_fen")
    rest = values.get("rest_half_days", 0)
    if not isinstance(rest, int) or not 0 <= rest <= 20:
        raise ValidationError(T("扣休应为 0–20 个半天。", "Docked rest is 0–20 half days."), "rest_half_days")
    ladder = values.get("ladder") or None
    if ladder is not None:
        for rung in ladder:
            if not isinstance(rung, dict) or any(not isinstance(v, int) or not 0 <= v <= MAX_FEN for v in rung.values()):
                raise ValidationError(T("升级阶梯的格式不正确。", "The escalation ladder is malformed."), "ladder")
    return {
        "code": code,
        "area": area,
        "title": title[:200],
        "kind": kind,
        "min_fen": low,
        "max_fen": high,
        "rest_half_days": rest,
        "self_criticism": bool(values.get("self_criticism", False)),
        "dismissal": bool(values.get("dismissal", False)),
        "ladder": ladder,
        "source": str(values.get("source", "") or "")[:120],
    }


def _rule(rule_id: int) -> ConductRule:
    rule = ConductRule.get_or_none(ConductRule.id == rule_id)
    if rule is None:
        raise ValidationError(T("请选择条款。", "Choose a rule."), "rule")
    return rule


def _entry(entry_id: int) -> ConductEntry:
    entry = ConductEntry.get_or_none(ConductEntry.id == entry_id)
    if entry is None:
        raise NotFound(T("找不到该奖罚记录。", "No such conduct entry."))
    return entry
