"""Provenance: primary sources, echoes, conflicts, credibility, timeline and actor graph of a story's claims."""
