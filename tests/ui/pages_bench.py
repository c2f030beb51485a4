"""How long each page of the app takes to load in a real headless Chromium: the times are recorded,
never judged (no pass or fail on a time).

``python -m tests.ui.pages_bench --label after`` (``make pages-bench``) generates the scenario
``respite generate --size M --seed 1`` (60 beds, 4,000 requests), imports it, plans it with the
greedy solver and publishes the plan, serves the app on that store and opens every page of the
planner (and the centre manager's two) from the sidebar, the app opened on Akut: once (the first
visit, when the app's caches are cold), then ``--repeat`` times more. A page has loaded when the
app's run is over, every chart is drawn and the browser's main thread is quiet (three frames in
a row within 50 ms): the time runs from the click to the first of those quiet frames. The
Kalender is also timed over the whole year (the period typed into its date field).

The table goes into ``--out`` (default ``bench/pages.txt``) under the heading ``## <label>``;
sections of other labels in the file are kept, so a "before" and an "after" stand side by side.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from scheduler.generate import generate
from scheduler.service.connection import open_store
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from tests.ui.browser import MS, chromium, idle, open_app, serve

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "bench" / "pages.txt"
PLANNER_PAGES = (
    "Kalender",
    "Belægning",
    "Ønsker",
    "Akut",
    "Planlægning",
    "Borgere",
    "Opfølgning",
    "Versioner",
)
MANAGER_PAGES = ("Belægning", "Kalender")
WHOLE_YEAR = "Kalender, hele året"
EVERY_CENTRE = "Kalender, alle steder"
EVERY_CENTRE_YEAR = "Kalender, alle steder, år"
MOST_CENTRES = 200

_QUIET = """async (since) => {
    // Wait for three frames in a row, each within 50 ms of the last: the main thread is
    // free (drawing done). Returns the time of the frame before the first of them.
    const frame = () => new Promise(r => requestAnimationFrame(r));
    let last = await frame();
    let start = last;
    let calm = 0;
    while (calm < 3) {
        const now = await frame();
        if (now - last <= 50) {
            if (calm === 0) { start = last; }
            calm += 1;
        } else {
            calm = 0;
        }
        last = now;
    }
    return start - since;
}"""

_WATCH = """() => {
    // Record when the app's run ends after this moment: a change of the state attribute away
    // from "running" (the records keep the old value, so a run too short to be seen running
    // is still seen ending).
    const app = document.querySelector('[data-testid="stApp"]');
    window.__benchDone = false;
    const observer = new MutationObserver(records => {
        const ended = records.some(r => r.oldValue === 'running');
        if (ended && app.getAttribute('data-test-script-state') === 'notRunning') {
            window.__benchDone = true;
            observer.disconnect();
        }
    });
    observer.observe(app, {
        attributes: true, attributeOldValue: true, attributeFilter: ['data-test-script-state']
    });
    return performance.now();
}"""

_SETTLED = """() => document.querySelector('[data-testid="stApp"]')
        .getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-stale="true"]')"""

_CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
    .every(chart => chart.querySelector('.main-svg'))"""


@dataclass
class Timing:
    """A page's load times: the first visit and the later ones (seconds)."""

    page: str
    first: float | None = None
    later: list[float] = field(default_factory=list)

    def add(self, seconds: float) -> None:
        if self.first is None:
            self.first = seconds
        else:
            self.later.append(seconds)


def published_m_store(folder: Path, size: str, seed: int) -> str:
    """A SQLite store in ``folder`` holding the generated scenario, planned (greedy) and
    published; its URL."""
    url = f"sqlite:///{folder / 'pages-bench.db'}"
    engine = open_store(url)
    scenario, _ = generate(size, seed)
    import_scenario(engine, scenario, "pages-bench")
    make_plan(engine, 60, "pages-bench", method="greedy")
    publish(engine, None, "pages-bench")
    engine.dispose()
    return url


def timed(page: Page, act: Callable[[], None], heading: str | None = None) -> float:
    """Seconds from ``act`` (a click, a typed value) until the run it starts is over, the
    charts are drawn and the browser is quiet.

    A run to another page is over when its heading shows, the app is not running and no
    element of the page before is left (stale); a run of the same page when the app's state
    was seen leaving "running".
    """
    since = page.evaluate(_WATCH)
    act()
    if heading is not None:
        expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible(timeout=MS)
        page.wait_for_function(_SETTLED, timeout=MS)
    else:
        page.wait_for_function("() => window.__benchDone", timeout=MS)
    page.wait_for_function(_CHARTS_DRAWN, timeout=MS)
    seconds: float = page.evaluate(_QUIET, since) / 1000
    return seconds


def visit(page: Page, title: str) -> float:
    """Open ``title`` from the sidebar; the seconds it took."""
    link = page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True)
    return timed(page, link.click, title)


def whole_year(page: Page) -> float:
    """Set the Kalender's period to the whole year (first day of January to the last of
    December, segment by segment; the field takes the value when it loses the focus); the
    seconds from leaving the field until the calendar is drawn."""
    for edge, segment, key in (
        ("start", "day", "Home"),
        ("start", "month", "Home"),
        ("end", "month", "End"),
        ("end", "day", "End"),
    ):
        field_ = page.get_by_role("spinbutton", name=f"{segment}, Periode (nætter) {edge} date")
        field_.focus()
        field_.press(key)
    heading = page.get_by_role("heading", level=1)
    return timed(page, heading.click)


