"""Built-in prompt templates: one folder per template (data, not code)."""
