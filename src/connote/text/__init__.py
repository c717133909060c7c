"""Text tools every part of connote shares: folding, words and stems, language detection, input decoding."""
