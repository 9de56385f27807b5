package press.importer;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks an imported post against its export page without using the importer's own parsing:
 * the post's Markdown is rendered (commonmark-java, as the site does) and read back as text, and the
 * front matter is turned back into export meta lines.
 */
final class RoundTrip {
    private RoundTrip() {}

    private static final Pattern BULLET = Pattern.compile("^\\s*[•-]\\s+(.*)$");
    private static final Pattern REMNANT = Pattern.compile("[\\s|]*");

    /** A written post: its front matter as a map and its body rendered back to text, block by block. */
    record Post(Map<String, Object> frontMatter, String markdown, List<String> rendered, List<String> code,
                List<String> imageUrls) {}

    @SuppressWarnings("unchecked")
    static Post read(String text) throws Exception {
        assertTrue(text.startsWith("---\n"), "front matter first");
        int end = text.indexOf("\n---\n", 3);
        Map<String, Object> fm = new YAMLMapper().readValue(text.substring(4, end + 1), Map.class);
        String md = text.substring(end + 5);
        List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create());
        String html = HtmlRenderer.builder().extensions(extensions).build().render(Parser.builder().extensions(extensions).build().parse(md));
        List<String> rendered = new ArrayList<>();
        List<String> code = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Element e : Jsoup.parseBodyFragment(html).body().children()) {
            switch (e.tagName()) {
                case "h2" -> rendered.add(e.text());
                case "ul" -> e.children().forEach(li -> rendered.add(li.text()));
                case "pre" -> {
                    String c = e.wholeText();
                    for (String l : c.substring(0, c.length() - 1).split("\n", -1)) {
                        rendered.add(l);
                        code.add(l);
                    }
                }
                case "p" -> {
                    if (!e.select("img").isEmpty()) {
                        rendered.add(e.selectFirst("img").attr("alt"));
                        urls.add(e.selectFirst("img").attr("src"));
                    } else {
                        for (String l : e.wholeText().split("\n")) rendered.add(l.strip());
                    }
                }
                default -> fail("unexpected block <" + e.tagName() + "> in\n" + md);
            }
        }
        return new Post(fm, md, rendered, code, urls);
    }

    /** Asserts the page's title, every body line (in order) and every meta value survive in the post. */
    static void assertKeepsEverything(String page, String postText) throws Exception {
        Post post = read(postText);
        List<String> lines = List.of(page.split("\r\n|\n", -1));
        int i = 0;
        while (REMNANT.matcher(lines.get(i)).matches()) i++;
        assertEquals(lines.get(i).strip(), post.frontMatter().get("title"));
        int meta = lines.indexOf("alphanode post meta");
        int end = meta >= 0 ? meta : lines.size();

        // body: every source line, in order, as the reader will see it
        List<String> expected = new ArrayList<>();
        for (String l : lines.subList(i + 1, end)) {
            if (l.isBlank() || l.strip().equalsIgnoreCase("similar posts")) continue;
            var m = BULLET.matcher(l);
            if (m.matches()) expected.add(m.group(1).strip());
            else if (l.startsWith(" ") || l.startsWith("\t")) expected.add(l); // code keeps its indentation
            else expected.add(l.strip());
        }
        assertSubsequence(expected, post.rendered(), post.markdown());

        if (meta < 0) return;
        // meta: the front matter turned back into export lines gives the page's meta lines
        List<String> source = new ArrayList<>();
        for (String l : lines.subList(meta + 1, lines.size())) {
            if (l.isBlank() || l.strip().equalsIgnoreCase("similar posts")) continue;
            var m = BULLET.matcher(l);
            source.add(m.matches() ? m.group(1).strip() : l.strip());
        }
        assertEquals(source, metaLines(post.frontMatter()));
    }

    private static void assertSubsequence(List<String> expected, List<String> actual, String markdown) {
        int at = 0;
        for (String want : expected) {
            int found = actual.subList(at, actual.size()).indexOf(want);
            if (found < 0) fail("missing or out of order: \"" + want + "\"\nin:\n" + markdown);
            at += found + 1;
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> metaLines(Map<String, Object> fm) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            if (List.of("title", "date", "slug", "tags").contains(e.getKey())) continue;
            String label = e.getKey().replace('_', ' ');
            Object v = e.getValue();
            if (v instanceof List<?> list) {
                out.add(label);
                for (Object item : list) {
                    if (item instanceof Map<?, ?> m) addPairs(out, (Map<String, Object>) m);
                    else out.add(String.valueOf(item));
                }
            } else if (v instanceof Map<?, ?> m) {
                out.add(label);
                addPairs(out, (Map<String, Object>) m);
            } else {
                out.add(label + v);
            }
        }
        return out;
    }

    private static void addPairs(List<String> out, Map<String, Object> m) {
        m.forEach((k, v) -> out.add(k.replace('_', ' ').toLowerCase(Locale.ROOT) + ": " + v));
    }
}
