package press.config;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permalink patterns Jekyll and Hugo write ({@code /:year/:month/:day/:title/}) and Jekyll's
 * named styles; which placeholders there are. Filling one in is {@code press.content.Permalinks}.
 */
public final class PermalinkPattern {
    /** Jekyll's built-in styles, as its documentation defines them. */
    private static final Map<String, String> STYLES = Map.of(
            "pretty", "/:categories/:year/:month/:day/:title/",
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    public static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    /** Placeholders that need the date. */
    public static final List<String> DATED = List.of("year", "month", "day", "i_month", "i_day", "short_year", "y_day", "yearday",
            "hour", "minute", "second", "monthname", "weekday", "week", "short_day", "long_month", "short_month");
    public static final List<String> OTHERS = List.of("title", "slug", "slugorfilename", "slugorcontentbasename", "filename",
            "contentbasename", "name", "categories", "section", "sections", "output_ext", "collection", "path");

    private PermalinkPattern() {}

    /** A style name's pattern ({@code pretty}), or the pattern itself. */
    public static String of(String given) {
        return STYLES.getOrDefault(given.strip(), given.strip());
    }

    /** Null when every placeholder of {@code pattern} (or style) is known, else what is wrong with it. */
    public static String check(String pattern) {
        Matcher m = PLACEHOLDER.matcher(of(pattern));
        while (m.find()) {
            if (!DATED.contains(m.group(1)) && !OTHERS.contains(m.group(1))) {
                TreeSet<String> all = new TreeSet<>();
                DATED.forEach(n -> all.add(":" + n));
                OTHERS.forEach(n -> all.add(":" + n));
                return "unknown placeholder :" + m.group(1) + ", expected one of " + all + " or a style (pretty, date, ordinal, weekdate, none)";
            }
        }
        return null;
    }
}
