"""The demo shop itself: its details, its people, and customers who keep arriving with products."""

from __future__ import annotations

import datetime as dt

from aftersales_desktop.core.demo.context import DemoContext
from aftersales_desktop.core.models import Staff
from aftersales_desktop.core.services.customers import add_product, create_customer
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.staff import create_staff, mark_left

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = [
    "小明", "建国", "秀英", "桂兰", "志强", "海燕", "晓东", "丽娟", "国平", "玉梅", "文华", "春生", "红霞",
    "德明", "淑珍", "子涵", "浩然", "欣怡", "宇航", "雨欣", "俊杰", "晓燕", "伟", "芳", "磊", "静", "敏",
    "军", "勇", "杰", "娟", "涛", "超", "艳", "明", "霞", "平", "刚", "桂英", "建华", "晓红", "立新",
]  # fmt: skip
STREETS = [
    "中山路", "解放路", "人民路", "建设路", "和平路", "新华路", "长江路", "北京东路", "湖南路", "汉中路",
    "龙蟠路", "江东路", "光华路", "太平北路", "珠江路",
]  # fmt: skip
DISTRICTS = {"city": ["玄武区", "秦淮区", "鼓楼区", "建邺区"], "suburb": ["江宁区", "浦口区", "六合区", "溧水区"]}
PRODUCTS = [
    ("空调", ["KFR-35GW/BP3", "KFR-26GW/NhAa1", "KFR-72LW/FNhAa", "KFR-50GW/WDHA1"], 3),
    ("洗衣机", ["XQG100-14B1", "XQB80-Z3059", "TG100V88WMUIADY5"], 1),
    ("冰箱", ["BCD-215STPH", "BCD-470WDPG", "BCD-520WDPZM"], 1),
    ("热水器", ["JSQ25-13HN", "ES60H-GM1", "JSQ30-16T3"], 2),
    ("电视", ["55E3F", "65V1F-R", "55A6H"], 1),
    ("油烟机", ["CXW-200-EH906", "CXW-260-JL21"], 1),
    ("轿车", ["朗逸 1.5L", "卡罗拉 1.2T", "轩逸 1.6L"], 3),
]  # (product name, models, warranty years)

STAFF = [
    ("张建国", "manager"),
    ("李卫东", "supervisor"),
    ("陈晓燕", "clerk"),
    ("刘芳", "clerk"),
    ("赵志强", "technician"),
    ("孙浩", "technician"),
    ("周明", "technician"),
    ("吴磊", "technician"),
    ("郑国庆", "storekeeper"),
    ("何伟", "technician"),  # leaves during the demo period
]


def person_name(ctx: DemoContext) -> str:
    return ctx.rng.choice(SURNAMES) + ctx.rng.choice(GIVEN)


def mobile(ctx: DemoContext) -> str:
    return f"1{ctx.rng.choice('35789')}{ctx.rng.randrange(10**9):09d}"


def setup(ctx: DemoContext) -> None:
    from aftersales_desktop.core.demo import DEMO_PASSWORD

    manager = create_staff(None, STAFF[0][0], STAFF[0][1], DEMO_PASSWORD, phone="13905150001")
    update_settings(
        manager,
        {
            "shop_name": "好邻居家电汽修售后服务部",
            "shop_address": "江苏省南京市玄武区中山路 128 号",
            "shop_phone": "025-84561234",
            "demo": True,
        },
    )
    people: dict[str, list[Staff]] = {"manager": [manager]}
    for index, (name, role) in enumerate(STAFF[1:], start=2):
        people.setdefault(role, []).append(create_staff(manager, name, role, DEMO_PASSWORD, phone=f"139051500{index:02d}"))
    ctx.staff = people
    for _ in range(40):  # the shop has customers before the period starts
        _new_customer(ctx, ctx.start - dt.timedelta(days=ctx.rng.randrange(30, 900)))


def _new_customer(ctx: DemoContext, bought_around: dt.date) -> None:
    clerk = ctx.person("clerk")
    area = "city" if ctx.rng.random() < 0.7 else "suburb"
    district = ctx.rng.choice(DISTRICTS[area])
    customer = create_customer(
        clerk,
        name=person_name(ctx),
        phone=mobile(ctx),
        address=f"南京市{district}{ctx.rng.choice(STREETS)}{ctx.rng.randrange(1, 300)}号{ctx.rng.randrange(1, 30)}-{ctx.rng.randrange(101, 2801)}",
        area=area,
    )
    ctx.customer_ids.append(customer.id)
    for _ in range(1 if ctx.rng.random() < 0.7 else 2):
        name, models, years = ctx.rng.choice(PRODUCTS)
        bought = bought_around - dt.timedelta(days=ctx.rng.randrange(0, 700))
        product = add_product(
            clerk,
            customer.id,
            name=name,
            model=ctx.rng.choice(models),
            serial=f"{ctx.rng.choice('ABCDEFGH')}{bought:%y%m}{ctx.rng.randrange(10**6):06d}",
            purchase_date=bought,
            warranty_end=bought.replace(year=bought.year + years) if not (bought.month == 2 and bought.day == 29)
            else bought + dt.timedelta(days=365 * years),
        )
        ctx.product_ids.append(product.id)


def simulate_day(ctx: DemoContext, day: dt.date) -> None:
    """New customers arrive (a few a week), and one technician leaves half-way through the period."""
    ctx.at(day, 9, ctx.rng.randrange(60))
    for _ in range(ctx.rng.choice([0, 0, 1, 1, 2])):
        _new_customer(ctx, day)
    halfway = ctx.start + (ctx.end - ctx.start) / 2
    leaver = next((s for s in ctx.staff.get("technician", []) if s.name == "何伟"), None)
    if leaver is not None and day >= halfway and leaver.active:
        mark_left(ctx.manager, leaver.id, day)
        leaver.active = False
