package press.importer;

import java.text.Normalizer;
import java.util.Locale;

/** The slug of an imported post, from its title. */
final class Slug {
    private Slug() {}

    static final int MAX = 80;

    /** Lower case ASCII letters and digits joined by {@code -}, accents dropped, at most {@link #MAX} characters cut at a {@code -}. */
    static String fromTitle(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = cut > 0 ? s.substring(0, cut) : s.substring(0, MAX);
        }
        return s;
    }
}
