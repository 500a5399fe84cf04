"""Every paper of the shop in its fullest state (every field filled, long names, many lines) and its emptiest,
made through the real services, with the values of the record that must be printed on each.

`full_papers(shop)` and `empty_papers(shop)` return {paper name: Case}; the tests render each Case's Paper
(PDF and Qt), read the text back and check `values` are on it, `absent` (another record's values, another
paper's terms, what is not true yet) are not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import ConductRule, Customer, Product
from aftersales_desktop.core.queries.call_detail import call_detail
from aftersales_desktop.core.queries.conduct import entries, entry, month_summary
from aftersales_desktop.core.queries.daily_reports import supervisor_day, technician_day
from aftersales_desktop.core.queries.parts import stocktake_lines
from aftersales_desktop.core.queries.quarter_faults import Quarter, quarter_faults
from aftersales_desktop.core.services import (
    call_visits,
    calls,
    claims,
    complaints,
    conduct,
    contracts,
    parts,
    repair_return,
    repairs,
    stock,
    stocktake,
    surveys,
    worklog,
)
from aftersales_desktop.core.services.customers import add_product, create_customer
from aftersales_desktop.export.paper import Paper
from aftersales_desktop.export.papers.complaint_reply import complaint_reply_paper
from aftersales_desktop.export.papers.conduct_month import conduct_month
from aftersales_desktop.export.papers.count_sheet import count_sheet
from aftersales_desktop.export.papers.daily_report import supervisor_report, technician_report
from aftersales_desktop.export.papers.deposit_receipt import deposit_receipt, refund_receipt
from aftersales_desktop.export.papers.expiry_notice import expiry_notice_paper
from aftersales_desktop.export.papers.goods_receipt import goods_receipt
from aftersales_desktop.export.papers.labels import find_parts, part_labels, repair_tag
from aftersales_desktop.export.papers.penalty_notice import penalty_notice
from aftersales_desktop.export.papers.quarter_faults import quarter_faults_paper
from aftersales_desktop.export.papers.repair_card import repair_card
from aftersales_desktop.export.papers.survey_card import survey_cards_paper
from aftersales_desktop.export.papers.voucher import voucher_paper
from tests.factories import Shop

START = dt.datetime(2026, 3, 2, 8, 40)  # a Monday; the shop's frozen "now" (2026-03-11) is later
LONG_NAME = "阿卜杜热合曼·买买提明"
LONG_ADDRESS = "江苏省南京市玄武区中山路128号金鹰国际商城写字楼B座二十三层2306室(电梯到22层后走楼梯)"
LONG_MODEL = "KFR-72LW/(72558)FNhAa-A1柜式变频冷暖空调"
OTHER = "李四"  # a second customer whose values must never show on the first one's papers
OTHER_PHONE = "137 0000 0009"

# sentences that belong to one paper only: its terms, its closing words
MARKERS = {
    "voucher": "凭本凭证享受保修服务",
    "goods_receipt": "取件须知",
    "deposit_receipt": "押金须知",
    "refund_receipt": "作为押金已如数退还的凭证",
    "survey_cards": "感谢您的宝贵意见",
    "expiry_notice": "续约意向",
    "complaint_reply": "再次感谢您对本店的支持与监督",
    "penalty_notice": "员工奖罚制度",
    "conduct_month": "净额=奖励金额−罚款金额",
    "quarter_faults": "上报相关部门分析讨论",
}


@dataclass
class Case:
    paper: Paper
    values: list[str]
    absent: list[str] = field(default_factory=list)


def moment(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in the week of START (day 0 = Monday 2026-03-02)."""
    return dt.datetime.combine(START.date() + dt.timedelta(days=day), dt.time(hour, minute))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """`moment`, with the clock moved there: what happens next happens then."""
    clock.set_now(moment(day, hour, minute))
    return moment(day, hour, minute)


def _rule(code: str) -> int:
    return ConductRule.get(ConductRule.code == code).id


def _customer(shop: Shop, name: str, phone: str, phone2: str = "", address: str = "", model: str = "M-1",
              serial: str = "", warranty_end: dt.date | None = None) -> tuple[Customer, Product]:
    customer = create_customer(shop.clerk, name=name, phone=phone, phone2=phone2, address=address, area="city")
    product = add_product(shop.clerk, customer.id, name="空调" if serial else "", model=model, serial=serial,
                          warranty_end=warranty_end)
    return customer, product


