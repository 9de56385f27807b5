package press.serve;

import java.util.Locale;
import java.util.Map;

/** Content types by file extension; text types carry {@code charset=utf-8}, since press writes UTF-8. */
final class MediaTypes {
    static final String HTML = "text/html; charset=utf-8";
    static final String BINARY = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("wasm", "application/wasm"));

    private MediaTypes() {}

    static String of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return BINARY;
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), BINARY);
    }

    /** Types worth gzipping: the text ones. */
    static boolean compressible(String type) {
        return type.endsWith("charset=utf-8");
    }

    static boolean isHtml(String type) {
        return type.equals(HTML);
    }
}
