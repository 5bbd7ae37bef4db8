"""Many submissions at once: discover, grade in parallel (cached), compare, summarize."""
