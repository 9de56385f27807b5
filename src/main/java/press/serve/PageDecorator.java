package press.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Adds the reload script, and the problem overlay after a failed build, to an HTML page as it is
 * sent. Only responses are changed, never the output folder. The script is an external file
 * rather than inline, so a page's own Content-Security-Policy with {@code script-src 'self'} still runs it.
 */
final class PageDecorator {
    static final String SCRIPT_PATH = "/__press/reload.js";
    static final String EVENTS_PATH = "/__press/events";
    static final String OVERLAY_ID = "__press-problems";

    static final String SCRIPT = """
            (function () {
              var gen = document.currentScript.getAttribute('data-generation');
              var events = new EventSource('%s?page=' + encodeURIComponent(location.pathname));
              events.addEventListener('build', function (e) {
                if (e.data !== gen) { events.close(); location.reload(); }
              });
            })();
            """.formatted(EVENTS_PATH);

    private PageDecorator() {}

    static byte[] decorate(byte[] page, BuildState state) {
        StringBuilder snippet = new StringBuilder();
        if (state.failed()) {
            snippet.append("<div id=\"").append(OVERLAY_ID).append("\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                    .append("overflow:auto;margin:0;padding:1.5em;background:rgba(24,24,24,.96);color:#ffc2c2;")
                    .append("font:14px/1.5 monospace;white-space:pre-wrap\">")
                    .append("press: the last build failed; the last good site is shown underneath.\n\n");
            for (String line : state.problems()) snippet.append(escape(line)).append('\n');
            snippet.append("</div>");
        }
        snippet.append("<script src=\"").append(SCRIPT_PATH).append("\" data-generation=\"")
                .append(state.generation()).append("\"></script>");
        byte[] add = snippet.toString().getBytes(StandardCharsets.UTF_8);
        int at = lastBodyClose(page);
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length + add.length);
        out.write(page, 0, at);
        out.write(add, 0, add.length);
        out.write(page, at, page.length - at);
        return out.toByteArray();
    }

    /** Where {@code </body>} starts (ASCII case-insensitive), or the end of the page when there is none. */
    private static int lastBodyClose(byte[] page) {
        byte[] tag = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = page.length - tag.length; i >= 0; i--) {
            for (int j = 0; j < tag.length; j++) {
                int c = page[i + j];
                if (c >= 'A' && c <= 'Z') c += 32;
                if (c != tag[j]) continue outer;
            }
            return i;
        }
        return page.length;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
