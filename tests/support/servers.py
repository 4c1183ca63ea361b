"""Servers for the LLM backend tests: a real ``transformers serve`` process, and a scripted stand-in.

``transformers_serve`` starts the real OpenAI-compatible server on 127.0.0.1 and always stops it. The stand-in
(``ScriptedServer``) exists only for server behaviour ``transformers serve`` does not have and that cannot run here:
API-key checks (401), context-length errors, 5xx answers, slow answers. It replays the error bodies vLLM and the
OpenAI API document, and records what the client sent.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.support.ports import free_port


@contextlib.contextmanager
def transformers_serve(model_dir: Path, log_file: Path, *, start_timeout_s: float = 180) -> Iterator[str]:
    """Run ``transformers serve MODEL_DIR`` on a free loopback port; yield its base URL (``.../v1``)."""
    port = free_port()
    cmd = [sys.executable, "-c", "from transformers.cli.transformers import main; main()", "serve", str(model_dir),
           "--host", "127.0.0.1", "--port", str(port), "--device", "cpu", "--log-level", "warning"]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    with open(log_file, "wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + start_timeout_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"transformers serve exited with {proc.returncode}:\n{log_file.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"transformers serve not ready after {start_timeout_s} s:\n{log_file.read_text()[-3000:]}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Reply:
    status: int = 200
    body: object = None  # JSON-able; or a list of SSE data strings when sse=True
    sse: bool = False
    delay_s: float = 0.0


@dataclass
class ScriptedServer:
    """Answers each request with the next scripted ``Reply`` (the last one repeats); records requests."""

    replies: list[Reply]
    requests: list[dict] = field(default_factory=list)
    url: str = ""

    def __enter__(self) -> "ScriptedServer":
        script = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _reply(self):
                n = int(self.headers.get("content-length") or 0)
                payload = json.loads(self.rfile.read(n)) if n else None
                script.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "json": payload})
                reply = script.replies[min(len(script.requests), len(script.replies)) - 1]
                time.sleep(reply.delay_s)
                if reply.sse:
                    data = "".join(f"data: {chunk}\n\n" for chunk in reply.body).encode()
                    ctype = "text/event-stream"
                else:
                    data, ctype = json.dumps(reply.body).encode(), "application/json"
                self.send_response(reply.status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _reply

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def chat_completion(text: str, model: str = "stand-in") -> dict:
    return {"object": "chat.completion", "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}


def chat_chunks(pieces: list[str], model: str = "stand-in") -> list[str]:
    chunks = [json.dumps({"object": "chat.completion.chunk", "model": model, "choices": [{"index": 0, "delta": {"content": p}}]})
              for p in pieces]
    return chunks + ["[DONE]"]
