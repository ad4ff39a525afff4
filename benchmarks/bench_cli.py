"""Files/s of ``newsparse parse`` at ``-j 1`` and ``-j 2``, and peak memory, on a generated corpus.

The corpus (written to a temporary folder, removed at the end) is ``--files`` dumps from
``../shared/bench/make_corpus.py``'s ``generate(n, seed)``, with every 50th file a real dump from
``../shared/corpus/dev`` when it is present. A smaller corpus of the first ``--small`` files
(hard links) shows whether memory grows with the number of files. Each round runs every
(corpus, jobs) pair once, interleaved, as a separate ``python -m newsparse parse DIR -o OUT
--quiet`` process; peak memory is each process's VmHWM (parent and workers apart), read from
/proc while it runs, so Linux only.

``--transfer`` also times, in this process, what each file costs to send back from a worker as
JSON text against pickling the Article and unpickling it in the parent.

Run: ``.venv/bin/python benchmarks/bench_cli.py [--files 20000] [--small 5000] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import attrs

import newsparse
from newsparse._paths import expand

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import record

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"


def _make_corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_corpus", SHARED / "bench" / "make_corpus.py"
    )
    assert spec is not None, "../shared/bench/make_corpus.py is missing"
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_corpus(folder: Path, files: int, seed: int) -> tuple[int, int]:
    """Write ``files`` dumps; returns (number of real dev dumps among them, total bytes)."""
    generate = _make_corpus_module().generate
    dev = sorted(DEV.glob("*/dump*.md")) if DEV.is_dir() else []
    generated = generate(files, seed)
    real = 0
    size = 0
    for i in range(files):
        name, text, _ = next(generated)
        if dev and i % 50 == 49:
            data = dev[real % len(dev)].read_bytes()
            name = f"{i:06d}_dev.md"
            real += 1
        else:
            data = text.encode("utf-8")
        # Nested folders, as a real corpus has them: 100 files per folder.
        path = folder / f"{i // 100:04d}" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        size += len(data)
    return real, size


def link_subset(source: Path, target: Path, files: int) -> None:
    """Hard-link the first ``files`` files of ``source`` (in walk order) into ``target``."""
    for count, path in enumerate(expand([str(source)])):
        if count == files:
            break
        relative = Path(path).relative_to(source)
        (target / relative.parent).mkdir(parents=True, exist_ok=True)
        os.link(path, target / relative)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(word) for word in text.split()]


def _peak_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # utime and stime, fields 14 and 15 of /proc/PID/stat (counted from the pid), in clock ticks.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@attrs.frozen(kw_only=True)
class Sample:
    """One run of the command line."""

    seconds: float  # wall clock
    cpu: float  # user + system time of the parent and all its workers
    parent_cpu: float  # the parent alone (sampled from /proc until it exits)
    parent_kib: int  # peak resident memory of the parent
    worker_kib: int  # peak resident memory of the largest worker


def run_cli(folder: Path, jobs: int, output: Path) -> Sample:
    """One ``newsparse parse`` run in its own process."""
    command = [sys.executable, "-m", "newsparse", "parse", str(folder), "-j", str(jobs)]
    command += ["-o", str(output), "--quiet"]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    parent = worker = 0
    parent_cpu = 0.0
    while True:
        # VmHWM is a high-water mark, so sampling it now and then still sees the peak, as long
        # as the last sample comes late enough (workers exit last, just before the parent).
        parent = max(parent, _peak_kib(process.pid))
        parent_cpu = max(parent_cpu, _cpu_seconds(process.pid))
        for child in _children(process.pid):
            worker = max(worker, _peak_kib(child))
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, f"newsparse exited {process.returncode}"
    return Sample(
        seconds=seconds,
        cpu=usage.ru_utime + usage.ru_stime,
        parent_cpu=parent_cpu if jobs > 1 else usage.ru_utime + usage.ru_stime,
        parent_kib=parent,
        worker_kib=worker,
    )


def measure_transfer(files: int, seed: int) -> None:
    """Per-file cost of sending an Article back as JSON text versus as a pickle."""
    texts = [text for _, text, _ in _make_corpus_module().generate(files, seed)]
    articles = [newsparse.parse(text) for text in texts]

    def per_file(call: object) -> float:
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            for article in articles:
                call(article)  # type: ignore[operator]
            samples.append((time.perf_counter() - start) / len(articles))
        return statistics.median(samples) * 1e6

    def as_json(article: newsparse.Article) -> bytes:
        record = {"path": "x", "article": newsparse.to_dict(article)}
        return json.dumps(record, ensure_ascii=False).encode()

    start = time.perf_counter()
    for text in texts:
        newsparse.parse(text)
    parse_us = (time.perf_counter() - start) / len(texts) * 1e6
    pickles = [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in articles]
    records = [as_json(a) for a in articles]
    json_us = per_file(as_json)
    pickle_us = per_file(lambda a: pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL))
    unpickle_us = statistics.median(
        _time_each(lambda: [pickle.loads(p) for p in pickles]) / len(pickles) for _ in range(5)
    )
    bytes_us = statistics.median(
        _time_each(lambda: pickle.loads(pickle.dumps(records))) / len(records) for _ in range(5)
    )
    print(
        f"transfer, per file ({files} generated dumps): parse {parse_us:.0f} µs; "
        f"worker to_json {json_us:.0f} µs, then parent unpickles the bytes {bytes_us:.1f} µs; "
        f"or worker pickles the Article {pickle_us:.0f} µs and parent unpickles it "
        f"{unpickle_us:.0f} µs (+ to_json {json_us:.0f} µs in the parent). "
        f"Median sizes: JSON {statistics.median(map(len, records)) / 1e3:.1f} KB, "
        f"pickle {statistics.median(map(len, pickles)) / 1e3:.1f} KB"
    )


def _time_each(call: object) -> float:
    start = time.perf_counter()
    call()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1e6


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--files", type=int, default=20_000)
    options.add_argument("--small", type=int, default=5_000)
    options.add_argument("--rounds", type=int, default=3)
    options.add_argument("--seed", type=int, default=1)
    options.add_argument("--transfer", action="store_true")
    args = options.parse_args()
    if args.transfer:
        measure_transfer(300, args.seed)
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as scratch:
        big = Path(scratch) / "big"
        small = Path(scratch) / "small"
        big.mkdir()
        small.mkdir()
        start = time.perf_counter()
        real, size = write_corpus(big, args.files, args.seed)
        link_subset(big, small, args.small)
        print(
            f"corpus: {args.files} files ({real} real dev dumps, the rest generated with seed "
            f"{args.seed}), {size / 1e6:.0f} MB, written in {time.perf_counter() - start:.0f} s; "
            f"small corpus: the first {args.small}"
        )
        runs: dict[tuple[int, int], list[Sample]] = {}
        output = Path(scratch) / "out.jsonl"
        load_before = os.getloadavg()[0]
        for _ in range(args.rounds):
            for files, folder in ((args.small, small), (args.files, big)):
                for jobs in (1, 2):
                    runs.setdefault((files, jobs), []).append(run_cli(folder, jobs, output))
        print(
            f"load average (1 min) before the runs {load_before:.2f}, "
            f"after {os.getloadavg()[0]:.2f} (wall times include other processes' load)"
        )
        print(
            f"{'files':>6} {'jobs':>4} {'median s':>9} {'files/s':>8} {'cpu s':>7} "
            f"{'parent cpu s':>12} {'parent MB':>10} {'worker MB':>10}"
            f"  (medians of {args.rounds} rounds; peaks are the max over rounds)"
        )
        medians: dict[tuple[int, int], tuple[float, float]] = {}
        for (files, jobs), samples in runs.items():
            seconds = statistics.median(sample.seconds for sample in samples)
            cpu = statistics.median(sample.cpu for sample in samples)
            parent_cpu = statistics.median(sample.parent_cpu for sample in samples)
            medians[files, jobs] = seconds, cpu
            parent = max(sample.parent_kib for sample in samples) / 1024
            worker = max(sample.worker_kib for sample in samples) / 1024
            shown = f"{worker:10.1f}" if jobs > 1 else f"{'-':>10}"
            print(
                f"{files:>6} {jobs:>4} {seconds:9.2f} {files / seconds:8.0f} {cpu:7.2f} "
                f"{parent_cpu:12.2f} {parent:10.1f} {shown}"
            )
        figures: dict[str, float | int] = {}
        for (files, jobs), samples in runs.items():
            figures[f"{files} files -j {jobs} files/s"] = files / medians[files, jobs][0]
            figures[f"{files} files -j {jobs} parent MB"] = (
                max(sample.parent_kib for sample in samples) / 1024
            )
        for files in (args.small, args.files):
            (wall_1, cpu_1), (wall_2, cpu_2) = medians[files, 1], medians[files, 2]
            figures[f"{files} files -j 2 / -j 1 wall"] = wall_1 / wall_2
            print(
                f"at {files} files: -j 2 / -j 1 = {wall_1 / wall_2:.2f}x in files/s; "
                f"on two idle cores at most {2 * cpu_1 / cpu_2:.2f}x (2 x cpu(-j 1) / cpu(-j 2))"
            )
        record("cli", figures)


if __name__ == "__main__":
    main()
