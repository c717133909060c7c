"""One module per rule; a rule is a function (ctx, note) -> None or what is wrong."""
