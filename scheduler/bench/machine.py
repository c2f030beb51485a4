"""Where a benchmark ran: CPUs, memory, Python and OR-Tools."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import ortools


@dataclass(frozen=True)
class Machine:
    """The machine and software a benchmark ran on."""

    cpus: int
    cpu_model: str
    memory_gib: float | None
    python: str
    ortools: str
    system: str
    when: str
    load: str = ""
    """Load averages (1, 5, 15 min) when the benchmark began: other work skews the times."""

    def lines(self) -> list[str]:
        """The machine as ``key: value`` lines, for ``machine.txt``."""
        memory = "unknown" if self.memory_gib is None else f"{self.memory_gib:.1f} GiB"
        return [
            f"cpus: {self.cpus}",
            f"cpu_model: {self.cpu_model}",
            f"memory: {memory}",
            f"python: {self.python}",
            f"ortools: {self.ortools}",
            f"system: {self.system}",
            f"measured: {self.when}",
            f"load_at_start: {self.load}",
        ]


def this_machine() -> Machine:
    """The machine this process runs on."""
    return Machine(
        cpus=os.cpu_count() or 1,
        cpu_model=_cpu_model(),
        memory_gib=_memory_gib(),
        python=platform.python_version(),
        ortools=str(getattr(ortools, "__version__", "unknown")),
        system=platform.platform(),
        when=datetime.now().astimezone().isoformat(timespec="seconds"),
        load=_load(),
    )


def write_machine(machine: Machine, path: Path) -> None:
    """Write ``machine.txt``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(machine.lines()) + "\n", encoding="utf-8")


def _load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except (OSError, AttributeError):
        return ""


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory_gib() -> float | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return float(pages * page_size) / 2**30


def read_machine(path: Path) -> Machine | None:
    """Read ``machine.txt`` back; ``None`` when it is missing or incomplete."""
    if not path.exists():
        return None
    fields = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    try:
        memory = fields["memory"].removesuffix(" GiB")
        return Machine(
            cpus=int(fields["cpus"]),
            cpu_model=fields["cpu_model"],
            memory_gib=None if memory == "unknown" else float(memory),
            python=fields["python"],
            ortools=fields["ortools"],
            system=fields["system"],
            when=fields["measured"],
            load=fields.get("load_at_start", ""),
        )
    except (KeyError, ValueError):
        return None
