"""Stories: every outlet's article about one event, found in batch or as a stream."""
