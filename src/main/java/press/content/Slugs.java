package press.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** URL names: lowercase ASCII letters and digits joined by single dashes. */
public final class Slugs {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int MAX = 80;

    private Slugs() {}

    /** "Caching pages: a guide!" becomes "caching-pages-a-guide"; accents are dropped ("é" to "e"). May return "". */
    public static String of(String text) {
        // every post and term goes through here: one pass over the chars, no regex (Unicode text is decomposed first)
        String s = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) b.append('-');
                dash = false;
                b.append(c);
            } else {
                dash = true;
            }
        }
        s = b.toString();
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = trimDashes(s.substring(0, cut > MAX / 2 ? cut : MAX));
        }
        return s;
    }

    /**
     * The URL name of a taxonomy term. Like {@link #of}, except that {@code +} and {@code #} are
     * spelled out, so "c++", "c#" and "c" get pages of their own ("c-plus-plus", "c-sharp", "c")
     * instead of sharing one, which matters on a programming blog.
     */
    public static String term(String value) {
        return of(value.replace("+", " plus ").replace("#", " sharp "));
    }

    /** Whether an author-given slug is safe as one URL path segment. */
    public static boolean valid(String slug) {
        return safePart(slug) && !slug.contains("..");
    }

    /** Whether {@code part} of a path may stand in a URL as written: a letter or digit, then letters, digits, '.', '_' or '-'. */
    public static boolean safePart(String part) {
        return VALID.matcher(part).matches();
    }

    /** A file or folder name as a title: {@code getting-started} to "Getting started". */
    public static String humanize(String name) {
        String s = name.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? name : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') a++;
        while (b > a && s.charAt(b - 1) == '-') b--;
        return s.substring(a, b);
    }
}
