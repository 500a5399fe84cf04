"""The audit trail in the reader's words: what was done, to which record (by its paper number), which fields
changed from what to what — "状态: 维修中 → 已修好", never the stored JSON.

The audit rows keep codes, ids and raw values (so they stay exact); this module only reads them out.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import peewee

from aftersales_desktop.core import models
from aftersales_desktop.core.i18n import T, Text
from aftersales_desktop.core.money import format_yuan
from aftersales_desktop.core.permissions import Action
from aftersales_desktop.core.vocab import (
    ACCEPT_HOW,
    AREA,
    BILL_LINE,
    CALL_KIND,
    CALL_STATUS,
    CHANNEL,
    CLAIM_STATUS,
    COMPLAINT_KIND,
    COMPLAINT_STATUS,
    CONDITION_CHECK,
    CONDUCT_AREA,
    CONTRACT_STATUS,
    ENTRY_KIND,
    HOLIDAY_KIND,
    INVOICE_STATUS,
    REPAIR_STATUS,
    REPLY_HOW,
    ROLE,
    SEVERITY,
    STOCK_MOVE,
    STOCKTAKE_STATUS,
    TOOL_STATUS,
    VISIT_RESULT,
    Vocabulary,
)

A = Action
ACTIONS: dict[str, Text] = {
    A.STAFF_MANAGE.value: T("员工管理", "Staff"), A.OWN_SECRET.value: T("修改密码", "Password changed"),
    A.SETTINGS_EDIT.value: T("修改设置", "Settings changed"), A.CALENDAR_EDIT.value: T("修改假日", "Holidays changed"),
    A.BACKUP_RUN.value: T("备份", "Backup"), A.BACKUP_RESTORE.value: T("恢复备份", "Backup restored"),
    A.AUDIT_VIEW.value: T("查看审计记录", "Audit trail read"), A.CUSTOMER_EDIT.value: T("客户资料", "Customer file"),
    A.CALL_REGISTER.value: T("登记叫修", "Call registered"), A.CALL_DISPATCH.value: T("派工", "Dispatched"),
    A.VISIT_RECORD.value: T("上门登记", "Visit recorded"), A.CALL_CLOSE.value: T("结案", "Call closed"),
    A.CALL_REOPEN.value: T("重开叫修", "Call reopened"), A.CALL_VOID.value: T("作废叫修", "Call voided"),
    A.VOUCHER_PRINT.value: T("打印服务凭证", "Voucher printed"), A.INVOICE_MANAGE.value: T("开票清单", "Invoice list"),
    A.GOODS_RECEIVE.value: T("收件", "Goods in"), A.GOODS_RETURN.value: T("交还客户", "Returned to the customer"),
    A.RETURN_WITHOUT_RECEIPT.value: T("凭证件交还(收据遗失)", "Returned without the receipt"),
    A.REPAIR_EDIT.value: T("修护卡", "Repair card"), "repair.start": T("开始维修", "Repair started"),
    A.QUOTE_EDIT.value: T("报价", "Quote"), A.QUOTE_ACCEPT.value: T("客户同意报价", "Quote accepted"),
    A.TIME_RECORD.value: T("登记工时", "Time logged"), A.REPAIR_INSPECT.value: T("主管验讫", "Inspected"),
    A.GENERAL_WORK_RECORD.value: T("一般工作", "General work"), A.DAILY_REPORT_ALL.value: T("日报表", "Daily reports"),
    A.PART_EDIT.value: T("备件资料", "Part details"), A.PART_IMPORT.value: T("导入备件", "Parts imported"),
    A.STOCK_RECEIVE.value: T("入库", "Stock received"), A.PART_ISSUE.value: T("见单发料", "Part issued"),
    A.PART_RETURN.value: T("退料", "Returned unused"), A.PART_MARK_USED.value: T("备件已用", "Part marked used"),
    A.STOCK_INTERNAL.value: T("内部领用", "Internal use"), A.PURCHASE_DIRECT.value: T("自采", "Direct purchase"),
    A.PURCHASE_OVERRIDE.value: T("自采特批", "Purchase approved"), A.CLAIM_CREATE.value: T("索赔订货", "Claim order"),
    A.CLAIM_SIGN_SUPERVISOR.value: T("索赔主管签字", "Claim signed (supervisor)"),
    A.CLAIM_SIGN_MANAGER.value: T("索赔经理签字", "Claim signed (manager)"),
    A.CLAIM_TRACK.value: T("索赔跟踪", "Claim order tracked"), A.DEPOSIT_TAKE.value: T("收押金", "Deposit taken"),
    A.DEPOSIT_REFUND.value: T("退押金", "Deposit refunded"), A.TOOL_EDIT.value: T("工具资料", "Tool details"),
    A.TOOL_LEND.value: T("工具借还", "Tool loan"), A.STOCKTAKE_COUNT.value: T("盘点", "Stocktake"),
    A.STOCKTAKE_POST.value: T("盘点过账", "Stocktake posted"), A.CONDUCT_RULE_EDIT.value: T("奖罚条款", "Conduct rule"),
    "conduct.seed_catalogue": T("导入奖罚条款", "Conduct rules loaded"),
    A.CONDUCT_RECORD.value: T("记奖罚", "Conduct entry"), A.CONDUCT_VOID.value: T("作废奖罚", "Conduct entry voided"),
    A.CONDUCT_VIEW_ALL.value: T("查看奖罚", "Conduct log read"),
    A.CONDUCT_ACKNOWLEDGE.value: T("员工签收通知单", "Notice signed"), A.DISCOUNT_GIVE.value: T("折扣", "Discount"),
    A.SURVEY_MANAGE.value: T("调查卡", "Survey cards"), A.SURVEY_FOLLOW_UP.value: T("调查卡跟进", "Survey follow-up"),
    A.COMPLAINT_REGISTER.value: T("登记投诉", "Complaint registered"),
    A.COMPLAINT_HANDLE.value: T("处理投诉", "Complaint handled"), A.CONTRACT_EDIT.value: T("保养合同", "Contract"),
    A.CONTRACT_FOLLOW_UP.value: T("合同跟进", "Contract follow-up"), A.REPORT_MONTHLY.value: T("月报", "Monthly workbook"),
    "bill.edit": T("账单", "Bill"), "discount.approve": T("批准折扣", "Discount approved"),
    A.SIGN_IN.value: T("登录", "Sign-in"), A.SYSTEM_REPAIR.value: T("软件自动修复", "Repaired by the app"),
    **{f"stock.{code}": STOCK_MOVE.labels[code] for code in STOCK_MOVE.codes},
}  # fmt: skip

KINDS: dict[str, Text] = {
    "service_call": T("叫修", "Call"), "repair_card": T("修护卡", "Repair card"),
    "goods_receipt": T("领取收据", "Goods receipt"), "voucher": T("服务凭证", "Voucher"),
    "goods_register": T("进出登记", "In/out register"), "complaint": T("投诉", "Complaint"),
    "complaint_visit": T("投诉回访", "Complaint visit"), "contract": T("保养合同", "Contract"),
    "contract_follow_up": T("合同跟进", "Contract follow-up"), "survey_card": T("调查卡", "Survey card"),
    "conduct_entry": T("奖罚记录", "Conduct entry"), "conduct_rule": T("奖罚条款", "Conduct rule"),
    "claim_order": T("索赔订货", "Claim order"), "deposit": T("押金", "Deposit"), "stocktake": T("盘点", "Stocktake"),
    "customer": T("客户", "Customer"), "product": T("产品", "Product"), "staff": T("员工", "Staff member"),
    "part": T("备件", "Part"), "part_issue": T("发料", "Part issued"), "direct_purchase": T("自采", "Direct purchase"),
    "tool": T("工具", "Tool"), "tool_loan": T("工具借用", "Tool loan"), "time_entry": T("工时", "Time"),
    "quote": T("报价", "Quote"), "inspection": T("验收", "Inspection"), "visit": T("上门", "Visit"),
    "invoice": T("开票清单", "Invoice line"), "authority_event": T("权限事项", "Authority event"),
    "setting": T("设置", "Setting"), "holiday": T("假日", "Holidays"), "bill_line": T("账单行", "Bill line"),
    "audit_entry": T("审计记录", "Audit trail"), "photo": T("照片", "Photo"),
}  # fmt: skip

FIELDS: dict[str, Text] = {
    "status": T("状态", "Status"), "technician": T("技术员", "Technician"), "customer": T("客户", "Customer"),
    "product": T("产品", "Product"), "number": T("编号", "Number"), "received_at": T("收到时间", "Received"),
    "channel": T("来源", "Channel"), "problem": T("故障", "Problem"), "area": T("区域", "Area"),
    "kind": T("类别", "Kind"), "kind_proposed": T("建议类别", "Proposed kind"), "kind_reason": T("改类原因", "Why changed"),
    "contract": T("合同", "Contract"), "repeat_of": T("返修自", "Repeat of"), "deadline_at": T("到达期限", "Arrive by"),
    "priority": T("优先", "Priority"), "first_answer_at": T("首次答复", "First answer"), "signed": T("已签字", "Signed"),
    "signed_on": T("签字日期", "Signed on"), "closed_at": T("结案时间", "Closed"), "closed_by": T("结案人", "Closed by"),
    "void_reason": T("作废原因", "Void reason"), "diagnosis": T("诊断", "Diagnosis"),
    "promised_on": T("答应交还", "Promised"), "labour_fen": T("工时费", "Labour"), "parts_fen": T("材料费", "Parts"),
    "travel_fen": T("交通费", "Travel"), "needs_quote": T("需报价", "Needs a quote"),
    "repaired_at": T("修好时间", "Repaired"), "inspected_by": T("验收人", "Inspected by"),
    "inspected_at": T("验收时间", "Inspected"), "returned_at": T("交还时间", "Returned"), "version": T("版本", "Version"),
    "note": T("备注", "Note"), "accepted_at": T("同意时间", "Accepted"), "accepted_by_name": T("同意人", "Accepted by"),
    "accepted_how": T("同意方式", "How"), "started_at": T("开始", "Start"), "ended_at": T("结束", "End"),
    "minutes": T("分钟", "Minutes"), "repair_card": T("修护卡", "Repair card"), "call": T("叫修", "Call"),
    "passed": T("合格", "Passed"), "arrived_at": T("到达", "Arrived"), "finished_at": T("完工", "Finished"),
    "result": T("结果", "Result"), "collected_fen": T("现场收款", "Collected"), "amount_fen": T("金额", "Amount"),
    "due_on": T("开票日", "Due"), "out_at": T("交还时间", "Out"), "out_to": T("领取人", "Collected by"),
    "qty": T("数量", "Quantity"), "returned_qty": T("退回数量", "Returned"), "used": T("已用", "Used"),
    "qty_on_hand": T("库存", "On hand"), "cost_fen": T("平均成本", "Average cost"), "price_fen": T("售价", "Price"),
    "unit_price_fen": T("单价", "Unit price"), "unit_cost_fen": T("成本价", "Unit cost"), "name": T("名称", "Name"),
    "code": T("编码", "Code"), "phone": T("电话", "Phone"), "phone2": T("电话2", "Phone 2"),
    "address": T("地址", "Address"), "model": T("型号", "Model"), "serial": T("机身编号", "Serial no."),
    "purchase_date": T("购买日期", "Bought on"), "warranty_end": T("保修至", "Warranty until"),
    "role": T("岗位", "Role"), "active": T("在用", "Active"), "left_on": T("离职日期", "Left on"),
    "severity": T("严重程度", "Severity"), "description": T("经过", "What happened"), "outcome": T("处理结果", "Outcome"),
    "reply_how": T("答复方式", "Reply"), "replied_at": T("答复时间", "Replied"), "visitor": T("回访人", "Visited by"),
    "visited_at": T("回访时间", "Visited"), "start": T("开始", "Start"), "end": T("到期", "End"),
    "fee_fen": T("合同费", "Fee"), "renewed_from": T("续自", "Renewed from"), "sent_at": T("发出", "Sent"),
    "sent_how": T("发出方式", "Sent how"), "answered_at": T("收回", "Answered"), "attitude": T("态度", "Attitude"),
    "skill": T("技术", "Skill"), "arrival": T("到达时间", "Arrival"), "promise": T("答应的事", "Promises"),
    "comments": T("客户意见", "Comments"), "follow_up": T("跟进", "Follow-up"),
    "staff": T("员工", "Staff member"), "rule": T("条款", "Rule"), "occurred_at": T("发生时间", "When"),
    "failed_logins": T("连续输错密码", "Wrong passwords in a row"), "locked_until": T("等待至", "Waits until"),
    "triggers_restored": T("恢复的保护", "Protection put back"),
    "rest_half_days": T("扣休(半天)", "Rest docked (half days)"), "ladder_step": T("本期第几次", "Time in period"),
    "acknowledged_at": T("签收时间", "Signed for"), "voided_at": T("作废时间", "Voided"),
    "part": T("备件", "Part"), "tool": T("工具", "Tool"), "borrower": T("借用人", "Borrower"),
    "due_at": T("应还", "Due back"), "lost": T("遗失", "Lost"), "deposit_fen": T("押金", "Deposit"),
    "period": T("期间", "Period"), "posted_at": T("过账时间", "Posted"), "print_count": T("打印次数", "Prints"),
    "filed_at": T("归档时间", "Filed"), "work_done": T("处理情况", "Work done"), "count": T("条数", "Count"),
    "year": T("年份", "Year"), "call_status": T("叫修状态", "Call status"), "voucher_filed": T("凭证归档", "Voucher filed"),
    "in_at": T("收进时间", "In"), "receipt": T("收据", "Receipt"), "unit_fen": T("单价", "Unit price"),
    "settled_at": T("结算时间", "Settled"), "invoice": T("开票清单", "Invoice line"),
    "approved_by": T("批准人", "Approved by"), "reason": T("原因", "Reason"), "percent": T("百分比", "Percent"),
    # the shop's settings (an audit row of a setting names its key)
    "shop_name": T("店名", "Shop name"), "shop_address": T("店址", "Shop address"), "shop_phone": T("店电话", "Shop phone"),
    "shop_terms": T("单据条款", "Terms on papers"), "language": T("界面语言", "Screen language"),
    "paper_language": T("单据语言", "Paper language"), "voucher_page_size": T("纸张大小", "Paper size"),
    "work_periods": T("上班时间", "Working hours"), "work_weekdays": T("工作日", "Working days"),
    "deadline_city_hours": T("市区到达时限", "Arrival deadline, city"),
    "deadline_suburb_hours": T("郊区到达时限", "Arrival deadline, suburb"),
    "answer_hours": T("首次答复时限", "First answer within"), "backups_to_keep": T("保留备份数", "Backups kept"),
    "demo": T("演示店", "Demo shop"), "regular_suppliers": T("常用供应商", "Regular suppliers"),
    # and the rest of the records' fields
    "accident": T("事故维修", "Accident repair"), "at": T("时间", "When"), "bin_location": T("库位", "Bin"),
    "charged": T("已结算", "Charged"), "chosen_supplier": T("选定供应商", "Supplier taken"),
    "codes": T("条款编号", "Rule codes"), "collected_on_site": T("现场收款", "Collected on site"),
    "compensation": T("赔偿方式", "Compensation"), "compensation_fen": T("赔偿金额", "Compensation"),
    "complaint": T("投诉", "Complaint"), "conduct_entry": T("奖罚记录", "Conduct entry"),
    "coverage": T("保养内容", "Coverage"), "dearer_reason": T("选较贵的原因", "Why the dearer one"),
    "dismissal": T("开除", "Dismissal"), "self_criticism": T("书面检讨", "Self-criticism"),
    "entry": T("奖罚记录", "Conduct entry"), "fits_models": T("适用机型", "Fits models"),
    "fitted_at": T("安装时间", "Fitted"), "ordered_at": T("订货时间", "Ordered"),
    "follow_up_note": T("跟进说明", "Follow-up note"), "lines": T("账单行", "Bill lines"),
    "location": T("存放位置", "Location"), "manager_signed_by": T("经理签字", "Manager signed"),
    "supervisor_signed_by": T("主管签字", "Supervisor signed"), "min_qty": T("最低库存", "Minimum stock"),
    "notice_printed": T("已打印通知书", "Notice printed"), "old_for_new": T("以旧换新", "Old part back"),
    "old_note": T("旧件说明", "Old part note"), "old_returned": T("旧件已收回", "Old part back"),
    "override_reason": T("特批原因", "Override reason"), "owner": T("付款方", "Who pays"),
    "part_issue": T("发料", "Part issued"), "products": T("产品", "Products"), "quotes": T("比价", "Quotes"),
    "recorded_by": T("登记人", "Recorded by"), "reference": T("单号", "Reference"),
    "refund_number": T("退款收据", "Refund receipt"), "refunded_at": T("退款时间", "Refunded"),
    "registered_at": T("登记时间", "Registered"), "registered_by": T("登记人", "Registered by"),
    "sent_by": T("派出人", "Sent by"), "source": T("依据", "Source"), "survey_card": T("调查卡", "Survey card"),
    "total_fen": T("合计", "Total"), "unit": T("单位", "Unit"), "visits_included": T("含上门次数", "Visits included"),
    "voided_by": T("作废人", "Voided by"), "warning": T("提示", "Warning"),
    # the service standards, kept on the call and the card as they happen
    "arrived_by": T("到达人", "Arrived"), "arrival_late": T("超时到达", "Arrived late"),
    "first_answer_by": T("首次答复人", "First answer by"), "answer_late": T("答复超时", "Answered late"),
    "promise_kept": T("按约交还", "Promise kept"), "id_details": T("证件", "ID shown"),
    "returned_without_receipt": T("无收据交还", "Returned without the receipt"), "counts": T("盘点数", "Counted"),
    "bill_lines_reopened": T("重新打开的账单行", "Bill lines reopened"), "copy": T("补打", "Copy"),
    "title": T("条款内容", "Rule"), "min_fen": T("最低金额", "From"), "max_fen": T("最高金额", "Up to"),
    "ladder": T("累进", "Ladder"), "retired_at": T("停用时间", "Retired"),
    "checklist": T("收件检查", "Condition checklist"), "sha256": T("文件指纹", "File fingerprint"),
    "width": T("宽", "Width"), "height": T("高", "Height"),
}  # fmt: skip

# The notes the services write themselves (a reason typed by a person is shown as typed).
NOTES: dict[str, Text] = {
    "first answer": T("首次答复", "first answer"), "first arrival": T("首次到达", "first arrival"),
    "bill settled": T("账单已结算", "bill settled"), "old part back": T("旧件已交回", "old part back"),
    "old part not back": T("旧件未交回", "old part not back"),
    "discount follows the bill": T("折扣随账单调整", "discount follows the bill"),
    "goods in over the counter": T("柜台收件", "goods in over the counter"),
    "bill above the quote accepted again": T("账单超出报价,客户再次同意", "bill above the quote accepted again"),
    "no entry": T("不记奖罚", "no conduct entry"), "import": T("导入", "import"),
    "import: the parts list already says all of it": T("导入:备件表没有变化", "import: nothing new in the list"),
    "wrong password": T("密码错误", "wrong password"), "password changed": T("已改密码", "password changed"),
    "password hash upgraded": T("密码加密方式已升级", "password hash upgraded"),
    "the audit trail's triggers were missing and were put back": T(
        "审计记录的保护缺失,已恢复", "the audit trail's triggers were missing and were put back"),
    "serial at goods in": T("收件时登记机身编号", "serial at goods in"),
    "saved without changes": T("保存,没有改动", "saved without changes"),
    "rule catalogue seeded from the rulebooks": T("按规章导入奖罚条款", "rule catalogue seeded from the rulebooks"),
    "returned unrepaired: not charged": T("未修交还,不收费", "returned unrepaired: not charged"),
    "return without receipt": T("无收据交还", "return without receipt"), "replaced": T("已替换", "replaced"),
    "removed at the counter": T("柜台删除", "removed at the counter"), "notice printed": T("已打印通知书", "notice printed"),
    "follows its bill": T("随账单调整", "follows its bill"), "card already prepared": T("调查卡已备好", "card already prepared"),
    "cancelled": T("已取消", "cancelled"), "bill lines open again": T("账单行重新打开", "bill lines open again"),
    "print receipt": T("打印领取收据", "receipt printed"), "print card": T("打印修护卡", "card printed"),
    "checklist": T("收件检查项", "condition checklist"), "the same picture again": T("同一张照片再次加入", "the same picture again"),
}  # fmt: skip
_NOTE_PATTERNS: list[tuple[re.Pattern[str], Text]] = [
    (re.compile(r"^voucher (?P<n>\S+)$"), T("服务凭证 {n}", "voucher {n}")),
    (re.compile(r"^stocktake (?P<n>\S+)$"), T("盘点 {n}", "stocktake {n}")),
    (re.compile(r"^(?P<n>\d+) lines counted$"), T("已盘 {n} 行", "{n} lines counted")),
    (re.compile(r"^stopped when (?P<n>\S+) was marked repaired$"), T("{n} 修好时自动停止", "stopped when {n} was marked repaired")),
    (re.compile(r"^part returned unused \(issue (?P<n>\d+)\)$"), T("备件未用退回(发料 {n})", "part returned unused (issue {n})")),
    (re.compile(r"^sent again \((?P<n>.*)\)$"), T("重新发出({n})", "sent again ({n})")),
    (re.compile(r"^stock move \d+ (?P<k>\w+) (?P<n>[+-]\d+)$"), T("库存变动 {k} {n}", "stock move {k} {n}")),
]

_RECEIPT_STATUS = Vocabulary(
    "receipt_status", {"held": T("客户持有", "Held"), "returned": T("已收回作废", "Taken back"), "void": T("已作废", "Voided")}
)
_PURCHASE_KIND = Vocabulary(
    "purchase_kind", {"direct": T("自采", "Direct purchase"), "receipt": T("非常用供应商进货", "From an unlisted supplier")}
)
_VOCAB_BY_FIELD: dict[str, Vocabulary] = {
    "channel": CHANNEL, "result": VISIT_RESULT, "role": ROLE, "severity": SEVERITY, "reply_how": REPLY_HOW,
    "accepted_how": ACCEPT_HOW, "kind_proposed": CALL_KIND,
}  # fmt: skip
_VOCAB_BY_KIND: dict[tuple[str, str], Vocabulary] = {
    ("service_call", "status"): CALL_STATUS, ("repair_card", "status"): REPAIR_STATUS,
    ("invoice", "status"): INVOICE_STATUS, ("claim_order", "status"): CLAIM_STATUS, ("tool", "status"): TOOL_STATUS,
    ("complaint", "status"): COMPLAINT_STATUS, ("contract", "status"): CONTRACT_STATUS,
    ("goods_receipt", "status"): _RECEIPT_STATUS, ("service_call", "kind"): CALL_KIND, ("time_entry", "kind"): CALL_KIND,
    ("conduct_entry", "kind"): ENTRY_KIND, ("conduct_rule", "kind"): ENTRY_KIND, ("complaint", "kind"): COMPLAINT_KIND,
    ("holiday", "kind"): HOLIDAY_KIND, ("conduct_rule", "area"): CONDUCT_AREA, ("service_call", "area"): AREA,
    ("customer", "area"): AREA, ("bill_line", "kind"): BILL_LINE, ("visit", "call_status"): CALL_STATUS, ("visit", "status"): CALL_STATUS,
    ("direct_purchase", "kind"): _PURCHASE_KIND, ("stocktake", "status"): STOCKTAKE_STATUS,
}  # fmt: skip


@lru_cache(maxsize=1)
def _model_by_table() -> dict[str, type[peewee.Model]]:
    found = {}
    for name in dir(models):
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, peewee.Model) and hasattr(cls, "_meta"):
            found[cls._meta.table_name] = cls
    found["goods_register"] = models.GoodsRegisterEntry
    return found


def action_label(action: str) -> str:
    text = ACTIONS.get(action)
    return str(text) if text else action


def kind_label(entity: str) -> str:
    text = KINDS.get(entity)
    return str(text) if text else entity


# A field whose meaning depends on the record (a bill's lines are its line ids, a stocktake's how many it counts).
_FIELDS_BY_KIND: dict[tuple[str, str], Text] = {("stocktake", "lines"): T("盘点行数", "Lines to count")}


def field_label(field: str, entity: str = "") -> str:
    text = _FIELDS_BY_KIND.get((entity, field)) or FIELDS.get(field)
    return str(text) if text else field


# A record without a number of its own is named by the paper it belongs to (in this order), or its own name.
_NAMED_BY = ("repair_card", "call", "receipt", "contract", "complaint", "claim_order", "tool", "part", "customer")


class Records:
    """The records a page of the trail names, read a kind at a time (`load`) instead of one look-up per row;
    a record not loaded is read on its own when asked for (a single entry, a test)."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, int], peewee.Model | None] = {}

    def get(self, table: str, record_id: int) -> peewee.Model | None:
        key = (table, record_id)
        if key not in self.found:
            self.load({key})
        return self.found.get(key)

    def load(self, wanted: set[tuple[str, int]]) -> list[peewee.Model]:
        """Read the wanted records not read yet: one statement per kind of record."""
        by_table: dict[str, set[int]] = {}
        for table, record_id in wanted:
            if (table, record_id) not in self.found:
                by_table.setdefault(table, set()).add(record_id)
        read: list[peewee.Model] = []
        for table, ids in sorted(by_table.items()):
            model = _model_by_table().get(table)
            for record_id in ids:
                self.found[(table, record_id)] = None
            if model is None:
                continue
            key = model._meta.primary_key
            if not isinstance(key, peewee.Field):  # a model without a key of its own names no record
                continue
            for record in model.select().where(key.in_(sorted(ids))):
                self.found[(table, getattr(record, key.name))] = record
                read.append(record)
        return read


