"""Child processes that run the app and record what happened, as JSON, for the parent to judge.

Each is started as ``python -m bench.probes.NAME ... --out FILE``. Nothing here is imported by
the measuring side.
"""
