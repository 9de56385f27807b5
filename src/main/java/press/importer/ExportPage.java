package press.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An export page cut into its parts: the title line, the article lines, the meta lines after
 * {@code alphanode post meta} (null when the page has none), whether the page ends with the
 * old site's {@code Similar Posts} heading (a complete export does), and the lines after it.
 */
record ExportPage(Line title, List<Line> body, List<Line> meta, int metaMarkerLine, boolean endsWithSimilar,
                  List<Line> similar) {

    static final String META_MARKER = "alphanode post meta";
    static final String SIMILAR_MARKER = "similar posts";

    /** Lines of an old HTML table's borders that the exporter left before the title. */
    private static final Pattern TABLE_REMNANT = Pattern.compile("[\\s|+:-]*\\|[\\s|+:-]*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"')]?");

    /** Splits the page; returns null when no title line is left (the caller reports it). */
    static ExportPage split(List<Line> lines) {
        int end = lines.size();
        List<Line> similar = List.of();
        int similarAt = findSimilar(lines);
        if (similarAt >= 0) {
            similar = lines.subList(similarAt + 1, end).stream().filter(l -> !l.isBlank()).toList();
            end = similarAt;
        }
        int marker = -1;
        for (int i = 0; i < end; i++) {
            if (lines.get(i).stripped().toLowerCase(Locale.ROOT).equals(META_MARKER)) {
                marker = i;
                break;
            }
        }
        List<Line> meta = marker < 0 ? null : lines.subList(marker + 1, end);
        int bodyEnd = marker < 0 ? end : marker;
        int start = 0;
        while (start < bodyEnd && (lines.get(start).isBlank() || TABLE_REMNANT.matcher(lines.get(start).text()).matches())) {
            start++;
        }
        if (start >= bodyEnd) return null;
        return new ExportPage(lines.get(start), lines.subList(start + 1, bodyEnd), meta,
                marker < 0 ? 0 : lines.get(marker).no(), similarAt >= 0, similar);
    }

    /**
     * The last "Similar Posts" line, when everything after it is short lines (titles of the old
     * site's related posts) rather than article text; -1 when there is none.
     */
    private static int findSimilar(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.stripped().toLowerCase(Locale.ROOT).equals(SIMILAR_MARKER)) return i;
            if (!l.isBlank() && (SENTENCE_END.matcher(l.stripped()).matches() || l.stripped().length() > 160)) return -1;
        }
        return -1;
    }
}
