package press.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sending a complete small body; HEAD gets the same headers and no body. */
final class Replies {
    private Replies() {}

    static void plain(HttpExchange ex, int status, String text, boolean head) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), head);
    }

    static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        sendBytes(ex, status, body, 0, body.length, head);
    }

    static void sendBytes(HttpExchange ex, int status, byte[] body, int offset, int length, boolean head) throws IOException {
        if (head) {
            // the JDK server writes no Content-Length for HEAD; RFC 9110 wants the GET length
            ex.getResponseHeaders().set("Content-Length", Integer.toString(length));
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, length == 0 ? -1 : length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body, offset, length);
            }
        }
    }
}
