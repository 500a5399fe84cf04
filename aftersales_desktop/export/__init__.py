"""Output for people outside the app: printed papers (PDF) and the accountant's workbook (Excel). No Qt."""
