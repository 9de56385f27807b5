package press.render;

import org.junit.jupiter.api.Test;

import press.model.MetaValue;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Front matter to the meta box's nodes: labels as the old site wrote them, lists and maps kept in order and nested. */
class MetaNodesTest {
    @Test
    void textListsAndMapsBecomeNodesInOrder() {
        MetaValue.MapValue meta = new MetaValue.MapValue(List.of(
                new MetaValue.Entry("code_language", new MetaValue.Text("bash")),
                new MetaValue.Entry("tags", new MetaValue.ListValue(List.of(new MetaValue.Text("ci"), new MetaValue.Text("go")))),
                new MetaValue.Entry("score", new MetaValue.MapValue(List.of(new MetaValue.Entry("depth_of_field", new MetaValue.Text("3")))))));
        List<Views.MetaNode> nodes = MetaNodes.of(meta);
        assertEquals(List.of(
                new Views.MetaNode("code language", "bash", null, null),
                new Views.MetaNode("tags", null, List.of(new Views.MetaNode("", "ci", null, null), new Views.MetaNode("", "go", null, null)), null),
                new Views.MetaNode("score", null, null, List.of(new Views.MetaNode("depth of field", "3", null, null)))), nodes);
    }

    @Test
    void anEmptyMapIsNoNodesAndLabelsAreShared() {
        assertEquals(List.of(), MetaNodes.of(new MetaValue.MapValue(List.of())));
        assertSame(MetaNodes.label(new String("reading_time")), MetaNodes.label("reading_time"), "one label object for every post");
    }
}
