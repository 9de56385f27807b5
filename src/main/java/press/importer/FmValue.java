package press.importer;

import java.util.List;

/**
 * A front-matter value as the importer writes it. Kept apart from {@code press.model.MetaValue}
 * because the writer must know a number from a string (numbers are written bare, strings quoted).
 */
sealed interface FmValue {

    record Str(String text) implements FmValue {}

    /** A whole number, written bare. */
    record Int(long value) implements FmValue {}

    /** A {@code YYYY-MM-DD} date, written bare so YAML reads it as a date. */
    record Date(String iso) implements FmValue {}

    record Seq(List<FmValue> items) implements FmValue {}

    /** Keys in the order the page gave them. */
    record Map(List<Field> fields) implements FmValue {
        FmValue get(String key) {
            for (Field f : fields) if (f.key().equals(key)) return f.value();
            return null;
        }
    }

    record Field(String key, FmValue value) {}
}
