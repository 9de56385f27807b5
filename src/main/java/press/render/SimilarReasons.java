package press.render;

import press.model.SimilarLink;

import java.util.ArrayList;
import java.util.List;

/** How the shared terms behind a similar-post link read on a page ("stack: python services, tag: git"). */
final class SimilarReasons {
    private SimilarReasons() {}

    /** The first {@code most} distinct reasons, joined with ", " (a word shared by title and body counts once). */
    static String shown(List<SimilarLink.Reason> why, int most) {
        List<String> shown = new ArrayList<>();
        List<String> wordsShown = new ArrayList<>(); // a title word and a body word with the same spelling read once
        for (SimilarLink.Reason r : why) {
            String text = label(r.field()) + ": " + r.term();
            boolean word = isWord(r.field());
            if (word && wordsShown.contains(r.term())) continue;
            if (word) wordsShown.add(r.term());
            if (!shown.contains(text)) shown.add(text);
            if (shown.size() == most) break;
        }
        return String.join(", ", shown);
    }

    /**
     * How many of {@code why}'s reasons, from the first, {@link #shown}{@code (why, most)} reads: the
     * text shown is made from those alone, so a page's key spells them instead of the text (no
     * string is built). Counts as {@code shown} does, comparing labels and terms in place.
     */
    static int read(List<SimilarLink.Reason> why, int most) {
        int shown = 0;
        boolean[] added = new boolean[why.size()];
        for (int i = 0; i < why.size(); i++) {
            SimilarLink.Reason r = why.get(i);
            if (isWord(r.field()) && wordBefore(why, i, r.term())) continue; // a word read once
            boolean again = false;
            for (int j = 0; j < i && !again; j++) {
                again = added[j] && why.get(j).term().equals(r.term()) && label(why.get(j).field()).equals(label(r.field()));
            }
            if (!again) {
                added[i] = true;
                shown++;
            }
            if (shown == most) return i + 1;
        }
        return why.size();
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
