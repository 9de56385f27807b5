package press.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests {@link java.net.http.HttpClient} would normalise or
 * refuse to send: raw paths with {@code ..} or backslashes, forged Host headers, HEAD bodies.
 */
final class RawHttp {
    /** A response as it came off the wire; {@code raw} is every byte, for leak checks. */
    record Response(int status, List<String> headerLines, byte[] body, byte[] raw) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            for (String h : headerLines) {
                if (h.toLowerCase(Locale.ROOT).startsWith(prefix)) return h.substring(prefix.length()).trim();
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String rawText() {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }

    private RawHttp() {}

    static Response get(int port, String target) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    }

    static Response withHeaders(int port, String method, String target, String... headers) throws IOException {
        StringBuilder sb = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        for (String h : headers) sb.append(h).append("\r\n");
        sb.append("Connection: close\r\n\r\n");
        return send(port, sb.toString());
    }

    /** Sends the bytes as ISO-8859-1 and reads until the server closes the connection. */
    static Response send(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parse(all.toByteArray());
        }
    }

    static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) return new Response(-1, List.of(), new byte[0], raw);
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Response(status, headers, body, raw);
    }
}
