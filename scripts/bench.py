"""`make bench`: the Wijkmonitor chain at national scale, timed against QGIS's own algorithms.

Each step runs a Wijkmonitor algorithm and its QGIS baseline on the same TIMING data
(see bench_data.py: the Amsterdam sample tiled to 14,532 buurten, values perturbed — not
real figures), alternating them REPEATS times, and reports medians, the ratio
ours/baseline against the target, and the process's peak memory. Results go to
out/bench.json and a Markdown table to stdout.

    BENCH_REPEATS=5 make bench
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import qgisapp

OUT = qgisapp.ROOT / "out"
DATA = qgisapp.ROOT / "build" / "bench" / "national_timing.gpkg"
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
MEMORY_TARGET_MB = 1536


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class Bench:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.rows = []
        self.responsiveness = None
        self.repeats = REPEATS
        self._n = 0

    def path(self, suffix=".gpkg") -> str:
        self._n += 1
        return str(self.workdir / f"out_{self._n}{suffix}")

    def record_responsiveness(self, rows, target):
        worst = max(r["max_s"] for r in rows)
        self.responsiveness = {"actions": rows, "worst_s": worst, "target_s": target, "met": worst <= target}

    def step(self, name, ours, baseline, target, note="", baseline_repeats=None):
        """Time ours() and baseline() alternately; each returns nothing and writes its own output.

        ``baseline_repeats`` lets a very slow baseline run fewer times than ours.
        """
        import gc

        times_ours, times_base = [], []
        for i in range(REPEATS):
            for fn, bucket in ((baseline, times_base), (ours, times_ours)):
                if bucket is times_base and baseline_repeats is not None and i >= baseline_repeats:
                    continue
                gc.collect()
                t0 = time.perf_counter()
                fn()
                bucket.append(time.perf_counter() - t0)
        med_o, med_b = statistics.median(times_ours), statistics.median(times_base)
        ratio = med_o / med_b if med_b > 0 else float("inf")
        row = {"step": name, "ours_s": round(med_o, 3), "baseline_s": round(med_b, 3),
               "ratio": round(ratio, 2), "target": target, "met": None if target is None else ratio <= target,
               "peak_mb": round(peak_mb(), 1), "runs": REPEATS, "baseline_runs": len(times_base), "note": note,
               "ours_all_s": [round(t, 3) for t in times_ours],
               "baseline_all_s": [round(t, 3) for t in times_base]}
        self.rows.append(row)
        flag = "no target" if target is None else f"target ≤ {target}: " + ("ok" if row["met"] else "MISSED")
        print(f"   {name}: ours {med_o:.3f} s, baseline {med_b:.3f} s, ratio {ratio:.2f} ({flag}); "
              f"peak {row['peak_mb']} MB", flush=True)
        return row


def registered(alg_id: str) -> bool:
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


def run(alg_id, params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    return processing.run(alg_id, params, context=context, feedback=QgsProcessingFeedback())


def markdown(rows, peak) -> str:
    lines = ["| step | Wijkmonitor (s) | QGIS baseline (s) | ratio | target | met |",
             "|---|---:|---:|---:|---:|:---:|"]
    for r in rows:
        target = "—" if r["target"] is None else f"≤ {r['target']}×"
        met = "—" if r["met"] is None else ("yes" if r["met"] else "no")
        lines.append(f"| {r['step']} | {r['ours_s']:.3f} | {r['baseline_s']:.3f} | {r['ratio']:.2f}× | "
                     f"{target} | {met} |")
    lines.append(f"| whole chain, peak memory | {peak:.0f} MB | | | ≤ {MEMORY_TARGET_MB} MB | "
                 f"{'yes' if peak <= MEMORY_TARGET_MB else 'no'} |")
    return "\n".join(lines)


def main(argv=()) -> int:
    """Run every step, or only the steps named in ``argv`` (``make bench STEPS="join index"``; spaces in a
    step name written as ``_``)."""
    import bench_steps

    qgisapp.start()
    print("== building the national-size timing data (once; build/bench/)")
    import bench_data

    bench_data.build(DATA)
    OUT.mkdir(exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="wijkmonitor_bench_"))
    bench = Bench(workdir)
    skipped = []
    try:
        names = {s.name.replace(" ", "_"): s for s in bench_steps.STEPS}
        chosen = [a.strip() for a in argv if a.strip()]
        unknown = [c for c in chosen if c not in names]
        if unknown:
            print(f"unknown step(s) {', '.join(unknown)}; steps: {', '.join(names)}")
            return 2
        for step in bench_steps.STEPS:
            if chosen and step.name.replace(" ", "_") not in chosen:
                continue
            missing = [a for a in step.needs if not registered(a)]
            if missing:
                skipped.append({"step": step.name, "missing": missing})
                print(f"   {step.name}: skipped, {', '.join(missing)} not available")
                continue
            print(f"== {step.name}", flush=True)
            step.run(bench, DATA)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    peak = peak_mb()
    result = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "qgis": __import__("qgis.core", fromlist=["Qgis"]).Qgis.QGIS_VERSION,
        "repeats": REPEATS, "data": "TIMING DATA: Amsterdam sample tiled ×28, values perturbed — not real figures",
        "steps": bench.rows, "responsiveness": bench.responsiveness, "skipped": skipped, "peak_mb": round(peak, 1),
        "memory_target_mb": MEMORY_TARGET_MB, "memory_met": peak <= MEMORY_TARGET_MB,
    }
    (OUT / "bench.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print("\n" + markdown(bench.rows, peak))
    if bench.responsiveness:
        r = bench.responsiveness
        print(f"\nGUI path (panel, national layer): slowest action {r['worst_s']:.3f} s on the main thread "
              f"(target ≤ {r['target_s']} s): {'met' if r['met'] else 'MISSED'}")
        for row in r["actions"]:
            print(f"   {row['action']}: median {row['median_s']:.3f} s, max {row['max_s']:.3f} s")
    print(f"\nwrote out/bench.json ({len(bench.rows)} steps, {len(skipped)} skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
