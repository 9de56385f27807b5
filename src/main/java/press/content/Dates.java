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
