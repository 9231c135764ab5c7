"""The dermatology coding engine: chart facts → billable lines + findings (pure Python)."""
