"""Generated from ui/*.ui by tools/build_forms.py — do not edit."""
