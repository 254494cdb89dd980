"""Matside's benchmarks (issue 8): ``bench/run`` measures, prints and writes ``results.json``.

The measuring side (this package's top-level modules) never imports Qt; everything that runs
the app runs in a child process from :mod:`bench.probes`, so each figure starts from a fresh
interpreter. Timings never go into the test suite.
"""
