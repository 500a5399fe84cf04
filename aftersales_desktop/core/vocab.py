"""The shop's words: every coded value the database stores, with the Chinese and English label.

Screens and paper show these labels, so the staff read the words of their own rulebooks.
"""

from __future__ import annotations

from aftersales_desktop.core.i18n import T, Text


class Vocabulary:
    """A closed set of codes with labels; `choices()` feeds combo boxes, `label(code)` any cell."""

    def __init__(self, name: str, labels: dict[str, Text]) -> None:
        self.name = name
        self.labels = labels

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def label(self, code: str | None) -> str:
        if code is None:
            return ""
        text = self.labels.get(code)
        return str(text) if text else code

    def text(self, code: str) -> Text:
        return self.labels[code]

    def choices(self) -> list[tuple[str, str]]:
        return [(code, str(text)) for code, text in self.labels.items()]

    def __contains__(self, code: object) -> bool:
        return code in self.labels


ROLE = Vocabulary(
    "role",
    {
        "clerk": T("业务员", "Counter clerk"),
        "technician": T("技术员", "Technician"),
        "storekeeper": T("仓库管理员", "Storekeeper"),
        "supervisor": T("服务主任", "Service supervisor"),
        "manager": T("经理", "Manager"),
    },
)

CALL_KIND = Vocabulary(
    "call_kind",
    {
        "paid": T("有费服务", "Paid service"),
        "contract": T("合同服务", "Contract service"),
        "free": T("免费服务", "Free service"),
        "general": T("一般工作", "General work"),
    },
)

AREA = Vocabulary("area", {"city": T("市区", "City"), "suburb": T("郊区", "Suburb")})

CHANNEL = Vocabulary(
    "channel",
    {"phone": T("电话", "Phone"), "letter": T("来函", "Letter"), "counter": T("柜台", "At the counter")},
)

CALL_STATUS = Vocabulary(
    "call_status",
    {
        "registered": T("待派工", "Not dispatched"),
        "dispatched": T("已派工", "Dispatched"),
        "visited": T("已上门", "Visited"),
        "in_shop": T("带回修理", "Taken back to the shop"),
        "done": T("待结案", "Done, to close"),
        "closed": T("已结案", "Closed"),
        "void": T("已作废", "Voided"),
    },
)

VISIT_RESULT = Vocabulary(
    "visit_result",
    {
        "fixed": T("现场修复", "Fixed on site"),
        "taken_back": T("带回店修", "Taken back to the shop"),
        "not_fixed": T("未修复", "Not fixed"),
    },
)

REPAIR_STATUS = Vocabulary(
    "repair_status",
    {
        "received": T("已收件", "Received"),
        "quoted": T("已报价", "Quoted"),
        "approved": T("客户已同意", "Approved"),
        "in_repair": T("维修中", "In repair"),
        "waiting_parts": T("待料", "Waiting for parts"),
        "repaired": T("已修好", "Repaired"),
        "inspected": T("主管验讫", "Inspected"),
        "returned": T("已交还", "Returned"),
        "returned_unrepaired": T("未修交还", "Returned unrepaired"),
        "cancelled": T("已取消", "Cancelled"),
    },
)

BILL_LINE = Vocabulary(
    "bill_line",
    {
        "labour": T("工时费", "Labour"),
        "part": T("配件", "Part"),
        "travel": T("交通费", "Travel"),
        "other": T("其他", "Other"),
        "discount": T("优惠", "Discount"),
    },
)

ACCEPT_HOW = Vocabulary("accept_how", {"phone": T("电话", "Phone"), "in_person": T("当面", "In person")})

# The condition checklist at goods in (收件检查), printed on the goods receipt for the customer's signature:
# each item is ticked yes or no; an item not looked at stays out of the record.
CONDITION_CHECK = Vocabulary(
    "condition_check",
    {
        "accessories_complete": T("附件齐全", "Accessories complete"),
        "scratches": T("有划痕", "Scratches"),
        "dents": T("有凹痕", "Dents"),
        "screws_missing": T("缺螺丝", "Screws missing"),
        "powers_on": T("能开机", "Powers on"),
    },
)

