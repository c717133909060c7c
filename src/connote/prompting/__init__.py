"""What the model is shown: the template for the occasion (:mod:`.occasion`, :mod:`.templates`), the reason in
the note's voice (:mod:`.voice`), and the few-shot prompt built from them (:mod:`.build`)."""
