package press.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import press.model.MetaValue;
import press.model.PackedMeta;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter packed for the meta box: author order, keys as written, scalars as text, nulls empty. */
class MetaTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MetaValue.Text text(String s) {
        return new MetaValue.Text(s);
    }

    @Test
    void everyFieldInAuthorOrderWithScalarsAsTextAndNullAsEmpty() throws Exception {
        PackedMeta packed = MetaTree.of(JSON.readTree("{\"zeta\": 1, \"Alpha Key\": true, \"n\": null, \"list\": [2.5, \"x\", {\"k\": []}]}"));
        MetaValue.MapValue expected = new MetaValue.MapValue(List.of(
                new MetaValue.Entry("zeta", text("1")),
                new MetaValue.Entry("Alpha Key", text("true")),
                new MetaValue.Entry("n", text("")),
                new MetaValue.Entry("list", new MetaValue.ListValue(List.of(text("2.5"), text("x"),
                        new MetaValue.MapValue(List.of(new MetaValue.Entry("k", new MetaValue.ListValue(List.of())))))))));
        assertEquals(expected, packed.tree());
    }

    @Test
    void frontMatterThatIsNotAMapIsEmpty() throws Exception {
        assertEquals(PackedMeta.EMPTY, MetaTree.of(JSON.readTree("[1, 2]")));
        assertEquals(PackedMeta.EMPTY, MetaTree.of(JSON.readTree("\"text\"")));
        assertEquals(PackedMeta.EMPTY, MetaTree.of(JSON.readTree("{}")));
    }
}
