package press.content;

import org.junit.jupiter.api.Test;
import press.model.ShortcodeCall;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shortcodes and Liquid tags in a Markdown body, before Markdown: what each built-in becomes, how
 * HTML goes in as tokens, what is left for the site's templates, and every warning at its file line and column.
 */
class ShortcodesTest {
    @Test
    void mayHoldIsWhetherTheBodyHoldsADoubleBraceOrABracePercent() {
        java.util.Random random = new java.util.Random(5);
        int holding = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) b.append("{%}a\u00e9\n".charAt(random.nextInt(6)));
            String body = b.toString();
            boolean expected = body.contains("{{") || body.contains("{%");
            assertEquals(expected, Shortcodes.mayHold(body), body);
            if (expected) holding++;
        }
        assertTrue(holding > 2000 && holding < 18000, "holding " + holding);
    }

    private static final String FILE = "content/posts/a.md";
    /** The body starts on line 5 of its file, after four lines of front matter. */
    private static final int FIRST_LINE = 5;
    private static final Map<String, String> PARAMS = Map.of("who", "<Ann>");
    private static final Function<String, String> MARKDOWN = s -> "<p>" + s.strip() + "</p>";

    private static Shortcodes.Expanded expand(String body) {
        return Shortcodes.expand(FILE, FIRST_LINE, body, PARAMS::get, MARKDOWN);
    }

    /** The body as Markdown would see it, then each token swapped back: what a reader gets, but for Markdown itself. */
    private static String shown(String body) {
        Shortcodes.Expanded ex = expand(body);
        return Shortcodes.restore(ex.markdown(), ex.html());
    }

    private static String ref(String target, int line, int col) {
        return Shortcodes.REF + HexFormat.of().formatHex(target.getBytes(StandardCharsets.UTF_8)) + "_" + line + "_" + col + "__";
    }

    @Test
    void aBodyWithoutBracesIsLeftAsItIs() {
        String body = "plain {text} and { { not a tag } }\n";
        Shortcodes.Expanded ex = expand(body);
        assertSame(body, ex.markdown());
        assertEquals(List.of(), ex.warnings());
        assertEquals(List.of(), ex.calls());
    }

    @Test
    void rawTagsInFencedCodeVanishWhereLiquidReadsCodeAndStayInAHugoFolder() {
        String body = "```liquid\n{% raw %}{{ page.title }}{% endraw %}\n{%- raw -%}{% if x %}{%- endraw -%}\n```\nafter {% raw %}{{ y }}{% endraw %}\n";
        Shortcodes.Expanded jekyll = Shortcodes.expand(FILE, FIRST_LINE, body, PARAMS::get, SiteVariables.NONE.withLiquidInCode(true), MARKDOWN);
        assertEquals("```liquid\n{{ page.title }}\n{% if x %}\n```\nafter {{ y }}\n", Shortcodes.restore(jekyll.markdown(), jekyll.html()));
        assertEquals(List.of(), jekyll.warnings());
        Shortcodes.Expanded hugo = Shortcodes.expand(FILE, FIRST_LINE, body, PARAMS::get, SiteVariables.NONE, MARKDOWN);
        assertEquals("```liquid\n{% raw %}{{ page.title }}{% endraw %}\n{%- raw -%}{% if x %}{%- endraw -%}\n```\nafter {{ y }}\n",
                Shortcodes.restore(hugo.markdown(), hugo.html()), "Hugo runs no Liquid: code is shown as written");
    }

    @Test
    void indentedCodeIsLeftAloneAsFencedCodeIsButAListItemsIndentedTextIsRead() {
        String body = "Trim:\n\n    {{ strings.TrimLeft \"a\" \"aab\" }} → b\n\n    {{< x >}}\n\nafter\n\n"
                + "1.  step\n\n    by {{< param who >}}\n";
        Shortcodes.Expanded ex = expand(body);
        assertEquals(List.of(), ex.warnings(), "nothing in code is read, as in a fence");
        assertEquals("Trim:\n\n    {{ strings.TrimLeft \"a\" \"aab\" }} → b\n\n    {{< x >}}\n\nafter\n\n1.  step\n\n    by &lt;Ann&gt;\n",
                Shortcodes.restore(ex.markdown(), ex.html()), "the list item's second paragraph is text, not code");
        assertEquals(1, expand("text\n    {{ a.b }} continues the paragraph\n").warnings().size(), "an indented line after text is no code block");
    }

    @Test
    void linksBecomeMarkersWithTheirTargetAndPlace() {
        Shortcodes.Expanded ex = expand("see [a]({{< ref \"docs/install.md#top\" >}})\n"
                + "and [b]({{< relref install >}}) and [c]({% link _posts/x.md %}) and [d]({% post_url 2016-07-10-x %})\n");
        assertEquals("see [a](" + ref("docs/install.md#top", 5, 9) + ")\nand [b](" + ref("install", 6, 9) + ") and [c]("
                + ref("_posts/x.md", 6, 41) + ") and [d](" + ref("post_url:2016-07-10-x", 6, 73) + ")\n", ex.markdown());
        assertEquals(List.of(), ex.warnings());
        assertTrue(Shortcodes.REF_MARKER.matcher(ex.markdown()).find());
    }

    @Test
    void builtInShortcodesBecomeMarkdownOrEscapedHtml() {
        assertEquals("By &lt;Ann&gt;.", shown("By {{< param who >}}."), "a param is escaped");
        assertEquals("\n\n![A \\*star\\*](<img/a b%3E.png>)\n\n*Fig \\[1\\]*\n\n",
                shown("{{< figure src=\"img/a b>.png\" alt=\"A *star*\" caption=\"Fig [1]\" >}}"), "figure text is Markdown-escaped");
        assertEquals("\n```go\nfmt.Println(1)\n```\n", shown("{{< highlight go >}}\nfmt.Println(1)\n{{< /highlight >}}"));
        assertEquals("\n~~~~md\nuse ```\n~~~~\n", shown("{% highlight md %}use ```{% endhighlight %}"), "code holding ``` gets a ~~~~ fence");
        assertEquals("{{ kept }} {% as is %}", shown("{% raw %}{{ kept }} {% as is %}{% endraw %}"));
        assertEquals("[YouTube video dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ) [Vimeo video 42](https://vimeo.com/42)",
                shown("{{< youtube dQw4w9WgXcQ >}} {{< vimeo_simple id=42 >}}"));
        assertEquals("[Post by @ann on X](https://x.com/ann/status/123) [Gist ann/abc](https://gist.github.com/ann/abc) "
                + "[Instagram post Bx1](https://www.instagram.com/p/Bx1/)", shown("{{< x user=ann id=123 >}} {{< gist ann abc >}} {{< instagram Bx1 >}}"));
        assertEquals("a  b", shown("a {{< comment >}}for the author{{< /comment >}} b"), "a comment is dropped with its text");
        assertEquals("{{&lt; card &gt;}}", shown("{{</* card */>}}"), "an escaped shortcode shows as written");
    }

    @Test
    void detailsWrapTheirExpandedInnerText() {
        assertEquals("\n\n<details><summary>Why &lt;this&gt;?</summary>\n\nBy &lt;Ann&gt;\n\n</details>\n\n",
                shown("{{< details summary=\"Why <this>?\" >}}By {{< param who >}}{{< /details >}}"));
    }

    @Test
    void aSiteShortcodeAndAnIncludeAreLeftForTheTemplatesWithTheirPlace() {
        Shortcodes.Expanded ex = expand("intro\n  {{< card title=\"A b\" 1 >}}inner *text*{{< /card >}} {{< badge >}}\n{% include footer.html x=1 %}\n");
        assertEquals("intro\n  PRESSCALL0X PRESSCALL1X\nPRESSCALL2X\n", ex.markdown());
        assertEquals(List.of(
                new ShortcodeCall("PRESSCALL0X", "card", Map.of("title", "A b", "0", "1"), "<p>inner *text*</p>", FILE + ":6:3",
                        "{{< card title=\"A b\" 1 >}}", "{{< /card >}}"),
                new ShortcodeCall("PRESSCALL1X", "badge", Map.of(), null, FILE + ":6:55", "{{< badge >}}", null),
                new ShortcodeCall("PRESSCALL2X", ShortcodeCall.INCLUDE, Map.of("0", "footer.html"), null, FILE + ":7:1",
                        "{% include footer.html x=1 %}", null)), ex.calls());
        assertEquals(List.of(), ex.warnings(), "whether a template exists is the build's to say");
    }

    @Test
    void whatCannotBeExpandedIsWarnedAboutAtItsPlaceAndShownEscaped() {
        Shortcodes.Expanded ex = expand("ok\n{% assign x = 1 %} {{ page.title }}\n  {{< /card >}}\n{% raw %}never closed\n"
                + "{{< youtube \"bad id\" >}} {{< gist a/b >}} {{< param nope >}}\n");
        assertEquals(List.of(
                "content/posts/a.md:6:1: unknown Liquid tag {% assign %}, expected one of [highlight, include, link, post_url, raw]; shown as text",
                "content/posts/a.md:6:20: Liquid output {{ page.title }} has no value, expected title in the front matter; shown as text",
                "content/posts/a.md:7:3: a closing {{< /card >}} without its opening; shown as text",
                "content/posts/a.md:8:1: {% raw %} is never closed, expected {% endraw %}; shown as text",
                "content/posts/a.md:9:1: youtube: expected a video id such as dQw4w9WgXcQ, got \"bad id\"; shown as text",
                "content/posts/a.md:9:26: gist: expected a user and an id, got \"a/b\"; shown as text",
                "content/posts/a.md:9:43: param \"nope\" is not in the front matter, expected a field or params.nope (or params: {nope: ...} in site.yaml)"), ex.warnings());
        String shown = Shortcodes.restore(ex.markdown(), ex.html());
        assertTrue(shown.contains("{% assign x = 1 %} {{ page.title }}"), shown);
        assertTrue(shown.contains("{{&lt; gist a/b &gt;}}"), "shown text is escaped: " + shown);
    }

    @Test
    void anOpeningThatDoesNotParseAsAShortcodeIsWarnedAboutAndShownEscaped() {
        Shortcodes.Expanded ex = expand("a {{< gist <a> >}} b\n{{% note > x %}}\n{{< >}} and {{< oops \"x\"\n"
                + "{{< ref \"ok.md\" >}} {{% gone\n\n{{< figure src=\"a.png\" title='1 > 0' >}}\n{{<layout}} (Mustache)\n");
        assertEquals(List.of(
                "content/posts/a.md:5:3: {{< gist <a> >}} does not parse as a shortcode, expected {{< name arg key=\"value\" >}} "
                        + "with a value that holds >, % or } in double quotes; shown as text",
                "content/posts/a.md:6:1: {{% note > x %}} does not parse as a shortcode, expected {{% name arg key=\"value\" %}} "
                        + "with a value that holds >, % or } in double quotes; shown as text",
                "content/posts/a.md:7:1: {{< >}} does not parse as a shortcode, expected {{< name arg key=\"value\" >}} "
                        + "with a value that holds >, % or } in double quotes; shown as text",
                "content/posts/a.md:7:13: {{< oops \"x\" is never closed, expected >}} after the shortcode's name and arguments; shown as text",
                "content/posts/a.md:8:21: {{% gone is never closed, expected %}} after the shortcode's name and arguments; shown as text",
                "content/posts/a.md:10:1: {{< figure src=\"a.png\" title='1 > 0' >}} does not parse as a shortcode, expected {{< name arg key=\"value\" >}} "
                        + "with a value that holds >, % or } in double quotes; shown as text",
                "content/posts/a.md:11:1: {{<layout}} does not parse as a shortcode, expected {{< name arg key=\"value\" >}} "
                        + "with a value that holds >, % or } in double quotes; shown as text"), ex.warnings());
        String shown = Shortcodes.restore(ex.markdown(), ex.html());
        assertTrue(shown.startsWith("a {{&lt; gist &lt;a&gt; &gt;}} b\n{{% note &gt; x %}}\n{{&lt; &gt;}} and {{&lt; oops &quot;x&quot;\n" + ref("ok.md", 8, 1)
                + " {{% gone\n\n{{&lt; figure src=&quot;a.png&quot; title=&#39;1 &gt; 0&#39; &gt;}}\n{{&lt;layout}} (Mustache)\n"), "escaped, and the next shortcode still expands: " + shown);
    }

    @Test
    void shortcodesInFencedCodeAreShownAsWritten() {
        String body = "```go\n{{< card >}} {% nope %}\n```\n- item\n  ~~~\n  {{ x }}\n  ~~~\n{{< param who >}}\n";
        Shortcodes.Expanded ex = expand(body);
        assertEquals(List.of(), ex.warnings());
        assertEquals(List.of(), ex.calls());
        assertEquals("```go\n{{< card >}} {% nope %}\n```\n- item\n  ~~~\n  {{ x }}\n  ~~~\n&lt;Ann&gt;\n", Shortcodes.restore(ex.markdown(), ex.html()));
    }

    @Test
    void restoreReplacesATokenAloneInAParagraphAndSendsTextLinksNowhere() {
        Map<String, String> html = new java.util.LinkedHashMap<>();
        html.put("PRESSSHORTCODE0X", "<div>x</div>");
        html.put("PRESSTEXT1X", "{{ site.url }}");
        assertEquals("<div>x</div>\n<p><a href=\"#\">link</a> {{ site.url }}</p>",
                Shortcodes.restore("<p>PRESSSHORTCODE0X</p>\n<p><a href=\"PRESSTEXT1X/x\">link</a> PRESSTEXT1X</p>", html));
    }

    @Test
    void argumentsArePositionalOrNamedAndQuotedEitherWay() {
        assertEquals(Map.of("0", "a", "1", "b c", "k", "v w", "k2", "x", "2", "d e", "q", "single"),
                ShortcodeSyntax.args("a \"b c\" k=\"v w\" k2=x 'd e' q='single'"));
        assertEquals(Map.of(), ShortcodeSyntax.args(null));
    }
}
