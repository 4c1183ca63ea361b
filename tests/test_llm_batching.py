"""The local backend batches concurrent requests: same greedy answers alone and together, each stream with its own
stop strings and output checks, new requests joining a running batch, cache room handed out in order.

The contract every backend meets is in ``test_llm_backends.py``; this file is about what batching adds. The model is
the real bundled SmolLM2 (one instance for the module); answers are kept short.
"""

from __future__ import annotations

import threading
import time

import pytest

from assistant.llm import LocalLLM
from assistant.llm.batching import PAGE_TOKENS, CacheRoom
from retrieval.errors import UserError
from retrieval.settings import Settings

PROMPTS = [
    "Name three common complaints about mobile banking apps.",
    "Why would a hiking app drain the battery?",
    "Write one sentence about offline maps.",
    "What is single sign-on?",
    "List two reasons people cancel a subscription.",
    "Describe a good onboarding flow in one sentence.",
]


def ask(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


@pytest.fixture(scope="module")
def llm(tmp_path_factory, models_cache, bundled_llm_dir) -> LocalLLM:
    llm = LocalLLM(Settings(home=tmp_path_factory.mktemp("batching"), models_cache=models_cache))
    llm.warm_up()
    yield llm
    llm.close()


def run_together(jobs) -> list:
    """Run the callables in threads, started a little apart so later ones join a batch already decoding."""
    results: list = [None] * len(jobs)
    errors: list = []

    def run(i):
        try:
            results[i] = jobs[i]()
        except Exception as exc:  # surfaced by the assertion in the caller
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
        time.sleep(0.05)
    for t in threads:
        t.join(300)
    assert not errors, errors
    return results


# ---- the model path ----------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_greedy_answers_are_the_same_alone_and_in_a_batch(llm):
    alone = [llm.generate(ask(p), max_new_tokens=24, temperature=0) for p in PROMPTS]
    together = run_together([lambda p=p: "".join(llm.stream(ask(p), max_new_tokens=24, temperature=0))
                             for p in PROMPTS])
    assert together == alone
    assert len(set(alone)) == len(PROMPTS)  # different prompts, different answers: outputs were not mixed up


@pytest.mark.slow
def test_each_stream_has_its_own_stop_strings(llm):
    full = [llm.generate(ask(p), max_new_tokens=16, temperature=0) for p in PROMPTS[:3]]
    stops = [[f.split()[2]] for f in full]  # a different word from the middle of each answer
    expected = [f[: f.index(s[0])] for f, s in zip(full, stops)]
    got = run_together([lambda p=p, s=s: "".join(llm.stream(ask(p), max_new_tokens=16, temperature=0, stop=s))
                        for p, s in zip(PROMPTS[:3], stops)])
    assert got == expected


@pytest.mark.slow
def test_closing_one_stream_leaves_the_others_answering(llm):
    alone = llm.generate(ask(PROMPTS[0]), max_new_tokens=32, temperature=0)
    long_answer: dict = {}

    def keep_reading():
        long_answer["text"] = "".join(llm.stream(ask(PROMPTS[0]), max_new_tokens=32, temperature=0))

    reader = threading.Thread(target=keep_reading)
    reader.start()
    short = llm.stream(ask(PROMPTS[1]), max_new_tokens=200, temperature=0)
    assert next(short)
    short.close()  # cancels this request inside the batch
    reader.join(300)
    assert long_answer["text"] == alone
    assert llm._batcher.running == 0 and llm._batcher.room.free == llm._batcher.room.capacity


@pytest.mark.slow
def test_a_new_request_joins_the_running_batch(llm):
    """A short answer asked while a long one is being written finishes first: it did not wait for the long one."""
    long_started, long_done = threading.Event(), threading.Event()

    def long_answer():
        for _ in llm.stream(ask(PROMPTS[2]), max_new_tokens=160, temperature=0):
            long_started.set()
        long_done.set()

    writer = threading.Thread(target=long_answer)
    writer.start()
    assert long_started.wait(120)
    short = llm.generate(ask(PROMPTS[3]), max_new_tokens=4, temperature=0)
    short_finished_first = not long_done.is_set()
    writer.join(300)
    assert short and short_finished_first


@pytest.mark.slow
def test_requests_wait_for_room_in_the_cache_and_still_answer(tmp_path, models_cache, bundled_llm_dir, llm):
    # Room for one request at a time (each reserves its long prompt plus 8 new tokens, over half of the 256): the
    # second waits for the first to finish, then answers the same.
    prompts = [f"{p} Context: " + "The offline map would not load on the trail. " * 12 for p in PROMPTS[:2]]
    small = LocalLLM(Settings(home=tmp_path / "pma", models_cache=models_cache, llm={"cache_tokens": 4 * PAGE_TOKENS}))
    try:
        assert all(2 * (small.count_tokens(ask(p)) + 8) > 4 * PAGE_TOKENS for p in prompts)
        got = run_together([lambda p=p: small.generate(ask(p), max_new_tokens=8, temperature=0) for p in prompts])
        assert got == [llm.generate(ask(p), max_new_tokens=8, temperature=0) for p in prompts]
    finally:
        small.close()


@pytest.mark.slow
def test_placeholder_batches_run_at_engine_start_leave_the_engine_answering_as_before(llm, caplog):
    """On a GPU the engine runs one placeholder batch per padded size when it starts, so that CUDA graphs are captured
    then and not while people wait (``GPU_ENGINE_OPTIONS``). A CPU has no graphs, but the placeholder batches run the
    same way; here the engine's graph switch is turned on by hand to run them."""
    before = llm.generate(ask(PROMPTS[2]), max_new_tokens=12)
    engine = llm._batcher._engine(False)
    cfg = engine.manager.continuous_batching_config
    saved = cfg.use_cuda_graph, cfg.q_padding_interval_size, cfg.max_batch_tokens, llm._batcher.eos_token_id
    cfg.use_cuda_graph, cfg.q_padding_interval_size, cfg.max_batch_tokens = (True, True), 256, 512
    llm._batcher.eos_token_id = [saved[3], 0]  # models may list several end tokens
    try:
        with caplog.at_level("INFO", logger="assistant.llm.batching"):
            engine.capture_graphs(llm._batcher)
    finally:
        cfg.use_cuda_graph, cfg.q_padding_interval_size, cfg.max_batch_tokens, llm._batcher.eos_token_id = saved
    assert "captured 2 CUDA graph sizes" in caplog.text, caplog.text
    assert not engine.queues
    assert llm._batcher.room.free == llm._batcher.room.capacity
    assert llm.generate(ask(PROMPTS[2]), max_new_tokens=12) == before


def test_an_engine_started_ahead_answers_the_first_request(llm):
    """On a GPU, loading the model starts the engine of the configured decoding, so its CUDA graphs are captured while
    the UI loads and not on the first question (``LocalLLM._load``; the H200 run of bench/llm_batching.py measures
    the first answer after loading). ``Batcher.start`` is that step: the engine it starts answers the request."""
    llm._batcher.close()
    llm._batcher.start()
    engine = llm._batcher._engine(False)
    assert engine.alive and not engine.queues
    assert llm.generate(ask(PROMPTS[0]), max_new_tokens=4)
    assert llm._batcher._engine(False) is engine


@pytest.mark.slow
def test_the_padding_cuda_graphs_need_leaves_greedy_answers_unchanged(bundled_llm_dir):
    """On a GPU every batch is padded to ``GPU_ENGINE_OPTIONS``' sizes (256 query, 4096 cache tokens) so that CUDA
    graphs can replay it. A CPU has no graphs, but transformers' padding itself can run here: with SDPA, as on a GPU,
    the padded batches must give the same greedy tokens as unpadded ones."""
    import copy

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, ContinuousBatchingConfig

    from assistant.llm.batching import GPU_ENGINE_OPTIONS

    tokenizer = AutoTokenizer.from_pretrained(bundled_llm_dir)
    model = AutoModelForCausalLM.from_pretrained(bundled_llm_dir, dtype=torch.float32).eval()
    model.set_attn_implementation("sdpa")
    prompts = [tokenizer.apply_chat_template(ask(p), add_generation_prompt=True, tokenize=True, return_dict=True)
               ["input_ids"] for p in PROMPTS[:4]]
    options = {k: v for k, v in GPU_ENGINE_OPTIONS.items() if k != "use_cuda_graph"}

    def answers(padded: bool) -> tuple[list[list[int]], set]:
        config = copy.deepcopy(model.generation_config)
        config.do_sample, config.max_new_tokens, config.max_length = False, 16, None
        config.temperature = config.top_p = config.top_k = None
        manager = model.init_continuous_batching(generation_config=config, continuous_batching_config=(
            ContinuousBatchingConfig(page_size=PAGE_TOKENS, num_blocks=96, max_batch_tokens=256, safety_margin=0.0,
                                     allow_block_sharing=False, use_cuda_graph=False, **options)))
        shapes: set = set()
        hook = model.register_forward_pre_hook(lambda _m, _a, kw: shapes.add(tuple(kw["input_ids"].shape)),
                                               with_kwargs=True)
        try:
            with torch.inference_mode():
                manager.warmup()  # creates the batch processor, whose padding switch is set here
                manager.batch_processor.model_runner.pad_inputs = padded
                manager.start()
                ids = [manager.add_request(p, max_new_tokens=16) for p in prompts]
                done: dict = {}
                while len(done) < len(ids):
                    out = manager.get_result(timeout=120)
                    assert out is not None and out.error is None
                    if out.is_finished():
                        done[out.request_id] = out.generated_tokens
        finally:
            hook.remove()
            manager.stop(block=True)
        return [done[i] for i in ids], shapes

    plain, plain_shapes = answers(False)
    padded, padded_shapes = answers(True)
    assert padded_shapes == {(1, options["q_padding_interval_size"])} != plain_shapes
    assert padded == plain


def test_a_request_larger_than_the_cache_names_the_setting(tmp_path, models_cache, bundled_llm_dir):
    small = LocalLLM(Settings(home=tmp_path / "pma", models_cache=models_cache, llm={"cache_tokens": 256}))
    with pytest.raises(UserError, match="PMA_LLM_CACHE_TOKENS"):
        small.generate(ask("feedback " * 400), max_new_tokens=8)
    assert small._batcher.room.free == 256  # nothing reserved


# ---- the chat's output checks run per stream ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def chat_settings(pg_server, tmp_path_factory, models_cache):
    from retrieval.ingest import ingest_paths
    from tests.support.chat import feedback_csv
    from tests.support.database import fresh_database

    home = tmp_path_factory.mktemp("batching-chat")
    settings = fresh_database(pg_server, "batching_chat", home / "pma", models_cache)
    ingest_paths([feedback_csv(home / "feedback.csv")], settings)
    return settings


@pytest.mark.slow
def test_concurrent_chats_get_the_answers_and_checks_they_get_alone(chat_settings, llm):
    from assistant.chat import Chat
    from assistant.chat.context import AskOptions

    chat = Chat(chat_settings, llm=llm)  # one Chat shared by every session, as in the UI
    options = AskOptions(max_new_tokens=32, save=False)
    questions = ["Why do offline maps fail to download?", "What do people like about community photos?",
                 "What should we fix in the app?"]

    def checked(answer):
        return (answer.text, answer.model_output, answer.fallback, answer.removed_sentences, answer.dropped_citations,
                answer.injection_blocked)

    alone = [checked(chat.ask(q, options=options)) for q in questions]
    together = run_together([lambda q=q: checked(chat.ask(q, options=options)) for q in questions])
    assert together == alone
    assert all(a[1] for a in alone)  # the model wrote each answer (the checks saw model text, not a fallback only)


# ---- pieces without the model ------------------------------------------------------------------------------------
def test_cache_room_serves_in_order_and_waits_until_tokens_are_free():
    room = CacheRoom(100)
    room.take(80)
    order: list[str] = []

    def taker(name, tokens):
        room.take(tokens)
        order.append(name)

    big = threading.Thread(target=taker, args=("big", 60))
    big.start()
    time.sleep(0.1)
    small = threading.Thread(target=taker, args=("small", 10))  # fits now, but waits its turn behind "big"
    small.start()
    time.sleep(0.1)
    assert order == [] and room.free == 20
    room.give(80)
    big.join(5)
    small.join(5)
    assert order == ["big", "small"] and room.free == 30


def test_varlen_attention_equals_sdpa_with_the_block_diagonal_mask():
    import torch
    from torch.nn.functional import scaled_dot_product_attention

    from assistant.llm.varlen_attention import varlen_sdpa

    torch.manual_seed(0)
    heads, kv_heads, dim = 6, 2, 16
    # Three packed requests: decoding (1 new token, 9 keys), a prompt chunk (5 new of 12 keys), a whole prompt (4 of 4).
    q_lens, k_lens = [1, 5, 4], [9, 12, 4]
    q = torch.randn(1, heads, sum(q_lens), dim)
    k, v = torch.randn(1, kv_heads, sum(k_lens), dim), torch.randn(1, kv_heads, sum(k_lens), dim)
    cu_q = torch.tensor([0, 1, 6, 10], dtype=torch.int32)
    cu_k = torch.tensor([0, 9, 21, 25], dtype=torch.int32)
    mask = torch.zeros(sum(q_lens), sum(k_lens), dtype=torch.bool)
    for i, (nq, nk) in enumerate(zip(q_lens, k_lens)):
        block = torch.ones(nq, nk, dtype=torch.bool).tril(nk - nq)
        mask[cu_q[i]:cu_q[i + 1], cu_k[i]:cu_k[i + 1]] = block

    class Layer(torch.nn.Module):
        num_key_value_groups = heads // kv_heads

    got, _ = varlen_sdpa(Layer(), q, k, v, None, scaling=dim ** -0.5, cu_seq_lens_q=cu_q, cu_seq_lens_k=cu_k)
    expected = scaled_dot_product_attention(q, k.repeat_interleave(3, 1), v.repeat_interleave(3, 1), attn_mask=mask,
                                            scale=dim ** -0.5).transpose(1, 2)
    assert got.shape == (1, sum(q_lens), heads, dim)
    torch.testing.assert_close(got, expected, atol=1e-5, rtol=1e-5)
    # bf16 (PMA_LLM_DTYPE=bfloat16): the decoding request is computed in fp32 and handed back in bf16; every
    # request still matches the fp32 reference to bf16 precision.
    half, _ = varlen_sdpa(Layer(), q.bfloat16(), k.bfloat16(), v.bfloat16(), None, scaling=dim ** -0.5,
                          cu_seq_lens_q=cu_q, cu_seq_lens_k=cu_k)
    assert half.dtype == torch.bfloat16
    torch.testing.assert_close(half.float(), expected, atol=3e-2, rtol=3e-2)


@pytest.mark.slow
def test_bf16_weights_on_request_answer_in_a_batch_and_default_stays_fp32(tmp_path, models_cache, bundled_llm_dir, llm):
    import torch

    half = LocalLLM(Settings(home=tmp_path / "pma", models_cache=models_cache, llm={"dtype": "bfloat16"}))
    try:
        got = run_together([lambda p=p: half.generate(ask(p), max_new_tokens=12, temperature=0) for p in PROMPTS[:3]])
        assert half.describe()["dtype"] == "bfloat16"
        assert {p.dtype for p in half._model.parameters()} == {torch.bfloat16}
        assert all(got) and len(set(got)) == 3  # each stream answered its own prompt
    finally:
        half.close()
    if llm.describe()["device"] == "cpu":
        assert llm.describe()["dtype"] == "float32"


def test_an_unknown_weights_dtype_is_refused_with_the_setting_named(tmp_path, monkeypatch, capsys):
    from ui.cli import run

    monkeypatch.setenv("PMA_HOME", str(tmp_path / "pma"))
    monkeypatch.setenv("PMA_LLM_DTYPE", "float16")
    assert run(["config"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "PMA_LLM_DTYPE" in err[0] and "'float16'" in err[0]
