"""`pma ui`: serve the browser UI (chat, feedback, themes, plan, fine-tuning, settings).

Binds 127.0.0.1 by default; any other address needs a password (``--auth USER:PASS`` or ``PMA_UI_AUTH``). Gradio's
analytics are off. Gradio is imported only when the command runs, so `pma --help` stays fast.
"""

from __future__ import annotations

import logging
import os
import threading

import typer

from retrieval.errors import UserError
from retrieval.settings import Settings
from ui.cli import app
from ui.cli.options import number_option

log = logging.getLogger(__name__)


@app.command("ui")
def ui_command(
    host: str = typer.Option(None, "--host", help="Address to bind (default 127.0.0.1; others require --auth)."),
    port: int = number_option(None, "--port", help="Port (default 7860).", low=1, high=65535,
                              example="pma ui --port 7861"),
    auth: str = typer.Option(None, "--auth", help="USER:PASS required to open the UI (or set PMA_UI_AUTH)."),
    no_warm_up: bool = typer.Option(False, "--no-warm-up",
                                    help="Load models on the first question instead of at start."),
    example: bool = typer.Option(False, "--example", help="On a fresh install (no feedback stored), load the "
                                 "example export in the background: themes and a plan appear while you look around."),
) -> None:
    """Open PM Assistant in the browser: ask, upload feedback, see themes, draft a plan, fine-tune.

    Example: pma ui --port 7860   (then open http://127.0.0.1:7860)
    """
    # Before gradio is imported: its import-time version check and telemetry read this variable.
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    from ui.handlers.security import check_bind, check_listen, parse_auth

    settings = Settings()
    host = host or settings.ui.host
    port = port or settings.ui.port
    configured = settings.ui.auth.get_secret_value() if settings.ui.auth else None  # PMA_UI_AUTH or pma.toml
    credentials = parse_auth(auth or configured)
    check_bind(host, credentials)  # before anything slow: a refused bind should fail at once
    check_listen(host, port)

    from ui.app import build_app, launch
    from ui.handlers.services import Services

    services = Services(settings)
    if example:
        from ui.handlers.example import ExampleLoader

        services.example = ExampleLoader(services)
    ui = build_app(settings, services)
    if example or not no_warm_up:
        threading.Thread(target=_background, args=(services, not no_warm_up), name="warm-up", daemon=True).start()
    typer.echo(f"PM Assistant UI on http://{host}:{port}" + (" (sign-in required)" if credentials else "")
               + " — Ctrl-C to stop.")
    from ui.cli import graceful_stop

    stop = graceful_stop()  # SIGTERM, even during start-up, ends the wait below
    try:
        launch(ui, settings, host=host, port=port, auth=credentials, quiet=True, prevent_thread_lock=True)
    except OSError as exc:
        if "Cannot find empty port" not in str(exc):
            raise
        # Taken between the check above and the server start (another process was quicker).
        raise UserError(f"--port {port}: already in use on {host}.",
                        hint=f"Choose a free port, e.g. pma ui --port {port + 1}.") from None
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:  # Ctrl-C
        pass
    finally:
        ui.close()


def _background(services, warm_up: bool) -> None:
    """The example first (what a newcomer looks at), then the models (the first question needs them)."""
    if services.example is not None:
        services.example.start().thread.join()
    if not warm_up:
        return
    try:
        services.warm_up()
    except Exception as exc:  # the page shows the same problem on first use, with its one-line message
        log.warning("warm-up failed: %s", exc)
