package press.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as pages show it: {@code 3 December 2026} ({@code d MMMM uuuu}, English), and as their
 * {@code datetime} attributes give it: {@code 2026-12-03}. Spelt out by hand for years 0 to 9999:
 * the formatter, asked once for every post in every list and similar-post box, was 2.4 % of a
 * 10,000-post build's samples. Other years go through the formatter. Each date of the years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR} is spelt once and kept: a 10,000-post build asks for
 * about 160,000 dates (a post is in the home list, its archives and each of its terms' lists, and
 * in five similar-post boxes) and has about 3,600 distinct ones; spelling each again was 0.7 % of
 * the build's CPU under C1 ({@code perf}; JFR, which over-weights code full of calls, said 2.7 %).
 */
final class ShownDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    /**
     * By day of the years kept (31 slots a month): the spellings made so far, or null. Written
     * without a lock: a thread that reads null spells the date itself, and a String read through a
     * race is whole (its fields are final).
     */
    private static final String[] SHOWN = new String[(LAST_YEAR - FIRST_YEAR + 1) * 12 * 31];
    private static final String[] ISO = new String[SHOWN.length];

    private ShownDate() {}

    static String of(OffsetDateTime t) {
        LocalDate d = t.toLocalDate();
        int slot = slot(d);
        if (slot < 0) return spell(d);
        String s = SHOWN[slot];
        if (s == null) SHOWN[slot] = s = spell(d);
        return s;
    }

    /** The date as {@code uuuu-MM-dd} ({@link LocalDate#toString}). */
    static String iso(OffsetDateTime t) {
        LocalDate d = t.toLocalDate();
        int slot = slot(d);
        if (slot < 0) return d.toString();
        String s = ISO[slot];
        if (s == null) ISO[slot] = s = d.toString();
        return s;
    }

    /** The date's place in the tables, or -1 outside the years kept. */
    private static int slot(LocalDate d) {
        int y = d.getYear();
        if (y < FIRST_YEAR || y > LAST_YEAR) return -1;
        return ((y - FIRST_YEAR) * 12 + d.getMonthValue() - 1) * 31 + d.getDayOfMonth() - 1;
    }

    private static String spell(LocalDate d) {
        int y = d.getYear();
        if (y < 0 || y > 9999) return FORMAT.format(d);
        String year = Integer.toString(y);
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + "000".substring(0, 4 - year.length()) + year;
    }
}
