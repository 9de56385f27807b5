package press.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeHtmlExtensionTest {
    private final MarkdownRenderer safe = new MarkdownRenderer(false);
    private final MarkdownRenderer unsafe = new MarkdownRenderer(true);

    @Test
    void onlyRelativeUrlsAndWebMailAndPhoneSchemesAreSafe() {
        for (String ok : List.of("/x/", "a.png", "#top", "?q=1", "https://a.org/", "HTTP://a.org/", "mailto:a@b.c", "tel:+1",
                "/path/with:colon", "page?x=a:b", "#a:b", "")) {
            assertTrue(SafeHtmlExtension.isSafe(ok), ok);
        }
        for (String bad : List.of("javascript:alert(1)", "JavaScript:x", "JAVASCRIPT:x", " javascript:x", "java\tscript:x",
                "java\nscript:x", "java\u0000script:x", "javascript\u007f:x", "data:text/html,<script>", "DATA:image/png;base64,AA",
                "vbscript:msgbox", "VBScript:x", "file:///etc/passwd", "ftp:x")) {
            assertFalse(SafeHtmlExtension.isSafe(bad), bad);
        }
    }

    /** Every href and src of {@code html} is "#" or not a script or data URL, entities decoded. */
    private static void noScheme(String html) {
        var m = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
            String url = org.jsoup.parser.Parser.unescapeEntities(m.group(1), true).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\x00]", "");
            assertFalse(url.contains("script:") || url.startsWith("data:"), m.group() + " survived in " + html);
        }
        assertTrue(n >= 7, "the links and images are there, made harmless: " + html);
    }

    @Test
    void dangerousLinksAndImagesNeverSurviveHoweverSpelt() {
        String md = """
                [a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](jav&#x61;script:alert(1)) [d](data:text/html,x)
                [e](vbscript:x) [f]( javascript:x) [g](&#106;avascript:x) [h](<java script:x>)

                ![i](javascript:x) ![j](data:image/png;base64,AA) ![k](VBScript:x)

                [r]: javascript:alert(1)

                [ref][r] <javascript:alert(1)>
                """;
        for (MarkdownRenderer r : List.of(safe, unsafe)) {
            String html = r.render(md).html();
            noScheme(html);
            assertTrue(html.contains("<a href=\"#\">b</a>"), html);
            assertTrue(html.contains("<a href=\"#\">c</a>"), html);
            assertTrue(html.contains("<img src=\"#\" alt=\"j\""), html);
        }
    }

    @Test
    void safeLinksStayAsWritten() {
        String html = safe.render("[ok](https://a.org/?q=1) [m](mailto:a@b.c) [r](/x/) ![p](/img/a.png)\n").html();
        assertTrue(html.contains("<a href=\"https://a.org/?q=1\">ok</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:a@b.c\">m</a>"), html);
        assertTrue(html.contains("<a href=\"/x/\">r</a>"), html);
        assertTrue(html.contains("<img src=\"/img/a.png\" alt=\"p\""), html);
    }

    @Test
    void rawHtmlIsTextUnlessEnabled() {
        String md = "<script>alert(1)</script>\n\n<b onclick=x>hi</b> <iframe src=\"https://a.org\"></iframe>\n";
        String off = safe.render(md).html();
        assertFalse(off.contains("<script"), off);
        assertFalse(off.contains("<b "), off);
        assertFalse(off.contains("<iframe"), off);
        assertTrue(off.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), off);
        String on = unsafe.render(md).html();
        assertTrue(on.contains("<script>alert(1)</script>"), "markdown.unsafe_html lets the author's HTML through: " + on);
        assertTrue(on.contains("<b onclick=x>hi</b>"), on);
    }

    @Test
    void rootRelativeLinksGoUnderTheBasePath() {
        MarkdownRenderer blog = new MarkdownRenderer(false, "/blog/", 3);
        String html = blog.render("[a](/x/) [b](/blog/y/) [c](//cdn.org/z) [d](rel/) ![i](/img/a.png)\n").html();
        assertTrue(html.contains("<a href=\"/blog/x/\">a</a>"), html);
        assertTrue(html.contains("<a href=\"/blog/y/\">b</a>"), html);
        assertTrue(html.contains("<a href=\"//cdn.org/z\">c</a>"), html);
        assertTrue(html.contains("<a href=\"rel/\">d</a>"), html);
        assertTrue(html.contains("src=\"/blog/img/a.png\""), html);
    }

    @Test
    void imagesBelowTheFoldLoadLazily() {
        String html = safe.render("![a](/1.png)\n\npara\n\npara\n\n![b](/2.png)\n\n![c](/3.png)\n").html();
        assertTrue(html.contains("<img src=\"/1.png\" alt=\"a\" />"), html);
        assertTrue(html.contains("<img src=\"/2.png\" alt=\"b\" loading=\"lazy\" decoding=\"async\" />"), html);
        assertTrue(html.contains("<figure>"), "an image alone in its paragraph is a figure: " + html);
    }
}
