"""The ``openai`` backend: any server with an OpenAI-compatible ``/chat/completions`` (vLLM, TGI, Ollama,
llama.cpp server, ``transformers serve``), spoken to with httpx.

Settings: ``PMA_LLM_BASE_URL`` (API root, usually ending in ``/v1``), ``PMA_LLM_MODEL`` (the served model name;
the default ``bundled`` sends no name, so a single-model server such as ``transformers serve FOLDER``, vLLM or
llama.cpp uses the one it serves), ``PMA_LLM_API_KEY`` (sent as a bearer token, never logged or shown),
``PMA_LLM_TIMEOUT_S`` (connect and per-read timeout: a stream fails when no token arrives for that long) and
``PMA_LLM_RETRIES`` (connection errors and 5xx answers are retried with backoff; a stream is retried only before its
first piece, and timeouts are not retried because waiting again rarely helps).

Server errors become ``UserError``s that name the setting to change. Stop strings are also cut client-side
because some servers (``transformers serve``) include the matched stop string in the text.

``count_tokens`` is exact when ``PMA_LLM_MODEL`` is a local folder with a tokenizer (the usual
``transformers serve FOLDER`` setup) and otherwise a deliberate over-estimate of one token per 3 characters, so a
prompt budgeted with it still fits.

Not handled: tool calls, images, the legacy ``/completions`` endpoint, Azure-style deployments.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit, urlunsplit

from assistant.llm.base import check_messages, stop_filtered, truncate_at_stop
from assistant.llm.chat_template import Message, render_prompt
from retrieval.errors import UserError
from retrieval.settings import BUNDLED, Settings

log = logging.getLogger(__name__)

CHARS_PER_TOKEN_ESTIMATE = 3  # English BPE averages ~4 chars/token; 3 over-counts on purpose
MESSAGE_OVERHEAD_TOKENS = 8  # role header and separators per message in typical chat templates

_CONTEXT_PHRASES = (
    "context length", "context_length", "context window", "maximum context", "available context",
    "too many tokens", "prompt is too long", "input is too long", "max_new_tokens` must be", "exceeds the model",
)
_MODEL_PHRASES = ("not found", "does not exist", "unknown", "no such", "not served", "invalid", "not available")


class OpenAICompatLLM:
    """Client for an OpenAI-compatible chat server. Cheap to build; the HTTP client opens on first use."""

    name = "openai"

    def __init__(self, settings: Settings):
        cfg = settings.llm
        if not cfg.base_url:
            raise UserError("PMA_LLM_BACKEND=openai needs the server's address.", hint="Set PMA_LLM_BASE_URL, e.g. http://127.0.0.1:8000/v1.")
        parts = urlsplit(cfg.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UserError(f"PMA_LLM_BASE_URL={_safe_url(cfg.base_url)!r} is not an http(s) URL.", hint="Set it like http://127.0.0.1:8000/v1.")
        self.settings = settings
        self.base_url = cfg.base_url.rstrip("/")
        self._secret = cfg.api_key.get_secret_value() if cfg.api_key else None
        self._lock = threading.Lock()
        self._client: Any = None
        self._tokenizer: Any = None
        self._tokenizer_checked = False
        self._served_model: str | None = None

    def __repr__(self) -> str:
        return f"OpenAICompatLLM(base_url={_safe_url(self.base_url)!r}, model={self.settings.llm.model!r})"

    # ---- LLM protocol ----------------------------------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        """Backend, model setting, the model id the server reported (after the first answer), URL, no secrets."""
        return {
            "backend": self.name,
            "model": self.settings.llm.model,
            "served_model": self._served_model,
            "adapter": None,
            "device": "remote",
            "base_url": _safe_url(self.base_url),
            "token_count": "exact" if self._tokenizer_folder() else "estimate",
        }

    def warm_up(self) -> None:
        """Open the client and check the server answers: an unreachable server or a refused key fails here.

        Uses ``GET /models`` only as a probe: any answer but 401/403 counts, since some servers lack the listing or
        fail it (``transformers serve`` answers 500 when the Hub cache is empty).
        """
        response = self._send("GET", "/models", None, probe=True)
        response.close()

    def count_tokens(self, text: str | Sequence[Message]) -> int:
        tokenizer = self._exact_tokenizer()
        if isinstance(text, str):
            if tokenizer is not None:
                return len(tokenizer(text, add_special_tokens=False)["input_ids"])
            return math.ceil(len(text) / CHARS_PER_TOKEN_ESTIMATE)
        messages = check_messages(text)
        if tokenizer is not None:
            return self.count_tokens(render_prompt(tokenizer, messages))
        return sum(self.count_tokens(m["content"]) + MESSAGE_OVERHEAD_TOKENS for m in messages) + MESSAGE_OVERHEAD_TOKENS

    def generate(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> str:
        payload = self._payload(messages, max_new_tokens, temperature, stop, stream=False)
        response = self._send("POST", "/chat/completions", payload)
        try:
            raw = response.read()
        except Exception as exc:
            self._reraise(exc)
        finally:
            response.close()
        body = self._json(raw)
        self._served_model = body.get("model") or self._served_model
        try:
            text = body["choices"][0]["message"].get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            raise UserError(
                f"The server at {_safe_url(self.base_url)} answered without a chat message.",
                hint="Check that PMA_LLM_BASE_URL points at an OpenAI-compatible API root (ending in /v1).",
            ) from None
        return truncate_at_stop(text, stop)[0]

    def stream(
        self,
        messages: Sequence[Message],
        *,
        max_new_tokens: int | None = None,
        temperature: float | None = None,
        stop: Sequence[str] | None = None,
    ) -> Iterator[str]:
        pieces = self._pieces(self._payload(messages, max_new_tokens, temperature, stop, stream=True))
        try:
            yield from stop_filtered(pieces, stop)
        finally:
            pieces.close()  # closes the HTTP response, which makes the server stop generating

    # ---- HTTP --------------------------------------------------------------------------------------------------
    def _payload(
        self, messages: Sequence[Message], max_new_tokens: int | None, temperature: float | None, stop: Sequence[str] | None, *, stream: bool
    ) -> dict[str, Any]:
        cfg = self.settings.llm
        max_new_tokens = cfg.max_new_tokens if max_new_tokens is None else max_new_tokens
        temperature = cfg.temperature if temperature is None else temperature
        if max_new_tokens < 1 or temperature < 0:
            raise ValueError(f"max_new_tokens must be >= 1 and temperature >= 0, got {max_new_tokens}, {temperature}")
        payload: dict[str, Any] = {
            "messages": check_messages(messages),
            "max_tokens": max_new_tokens,
            "temperature": temperature,
            "stream": stream,
        }
        if cfg.model != BUNDLED:
            payload["model"] = cfg.model
        stop = [s for s in (stop or ()) if s]
        if stop:
            payload["stop"] = stop
        return payload

    def _http(self) -> Any:
        if self._client is None:
            with self._lock:
                if self._client is None:
                    import httpx

                    headers = {"Authorization": f"Bearer {self._secret}"} if self._secret else {}
                    self._client = httpx.Client(headers=headers, timeout=httpx.Timeout(self.settings.llm.timeout_s))
        return self._client

    def _send(self, method: str, path: str, payload: dict[str, Any] | None, *, probe: bool = False) -> Any:
        """Send with retries on connection errors and 5xx; return an open (streaming) response with status < 400.

        With ``probe``, any response except 401/403 is returned as is (no 5xx retries).
        """
        import httpx

        client, url = self._http(), self.base_url + path
        attempts = self.settings.llm.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = client.send(client.build_request(method, url, json=payload), stream=True)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                if last:
                    raise self._unreachable(exc, attempts) from exc
                log.warning("LLM server %s: %s; retrying (%d/%d)", _safe_url(url), type(exc).__name__, attempt + 1, attempts - 1)
                time.sleep(_backoff(attempt))
                continue
            except httpx.TimeoutException as exc:
                raise self._timeout() from exc
            if response.status_code < 400 or (probe and response.status_code not in (401, 403)):
                return response
            body = response.read()
            response.close()
            if response.status_code >= 500 and not last:
                log.warning("LLM server %s: HTTP %d; retrying (%d/%d)", _safe_url(url), response.status_code, attempt + 1, attempts - 1)
                time.sleep(_backoff(attempt))
                continue
            raise self._http_error(response.status_code, body, path, attempts)
        raise AssertionError("unreachable")  # pragma: no cover

    def _pieces(self, payload: dict[str, Any]) -> Iterator[str]:
        response = self._send("POST", "/chat/completions", payload)
        try:
            for event in _sse_events(response):
                if "error" in event:
                    raise self._error_from_detail(None, _detail_of(event), "/chat/completions", 1)
                self._served_model = event.get("model") or self._served_model
                for choice in event.get("choices") or ():
                    piece = (choice.get("delta") or {}).get("content")
                    if piece:
                        yield piece
        except UserError:
            raise
        except Exception as exc:
            self._reraise(exc)
        finally:
            response.close()

    # ---- errors --------------------------------------------------------------------------------------------------
    def _scrub(self, text: str) -> str:
        return text.replace(self._secret, "****") if self._secret else text

    def _json(self, raw: bytes) -> dict[str, Any]:
        try:
            body = json.loads(raw)
        except ValueError:
            raise UserError(
                f"The server at {_safe_url(self.base_url)} did not answer with JSON.",
                hint="Check that PMA_LLM_BASE_URL points at an OpenAI-compatible API root (ending in /v1).",
            ) from None
        return body if isinstance(body, dict) else {}

    def _unreachable(self, exc: BaseException, attempts: int) -> UserError:
        return UserError(
            f"Cannot reach the LLM server at {_safe_url(self.base_url)} ({type(exc).__name__}, {attempts} attempt(s)).",
            hint="Start the server, or set PMA_LLM_BASE_URL to its address (e.g. http://127.0.0.1:8000/v1).",
        )

    def _timeout(self) -> UserError:
        return UserError(
            f"The LLM server at {_safe_url(self.base_url)} did not answer within {self.settings.llm.timeout_s:g} s.",
            hint="Raise PMA_LLM_TIMEOUT_S, lower PMA_LLM_MAX_NEW_TOKENS, or check the server's load.",
        )

    def _reraise(self, exc: BaseException) -> NoReturn:
        """Turn a failure while reading an answer into a UserError where the user can act on it."""
        import httpx

        if isinstance(exc, httpx.TimeoutException):
            raise self._timeout() from exc
        if isinstance(exc, httpx.TransportError):
            raise UserError(
                f"The connection to the LLM server at {_safe_url(self.base_url)} broke mid-answer ({type(exc).__name__}).",
                hint="Check the server's logs; retry, or set PMA_LLM_BASE_URL to a healthy server.",
            ) from exc
        if isinstance(exc, ValueError):  # malformed JSON in an event
            raise UserError(
                f"The server at {_safe_url(self.base_url)} sent a malformed answer ({_first_line(exc)}).",
                hint="Check that PMA_LLM_BASE_URL points at an OpenAI-compatible API root (ending in /v1).",
            ) from exc
        raise exc

    def _http_error(self, status: int, raw: bytes, path: str, attempts: int) -> UserError:
        try:
            detail = _detail_of(json.loads(raw))
        except ValueError:
            detail = raw.decode("utf-8", "replace")
        return self._error_from_detail(status, detail, path, attempts)

    def _error_from_detail(self, status: int | None, detail: str, path: str, attempts: int) -> UserError:
        cfg = self.settings.llm
        detail = self._scrub(" ".join(detail.split()))[:300]
        low = detail.lower()
        where = _safe_url(self.base_url)
        if status in (401, 403):
            return UserError(
                f"The LLM server at {where} refused the request (HTTP {status}: {detail or 'unauthorized'}).",
                hint="Set PMA_LLM_API_KEY to a valid key for this server." if self._secret else "The server needs an API key: set PMA_LLM_API_KEY.",
            )
        if any(p in low for p in _CONTEXT_PHRASES):
            return UserError(
                f"The prompt is too long for the served model ({detail}).",
                hint=f"Lower k (fewer retrieved items) or PMA_LLM_CONTEXT_TOKENS (now {cfg.context_tokens}), or PMA_LLM_MAX_NEW_TOKENS.",
            )
        if _is_model_error(status, low):
            return UserError(
                f"The LLM server at {where} does not serve the model {cfg.model!r} ({detail}).",
                hint=f"Set PMA_LLM_MODEL to a model the server serves (listed at {where}/models).",
            )
        if status == 404:
            hint = "Set PMA_LLM_BASE_URL to the API root" + ("; it usually ends in /v1." if not self.base_url.endswith("/v1") else ".")
            return UserError(f"{where}{path} does not exist on the LLM server (HTTP 404).", hint=hint)
        if status is not None and status >= 500:
            return UserError(
                f"The LLM server at {where} failed (HTTP {status}) on {attempts} attempt(s): {detail}",
                hint="Check the server's logs, or set PMA_LLM_BASE_URL to a healthy server.",
            )
        return UserError(
            f"The LLM server at {where} rejected the request ({f'HTTP {status}: ' if status else ''}{detail}).",
            hint="Check PMA_LLM_MODEL and PMA_LLM_MAX_NEW_TOKENS against what the server accepts.",
        )

    def _tokenizer_folder(self) -> str | None:
        model = self.settings.llm.model
        return model if model != BUNDLED and (Path(model) / "tokenizer_config.json").is_file() else None

    def _exact_tokenizer(self) -> Any:
        """The served model's tokenizer when PMA_LLM_MODEL is a local folder that has one; else None."""
        if not self._tokenizer_checked:
            with self._lock:
                if not self._tokenizer_checked:
                    folder = self._tokenizer_folder()
                    if folder:
                        from transformers import AutoTokenizer

                        self._tokenizer = AutoTokenizer.from_pretrained(folder)
                    self._tokenizer_checked = True
        return self._tokenizer


