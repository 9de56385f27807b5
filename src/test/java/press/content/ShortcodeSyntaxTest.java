package press.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How calls, tags and outputs are recognised in a body, and where none is read. */
class ShortcodeSyntaxTest {
    private static Matcher tag(String text) {
        Matcher m = ShortcodeSyntax.TAG.matcher(text);
        assertTrue(m.find(), text);
        return m;
    }

    @Test
    void eachKindOfTagFillsItsOwnGroups() {
        Matcher commented = tag("{{</* figure src=a */>}}");
        assertEquals(" figure src=a ", commented.group(2));
        Matcher hugo = tag("{{% /note %}}");
        assertEquals("/", hugo.group(5));
        assertEquals("note", hugo.group(6));
        Matcher args = tag("{{< figure src=\"a>b.png\" >}}");
        assertEquals("figure", args.group(6));
        assertEquals(" src=\"a>b.png\"", args.group(7), "a > inside quotes does not end the call");
        Matcher liquid = tag("{%- include card.html x=1 -%}");
        assertEquals("include", liquid.group(9));
        assertEquals(" card.html x=1 ", liquid.group(10));
        assertEquals("site.title", tag("{{- site.title | upcase -}}").group(11));
        assertEquals("\"/a/\"", tag("{{ \"/a/\" | relative_url }}").group(11));
        assertEquals("<", tag("{{< broken {").group(12), "an opening nothing else reads");
    }

    @Test
    void variablesAndUrlFiltersAreReadFromAnOutput() {
        Matcher v = ShortcodeSyntax.VARIABLE.matcher("{{- page.author.name -}}");
        assertTrue(v.matches());
        assertEquals("page", v.group(1));
        assertEquals("author.name", v.group(2));
        assertFalse(ShortcodeSyntax.VARIABLE.matcher("{{ layout.x }}").matches());
        Matcher u = ShortcodeSyntax.URL_FILTER.matcher("{{ '/img/a.png' | absolute_url }}");
        assertTrue(u.matches());
        assertEquals("/img/a.png", u.group(2));
        assertEquals("absolute_url", u.group(3));
        assertFalse(ShortcodeSyntax.URL_FILTER.matcher("{{ x | relative_url }}").matches(), "only a quoted address");
    }

    @Test
    void closingTagsMatchTheirNameOnlyInEitherBracket() {
        assertTrue(ShortcodeSyntax.hugoClosing("note").matcher("{{%  /note  >}}").find());
        assertFalse(ShortcodeSyntax.hugoClosing("note").matcher("{{< /notes >}}").find());
        assertFalse(ShortcodeSyntax.hugoClosing("a.b").matcher("{{< /axb >}}").find(), "the name is quoted, not a pattern");
        assertTrue(ShortcodeSyntax.liquidEnd("highlight").matcher("{%- endhighlight -%}").find());
        assertFalse(ShortcodeSyntax.liquidEnd("highlight").matcher("{% end highlight %}").find());
    }

    @Test
    void namedValuesKeepTheirPlaceOutOfThePositionalCount() {
        assertEquals(Map.of("0", "a", "id", "x=y", "1", "b"), ShortcodeSyntax.args("a id=x=y b"));
        assertEquals(Map.of("k", ""), ShortcodeSyntax.args("k=\"\""));
        assertEquals(Map.of("0", "\"unclosed"), ShortcodeSyntax.args("\"unclosed"));
    }

    @Test
    void fencedCodeRunsToItsClosingFenceOfAtLeastItsLength() {
        String s = "a\n````md\n```\nin\n````\nb\n";
        assertEquals(List.of(List.of(2, 20)), ranges(s), "``` does not close ````");
        String longer = "```\nin\n`````\nafter\n";
        assertEquals(List.of(List.of(0, longer.indexOf("\nafter"))), ranges(longer), "a longer fence closes it");
        String inList = "- ```shell\n  {{< x >}}\n  ```\nafter\n";
        assertEquals(List.of(List.of(0, inList.indexOf("\nafter"))), ranges(inList), "a fence in a list item, closed indented");
        String quoted = "> ~~~\n> {{ y }}\n> ~~~\n";
        assertEquals(List.of(List.of(0, quoted.length() - 1)), ranges(quoted));
        assertEquals(List.of(List.of(2, 18)), ranges("a\n```\nnever closed"), "an unclosed fence runs to the end");
        assertEquals(List.of(), ranges("no ``` fence here\n"), "a fence only at the start of a line");
    }

    private static List<List<Integer>> ranges(String s) {
        return ShortcodeSyntax.codeRanges(s).stream().map(r -> List.of(r[0], r[1])).toList();
    }

    @Test
    void aRawBlockHoldsOnlyWhatIsBetweenItsTags() {
        String s = "x {% raw %}{% endhighlight %}{% endraw %} y {% endhighlight %}";
        int inside = s.indexOf("{% endhighlight");
        assertEquals(s.indexOf(" y"), ShortcodeSyntax.rawAround(s, 0, inside));
        assertEquals(-1, ShortcodeSyntax.rawAround(s, 0, s.lastIndexOf("{% endhighlight")));
        assertEquals(-1, ShortcodeSyntax.rawAround(s, 0, 0), "before the block");
        assertEquals(-1, ShortcodeSyntax.rawAround(s, 0, s.indexOf(" y")), "just after the block");
        assertEquals(-1, ShortcodeSyntax.rawAround(s, 3, inside), "a block starting before from is not seen");
    }
}
