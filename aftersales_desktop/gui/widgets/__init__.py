"""Small widgets shared by every area (the lazy paged table, remembered column widths, …)."""
