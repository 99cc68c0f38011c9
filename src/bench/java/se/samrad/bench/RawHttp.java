package se.samrad.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection for a load generator: a blocking socket (cheap on a virtual thread), the
 * request written as one buffer, the answer's status line, headers and body read back (Content-Length or chunked).
 * <p>
 * Why not the JDK's HttpClient, which the tests use: a benchmark's clients share the two cores with the server and
 * MariaDB, and a hundred HttpClients (each with its selector thread and futures per exchange) took 0.68 of a core
 * at 1,900 responses/s, more than the server itself, so the figures were mostly the load generator's. A resident's
 * phone is not on the server's machine; this client keeps what it takes from the server small.
 */
final class RawHttp implements AutoCloseable {

    /** The status, the body, the Location header (or null) and the cookies set ({@code name=value}, attributes cut). */
    record Response(int status, String body, String location, java.util.List<String> cookies) {
    }

    private final InetSocketAddress address;
    private final String host;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(URI base) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        this.host = base.getHost() + ":" + base.getPort();
    }

    /** Posts a JSON body; once more on a new connection when the kept one turns out closed by the server. */
    Response postJson(String path, String json) throws IOException {
        return send("POST", path, "Content-Type: application/json\r\nAccept: application/json\r\n",
                json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request with extra header lines ({@code headers}, each ending in CRLF) and a body (null for none), as
     * one buffer; once more on a new connection when the kept one turns out closed by the server.
     */
    Response send(String method, String path, String headers, byte[] body) throws IOException {
        byte[] head = (method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
                + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] request = head;
        if (body != null) {
            request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
        }
        boolean fresh = socket == null;
        try {
            return exchange(request);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(request);
        }
    }

    private Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 10_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("Not an HTTP answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        String location = null;
        java.util.List<String> cookies = java.util.List.of();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon).trim();
            String value = colon < 0 ? "" : header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closeAfter = true;
            } else if (name.equalsIgnoreCase("Location")) {
                location = value;
            } else if (name.equalsIgnoreCase("Set-Cookie")) {
                cookies = cookies.isEmpty() ? new java.util.ArrayList<>() : cookies;
                int end = value.indexOf(';');
                cookies.add(end < 0 ? value : value.substring(0, end));
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = Long.parseLong(line().split(";", 2)[0].trim(), 16); size > 0;
                 size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            copy(length, body);
        }
        if (closeAfter || length < 0 && !chunked) {
            close();
        }
        return new Response(code, body.toString(StandardCharsets.UTF_8), location, cookies);
    }

    private void copy(long count, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[(int) Math.min(count, 8192)];
        for (long left = count; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (n < 0) {
                throw new EOFException("The answer ended early");
            }
            to.write(buffer, 0, n);
            left -= n;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
