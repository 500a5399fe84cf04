"""Slow checks of the PyInstaller bundle (`make test-bundle`); not part of `make test`."""
