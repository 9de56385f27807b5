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
            boolean word = r.field().equals("title") || r.field().equals("words");
            if (word && wordsShown.contains(r.term())) continue;
            if (word) wordsShown.add(r.term());
            if (!shown.contains(text)) shown.add(text);
            if (shown.size() == most) break;
        }
        return String.join(", ", shown);
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
