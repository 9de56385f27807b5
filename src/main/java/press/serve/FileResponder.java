package press.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Sends one file: content type, ETag and {@code If-None-Match}, a single {@code Range}, gzip for
 * text. Nothing is cached between requests; the file is read each time. The ETag joins the build
 * generation with the file's size and modification time, so a rebuild (or the overlay appearing)
 * always changes it and a browser revalidating with {@code Cache-Control: no-cache} never keeps
 * a stale page.
 */
final class FileResponder {
    /** Larger files are streamed (and neither decorated nor gzipped) instead of read into memory. */
    private static final long IN_MEMORY_LIMIT = 8L << 20;
    private static final int GZIP_MIN = 128;

    private FileResponder() {}

    static void send(HttpExchange ex, SiteFiles.File file, int status, BuildState state, boolean head) throws IOException {
        String type = MediaTypes.of(file.real().getFileName().toString());
        boolean html = MediaTypes.isHtml(type);
        boolean compressible = MediaTypes.compressible(type);
        Headers req = ex.getRequestHeaders();
        Headers rsp = ex.getResponseHeaders();
        String tag = "g" + state.generation() + "-" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.modifiedNanos());
        String etag = '"' + tag + '"';
        String gzipEtag = '"' + tag + "-gz\"";
        rsp.set("Cache-Control", "no-cache");
        if (compressible) rsp.set("Vary", "Accept-Encoding");
        boolean ok = status == 200;
        // decided on the file's own size so a 304 names the same variant a 200 would send
        boolean gzip = compressible && file.size() >= GZIP_MIN && file.size() <= IN_MEMORY_LIMIT && acceptsGzip(req);
        if (ok && matches(req.getFirst("If-None-Match"), etag, gzipEtag)) {
            rsp.set("ETag", gzip ? gzipEtag : etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        rsp.set("Content-Type", type);
        if (ok) rsp.set("Accept-Ranges", "bytes");
        if (!html && file.size() > IN_MEMORY_LIMIT) {
            stream(ex, file, status, etag, head);
            return;
        }
        byte[] body;
        try (InputStream in = Files.newInputStream(file.real(), LinkOption.NOFOLLOW_LINKS)) {
            body = in.readAllBytes();
        }
        if (html) body = PageDecorator.decorate(body, state);
        RangeRequest range = ok ? rangeOf(req, etag, body.length) : new RangeRequest.Whole();
        if (range instanceof RangeRequest.Unsatisfiable) {
            rsp.set("Content-Range", "bytes */" + body.length);
            rsp.set("ETag", etag);
            Replies.plain(ex, 416, "range not satisfiable\n", head);
        } else if (range instanceof RangeRequest.Slice r) {
            rsp.set("ETag", etag);
            rsp.set("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + body.length);
            Replies.sendBytes(ex, 206, body, (int) r.first(), (int) r.length(), head);
        } else if (gzip) {
            rsp.set("ETag", gzipEtag);
            rsp.set("Content-Encoding", "gzip");
            byte[] gz = gzip(body);
            Replies.sendBytes(ex, status, gz, 0, gz.length, head);
        } else {
            rsp.set("ETag", etag);
            Replies.sendBytes(ex, status, body, 0, body.length, head);
        }
    }

    private static void stream(HttpExchange ex, SiteFiles.File file, int status, String etag, boolean head) throws IOException {
        Headers rsp = ex.getResponseHeaders();
        rsp.set("ETag", etag);
        long size = file.size();
        RangeRequest range = status == 200 ? rangeOf(ex.getRequestHeaders(), etag, size) : new RangeRequest.Whole();
        if (range instanceof RangeRequest.Unsatisfiable) {
            rsp.set("Content-Range", "bytes */" + size);
            Replies.plain(ex, 416, "range not satisfiable\n", head);
            return;
        }
        long first = 0;
        long length = size;
        if (range instanceof RangeRequest.Slice r) {
            status = 206;
            first = r.first();
            length = r.length();
            rsp.set("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + size);
        }
        if (head) {
            rsp.set("Content-Length", Long.toString(length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        try (InputStream in = Files.newInputStream(file.real(), LinkOption.NOFOLLOW_LINKS)) {
            in.skipNBytes(first);
            ex.sendResponseHeaders(status, length);
            try (OutputStream out = ex.getResponseBody()) {
                byte[] buf = new byte[64 * 1024];
                long left = length;
                while (left > 0) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n < 0) throw new IOException("file shrank while being sent");
                    out.write(buf, 0, n);
                    left -= n;
                }
            }
        }
    }

    private static RangeRequest rangeOf(Headers req, String etag, long size) {
        String ifRange = req.getFirst("If-Range");
        if (ifRange != null && !ifRange.trim().equals(etag)) return new RangeRequest.Whole();
        return RangeRequest.parse(req.getFirst("Range"), size);
    }

    static boolean matches(String ifNoneMatch, String etag, String gzipEtag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals("*") || c.equals(etag) || c.equals(gzipEtag)) return true;
        }
        return false;
    }

    static boolean acceptsGzip(Headers req) {
        String accept = req.getFirst("Accept-Encoding");
        if (accept == null) return false;
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String coding = bits[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) continue;
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) return true;
        }
        return false;
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(body);
        }
        return buf.toByteArray();
    }
}
