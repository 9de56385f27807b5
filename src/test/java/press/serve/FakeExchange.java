package press.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One request handled without a server: a handler or responder is called with it, and the test
 * reads the status, headers and body it was given. {@code length} is what
 * {@link #sendResponseHeaders} was told (-1: no body).
 */
final class FakeExchange extends HttpExchange {
    private final String method;
    private final URI uri;
    private final Headers request = new Headers();
    private final Headers response = new Headers();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = -1;
    long length;
    boolean closed;

    FakeExchange(String method, String target, String... headers) {
        this.method = method;
        this.uri = URI.create(target);
        for (int i = 0; i + 1 < headers.length; i += 2) request.add(headers[i], headers[i + 1]);
    }

    static FakeExchange get(String target, String... headers) {
        return new FakeExchange("GET", target, headers);
    }

    byte[] bytes() {
        return body.toByteArray();
    }

    String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    String header(String name) {
        return response.getFirst(name);
    }

    @Override public Headers getRequestHeaders() { return request; }
    @Override public Headers getResponseHeaders() { return response; }
    @Override public URI getRequestURI() { return uri; }
    @Override public String getRequestMethod() { return method; }
    @Override public HttpContext getHttpContext() { return null; }
    @Override public void close() { closed = true; }
    @Override public InputStream getRequestBody() { return new ByteArrayInputStream(new byte[0]); }
    @Override public OutputStream getResponseBody() { return body; }

    @Override
    public void sendResponseHeaders(int code, long responseLength) {
        if (status != -1) throw new IllegalStateException("headers sent twice: " + status + " then " + code);
        status = code;
        length = responseLength;
    }

    @Override public InetSocketAddress getRemoteAddress() { return new InetSocketAddress("127.0.0.1", 50000); }
    @Override public int getResponseCode() { return status; }
    @Override public InetSocketAddress getLocalAddress() { return new InetSocketAddress("127.0.0.1", 8080); }
    @Override public String getProtocol() { return "HTTP/1.1"; }
    @Override public Object getAttribute(String name) { return null; }
    @Override public void setAttribute(String name, Object value) { }
    @Override public void setStreams(InputStream i, OutputStream o) { }
    @Override public HttpPrincipal getPrincipal() { return null; }
}
