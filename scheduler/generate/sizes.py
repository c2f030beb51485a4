"""The three sizes of generated scenario and what each holds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SizeSpec:
    """Counts of one size, and how its demand is shaped.

    ``districts`` is 0 for a single municipality; ``summer_share`` is the share of planned
    stays wished in the summer window. The shares are set per size because the sizes differ in
    requests per bed: they put summer demand at roughly 1.5-2.5 times the summer capacity and
    keep the rest of the year below capacity (M, the densest, comes close to it).
    """

    centres: int
    beds: int
    persons: int
    requests: int
    districts: int
    summer_share: float


SIZES: dict[str, SizeSpec] = {
    # XS: a small municipality's year, small enough for CP-SAT to prove in a second (tests).
    "XS": SizeSpec(centres=2, beds=4, persons=30, requests=80, districts=0, summer_share=0.7),
    "S": SizeSpec(centres=4, beds=12, persons=150, requests=450, districts=0, summer_share=0.7),
    "M": SizeSpec(centres=15, beds=60, persons=1000, requests=4000, districts=0, summer_share=0.62),
    "L": SizeSpec(
        centres=100, beds=400, persons=6000, requests=20000, districts=10, summer_share=0.6
    ),
}
