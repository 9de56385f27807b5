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
}
