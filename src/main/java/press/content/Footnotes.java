package press.content;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.List;
import java.util.Set;

/**
 * Footnotes as Goldmark and kramdown have them: {@code text[^1]} refers to a definition
 * {@code [^1]: the note} (continued by lines indented four spaces, or lazily). Notes are numbered
 * in the order they are first referenced and listed at the end of the body, each with a link back;
 * a reference without a definition stays text, a definition never referenced is left out.
 */
final class Footnotes {
    /** The text of the link back from a note to its reference: the text arrow, not the emoji. */
    static final String BACK = "&#8617;&#xfe0e;";

    private Footnotes() {}

    /** {@code [^label]: ...}, a container of blocks. */
    static final class Definition extends CustomBlock {
        final String label;
        /** How many references it has. */
        int references;

        Definition(String label) {
            this.label = label;
        }
    }

    /** {@code [^label]} in text. */
    static final class Reference extends CustomNode {
        final Definition definition;
        /** Which reference to its note this is, from 0 (a second one is {@code fnref-N-1}). */
        int nth;

        Reference(Definition definition) {
            this.definition = definition;
        }
    }

    /** The list of notes written after the body. */
    static final class Notes extends CustomBlock {}

    static final class DefinitionParser extends ContainerParser<Definition> {
        DefinitionParser(String label) {
            super(new Definition(label));
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) return BlockContinue.atIndex(state.getIndex());
            return state.getIndent() >= 4 ? BlockContinue.atColumn(state.getColumn() + 4) : BlockContinue.none();
        }

        @Override
        public List<DefinitionMap<?>> getDefinitions() {
            DefinitionMap<Definition> map = new DefinitionMap<>(Definition.class);
            map.putIfAbsent(block.label, block);
            return List.of(map);
        }
    }

    /** Starts a definition on a line {@code [^label]: } (no white space in the label). */
    static final class DefinitionStart extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            CharSequence line = state.getLine().getContent();
            int i = state.getNextNonSpaceIndex();
            if (i + 5 > line.length()) return BlockStart.none(); // the shortest is [^x]:
            if (line.charAt(i) != '[' || i + 1 >= line.length() || line.charAt(i + 1) != '^') return BlockStart.none();
            int start = i + 2;
            for (int k = start; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == ']') {
                    if (k == start || k + 1 >= line.length() || line.charAt(k + 1) != ':') return BlockStart.none();
                    int content = k + 2;
                    while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) content++;
                    return BlockStart.of(new DefinitionParser(line.subSequence(start, k).toString())).atIndex(content);
                }
                if (Character.isWhitespace(c) || c == '[') return BlockStart.none();
            }
            return BlockStart.none();
        }
    }

    /** {@code [^label]} with a definition becomes a {@link Reference}. */
    static final class References implements LinkProcessor {
        @Override
        public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
            if (info.destination() != null || info.marker() != null) return LinkResult.none();
            String text = info.text(scanner);
            if (!text.startsWith("^") || text.length() < 2) return LinkResult.none();
            Definition d = context.getDefinition(Definition.class, text.substring(1));
            if (d == null) return LinkResult.none();
            return LinkResult.replaceWith(new Reference(d), info.afterTextBracket());
        }
    }

    /** Numbers the referenced notes in {@code page} and moves them, in that order, to a {@link Notes} block at the end. */
    static void collect(Node document, ParsedBody page) {
        Set<Definition> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Definition> all = new java.util.ArrayList<>();
        walk(document, page, seen, all);
        for (Definition d : all) d.unlink();
        if (page.footnotes.isEmpty()) return;
        Notes notes = new Notes();
        for (Definition d : page.footnotes) notes.appendChild(d);
        document.appendChild(notes);
    }

    private static void walk(Node node, ParsedBody page, Set<Definition> seen, List<Definition> all) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Reference r) {
                if (seen.add(r.definition)) page.footnotes.add(r.definition);
                r.nth = r.definition.references++;
            }
            if (n instanceof Definition d) all.add(d);
            walk(n, page, seen, all);
        }
    }

    private static String refId(int n, int nth) {
        return nth == 0 ? "fnref-" + n : "fnref-" + n + "-" + nth;
    }

    static NodeRenderer renderer(HtmlNodeRendererContext context, ParsedBody page) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Reference.class, Notes.class, Definition.class);
            }

            @Override
            public void render(Node node) {
                HtmlWriter html = context.getWriter();
                if (node instanceof Reference r) {
                    int n = page.footnotes.indexOf(r.definition) + 1;
                    html.raw("<sup id=\"" + refId(n, r.nth) + "\"><a class=\"footnote-ref\" href=\"#fn-" + n + "\">" + n + "</a></sup>");
                } else if (node instanceof Notes notes) {
                    html.line();
                    html.raw("<div class=\"footnotes\">\n<hr />\n<ol>\n");
                    for (Node d = notes.getFirstChild(); d != null; d = d.getNext()) context.render(d);
                    html.raw("</ol>\n</div>\n");
                } else if (node instanceof Definition d) {
                    int n = page.footnotes.indexOf(d) + 1;
                    html.raw("<li id=\"fn-" + n + "\">\n");
                    for (Node c = d.getFirstChild(); c != null; c = c.getNext()) context.render(c);
                    html.line();
                    StringBuilder back = new StringBuilder();
                    for (int k = 0; k < d.references; k++) {
                        if (k > 0) back.append('\n');
                        back.append("<a href=\"#").append(refId(n, k)).append("\" class=\"footnote-backref\">").append(BACK).append("</a>");
                    }
                    html.raw(back.append("</li>\n").toString());
                }
            }
        };
    }
}
