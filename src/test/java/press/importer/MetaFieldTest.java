package press.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export's meta fields: their keys, the order labels are tried in, which ones a page must have. */
class MetaFieldTest {
    @Test
    void aLabelsKeyHasUnderscoresForItsSpaces() {
        assertEquals("reading_time", MetaField.known("reading time").key());
        assertEquals("image_sources", MetaField.keyOf("  image \t sources "));
        assertNull(MetaField.known("Reading Time"), "labels are matched as the export writes them");
    }

    @Test
    void aLabelThatStartsAnotherIsTriedAfterIt() {
        for (MetaField f : MetaField.KNOWN) {
            for (MetaField g : MetaField.KNOWN) {
                if (f != g && g.label().startsWith(f.label())) {
                    assertTrue(MetaField.BY_LENGTH.indexOf(g) < MetaField.BY_LENGTH.indexOf(f), g.label() + " before " + f.label());
                }
            }
        }
        assertEquals("difficulty", MetaField.BY_LENGTH.get(MetaField.BY_LENGTH.indexOf(MetaField.known("ai outline")) + 1).label(),
                "labels of one length by name");
        assertEquals(MetaField.KNOWN.size(), MetaField.BY_LENGTH.size());
    }

    @Test
    void everyFieldButImageSourcesIsExpectedAndOnlyTextAndNumbersAreScalars() {
        assertEquals(MetaField.KNOWN.size() - 1, MetaField.EXPECTED.size());
        assertFalse(MetaField.EXPECTED.contains("image sources"), "only posts with images have it");
        assertTrue(MetaField.Type.STRING.isScalar() && MetaField.Type.INT.isScalar());
        for (MetaField.Type t : new MetaField.Type[] {MetaField.Type.LIST, MetaField.Type.TEXT_MAP, MetaField.Type.INT_MAP,
                MetaField.Type.AUTO_MAP, MetaField.Type.OBJECTS}) assertFalse(t.isScalar(), t.name());
    }
}
