package press.pipeline;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension.Builder;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import press.content.FrontMatter;
import press.content.MarkdownRenderer;
import press.generate.GeneratedPost;
import press.generate.SiteGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Issue 8: one post's Markdown body, on the posts {@link PostParseBench} uses, two ways: press's
 * {@link MarkdownRenderer#render} as the parse step calls it (commonmark-java with press's own
 * blocks, ids, facts and body text), and commonmark-java's bare parse and render with tables,
 * strikethrough and task lists, the floor press's own work stands on. Before the port, the first
 * was Flexmark (figures in docs/content/internals/performance.md). Not run by {@code mvn verify};
 * performance.md ("Benchmarks in the repo") has the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-XX:+UseSerialGC"})
public class MarkdownBench {
    /** How many different posts the benchmark cycles through. */
    @Param({"500"})
    public int posts;

    private final List<String> bodies = new ArrayList<>();
    private MarkdownRenderer press;
    private Parser cmParser;
    private HtmlRenderer cmRenderer;
    private int next;

    @Setup(Level.Trial)
    public void setup() {
        SiteGenerator generator = new SiteGenerator();
        for (int i = 0; i < posts; i++) {
            GeneratedPost p = generator.post(42, i);
            String[] error = new String[1];
            bodies.add(FrontMatter.split(p.text(), error).body());
        }
        press = new MarkdownRenderer(false, "/", 0);

        Builder tables = org.commonmark.ext.gfm.tables.TablesExtension.builder();
        List<Extension> extensions = List.of(tables.build(), StrikethroughExtension.create());
        cmParser = Parser.builder().extensions(extensions).postProcessor(MarkdownBench::taskItems).build();
        cmRenderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(MarkdownBench::taskMarkers).build();
    }

    private String nextBody() {
        int i = next;
        next = (i + 1) % posts;
        return bodies.get(i);
    }

    /** (a) What press does for a post's body. */
    @Benchmark
    public Object pressToday() {
        return press.render(nextBody());
    }

    /** (b) commonmark-java's bare parse and render with tables, strikethrough and task lists. */
    @Benchmark
    public String commonmarkPlain() {
        String body = nextBody();
        return cmRenderer.render(cmParser.parse(body));
    }

    /** Task list markers as press writes them: a list item's paragraph that starts with "[ ] " or "[x] ". */
    private static Node taskItems(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t) {
                    String s = t.getLiteral();
                    if (s.length() >= 4 && s.charAt(0) == '[' && " xX".indexOf(s.charAt(1)) >= 0 && s.charAt(2) == ']' && s.charAt(3) == ' ') {
                        TaskMarker marker = new TaskMarker(s.charAt(1) != ' ');
                        t.setLiteral(s.substring(4));
                        t.insertBefore(marker);
                    }
                }
                visitChildren(item);
            }
        });
        return document;
    }

    /** A task list item's checkbox. */
    static final class TaskMarker extends CustomNode {
        final boolean done;

        TaskMarker(boolean done) {
            this.done = done;
        }
    }

    /** Writes a {@link TaskMarker} as press's markers are written (raw HTML, not escaped). */
    private static NodeRenderer taskMarkers(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(TaskMarker.class);
            }

            @Override
            public void render(Node node) {
                context.getWriter().raw("<input type=\"checkbox\" class=\"task-list-item-checkbox\""
                        + (((TaskMarker) node).done ? " checked" : "") + " disabled>&nbsp;");
            }
        };
    }
}
