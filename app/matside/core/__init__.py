"""The routine and everything decided from it: plain Python, no Qt and no files."""
