"""Printable slips (gate passes, receipts, handover sheets): a small document model,
a layout in millimetres, and a reportlab renderer; the Qt painter in
`propdesk.ui.widgets.slip_printing` draws the same layout for the print preview."""
