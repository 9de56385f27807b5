package press.render;

import press.model.SimilarLink;

import java.util.ArrayList;
import java.util.List;

/** How the shared terms behind a similar-post link read on a page ("stack: python services, tag: git"). */
final class SimilarReasons {
    private SimilarReasons() {}

    /** The first {@code most} distinct reasons, joined with ", ". */
    static String shown(List<SimilarLink.Reason> why, int most) {
        List<String> shown = new ArrayList<>();
        for (SimilarLink.Reason r : why) {
            String text = label(r.field()) + ": " + r.term();
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