def every_centre(page: Page) -> bool:
    """Choose every centre in the Kalender (which opens on the first one when there are many
    beds); whether any had to be chosen."""
    box = page.get_by_role("combobox", name="Aflastningssted", exact=True)
    chose = False
    for _ in range(MOST_CENTRES):
        box.click()
        # an empty list shows one "No results" entry (Streamlit's own words)
        options = page.get_by_role("option").filter(has_not_text="No results")
        if not options.count():
            break
        options.first.click()
        idle(page)
        chose = True
    page.keyboard.press("Escape")
    idle(page)
    return chose


def measure(url: str, repeat: int) -> list[Timing]:
    """The timings of every page, the Kalender's whole year (and, where it opens on one centre,
    of every centre) and the centre manager's pages."""
    names = (*PLANNER_PAGES, WHOLE_YEAR, EVERY_CENTRE, EVERY_CENTRE_YEAR)
    timings = {name: Timing(name) for name in names}
    manager = {name: Timing(f"{name} (leder)") for name in MANAGER_PAGES}
    with chromium() as browser:
        page = open_app(browser, f"{url}/akut")
        nav = page.get_by_test_id("stSidebarNav")
        shown = [name for name in PLANNER_PAGES if nav.get_by_text(name, exact=True).count()]
        for _ in range(repeat + 1):
            for name in shown:
                timings[name].add(visit(page, name))
                if name == "Kalender":
                    timings[WHOLE_YEAR].add(whole_year(page))
        visit(page, "Kalender")
        if every_centre(page):  # kept while the session lasts
            for _ in range(repeat + 1):
                visit(page, "Belægning")
                timings[EVERY_CENTRE].add(visit(page, "Kalender"))
                timings[EVERY_CENTRE_YEAR].add(whole_year(page))
        page.get_by_text("Leder af aflastningssted").click()
        expect(page.get_by_role("heading", name="Kalender", level=1)).to_be_visible(timeout=MS)
        idle(page)
        for _ in range(repeat + 1):
            for name in MANAGER_PAGES:
                manager[name].add(visit(page, name))
        page.close()
    measured = [timing for timing in timings.values() if timing.first is not None]
    return [*measured, *manager.values()]


def table(timings: list[Timing], label: str, note: str) -> str:
    """The section of ``bench/pages.txt`` for one run."""
    lines = [
        f"## {label}",
        "",
        note,
        "",
        f"{'page':<28} {'first':>7} {'median':>7} {'max':>7}   (seconds; later visits)",
    ]
    for timing in timings:
        later = timing.later or [float("nan")]
        lines.append(
            f"{timing.page:<28} {timing.first or 0:>7.2f} "
            f"{statistics.median(later):>7.2f} {max(later):>7.2f}"
        )
    return "\n".join(lines) + "\n"


HEADER = """# Page load times of the app (issue 12, point 9)

`make pages-bench` (`python -m tests.ui.pages_bench`): `respite generate --size M --seed 1`
imported, planned (greedy) and published; the app in headless Chromium on this machine. A page
has loaded when the app's run is over, every chart is drawn and the browser is quiet. `first`
is the first visit of the session (cold caches), `median` and `max` are over the later visits.
"""


def write(out: Path, label: str, section: str) -> None:
    """Put ``section`` into ``out`` in place of the section of the same label (else last)."""
    text = out.read_text(encoding="utf-8") if out.exists() else HEADER
    parts = re.split(r"(?m)^(?=## )", text)
    head, sections = parts[0], parts[1:]
    title = f"## {label}\n"
    replaced = [section if s.startswith(title) else s for s in sections]
    if not any(s.startswith(title) for s in sections):
        replaced.append(section)
    body = "\n".join(s.rstrip("\n") + "\n" for s in replaced)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(head.rstrip("\n") + "\n\n" + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.ui.pages_bench", description=__doc__)
    parser.add_argument("--label", default="after", help="the section's heading")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--db", help="a published store to use instead of generating one")
    parser.add_argument(
        "--tree",
        type=Path,
        default=ROOT,
        help="the project whose app is timed (e.g. a copy of an earlier commit: git archive)",
    )
    parser.add_argument("--size", default="M")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="later visits per page")
    args = parser.parse_args(argv)
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or published_m_store(Path(folder), args.size, args.seed)
        with serve(url, args.tree) as app:
            timings = measure(app, args.repeat)
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    tree = "" if args.tree == ROOT else f"; the app of {args.tree}"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    note = (
        f"Measured {stamp} on {platform.node() or 'this machine'} ({platform.machine()}, "
        f"{os.cpu_count()} cores, load average {load}, Python {platform.python_version()}); "
        f"size {args.size}, seed {args.seed}, {args.repeat} later visits{tree}; "
        f"{time.monotonic() - began:.0f} s in all."
    )
    section = table(timings, args.label, note)
    write(args.out, args.label, section)
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
