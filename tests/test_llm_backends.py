"""LLM backends: one contract suite run against every backend, then each backend's own failure modes.

The contract runs the bundled SmolLM2 in-process (``local``) and through a real ``transformers serve`` process on
127.0.0.1 (``openai``). Server behaviour ``transformers serve`` lacks (API keys, context-length errors, 5xx, slow
answers) is exercised against the scripted stand-in in ``tests/support/servers.py``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from assistant.llm import BACKENDS, LLM, LocalLLM, OpenAICompatLLM, get_llm
from assistant.llm.base import stop_filtered, truncate_at_stop
from assistant.llm.local import model_key
from retrieval.errors import UserError
from retrieval.settings import Settings
from tests.support.fake_llm import FakeLLM
from tests.support.servers import Reply, ScriptedServer, chat_chunks, chat_completion, transformers_serve

QUESTION = [{"role": "user", "content": "Name three common complaints about mobile banking apps."}]
SECRET = "sk-test-9f8e7d6c5b4a"


def make_settings(tmp_path, models_cache, **llm) -> Settings:
    return Settings(home=tmp_path / "pma", models_cache=models_cache, llm=llm)


# ---- backends under test (session-scoped: one model load, one server) ------------------------------------------
@pytest.fixture(scope="session")
def served_url(bundled_llm_dir, tmp_path_factory):
    with transformers_serve(bundled_llm_dir, tmp_path_factory.mktemp("serve") / "serve.log") as url:
        yield url


@pytest.fixture(scope="session")
def local_llm(tmp_path_factory, models_cache, bundled_llm_dir) -> LLM:
    llm = get_llm(make_settings(tmp_path_factory.mktemp("local"), models_cache, backend="local"))
    llm.warm_up()
    return llm


@pytest.fixture(scope="session")
def openai_llm(tmp_path_factory, models_cache, bundled_llm_dir, served_url) -> LLM:
    llm = get_llm(make_settings(tmp_path_factory.mktemp("openai"), models_cache, backend="openai", base_url=served_url,
                                model=str(bundled_llm_dir), api_key=SECRET))
    llm.warm_up()
    return llm


@pytest.fixture(params=["local", "openai"])
def llm(request) -> LLM:
    return request.getfixturevalue(f"{request.param}_llm")


# ---- the contract ------------------------------------------------------------------------------------------------
_greedy_cache: dict[tuple[int, int], str] = {}


def greedy(llm: LLM, max_new_tokens: int) -> str:
    """The greedy answer to QUESTION, computed once per backend and length (generation is the slow part)."""
    key = (id(llm), max_new_tokens)
    if key not in _greedy_cache:
        _greedy_cache[key] = llm.generate(QUESTION, max_new_tokens=max_new_tokens, temperature=0)
    return _greedy_cache[key]


@pytest.mark.slow
class TestContract:
    def test_is_an_llm_and_describes_itself_without_secrets(self, llm):
        assert isinstance(llm, LLM)
        info = llm.describe()
        assert {"backend", "model", "adapter", "device"} <= info.keys()
        assert info["backend"] == llm.name and BACKENDS[llm.name] is type(llm)
        assert info["device"] in ("cpu", "remote")
        assert SECRET not in repr(info) + repr(llm)

    def test_generate_returns_text(self, llm):
        text = greedy(llm, 12)
        assert isinstance(text, str) and text.strip()

    def test_stream_pieces_join_to_the_generated_text(self, llm):
        pieces = list(llm.stream(QUESTION, max_new_tokens=12, temperature=0))
        assert len(pieces) > 1, "streaming should deliver the answer in several pieces"
        assert "".join(pieces) == greedy(llm, 12)

    def test_max_new_tokens_is_respected(self, llm):
        short, long = greedy(llm, 4), greedy(llm, 12)
        assert 0 < llm.count_tokens(short) <= 4 < llm.count_tokens(long) <= 12
        assert long.startswith(short)  # greedy decoding: the shorter answer is a prefix

    def test_stop_strings_end_the_answer_and_are_not_returned(self, llm):
        full = greedy(llm, 12)
        stop = full.split()[2]  # a word from the middle of the answer
        expected = full[: full.index(stop)]
        assert llm.generate(QUESTION, max_new_tokens=12, temperature=0, stop=[stop]) == expected
        assert "".join(llm.stream(QUESTION, max_new_tokens=12, temperature=0, stop=[stop])) == expected

    def test_count_tokens_covers_the_rendered_prompt(self, llm):
        content = QUESTION[0]["content"]
        assert llm.count_tokens(QUESTION) > llm.count_tokens(content) > 5

    def test_closing_a_stream_early_frees_the_backend(self, llm):
        stream = llm.stream(QUESTION, max_new_tokens=200, temperature=0)
        first = next(stream)
        started = time.monotonic()
        stream.close()
        assert first and time.monotonic() - started < 5, "closing should stop generation, not wait for 200 tokens"
        assert llm.generate(QUESTION, max_new_tokens=2, temperature=0)  # lock released, backend usable

    def test_concurrent_requests_get_the_same_greedy_answer(self, llm):
        results, errors = [], []

        def ask():
            try:
                results.append("".join(llm.stream(QUESTION, max_new_tokens=4, temperature=0)))
            except Exception as exc:  # surfaced by the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=ask) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors and results == [greedy(llm, 4)] * 2

    def test_sampling_with_temperature_still_answers(self, llm):
        assert llm.generate(QUESTION, max_new_tokens=4, temperature=0.9).strip()


@pytest.mark.slow
def test_both_backends_render_the_prompt_the_same_way(local_llm, openai_llm):
    # Same weights, same greedy decoding: identical text means identical chat-template rendering and tokenization.
    assert greedy(local_llm, 12) == greedy(openai_llm, 12)
    assert local_llm.count_tokens(QUESTION) == openai_llm.count_tokens(QUESTION)


# ---- local backend -------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_local_prompt_longer_than_the_model_window_names_the_budget(local_llm):
    huge = [{"role": "user", "content": "feedback " * 9000}]
    with pytest.raises(UserError, match="PMA_LLM_CONTEXT_TOKENS"):
        local_llm.generate(huge, max_new_tokens=8)


@pytest.mark.slow
def test_local_adapter_is_applied(tmp_path, models_cache, bundled_llm_dir, local_llm):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(bundled_llm_dir)
    # init_lora_weights=False gives non-zero B matrices, so the adapter visibly changes the output.
    peft_model = get_peft_model(base, LoraConfig(r=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False))
    peft_model.save_pretrained(tmp_path / "adapter")
    del base, peft_model

    tuned = get_llm(make_settings(tmp_path, models_cache, adapter=str(tmp_path / "adapter")))
    answer = tuned.generate(QUESTION, max_new_tokens=4, temperature=0)
    assert tuned.describe()["adapter"] == str(tmp_path / "adapter")
    assert answer != greedy(local_llm, 4)


def test_adapter_trained_on_another_base_is_refused(tmp_path, models_cache, bundled_llm_dir):
    from peft import LoraConfig, get_peft_model
    from transformers import LlamaConfig, LlamaForCausalLM

    other = tmp_path / "tiny-llama"
    LlamaForCausalLM(LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                 num_attention_heads=2, num_key_value_heads=1)).save_pretrained(other)
    model = LlamaForCausalLM.from_pretrained(other)
    get_peft_model(model, LoraConfig(r=2, target_modules=["q_proj"])).save_pretrained(tmp_path / "adapter")

    llm = get_llm(make_settings(tmp_path, models_cache, adapter=str(tmp_path / "adapter")))
    with pytest.raises(UserError, match="PMA_LLM_ADAPTER") as err:
        llm.warm_up()
    assert "tiny-llama" in str(err.value)


def test_adapter_folder_without_adapter_is_refused(tmp_path, models_cache, bundled_llm_dir):
    llm = get_llm(make_settings(tmp_path, models_cache, adapter=str(tmp_path)))
    with pytest.raises(UserError, match="PMA_LLM_ADAPTER"):
        llm.generate(QUESTION)


def test_local_missing_model_names_the_setting(tmp_path, models_cache):
    llm = get_llm(make_settings(tmp_path, models_cache, model=str(tmp_path / "no-such-model")))
    with pytest.raises(UserError, match="PMA_LLM_MODEL"):
        llm.warm_up()


def test_model_key_matches_bundled_folder_and_hub_id(bundled_llm_dir):
    assert model_key("bundled") == model_key(str(bundled_llm_dir)) == model_key("HuggingFaceTB/SmolLM2-135M-Instruct")
    assert model_key("Qwen/Qwen2.5-0.5B-Instruct") != model_key("bundled")


# ---- openai backend against the real server --------------------------------------------------------------------
@pytest.mark.slow
def test_openai_default_model_uses_the_servers_model(tmp_path, models_cache, served_url, openai_llm):
    llm = get_llm(make_settings(tmp_path, models_cache, backend="openai", base_url=served_url))  # model = "bundled"
    assert llm.generate(QUESTION, max_new_tokens=4, temperature=0) == greedy(openai_llm, 4)
    assert "smollm2-135m-instruct" in llm.describe()["served_model"]


@pytest.mark.slow
def test_openai_wrong_model_names_the_setting(tmp_path, models_cache, served_url):
    # `transformers serve FOLDER` is pinned to FOLDER and answers 400 for any other model name.
    llm = get_llm(make_settings(tmp_path, models_cache, backend="openai", base_url=served_url, model="no-such-model"))
    with pytest.raises(UserError, match="PMA_LLM_MODEL"):
        llm.generate(QUESTION, max_new_tokens=4)
    with pytest.raises(UserError, match="PMA_LLM_MODEL"):
        list(llm.stream(QUESTION, max_new_tokens=4))


def test_openai_unreachable_server_fails_fast_and_names_the_url(tmp_path, models_cache):
    import socket

    with socket.socket() as closed:  # bound but not listening: connections are refused, and nobody else gets it
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
        llm = get_llm(make_settings(tmp_path, models_cache, backend="openai", base_url=url, api_key=SECRET, timeout_s=2, retries=1))
        started = time.monotonic()
        with pytest.raises(UserError, match="PMA_LLM_BASE_URL") as err:
            llm.generate(QUESTION)
        assert time.monotonic() - started < 5
        assert SECRET not in str(err.value)


def test_openai_without_base_url_names_the_setting(tmp_path, models_cache):
    with pytest.raises(UserError, match="PMA_LLM_BASE_URL"):
        get_llm(make_settings(tmp_path, models_cache, backend="openai"))


def test_unknown_backend_names_the_setting(tmp_path, models_cache):
    with pytest.raises(UserError, match="PMA_LLM_BACKEND"):
        get_llm(make_settings(tmp_path, models_cache, backend="nope"))


@pytest.mark.parametrize("method", ["describe", "warm_up", "generate", "stream", "count_tokens"])
def test_the_suite_stand_in_has_the_protocol_signatures(method):
    """``FakeLLM`` (tests/support) stands in for external models: it must be callable exactly as ``LLM`` is."""
    import inspect

    expected = inspect.signature(getattr(LLM, method))
    actual = inspect.signature(getattr(FakeLLM, method))
    assert list(actual.parameters) == list(expected.parameters)
    assert [p.kind for p in actual.parameters.values()] == [p.kind for p in expected.parameters.values()]
    assert [p.default for p in actual.parameters.values()] == [p.default for p in expected.parameters.values()]
    fake = FakeLLM("Offline maps fail [F1].")
    assert isinstance(fake, LLM)
    assert "".join(fake.stream([{"role": "user", "content": "?"}])) == fake.generate([{"role": "user", "content": "?"}])


def test_a_third_party_backend_registers_like_the_built_ins(tmp_path, models_cache):
    class Echo:
        name = "echo"

        def __init__(self, settings):
            self.settings = settings

        def describe(self):
            return {"backend": "echo", "model": None, "adapter": None, "device": "none"}

        def warm_up(self):
            pass

        def generate(self, messages, *, max_new_tokens=None, temperature=None, stop=None):
            return messages[-1]["content"]

        def stream(self, messages, **kw):
            yield self.generate(messages)

        def count_tokens(self, text):
            return len(str(text).split())

    BACKENDS["echo"] = Echo
    try:
        llm = get_llm(make_settings(tmp_path, models_cache, backend="echo"))
        assert isinstance(llm, LLM) and llm.generate(QUESTION) == QUESTION[0]["content"]
    finally:
        del BACKENDS["echo"]


# ---- openai backend: behaviour transformers serve lacks, against the scripted stand-in ---------------------------
def standin_llm(tmp_path, models_cache, url, **llm) -> OpenAICompatLLM:
    return get_llm(make_settings(tmp_path, models_cache, backend="openai", base_url=url, model="m", **llm))


def test_openai_sends_the_key_and_hides_it_when_refused(tmp_path, models_cache):
    body = {"error": {"message": f"Incorrect API key provided: {SECRET}.", "type": "invalid_request_error", "code": "invalid_api_key"}}
    with ScriptedServer([Reply(401, body)]) as server:
        llm = standin_llm(tmp_path, models_cache, server.url, api_key=SECRET)
        with pytest.raises(UserError, match="PMA_LLM_API_KEY") as err:
            llm.generate(QUESTION)
    assert server.requests[0]["headers"]["Authorization"] == f"Bearer {SECRET}"
    assert SECRET not in str(err.value) and "****" in str(err.value)


def test_openai_context_too_long_names_the_budget(tmp_path, models_cache):
    body = {"object": "error", "message": "This model's maximum context length is 2048 tokens. However, you requested 2300 tokens.",
            "type": "BadRequestError", "code": 400}
    with ScriptedServer([Reply(400, body)]) as server:
        with pytest.raises(UserError, match="PMA_LLM_CONTEXT_TOKENS"):
            standin_llm(tmp_path, models_cache, server.url).generate(QUESTION)


def test_openai_model_not_found_names_the_setting(tmp_path, models_cache):
    body = {"object": "error", "message": "The model `m` does not exist.", "type": "NotFoundError", "code": 404}
    with ScriptedServer([Reply(404, body)]) as server:
        with pytest.raises(UserError, match="PMA_LLM_MODEL"):
            standin_llm(tmp_path, models_cache, server.url).generate(QUESTION)


def test_openai_wrong_path_suggests_the_api_root(tmp_path, models_cache):
    with ScriptedServer([Reply(404, {"detail": "Not Found"})]) as server:
        llm = standin_llm(tmp_path, models_cache, server.url.removesuffix("/v1"))
        with pytest.raises(UserError, match="PMA_LLM_BASE_URL.*/v1"):
            llm.generate(QUESTION)


def test_openai_retries_5xx_then_succeeds(tmp_path, models_cache):
    with ScriptedServer([Reply(503, {"error": "loading"}), Reply(200, chat_completion("ok"))]) as server:
        assert standin_llm(tmp_path, models_cache, server.url, retries=2).generate(QUESTION) == "ok"
    assert len(server.requests) == 2


def test_openai_gives_up_after_the_configured_retries(tmp_path, models_cache):
    with ScriptedServer([Reply(500, {"error": "boom"})]) as server:
        with pytest.raises(UserError, match="HTTP 500"):
            standin_llm(tmp_path, models_cache, server.url, retries=1).generate(QUESTION)
    assert len(server.requests) == 2


def test_openai_slow_server_names_the_timeout(tmp_path, models_cache):
    with ScriptedServer([Reply(200, chat_completion("late"), delay_s=1.5)]) as server:
        with pytest.raises(UserError, match="PMA_LLM_TIMEOUT_S"):
            standin_llm(tmp_path, models_cache, server.url, timeout_s=0.3).generate(QUESTION)
    assert len(server.requests) == 1, "timeouts are not retried"


def test_openai_stream_parses_sse_and_cuts_a_split_stop_string(tmp_path, models_cache):
    pieces = ["The app ", "crashes on lo", "gin. END", "OF ANSWER trailing"]
    with ScriptedServer([Reply(200, chat_chunks(pieces), sse=True)]) as server:
        llm = standin_llm(tmp_path, models_cache, server.url)
        assert "".join(llm.stream(QUESTION, stop=["ENDOF", "END"])) == "The app crashes on login. "
    sent = server.requests[0]["json"]
    assert sent["stream"] is True and sent["model"] == "m" and sent["stop"] == ["ENDOF", "END"]


def test_openai_error_event_inside_a_stream_becomes_a_user_error(tmp_path, models_cache):
    with ScriptedServer([Reply(200, ['{"error": "maximum context length exceeded"}'], sse=True)]) as server:
        with pytest.raises(UserError, match="PMA_LLM_CONTEXT_TOKENS"):
            list(standin_llm(tmp_path, models_cache, server.url).stream(QUESTION))


# ---- shared helpers and layering ---------------------------------------------------------------------------------
@given(text=st.text(alphabet="ab\n", max_size=30), cuts=st.lists(st.integers(0, 30), max_size=6),
       stop=st.lists(st.text(alphabet="ab\n", min_size=1, max_size=3), max_size=2))
@example(text="a\na", cuts=[2], stop=["\n", "a\na"])  # found by hypothesis: a longer stop string began earlier
def test_stop_filtering_on_any_split_matches_cutting_the_whole_text(text, cuts, stop):
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    pieces = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    assert "".join(stop_filtered(pieces, stop)) == truncate_at_stop(text, stop)[0]


def test_importing_the_backends_loads_no_heavy_library():
    code = ("import sys, assistant.llm; heavy = [m for m in ('torch', 'transformers', 'httpx', 'peft') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1])
    assert result.returncode == 0, result.stdout + result.stderr


def test_local_backend_constructor_is_cheap(tmp_path, models_cache):
    llm = LocalLLM(make_settings(tmp_path, models_cache))
    assert llm.describe()["path"] is None  # nothing resolved or loaded yet
