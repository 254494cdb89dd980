"""The run screen: what people read from the mat (``screen``) and its voice rendered ahead of
time (``voice``)."""
