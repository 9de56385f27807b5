package press.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hugo's {@code aliases}: each old address gets a small page that sends readers (meta refresh)
 * and search engines (canonical link) to the new one. Written by press, not the theme, as Hugo
 * does, so every theme redirects the same way; it links the theme's stylesheet, so the moment it
 * shows looks like the rest of the site.
 */
final class AliasPages {
    private AliasPages() {}

    /** One redirect route per alias ({@code old/} or {@code old.html}, relative to the site root) to {@code targetUrl}. */
    static List<Route> of(List<String> aliases, String targetPath, Links links, String language, String stylesheet) {
        List<Route> out = new ArrayList<>(aliases.size());
        for (String alias : aliases) {
            String file = alias.endsWith("/") ? alias + "index.html" : alias;
            out.add(new Route.Data(file, page(links.absolute(targetPath), language, stylesheet)));
        }
        return out;
    }

    static byte[] page(String target, String language, String stylesheet) {
        String t = escape(target);
        String html = "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Moved to " + t + "</title>\n<link rel=\"canonical\" href=\"" + t + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url=" + t + "\">\n"
                + "<link rel=\"stylesheet\" href=\"" + escape(stylesheet) + "\">\n</head>\n"
                + "<body>\n<main class=\"redirect\">\n<h1>This page has moved</h1>\n<p>It is now at <a href=\"" + t + "\">" + t + "</a>.</p>\n</main>\n"
                + "</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
