package press.model;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Which scheduled content a build shows: {@code publishDate} after {@code now} and
 * {@code expiryDate} before it are left out unless {@code future} / {@code expired}.
 * {@code now} comes from {@code --now} or {@code SOURCE_DATE_EPOCH}, never from the clock; when
 * it is null nothing is left out for its dates.
 */
public record Schedule(Instant now, boolean future, boolean expired) {
    public static final Schedule NONE = new Schedule(null, false, false);

    /** Whether content with these dates (either may be null) is in the site. */
    public boolean shows(OffsetDateTime publishDate, OffsetDateTime expiryDate) {
        if (now == null) return true;
        if (!future && publishDate != null && publishDate.toInstant().isAfter(now)) return false;
        return expired || expiryDate == null || expiryDate.toInstant().isAfter(now);
    }
}
