package press.content;

import press.config.SiteConfig;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's translation by file name: {@code about.pl.md} is the Polish {@code about} page,
 * {@code _index.fr.md} a section's French index, {@code index.de.md} a bundle's German page. The
 * part before the extension is a language when {@code site.yaml} declares it in {@code languages:}
 * (a translation) or it is the site's own {@code language:} ({@code about.en.md} is simply
 * {@code about}). An ISO 639-1 code that the site does not declare is {@link #undeclared}: the
 * scan skips the file with a warning instead of building {@code /about.pl/}.
 *
 * @param stem      the file name without its extension and language ({@code about})
 * @param language  the translation's language, or "" for the site's own language
 * @param undeclared a language code the site does not declare, or null
 */
public record FileLanguage(String stem, String language, String undeclared) {
    private static final Pattern CODED = Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    /** What the file name {@code fileName} ({@code about.pl.md}) says of its language. */
    public static FileLanguage of(String fileName, SiteConfig.ContentConfig config) {
        String stem = ContentScanner.stem(fileName);
        if (stem.indexOf('.') < 0) return new FileLanguage(stem, "", null); // no language part: the pattern needs a dot
        Matcher m = CODED.matcher(stem);
        if (!m.matches()) return new FileLanguage(stem, "", null);
        String code = m.group(2);
        if (code.equals(config.defaultLanguage())) return new FileLanguage(m.group(1), "", null);
        if (config.translations().contains(code)) return new FileLanguage(m.group(1), code, null);
        String primary = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return new FileLanguage(stem, "", ISO_639_1.contains(primary) ? code : null);
    }

    /** Why the scan skips a file named for a language the site does not declare. */
    static String undeclaredReason(String fileName, String code, SiteConfig.ContentConfig config) {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(config.defaultLanguage());
        all.addAll(config.translations());
        all.add(code);
        return "the file name marks a translation into \"" + code + "\" (Hugo's translation by file name), but site.yaml declares no language "
                + code + ", expected languages: [" + String.join(", ", all) + "] in site.yaml to build it under /" + code
                + "/, or a file name without ." + code + " (" + fileName.replace("." + code + ".", ".") + ")";
    }
}
