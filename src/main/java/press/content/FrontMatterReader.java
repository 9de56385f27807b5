package press.content;

import press.config.LocatedYaml;
import press.config.NodeReader;
import press.problem.Problems;
import press.problem.SourcePos;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A content file's bytes to its front matter, ready to bind, and its Markdown body; shared by posts and pages. */
final class FrontMatterReader {
    /** The front matter of one file: typed reads whose problems go to {@code problems}, and the split text. */
    record Read(NodeReader fields, FrontMatter split, Problems problems, int bodyLine, java.util.List<String> notes) {
        /** The body with shortcodes and Liquid tags expanded, rendered without a first {@code # title} heading (see {@link MarkdownRenderer#render(String, String)}); its warnings name the file, line and column. */
        Rendered render(Path file, MarkdownRenderer markdown, String title) {
            return render(file, markdown, title, SiteVariables.NONE);
        }

        /** As above, with the site's values for {@code {{ site.x }}} and {@code param}. */
        Rendered render(Path file, MarkdownRenderer markdown, String title, SiteVariables site) {
            Shortcodes.Expanded ex = Shortcodes.expand(press.problem.SourcePos.display(file), bodyLine, split.body(), this::param, site,
                    inner -> markdown.render(inner).html());
            MarkdownRenderer.Rendered body = markdown.render(ex.markdown(), title);
            java.util.List<String> warnings = notes.isEmpty() ? ex.warnings()
                    : java.util.stream.Stream.concat(notes.stream(), ex.warnings().stream()).toList();
            return new Rendered(Shortcodes.restore(body.html(), ex.html()), body.readingMinutes(), warnings, ex.calls(), body.listItems(),
                    body.firstImage(), body.text(), body.titleHeading());
        }

        private String param(String name) {
            for (String pointer : new String[] {"/params/" + name, "/" + name}) {
                var n = fields.node(pointer.replace('.', '/'));
                if (n.isValueNode() && !n.isNull()) return n.asText();
            }
            return null;
        }
    }

    record Rendered(String html, int readingMinutes, java.util.List<String> warnings, java.util.List<press.model.ShortcodeCall> calls,
                    java.util.Set<String> listItems, String firstImage, press.model.BodyText text, String titleHeading) {}

    private FrontMatterReader() {}

    /** Null (with problems added to {@code problems}) when the file is not UTF-8 or its front matter cannot be read as a map. */
    static Read read(Path file, byte[] bytes, Problems problems) {
        return read(file, bytes, problems, false);
    }

    /**
     * As {@link #read(Path, byte[], Problems)}; with {@code optional}, a file that does not start
     * with front matter is all body with no fields (Hugo reads pages such as {@code # Hints ...} so).
     */
    static Read read(Path file, byte[] bytes, Problems problems, boolean optional) {
        return read(file, bytes, problems, optional, Cascade.NONE);
    }

    /** As above, with the fields {@code cascade} gives this file added where it does not set them. */
    static Read read(Path file, byte[] bytes, Problems problems, boolean optional, Cascade cascade) {
        String text = utf8(bytes);
        if (text == null) {
            problems.add(SourcePos.of(file, 1, 0), "not UTF-8 text, expected a UTF-8 Markdown file");
            return null;
        }
        text = text.replace("\r\n", "\n");
        String[] error = new String[1];
        FrontMatter fm = FrontMatter.split(text, error);
        if (fm == null && optional && FrontMatter.absent(text)) fm = new FrontMatter("{}", 1, text.startsWith("\uFEFF") ? text.substring(1) : text, LocatedYaml.Format.JSON);
        if (fm == null) {
            problems.add(SourcePos.of(file, 1, 1), error[0]);
            return null;
        }
        Problems mine = new Problems();
        LocatedYaml yaml = LocatedYaml.parse(file, fm.format(), fm.yaml(), fm.yamlLine() - 1, mine);
        if (yaml == null) {
            problems.addAll(mine);
            return null;
        }
        if (yaml.root().isMissingNode()) { // an empty block (Jekyll's ---/--- marks a page to process): no fields
            yaml = LocatedYaml.parse(file, LocatedYaml.Format.JSON, "{}", fm.yamlLine() - 1, mine);
        }
        if (!yaml.root().isObject()) {
            mine.add(SourcePos.of(file, fm.yamlLine(), 1), "front matter: expected a map of fields (title: ..., date: ...)");
            problems.addAll(mine);
            return null;
        }
        java.util.List<String> notes = java.util.List.of();
        if (yaml.root().has("cascade") && !file.getFileName().toString().startsWith("_index.")) {
            notes = java.util.List.of(yaml.keyAt("/cascade") + ": cascade is not applied: only a section's _index file has pages below it, "
                    + "expected it in the _index.md of the folder whose pages should get these fields");
        }
        cascade.apply(file, yaml);
        int lines = 1;
        for (int i = 0, headEnd = text.length() - fm.body().length(); i < headEnd; i++) if (text.charAt(i) == '\n') lines++;
        return new Read(new NodeReader(yaml, mine), fm, mine, lines, notes);
    }

    /**
     * The text of UTF-8 {@code bytes}, or null when they are not UTF-8. {@code new String} has fast
     * paths a decoder lacks (ASCII is copied), but puts U+FFFD where bytes are malformed: only a
     * text holding U+FFFD is decoded again strictly, to tell a written U+FFFD from a bad byte.
     */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