def full_papers(shop: Shop) -> dict[str, Case]:
    at(0, 8, 40)
    customer, product = _customer(shop, LONG_NAME, "8456 1234", phone2="+86 139-1234-5678", address=LONG_ADDRESS,
                                  model=LONG_MODEL, serial="GREE2024A0000123456", warranty_end=dt.date(2025, 6, 30))
    other, other_product = _customer(shop, OTHER, OTHER_PHONE, model="XQG-OTHER", serial="OTHER-SERIAL-9")
    cases: dict[str, Case] = {}
    others = [OTHER, "137 0000 0009", "XQG-OTHER"]

    # --- a paid call done on site: visited, charged, collected, signed
    problem = "室内机漏水并伴有异响,制热时出风口有焦糊味,客户要求尽快上门;" * 2
    call = calls.register_call(shop.clerk, received_at=at(0, 8, 45), channel="phone", problem=problem, area="city",
                               customer_id=customer.id, product_id=product.id)
    calls.register_call(shop.clerk, received_at=at(0, 8, 50), channel="counter", problem="其他客户的问题",
                        area="city", customer_id=other.id, product_id=other_product.id)
    calls.dispatch_call(shop.supervisor, call.id, shop.technician.id)
    work = "更换排水管及室内机电机轴承,清洗滤网,试机正常"
    at(0, 15, 30)
    call_visits.record_visit(shop.technician, call.id, arrived_at=moment(0, 13, 30), finished_at=moment(0, 15, 10),
                             work_done=work, result="fixed", labour_fen=12000, travel_fen=3000,
                             collected_on_site=True)
    call_visits.record_signature(shop.clerk, call.id, signed_on=START.date())
    detail = call_detail(call.id)
    cases["voucher"] = Case(voucher_paper(detail), [
        detail.number, LONG_NAME, "025-8456 1234", LONG_ADDRESS, LONG_MODEL, "GREE2024A0000123456", "有费服务",
        problem, "赵志强", "2026-03-02 13:30", "2026-03-02 15:10", work, "¥120.00", "¥30.00", "¥150.00",
        "现场已收", "日期:2026-03-02", "市区 6 个工作小时内到达", "【✔】现场修复",
    ], others)

    # --- a repair in the shop: quoted, accepted, worked on (a failed inspection, then passed), parts, returned
    at(1, 9)
    taken = calls.register_call(shop.clerk, received_at=at(1, 9), channel="phone", problem="不制热", area="city",
                                customer_id=customer.id, product_id=product.id)
    calls.dispatch_call(shop.supervisor, taken.id, shop.technician.id)
    at(1, 11, 30)
    call_visits.record_visit(shop.technician, taken.id, arrived_at=moment(1, 10), finished_at=moment(1, 11),
                             work_done="压缩机不启动,带回店修", result="taken_back")
    accessories = "遥控器一个、室外机支架两副、排水管三米、说明书及保修卡各一份、原装包装箱一个"
    condition = "面板左下角有约五厘米划痕,右侧出风口导风板断裂一片,外壳有油污"
    card = repairs.receive_goods(shop.clerk, taken.id, promised_on=dt.date(2026, 3, 6), stated_fault="不制热",
                                 accessories=accessories, condition=condition, technician_id=shop.technician.id,
                                 checklist={"scratches": True, "powers_on": False})
    receipt = card.receipt
    cases["repair_tag"] = Case(repair_tag(card), [card.number, "答应交还 2026-03-06", LONG_MODEL[:6]], others)
    repairs.save_quote(shop.technician, card.id, labour_fen=20000, parts_fen=45000, travel_fen=2000)
    at(1, 14, 30)
    repairs.accept_quote(shop.clerk, card.id, accepted_by_name=LONG_NAME, how="phone", accepted_at=moment(1, 14))
    notes = [f"第{i}步:检测压缩机电容与启动继电器,记录电流{i}A" for i in range(1, 8)]
    at(2, 17)
    for i, note in enumerate(notes):
        worklog.add_card_minutes(shop.technician, card.id, started_at=moment(2, 8 + i, 30), minutes=25 + i, note=note)
    part_names = []
    for i in range(6):
        part = parts.create_part(shop.storekeeper, code=f"KT-{i:03d}", name=f"空调配件第{i}号启动电容", bin_location="A-01",
                                 price_fen=2000 + 100 * i)
        stock.receive(shop.storekeeper, part.id, 5, 1000 + i, "格力配件")
        issue = stock.issue_part(shop.storekeeper, part.id, 1 + i % 2, repair_card_id=card.id)
        stock.mark_used(shop.technician, issue.id)
        part_names.append(f"空调配件第{i}号启动电容(KT-{i:03d}) {1 + i % 2} ¥{20 + i}.00")  # on the card's bill
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=False, note="试机仍有异响")
    at(3, 11)
    worklog.add_card_minutes(shop.technician, card.id, started_at=moment(3, 9), minutes=40, note="更换风扇电机减震垫")
    repairs.mark_repaired(shop.technician, card.id)
    repair_return.inspect(shop.supervisor, card.id, passed=True, note="试机正常")
    repair_return.return_item(shop.clerk, card.id, collected_by=LONG_NAME, customer_signed=True)
    total_minutes = sum(25 + i for i in range(7)) + 40
    cases["goods_receipt"] = Case(goods_receipt(receipt), [
        receipt.number, card.number, LONG_NAME, "025-8456 1234", LONG_MODEL, accessories, condition, "不制热",
        "2026-03-06", "取件须知", "外观状况以本收据所记为准", "【✓】有划痕", "【】能开机",
    ], others + [MARKERS["voucher"]])
    cases["repair_card"] = Case(repair_card(card), [
        card.number, LONG_NAME, "025-8456 1234", LONG_MODEL, receipt.number, "已交还", "v1", "¥670.00",
        f"{LONG_NAME}于2026-03-0314:00电话同意", *notes, "更换风扇电机减震垫", str(total_minutes), *part_names,
        "试机仍有异响", "不合格,返修", "试机正常", "合格", "2026-03-05",
    ], others + ["先报价", "计时中"])

    # --- a claim order: deposit taken, part fitted, deposit refunded
    at(3, 15)
    claim = claims.create_claim(shop.clerk, customer.id, f"{LONG_MODEL}原厂压缩机总成(含四通阀)", 180000, 123456,
                                product_id=product.id)
    deposit = claim.deposits.first()
    cases["deposit_receipt"] = Case(deposit_receipt(deposit), [
        deposit.number, claim.number, LONG_NAME, "025-8456 1234", "原厂压缩机总成(含四通阀)", "¥1,234.56",
        "壹仟贰佰叁拾肆元伍角陆分", "押金须知", "存根",
    ], others + [MARKERS["voucher"], "退押金"])
    claims.sign_supervisor(shop.supervisor, claim.id)
    claims.sign_manager(shop.manager, claim.id) if claims.needs_manager(claim) else None
    for step in (claims.mark_ordered, claims.mark_arrived, claims.mark_fitted):
        step(shop.storekeeper, claim.id)
    refunded = claims.refund_deposit(shop.clerk, claim.id)
    cases["refund_receipt"] = Case(refund_receipt(refunded), [
        refunded.refund_number, deposit.number, LONG_NAME, "¥1,234.56", "壹仟贰佰叁拾肆元伍角陆分", "2026-03-05 15:00",
        MARKERS["refund_receipt"],
    ], others + [MARKERS["voucher"], MARKERS["deposit_receipt"]])

    # --- a posted stocktake with many lines, some off
    at(4, 16)
    take = stocktake.start_stocktake(shop.storekeeper)
    counts = {r.line_id: r.expected_qty - (1 if r.code == "KT-002" else 0) for r in stocktake_lines(take.id)}
    stocktake.enter_counts(shop.storekeeper, take.id, counts)
    stocktake.post_stocktake(shop.supervisor, take.id)
    lines = stocktake_lines(take.id)
    counted = [f"{r.code}{r.name}{r.bin_location}{r.unit}{r.expected_qty}{r.counted_qty}" for r in lines]
    cases["count_sheet"] = Case(count_sheet(take), [take.number, "盘点结果", "已过账", *counted, "-1", "-¥10.02",
                                                    "1项有差异"], ["空白"])
    cases["variance"] = Case(count_sheet(take, variance=True), [take.number, "盘点差异表", "KT-002", "-¥10.02"],
                             ["KT-001", "空白"])
    bins = [(r.code, r.name, f"货位 {r.bin_location}") for r in lines]
    cases["part_labels"] = Case(part_labels(find_parts([code for code, _n, _b in bins]), a4_sheet=True),
                                [x for row in bins for x in row], others)

    # --- survey cards for the calls closed on a day
    at(4, 17)
    call_visits.close_call(shop.clerk, call.id)
    cards = surveys.prepare_cards(shop.clerk, START.date() + dt.timedelta(days=4))
    cases["survey_cards"] = Case(survey_cards_paper(cards), [
        cards[0].number, call.number, LONG_NAME, "025-8456 1234", LONG_ADDRESS, LONG_MODEL, "赵志强", "2026-03-06",
        "态度", "答应事情的办理",
    ], others + [MARKERS["voucher"]])

    # --- a contract ending soon, on several products
    more = [add_product(shop.clerk, customer.id, name="冰箱", model=f"BCD-{500 + i}WPGX", serial=f"FRIDGE-{i}",
                        warranty_end=dt.date(2024, 1, 1 + i)) for i in range(4)]
    contract = contracts.create_contract(
        shop.clerk, customer.id, [product.id] + [p.id for p in more], dt.date(2025, 4, 1), dt.date(2026, 3, 31),
        fee_fen=98000, coverage="每年两次上门清洗保养,人工及交通免费,配件八折;" * 2, visits_included=2,
    )
    cases["expiry_notice"] = Case(expiry_notice_paper(contract, on=dt.date(2026, 3, 6)), [
        contract.number, f"尊敬的{LONG_NAME}先生/女士:", "2026-03-31", "¥980.00", LONG_MODEL, "GREE2024A0000123456",
        *[f"BCD-{500 + i}WPGX" for i in range(4)], "FRIDGE-3", "每年两次上门清洗保养", "025-8456 1234", "2次",
        "2025-06-30",
    ], others)

    # --- a serious complaint: visited and answered in writing
    complaint = complaints.register_complaint(shop.clerk, "技术员上门迟到两个小时且未提前电话告知,态度生硬" * 2,
                                              severity="serious", customer_id=customer.id, call_id=call.id)
    complaints.record_visit(shop.supervisor, complaint.id, shop.supervisor.id, "上门致歉并赠送清洗一次")
    outcome = "已对责任技术员作出处理并在班会上通报;今后上门前一小时电话确认。" * 2
    complaints.record_reply(shop.manager, complaint.id, "letter", outcome)
    cases["complaint_reply"] = Case(complaint_reply_paper(complaint), [
        complaint.number, f"尊敬的{LONG_NAME}先生/女士:", "技术员上门迟到两个小时", outcome, call.number, "李主任",
        "025-8456 1234",
    ], others)

    # --- a fine with its notice, the month's summary, the daily reports
    made = conduct.record_entry(shop.supervisor, shop.clerk.id, _rule("JL-11"), moment(4, 11),
                                "当众与主任争辩派工安排,影响柜台接待,经劝阻仍不停止" * 2, 6000)
    conduct.record_entry(shop.supervisor, shop.technician.id, _rule("JX-01"), moment(4, 11, 30), "客户来信表扬", 10000)
    row = entry(shop.supervisor, made.id)
    cases["penalty_notice"] = Case(penalty_notice(row), [
        row.number, "陈晓燕", "业务员", "JL-11", "当众与主任争辩派工安排", "罚款¥60.00", "在班会上作书面检讨",
    ], ["赵志强", "客户来信表扬"])
    summary = month_summary(shop.supervisor, "2026-03")
    details = entries(shop.supervisor, month="2026-03").fetch(0, 100)
    cases["conduct_month"] = Case(conduct_month(summary, details), [
        "2026年03月", "陈晓燕", "赵志强", "¥60.00", "¥100.00", "-¥60.00", "合计", made.number, "客户来信表扬",
    ])
    day = START.date() + dt.timedelta(days=2)
    tech = technician_day(shop.technician.id, day)
    cases["technician_report"] = Case(technician_report(tech), [
        "赵志强", "2026-03-04", card.number, *[f"{8 + i:02d}:30" for i in range(7)], str(sum(25 + i for i in range(7))),
    ], ["孙浩"])
    cases["supervisor_report"] = Case(supervisor_report(supervisor_day(day)), ["赵志强", "孙浩", "2026-03-04", "3:16"])
    report = quarter_faults(Quarter(2026, 1))  # the quarter of every call above
    top = report.rows[0]
    cases["quarter_faults"] = Case(quarter_faults_paper(report), [
        "2026-Q1", "2026-01-01", "2026-03-31", top.model, top.fault, f"全部{len(report.rows)}种故障",
        str(report.total().calls),
    ], ["2025-Q4"])
    return cases


