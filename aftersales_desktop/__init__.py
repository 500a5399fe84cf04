"""售后服务台 — Aftersales Desktop: the after-sales service counter of a small shop."""

__version__ = "0.1.0"
APP_NAME = "aftersales-desktop"
APP_TITLE_ZH = "售后服务台"
APP_TITLE_EN = "Aftersales Desktop"
ORG_NAME = "AftersalesDesktop"
