package press.model;

import java.util.List;

/**
 * A front-matter value as the post meta box shows it: text, a list, or a map of named values.
 * Kept in the order the author wrote it.
 */
public sealed interface MetaValue {

    /** A scalar as text ({@code 96}, {@code true}, {@code 2021-04-08}); null values are the empty string. */
    record Text(String text) implements MetaValue {}

    record ListValue(List<MetaValue> items) implements MetaValue {}

    record MapValue(List<Entry> entries) implements MetaValue {}

    record Entry(String key, MetaValue value) {}
}
