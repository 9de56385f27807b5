package press.render;

import press.model.SimilarLink;

import java.util.ArrayList;
import java.util.List;

/** How the shared terms behind a similar-post link read on a page ("stack: python services, tag: git"). */
final class SimilarReasons {
    private SimilarReasons() {}

    /** The first {@code most} distinct reasons, joined with ", " (a word shared by title and body counts once). */
    static String shown(List<SimilarLink.Reason> why, int most) {
        Picked picked = pick(why, most);
        List<String> texts = new ArrayList<>(picked.count());
        for (int k = 0; k < picked.count(); k++) {
            SimilarLink.Reason r = why.get(picked.at()[k]);
            texts.add(label(r.field()) + ": " + r.term());
        }
        return String.join(", ", texts);
    }

    /**
     * How many of {@code why}'s reasons, from the first, {@link #shown}{@code (why, most)} reads: the
     * text shown is made from those alone, so a page's key spells them instead of the text (no
     * string is built).
     */
    static int read(List<SimilarLink.Reason> why, int most) {
        return pick(why, most).read();
    }

    /** The places in {@code why} of the reasons shown ({@code count} of them, in order), and how many reasons were read to find them. */
    private record Picked(int[] at, int count, int read) {}

    /**
     * Picks the reasons to show: a title or body word whose term was read before as either is passed
     * over; a reason whose label and term are those of one picked before adds nothing; it stops at
     * {@code most} picked. Labels and terms are compared in place, no text is made.
     */
    private static Picked pick(List<SimilarLink.Reason> why, int most) {
        int[] at = new int[why.size()];
        int count = 0;
        for (int i = 0; i < why.size(); i++) {
            SimilarLink.Reason r = why.get(i);
            if (isWord(r.field()) && wordBefore(why, i, r.term())) continue; // a word read once
            boolean again = false;
            for (int k = 0; k < count && !again; k++) {
                SimilarLink.Reason before = why.get(at[k]);
                again = before.term().equals(r.term()) && label(before.field()).equals(label(r.field()));
            }
            if (!again) at[count++] = i;
            if (count == most) return new Picked(at, count, i + 1);
        }
        return new Picked(at, count, why.size());
    }

    /** Whether a reason before the {@code i}th is a title or body word {@code term}. */
    private static boolean wordBefore(List<SimilarLink.Reason> why, int i, String term) {
        for (int j = 0; j < i; j++) if (isWord(why.get(j).field()) && why.get(j).term().equals(term)) return true;
        return false;
    }

    private static boolean isWord(String field) {
        return field.equals("title") || field.equals("words");
    }

    /** A field as a reader says it: the primary stack is just a stack there. */
    static String label(String field) {
        return switch (field) {
            case "primary_stack", "stack" -> "stack";
            case "tags" -> "tag";
            case "tools" -> "tool";
            case "entities" -> "entity";
            case "title" -> "title word";
            case "words" -> "word";
            default -> field;
        };
    }
}
