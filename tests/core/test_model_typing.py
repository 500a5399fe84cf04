"""The models' bare annotations (what peewee adds at run time, typed for mypy) match what peewee really adds."""

from __future__ import annotations

import peewee

from aftersales_desktop.core.models import ALL_MODELS, BaseModel, ServiceCall


def _peewee_adds(model: type[BaseModel]) -> dict[str, str]:
    """The attributes peewee sets on the model that no field assignment shows: `<fk>_id` and declared backrefs."""
    adds = {fk.object_id_name: "int | None" if fk.null else "int" for fk in model._meta.refs}
    for fk, source in model._meta.backrefs.items():
        if fk.backref != f"{fk.model._meta.name}_set":  # peewee's default name: not meant to be used
            adds[fk.backref] = f"peewee.ModelSelect[{source.__name__}]"
    return adds


def _declared(model: type[BaseModel]) -> dict[str, str]:
    """The model's own bare annotations (those with a value are fields and are left out)."""
    own = model.__dict__.get("__annotations__", {})
    return {name: kind for name, kind in own.items() if name not in model._meta.fields}


def test_every_model_declares_exactly_what_peewee_adds() -> None:
    wrong = {}
    for model in ALL_MODELS:
        declared, adds = _declared(model), _peewee_adds(model)
        if declared != adds:
            wrong[model.__name__] = {
                "missing or wrong": {k: v for k, v in adds.items() if declared.get(k) != v},
                "stale": sorted(set(declared) - set(adds)),
            }
    assert not wrong, f"annotate these under the model's fields: {wrong}"


def test_the_base_models_id_is_the_auto_increment_primary_key() -> None:
    assert "id" in BaseModel.__annotations__
    for model in ALL_MODELS:
        key = model._meta.primary_key
        if model.__name__ == "Setting":  # keyed by its name, documented as an exception
            assert key.name == "key"
            continue
        if model.__name__ == "SearchKey":  # the whole row is its key (a WITHOUT ROWID index): the other exception
            assert isinstance(key, peewee.CompositeKey) and key.field_names == ("kind", "key", "customer_id")
            continue
        assert key.name == "id" and isinstance(key, peewee.AutoField), model.__name__


def test_the_declared_annotations_are_plain_and_leave_peewees_accessors_in_place() -> None:
    # A bare annotation must not shadow peewee's descriptors: reading them on a row still works.
    call = ServiceCall(customer=None)
    assert call.customer_id is None
    assert isinstance(ServiceCall.__dict__["customer_id"], peewee.ObjectIdAccessor)
    assert isinstance(ServiceCall.__dict__["visits"], peewee.BackrefAccessor)
