package org.verbund.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written (an HTTP client library refuses to send most malformed
 * requests), optionally from a chosen loopback address (127.0.0.2 ...), so a test can be several source addresses.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /**
     * Sends the request line (and any header lines after it, and a body after an empty line) with {@code Host} and
     * {@code Connection: close} added, and reads the whole answer.
     */
    static Answer send(String baseUrl, String localAddress, String request) throws IOException {
        URI base = URI.create(baseUrl);
        try (Socket socket = localAddress == null ? new Socket(base.getHost(), base.getPort())
                : new Socket(InetAddress.getByName(base.getHost()), base.getPort(),
                             InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(20_000);
            String host = "\r\nHost: localhost:" + base.getPort() + "\r\nConnection: close\r\n";
            String full = request.contains("\r\n\r\n") ? request.replaceFirst("\r\n", host) : request + host + "\r\n";
            socket.getOutputStream().write(full.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head,
                              head.toLowerCase().contains("transfer-encoding: chunked") ? dechunked(body) : body);
        }
    }

    private static String dechunked(String body) {
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return content.toString();
            }
            content.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
