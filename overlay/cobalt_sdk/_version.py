"""The single place the SDK's version is defined (read by the build backend too)."""

__version__ = "0.2.0"
