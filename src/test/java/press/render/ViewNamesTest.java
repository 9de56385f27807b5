package press.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ViewNames} finds what Mustache's own reflection handler finds, scope by scope, without its guards. */
class ViewNamesTest {
    @TempDir
    Path dir;

    record Head(String title, String description) {}

    record Item(String name, Head head, List<Item> children) {}

    record Page(Head head, String name, List<Item> items, Map<String, Object> extra, Optional<String> maybe, boolean flag) {}

    /** A class read by getter, by is-method and by field, as Mustache reads one. */
    static final class Bean {
        final String field = "by field";

        public String getTitle() {
            return "by getter";
        }

        public boolean isShown() {
            return true;
        }
    }

    private static final String PAGE = """
            {{head.title}}|{{name}}|{{#items}}[{{name}}:{{head.title}}:{{head.description}}:{{#children}}({{name}}/{{head.title}}){{/children}}]{{/items}}\
            |{{#extra}}{{k}}-{{name}}-{{head.title}}{{/extra}}|{{maybe}}|{{#flag}}{{name}}{{/flag}}|{{extra.k}}|{{#head}}{{title}}{{name}}{{/head}}
            {{#items}}{{> tree}}{{/items}}
            """;
    private static final String TREE = "<{{name}}:{{head.title}}{{#children}}{{> tree}}{{/children}}>";

    private String render(com.github.mustachejava.ObjectHandler handler, String template, Object view) throws IOException {
        DefaultMustacheFactory f = new DefaultMustacheFactory(dir.toFile());
        f.setObjectHandler(handler);
        Mustache m = f.compile(template);
        StringWriter out = new StringWriter();
        m.execute(out, view).flush();
        return out.toString();
    }

    /** The page, or the name the render failed on. */
    private String renderOrMissing(com.github.mustachejava.ObjectHandler handler, String template, Object view) throws IOException {
        try {
            return render(handler, template, view);
        } catch (MustacheException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            return "failed: " + root.getMessage().substring(0, root.getMessage().indexOf("}}") + 2);
        }
    }

    @Test
    void findsWhatMustachesReflectionFindsOnRandomViews() throws IOException {
        Files.writeString(dir.resolve("page.mustache"), PAGE);
        Files.writeString(dir.resolve("tree.mustache"), TREE);
        Random random = new Random(8);
        int failed = 0;
        for (int i = 0; i < 300; i++) {
            Page view = page(random);
            String expected = renderOrMissing(new StrictReflection(), "page.mustache", view);
            assertEquals(expected, renderOrMissing(new ViewNames(), "page.mustache", view), "view " + i + ": " + view);
            failed += expected.startsWith("failed: ") ? 1 : 0;
        }
        assertTrue(failed > 10 && failed < 250, failed + " of 300 views failed: both outcomes must be tried");
    }

    @Test
    void readsGettersIsMethodsAndFieldsAsMustacheDoes() throws IOException {
        Files.writeString(dir.resolve("bean.mustache"), "{{title}}|{{#shown}}shown{{/shown}}|{{field}}");
        assertEquals("by getter|shown|by field", render(new ViewNames(), "bean.mustache", new Bean()));
        assertEquals(render(new ReflectionObjectHandler(), "bean.mustache", new Bean()), render(new ViewNames(), "bean.mustache", new Bean()));
    }

    @Test
    void aNameNoScopeHasIsAnErrorNamingIt() throws IOException {
        Files.writeString(dir.resolve("typo.mustache"), "{{#items}}{{name}}{{naem}}{{/items}}");
        Page view = new Page(null, "p", List.of(new Item("a", null, List.of())), Map.of(), Optional.empty(), false);
        assertEquals("failed: {{naem}}", renderOrMissing(new ViewNames(), "typo.mustache", view));
        assertTrue(rootMessage(assertThrows(MustacheException.class, () -> render(new ViewNames(), "typo.mustache", view)))
                .startsWith("{{naem}} is not a value of this page's view"));
        Files.writeString(dir.resolve("dotted.mustache"), "{{head.titel}}");
        Page withHead = new Page(new Head("t", "d"), "p", List.of(), Map.of(), Optional.empty(), false);
        assertEquals("failed: {{head.titel}}", renderOrMissing(new ViewNames(), "dotted.mustache", withHead));
        Page headless = new Page(null, "p", List.of(), Map.of(), Optional.empty(), false);
        assertEquals("failed: {{head.titel}}", renderOrMissing(new ViewNames(), "dotted.mustache", headless), "a null part with no scope beyond");
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }

    private static Page page(Random r) {
        Map<String, Object> extra = new HashMap<>();
        if (r.nextBoolean()) extra.put("k", text(r));
        if (r.nextInt(4) == 0) extra.put("name", null); // a key whose value is null hides the outer name
        if (r.nextInt(4) == 0) extra.put("head", r.nextInt(4) == 0 ? null : head(r));
        if (r.nextInt(6) == 0) extra.put("head.title", text(r)); // a key with a dot is found whole first
        if (!extra.containsKey("k")) extra.put("k", ""); // the template names k outside the map's section too
        return new Page(r.nextInt(8) == 0 ? null : head(r), text(r), items(r, 3), extra,
                r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(), r.nextBoolean());
    }

    private static List<Item> items(Random r, int depth) {
        List<Item> items = new ArrayList<>();
        int n = depth == 0 ? 0 : r.nextInt(4);
        for (int i = 0; i < n; i++) items.add(new Item(r.nextInt(5) == 0 ? null : text(r), r.nextInt(12) == 0 ? null : head(r), items(r, depth - 1)));
        return items;
    }

    private static Head head(Random r) {
        return new Head(r.nextInt(4) == 0 ? null : text(r), text(r));
    }

    private static String text(Random r) {
        String[] parts = {"a", "<b>", "&", "\"q\"", "'", "é", "x y", ""};
        return parts[r.nextInt(parts.length)] + parts[r.nextInt(parts.length)];
    }
}
