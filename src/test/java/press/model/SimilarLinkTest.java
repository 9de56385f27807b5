package press.model;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A reason's equals and hashCode are written out; they must be what a record's own methods give. */
class SimilarLinkTest {
    /** The same components, with the methods the compiler makes for a record. */
    private record Generated(String field, String term) {}

    private static String pick(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> "tags";
            default -> Long.toString(r.nextLong(), 36);
        };
    }

    @Test
    void aReasonHashesAndComparesAsARecordWould() {
        Random r = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String f = pick(r);
            String t = pick(r);
            SimilarLink.Reason a = new SimilarLink.Reason(f, t);
            assertEquals(new Generated(f, t).hashCode(), a.hashCode(), f + " / " + t);
            SimilarLink.Reason same = new SimilarLink.Reason(f == null ? null : new String(f), t == null ? null : new String(t));
            assertEquals(a, same);
            assertEquals(a.hashCode(), same.hashCode());
            String f2 = pick(r);
            String t2 = pick(r);
            boolean equal = java.util.Objects.equals(f, f2) && java.util.Objects.equals(t, t2);
            assertEquals(equal, a.equals(new SimilarLink.Reason(f2, t2)), f + "/" + t + " against " + f2 + "/" + t2);
        }
        assertNotEquals(new SimilarLink.Reason("tags", "go"), new SimilarLink.Reason("go", "tags"));
        assertNotEquals(new SimilarLink.Reason("tags", "go"), "tags go");
        assertNotEquals(new SimilarLink.Reason("tags", "go"), null);
    }
}
