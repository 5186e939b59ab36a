"""`python -m cobalt_sdk.cli` is the `cobalt` command."""

from . import main

if __name__ == "__main__":
    main()
