"""Cobalt Link in the sandbox: test personas, both browser modes (Lightbox and New Window), update mode,
and a browserless shortcut. ``flow`` holds the sessions, ``web`` the pages and routes, ``ops`` the two
``/v1/link/token/...`` operations."""
