package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import press.model.ShortcodeCall;
import press.problem.Problem;
import press.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site's shortcode templates: compiled once, each call's token replaced by its output, unknown names and includes shown as text with a warning. */
class ShortcodeTemplatesTest {
    @TempDir
    Path site;
    final Problems problems = new Problems();
    final List<String> warnings = new ArrayList<>();

    private void file(String relative, String text) throws IOException {
        Path f = site.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private ShortcodeTemplates load() {
        return ShortcodeTemplates.load(site, problems);
    }

    private static ShortcodeCall call(String token, String name, Map<String, String> args, String inner, String text, String closing) {
        return new ShortcodeCall(token, name, args, inner, "content/posts/a.md:3:1", text, closing);
    }

    private static List<String> lines(Problems p) {
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void aCallIsReplacedByItsTemplateWithNamedPositionalAndInnerValues() throws IOException {
        file("templates/shortcodes/note.mustache", "<aside class=\"{{args.kind}}\" title=\"{{args.0}}\">{{{inner}}}{{args.missing}}</aside>");
        ShortcodeCall c = call("PRESSCALL0X", "note", Map.of("kind", "warn", "0", "a \"quoted\" <title>"), "<p>inside</p>",
                "{{< note \"a\" >}}", "{{< /note >}}");
        String out = load().expand("<p>before</p>\n<p>PRESSCALL0X</p>\n<p>after PRESSCALL0X</p>", List.of(c), warnings, problems);
        String aside = "<aside class=\"warn\" title=\"a &quot;quoted&quot; &lt;title&gt;\"><p>inside</p></aside>";
        assertEquals("<p>before</p>\n" + aside + "\n<p>after " + aside + "</p>", out, "a paragraph of its own is replaced whole; a missing argument is empty");
        assertEquals(List.of(), warnings);
        assertTrue(problems.isEmpty());
    }

    /** Calls come in the order they end (a call inside another first, as Shortcodes lists them); the outer one is expanded first. */
    @Test
    void anOuterCallIsExpandedFirstSoTheCallsInsideItAreToo() throws IOException {
        file("templates/shortcodes/box.mustache", "<div>{{{inner}}}</div>");
        file("templates/shortcodes/b.mustache", "<b>{{args.0}}</b>");
        ShortcodeCall inner = call("PRESSCALL0X", "b", Map.of("0", "bold"), null, "{{< b bold >}}", null);
        ShortcodeCall outer = call("PRESSCALL1X", "box", Map.of(), "<p>x PRESSCALL0X</p>", "{{< box >}}", "{{< /box >}}");
        assertEquals("<div><p>x <b>bold</b></p></div>", load().expand("<p>PRESSCALL1X</p>", List.of(inner, outer), warnings, problems));
    }

    @Test
    void anUnknownShortcodeIsShownAsEscapedTextWithAWarning() {
        ShortcodeCall c = call("PRESSCALL0X", "chart", Map.of(), null, "{{< chart data=\"<x>\" >}}", null);
        assertEquals("{{&lt; chart data=&quot;&lt;x&gt;&quot; &gt;}}", load().expand("<p>PRESSCALL0X</p>", List.of(c), warnings, problems));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("content/posts/a.md:3:1: unknown shortcode {{< chart >}}, expected templates/shortcodes/chart.mustache or one of [comment, details, figure,"),
                warnings.get(0));
        assertTrue(warnings.get(0).endsWith("; shown as text"), warnings.get(0));
        ShortcodeCall paired = call("PRESSCALL1X", "chart", Map.of(), "<p>in</p>", "{{< chart >}}", "{{< /chart >}}");
        assertEquals("{{&lt; chart &gt;}}\n<p>in</p>{{&lt; /chart &gt;}}", load().expand("PRESSCALL1X", List.of(paired), warnings, problems),
                "the inner Markdown is still shown");
    }

    @Test
    void aTemplateThatDoesNotCompileIsAProblemNamingIt() throws IOException {
        file("templates/shortcodes/bad.mustache", "{{#open}}never closed");
        file("templates/shortcodes/good.mustache", "ok");
        file("templates/shortcodes/readme.txt", "{{#not a template");
        ShortcodeTemplates t = load();
        List<String> found = lines(problems);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("templates/shortcodes/bad.mustache: template error: "), found.get(0));
        assertEquals("ok", t.expand("PRESSCALL0X", List.of(call("PRESSCALL0X", "good", Map.of(), null, "{{< good >}}", null)), warnings, problems));
    }

    @Test
    void noShortcodesFolderIsNoTemplates() {
        ShortcodeTemplates t = load();
        assertTrue(problems.isEmpty());
        t.expand("PRESSCALL0X", List.of(call("PRESSCALL0X", "note", Map.of(), null, "{{< note >}}", null)), warnings, problems);
        assertEquals(1, warnings.size(), "every name is unknown");
    }

    @Test
    void anIncludeIsTheThemesFileAsItIs() throws IOException {
        file("templates/includes/footer.html", "<footer>{{ not mustache }}</footer>");
        file("templates/includes/parts/nav.html", "<nav></nav>");
        ShortcodeTemplates t = load();
        ShortcodeCall footer = call("PRESSCALL0X", ShortcodeCall.INCLUDE, Map.of("0", "footer.html"), null, "{% include footer.html %}", null);
        ShortcodeCall nav = call("PRESSCALL1X", ShortcodeCall.INCLUDE, Map.of("0", "parts/nav.html"), null, "{% include parts/nav.html %}", null);
        assertEquals("<footer>{{ not mustache }}</footer><nav></nav>", t.expand("PRESSCALL0XPRESSCALL1X", List.of(footer, nav), warnings, problems));
        assertEquals(List.of(), warnings);
    }

    @Test
    void anIncludeOutsideTheIncludesFolderOrMissingIsShownAsText() throws IOException {
        file("templates/page.mustache", "secret template");
        file("content/site.yaml", "title: secret");
        ShortcodeTemplates t = load();
        for (String name : List.of("../page.mustache", "../../content/site.yaml", "/etc/passwd", "missing.html", "", ".hidden", "a/../../page.mustache")) {
            warnings.clear();
            ShortcodeCall c = call("PRESSCALL0X", ShortcodeCall.INCLUDE, name.isEmpty() ? Map.of() : Map.of("0", name), null,
                    "{% include " + name + " %}", null);
            String out = t.expand("PRESSCALL0X", List.of(c), warnings, problems);
            assertEquals(AliasPages.escape("{% include " + name + " %}"), out, name);
            assertEquals(List.of("content/posts/a.md:3:1: {% include " + name + " %}: no file templates/includes/" + name
                    + ", expected the included file there; shown as text"), warnings, name);
        }
    }
}
