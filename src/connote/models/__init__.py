"""Local models: the :mod:`.catalog` of models connote can install, the :mod:`.store` that installs and verifies
them, :mod:`.resolve` for which file a model name means, and :mod:`.gguf` to read a model file's header."""
