"""The sandbox's loopback HTTP/1.1 client byte by byte: the request it writes, when it keeps a
connection, how it reads each kind of answer and what each failure says.

The receiver is a scripted asyncio server: connection i answers the requests it reads with
`script[i]` in turn (raw answer bytes, or CLOSE / RESET to drop the connection instead of
answering) and closes after the last; an empty script reads and never answers.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from dataclasses import dataclass, field

import httpx
import pytest

from cobalt_sandbox.delivery import MAX_ANSWER_BYTES, MAX_TRAILER_LINES, LoopbackHTTP

CLOSE, RESET = b"<close>", b"<reset>"
OK = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok"


@dataclass
class Receiver:
    script: list[list[bytes]]
    host: str = "127.0.0.1"
    requests: list[bytes] = field(default_factory=list)  # head and body of every request read
    connections: int = 0
    port: int = 0

    def url(self, path: str = "/hook") -> str:
        return f"http://{self.host}:{self.port}{path}"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        answers = self.script[min(self.connections, len(self.script) - 1)]
        self.connections += 1
        try:
            if not answers:
                await reader.read()  # a silent receiver: reads, never answers, until the client lets go
            for answer in answers:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(int(h[15:]) for h in head.split(b"\r\n") if h.startswith(b"content-length: "))
                self.requests.append(head + await reader.readexactly(length))
                if answer == RESET:  # an RST instead of a FIN
                    writer.get_extra_info("socket").setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                if answer in (CLOSE, RESET):
                    break
                for part in answer.split(b"<pause>"):  # written in pieces, the client reading in between
                    writer.write(part)
                    await writer.drain()
                    await asyncio.sleep(0.02 if b"<pause>" in answer else 0)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # (cancelled: the test's event loop is ending)
        writer.close()


async def _start(script: list[list[bytes]], host: str = "127.0.0.1") -> tuple[Receiver, asyncio.Server]:
    receiver = Receiver(script, host)
    server = await asyncio.start_server(receiver.handle, host, 0)
    receiver.port = server.sockets[0].getsockname()[1]
    return receiver, server


def _kept(client: LoopbackHTTP, receiver: Receiver) -> int:
    return len(client.idle.get((receiver.host, receiver.port), []))


async def _exchange(script: list[list[bytes]], *posts: str, host: str = "127.0.0.1") -> tuple[Receiver, LoopbackHTTP]:
    """Post once per path in `posts` (each answer checked by the caller through the receiver)."""
    receiver, server = await _start(script, host)
    client = LoopbackHTTP()
    try:
        for path in posts:
            await client.post(receiver.url(path), b"{}", {}, 2.0)
    finally:
        server.close()
    return receiver, client


async def test_the_request_is_http_1_1_with_the_given_host_path_query_and_length() -> None:
    receiver, server = await _start([[OK, OK, OK]])
    client = LoopbackHTTP()
    try:
        answer = await client.post(
            receiver.url("/hook?x=1&y=2"), b'{"a":1}', {"host": "receiver.test", "x-a": "b"}, 2.0
        )
        assert (answer.status_code, answer.content) == (200, b"ok")
        await client.post(f"http://127.0.0.1:{receiver.port}", b"{}", {"x-b": "c"}, 2.0)  # no path: /
        await client.post(f"http://:{receiver.port}/bare", b"", {}, 2.0)  # no host: 127.0.0.1
        assert receiver.requests == [
            b'POST /hook?x=1&y=2 HTTP/1.1\r\nhost: receiver.test\r\nx-a: b\r\ncontent-length: 7\r\n\r\n{"a":1}',
            b"POST / HTTP/1.1\r\nhost: 127.0.0.1:%d\r\nx-b: c\r\ncontent-length: 2\r\n\r\n{}" % receiver.port,
            b"POST /bare HTTP/1.1\r\nhost: :%d\r\ncontent-length: 0\r\n\r\n" % receiver.port,
        ]
        assert receiver.connections == 1  # one kept-alive connection for all three
        (_, writer), *_ = client.idle[("127.0.0.1", receiver.port)]
        assert writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)  # set by asyncio
    finally:
        client.close()
        server.close()


async def test_a_receiver_on_another_loopback_address_is_reached_there() -> None:
    receiver, client = await _exchange([[OK]], "/hook", host="127.0.0.2")
    assert len(receiver.requests) == 1 and _kept(client, receiver) == 1
    client.close()


@pytest.mark.parametrize(
    ("answer", "kept"),
    [
        (OK, True),
        (b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n", True),
        (b"HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok", False),  # HTTP/1.0 closes unless asked not to
        (b"HTTP/1.1 200 OK\r\nConnection: Close\r\ncontent-length: 2\r\n\r\nok", False),  # names and values in any case
        (b"HTTP/1.1 200 OK\r\nconnection: keep-alive, close\r\ncontent-length: 2\r\n\r\nok", False),
        (b"HTTP/1.1 200 OK\r\nconnection: keep-alive\r\ncontent-length: 2\r\n\r\nok", True),
    ],
)
async def test_a_connection_is_kept_only_when_http_1_1_and_not_asked_to_close(answer: bytes, kept: bool) -> None:
    receiver, client = await _exchange([[answer, OK]], "/a")
    assert _kept(client, receiver) == int(kept)
    client.close()


@pytest.mark.parametrize("status", [b"100 Continue", b"204 No Content", b"304 Not Modified"])
async def test_answers_without_a_body_are_read_as_empty_and_keep_the_connection(status: bytes) -> None:
    receiver, server = await _start([[b"HTTP/1.1 " + status + b"\r\nx-a: 1\r\n\r\n", OK]])
    client = LoopbackHTTP()
    try:
        answer = await client.post(receiver.url(), b"{}", {}, 2.0)
        assert (answer.status_code, answer.content) == (int(status[:3]), b"")
        assert (await client.post(receiver.url(), b"{}", {}, 2.0)).content == b"ok"
        assert receiver.connections == 1
    finally:
        client.close()
        server.close()


async def test_bodies_of_exactly_the_bound_are_read_whole_and_keep_the_connection() -> None:
    body = b"y" * MAX_ANSWER_BYTES
    by_length = b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)
    one_chunk = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    receiver, server = await _start([[by_length, one_chunk, OK]])
    client = LoopbackHTTP()
    try:
        for _ in range(2):
            assert (await client.post(receiver.url(), b"{}", {}, 5.0)).content == body
            assert _kept(client, receiver) == 1
        assert receiver.connections == 1
    finally:
        client.close()
        server.close()


async def test_chunk_extensions_and_pieces_of_a_close_delimited_body_are_read() -> None:
    extension = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2;name=value\r\nok\r\n0\r\n\r\n"
    pieces = b"HTTP/1.0 200 OK\r\n\r\nfirst<pause>, second<pause>, third"
    # a first short piece, then more than the bound: the second read asks only for the rest of it
    long_tail = b"HTTP/1.0 200 OK\r\n\r\n" + b"a" * 1000 + b"<pause>" + b"b" * (2 * MAX_ANSWER_BYTES)
    receiver, server = await _start([[extension, pieces], [long_tail]])
    client = LoopbackHTTP()
    try:
        assert (await client.post(receiver.url(), b"{}", {}, 2.0)).content == b"ok"
        assert (await client.post(receiver.url(), b"{}", {}, 2.0)).content == b"first, second, third"
        tail = (await client.post(receiver.url(), b"{}", {}, 2.0)).content
        assert tail == (b"a" * 1000 + b"b" * MAX_ANSWER_BYTES)[:MAX_ANSWER_BYTES]
    finally:
        client.close()
        server.close()


async def test_too_many_trailer_lines_end_the_read_and_the_connection() -> None:
    trailers = b"".join(b"x-%d: 1\r\n" % i for i in range(MAX_TRAILER_LINES + 1))
    answer = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n" + trailers + b"\r\n"
    receiver, client = await _exchange([[answer, OK]], "/")
    assert _kept(client, receiver) == 0
    client.close()


async def test_a_kept_connection_the_receiver_dropped_is_sent_again_on_a_new_one() -> None:
    for drop in (CLOSE, RESET):
        receiver, server = await _start([[OK, drop], [OK]])
        client = LoopbackHTTP()
        try:
            await client.post(receiver.url(), b"{}", {}, 2.0)
            assert _kept(client, receiver) == 1
            answer = await client.post(receiver.url(), b"{}", {}, 2.0)
            assert (answer.status_code, answer.content) == (200, b"ok")
            assert (receiver.connections, len(receiver.requests)) == (2, 3), drop
        finally:
            client.close()
            server.close()


@pytest.mark.parametrize(
    ("script", "message"),
    [
        ([[CLOSE]], "the receiver closed the connection (IncompleteReadError)"),  # a new connection: not sent again
        (
            [[OK, b"HTTP/1.1 2"]],
            "the receiver closed the connection (IncompleteReadError)",
        ),  # a kept one, half answered
        ([[b"garbage\r\n\r\n"]], "malformed status line"),
        ([[b"HTTP/1.1 OK 200\r\n\r\n"]], "malformed status line"),
        ([[b"HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n"]], "negative content-length"),
        ([[b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc"]], "incomplete answer (IncompleteReadError)"),
        ([[b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n-2\r\nok\r\n"]], "negative chunk size"),
        ([[b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n"]], "incomplete answer (ValueError)"),
    ],
)
async def test_each_broken_answer_is_a_remote_protocol_error_that_says_what_broke(
    script: list[list[bytes]], message: str
) -> None:
    receiver, server = await _start(script)
    client = LoopbackHTTP()
    try:
        if len(script[0]) > 1:
            await client.post(receiver.url(), b"{}", {}, 2.0)
        with pytest.raises(httpx.RemoteProtocolError) as info:
            await client.post(receiver.url(), b"{}", {}, 2.0)
        assert str(info.value) == message
        assert _kept(client, receiver) == 0
    finally:
        client.close()
        server.close()


async def test_a_refused_connection_and_a_silent_receiver_say_what_happened() -> None:
    receiver, server = await _start([[]])
    port = receiver.port
    server.close()
    await server.wait_closed()
    with pytest.raises(httpx.ConnectError) as refused:
        await LoopbackHTTP().post(f"http://127.0.0.1:{port}/hook", b"{}", {}, 2.0)
    assert "Connect call failed" in str(refused.value) and str(port) in str(refused.value)
    silent, server = await _start([[]])  # reads nothing, answers nothing
    try:
        with pytest.raises(httpx.ReadTimeout) as timed_out:
            await LoopbackHTTP().post(silent.url(), b"{}", {}, 0.1)
        assert str(timed_out.value) == "delivery timed out"
    finally:
        server.close()


async def test_a_closed_client_still_delivers_but_keeps_no_connection() -> None:
    receiver, server = await _start([[OK], [OK]])
    client = LoopbackHTTP()
    try:
        await client.post(receiver.url(), b"{}", {}, 2.0)
        client.close()
        assert client.idle == {}
        assert (await client.post(receiver.url(), b"{}", {}, 2.0)).content == b"ok"
        assert client.idle == {} and receiver.connections == 2
    finally:
        server.close()
