"""PDF (reportlab) and Excel (openpyxl) renderers working from DTOs; no Qt."""
