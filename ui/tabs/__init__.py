"""One module per tab of the browser UI; each ``build(services)`` lays out its components inside the current
``gr.Blocks`` and wires them to ``ui.handlers``. Only layout and Gradio glue live here."""
