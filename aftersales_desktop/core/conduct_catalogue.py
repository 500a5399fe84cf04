"""The conduct rule catalogue as the shop's rulebooks write it, seeded into every new database.

Sources: /work/shared/seed (服务员的岗位职责与奖罚制度, 卫生工作制度, 劳动纪律, 物品管理制度, 车间管理, 备件管理,
一般维修板块 权限) and DOMAIN.md "Staff conduct" / "Authority". Amounts are fen. A rule whose penalty is a
fixed amount has min_fen == max_fen; a rule that only dismisses has 0..0 and dismissal=True.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee

from aftersales_desktop.core import clock
from aftersales_desktop.core.models import ConductRule

YUAN = 100
# "照价赔偿" (pay at the item's price) has no upper limit in the rulebook; this cap only stops typing slips.
COMPENSATION_MAX_FEN = 50_000 * YUAN

# Appearance (第一部分第10条): "一次扣款5元,再次扣半天休,三次扣一天休". Repeats past the 3rd stay on the last step.
APPEARANCE_LADDER: list[dict[str, int]] = [
    {"fine_fen": 5 * YUAN},
    {"rest_half_days": 1},
    {"rest_half_days": 2},
]

# Section names of the rulebooks, shortened for the `source` column.
_S1 = "服务员的岗位职责与奖罚制度"
_S2 = "卫生工作制度"
_S3 = "劳动纪律"
_S4 = "物品管理制度"
_S5 = "员工的岗位职责与奖罚制度"
_AUTH = "一般维修板块 岗位职责与权限"
_SHOP = "车间管理明细"
_PARTS = "备件管理 岗位职责和权限"
_4S = "4S店 维修车间管理规定"
_REWARD = "售后服务管理制度 五、考核与奖惩 2.奖励机制(金额由本店设定)"


@dataclass(frozen=True)
class RuleSeed:
    code: str
    area: str
    title: str
    min_yuan: int = 0
    max_yuan: int = 0
    kind: str = "fine"
    rest_half_days: int = 0
    self_criticism: bool = False
    dismissal: bool = False
    ladder: list[dict[str, int]] | None = None
    source: str = ""
    compensation: bool = False  # 照价赔偿: any amount up to COMPENSATION_MAX_FEN

    def fields(self) -> dict[str, Any]:
        """The ConductRule columns for this seed."""
        max_fen = COMPENSATION_MAX_FEN if self.compensation else self.max_yuan * YUAN
        return {
            "code": self.code,
            "area": self.area,
            "title": self.title,
            "kind": self.kind,
            "min_fen": self.min_yuan * YUAN,
            "max_fen": max_fen,
            "rest_half_days": self.rest_half_days,
            "self_criticism": self.self_criticism,
            "dismissal": self.dismissal,
            "ladder": self.ladder,
            "source": self.source,
            "active": True,
        }


R = RuleSeed
CATALOGUE: list[RuleSeed] = [
    # 仪容仪表 — one rule: the ladder counts any breach of items 1–9 ("凡违反以上规定").
    R("YR-01", "appearance",
      "仪容仪表不合规定:工作服/工作帽/发型、浓妆、染发胡须、长指甲/指甲油、浓香水、佩戴饰物、工作服不整洁、"
      "上班前吃大蒜等异味食品或饮酒、当客人面抓痒抠鼻挖耳剔牙打呵欠",
      5, 5, ladder=APPEARANCE_LADDER, source=f"{_S1} 第1–10条"),
    # 卫生
    R("WS-01", "hygiene", "个人卫生不合要求(洗澡换衣、头屑异味、工作服油渍皱痕、便后洗手)", 5, 20,
      source=f"{_S2} A 第1–3条, 第8条"),
    R("WS-02", "hygiene", "区域卫生不合要求(地面杂物、桌面油渍灰尘、工作台不整、乱扔纸屑随地吐痰、门窗墙壁、卫生间、值日大扫除)",
      5, 20, source=f"{_S2} B 第1–8条"),
    R("WS-03", "hygiene", "变味、变质食品上桌(未把好食品卫生关)", 50, 100, source=f"{_S5} 第3条"),
    # 劳动纪律
    R("JL-02", "discipline", "未提前十分钟到岗;上班站立不规范、倚墙靠椅、聚一起闲谈、以工作场地作休息场所", 10, 20,
      source=f"{_S3} 第1–2条"),
    R("JL-03", "discipline", "遇到客人和上司不主动问好致意、视而不见", 5, 20, source=f"{_S3} 第3条"),
    R("JL-04", "discipline", "未说欢迎光临、未使用礼貌用语、未致谢送客", 5, 20, source=f"{_S3} 第4条"),
    R("JL-05", "discipline", "与客人争吵,或向客人索取物品、小费(造成的损失由本人承担)", 20, 200, source=f"{_S3} 第5条"),
    R("JL-06", "discipline", "拾到客人物品不上交、私自留藏占为己有(后果自负)", 20, 200, source=f"{_S3} 第6条"),
    R("JL-07", "discipline", "未经领班同意私自离岗(含上洗手间),后果由本人承担", 20, 20, source=f"{_S3} 第7条"),
    R("JL-08", "discipline", "在店内奔跑、大吼大叫、大声说话", 5, 10, source=f"{_S3} 第8条"),
    R("JL-09", "discipline", "罢工、聚众闹事,向外界透露商业机密或诋毁本店形象", dismissal=True, source=f"{_S3} 第9条"),
    R("JL-10", "discipline", "未参加班前会或业务培训", 5, 5, source=f"{_S3} 第10条"),
    R("JL-11", "discipline", "当众与上级争辩(未先服从、工作完后再提见解)", 50, 100, self_criticism=True,
      source=f"{_S3} 第11条"),
    R("JL-12", "discipline", "上班时间吃东西,或私自吃用本店、客人的食物", 50, 200, source=f"{_S3} 第12条"),
    R("JL-12S", "discipline", "上班偷吃、私用本店或客人食物,情节严重", dismissal=True, source=f"{_S3} 第12条"),
    R("JL-13", "discipline", "业务不熟(不了解产品、服务项目),造成客人不满", 5, 50, source=f"{_S3} 第13条"),
    R("JL-14", "discipline", "利用职务之便少记客人所用项目", 50, 100, source=f"{_S3} 第14条"),
    # 物品管理
    R("WP-01", "property", "私拿、私用本店设备设施", 50, 100, source=f"{_S4} 第1条"),
    R("WP-02", "property", "随意开放空调私用;客人走后未关空调、电灯、风扇", 5, 20, source=f"{_S4} 第2条"),
    R("WP-05", "property", "下班前未关电器设备开关(所造成的损失由本人承担)", 20, 20, source=f"{_S4} 第5条"),
    R("WP-06", "property", "配发物品损坏丢失:照价赔偿或恢复原样", compensation=True, source=f"{_S4} 第6条"),
    R("WP-07", "property", "故意损坏本店设备、设施", dismissal=True, source=f"{_S4} 第7条"),
    R("WP-T5", "property", "专用工具未及时归还造成丢失:借用人原价赔偿或购买相同型号", compensation=True,
      source=f"{_PARTS} 第5条"),
    # 车间
    R("CJ-03", "workshop", "私自截留保养用机油、养护品、易损件(应给客户更换而未换)", dismissal=True, source=f"{_SHOP} 第3条"),
    R("CJ-P3", "workshop", "事故车报价单未签字即订货或填写不清造成误报误订", 30, 30, source=f"{_PARTS} 第3条"),
    R("CJ-08", "workshop", "未按规定使用仪表、设备、工具造成损坏:照价赔偿", compensation=True, source=f"{_4S} 第6、8条"),
    # 服务权限
    R("QX-04", "authority", "客户埋怨、投诉未能消除且隐瞒上级主管", 20, 20, source=f"{_AUTH} 第4条"),
    R("QX-05", "authority", "一般维修打折超出权限(9折、每周5单)未报备审批", 20, 20, source=f"{_AUTH} 第5条"),
    R("QX-06", "authority", "事故车毛利率低于30%未阐明原因并审批", 50, 50, source=f"{_AUTH} 第6条"),
    # 奖励
    R("JX-01", "reward", "表现优秀,受到客户书面或电话表扬", 20, 200, kind="reward", source=_REWARD),
    R("JX-02", "reward", "拾到客人物品及时上交并联系客人", 20, 100, kind="reward", source=_REWARD),
    R("JX-03", "reward", "合理化建议被采纳", 20, 100, kind="reward", source=_REWARD),
    R("JX-04", "reward", "当月客户意见调查评价全部满意", 50, 300, kind="reward", source=_REWARD),
]  # fmt: skip

# The rule a broken authority warning turns into, by AuthorityEvent.kind; and the opinion area's rule.
AUTHORITY_RULES = {"discount": "QX-05", "low_margin": "QX-06"}
COMPLAINT_HIDDEN_RULE = "QX-04"


def seed_catalogue(db: peewee.Database) -> int:
    """Insert the rules that are missing (by code), with one system audit row; returns how many were added."""
    with db.atomic():
        existing = {rule.code for rule in ConductRule.select(ConductRule.code)}
        missing = [seed for seed in CATALOGUE if seed.code not in existing]
        if not missing:
            return 0
        for seed in missing:
            ConductRule.create(**seed.fields())
        from aftersales_desktop.core import audit_chain  # late: it imports the database

        audit_chain.append(
            at=clock.now(),
            staff=None,
            actor_name="system",
            action="conduct.seed_catalogue",
            entity="conduct_rule",
            entity_id=None,
            after={"codes": [seed.code for seed in missing]},
            note="rule catalogue seeded from the rulebooks",
        )
    return len(missing)
