"""Reports: the monthly workbook for the accountant."""
