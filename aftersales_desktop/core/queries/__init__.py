"""Reads: plain rows and dataclasses, filtered, sorted and paged in SQL (never Qt)."""
