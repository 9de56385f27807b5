package press.content;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Definition lists as PHP Markdown Extra, kramdown and Goldmark write them: a paragraph's lines
 * are terms, and each following line {@code : definition} (continued by indented lines) defines
 * them. Terms and definitions in a row, blank lines between them allowed, make one {@code dl}.
 */
final class DefinitionLists {
    private DefinitionLists() {}

    static final class DefinitionList extends CustomBlock {}

    static final class Term extends CustomBlock {
        /** The term as written. */
        String line = "";
    }

    static final class Description extends CustomBlock {
        /** A blank line before it (or before another definition of its list): its paragraphs are written as {@code p}. */
        boolean loose;
    }

    private static final class TermParser extends AbstractBlockParser {
        private final Term block = new Term();
        private final SourceLine line;

        TermParser(SourceLine line) {
            this.line = line;
            block.line = line.getContent().toString().strip();
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void parseInlines(InlineParser parser) {
            parser.parse(SourceLines.of(line), block);
        }
    }

    private static final class DescriptionParser extends ContainerParser<Description> {
        DescriptionParser() {
            super(new Description());
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) return block.getFirstChild() == null ? BlockContinue.none() : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            return state.getIndent() >= 2 ? BlockContinue.atColumn(state.getColumn() + Math.min(state.getIndent(), 4)) : BlockContinue.none();
        }
    }

    /** A line {@code : text} after a paragraph (its lines become terms) or after another definition. */
    static final class Start extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            CharSequence line = state.getLine().getContent();
            int i = state.getNextNonSpaceIndex();
            if (i + 1 >= line.length() || line.charAt(i) != ':' || (line.charAt(i + 1) != ' ' && line.charAt(i + 1) != '\t')) return BlockStart.none();
            int content = i + 1;
            while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) content++;
            if (content >= line.length()) return BlockStart.none();
            SourceLines terms = matched.getParagraphLines();
            List<AbstractBlockParser> parsers = new ArrayList<>();
            if (!terms.isEmpty()) {
                for (SourceLine l : terms.getLines()) parsers.add(new TermParser(l));
            } else if (!(state.getActiveBlockParser().getBlock() instanceof Description) && !afterDescription(matched)) {
                return BlockStart.none();
            }
            parsers.add(new DescriptionParser());
            BlockStart start = BlockStart.of(parsers.toArray(new AbstractBlockParser[0])).atIndex(content);
            return terms.isEmpty() ? start : start.replaceParagraphLines(terms.getLines().size());
        }

        private static boolean afterDescription(MatchedBlockParser matched) {
            Node last = matched.getMatchedBlockParser().getBlock().getLastChild();
            return last instanceof Description || last instanceof Term || last instanceof Paragraph; // a paragraph, then a blank line: its terms, loosely
        }
    }

    /** Wraps each run of terms and descriptions (siblings) in a {@link DefinitionList}. */
    static void group(Node node) {
        for (Node n = node.getFirstChild(); n != null; ) {
            n = termsBefore(n);
            if (n instanceof Term || n instanceof Description) {
                DefinitionList dl = new DefinitionList();
                n.insertBefore(dl);
                Node m = n;
                boolean loose = false;
                while (m instanceof Term || m instanceof Description) {
                    Node after = termsBefore(m.getNext());
                    dl.appendChild(m);
                    if (m instanceof Description d) {
                        group(d);
                        loose |= d.loose;
                    }
                    m = after;
                }
                // as Flexmark: one definition after a blank line makes every definition of the list loose
                for (Node c = dl.getFirstChild(); c != null && loose; c = c.getNext()) if (c instanceof Description d) d.loose = true;
                n = m;
            } else {
                group(n);
                n = n.getNext();
            }
        }
    }

    /** {@code n}, or when it is a paragraph followed by a definition after a blank line, the terms it becomes (that definition loose). */
    private static Node termsBefore(Node n) {
        if (!(n instanceof Paragraph p) || !(n.getNext() instanceof Description d)) return n;
        d.loose = true;
        return terms(p);
    }

    /** A paragraph's lines as terms, in its place; returns the first. */
    private static Node terms(Paragraph p) {
        Term first = null;
        Term t = new Term();
        for (Node c = p.getFirstChild(); c != null; ) {
            Node next = c.getNext();
            if (c instanceof org.commonmark.node.SoftLineBreak || c instanceof org.commonmark.node.HardLineBreak) {
                if (t.getFirstChild() != null) {
                    p.insertBefore(t);
                    if (first == null) first = t;
                }
                t = new Term();
            } else {
                t.appendChild(c);
            }
            c = next;
        }
        if (t.getFirstChild() != null) {
            p.insertBefore(t);
            if (first == null) first = t;
        }
        t.setSourceSpans(p.getSourceSpans());
        p.unlink();
        return first;
    }

    static NodeRenderer renderer(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(DefinitionList.class, Term.class, Description.class);
            }

            @Override
            public void render(Node node) {
                HtmlWriter html = context.getWriter();
                String tag = node instanceof DefinitionList ? "dl" : node instanceof Term ? "dt" : "dd";
                html.line();
                html.tag(tag, context.extendAttributes(node, tag, Map.of()));
                if (node instanceof DefinitionList) html.line();
                boolean tight = node instanceof Description d && !d.loose && d.getFirstChild() instanceof Paragraph;
                for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                    if (tight && c == node.getFirstChild()) { // a tight definition's first paragraph is written without p, as Flexmark did
                        for (Node i = c.getFirstChild(); i != null; i = i.getNext()) context.render(i);
                    } else {
                        context.render(c);
                    }
                }
                html.tag("/" + tag);
                html.line();
            }
        };
    }
}
