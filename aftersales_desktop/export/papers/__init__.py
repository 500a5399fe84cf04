"""Builders of printed papers: each module turns records into an export.paper.Paper."""
