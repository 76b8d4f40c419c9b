"""Sub-commands of the command line, each in its own module (imported only when used)."""
