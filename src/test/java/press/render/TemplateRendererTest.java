package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.Problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading a theme (required, per-section and partial templates, problems with file and line) and rendering one view. */
class TemplateRendererTest {
    @TempDir
    Path dir;

    record View(String title, List<String> items) {}

    private Path theme(String... nameAndText) throws IOException {
        Path t = dir.resolve("site/templates");
        Files.createDirectories(t);
        for (String name : TemplateRenderer.REQUIRED) Files.writeString(t.resolve(name + ".mustache"), name + "\n");
        for (int i = 0; i < nameAndText.length; i += 2) {
            Path f = t.resolve(nameAndText[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, nameAndText[i + 1]);
        }
        return dir.resolve("site");
    }

    private static List<String> lines(Problems p) {
        return p.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void rendersAViewWithPartialsNamedFromTheTemplatesFolder() throws IOException {
        Path site = theme("post.mustache", "{{>head}}{{#items}}<li>{{.}}</li>{{/items}}", "head.mustache", "<h1>{{title}}</h1>",
                "docs/page.mustache", "{{>head}}docs", "page.mustache", "plain");
        Problems problems = new Problems();
        TemplateRenderer r = TemplateRenderer.load(site, problems);
        assertEquals(List.of(), lines(problems));
        assertEquals("<h1>a &lt;b&gt;</h1><li>x &amp; y</li>", new String(r.render("post", new View("a <b>", List.of("x & y"))), StandardCharsets.UTF_8));
        assertTrue(r.has("docs/page") && r.has("page"), "per-section templates are found in folders");
        assertEquals("<h1>t</h1>docs", new String(r.render("docs/page", new View("t", List.of())), StandardCharsets.UTF_8));
    }

    record Node(String text, List<Node> items) {}

    @Test
    void valuesInAPartialThatRecursesAreEscapedAsMustacheEscapesThem() throws IOException {
        String tree = "{{text}}{{#items}}<li>{{> tree}}</li>{{/items}}";
        Path site = theme("post.mustache", "{{> tree}}", "tree.mustache", tree);
        TemplateRenderer r = TemplateRenderer.load(site, new Problems());
        java.util.Random random = new java.util.Random(3);
        String[] texts = {"a", "<b>", "&amp;", "\"q\" 'r'", "`=`", "é ☃ \uD83D\uDE00", "\uD83D", ""};
        for (int i = 0; i < 200; i++) {
            Node view = node(random, texts, 4);
            com.github.mustachejava.DefaultMustacheFactory plain = new com.github.mustachejava.DefaultMustacheFactory(site.resolve("templates").toFile());
            java.io.StringWriter expected = new java.io.StringWriter();
            plain.compile("post.mustache").execute(expected, view).flush();
            // as UTF-8 bytes, as pages are written (a lone surrogate is a ?)
            assertEquals(new String(expected.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    new String(r.render("post", view), StandardCharsets.UTF_8), "view " + i);
        }
    }

    private static Node node(java.util.Random random, String[] texts, int depth) {
        List<Node> items = new java.util.ArrayList<>();
        for (int i = depth == 0 ? 0 : random.nextInt(3); i > 0; i--) items.add(node(random, texts, depth - 1));
        return new Node(texts[random.nextInt(texts.length)] + texts[random.nextInt(texts.length)], items);
    }

    @Test
    void aMissingRequiredTemplateAndASyntaxErrorAreProblemsWithTheirFile() throws IOException {
        Path site = theme("list.mustache", "line one\n{{#open}}never closed\n");
        Files.delete(site.resolve("templates/terms.mustache"));
        Problems problems = new Problems();
        TemplateRenderer.load(site, problems);
        List<String> got = lines(problems);
        assertEquals(2, got.size(), String.join("\n", got));
        assertTrue(got.get(0).startsWith("templates/list.mustache:"), got.get(0));
        assertTrue(got.get(1).startsWith("templates/terms.mustache: template missing"), got.get(1));
    }

    @Test
    void aNameNoViewHasFailsTheRenderAtItsTemplateAndLine() throws IOException {
        Path site = theme("post.mustache", "{{title}}\n{{titel}}\n");
        TemplateRenderer r = TemplateRenderer.load(site, new Problems());
        TemplateRenderer.TemplateError e = assertThrows(TemplateRenderer.TemplateError.class, () -> r.render("post", new View("t", List.of())));
        assertEquals("templates/post.mustache", e.pos().file());
        assertEquals(2, e.pos().line());
        assertTrue(e.getMessage().contains("{{titel}} is not a value of this page's view"), e.getMessage());
    }

    @Test
    void pageAndSectionTemplatesAreOptional() throws IOException {
        Path site = theme();
        Problems problems = new Problems();
        TemplateRenderer r = TemplateRenderer.load(site, problems);
        assertEquals(List.of(), lines(problems));
        assertTrue(!r.has("page") && !r.has("section"));
    }

    @Test
    void theTemplatesFolderMayBeALinkToASharedTheme() throws IOException {
        Path shared = theme("page.mustache", "p", "docs/section.mustache", "s").resolve("templates");
        Path site = dir.resolve("linked");
        Files.createDirectories(site);
        Files.createSymbolicLink(site.resolve("templates"), shared);
        Problems problems = new Problems();
        TemplateRenderer r = TemplateRenderer.load(site, problems);
        assertEquals(List.of(), lines(problems));
        assertTrue(r.has("page") && r.has("docs/section"), "per-section templates are found through the link");
        assertEquals(TemplateRenderer.fingerprint(shared.getParent()), TemplateRenderer.fingerprint(site));
    }

    @Test
    void theFingerprintChangesWithAnyTemplateByte() throws IOException {
        Path site = theme("page.mustache", "a");
        String before = TemplateRenderer.fingerprint(site);
        Files.writeString(site.resolve("templates/page.mustache"), "b");
        assertNotEquals(before, TemplateRenderer.fingerprint(site));
        assertEquals("", TemplateRenderer.fingerprint(dir.resolve("nowhere")), "no templates folder, no fingerprint");
    }
}
