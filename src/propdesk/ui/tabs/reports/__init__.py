"""Reports (月度报告): the monthly operations report previewed, printed or saved as a
PDF or the monthly workbook, made on a worker thread with a progress bar."""
