package press.content;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fenced code of a language {@link CodeHighlighter} knows is written highlighted, as
 * {@code <pre><code class="language-X">} with spans; any other fence is written plain and escaped,
 * marked with its info string's first word. The info string is read up to a space or a brace
 * ({@code python {linenos=true}}).
 */
final class HighlightExtension {
    private HighlightExtension() {}

    static void write(FencedCodeBlock block, HtmlNodeRendererContext context) {
        HtmlWriter html = context.getWriter();
        String info = block.getInfo() == null ? "" : block.getInfo();
        String word = info.split("[\\s{]", 2)[0];
        Optional<String> language = CodeHighlighter.language(word);
        html.line();
        html.tag("pre", context.extendAttributes(block, "pre", Map.of())); // kramdown's {: .class} after the fence
        if (language.isPresent()) {
            html.raw("<code class=\"language-" + language.get() + "\">");
            html.raw(CodeHighlighter.highlight(language.get(), block.getLiteral()));
        } else {
            Map<String, String> attrs = new LinkedHashMap<>();
            if (!word.isEmpty()) attrs.put("class", "language-" + word);
            html.tag("code", attrs);
            html.text(block.getLiteral());
        }
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }
}
