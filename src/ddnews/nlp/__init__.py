"""spaCy integration: tokenizer, Doc/Span extensions, ddnews component factories, pipeline loading."""
