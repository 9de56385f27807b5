package press.content;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Optional;
import java.util.Set;

/**
 * Fenced code of a language {@link CodeHighlighter} knows is written highlighted, as
 * {@code <pre><code class="language-X">} with spans; any other fence is left to Flexmark
 * (plain, escaped).
 */
final class HighlightExtension implements HtmlRenderer.HtmlRendererExtension {
    static HighlightExtension create() {
        return new HighlightExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new FenceRenderer());
    }

    private static final class FenceRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            Optional<String> language = CodeHighlighter.language(block.getInfo().toString().split("[\\s{]", 2)[0]);
            if (language.isEmpty()) {
                context.delegateRender();
                return;
            }
            String code = CodeHighlighter.highlight(language.get(), block.getContentChars().normalizeEOL());
            html.line();
            html.withAttr().tag("pre"); // kramdown's {: .class} after the fence (BlockAttributes)
            html.raw("<code class=\"language-" + language.get() + "\">").raw(code).raw("</code>");
            html.tag("/pre"); // the writer keeps its open tags: <pre> is closed as a tag, not as text
            html.line();
        }
    }
}
