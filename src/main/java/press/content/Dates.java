package press.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * The date forms Hugo and Jekyll authors write: {@code 2024-05-01}, {@code 2024-05-01T10:00:00Z},
 * {@code 2024-05-01T10:00:00+02:00}, {@code 2024-05-01 10:00:00 +0200}, with or without seconds.
 * A date or time without a zone is UTC, never the machine's zone, so builds agree everywhere.
 * Impossible dates (February 30) are rejected.
 */
final class Dates {
    static final String EXPECTED = "a date like 2024-05-01 or 2024-05-01T10:00:00Z";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    static Optional<OffsetDateTime> parse(String text) {
        String s = text.strip();
        OffsetDateTime quick = quick(s);
        return quick != null ? Optional.of(quick) : formatted(s);
    }

    /**
     * {@code 2024-05-01} and {@code 2024-05-01T10:00:00Z}, the forms most front matter has, read by
     * hand (the formatter's {@code parseBest} was a sixth of binding a post's fields under C1); null
     * for any other text, or a date or time that does not exist, which the formatter then reads
     * or refuses. The same answers as {@link #formatted} (DatesTest compares them).
     */
    private static OffsetDateTime quick(String s) {
        int n = s.length();
        if (n != 10 && !(n == 20 && s.charAt(10) == 'T' && s.charAt(19) == 'Z' && s.charAt(13) == ':' && s.charAt(16) == ':')) return null;
        if (s.charAt(4) != '-' || s.charAt(7) != '-') return null;
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = n == 20 ? digits(s, 11, 2) : 0;
        int minute = n == 20 ? digits(s, 14, 2) : 0;
        int second = n == 20 ? digits(s, 17, 2) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number the {@code length} ASCII digits of {@code s} from {@code at} spell, or -1 when one is not a digit. */
    private static int digits(String s, int at, int length) {
        int v = 0;
        for (int i = at; i < at + length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = 10 * v + (c - '0');
        }
        return v;
    }

    /** {@link #parse} by the formatters alone. */
    static Optional<OffsetDateTime> formatted(String s) {
        try {
            if (s.length() == 10) return Optional.of(LocalDate.parse(s, DATE).atStartOfDay().atOffset(ZoneOffset.UTC));
            var parsed = DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) return Optional.of(odt);
            return Optional.of(((LocalDateTime) parsed).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
