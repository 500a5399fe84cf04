"""The bill of a call or a repair card on screen: its lines, discounts and approvals (shared by calls and repairs)."""
