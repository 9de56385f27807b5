package press.pipeline;

import press.testing.TestSite;

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
    private static final String BUILT_IN = "[comment, details, figure, gist, highlight, instagram, param, ref, relref, tweet, twitter, "
            + "twitter_simple, vimeo, vimeo_simple, x, youtube]";

    @TempDir
    Path dir;

    @Test
    void hugoEmbedShortcodesArePlainLinksAndCommentsAreDropped() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n\n"
                + "{{< tweet user=\"a\" id=\"2\" >}} {{< vimeo_simple 48912912 >}} {{< gist spf13 7896402 >}} {{< instagram BWNjjyYFxVx >}}\n\n"
                + "{{< comment >}}a note for the author{{< /comment >}}end\n\n{{< x user=\"a b\" id=\"<1>\" >}}\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/posts/a.md:11:1: x: expected a user and an id, got \"user=\"a b\" id=\"<1>\"\"; shown as text"), r.warnings());
        String page = site.read("posts/a/index.html");
        for (String expected : List.of("<a href=\"https://x.com/SanDiegoZoo/status/1453110110599868418\">Post by @SanDiegoZoo on X</a>",
                "<a href=\"https://x.com/a/status/2\">Post by @a on X</a>", "<a href=\"https://vimeo.com/48912912\">Vimeo video 48912912</a>",
                "<a href=\"https://gist.github.com/spf13/7896402\">Gist spf13/7896402</a>",
                "<a href=\"https://www.instagram.com/p/BWNjjyYFxVx/\">Instagram post BWNjjyYFxVx</a>", "<p>end</p>",
                "{{&lt; x user=&quot;a b&quot; id=&quot;&lt;1&gt;&quot; &gt;}}")) {
            assertTrue(page.contains(expected), expected + " missing in:\n" + page);
        }
        assertTrue(!page.contains("a note for the author"), page);
    }

    @Test
    void aFenceInAListItemEndsAtItsIndentedClosingFence() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n- ```shell\n  echo {{< kept >}}\n  ```\n\n"
                + "{{< card >}}\nafter the list\n{{< /card >}}\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/posts/a.md:9:1: unknown shortcode {{< card >}}, expected templates/shortcodes/card.mustache or one of "
                + BUILT_IN + "; shown as text"), r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("echo {{&lt; kept &gt;}}") && page.contains("{{&lt; card &gt;}}\n<p>after the list</p>\n{{&lt; /card &gt;}}"), page);
    }

    @Test
    void liquidOutputIsWarnedAboutAndALinkHoldingItGoesNowhere() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nSee [the patch][1349] by {{ page.author }}.\n\n"
                + "[1349]: {{ site.repository }}/issues/1349\n\n```\n{{ in.code }}\n```\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/posts/a.md:5:26: Liquid output {{ page.author }} has no value, expected author in the front matter; shown as text",
                "content/posts/a.md:7:9: Liquid output {{ site.repository }} has no value, expected repository in site.yaml (params: {repository: ...}); shown as text"), r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("See <a href=\"#\">the patch</a> by {{ page.author }}."), page);
        assertTrue(page.contains("{{ in.code }}"), page);
    }

    @Test
    void unknownShortcodesAndTagsAreWarnedAboutWithTheirPositionAndShownEscaped() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nintro\n\nsee {{< gallery user=\"x\" id=\"1\" >}} here\n"
                + "{% include footer.html %} and {{% notice \"<b>\" %}}\n");
        BuildResult r = site.build();
        assertEquals(List.of(
                "content/posts/a.md:7:5: unknown shortcode {{< gallery >}}, expected templates/shortcodes/gallery.mustache or one of "
                        + BUILT_IN + "; shown as text",
                "content/posts/a.md:8:1: {% include footer.html %}: no file templates/includes/footer.html, expected the included file there; shown as text",
                "content/posts/a.md:8:31: unknown shortcode {{< notice >}}, expected templates/shortcodes/notice.mustache or one of "
                        + BUILT_IN + "; shown as text"),
                r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("see {{&lt; gallery user=&quot;x&quot; id=&quot;1&quot; &gt;}} here"), page);
        assertTrue(page.contains("{% include footer.html %}") && page.contains("{{% notice &quot;&lt;b&gt;&quot; %}}"), page);
    }

    @Test
    void anOpeningThatIsNotAShortcodeIsWarnedAboutAndShownEscaped() {
        TestSite site = new TestSite(dir).post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nintro\n\nsee {{< gist <a> >}} here\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/posts/a.md:7:5: {{< gist <a> >}} does not parse as a shortcode, expected {{< name arg key=\"value\" >}} "
                + "with a value that holds >, % or } in double quotes; shown as text"), r.warnings());
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("<p>see {{&lt; gist &lt;a&gt; &gt;}} here</p>"), page);
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
    void aShortcodeInAFolderIsNamedByItsPathAsHugosBlocksCoverIs() {
        TestSite site = new TestSite(dir)
                .file("templates/shortcodes/blocks/cover.mustache", "<section class=\"cover\" title=\"{{args.title}}\">{{{inner}}}</section>")
                .post("a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n{{% blocks/cover\n  title=\"Welcome\"\n%}}\n\nA **site**.\n\n{{% /blocks/cover %}}\n\n"
                        + "{{% blocks/lead %}}\nLead.\n{{% /blocks/lead %}}\n");
        BuildResult r = site.build();
        assertEquals(List.of("content/posts/a.md:13:1: unknown shortcode {{< blocks/lead >}}, expected templates/shortcodes/blocks/lead.mustache or one of "
                + "[comment, details, figure, gist, highlight, instagram, param, ref, relref, tweet, twitter, twitter_simple, vimeo, vimeo_simple, x, youtube]; shown as text"),
                r.warnings(), "one warning for the pair, not an unknown blocks and a closing without its opening");
        String page = site.read("posts/a/index.html");
        assertTrue(page.contains("<section class=\"cover\" title=\"Welcome\"><p>A <strong>site</strong>.</p>\n</section>"), page);
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