def _fk_targets(entity: str, values: dict[str, Any] | None) -> set[tuple[str, int]]:
    """(table, id) of the records a stored before/after names through its foreign-key fields."""
    model = _model_by_table().get(entity)
    out: set[tuple[str, int]] = set()
    if model is None or not isinstance(values, dict):
        return out
    for field, value in values.items():
        target = model._meta.fields.get(field)
        if not isinstance(target, peewee.ForeignKeyField):
            continue
        table = target.rel_model._meta.table_name
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, int) and not isinstance(item, bool):
                out.add((table, item))
    return out


def _named_by(table: str, record: peewee.Model) -> tuple[str, int] | None:
    """The paper a record without a number or name of its own is named by (see _describe), or None."""
    fields = record._meta.fields
    if ("number" in fields and getattr(record, "number", None)) or table == "product" or "code" in fields \
            or "name" in fields:  # fmt: skip
        return None
    for name in _NAMED_BY:
        field = fields.get(name)
        target = getattr(record, f"{name}_id", None) if isinstance(field, peewee.ForeignKeyField) else None
        if field is not None and target:
            return field.rel_model._meta.table_name, target
    return None


def preload(entries: list[Any]) -> Records:
    """Every record a page of audit entries names (its own record, the records its fields point to, and the
    papers those are named by), read kind by kind: a fixed number of statements whatever the page's length."""
    records = Records()
    wanted: set[tuple[str, int]] = set()
    for entry in entries:
        if entry.entity_id is not None:
            wanted.add((entry.entity, entry.entity_id))
        wanted |= _fk_targets(entry.entity, entry.before) | _fk_targets(entry.entity, entry.after)
    for _depth in range(len(_NAMED_BY)):  # a record named by its paper, named by its own paper …
        read = records.load(wanted)
        wanted = {found for r in read if (found := _named_by(r._meta.table_name, r)) is not None}
        if not wanted:
            break
    return records


