"""PDF output with reportlab."""
