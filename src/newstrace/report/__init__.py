"""Presenting results: the report JSON (the public contract), Markdown, HTML and the terminal view."""
