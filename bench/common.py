"""Helpers shared by the benches: data paths, cached embeddings, machine facts, writing results."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
RESULTS = REPO / "bench" / "results"
CACHE = Path(os.environ.get("PMA_BENCH_CACHE", Path.home() / ".cache" / "pma-bench"))


def embed_cached(texts: list[str], settings, name: str) -> np.ndarray:
    """Embeddings of ``texts`` with the configured model, cached outside the repository by content hash."""
    from retrieval.embed import Embedder

    embedder = Embedder(settings)
    key = hashlib.sha256(("\x00".join(texts) + embedder.model_id).encode()).hexdigest()[:16]
    path = CACHE / f"{name}-{key}.npy"
    if path.exists():
        return np.load(path)
    x = embedder.encode(texts, show_progress=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, x)
    return x


def machine() -> dict:
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2),
            "platform": platform.platform(), "when": time.strftime("%Y-%m-%d %H:%M:%S")}


def at_once(job, n: int) -> tuple[list, float]:
    """``job(i)`` for ``i`` in ``range(n)``, each in its own thread, all started together: the results in order and
    the wall time from the first start to the last finish (the load benches' "all at once" phase)."""
    import threading

    results: list = [None] * n

    def run(i: int) -> None:
        results[i] = job(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    tick = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - tick


def write_result(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def run_at_commit(rev: str, paths: list[str], code: str, payload: dict) -> dict:
    """Run ``code`` (a Python script reading JSON ``payload`` on stdin, writing JSON) over ``paths`` of commit ``rev``
    extracted to a temporary folder, in a subprocess: the product's code before a change, in the same run."""
    import io
    import subprocess
    import sys
    import tarfile
    import tempfile

    archive = subprocess.run(["git", "archive", "--format=tar", rev, *paths], cwd=REPO, check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryDirectory(prefix="pma-at-commit-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        done = subprocess.run([sys.executable, "-c", code], cwd=tmp, env={"PYTHONPATH": tmp},
                              input=json.dumps(payload), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)
