"""The main window's dialogs: first-run setup, sign-in, settings, staff, backups, about."""
