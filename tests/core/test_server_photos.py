"""Photos on a shop that runs on the PostgreSQL server: the pictures live in the photo_blob table, every PC reads
them (into its own cache folder), move-to-server brings photos/ along, and a pg_dump backup restores them."""

from __future__ import annotations

import pytest

from aftersales_desktop.core import photos as files
from aftersales_desktop.core.db import close_database, open_server
from aftersales_desktop.core.models import Photo, PhotoBlob
from aftersales_desktop.core.queries.photos import receipt_photos
from aftersales_desktop.core.server_backup import backup_server, restore_server
from aftersales_desktop.core.server_move import move_to_server
from aftersales_desktop.core.services.photos import attach_photo
from tests.core.repair_helpers import card_in_shop
from tests.core.test_photos import picture


@pytest.fixture
def two_empty_server_dbs(pg_admin):
    from tests.pg_server import admin_sql

    admin, _ = pg_admin
    names = ["aftersales_photos_moved", "aftersales_photos_restored"]
    admin_sql(admin, *(f"DROP DATABASE IF EXISTS {n} WITH (FORCE)" for n in names),
              *(f"CREATE DATABASE {n}" for n in names))
    yield [admin.with_name(n) for n in names]
    close_database()
    admin_sql(admin, *(f"DROP DATABASE IF EXISTS {n} WITH (FORCE)" for n in names))


def test_photos_move_to_the_server_show_on_every_pc_and_come_back_from_a_backup(
        shop, data_dir, two_empty_server_dbs, tmp_path, monkeypatch):
    moved_db, restored_db = two_empty_server_dbs
    card = card_in_shop(shop)
    kept = attach_photo(shop.clerk, card.receipt_id, picture())
    lost = attach_photo(shop.clerk, card.receipt_id, picture(640, 480, "blue", "JPEG"))
    jpeg = (data_dir / "photos" / files.file_name(kept.sha256)).read_bytes()
    (data_dir / "photos" / files.file_name(lost.sha256)).unlink()  # gone before the move
    close_database()

    moved = move_to_server(data_dir / "aftersales.sqlite3", moved_db)
    assert moved.rows["photo_blob"] == 1 and moved.photos_missing == 1

    # the counter PC attaches a new picture on the server; the workshop PC, with its own folder, sees all of it
    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "counter-pc"))
    open_server(moved_db)
    added = attach_photo(shop.clerk, card.receipt_id, picture(900, 700, "green"))
    assert not (data_dir / "photos" / files.file_name(added.sha256)).exists()  # nothing beside a file any more
    close_database()
    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "workshop-pc"))
    open_server(moved_db)
    rows = receipt_photos(card.receipt_id)
    assert [(r.sha256, r.present) for r in rows] == [(kept.sha256, True), (lost.sha256, False), (added.sha256, True)]
    assert rows[0].path.read_bytes() == jpeg and rows[0].path.is_relative_to(tmp_path / "workshop-pc")
    assert files.is_sound(rows[2].path, added.sha256)
    close_database()

    dump = backup_server(moved_db, tmp_path / "dumps")
    restore_server(dump, restored_db)
    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "new-pc"))
    open_server(restored_db)
    assert PhotoBlob.select().count() == 2 and Photo.select().count() == 3
    assert [r.present for r in receipt_photos(card.receipt_id)] == [True, False, True]
    close_database()


def test_a_picture_over_the_stored_bound_is_refused_before_anything_is_written(shop, data_dir, monkeypatch):
    from aftersales_desktop.core.errors import ValidationError

    card = card_in_shop(shop)
    monkeypatch.setattr(files, "MAX_STORED_BYTES", 1000)
    with pytest.raises(ValidationError) as err:
        attach_photo(shop.clerk, card.receipt_id, picture())
    assert "4 MB" in str(err.value.message)
    assert Photo.select().count() == 0 and not list((data_dir / "photos").glob("*.jpg"))


def test_a_pc_given_its_own_folder_keeps_the_servers_pictures_there(shop, data_dir, two_empty_server_dbs, tmp_path,
                                                                     monkeypatch):
    """`--data-dir` beside `--database`: the photo cache goes to that folder, not the PC's default one."""
    import argparse

    from aftersales_desktop.cli.common import open_shop

    moved_db = two_empty_server_dbs[0]
    card = card_in_shop(shop)
    kept = attach_photo(shop.clerk, card.receipt_id, picture())
    close_database()
    move_to_server(data_dir / "aftersales.sqlite3", moved_db)
    monkeypatch.setenv("AFTERSALES_DATA_DIR", str(tmp_path / "default-of-this-pc"))
    open_shop(argparse.Namespace(data_dir=str(tmp_path / "given"), database=moved_db.url(), lang=None))
    shown = receipt_photos(card.receipt_id)
    assert [r.sha256 for r in shown] == [kept.sha256] and shown[0].present
    assert shown[0].path.is_relative_to(tmp_path / "given" / files.CACHE_FOLDER)
    assert not (tmp_path / "default-of-this-pc" / files.CACHE_FOLDER).exists()
    close_database()
