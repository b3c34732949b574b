"""Claims: claim mentions in each article, matched across articles and outlets."""
