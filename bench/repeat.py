"""A session repeated in one window: does resident memory stay flat?

:mod:`bench.probes.repeat` runs the bundled Hip Opening routine ``sessions`` times in one
window and reads ``VmRSS`` after each, and the heap in use (what malloc handed out and did not
have back). The growth per session is the least-squares slope over the sessions after the first
``WARM_UP`` (which fill caches that are meant to stay: fonts, glyphs, the rendered pictures, the
sounds). Both are held to the same limit: the heap in use says whether anything is kept that
should not be (a leak); the resident memory also counts what was freed but stays with the
allocator (fragmentation), which comes in steps of a few hundred kB.
"""

from __future__ import annotations

import time

from bench.common import ROOT, Figure, Scratch, Section, run_probe, slope

ROUTINE = ROOT / "routines" / "hip-opening.json"
WARM_UP = 10
"""Sessions left out of the slope: the first ones fill caches meant to stay."""
KB = 1024
GROWTH_LIMIT_KB = 4.0
"""Flat within noise: at most one 4 kB page per session."""


def measure_repeat(place: Scratch, sessions: int) -> Section:
    section = Section("repeat")
    began = time.monotonic()
    raw = run_probe(
        "bench.probes.repeat",
        [str(ROUTINE), "--sessions", str(sessions)],
        place.env(),
        timeout=60 + sessions * 30,
    )
    rss_kb = [value / KB for value in raw["rss_bytes"]]
    heap_kb = [value / KB for value in raw.get("heap_bytes", []) if value is not None]
    player_kb = [value / KB for value in raw.get("cue_player_rss_bytes", [])]
    skip = min(WARM_UP, max(0, len(rss_kb) - 3))
    growth = slope(list(enumerate(rss_kb))[skip:])
    section.details = {
        "routine": ROUTINE.name,
        "sessions": len(rss_kb),
        "segments": raw["segments"],
        "warm_up_sessions": skip,
        "rss_kb": [round(value) for value in rss_kb],
        "heap_kb": [round(value) for value in heap_kb],
        "cue_player_rss_kb": [round(value) for value in player_kb],
    }
    section.seconds = time.monotonic() - began
    section.figures = [
        Figure(
            "repeat.rss_growth_kb_per_session",
            "Resident memory growth per session, one window",
            round(growth, 2),
            "kB",
            GROWTH_LIMIT_KB,
            note=f"slope over sessions {skip + 1}-{len(rss_kb)} of {ROUTINE.name}; "
            f"{round(rss_kb[0])} kB after the first, {round(rss_kb[-1])} kB after the last",
        )
    ]
    if len(heap_kb) == len(rss_kb):
        section.figures.append(
            Figure(
                "repeat.heap_growth_kb_per_session",
                "Heap in use growth per session, one window",
                round(slope(list(enumerate(heap_kb))[skip:]), 2),
                "kB",
                GROWTH_LIMIT_KB,
                note=f"glibc mallinfo2, slope over sessions {skip + 1}-{len(heap_kb)}; "
                f"{round(heap_kb[0])} kB after the first, {round(heap_kb[-1])} kB after the last",
            )
        )
    if len(player_kb) == len(rss_kb):
        section.figures.append(
            Figure(
                "repeat.cue_player_rss_growth_kb_per_session",
                "The cue process's resident memory growth per session",
                round(slope(list(enumerate(player_kb))[skip:]), 2),
                "kB",
                GROWTH_LIMIT_KB,
                note=f"slope over sessions {skip + 1}-{len(player_kb)}; {round(player_kb[0])} kB "
                f"after the first, {round(player_kb[-1])} kB after the last",
            )
        )
    return section
