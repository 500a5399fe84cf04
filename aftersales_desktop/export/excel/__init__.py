"""The accountant's monthly workbook (openpyxl, write-only, streamed): one small module per sheet."""
