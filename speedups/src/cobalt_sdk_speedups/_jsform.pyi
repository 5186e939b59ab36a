from typing import Final

SAME: Final[int]
CHANGED: Final[int]
DUPLICATE: Final[int]
NOT_JSON: Final[int]
NOT_UTF8: Final[int]
TOO_DEEP: Final[int]
MAX_DEPTH: Final[int]

def js_form(body: bytes | bytearray | memoryview, /) -> tuple[int, bytes | None]:
    """`JSON.stringify(JSON.parse(body))` as bytes in one pass: (status, form).

    SAME: `form` equals the input (the input object itself when it is `bytes`); CHANGED: `form`
    is the JavaScript form and differs; DUPLICATE, NOT_JSON, NOT_UTF8, TOO_DEEP: `form` is None.
    """
