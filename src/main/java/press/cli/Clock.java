package press.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The "now" of a build, from {@code --now} or else {@code SOURCE_DATE_EPOCH} (seconds since 1970,
 * the reproducible-builds convention); never the machine's clock, so a build gives the same site
 * whenever it runs. Null when neither is given.
 */
record Clock(Instant now, String source) {
    static Clock of(String option, String epoch) {
        if (option != null) return new Clock(parse(option), "--now");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return new Clock(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), "SOURCE_DATE_EPOCH");
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, got \"" + epoch + "\"");
            }
        }
        return new Clock(null, null);
    }

    private static Instant parse(String text) {
        try {
            if (text.length() == 10) return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now expects a time such as 2024-05-01T12:00:00Z or a date such as 2024-05-01, got \"" + text + "\"");
        }
    }

    /** For the summary: the time and where it came from, or why nothing was left out. */
    String shown() {
        return now == null ? "not set (--now or SOURCE_DATE_EPOCH), so publishDate and expiryDate leave nothing out"
                : now + " (" + source + "); later publishDate and past expiryDate are left out unless --future / --expired";
    }
}
