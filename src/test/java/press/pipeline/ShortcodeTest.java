package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.BuildException;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shortcodes and Liquid tags press does not know are warnings at their place and shown escaped; a ref to no page is an error. */
class ShortcodeTest {
    @TempDir
    Path dir;

    @Test
    void unknownShortcodesAndTagsAreWarnedAboutWithTheirPositionAndShownEscaped() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nintro\n\nsee {{< tweet user=\"x\" id=\"1\" >}} here\n"
                + "{% include footer.html %} and {{% notice \"<b>\" %}}\n");
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/posts/a.md:7:5: unknown shortcode {{< tweet >}}, expected templates/shortcodes/tweet.mustache or one of "
                        + "[details, figure, highlight, param, ref, relref, vimeo, youtube]; shown as text",
                "content/posts/a.md:8:1: {% include footer.html %}: no file templates/includes/footer.html, expected the included file there; shown as text",
                "content/posts/a.md:8:31: unknown shortcode {{< notice >}}, expected templates/shortcodes/notice.mustache or one of "
                        + "[details, figure, highlight, param, ref, relref, vimeo, youtube]; shown as text"),
                r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("see {{&lt; tweet user=&quot;x&quot; id=&quot;1&quot; &gt;}} here"), page);
        assertTrue(page.contains("{% include footer.html %}") && page.contains("{{% notice &quot;&lt;b&gt;&quot; %}}"), page);
    }

    @Test
    void aSiteShortcodeIsAMustacheTemplateWithArgumentsAndInnerMarkdown() {
        TestSite site = new TestSite(dir)
                .file("templates/shortcodes/note.mustache", "<aside class=\"note {{args.kind}}\">{{args.0}}{{{inner}}}</aside>")
                .post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n{{< note \"<i>\" kind=\"tip\" >}}\nSome **bold** text.\n{{< /note >}}\n\n"
                        + "inline {{< note kind=warn >}} here\n");
        BuildResult r = site.build();
        assertEquals(List.of(), r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("<aside class=\"note tip\">&lt;i&gt;<p>Some <strong>bold</strong> text.</p>\n</aside>"), page);
        assertTrue(page.contains("inline <aside class=\"note warn\"></aside> here"), page);
    }

    @Test
    void jekyllIncludesComeFromTemplatesIncludes() {
        TestSite site = new TestSite(dir).file("templates/includes/signup.html", "<p class=\"signup\">Subscribe</p>")
                .post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nintro\n\n{% include signup.html %}\n\n{% include ../../etc/passwd %}\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/posts/a.md:9:1: {% include ../../etc/passwd %}: no file templates/includes/../../etc/passwd, "
                + "expected the included file there; shown as text"), r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("<p>intro</p>\n<p class=\"signup\">Subscribe</p>"), page);
    }

    @Test
    void aRefToNoPageIsAnErrorAtTheShortcode() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n[x]({{< ref \"docs/missing.md\" >}})\n")
                .file("content/about.md", "---\ntitle: About\n---\n[y]({% link nowhere.md %}) [ok]({{< relref \"a\" >}})\n");
        BuildException e = assertThrows(BuildException.class, site::build);
        assertEquals(List.of(
                "content/about.md:4:5: ref \"nowhere.md\": no published page for it, expected a file of content/ such as docs/install.md (or a file name that only one file has)",
                "content/posts/a.md:5:5: ref \"docs/missing.md\": no published page for it, expected a file of content/ such as docs/install.md (or a file name that only one file has)"),
                e.lines());
    }
}
