package press.output;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewDigestTest {
    record Post(String title, List<String> tags, Map<String, Object> meta, Integer weight) {}

    record Pair(String a, String b) {}

    record Other(String a, String b) {}

    record One(Object value) {}

    private static Post post() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("author", "Ann");
        meta.put("draft", false);
        return new Post("Hello", List.of("a", "b"), meta, 3);
    }

    @Test
    void equalViewsHaveEqualDigests() {
        assertEquals(ViewDigest.of(post()), ViewDigest.of(post()));
        assertTrue(ViewDigest.of(post()).matches("[0-9a-f]{32}"), ViewDigest.of(post()));
        // the same content in another list class is the same view
        assertEquals(ViewDigest.of(new One(List.of("x", "y"))), ViewDigest.of(new One(new ArrayList<>(List.of("x", "y")))));
    }

    private record Key(String inputs) implements press.digest.Keyed {}

    @Test
    void aKeyIsItsOwnDigestAndNeverAViews() {
        String view = ViewDigest.of(post());
        assertEquals("k" + view, ViewDigest.of(new Key(view)), "a key's digest is not hashed again");
        assertTrue(!ViewDigest.of(new Key(view)).equals(view), "a key whose text is a view's digest is not that view");
        assertTrue(!ViewDigest.of(new Key("a")).equals(ViewDigest.of(new Key("b"))));
    }

    @Test
    void anyChangedComponentChangesTheDigest() {
        String base = ViewDigest.of(post());
        Post p = post();
        Map<String, Object> meta = new LinkedHashMap<>(p.meta());
        meta.put("draft", true);
        Map<String, Object> metaKey = new LinkedHashMap<>();
        metaKey.put("authors", "Ann");
        metaKey.put("draft", false);
        List<Post> changed = List.of(
                new Post("Hello!", p.tags(), p.meta(), 3),
                new Post("Hello", List.of("a", "c"), p.meta(), 3),
                new Post("Hello", List.of("a"), p.meta(), 3),
                new Post("Hello", p.tags(), meta, 3),
                new Post("Hello", p.tags(), metaKey, 3),
                new Post("Hello", p.tags(), p.meta(), 4),
                new Post("Hello", p.tags(), p.meta(), null),
                new Post(null, p.tags(), p.meta(), 3));
        Set<String> seen = new HashSet<>(Set.of(base));
        for (Post c : changed) assertTrue(seen.add(ViewDigest.of(c)), "same digest as another view: " + c);
    }

    @Test
    void differentShapesOfTheSameTextDoNotCollide() {
        List<Object> views = Arrays.asList(
                null,
                "",
                "null",
                "ab",
                List.of(),
                List.of("ab"),
                List.of("a", "b"),
                List.of(List.of("a"), "b"),
                List.of("a", List.of("b")),
                Arrays.asList((Object) null),
                Arrays.asList("", null),
                Map.of(),
                Map.of("a", "b"),
                Map.of("ab", ""),
                List.of(Map.of("a", "b")),
                new Pair("a", "b"),
                new Pair("ab", ""),
                new Pair("", "ab"),
                new Pair(null, "ab"),
                new Other("a", "b"),
                new One(new Pair("a", "b")),
                new One(List.of("a", "b")),
                new One(null),
                1,
                1L,
                "1",
                "Integer:1",
                true,
                "true",
                'a',
                "a",
                new StringBuilder("ab"));
        Set<String> seen = new HashSet<>();
        for (Object v : views) assertTrue(seen.add(ViewDigest.of(v)), "collides with an earlier view: " + v);
    }

    @Test
    void anotherObjectCountsByItsClassAndText() {
        assertEquals(ViewDigest.of(new StringBuilder("body:abc")), ViewDigest.of(new StringBuilder("body:abc")));
        assertNotEquals(ViewDigest.of(new StringBuilder("body:abc")), ViewDigest.of(new StringBuilder("body:abd")));
        assertNotEquals(ViewDigest.of(new StringBuilder("x")), ViewDigest.of(new StringBuffer("x")));
    }

    @Test
    void aLargeViewIsSpeltWhole() {
        // more than the first buffer (1 KB), written one byte and one array at a time
        String big = "x".repeat(5000);
        assertNotEquals(ViewDigest.of(new Pair(big, "a")), ViewDigest.of(new Pair(big, "b")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) many.add("");
        List<String> more = new ArrayList<>(many);
        more.add("");
        assertNotEquals(ViewDigest.of(many), ViewDigest.of(more));
    }
}
