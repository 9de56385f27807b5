package press.problem;

/**
 * A count with its noun in the right number, for every message press prints: "1 post",
 * "2 posts", "0 problems". English only, like the rest of press's messages.
 */
public final class Counted {
    private Counted() {}

    /** {@code n} and {@code singular}, plus "s" unless {@code n} is 1. */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and {@code singular} or {@code plural}, for nouns that do not just take an "s" ("1 entry", "2 entries"). */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
