package press.importer;

import press.config.SiteConfig;

import java.time.LocalDate;

/**
 * How pages are turned into posts.
 *
 * @param tagsFrom     the meta field (label or key: "tools") whose values become the post's {@code tags}
 * @param fallbackDate the {@code date} of a page without {@code revision.last_reviewed}; a fixed
 *                     day, never the clock, so importing twice writes the same file
 */
public record ImportOptions(String tagsFrom, LocalDate fallbackDate) {
    public static final LocalDate FALLBACK_DATE = LocalDate.of(2000, 1, 1);

    public static ImportOptions defaults() {
        return from(SiteConfig.ImportConfig.defaults());
    }

    public static ImportOptions from(SiteConfig.ImportConfig config) {
        return new ImportOptions(config.tagsFrom(), FALLBACK_DATE);
    }
}
