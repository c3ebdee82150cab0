"""What every module shares: the actor, the audit trail, audited records, numbering, periods,
export, search and text helpers.
"""
