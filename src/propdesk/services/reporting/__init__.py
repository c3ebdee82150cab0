"""Above the business modules: service targets, the dashboard, the monthly report, record
sheets and exports.
"""
