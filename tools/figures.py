"""Draw Matside's exercise illustrations from pose data.

Every picture in ``resources/images`` is drawn by this script from the joint angles in
``tools/poses.json``; nothing is traced or copied. Re-run it after changing a pose or adding
one, and every figure comes out in the same style and proportions.

The figure model
----------------
A jointed stick figure in the "pictogram" style: a rounded torso, a circular head, and limbs
as thick round-capped strokes (upper arm, forearm, thigh, shin, foot), all in one set of
proportions. Joint angles place the joints by forward kinematics in three dimensions (so a
diagonal step or a turned-out thigh needs no special drawing), and an orthographic camera
flattens them into the 2-D picture: from the side, the front, above, or anywhere between.
The figure is dropped so its lowest point (or the ``ground`` joint) rests on the floor, and
every position of one exercise shares one framing, so flipping between positions the figure
does not jump. The working limbs are drawn in the accent colour; the other limbs are light
neutral, a shade dimmer on the far side; a faint arrow may show the path of the movement, and a
faint ghost a part as it is in the other position. A one-sided move is drawn for the LEFT side
(the run screen mirrors it for the right side), so the accent is only ever on the left limbs
(or the pelvis), or on both sides for a move done with both.

Body axes: x points to the person's LEFT, y up, z forward (where the chest faces). All
angles are degrees.

Pose data (``tools/poses.json``)
--------------------------------
``{"figures": {SLUG: POSE, ...}}``. The image ``SLUG.svg`` is drawn from ``POSE``. Images
named ``NAME-1``, ``NAME-2``, ... are the positions of one exercise. A pose may say
``"base": OTHER_SLUG`` to start from another pose and override only some values (nested
objects are merged key by key; an ``arrow`` is never inherited). Slugs starting with ``_``
are shared starting points and are not drawn themselves. Keys, all optional:

``view``
    Where the camera stands: ``"front"``, ``"back"``, ``"left"`` (sees the person's left
    side), ``"right"``, ``"top"`` (straight down), or a number: the camera's yaw round the
    person (0 front, 90 left, -90 right).
``elevation``
    Camera height angle; 0 is level, 90 looks straight down.
``zoom``
    Draw this exercise larger than the standard scale (for figures lying far from the camera).
``floor``
    ``"line"`` (default), ``"mat"`` (a mat on the floor, for views from above) or ``"none"``.
``body``
    ``pitch`` (tips the whole body forward; -90 lies on the back), ``roll`` (positive
    rolls onto the left side) and ``yaw`` (turns towards the left).
``pelvis``
    ``yaw`` (turns the pelvis and legs to the left), ``tilt`` (anterior tilt: the top of
    the pelvis forward) and ``hike`` (lifts the left side of the pelvis).
``torso``
    ``lean`` (forward), ``bend`` (sideways to the left), ``twist`` (chest turned left) and
    ``neck`` (head nodded forward), all relative to the pelvis.
``l_leg`` / ``r_leg``
    ``hip`` (flexion; the knee forward), ``abd`` (abduction; out to the side), ``rot``
    (internal rotation; the knee and toes turn in), ``knee`` (flexion) and ``ankle``
    (plantar flexion: the toes down), or ``"flat"`` to lay the foot level on the floor.
``l_arm`` / ``r_arm``
    ``flex`` (shoulder flexion; 180 is overhead to the front), ``abd`` (abduction; 180 is
    overhead to the side), ``rot`` (external rotation) and ``elbow`` (flexion).
``side``
    Required for every drawn pose: the side the picture shows working, ``"left"`` or
    ``"both"``. Matside's pictures are drawn for the LEFT side (the first side of a move done
    on each side) and the run screen shows them mirrored for the right side, so a one-sided
    move is always posed with the person's left limbs working; ``"right"`` is refused here
    (it is what :func:`mirror_pose` makes of ``"left"``). Where an arm and the opposite leg
    move, the side named is the leg's: the leg is the working limb and the arm is not amber.
``highlight``
    Which limbs work and are drawn in the accent colour: any of ``l_leg``, ``r_leg``,
    ``l_arm``, ``r_arm`` and ``pelvis`` (a band across the pelvis, for pelvis drills). The
    accent means the working side, so with ``"side": "left"`` only ``l_leg``, ``l_arm`` and
    ``pelvis`` may be named; the check refuses anything else.
``ground``
    The joint whose outline rests on the floor (default: whatever is lowest).
``anchor``
    The joint kept in one place across the positions of an exercise (default ``pelvis``),
    e.g. ``l_ankle`` for the standing foot of a step back.
``arrow``
    A list of ``{"joint": NAME, "bend": 0.3}``: a faint curved arrow from where ``NAME`` was
    in the previous position to where it is now; ``bend`` bows the curve (its sign picks the
    side). ``"from"`` names another earlier position to start from. Paths shorter than
    100 pixels get no arrow (and a warning). An arrow is in the accent colour when it follows
    a highlighted limb, neutral otherwise.
``ghost``
    A list of parts (``l_leg``, ``r_arm``, ``torso``, ``head``, ``pelvis`` for the pelvis
    band...) drawn faintly as they are
    in the exercise's other positions, under the figure: where a change is small, the ghost
    shows it from across the room. Never inherited.
``props``
    A list of ``{"type": "ball", "at": JOINT, "r": 0.035}`` (a ball under a foot),
    ``{"type": "wall", "u": 0.4}`` (a wall at that horizontal distance from the anchor, in
    statures) or ``{"type": "cushion", "at": JOINT}`` (a pad on the floor under a joint; or
    ``"u"`` as for a wall, to keep it in one place across positions).

Usage::

    python tools/figures.py            # write every SVG into resources/images/
    python tools/figures.py --sheet    # ... and docs/contact-sheet.png
    python tools/figures.py --check    # fail if an image is stale or a routine's is missing
    python tools/figures.py --only clamshell --heights   # one exercise; print floor contacts

Every image that a routine in ``routines/`` names as ``resource:images/SLUG.svg`` needs a
pose here; the script warns about (and ``--check`` fails on) any that has none.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
POSES_FILE = ROOT / "tools" / "poses.json"
IMAGES_DIR = ROOT / "resources" / "images"
ROUTINES_DIR = ROOT / "routines"
SHEET_FILE = ROOT / "docs" / "contact-sheet.png"

# --------------------------------------------------------------------------------------------
# Style

WIDTH, HEIGHT = 800, 600
SCALE = 425.0  # pixels per stature (standing height, head to heel)
MARGIN = 24.0  # least space kept free round the figure, in pixels
FLOOR_LOWEST = HEIGHT - 40.0  # the floor line never sits lower than this

BACKGROUND = "#151A21"
ACCENT = "#FFB020"  # the working limbs
NEUTRAL = "#E8EDF2"  # the head, torso and the limbs nearer the camera
NEUTRAL_FAR = "#A7B2BF"  # non-working limbs on the far side, a step back in depth
FLOOR_COLOUR = "#3B4756"
PROP_COLOUR = "#5C6B7D"  # walls and cushions
BALL_COLOUR = "#6EC6FF"  # a ball under the foot: not the accent, so it is not read as a limb
ARROW_OPACITY = 0.55
GHOST_OPACITY = 0.3

# --------------------------------------------------------------------------------------------
# Proportions, in statures

HEAD_R = 0.074
NECK = 0.05  # from the top of the torso to the bottom of the head
TORSO = 0.285  # hip joints to the shoulder line
HIP_HALF = 0.05  # half the distance between the hip joints
SHOULDER_HALF = 0.07  # half the width of the torso's shoulder line
ARM_ROOT = 0.125  # half the distance between the shoulder joints
THIGH = 0.245
SHIN = 0.245
FOOT = 0.095  # ankle to toe
HEEL = 0.025  # ankle to heel, along the foot
UPPER_ARM = 0.17
FOREARM = 0.175  # elbow to the middle of the hand

TORSO_W = 0.10  # stroke widths
WAIST_DEPTH = 0.03  # half the torso's depth, front to back, at the waist
CHEST_DEPTH = 0.042  # ... and at the chest
THIGH_W = 0.086
SHIN_W = 0.068
FOOT_W = 0.062
UPPER_ARM_W = 0.068
FOREARM_W = 0.06
HALO = 0.018  # background-coloured rim that keeps overlapping parts apart

WALL_HEIGHT = 1.1  # statures
MAT_MARGIN = 0.12  # statures of mat round the figure
BAND_HALF_DEPTH = 0.1  # the pelvis band reaches this far in front of and behind the hips
BAND_WIDTH = 0.06  # the pelvis band's thickness

VIEWS = {"front": 0.0, "left": 90.0, "back": 180.0, "right": -90.0}

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows


# --------------------------------------------------------------------------------------------
# Vector maths


def add(a: Vec, b: Vec) -> Vec:
    """a + b."""
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    """a - b."""
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a: Vec, k: float) -> Vec:
    """a scaled by k."""
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    """The dot product."""
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    """The cross product."""
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def norm(a: Vec) -> Vec:
    """a scaled to length 1 (the zero vector stays as it is)."""
    length = math.sqrt(dot(a, a))
    return a if length < 1e-12 else mul(a, 1.0 / length)


def mat_vec(m: Mat, v: Vec) -> Vec:
    """m · v."""
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def mat_mul(a: Mat, b: Mat) -> Mat:
    """a · b."""
    cols = ((b[0][0], b[1][0], b[2][0]), (b[0][1], b[1][1], b[2][1]), (b[0][2], b[1][2], b[2][2]))
    return (
        (dot(a[0], cols[0]), dot(a[0], cols[1]), dot(a[0], cols[2])),
        (dot(a[1], cols[0]), dot(a[1], cols[1]), dot(a[1], cols[2])),
        (dot(a[2], cols[0]), dot(a[2], cols[1]), dot(a[2], cols[2])),
    )


def chain(*ms: Mat) -> Mat:
    """The product of the matrices, left to right."""
    out = IDENTITY
    for m in ms:
        out = mat_mul(out, m)
    return out


IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def rot(axis: str, degrees: float) -> Mat:
    """A right-handed rotation about the x, y or z axis."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    if axis == "x":
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == "y":
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