def _describe(table: str, record_id: int, records: Records | None = None) -> str:
    model = _model_by_table().get(table)
    if model is None:
        return f"#{record_id}"
    record = (records or Records()).get(table, record_id)
    if record is None:
        return f"#{record_id}"
    fields = model._meta.fields

    def words(*names: str) -> str:  # the record's own words, read by field name (any model)
        return " ".join(str(getattr(record, name)) for name in names if getattr(record, name, None))

    if "number" in fields and getattr(record, "number", None):
        return words("number")
    if table == "product":
        return words("name", "model", "serial")
    if "code" in fields:
        return words("code", "name") if "name" in fields else words("code")
    if "name" in fields:
        return words("name")
    named = _named_by(table, record)
    return _describe(named[0], named[1], records) if named else f"#{record_id}"


def record_label(entity: str, entity_id: int | None, note: str = "", records: Records | None = None) -> str:
    """The record as people know it: '修护卡 XH2026-00121', '客户 王小明'; a setting by its key."""
    kind = kind_label(entity)
    if entity_id is None:
        return f"{kind} {field_label(note)}".strip() if entity == "setting" else kind
    return f"{kind} {_describe(entity, entity_id, records)}"


_SHOWN_LINES = 8  # a stocktake counts hundreds of lines at once: the trail shows the first few and how many more


