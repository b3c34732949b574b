"""The sentence-level reading: attributions, certainty, quantities, times and entities for each article."""
