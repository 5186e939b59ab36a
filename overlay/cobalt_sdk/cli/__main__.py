"""`python -m cobalt_sdk.cli` is the `cobalt` command."""

from . import main

main()