def _sse_events(response: Any) -> Iterator[dict[str, Any]]:
    """Parse a ``text/event-stream`` body into JSON events; stops at ``data: [DONE]`` or the end of the body."""
    data: list[str] = []
    for line in response.iter_lines():
        if line:
            if line.startswith(":"):
                continue  # comment / keep-alive
            field, _, value = line.partition(":")
            if field == "data":
                data.append(value[1:] if value.startswith(" ") else value)
            continue
        if data:
            text, data = "\n".join(data), []
            if text.strip() == "[DONE]":
                return
            yield json.loads(text)
    if data and "\n".join(data).strip() != "[DONE]":
        yield json.loads("\n".join(data))


def _is_model_error(status: int | None, low: str) -> bool:
    """Recognise "no such model" across servers (vLLM/Ollama/OpenAI 404s, `transformers serve` "pinned to")."""
    if "model_not_found" in low or "is pinned to" in low:
        return True
    return "model" in low and (status == 404 or any(p in low for p in _MODEL_PHRASES))


def _detail_of(body: Any) -> str:
    """The human part of an error body across servers: {"error": {"message"}}, {"error": str}, {"detail"}, {"message"}."""
    if not isinstance(body, dict):
        return str(body)
    error = body.get("error")
    if isinstance(error, dict):
        parts = [str(error.get("message") or "")] + [str(error[k]) for k in ("code", "type") if error.get(k)]
        return " ".join(p for p in parts if p)
    for value in (error, body.get("detail"), body.get("message")):
        if value:
            return value if isinstance(value, str) else json.dumps(value)
    return json.dumps(body)[:300]


def _safe_url(url: str) -> str:
    """The URL without user:password, for messages and logs."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"****@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def _backoff(attempt: int) -> float:
    return min(0.5 * 2**attempt, 4.0)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else type(exc).__name__
