import pytest

from aftersales_desktop.core.errors import PermissionDenied
from aftersales_desktop.core.permissions import ROLE_ACTIONS, Action, allowed, require
from aftersales_desktop.core.services.settings import update_settings
from aftersales_desktop.core.services.staff import create_staff, mark_left
from aftersales_desktop.core.vocab import ROLE

# The role matrix of the foundation, spelled out so a change to the table is a deliberate one.
EXPECTED = {
    Action.STAFF_MANAGE: {"manager"},
    Action.SETTINGS_EDIT: {"manager"},
    Action.BACKUP_RESTORE: {"manager"},
    Action.CALL_REGISTER: {"clerk", "supervisor", "manager"},
    Action.CALL_DISPATCH: {"supervisor", "manager"},
    Action.REPAIR_INSPECT: {"supervisor", "manager"},
    Action.PART_ISSUE: {"storekeeper", "supervisor", "manager"},
    Action.STOCKTAKE_POST: {"supervisor", "manager"},
    Action.CONDUCT_RECORD: {"supervisor", "manager"},
    Action.CONDUCT_VIEW_ALL: {"supervisor", "manager"},
    Action.CLAIM_SIGN_MANAGER: {"manager"},
    Action.PURCHASE_OVERRIDE: {"manager"},
    Action.TIME_RECORD: {"technician", "supervisor", "manager"},
    Action.OWN_SECRET: {"clerk", "technician", "storekeeper", "supervisor", "manager"},
}


@pytest.mark.parametrize("action", list(EXPECTED))
def test_role_matrix(action):
    assert {role for role in ROLE.codes if allowed(role, action)} == EXPECTED[action]


def test_every_role_is_in_the_table_and_unknown_roles_may_do_nothing():
    assert set(ROLE_ACTIONS) == set(ROLE.codes)
    assert not any(allowed("intruder", a) for a in Action)
    assert not allowed(None, Action.CALL_REGISTER)
    with pytest.raises(PermissionDenied):
        require("clerk", Action.SETTINGS_EDIT, "陈晓燕")


def test_the_manager_may_do_everything():
    assert ROLE_ACTIONS["manager"] == frozenset(Action)


def test_services_refuse_what_the_role_may_not_do(shop):
    with pytest.raises(PermissionDenied) as err:
        update_settings(shop.clerk, {"shop_name": "别的店"})
    assert "没有权限" in err.value.message
    with pytest.raises(PermissionDenied):
        create_staff(shop.technician, "新人", "clerk", "5678")


def test_a_person_who_left_can_no_longer_act(shop):
    mark_left(shop.manager, shop.clerk.id)
    with pytest.raises(PermissionDenied) as err:
        create_staff(shop.clerk, "新人", "clerk", "5678")
    assert "停用" in err.value.message


def test_hints_name_exactly_the_roles_the_permission_allows():
    from aftersales_desktop.core.permissions import Action, allowed, who_may
    from aftersales_desktop.core.vocab import ROLE

    assert str(who_may(Action.REPAIR_INSPECT)) == "服务主任或经理"  # the inspection hint said only the supervisor
    assert who_may(Action.REPAIR_INSPECT).en == "the service supervisor or the manager"
    assert str(who_may(Action.PURCHASE_OVERRIDE)) == "经理"
    for action in (Action.REPAIR_INSPECT, Action.RETURN_WITHOUT_RECEIPT, Action.SURVEY_FOLLOW_UP, Action.CALL_REGISTER):
        named = str(who_may(action)).split("或")
        assert named == [ROLE.label(code) for code in ROLE.codes if allowed(code, action)]