def empty_papers(shop: Shop) -> dict[str, Case]:
    at(0, 9)
    cases: dict[str, Case] = {}
    call = calls.register_call(shop.clerk, received_at=at(0, 9), channel="counter", problem="不开机", area="city",
                               new_customer={"name": "王五", "phone": "13800000005"}, new_product={"model": "M-9"})
    cases["voucher"] = Case(voucher_paper(call_detail(call.id)), [call.number, "王五", "138 0000 0005", "M-9",
                                                                  "不开机", "日期:年月日"],
                            ["【✔】", "现场已收", "日期:2026"])
    customer = Customer.get_by_id(call.customer_id)
    calls.dispatch_call(shop.supervisor, call.id, shop.technician.id)
    at(0, 11, 30)
    call_visits.record_visit(shop.technician, call.id, arrived_at=moment(0, 10), finished_at=moment(0, 11),
                             work_done="带回", result="taken_back")
    card = repairs.receive_goods(shop.clerk, call.id, promised_on=dt.date(2026, 3, 5))
    cases["goods_receipt"] = Case(goods_receipt(card.receipt), [card.receipt.number, card.number, "王五", "M-9",
                                                                "无", "未见异常", "取件须知"], [MARKERS["voucher"]])
    cases["repair_card"] = Case(repair_card(card), [card.number, "王五", "已收件", "2026-03-05"],
                                ["合计", "主管验讫", "已交还", "未更换零件"])
    claim = claims.create_claim(shop.clerk, customer.id, "门封条", 100, 100)
    deposit = claim.deposits.first()
    cases["deposit_receipt"] = Case(deposit_receipt(deposit), [deposit.number, "门封条", "¥1.00", "壹元整"],
                                    [MARKERS["voucher"]])
    claims.cancel_claim(shop.storekeeper, claim.id, "客户不要了")
    refunded = claims.refund_deposit(shop.clerk, claim.id)
    cases["refund_receipt"] = Case(refund_receipt(refunded), [refunded.refund_number, "¥1.00", "壹元整"],
                                   [MARKERS["voucher"]])
    parts.create_part(shop.storekeeper, code="E-1", name="保险丝")
    take = stocktake.start_stocktake(shop.storekeeper)
    cases["count_sheet"] = Case(count_sheet(take), [take.number, "空白", "E-1", "保险丝"], ["项有差异", "盘点表(盘点结果)"])
    cases["variance"] = Case(count_sheet(take, variance=True), [take.number, "账实相符,无差异"], ["E-1"])
    cases["repair_tag"] = Case(repair_tag(card, size="50x30"), [card.number, "王五", "138 0000 0005", "M-9",
                                                                "答应交还 2026-03-05"], ["#"])
    cases["part_labels"] = Case(part_labels(find_parts(["E-1"])), ["E-1", "保险丝", "货位 —"])
    cases["survey_cards"] = Case(survey_cards_paper([]), ["这一天没有要发的调查卡"], ["调查卡编号"])
    contract = contracts.create_contract(shop.clerk, customer.id, [call.product_id], dt.date(2025, 4, 1),
                                         dt.date(2026, 3, 31))
    cases["expiry_notice"] = Case(expiry_notice_paper(contract, on=dt.date(2026, 3, 6)), [
        contract.number, "尊敬的王五先生/女士:", "M-9", "¥0.00"])
    complaint = complaints.register_complaint(shop.clerk, "太慢", customer_id=customer.id)
    cases["complaint_reply"] = Case(complaint_reply_paper(complaint), [complaint.number, "尊敬的王五先生/女士:", "太慢",
                                                                       "处理结果"], ["回访"])
    made = conduct.record_entry(shop.supervisor, shop.clerk.id, _rule("JL-11"), moment(0, 9, 30), "争辩", 5000)
    cases["penalty_notice"] = Case(penalty_notice(entry(shop.supervisor, made.id)), [made.number, "陈晓燕", "争辩"],
                                   ["已作废", "副本"])
    cases["conduct_month"] = Case(conduct_month(month_summary(shop.supervisor, "2026-02")), ["本月没有奖罚记录"],
                                  ["陈晓燕"])
    cases["technician_report"] = Case(technician_report(technician_day(shop.technician2.id, START.date())),
                                      ["孙浩", "2026-03-02", "0:00"], ["赵志强"])
    cases["supervisor_report"] = Case(supervisor_report(supervisor_day(START.date() - dt.timedelta(days=7))),
                                      ["2026-02-23", "0:00"])
    cases["quarter_faults"] = Case(quarter_faults_paper(quarter_faults(Quarter(2025, 4))),
                                   ["2025-Q4", "2025-10-01", "2025-12-31", "全部0种故障"], ["M-9", "用量最多的配件"])
    return cases


PaperStates = Callable[[Shop], dict[str, Case]]