DOWN: Vec = (0.0, -1.0, 0.0)
UP: Vec = (0.0, 1.0, 0.0)
FORWARD: Vec = (0.0, 0.0, 1.0)


# --------------------------------------------------------------------------------------------
# Pose data


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` laid on ``base``: nested objects merged key by key, anything else replaced."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def resolve(
    figures: dict[str, dict[str, Any]], slug: str, seen: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The pose for ``slug`` with its ``base`` chain merged in."""
    if slug in seen:
        raise ValueError(f"poses: 'base' loops back on itself at {slug!r}")
    if slug not in figures:
        raise ValueError(f"poses: no figure {slug!r}")
    pose = figures[slug]
    if "base" not in pose:
        return dict(pose)
    below = resolve(figures, pose["base"], (*seen, slug))
    # An arrow shows how one position was reached from the one before: it is not inherited.
    below.pop("arrow", None)
    below.pop("ghost", None)
    return merge(below, {k: v for k, v in pose.items() if k != "base"})


POSE_KEYS = {
    "base", "view", "elevation", "zoom", "floor", "body", "pelvis", "torso", "highlight",
    "ground", "anchor", "arrow", "props", "l_leg", "r_leg", "l_arm", "r_arm", "side", "ghost",
}  # fmt: skip
PART_KEYS = {
    "body": {"pitch", "roll", "yaw"},
    "pelvis": {"yaw", "tilt", "hike"},
    "torso": {"lean", "bend", "twist", "neck"},
    "l_leg": {"hip", "abd", "rot", "knee", "ankle"},
    "r_leg": {"hip", "abd", "rot", "knee", "ankle"},
    "l_arm": {"flex", "abd", "rot", "elbow"},
    "r_arm": {"flex", "abd", "rot", "elbow"},
}
HIGHLIGHTS = {"l_leg", "r_leg", "l_arm", "r_arm", "pelvis"}
WORKING = {
    "left": {"l_leg", "l_arm", "pelvis"},
    "right": {"r_leg", "r_arm", "pelvis"},
    "both": HIGHLIGHTS,
}
"""The parts that may be drawn in the accent colour, by the side a picture shows working."""
DRAWN_SIDES = {"left", "both"}
"""The sides the bundled pictures are drawn for (the right side is shown mirrored)."""
GHOST_PARTS = {"l_leg", "r_leg", "l_arm", "r_arm", "torso", "head", "pelvis"}


def check_figures(figures: dict[str, dict[str, Any]]) -> None:
    """Reject misspelt keys, so that a typo cannot silently leave a joint at zero."""
    for slug, pose in figures.items():
        if not isinstance(pose, dict):
            raise ValueError(f"poses: {slug} must be an object")
        for key in set(pose) - POSE_KEYS:
            raise ValueError(f"poses: {slug}: unknown key {key!r}")
        for part, allowed in PART_KEYS.items():
            for key in set(pose.get(part, {})) - allowed:
                raise ValueError(f"poses: {slug}: unknown key {part}.{key}")
        for name in set(pose.get("highlight", [])) - HIGHLIGHTS:
            raise ValueError(f"poses: {slug}: cannot highlight {name!r}")
        for name in set(pose.get("ghost", [])) - GHOST_PARTS:
            raise ValueError(f"poses: {slug}: no part {name!r} to draw as a ghost")
        if "base" in pose and pose["base"] not in figures:
            raise ValueError(f"poses: {slug}: no base pose {pose['base']!r}")
    for slug in figures:
        if not slug.startswith("_"):
            check_working_side(slug, resolve(figures, slug))


def check_working_side(slug: str, pose: dict[str, Any]) -> None:
    """The accent means the working side: refuse a pose that names no side, is drawn for the
    right side, or highlights a limb that is not the side's."""
    side = pose.get("side")
    if side not in DRAWN_SIDES:
        raise ValueError(
            f"poses: {slug}: 'side' must be one of {sorted(DRAWN_SIDES)} (pictures are drawn "
            f"for the left side and shown mirrored for the right), got {side!r}"
        )
    for name in set(pose.get("highlight", [])) - WORKING[side]:
        raise ValueError(f"poses: {slug}: {name} is not on the working side ({side})")


def working_parts(pose: dict[str, Any]) -> set[str]:
    """The parts drawn in the accent colour: the highlighted ones, if on the working side."""
    return set(pose.get("highlight", [])) & WORKING[pose.get("side", "both")]


def limb_of(joint: str) -> str:
    """The part a joint belongs to: ``l_hand`` -> ``l_arm``, ``r_toe`` -> ``r_leg``; the
    joint's own name for the rest (``head``, ``pelvis``)."""
    side, _, kind = joint.partition("_")
    if side in ("l", "r") and kind in ("shoulder", "elbow", "hand"):
        return f"{side}_arm"
    if side in ("l", "r") and kind in ("hip", "knee", "ankle", "heel", "toe", "foot"):
        return f"{side}_leg"
    return joint


def _swap_side(name: str) -> str:
    """``l_knee`` <-> ``r_knee``; names of no side stay as they are."""
    if name.startswith("l_"):
        return "r_" + name[2:]
    if name.startswith("r_"):
        return "l_" + name[2:]
    return name


MIRRORED_ANGLES = {"body": {"yaw", "roll"}, "pelvis": {"yaw", "hike"}, "torso": {"bend", "twist"}}
"""The angles that change sign in a mirror image (the rest are the same, side for side)."""


def mirror_pose(pose: dict[str, Any]) -> dict[str, Any]:
    """The mirror image of a resolved pose: the same move done on the other side, seen by a
    mirrored camera. Its picture is the horizontal mirror of ``pose``'s (which is what the
    run screen shows for the right side); the tests hold the two to each other."""
    out: dict[str, Any] = {}
    for key, value in pose.items():
        if key in ("l_leg", "r_leg", "l_arm", "r_arm"):
            out[_swap_side(key)] = dict(value)
        elif key in MIRRORED_ANGLES:
            out[key] = {k: -v if k in MIRRORED_ANGLES[key] and v else v for k, v in value.items()}
        elif key == "view":
            swapped = {"left": "right", "right": "left"}
            out[key] = swapped.get(value, value) if isinstance(value, str) else -value or 0
        elif key in ("highlight", "ghost"):
            out[key] = [_swap_side(n) for n in value]
        elif key in ("ground", "anchor"):
            out[key] = _swap_side(value)
        elif key == "side":
            out[key] = {"left": "right", "right": "left"}.get(value, value)
        elif key == "arrow":
            out[key] = [
                {**a, "joint": _swap_side(a["joint"]), "bend": -float(a.get("bend", 0.3))}
                for a in value
            ]
        elif key == "props":
            out[key] = [_mirror_prop(prop) for prop in value]
        else:
            out[key] = value
    return out


def _mirror_prop(prop: dict[str, Any]) -> dict[str, Any]:
    out = dict(prop)
    if "at" in out:
        out["at"] = _swap_side(out["at"])
    if "u" in out:
        out["u"] = -float(out["u"])
    return out


def angle(part: dict[str, Any], key: str) -> float:
    """A joint angle from a pose part, 0 when not given."""
    value = part.get(key, 0.0)
    if not isinstance(value, int | float):
        raise ValueError(f"poses: {key} must be a number of degrees, got {value!r}")
    return float(value)


# --------------------------------------------------------------------------------------------
# The figure in three dimensions


@dataclass
class Skeleton:
    """Joint positions (statures, body standing on the floor at y = 0) and frames."""

    joints: dict[str, Vec]
    pelvis_frame: Mat


def skeleton(pose: dict[str, Any]) -> Skeleton:
    """Place every joint of ``pose`` by forward kinematics, pelvis at the origin."""
    body = pose.get("body", {})
    pelvis = pose.get("pelvis", {})
    torso = pose.get("torso", {})
    world = chain(
        rot("y", angle(body, "yaw")),
        rot("z", -angle(body, "roll")),
        rot("x", angle(body, "pitch")),
    )
    r_pelvis = chain(
        world,
        rot("y", angle(pelvis, "yaw")),
        rot("z", angle(pelvis, "hike")),
        rot("x", angle(pelvis, "tilt")),
    )
    r_torso = chain(
        r_pelvis,
        rot("x", -angle(pelvis, "tilt")),  # the trunk keeps its line when only the pelvis tips
        rot("y", angle(torso, "twist")),
        rot("z", -angle(torso, "bend")),
        rot("x", angle(torso, "lean")),
    )
    joints: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    neck = mat_vec(r_torso, (0.0, TORSO, 0.0))
    joints["neck"] = neck
    r_head = chain(r_torso, rot("x", angle(torso, "neck")))
    joints["head"] = add(neck, mat_vec(r_head, (0.0, NECK + HEAD_R, 0.0)))
    for side, sign in (("l", 1.0), ("r", -1.0)):
        joints[f"{side}_hip"] = mat_vec(r_pelvis, (sign * HIP_HALF, 0.0, 0.0))
        for end, depth in (("f", 1.0), ("b", -1.0)):
            waist = (sign * HIP_HALF, 0.0, depth * WAIST_DEPTH)
            chest = (sign * SHOULDER_HALF, -0.03, depth * CHEST_DEPTH)
            joints[f"{side}_waist_{end}"] = mat_vec(r_torso, waist)
            joints[f"{side}_chest_{end}"] = add(neck, mat_vec(r_torso, chest))
        _leg(joints, side, sign, r_pelvis, pose.get(f"{side}_leg", {}))
        shoulder = add(neck, mat_vec(r_torso, (sign * ARM_ROOT, -0.025, 0.0)))
        _arm(joints, side, sign, r_torso, shoulder, pose.get(f"{side}_arm", {}))
    return Skeleton(joints, r_pelvis)


def _leg(joints: dict[str, Vec], side: str, sign: float, frame: Mat, leg: dict[str, Any]) -> None:
    """Add hip, knee, ankle, heel and toe of one leg."""
    hip = joints[f"{side}_hip"]
    r_thigh = chain(
        frame,
        rot("x", -angle(leg, "hip")),
        rot("z", sign * angle(leg, "abd")),
        rot("y", -sign * angle(leg, "rot")),
    )
    knee = add(hip, mat_vec(r_thigh, (0.0, -THIGH, 0.0)))
    r_shin = chain(r_thigh, rot("x", angle(leg, "knee")))
    ankle = add(knee, mat_vec(r_shin, (0.0, -SHIN, 0.0)))
    ankle_spec = leg.get("ankle", 0.0)
    if ankle_spec == "flat":
        ahead = mat_vec(r_shin, FORWARD)
        level = (ahead[0], 0.0, ahead[2])
        toward = norm(level) if dot(level, level) > 1e-6 else ahead
    else:
        toward = mat_vec(chain(r_shin, rot("x", angle(leg, "ankle"))), FORWARD)
    joints[f"{side}_knee"] = knee
    joints[f"{side}_ankle"] = ankle
    joints[f"{side}_heel"] = sub(ankle, mul(toward, HEEL))
    joints[f"{side}_toe"] = add(ankle, mul(toward, FOOT))
    joints[f"{side}_foot"] = add(ankle, mul(toward, FOOT * 0.45))


def _arm(
    joints: dict[str, Vec], side: str, sign: float, frame: Mat, root: Vec, arm: dict[str, Any]
) -> None:
    """Add shoulder, elbow and hand of one arm."""
    r_upper = chain(
        frame,
        rot("x", -angle(arm, "flex")),
        rot("z", sign * angle(arm, "abd")),
        rot("y", sign * angle(arm, "rot")),
    )
    elbow = add(root, mat_vec(r_upper, (0.0, -UPPER_ARM, 0.0)))
    r_fore = chain(r_upper, rot("x", -angle(arm, "elbow")))
    joints[f"{side}_shoulder"] = root
    joints[f"{side}_elbow"] = elbow
    joints[f"{side}_hand"] = add(elbow, mat_vec(r_fore, (0.0, -FOREARM, 0.0)))


# --------------------------------------------------------------------------------------------
# Drawable parts


@dataclass
class Stroke:
    """One round-capped segment between two joints."""

    a: str
    b: str
    width: float


@dataclass
class Part:
    """Something drawn in one colour as one piece: a limb, the torso, the head."""

    name: str
    strokes: list[Stroke] = field(default_factory=list)
    polygon: list[str] = field(default_factory=list)  # the hull filled, stroked with ``width``
    width: float = 0.0
    circle: tuple[str, float] | None = None  # centre joint, radius


def body_parts() -> list[Part]:
    """The figure's parts, each with the joints it is drawn between."""
    parts = [
        Part(
            "torso",
            polygon=[f"{s}_{at}_{end}" for s in "lr" for at in ("waist", "chest") for end in "fb"],
            width=TORSO_W,
        ),
        Part("head", circle=("head", HEAD_R)),
    ]
    for side in ("l", "r"):
        parts.append(
            Part(
                f"{side}_leg",
                strokes=[
                    Stroke(f"{side}_hip", f"{side}_knee", THIGH_W),
                    Stroke(f"{side}_knee", f"{side}_ankle", SHIN_W),
                    Stroke(f"{side}_heel", f"{side}_toe", FOOT_W),
                ],
            )
        )
        parts.append(
            Part(
                f"{side}_arm",
                strokes=[
                    Stroke(f"{side}_shoulder", f"{side}_elbow", UPPER_ARM_W),
                    Stroke(f"{side}_elbow", f"{side}_hand", FOREARM_W),
                ],
            )
        )
    return parts


def part_joints(part: Part) -> list[str]:
    """Every joint a part is drawn through."""
    names = [*part.polygon]
    for s in part.strokes:
        names += [s.a, s.b]
    if part.circle:
        names.append(part.circle[0])
    return names


def lowest(joints: dict[str, Vec], parts: Sequence[Part], props: Sequence[dict[str, Any]]) -> float:
    """The height of the lowest drawn edge of the figure and its props."""
    low = math.inf
    for part in parts:
        if part.circle:
            low = min(low, joints[part.circle[0]][1] - part.circle[1])
        for s in part.strokes:
            low = min(low, joints[s.a][1] - s.width / 2, joints[s.b][1] - s.width / 2)
        for name in part.polygon:
            low = min(low, joints[name][1] - part.width / 2)
    for prop in props:
        if prop.get("type") == "ball":
            low = min(low, ball_centre(joints, prop)[1] - float(prop.get("r", 0.035)))
    return low


def edge_radius(joint: str) -> float:
    """How far a joint's drawn outline reaches below the joint itself."""
    kind = joint.split("_")[-1]
    sizes = {"head": HEAD_R, "hand": FOREARM_W / 2, "elbow": FOREARM_W / 2, "knee": THIGH_W / 2}
    sizes |= {"heel": FOOT_W / 2, "toe": FOOT_W / 2, "foot": FOOT_W / 2, "ankle": FOOT_W / 2}
    return sizes.get(kind, 0.0)


def floor_level(joints: dict[str, Vec], parts: Sequence[Part], pose: dict[str, Any]) -> float:
    """The height of the floor under the posed figure: its lowest point, or ``ground``'s edge."""
    if "ground" in pose:
        name = pose["ground"]
        return joints[name][1] - edge_radius(name)
    return lowest(joints, parts, pose.get("props", []))


def ball_centre(joints: dict[str, Vec], prop: dict[str, Any]) -> Vec:
    """Where a ball prop sits: just under the joint it is placed at."""
    r = float(prop.get("r", 0.035))
    at = joints[prop.get("at", "r_foot")]
    return (at[0], at[1] - FOOT_W / 2 - r, at[2])


# --------------------------------------------------------------------------------------------
# Camera


@dataclass
class Camera:
    """An orthographic camera: image right ``u``, image up ``w``, towards the viewer ``v``."""

    u: Vec
    w: Vec
    v: Vec

    @classmethod
    def looking(cls, view: str | float, elevation: float) -> Camera:
        """The camera for a named view or yaw, raised by ``elevation`` degrees."""
        if view == "top":
            return cls(u=(1.0, 0.0, 0.0), w=(0.0, 0.0, -1.0), v=UP)
        yaw = VIEWS[view] if isinstance(view, str) else float(view)
        v = mat_vec(chain(rot("y", yaw), rot("x", -elevation)), FORWARD)
        u = mat_vec(rot("y", yaw), (1.0, 0.0, 0.0))
        return cls(u=u, w=cross(v, u), v=v)

    def project(self, p: Vec) -> tuple[float, float, float]:
        """(right, up, towards the viewer) of a world point."""
        return (dot(p, self.u), dot(p, self.w), dot(p, self.v))


# --------------------------------------------------------------------------------------------
# One exercise: its positions laid out in one frame


@dataclass
class Placed:
    """A position ready to draw: pose data, joints in pixels, depths, props."""

    slug: str
    pose: dict[str, Any]
    px: dict[str, tuple[float, float]]
    depth: dict[str, float]
    world: dict[str, Vec]
    floor_y: float
    anchor_x: float
    camera: Camera
    footprint: tuple[float, float, float, float]  # x0, x1, z0, z1 of all positions, in world
    scale: float  # pixels per stature


def group_of(slug: str) -> str:
    """The exercise a slug belongs to: ``name-2`` belongs to ``name``."""
    return re.sub(r"-\d+$", "", slug)


def position_of(slug: str) -> int:
    """The position number of a slug (1 when it has none)."""
    m = re.search(r"-(\d+)$", slug)
    return int(m.group(1)) if m else 1


def layout(
    figures: dict[str, dict[str, Any]], slugs: Sequence[str], mirrored: bool = False
) -> list[Placed]:
    """Pose, ground, project and frame the positions of one exercise together (``mirrored``:
    each pose's mirror image, the move on the other side)."""
    parts = body_parts()
    staged = []
    for slug in slugs:
        pose = resolve(figures, slug)
        if mirrored:
            pose = mirror_pose(pose)
        skel = skeleton(pose)
        props = pose.get("props", [])
        drop = floor_level(skel.joints, parts, pose)
        world = {k: (p[0], p[1] - drop, p[2]) for k, p in skel.joints.items()}
        for i, prop in enumerate(props):
            if prop.get("type") == "ball":
                world[f"prop{i}"] = ball_centre(world, prop)
        camera = Camera.looking(pose.get("view", "left"), float(pose.get("elevation", 0.0)))
        flat = {k: camera.project(p) for k, p in world.items()}
        anchor = flat[pose.get("anchor", "pelvis")]
        shifted = {k: (p[0] - anchor[0], p[1], p[2]) for k, p in flat.items()}
        staged.append((slug, pose, shifted, world))

    # The union of every position's extent fixes one frame for the whole exercise.
    lo_u, hi_u, lo_w, hi_w = math.inf, -math.inf, math.inf, -math.inf
    for _slug, pose, flat, _world in staged:
        for a, b, c, d in extents(flat, parts, pose):
            lo_u, hi_u = min(lo_u, a), max(hi_u, b)
            lo_w, hi_w = min(lo_w, c), max(hi_w, d)
    xs = [q[0] for _s, _p, _f, world in staged for q in world.values()]
    zs = [q[2] for _s, _p, _f, world in staged for q in world.values()]
    footprint = (min(xs), max(xs), min(zs), max(zs))
    mid_u = (lo_u + hi_u) / 2
    scale = SCALE * max(float(pose.get("zoom", 1.0)) for _s, pose, _f, _w in staged)
    span_w = (hi_w - lo_w) * scale
    if all(pose.get("floor", "line") == "line" for _s, pose, _f, _w in staged):
        # Centre the figure and its floor line, but keep tall figures off the bottom edge.
        base_y = min(FLOOR_LOWEST, HEIGHT / 2 + span_w / 2 + 10.0) + lo_w * scale
    else:
        base_y = HEIGHT / 2 + (hi_w + lo_w) / 2 * scale
    placed = []
    for slug, pose, flat, world in staged:
        px = {
            k: (WIDTH / 2 + (p[0] - mid_u) * scale, base_y - p[1] * scale) for k, p in flat.items()
        }
        depth = {k: p[2] for k, p in flat.items()}
        camera = Camera.looking(pose.get("view", "left"), float(pose.get("elevation", 0.0)))
        anchor_x = WIDTH / 2 - mid_u * scale
        placed.append(
            Placed(slug, pose, px, depth, world, base_y, anchor_x, camera, footprint, scale)
        )
    for p in placed:
        xs = [x for x, _ in p.px.values()]
        ys = [y for _, y in p.px.values()]
        if min(xs) < MARGIN or max(xs) > WIDTH - MARGIN or min(ys) < MARGIN:
            print(f"warning: {p.slug} runs close to the edge", file=sys.stderr)
    return placed


def extents(
    flat: dict[str, tuple[float, float, float]], parts: Sequence[Part], pose: dict[str, Any]
) -> Iterable[tuple[float, float, float, float]]:
    """Boxes (u0, u1, w0, w1) round every drawn piece, including stroke widths."""
    for part in parts:
        if part.circle:
            c, r = flat[part.circle[0]], part.circle[1]
            yield (c[0] - r, c[0] + r, c[1] - r, c[1] + r)
        for s in part.strokes:
            for name in (s.a, s.b):
                c, r = flat[name], s.width / 2
                yield (c[0] - r, c[0] + r, c[1] - r, c[1] + r)
        for name in part.polygon:
            c, r = flat[name], part.width / 2
            yield (c[0] - r, c[0] + r, c[1] - r, c[1] + r)
    for i, prop in enumerate(pose.get("props", [])):
        if prop.get("type") == "ball":
            c, r = flat[f"prop{i}"], float(prop.get("r", 0.035))
            yield (c[0] - r, c[0] + r, c[1] - r, c[1] + r)
        elif prop.get("type") == "wall":
            u = float(prop["u"])
            yield (u - 0.03, u + 0.03, 0.0, WALL_HEIGHT)


# --------------------------------------------------------------------------------------------
# SVG


def fmt(x: float) -> str:
    """A coordinate with one decimal, and no "-0.0"."""
    text = f"{x:.1f}"
    return "0.0" if text == "-0.0" else text


def limb_colour(pose: dict[str, Any], part: str, depth: float) -> str:
    """The accent for a working part, otherwise neutral (dimmer when on the far side)."""
    if part in working_parts(pose):
        return ACCENT
    if part in ("torso", "head"):
        return NEUTRAL
    return NEUTRAL_FAR if depth < -0.02 else NEUTRAL


def draw_part(p: Placed, part: Part, colour: str, halo_too: bool = True) -> list[str]:
    """SVG elements for one part: its halo (unless ``halo_too`` is false), then the part."""
    out = []
    halo = HALO * p.scale
    if part.circle:
        (cx, cy), r = p.px[part.circle[0]], part.circle[1] * p.scale
        if halo_too:
            out.append(
                f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r + halo)}" fill="{BACKGROUND}"/>'
            )
        out.append(f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" fill="{colour}"/>')
    if part.polygon:
        hull = convex_hull([p.px[n] for n in part.polygon])
        d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in hull) + " Z"
        w = part.width * p.scale
        if halo_too:
            out.append(
                f'<path d="{d}" fill="{BACKGROUND}" stroke="{BACKGROUND}" '
                f'stroke-width="{fmt(w + 2 * halo)}"/>'
            )
        out.append(f'<path d="{d}" fill="{colour}" stroke="{colour}" stroke-width="{fmt(w)}"/>')
    layers = ((BACKGROUND, 2 * halo), (colour, 0.0)) if halo_too else ((colour, 0.0),)
    for layer, extra in layers:
        for s in part.strokes:
            (x1, y1), (x2, y2) = p.px[s.a], p.px[s.b]
            out.append(
                f'<line x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" '
                f'stroke="{layer}" stroke-width="{fmt(s.width * p.scale + extra)}"/>'
            )
    return out


def pelvis_band(p: Placed, camera: Camera, pelvis_frame: Mat) -> list[str]:
    """An accent band across the pelvis, tilting with it: for drills that watch the pelvis."""
    corners = []
    for sx in (-1.0, 1.0):
        for sz in (-1.0, 1.0):
            local = (sx * (HIP_HALF + 0.035), 0.03, sz * BAND_HALF_DEPTH)
            corners.append(mat_vec(pelvis_frame, local))
    pel_px = p.px["pelvis"]
    pts = []
    for c in corners:
        u, w, _ = camera.project(c)
        pts.append((pel_px[0] + u * p.scale, pel_px[1] - w * p.scale))
    hull = convex_hull(pts)
    d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in hull) + " Z"
    w = BAND_WIDTH * p.scale
    return [
        f'<path d="{d}" fill="{BACKGROUND}" stroke="{BACKGROUND}" '
        f'stroke-width="{fmt(w + 2 * HALO * p.scale)}"/>',
        f'<path d="{d}" fill="{ACCENT}" stroke="{ACCENT}" stroke-width="{fmt(w)}"/>',
    ]


def convex_hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull of 2-D points, counter-clockwise (monotone chain)."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def turn(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for q in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], q) <= 0:
            lower.pop()
        lower.append(q)
    upper: list[tuple[float, float]] = []
    for q in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], q) <= 0:
            upper.pop()
        upper.append(q)
    return lower[:-1] + upper[:-1]


def draw_arrow(
    start: tuple[float, float], end: tuple[float, float], bend: float, colour: str = ACCENT
) -> list[str]:
    """A faint curved arrow from ``start`` to ``end``, bowed sideways by ``bend``."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy)
    if length < 100:
        return []  # too short to read as an arrow
    nx, ny = -dy / length, dx / length
    cx, cy = (x0 + x1) / 2 + nx * bend * length, (y0 + y1) / 2 + ny * bend * length

    def along(t: float) -> tuple[float, float]:
        return (
            (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t * t * x1,
            (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t * t * y1,
        )

    # Leave the joints themselves clear: start a little after, stop well before.
    t0, t1 = min(0.2, 30.0 / length), 1 - min(0.3, 48.0 / length)
    tip = along(t1)
    tx = 2 * (1 - t1) * (cx - x0) + 2 * t1 * (x1 - cx)
    ty = 2 * (1 - t1) * (cy - y0) + 2 * t1 * (y1 - cy)
    tl = math.hypot(tx, ty) or 1.0
    tx, ty = tx / tl, ty / tl
    head, half = 26.0, 15.0
    base = (tip[0] - tx * head, tip[1] - ty * head)
    left = (base[0] - ty * half, base[1] + tx * half)
    right = (base[0] + ty * half, base[1] - tx * half)
    # The shaft as a polyline along the curve (every SVG renderer draws that the same way),
    # ending inside the arrowhead.
    steps = 24
    shaft = [along(t0 + (t1 - t0) * i / steps) for i in range(steps + 1)]
    shaft = [q for q in shaft if math.hypot(q[0] - tip[0], q[1] - tip[1]) > head * 0.8]
    shaft.append((base[0] + tx * 4, base[1] + ty * 4))
    d = "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in shaft)
    return [
        f'<g opacity="{ARROW_OPACITY}">',
        f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="9" '
        'stroke-linecap="round" stroke-linejoin="round"/>',
        f'<path d="M{fmt(tip[0])} {fmt(tip[1])} L{fmt(left[0])} {fmt(left[1])} '
        f'L{fmt(right[0])} {fmt(right[1])} Z" fill="{colour}" stroke="{colour}" '
        f'stroke-width="4" stroke-linejoin="round"/>',
        "</g>",
    ]


def draw_props_under(p: Placed) -> list[str]:
    """Props drawn behind the figure: walls and cushions."""
    out = []
    for prop in p.pose.get("props", []):
        kind = prop.get("type")
        if kind == "wall":
            x = p.anchor_x + float(prop["u"]) * p.scale
            top = p.floor_y - WALL_HEIGHT * p.scale
            out.append(
                f'<rect x="{fmt(x - 9)}" y="{fmt(top)}" width="18" height="{fmt(p.floor_y - top)}" '
                f'rx="4" fill="{PROP_COLOUR}"/>'
            )
        elif kind == "cushion":
            x = p.anchor_x + float(prop["u"]) * p.scale if "u" in prop else p.px[prop["at"]][0]
            half = float(prop.get("w", 0.09)) * p.scale
            out.append(
                f'<rect x="{fmt(x - half)}" y="{fmt(p.floor_y - 16)}" width="{fmt(2 * half)}" '
                f'height="20" rx="10" fill="{PROP_COLOUR}"/>'
            )
    return out


def draw_props_over(p: Placed) -> list[str]:
    """Props drawn with the figure: balls."""
    out = []
    for i, prop in enumerate(p.pose.get("props", [])):
        if prop.get("type") == "ball":
            x, y = p.px[f"prop{i}"]
            r = float(prop.get("r", 0.035)) * p.scale
            out.append(
                f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r + HALO * p.scale)}" '
                f'fill="{BACKGROUND}"/>'
            )
            out.append(f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}" fill="{BALL_COLOUR}"/>')
    return out


def draw_floor(p: Placed) -> list[str]:
    """The floor line, or a mat seen from above."""
    kind = p.pose.get("floor", "line")
    if kind == "line":
        y = p.floor_y + 5
        return [
            f'<line x1="60" y1="{fmt(y)}" x2="{WIDTH - 60}" y2="{fmt(y)}" '
            f'stroke="{FLOOR_COLOUR}" stroke-width="8" stroke-linecap="round"/>'
        ]
    if kind == "mat":
        # A rectangle on the floor round the figure's footprint, seen by the camera.
        x0, x1, z0, z1 = p.footprint
        x0, x1, z0, z1 = x0 - MAT_MARGIN, x1 + MAT_MARGIN, z0 - MAT_MARGIN, z1 + MAT_MARGIN
        ref_world, ref_px = p.world["pelvis"], p.px["pelvis"]
        corners = []
        for x, z in ((x0, z0), (x1, z0), (x1, z1), (x0, z1)):
            u, w, _ = p.camera.project(sub((x, -0.01, z), ref_world))
            corners.append(f"{fmt(ref_px[0] + u * p.scale)} {fmt(ref_px[1] - w * p.scale)}")
        return [
            f'<path d="M{" L".join(corners)} Z" fill="#1D2530" stroke="{FLOOR_COLOUR}" '
            f'stroke-width="6" stroke-linejoin="round"/>'
        ]
    return []


def draw_ghost(p: Placed, others: Sequence[Placed], band: bool = False) -> list[str]:
    """The parts ``p`` names in ``ghost``, faint, as they are in the exercise's other
    positions (coloured as they are there): the body's parts (drawn under the figure), or
    with ``band`` the pelvis band (drawn over it, as the band itself is)."""
    names = set(p.pose.get("ghost", []))
    out = []
    for other in others:
        if band and "pelvis" in names and "pelvis" in working_parts(other.pose):
            drawn = pelvis_band(other, other.camera, skeleton(other.pose).pelvis_frame)
            out.append(drawn[-1])  # the band without its halo
        for part in [] if band else body_parts():
            if part.name in names:
                out += draw_part(other, part, limb_colour(other.pose, part.name, 0.0), False)
    return [f'<g opacity="{GHOST_OPACITY}">', *out, "</g>"] if out else []


def render_svg(p: Placed, previous: dict[str, Placed], others: Sequence[Placed] = ()) -> str:
    """The SVG text of one position; ``others`` are the exercise's other positions."""
    pose = p.pose
    camera = Camera.looking(pose.get("view", "left"), float(pose.get("elevation", 0.0)))
    parts = body_parts()
    order = []
    for part in parts:
        names = part_joints(part)
        depth = sum(p.depth[n] for n in names) / len(names)
        # Equal depths: legs under the torso, arms and head over it.
        rank = {"torso": 0.0, "head": 0.001}.get(part.name, -0.001 if "leg" in part.name else 0.002)
        order.append((depth + rank, part.name, part))
    order.sort(key=lambda item: (item[0], item[1]))

    body: list[str] = []
    for depth, name, part in order:
        body += draw_part(p, part, limb_colour(pose, name, depth))
    if "pelvis" in working_parts(pose):
        body += pelvis_band(p, camera, skeleton(pose).pelvis_frame)
    body += draw_ghost(p, others, band=True)

    arrow: list[str] = []
    specs = pose.get("arrow", [])
    for spec in specs if isinstance(specs, list) else [specs]:
        src = previous.get(spec.get("from", ""))
        if src is None:
            raise ValueError(f"{p.slug}: arrow has no earlier position to start from")
        joint = spec["joint"]
        colour = ACCENT if limb_of(joint) in working_parts(pose) else NEUTRAL
        drawn = draw_arrow(src.px[joint], p.px[joint], float(spec.get("bend", 0.3)), colour)
        if not drawn:
            print(f"warning: {p.slug}: {joint} moves too little for an arrow", file=sys.stderr)
        arrow += drawn

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">',
        f"<title>{p.slug}</title>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{BACKGROUND}"/>',
        *draw_floor(p),
        *draw_props_under(p),
        '<g stroke-linecap="round" stroke-linejoin="round">',
        *draw_ghost(p, others),
        *body,
        *draw_props_over(p),
        "</g>",
        *arrow,
        "</svg>",
    ]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Routines, generation, contact sheet


def load_figures(path: Path = POSES_FILE) -> dict[str, dict[str, Any]]:
    """The ``figures`` table of the pose file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    figures = data["figures"]
    if not isinstance(figures, dict):
        raise ValueError(f"{path}: 'figures' must be an object")
    check_figures(figures)
    return figures


def referenced_images(routines_dir: Path = ROUTINES_DIR) -> dict[str, str]:
    """Slug -> exercise name for every ``resource:images/SLUG.svg`` a routine uses."""
    found: dict[str, str] = {}
    for path in sorted(routines_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"warning: skipping {path.name}: {exc}", file=sys.stderr)
            continue
        for exercise in data.get("exercises", []) if isinstance(data, dict) else []:
            for ref in exercise.get("images", []) if isinstance(exercise, dict) else []:
                m = re.fullmatch(r"resource:images/(.+)\.svg", str(ref))
                if m:
                    found.setdefault(m.group(1), str(exercise.get("name", m.group(1))))
    return found


def render_all(figures: dict[str, dict[str, Any]], mirrored: bool = False) -> dict[str, str]:
    """Slug -> SVG text for every figure, exercise by exercise (``mirrored``: drawn from the
    mirror image of every pose, the right side, which is never written out: the tests hold
    it to the mirrored picture the run screen shows)."""
    groups: dict[str, list[str]] = {}
    for slug in sorted(figures):
        if not slug.startswith("_"):
            groups.setdefault(group_of(slug), []).append(slug)
    out: dict[str, str] = {}
    for slugs in groups.values():
        slugs.sort(key=position_of)
        placed = layout(figures, slugs, mirrored)
        for i, p in enumerate(placed):
            prev = {s.slug: s for s in placed[:i]}
            if i:
                prev[""] = placed[i - 1]
            out[p.slug] = render_svg(p, prev, [q for q in placed if q is not p])
    return out


def write_sheet(svgs: dict[str, str], names: dict[str, str], path: Path = SHEET_FILE) -> None:
    """A PNG of every exercise's positions side by side, labelled with the exercise name:
    first as drawn (the left side), then mirrored as the run screen shows the right side."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    groups: dict[str, list[str]] = {}
    for slug in sorted(svgs, key=lambda s: (group_of(s), position_of(s))):
        groups.setdefault(group_of(slug), []).append(slug)
    thumb_w, thumb_h, gap, label_h, cols = 240, 180, 12, 58, 2
    slots = 2 * max(len(v) for v in groups.values())
    block_w = slots * thumb_w + (slots - 1) * gap + 2 * gap
    block_h = label_h + thumb_h
    rows = math.ceil(len(groups) / cols)
    width = cols * block_w + (cols + 1) * 3 * gap
    height = rows * (block_h + 3 * gap) + 3 * gap
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#0C0F13"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont("DejaVu Sans")
    title_font.setPixelSize(22)
    title_font.setBold(True)
    slug_font = QFont("DejaVu Sans")
    slug_font.setPixelSize(14)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    for index, (group, slugs) in enumerate(groups.items()):
        col, row = index % cols, index // cols
        x0 = 3 * gap + col * (block_w + 3 * gap)
        y0 = 3 * gap + row * (block_h + 3 * gap)
        painter.setPen(QColor(NEUTRAL))
        painter.setFont(title_font)
        painter.drawText(QRectF(x0, y0, block_w, 30), left, names.get(slugs[0], group))
        painter.setPen(QColor(NEUTRAL_FAR))
        painter.setFont(slug_font)
        painter.drawText(QRectF(x0, y0 + 30, block_w, 20), left, "left (as drawn) · right")
        for j, slug in enumerate([*slugs, *slugs]):
            renderer = QSvgRenderer(QByteArray(svgs[slug].encode("utf-8")))
            x = x0 + j * (thumb_w + gap) + (2 * gap if j >= len(slugs) else 0)
            target = QRectF(x, y0 + label_h, thumb_w, thumb_h)
            painter.save()
            if j >= len(slugs):  # the right side: mirrored, as the run screen shows it
                painter.translate(2 * target.center().x(), 0)
                painter.scale(-1, 1)
            renderer.render(painter, target)
            painter.restore()
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):  # the format follows the .png suffix
        raise OSError(f"could not write {path}")
    del app


def print_heights(figures: dict[str, dict[str, Any]]) -> None:
    """Heights above the floor (in statures) of the points that ought to touch it, per pose."""
    parts = body_parts()
    names = ["head", "l_hand", "r_hand", "l_elbow", "r_elbow", "l_knee", "r_knee"]
    names += ["l_heel", "l_toe", "r_heel", "r_toe"]
    for slug in sorted(figures):
        if slug.startswith("_"):
            continue
        pose = resolve(figures, slug)
        joints = skeleton(pose).joints
        drop = floor_level(joints, parts, pose)
        cells = [f"{n}={joints[n][1] - drop - edge_radius(n):.3f}" for n in names]
        print(f"{slug:44} " + " ".join(cells))


def with_bases(figures: dict[str, dict[str, Any]], keep: set[str]) -> dict[str, dict[str, Any]]:
    """The figures of the exercises in ``keep``, plus every pose they are based on."""
    out = {k: v for k, v in figures.items() if group_of(k) in keep}
    for slug in list(out):
        base = out[slug].get("base")
        while base and base not in out:
            out[base] = figures[base]
            base = figures[base].get("base")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Write the SVGs (and the contact sheet); report images the routines want but lack."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sheet", action="store_true", help="also write docs/contact-sheet.png")
    parser.add_argument("--check", action="store_true", help="write nothing; fail on stale files")
    parser.add_argument("--only", nargs="+", metavar="EXERCISE", help="draw only these exercises")
    parser.add_argument("--poses", type=Path, default=POSES_FILE, help="the pose file to read")
    parser.add_argument("--out", type=Path, default=IMAGES_DIR, help="where the SVGs go")
    parser.add_argument(
        "--heights", action="store_true", help="print how high hands, knees and feet are"
    )
    args = parser.parse_args(argv)

    figures = load_figures(args.poses)
    if args.only:
        figures = with_bases(figures, set(args.only))
    if args.heights:
        print_heights(figures)
    svgs = render_all(figures)
    if args.only:
        svgs = {k: v for k, v in svgs.items() if group_of(k) in set(args.only)}
    wanted = referenced_images()
    missing = [] if args.only else sorted(set(wanted) - set(svgs))
    problems = [f"no pose for {slug} (used by '{wanted[slug]}')" for slug in missing]

    out: Path = args.out
    if args.check:
        for slug, text in svgs.items():
            target = out / f"{slug}.svg"
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                problems.append(f"{target} is out of date: run python tools/figures.py")
    else:
        out.mkdir(parents=True, exist_ok=True)
        for slug, text in svgs.items():
            target = out / f"{slug}.svg"
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
        print(f"{len(svgs)} images in {out}")
        if args.sheet:
            write_sheet(svgs, wanted)
            print(f"contact sheet: {SHEET_FILE}")
    for problem in problems:
        print(f"{'error' if args.check else 'warning'}: {problem}", file=sys.stderr)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
