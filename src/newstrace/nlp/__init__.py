"""The annotation stage: what each article says, sentence by sentence (attributions, times, entities, quantities,
relations, event words)."""

# Bump when a rule changes what annotations hold: stored annotations of another version are made again.
VERSION = 206
