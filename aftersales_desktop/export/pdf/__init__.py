"""PDF output with reportlab."""

from aftersales_desktop.export.pdf.paragraph_import import import_paragraph

# before render.py imports platypus: reportlab's URL pattern is compiled only if it is ever used (see the module)
import_paragraph()
