// Compiles nothing of its own: it carries the UI tests' precompiled headers.
