"""Test helpers shared by the suite and the benches: real components, small.

- ``paths``: where the repository, the public data and the model cache are; ``shared_data`` (skip, or fail in CI);
- ``ports``: ``free_port``; ``database``: a fresh database on the session's PostgreSQL server;
- ``fake_llm``: ``FakeLLM``, the one stand-in for an external model (reply, fail, delay, obey, pass through);
- ``servers``: a real ``transformers serve`` process and a scripted OpenAI-compatible server;
- ``cli``: ``pma`` run as a real child process;
- ``chat``, ``themes``, ``finetune``, ``ui``: each area's data and fixtures (registered in ``tests/conftest.py``
  with ``pytest_plugins``);
- ``cases``: the case sets (prompt injection, PII, hostile files) used by tests and by ``bench/``.
"""
