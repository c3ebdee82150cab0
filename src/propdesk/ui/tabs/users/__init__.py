"""Users tab: the accounts of this office (admin manages, manager reads)."""
