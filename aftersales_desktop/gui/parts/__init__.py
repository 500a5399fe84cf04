"""The parts cabinet's screens: stock, work-order parts, claim orders, tools and loans, stocktake."""
