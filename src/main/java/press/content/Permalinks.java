package press.content;

import press.config.PermalinkPattern;

import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Jekyll's and Hugo's permalink patterns ({@code /:year/:month/:day/:title/}, {@code /:categories/:title.html},
 * the styles {@code pretty}, {@code date}, {@code ordinal}, {@code none}) filled in for one post or
 * page. The result is a site path without the leading slash, ending in {@code /} or a file name.
 */
public final class Permalinks {
    /**
     * What a pattern may use of one file.
     *
     * @param date       its date, or null (then a dated placeholder is an error)
     * @param slug       its slug ({@code slug:}, else from the title or file name)
     * @param fileSlug   its file name without date prefix and extension, slugged (Jekyll's {@code :title})
     * @param categories its categories, in order (each slugged into one path part)
     * @param section    its top folder under {@code content/} ({@code posts} for Jekyll's {@code _posts}, {@code docs} for a collection's {@code _docs}); also Jekyll's {@code :collection}
     * @param path       Jekyll's {@code :path}: the folders below the top folder and the file name, slugged ({@code guides/install})
     */
    public record Fields(OffsetDateTime date, String slug, String fileSlug, List<String> categories, String section, String path) {
        public Fields(OffsetDateTime date, String slug, String fileSlug, List<String> categories, String section) {
            this(date, slug, fileSlug, categories, section, fileSlug);
        }
    }

    private Permalinks() {}

    /** Whether {@code pattern} (or style) uses placeholders (else it is a plain path, as Hugo's {@code url:}). */
    public static boolean hasPlaceholders(String pattern) {
        return PermalinkPattern.PLACEHOLDER.matcher(PermalinkPattern.of(pattern)).find();
    }

    /**
     * {@code pattern} filled in for {@code f}: a site path such as {@code 2016/06/03/hello/}. Throws
     * {@link IllegalArgumentException} saying what is wrong (unknown placeholder, no date, unsafe path).
     */
    public static String expand(String pattern, Fields f) {
        String p = PermalinkPattern.of(pattern);
        String wrong = PermalinkPattern.check(p);
        if (wrong != null) throw new IllegalArgumentException(wrong);
        Matcher m = PermalinkPattern.PLACEHOLDER.matcher(p);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (PermalinkPattern.DATED.contains(name) && f.date() == null) {
                throw new IllegalArgumentException(":" + name + " needs a date, expected a date: field or another pattern");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value(name, f)));
        }
        m.appendTail(out);
        String path = out.toString().replaceAll("/{2,}", "/");
        while (path.startsWith("/")) path = path.substring(1);
        if (!path.isEmpty() && !path.endsWith("/") && !path.endsWith(".html")) path = path + "/";
        for (String part : path.split("/")) {
            if (!path.isEmpty() && !Slugs.safePart(part)) {
                throw new IllegalArgumentException("gives the path /" + path + ", expected parts of letters, digits, '-', '_', '.'");
            }
        }
        if (path.isEmpty()) throw new IllegalArgumentException("gives an empty path, expected a pattern such as /:year/:title/");
        return path;
    }

    private static String value(String name, Fields f) {
        OffsetDateTime d = f.date();
        return switch (name) {
            case "year" -> String.format("%04d", d.getYear());
            case "short_year" -> String.format("%02d", d.getYear() % 100);
            case "month" -> String.format("%02d", d.getMonthValue());
            case "i_month" -> String.valueOf(d.getMonthValue());
            case "day" -> String.format("%02d", d.getDayOfMonth());
            case "i_day" -> String.valueOf(d.getDayOfMonth());
            case "y_day", "yearday" -> String.format("%03d", d.getDayOfYear());
            case "hour" -> String.format("%02d", d.getHour());
            case "minute" -> String.format("%02d", d.getMinute());
            case "second" -> String.format("%02d", d.getSecond());
            case "week" -> String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "monthname", "long_month" -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            case "short_month" -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            case "weekday" -> String.valueOf(d.getDayOfWeek().getValue() % 7);
            case "short_day" -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            case "title", "filename", "contentbasename", "name" -> f.fileSlug();
            case "slug", "slugorfilename", "slugorcontentbasename" -> f.slug();
            case "categories" -> String.join("/", f.categories().stream().map(Slugs::of).filter(s -> !s.isEmpty()).distinct().toList());
            case "section", "sections", "collection" -> f.section();
            case "path" -> f.path();
            case "output_ext" -> ".html";
            default -> throw new IllegalArgumentException("unknown placeholder :" + name);
        };
    }
}
