package press.importer;

import java.util.List;

/** A piece of the article as recognised in the export: what becomes one Markdown block. */
sealed interface Block {

    record Heading(Line line) implements Block {}

    /** Lines of one paragraph (usually one: the exporter wrote each paragraph on one line). */
    record Paragraph(List<Line> lines) implements Block {}

    /** Code lines exactly as written, blank lines inside included. */
    record Code(List<Line> lines) implements Block {}

    record BulletList(List<Line> items) implements Block {}

    /** The caption line and the {@code <caption>. image source: <source>} line after it. */
    record Image(Line captionLine, Line sourceLine, String caption, String source) implements Block {}
}
