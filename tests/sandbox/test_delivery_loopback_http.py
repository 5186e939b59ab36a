"""The sandbox's loopback HTTP/1.1 client against a raw asyncio server: chunked and close-delimited
answers, `connection: close`, a kept-alive connection the receiver closed (sent again on a new one),
a refused port (`ConnectError`) and a receiver that never answers (`ReadTimeout`)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from cobalt_sandbox.delivery import MAX_ANSWER_BYTES, LoopbackHTTP

ANSWERS = {
    "/chunked": b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n3\r\n!!!\r\n0\r\n\r\n",
    "/close": b"HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 4\r\n\r\nbusy",
    "/eof": b"HTTP/1.0 200 OK\r\n\r\nuntil the end",
    "/once": b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok",
}


def _content_length(head: bytes) -> int:
    return next(int(h.split(b":")[1]) for h in head.split(b"\r\n") if h.lower().startswith(b"content-length"))


async def _serve() -> tuple[asyncio.Server, list[str], list[int]]:
    paths: list[str] = []
    connections: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer.get_extra_info("peername")[1])
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                break
            length = _content_length(head)
            await reader.readexactly(length)
            path = head.split(b" ")[1].decode()
            paths.append(path)
            if path == "/silent":
                await asyncio.sleep(5)
            writer.write(ANSWERS[path])
            await writer.drain()
            if path != "/chunked":  # "/once" answers once, then drops the kept-alive connection
                break
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, paths, connections


async def test_answers_of_every_framing() -> None:
    server, paths, connections = await _serve()
    port = server.sockets[0].getsockname()[1]
    client = LoopbackHTTP()
    base = f"http://127.0.0.1:{port}"
    try:
        chunked = await client.post(base + "/chunked", b"{}", {"content-type": "application/json"}, 2.0)
        assert (chunked.status_code, chunked.content) == (200, b"ok!!!")
        again = await client.post(base + "/chunked", b"{}", {}, 2.0)  # the same kept-alive connection
        assert again.status_code == 200 and len(connections) == 1
        closed = await client.post(base + "/close", b"{}", {}, 2.0)
        assert (closed.status_code, closed.content) == (503, b"busy")
        eof = await client.post(base + "/eof", b"{}", {}, 2.0)
        assert (eof.status_code, eof.content) == (200, b"until the end")
        assert (await client.post(base + "/once", b"{}", {}, 2.0)).status_code == 200
        await asyncio.sleep(0.05)  # the receiver has dropped the idle connection: sent again on a new one
        assert (await client.post(base + "/chunked", b"{}", {}, 2.0)).status_code == 200
        assert paths == ["/chunked", "/chunked", "/close", "/eof", "/once", "/chunked"]
        with pytest.raises(httpx.ReadTimeout):
            await client.post(base + "/silent", b"{}", {}, 0.2)
    finally:
        client.close()
        server.close()
        await server.wait_closed()


async def test_a_refused_port_is_a_connect_error() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    with pytest.raises(httpx.ConnectError):
        await LoopbackHTTP().post(f"http://127.0.0.1:{port}/hook", b"{}", {}, 2.0)


BIG = b"x" * (MAX_ANSWER_BYTES * 4)
BOUNDED = {
    "/length": b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(BIG) + BIG,
    "/chunks": b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
    + b"".join(b"%x\r\n%s\r\n" % (4096, BIG[:4096]) for _ in range(len(BIG) // 4096))
    + b"0\r\n\r\n",
    "/to-end": b"HTTP/1.0 200 OK\r\n\r\n" + BIG,
    "/trailers": b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nok\r\n0\r\nx-a: 1\r\nx-b: 2\r\n\r\n",
}


async def test_an_answer_is_read_to_a_bound_and_its_connection_dropped_past_it() -> None:
    """A receiver's endless answer costs at most MAX_ANSWER_BYTES; the rest is never read, so the
    connection is not reused; a complete answer with trailers leaves its connection reusable."""
    connections: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer.get_extra_info("peername")[1])
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = _content_length(head)
                await reader.readexactly(length)
                writer.write(BOUNDED[head.split(b" ")[1].decode()])
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    base = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    client = LoopbackHTTP()
    try:
        for path in ("/length", "/chunks", "/to-end"):
            answer = await client.post(base + path, b"{}", {}, 5.0)
            assert (answer.status_code, answer.content) == (200, BIG[:MAX_ANSWER_BYTES]), path
            assert not client.idle.get(("127.0.0.1", int(base.rsplit(":", 1)[1]))), path
        assert len(connections) == 3  # each truncated answer's connection was dropped
        for _ in range(2):
            answer = await client.post(base + "/trailers", b"{}", {}, 5.0)
            assert (answer.status_code, answer.content) == (200, b"ok")
        assert len(connections) == 4  # the trailers were consumed: the second answer reused the connection
    finally:
        client.close()
        server.close()
        await server.wait_closed()
