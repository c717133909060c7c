"""Command-line options shared by several commands (one definition, the same help everywhere)."""

from __future__ import annotations

import typer

BACKEND = typer.Option(None, "--backend", help="'llama' (in-process, default) or 'openai' (a server).")
BASE_URL = typer.Option(None, "--base-url", help="OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1.")
API_KEY_ENV = typer.Option(None, "--api-key-env", help="Environment variable holding the server's API key.")
TEMPERATURE = typer.Option(None, "--temperature", "-t",
                           help="How varied the model's wording is (default 0.7; its first note is always its likeliest).")
OUTPUT = typer.Option(None, "--output", "-o", help="Write the notes (or the --json object) to this file instead "
                                                  "of stdout; created readable by you only.")
