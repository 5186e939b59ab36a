"""The sandbox inspector at ``/_sandbox/ui``: events with what was signed and each delivery attempt,
jobs, tokens, and the control API's switches. ``views`` builds what it shows; ``web`` serves it."""
