"""Repairs in the shop: the page, the card, goods in and the daily reports."""
