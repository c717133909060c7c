"""The llama.cpp backend (llama-cpp-python), imported only when a model is actually needed.

Safety and quiet:
- the model is loaded with ggml's *extra buffer types off* (``use_extra_bufts = False``): on CPUs with AMX
  the AMX path segfaults at the first decode, and this setting avoids it whatever flags the installed
  wheel was built with (it also makes loading ~10x faster: no weight repacking);
- llama.cpp's own log lines are routed to a no-op callback, never to the user's terminal.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from .. import paths
from ..errors import GenerationError, ModelError
from .base import Backend, Completion, check_messages
from .llama_batch import MAX_PARALLEL, N_SEQ_MAX, Sampling, decode_together
from .llama_score import score_requests
from .threads import choose_threads

_LOAD_LOCK = threading.Lock()
_QUIET_INSTALLED = False


def _quiet_llama(llama_cpp) -> None:
    global _QUIET_INSTALLED
    if _QUIET_INSTALLED:
        return
    import ctypes

    @llama_cpp.llama_log_callback
    def _discard(level, text, user_data):  # pragma: no cover - called from C
        return None

    llama_cpp.llama_log_set(_discard, ctypes.c_void_p(0))
    _quiet_llama.callback = _discard  # keep a reference: C holds only the pointer
    _QUIET_INSTALLED = True


@contextlib.contextmanager
def _stderr_to_devnull():
    """Silence C-level writes to fd 2 while loading (some ggml messages bypass the log callback)."""
    try:
        fd = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(fd, 2)
        os.close(fd)
        os.close(devnull)


@contextlib.contextmanager
def _held_interrupts():
    """Hold Ctrl-C while llama.cpp loads a model, then raise KeyboardInterrupt.

    Loading calls back into Python thousands of times (the log callback); a KeyboardInterrupt raised inside
    such a ctypes callback is swallowed ("Exception ignored ..."), so Ctrl-C would be lost and the draft go
    on. Instead SIGINT is recorded in the yielded list, and raised as soon as the load returns.
    """
    if threading.current_thread() is not threading.main_thread():
        yield []
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        raise KeyboardInterrupt


class LlamaBackend(Backend):
    name = "llama.cpp"

    def __init__(self, model_path: Path, *, n_ctx: int = 4096, threads: int | None = None,
                 gpu_layers: int = 0, state_cache_dir: Path | None = None, sequences: int = N_SEQ_MAX) -> None:
        self.model_path = Path(model_path)
        self.state_cache_dir = state_cache_dir
        self._prepared: str | None = None
        n_threads = choose_threads(threads)
        with _LOAD_LOCK, _held_interrupts() as pressed:
            # the import too: Ctrl-C in the middle of importing numpy leaves it half-initialised, and the
            # process then fails or is killed on the way out instead of exiting with "interrupted"
            try:
                import llama_cpp
                from llama_cpp import llama as llama_module
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise ModelError(f"llama-cpp-python is not installed or failed to import: {exc}",
                                 hint="reinstall connote with the README's install command") from None
            _quiet_llama(llama_cpp)
            original = llama_module.llama_cpp.llama_model_default_params
            original_ctx = llama_module.llama_cpp.llama_context_default_params
            # loading stops early once Ctrl-C was pressed (llama.cpp asks its progress callback)
            keep_loading = llama_cpp.llama_progress_callback(lambda progress, user_data: not pressed)

            def safe_params():
                params = original()
                params.use_extra_bufts = False
                params.progress_callback = keep_loading
                return params

            def parallel_params():  # room for candidates decoded together, or notes scored (llama_batch, llama_score)
                params = original_ctx()
                params.n_seq_max = sequences
                params.kv_unified = True  # one cache: a candidate shares the prefix cells instead of a copy
                return params

            llama_module.llama_cpp.llama_model_default_params = safe_params
            llama_module.llama_cpp.llama_context_default_params = parallel_params
            try:
                with _stderr_to_devnull():
                    self.llm = llama_cpp.Llama(
                        model_path=str(self.model_path), n_ctx=n_ctx, n_batch=512,
                        n_threads=n_threads, n_threads_batch=n_threads, n_gpu_layers=gpu_layers,
                        verbose=False, logits_all=False,
                    )
            except (ValueError, RuntimeError, OSError) as exc:
                if pressed:
                    raise KeyboardInterrupt from None
                raise ModelError(f"llama.cpp could not load {self.model_path.name}: {exc}",
                                 hint="check the file with: connote models info PATH") from None
            finally:
                llama_module.llama_cpp.llama_model_default_params = original
                llama_module.llama_cpp.llama_context_default_params = original_ctx
        # a prompt must also fit the context the model was trained for (llama.cpp would silently run past it)
        trained = self.llm._model.n_ctx_train()
        self.n_ctx = min(self.llm.n_ctx(), trained) if trained > 0 else self.llm.n_ctx()
        self.name = f"llama.cpp:{self.model_path.stem}"
        self.prompt_evals = 0  # how many times a prompt prefix was evaluated from scratch
        self._scoring = threading.Lock()  # batch workers share a scorer

    # -- prompt-state cache -----------------------------------------------------------------------
    def _state_file(self, prefix: str) -> Path | None:
        if self.state_cache_dir is None:
            return None
        import llama_cpp

        st = self.model_path.stat()
        key = hashlib.sha256(
            f"{llama_cpp.__version__}|{self.model_path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{self.n_ctx}|"
            f"seqs{N_SEQ_MAX}|"
            f"{prefix}".encode()
        ).hexdigest()[:24]
        return self.state_cache_dir / f"{key}.kv"

    def has_state(self, prefix: str) -> bool:
        if self._prepared == prefix:
            return True
        path = self._state_file(prefix)
        return path is not None and path.exists()

    def prepare(self, prefix: str) -> None:
        """Evaluate ``prefix`` once and keep its KV cache on disk (tokens + sequence state, ~30 KB per
        token), so later processes load it in milliseconds instead of re-reading the few-shot prompt."""
        if self._prepared == prefix:
            return
        tokens = self.tokenize(prefix)
        if len(tokens) >= self.n_ctx - 64:
            raise GenerationError(f"the prompt ({len(tokens)} tokens) does not fit the model's context "
                                  f"({self.n_ctx} tokens)",
                                  hint="use a shorter template or a model with a longer context")
        path = self._state_file(prefix)
        if path is not None and path.exists() and self._load_prefix(path, tokens):
            self._prepared = prefix
            return
        self.llm.reset()
        self.llm.eval(tokens)
        self.prompt_evals += 1
        self._prepared = prefix
        if path is not None:
            self._save_prefix(path, tokens)

    def _load_prefix(self, path: Path, tokens: list[int]) -> bool:
        import ctypes

        import llama_cpp

        ctx = self.llm._ctx.ctx
        out = (llama_cpp.llama_token * self.n_ctx)()
        count = ctypes.c_size_t(0)
        self.llm.reset()
        self.llm._ctx.kv_cache_seq_rm(-1, 0, -1)
        loaded = llama_cpp.llama_state_seq_load_file(ctx, str(path).encode(), 0, out, self.n_ctx,
                                                     ctypes.byref(count))
        n = count.value
        if loaded == 0 or n != len(tokens) or list(out[:n]) != tokens:
            self.llm._ctx.kv_cache_seq_rm(-1, 0, -1)
            path.unlink(missing_ok=True)  # stale or corrupt: only a cache
            return False
        self.llm.input_ids[:n] = tokens
        self.llm.n_tokens = n
        self.llm._requires_eval = True
        return True

    def _save_prefix(self, path: Path, tokens: list[int]) -> None:
        import llama_cpp

        try:
            paths.ensure_private_dir(path.parent)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            arr = (llama_cpp.llama_token * len(tokens))(*tokens)
            if llama_cpp.llama_state_seq_save_file(self.llm._ctx.ctx, str(tmp).encode(), 0, arr, len(tokens)):
                os.chmod(tmp, 0o600)  # the prompt state holds the prompt: owner-only, like history
                os.replace(tmp, path)
            else:
                tmp.unlink(missing_ok=True)
        except OSError:
            pass

    def tokenize(self, text: str) -> list[int]:
        return self.llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)

    def complete(self, prompt: str, *, max_tokens: int, temperature: float, seed: int,
                 stop: list[str]) -> Completion:
        n_prompt = len(self.tokenize(prompt))
        if n_prompt + max_tokens > self.n_ctx:
            raise GenerationError(f"the prompt ({n_prompt} tokens) does not fit the model's context "
                                  f"({self.n_ctx} tokens)", hint="shorten the profile or use another model")
        try:
            out = self.llm.create_completion(
                prompt, max_tokens=max_tokens, temperature=temperature, top_p=0.92, top_k=50,
                min_p=0.05, repeat_penalty=1.08, seed=seed, stop=stop,
            )
        except (ValueError, RuntimeError) as exc:
            raise GenerationError(f"llama.cpp failed while generating: {exc}") from None
        choice = out["choices"][0]
        return Completion(text=choice["text"], seed=seed, tokens=out["usage"]["completion_tokens"])

    def complete_many(self, prompts: Sequence[str], *, max_tokens: int, temperature: float,
                      seeds: Sequence[int], stop: list[str]) -> Iterator[tuple[int, Completion]]:
        """Decode up to MAX_PARALLEL prompts together as one batch (they should share a long prefix);
        fewer than 3 run one after another, which is as fast (measured: two sequences cost two steps)."""
        if len(prompts) < 3:
            yield from super().complete_many(prompts, max_tokens=max_tokens, temperature=temperature,
                                             seeds=seeds, stop=stop)
            return
        tokens = [self.tokenize(p) for p in prompts]
        for start in range(0, len(tokens), MAX_PARALLEL):
            chunk = tokens[start:start + MAX_PARALLEL]
            longest = max(len(t) for t in chunk)
            if longest + max_tokens > self.n_ctx:
                raise GenerationError(f"the prompt ({longest} tokens) does not fit the model's context "
                                      f"({self.n_ctx} tokens)", hint="shorten the profile or use another model")
            try:
                for i, text, n in decode_together(self.llm, chunk, seeds=seeds[start:start + MAX_PARALLEL],
                                                  max_tokens=max_tokens, stop=stop,
                                                  sampling=Sampling(temperature=temperature)):
                    yield start + i, Completion(text=text, seed=seeds[start + i], tokens=n)
            except RuntimeError as exc:
                raise GenerationError(f"llama.cpp failed while generating: {exc}") from None

    def likelihoods(self, requests: Sequence[tuple[str, str]]) -> list[float] | None:
        """Each continuation's log-probability after its context, all in one decode (``llama_score``); None when
        llama.cpp fails (a note is never lost over a score)."""
        tokens = [(self.tokenize(context), self.llm.tokenize(continuation.encode("utf-8"), add_bos=False,
                                                              special=False)) for context, continuation in requests]
        if any(not c or not n or len(c) + len(n) >= self.n_ctx // 4 for c, n in tokens):
            return None
        with self._scoring:
            try:
                return score_requests(self.llm, tokens)
            except RuntimeError:
                return None
            finally:  # scoring cleared the cache's sequences: the next prompt is evaluated afresh
                self.llm.n_tokens = 0
                self._prepared = None

    @property
    def chat_template(self) -> str | None:
        """The GGUF's own chat template (``tokenizer.chat_template``), if it has one."""
        value = (getattr(self.llm, "metadata", None) or {}).get("tokenizer.chat_template")
        return value if isinstance(value, str) and value.strip() else None

    def chat(self, messages, *, max_tokens: int, temperature: float, seed: int,
             stop: list[str]) -> Completion:
        """The next assistant message, with the prompt built by the GGUF's chat template."""
        checked = check_messages(messages)
        if self.chat_template is None:
            # llama-cpp-python would silently fall back to a guessed format; refuse instead
            raise ModelError(f"{self.model_path.name} has no chat template, so it cannot run a chat prompt",
                             hint="use a completion template or a chat model's GGUF")
        n_prompt = len(self.tokenize("\n".join(m["content"] for m in checked)))
        if n_prompt + max_tokens > self.n_ctx:
            raise GenerationError(f"the chat does not fit the model's context ({self.n_ctx} tokens)",
                                  hint="shorten the profile or use another model")
        try:
            out = self.llm.create_chat_completion(
                messages=checked, max_tokens=max_tokens, temperature=temperature, top_p=0.92, top_k=50,
                min_p=0.05, repeat_penalty=1.08, seed=seed, stop=stop or None,
            )
        except ValueError as exc:
            if "context window" in str(exc):
                raise GenerationError(f"the chat does not fit the model's context ({self.n_ctx} tokens)",
                                      hint="shorten the profile or use another model") from None
            raise GenerationError(f"llama.cpp failed while generating: {exc}") from None
        except RuntimeError as exc:
            raise GenerationError(f"llama.cpp failed while generating: {exc}") from None
        self._prepared = None  # the chat prompt replaced whatever prefix was evaluated
        choice = out["choices"][0]
        text = choice["message"].get("content") or ""
        return Completion(text=text, seed=seed, tokens=out["usage"]["completion_tokens"])

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            with contextlib.suppress(Exception):
                llm.close()
            self.llm = None
