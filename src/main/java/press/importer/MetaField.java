package press.importer;

import java.util.Comparator;
import java.util.List;

/**
 * A field of the export's {@code alphanode post meta} block: its label there, its front-matter
 * key (the label with spaces as underscores) and the shape of its value.
 */
record MetaField(String label, Type type) {

    enum Type {
        /** text glued to the label: {@code code languagepython} */
        STRING,
        /** digits glued to the label: {@code reading time9} */
        INT,
        /** bullet lines of text */
        LIST,
        /** {@code key: value} bullets, values kept as text */
        TEXT_MAP,
        /** {@code key: value} bullets, values whole numbers */
        INT_MAP,
        /** {@code key: value} bullets, values that are all digits become numbers */
        AUTO_MAP,
        /** {@code key: value} bullets in groups; a repeated key starts the next object */
        OBJECTS;

        boolean isScalar() {
            return this == STRING || this == INT;
        }
    }

    /** The fields the old site exported, in its order. */
    static final List<MetaField> KNOWN = List.of(
            new MetaField("topic", Type.STRING),
            new MetaField("summary", Type.STRING),
            new MetaField("ai outline", Type.TEXT_MAP),
            new MetaField("ai brief", Type.STRING),
            new MetaField("stack", Type.LIST),
            new MetaField("tools", Type.LIST),
            new MetaField("code language", Type.STRING),
            new MetaField("difficulty", Type.STRING),
            new MetaField("reading time", Type.INT),
            new MetaField("view count", Type.INT),
            new MetaField("score", Type.INT_MAP),
            new MetaField("revision", Type.TEXT_MAP),
            new MetaField("reference", Type.STRING),
            new MetaField("hash", Type.STRING),
            new MetaField("flags", Type.INT_MAP),
            new MetaField("checklist", Type.LIST),
            new MetaField("entities", Type.OBJECTS),
            new MetaField("image sources", Type.OBJECTS),
            new MetaField("payload", Type.AUTO_MAP),
            new MetaField("notes", Type.LIST));

    /** Longest label first, so a label that starts another one can never take its line. */
    static final List<MetaField> BY_LENGTH = KNOWN.stream()
            .sorted(Comparator.comparingInt((MetaField f) -> -f.label().length()).thenComparing(MetaField::label))
            .toList();

    /** Fields every exported page with a meta block had; a page lacking one gets a warning. */
    static final List<String> EXPECTED = KNOWN.stream().map(MetaField::label)
            .filter(l -> !l.equals("image sources")).toList();

    String key() {
        return keyOf(label);
    }

    static String keyOf(String label) {
        return label.strip().replaceAll("\\s+", "_");
    }

    static MetaField known(String label) {
        for (MetaField f : KNOWN) if (f.label.equals(label)) return f;
        return null;
    }
}
