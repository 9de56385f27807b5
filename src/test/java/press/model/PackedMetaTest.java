package press.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedMetaTest {
    private static MetaValue.Text t(String s) {
        return new MetaValue.Text(s);
    }

    @Test
    void aTreeUnpacksAsItWasPackedInAuthorOrder() {
        MetaValue.MapValue tree = new MetaValue.MapValue(List.of(
                new MetaValue.Entry("title", t("Café <b> & \"ünïcode\" 🚀")),
                new MetaValue.Entry("tags", new MetaValue.ListValue(List.of(t("b"), t("a"), t("")))),
                new MetaValue.Entry("empty", new MetaValue.ListValue(List.of())),
                new MetaValue.Entry("score", new MetaValue.MapValue(List.of(new MetaValue.Entry("z", t("1")), new MetaValue.Entry("a", t("2"))))),
                new MetaValue.Entry("long", t("x".repeat(200_000))),
                new MetaValue.Entry("", new MetaValue.MapValue(List.of()))));
        PackedMeta packed = PackedMeta.of(tree);
        assertEquals(tree, packed.tree());
        assertEquals(tree, packed.tree(), "unpacked anew each time");
        assertTrue(packed.size() < 200_200, "about the size of its text: " + packed.size());
        assertEquals(new MetaValue.MapValue(List.of()), PackedMeta.EMPTY.tree());
    }

    @Test
    void equalTreesPackToEqualBytes() {
        MetaValue.MapValue a = new MetaValue.MapValue(List.of(new MetaValue.Entry("k", t("v"))));
        MetaValue.MapValue b = new MetaValue.MapValue(List.of(new MetaValue.Entry("k", t("w"))));
        assertEquals(PackedMeta.of(a), PackedMeta.of(new MetaValue.MapValue(List.of(new MetaValue.Entry("k", t("v"))))));
        assertTrue(!PackedMeta.of(a).equals(PackedMeta.of(b)));
    }

    /** The walk over the unpacked tree that {@link PackedMeta#text} stands for. */
    private static String reference(MetaValue.MapValue tree, String key) {
        for (MetaValue.Entry e : tree.entries()) {
            if (e.key().equals(key) && e.value() instanceof MetaValue.Text t && !t.text().isBlank()) return t.text().strip();
        }
        return null;
    }

    private static MetaValue value(java.util.Random r, int depth) {
        int kind = depth > 3 ? 0 : r.nextInt(4);
        if (kind == 0 || kind == 3) {
            String[] texts = {"", " ", "/new/", "  /über/ 🚀 ", "x".repeat(300), "a\nb"};
            return t(texts[r.nextInt(texts.length)]);
        }
        int n = r.nextInt(200) == 0 ? 130 : r.nextInt(4); // now and then a count over one varint byte
        if (kind == 1) {
            List<MetaValue> items = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) items.add(value(r, depth + 1));
            return new MetaValue.ListValue(items);
        }
        return map(r, depth + 1, n);
    }

    private static MetaValue.MapValue map(java.util.Random r, int depth, int n) {
        String[] keys = {"redirect_to", "redirect", "title", "ü", "", "redirect_to_x"};
        List<MetaValue.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) entries.add(new MetaValue.Entry(keys[r.nextInt(keys.length)], value(r, depth)));
        return new MetaValue.MapValue(entries);
    }

    @Test
    void aTopLevelTextIsReadAsTheUnpackedTreeHasIt() {
        java.util.Random r = new java.util.Random(11);
        int found = 0;
        for (int i = 0; i < 3_000; i++) {
            MetaValue.MapValue tree = map(r, 0, r.nextInt(8));
            PackedMeta packed = PackedMeta.of(tree);
            for (String key : List.of("redirect_to", "title", "ü", "")) {
                String want = reference(tree, key);
                assertEquals(want, packed.text(key), key + " in " + tree);
                if (want != null) found++;
            }
            assertEquals(press.digest.ContentHash.hex(packed.bytes()), packed.contentHash());
        }
        assertTrue(found > 1_000, "the keys were found often enough to test: " + found);
        assertEquals(null, PackedMeta.EMPTY.text("redirect_to"));
    }

    @Test
    void aKeptMetaIsReadBackFromItsKeeperAndAnswersAsTheHeldOne() {
        java.util.Random r = new java.util.Random(12);
        int reads = 0;
        for (int i = 0; i < 2_000; i++) {
            MetaValue.MapValue tree = map(r, 0, r.nextInt(8));
            PackedMeta held = PackedMeta.of(tree);
            int[] asked = {0};
            byte[][] given = new byte[1][];
            PackedMeta kept = PackedMeta.kept(held, b -> {
                given[0] = b.clone();
                return () -> {
                    asked[0]++;
                    return given[0].clone();
                };
            });
            assertEquals(held.size(), kept.size());
            assertEquals(0, asked[0], "nothing read back to make it");
            if (i == 0) assertHoldsNoBytes(kept);
            assertEquals(tree, kept.tree());
            assertEquals(held, kept);
            assertEquals(held.hashCode(), kept.hashCode());
            assertEquals(held.contentHash(), kept.contentHash());
            assertTrue(java.util.Arrays.equals(held.bytes(), kept.bytes()));
            for (String key : List.of("redirect_to", "title", "ü", "", "absent", "redirect")) {
                int before = asked[0];
                assertEquals(reference(tree, key), kept.text(key), key + " in " + tree);
                boolean there = tree.entries().stream().anyMatch(e -> e.key().equals(key));
                if (!there && asked[0] == before) reads++; // a key it does not have, told without reading
            }
        }
        assertTrue(reads > 1_000, "absent keys were told without reading the bytes back: " + reads);
    }

    @Test
    void aKeptMetaWhoseBytesComeBackShortIsAnError() {
        PackedMeta held = PackedMeta.of(new MetaValue.MapValue(List.of(new MetaValue.Entry("k", t("value")))));
        PackedMeta kept = PackedMeta.kept(held, b -> () -> java.util.Arrays.copyOf(b, b.length - 1));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, kept::tree);
        assertTrue(e.getMessage().contains("expected " + held.size()), e.getMessage());
    }

    /** A kept meta is kept elsewhere so that the heap does not hold it: none of its own fields holds the bytes. */
    private static void assertHoldsNoBytes(PackedMeta kept) {
        for (java.lang.reflect.Field f : PackedMeta.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            try {
                assertTrue(!(f.get(kept) instanceof byte[]), "holds its bytes in " + f);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
    }
}