INVOICE_STATUS = Vocabulary(
    "invoice_status",
    {
        "due": T("待开票", "To invoice"),
        "invoiced": T("已开票", "Invoiced"),
        "collected": T("已收款", "Collected"),
        "void": T("已作废", "Voided"),
    },
)

STOCK_MOVE = Vocabulary(
    "stock_move",
    {
        "receive": T("入库", "Received"),
        "purchase": T("自采入库", "Direct purchase"),
        "issue": T("见单发料", "Issued to work order"),
        "return": T("退料", "Returned unused"),
        "internal": T("内部领用", "Internal use"),
        "adjust": T("盘点调整", "Stocktake adjustment"),
    },
)

CLAIM_STATUS = Vocabulary(
    "claim_status",
    {
        "draft": T("待签字", "Awaiting sign-off"),
        "ordered": T("已订货", "Ordered"),
        "arrived": T("已到货", "Arrived"),
        "fitted": T("已装车/已安装", "Fitted"),
        "refunded": T("押金已退", "Deposit refunded"),
        "cancelled": T("已取消", "Cancelled"),
    },
)

TOOL_STATUS = Vocabulary(
    "tool_status",
    {"in": T("在库", "In store"), "lent": T("借出", "Lent"), "lost": T("丢失", "Lost"), "retired": T("报废", "Retired")},
)

STOCKTAKE_STATUS = Vocabulary(
    "stocktake_status", {"open": T("盘点中", "Counting"), "posted": T("已过账", "Posted"), "void": T("已作废", "Voided")},
)

CONDUCT_AREA = Vocabulary(
    "conduct_area",
    {
        "appearance": T("仪容仪表", "Appearance"),
        "hygiene": T("卫生", "Hygiene"),
        "discipline": T("劳动纪律", "Discipline"),
        "property": T("物品管理", "Property"),
        "workshop": T("车间", "Workshop"),
        "authority": T("服务权限", "Service authority"),
        "reward": T("奖励", "Reward"),
    },
)

ENTRY_KIND = Vocabulary("entry_kind", {"fine": T("罚款", "Fine"), "reward": T("奖励", "Reward")})

SURVEY_LEVEL = Vocabulary(
    "survey_level",
    {
        "4": T("很满意", "Very satisfied"),
        "3": T("满意", "Satisfied"),
        "2": T("不太满意", "Not quite satisfied"),
        "1": T("不满意", "Dissatisfied"),
    },
)

SURVEY_ITEM = Vocabulary(
    "survey_item",
    {
        "attitude": T("态度", "Attitude"),
        "skill": T("技术", "Skill"),
        "arrival": T("到达时间", "Arrival time"),
        "promise": T("答应事情的办理", "Keeping promises"),
    },
)

COMPLAINT_KIND = Vocabulary("complaint_kind", {"complaint": T("投诉", "Complaint"), "suggestion": T("建议", "Suggestion")})

SEVERITY = Vocabulary("severity", {"serious": T("严重", "Serious"), "ordinary": T("一般", "Ordinary")})

COMPLAINT_STATUS = Vocabulary(
    "complaint_status",
    {"open": T("待处理", "Open"), "handling": T("处理中", "Being handled"), "closed": T("已结案", "Closed")},
)

REPLY_HOW = Vocabulary(
    "reply_how",
    {"letter": T("书面/信函", "In writing"), "phone": T("电话", "Phone")},
)

CONTRACT_STATUS = Vocabulary(
    "contract_status",
    {
        "active": T("有效", "Active"),
        "renewed": T("已续约", "Renewed"),
        "ended": T("已到期", "Ended"),
        "void": T("已作废", "Voided"),
    },
)

HOLIDAY_KIND = Vocabulary("holiday_kind", {"holiday": T("法定假日", "Public holiday"), "workday": T("调休上班", "Make-up workday")})
