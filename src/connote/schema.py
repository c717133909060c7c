"""pydantic models for every boundary: request, profile, note, draft result, config, template metadata.

All of them forbid unknown fields; :func:`validation_message` turns a ValidationError into one line.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

LINKEDIN_MAX = 300
FREE_ACCOUNT_LIMIT = 200
MIN_LIMIT = 40
#: how much of a paste drafting reads (a profile page is a few thousand characters)
MAX_PROFILE_CHARS = 20_000
#: seconds a draft may spend before it returns the notes that passed so far (``Config.time_budget``)
TIME_BUDGET = 12.0
#: who writes a draft's first note: the user's reason in the note's voice, or the model
FirstNote = Literal["reason", "model"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def validation_message(err: ValidationError, names: dict[str, str] | None = None) -> str:
    """One readable line for a pydantic ValidationError (never echoes the input value).

    ``names`` maps field names to what the user typed (e.g. ``count`` -> ``-n/--count``).
    """
    parts = []
    for e in err.errors(include_input=False, include_url=False):
        loc = ".".join(str(x) for x in e.get("loc", ()) if x != "__root__")
        loc = (names or {}).get(loc, loc)
        msg = e.get("msg", "invalid value").removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts) or "invalid value"


class Profile(Strict):
    """What the profile parser could tell from a pasted profile."""

    name: str | None = None
    first_name: str | None = None
    pronouns: str | None = None
    headline: str | None = None
    role: str | None = None
    company: str | None = None
    location: str | None = None
    about: str | None = None
    activity: list[str] = Field(default_factory=list)
    experience: list[str] = Field(default_factory=list)
    education: list[str] = Field(default_factory=list)


class DraftRequest(Strict):
    profile_text: str
    reason: str
    sender: str | None = None
    count: int = Field(3, ge=1, le=10)
    limit: int = Field(LINKEDIN_MAX, ge=MIN_LIMIT, le=LINKEDIN_MAX)
    seed: int | None = Field(None, ge=0, le=2**31 - 1)
    temperature: float = Field(0.7, ge=0.0, le=2.0)
    occasion: str | None = None
    model: str | None = None
    #: the person's name when the paste lacks it (or the parser got it wrong)
    name: str | None = Field(None, max_length=100)
    #: the polite "you" (Sie, vous, usted, você, Lei, u) or the familiar one; None: as the reason itself speaks
    formal: bool | None = None
    #: who writes the first note: ``model`` (the model writes every note; your reason's note only if none passes) or
    #: ``reason`` (your reason, in the note's voice, when it passes the checks; the model writes what that leaves)
    first_note: FirstNote = "model"

    @field_validator("reason")
    @classmethod
    def _reason_not_blank(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("the reason is empty; say in a few words why you want to connect")
        return v

    @field_validator("profile_text")
    @classmethod
    def _profile_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the profile is empty; paste the person's profile text")
        return v

    @field_validator("sender", "name")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        return v.strip() or None if v is not None else None


class CheckResult(Strict):
    name: str
    passed: bool
    detail: str = ""


class Note(Strict):
    id: str
    text: str
    chars: int
    limit: int
    passed: bool
    score: float = 0.0
    checks: list[CheckResult] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list)
    seed: int | None = None


class Draft(Strict):
    id: str
    model: str
    template: str
    occasion: str
    language: str
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    notes: list[Note]
    all_failed: bool = False
    warnings: list[str] = Field(default_factory=list)
    #: said when the reason gives no real why (a note that says why gets accepted; else follow instead)
    advice: str | None = None
    #: ids of the user's earlier notes the prompt showed as examples (their voice; ``connote voice``)
    voice: list[str] = Field(default_factory=list)
    profile: Profile
    request: DraftRequest
    candidates: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = Field(default_factory=dict)


class TemplateMeta(Strict):
    """``template.toml`` of a prompt template folder."""

    name: str
    description: str
    occasion: str
    keywords: list[str] = Field(default_factory=list)
    mode: Literal["completion", "chat"] = "completion"
    stop: list[str] = Field(default_factory=lambda: ["\n"])
    max_tokens: int = Field(110, ge=16, le=1024)
    #: show the shared few-shot cases of ``_base/examples.jsonl`` before the template's own
    shared_examples: bool = True


class Config(Strict):
    """``config.toml`` in the config dir."""

    sender: str | None = None
    model: str | None = None
    limit: int = Field(LINKEDIN_MAX, ge=MIN_LIMIT, le=LINKEDIN_MAX)
    count: int = Field(3, ge=1, le=10)
    temperature: float = Field(0.7, ge=0.0, le=2.0)
    history: bool = True
    #: learn from the notes you sent: they become the prompt's examples (``connote voice``)
    voice: bool = True
    threads: int | None = Field(None, ge=1, le=256)
    gpu_layers: int = Field(0, ge=-1)
    #: ``llama`` (in-process llama.cpp) or ``openai`` (an OpenAI-compatible server at ``base_url``)
    backend: Literal["llama", "openai"] = "llama"
    base_url: str | None = None
    #: name of the environment variable holding the server's API key (the key itself is never stored)
    api_key_env: str | None = None
    #: seconds a draft may spend before it returns the notes that passed so far (and says it found fewer)
    time_budget: float = Field(TIME_BUDGET, ge=1.0, le=600.0)
    #: who writes the first note (``DraftRequest.first_note``)
    first_note: FirstNote = "model"

    @field_validator("base_url")
    @classmethod
    def _base_url_http(cls, v: str | None) -> str | None:
        if v is not None and not v.strip().lower().startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return v.strip() if v is not None else None

    @field_validator("api_key_env")
    @classmethod
    def _env_name(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", v):
            raise ValueError("must be the name of an environment variable (letters, digits, _), not the key")
        return v