def _counted(counts: dict[str, Any], records: Records | None = None) -> str:
    """A stocktake's counts {line id: [before, counted]} as '启动电容 RQ-35: — → 4', the part or tool by name."""
    records = records or Records()
    lines = list(counts.items())[:_SHOWN_LINES]
    records.load({("stocktake_line", int(line)) for line, _pair in lines})  # one statement for the lines shown
    shown = [f"{_describe('stocktake_line', int(line), records)}: {_value('stocktake', 'count', pair[0])} → "
             f"{_value('stocktake', 'count', pair[1])}"
             for line, pair in lines]
    more = len(counts) - len(shown)
    return "、".join(shown) + (str(T(" 等 {n} 行", " and {n} more", n=more)) if more > 0 else "")


def _value(entity: str, field: str, value: Any, records: Records | None = None) -> str:
    if value is None or value == "" or value == {} or value == []:
        return "—"
    if field == "counts" and isinstance(value, dict):
        return _counted(value, records)
    if field == "checklist" and isinstance(value, dict):  # {condition code: ticked}
        return "、".join(f"{CONDITION_CHECK.label(code) or code}: {_value(entity, code, bool(ticked))}"
                        for code, ticked in value.items())
    if field == "quotes" and isinstance(value, list) and all(isinstance(q, list) and len(q) == 2 for q in value):
        return "、".join(f"{supplier} ¥{format_yuan(fen)}" for supplier, fen in value)  # [supplier, unit price]
    if isinstance(value, bool):
        return str(T("是", "yes") if value else T("否", "no"))
    vocab = _VOCAB_BY_KIND.get((entity, field)) or _VOCAB_BY_FIELD.get(field)
    if vocab is not None and isinstance(value, str):
        return vocab.label(value) or value
    model = _model_by_table().get(entity)
    target = model._meta.fields.get(field) if model is not None else None
    if isinstance(target, peewee.ForeignKeyField) and isinstance(value, int):
        return _describe(target.rel_model._meta.table_name, value, records)
    if field.endswith("_fen") and isinstance(value, int) and not isinstance(value, bool):
        return f"¥{format_yuan(value)}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, str) and len(value) == 19 and value[10] == " " and value[4] == "-":
        return value[:16]  # a stored time: to the minute, as everywhere on screen
    if isinstance(value, list):
        return "、".join(_value(entity, field, v, records) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {_value(entity, k, v, records)}" for k, v in value.items())
    return str(value)


def note_text(entity: str, note: str) -> str:
    """A note a service wrote, in the reader's language ('柜台收件'); a person's typed reason as it was typed."""
    if entity == "setting" and note in FIELDS:
        return field_label(note)
    if note in NOTES:
        return str(NOTES[note])
    for pattern, words in _NOTE_PATTERNS:
        if found := pattern.match(note):
            values = found.groupdict()
            if "k" in values:
                values["k"] = STOCK_MOVE.label(values["k"]) or values["k"]
            return str(words.format(**values))
    return note


def change_text(
    entity: str, before: dict[str, Any] | None, after: dict[str, Any] | None, records: Records | None = None
) -> str:
    """'状态: 维修中 → 已修好 · 技术员: — → 赵志强' for what changed; 'field: value' for a new record."""
    before, after = before or {}, after or {}
    parts = []
    for field in [*after.keys(), *(k for k in before if k not in after)]:
        label = field_label(field, entity)
        if field in before and field in after:
            if before[field] == after[field]:
                continue
            was, now = _value(entity, field, before[field], records), _value(entity, field, after[field], records)
            parts.append(f"{label}: {was} → {now}")
        else:
            value = after[field] if field in after else before[field]
            parts.append(f"{label}: {_value(entity, field, value, records)}")
    return " · ".join(parts)


def matching_codes(text: str) -> tuple[list[str], list[str]]:
    """The action codes and record kinds whose words (either language) or code contain `text`, for the filter."""
    needle = text.strip().lower()
    actions = [code for code, words in ACTIONS.items()
               if needle in code or needle in words.zh or needle in words.en.lower()]
    kinds = [code for code, words in KINDS.items() if needle in code or needle in words.zh or needle in words.en.lower()]
    return actions, kinds
