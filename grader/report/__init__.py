"""The report: one model, many renderings."""
