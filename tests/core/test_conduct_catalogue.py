"""The seeded rule catalogue matches the rulebooks (seed/000_ed3e06f1a40ab183.txt and DOMAIN.md)."""

from __future__ import annotations

from aftersales_desktop.core.conduct_catalogue import CATALOGUE, seed_catalogue
from aftersales_desktop.core.models import AuditEntry, ConductRule


def rule(code: str) -> ConductRule:
    return ConductRule.get(ConductRule.code == code)


def test_every_seeded_rule_is_in_a_new_database(db):
    assert ConductRule.select().count() == len(CATALOGUE)
    assert {r.area for r in ConductRule.select()} == {
        "appearance", "hygiene", "discipline", "property", "workshop", "authority", "reward"
    }
    audit = AuditEntry.get(AuditEntry.action == "conduct.seed_catalogue")
    assert audit.staff_id is None and audit.actor_name == "system"
    assert len(audit.after["codes"]) == len(CATALOGUE)


def test_seeding_again_adds_nothing(db):
    before = AuditEntry.select().count()
    assert seed_catalogue(db) == 0
    assert ConductRule.select().count() == len(CATALOGUE)
    assert AuditEntry.select().count() == before


def test_seeding_restores_a_missing_rule_only(db):
    rule("JX-03").delete_instance()
    assert seed_catalogue(db) == 1
    assert rule("JX-03").min_fen == 2000


def test_appearance_ladder_5_yuan_then_half_then_whole_rest_day(db):
    r = rule("YR-01")
    assert r.area == "appearance"
    assert r.ladder == [{"fine_fen": 500}, {"rest_half_days": 1}, {"rest_half_days": 2}]
    assert "指甲" in r.title and "大蒜" in r.title
    assert "第1–10条" in r.source


def test_hygiene_5_to_20_yuan(db):
    for code in ("WS-01", "WS-02"):
        r = rule(code)
        assert (r.area, r.min_fen, r.max_fen, r.ladder) == ("hygiene", 500, 2000, None)


def test_discipline_ranges_from_the_rulebook(db):
    expected = {
        "JL-02": (1000, 2000),  # 站立规范 10—20元
        "JL-03": (500, 2000),  # 问好 5—20元
        "JL-04": (500, 2000),  # 礼貌用语 5—20元
        "JL-05": (2000, 20000),  # 与客人争吵 20—200元
        "JL-06": (2000, 20000),  # 拾到物品 20—200元
        "JL-07": (2000, 2000),  # 私自离岗 20元/每次
        "JL-08": (500, 1000),  # 奔跑 5—10元
        "JL-10": (500, 500),  # 班前会 5元
        "JL-11": (5000, 10000),  # 当众争辩 50—100元
        "JL-12": (5000, 20000),  # 上班吃东西 50—200元
        "JL-13": (500, 5000),  # 业务不熟 5—50元
        "JL-14": (5000, 10000),  # 少记 50—100元
    }
    for code, (low, high) in expected.items():
        r = rule(code)
        assert (r.area, r.min_fen, r.max_fen) == ("discipline", low, high), code
    assert "争吵" in rule("JL-05").title and "小费" in rule("JL-05").title


def test_public_argument_with_a_superior_needs_a_written_self_criticism(db):
    r = rule("JL-11")
    assert r.self_criticism and not r.dismissal
    assert sum(1 for x in ConductRule.select() if x.self_criticism) == 1


def test_dismissal_rules(db):
    dismissals = {r.code for r in ConductRule.select() if r.dismissal}
    assert dismissals == {"JL-09", "JL-12S", "WP-07", "CJ-03"}
    strike = rule("JL-09")
    assert "罢工" in strike.title and "商业机密" in strike.title
    assert (strike.min_fen, strike.max_fen) == (0, 0)
    assert "机油" in rule("CJ-03").title


def test_property_and_authority_amounts(db):
    assert (rule("WP-01").min_fen, rule("WP-01").max_fen) == (5000, 10000)
    assert (rule("WP-02").min_fen, rule("WP-02").max_fen) == (500, 2000)
    assert (rule("WP-05").min_fen, rule("WP-05").max_fen) == (2000, 2000)
    assert (rule("QX-04").min_fen, rule("QX-05").min_fen, rule("QX-06").min_fen) == (2000, 2000, 5000)
    assert "隐瞒" in rule("QX-04").title
    assert rule("CJ-P3").min_fen == 3000


def test_rewards_are_reward_rules(db):
    rewards = [r for r in ConductRule.select() if r.area == "reward"]
    assert rewards and all(r.kind == "reward" and r.min_fen > 0 for r in rewards)
    assert all(r.kind == "fine" for r in ConductRule.select() if r.area != "reward")
