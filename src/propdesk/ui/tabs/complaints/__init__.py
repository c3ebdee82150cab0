"""The complaints tab: complaints, the inquiry and suggestion log, and the analysis."""
