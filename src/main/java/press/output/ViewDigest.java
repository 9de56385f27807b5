package press.output;

import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import press.digest.ContentHash;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A digest of everything a page is rendered from: a view (records, lists, maps, text, numbers)
 * walked component by component, each value tagged and length-prefixed so two different views
 * cannot spell the same input. Any other object counts by its {@code toString()}, which must then
 * name its content (a lazy body names the digest of its source). Kept instead of the view itself,
 * so an output's memory is a few bytes per page and can be saved between runs.
 */
public final class ViewDigest {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            Method[] out = new Method[cs.length];
            for (int i = 0; i < cs.length; i++) {
                out[i] = cs[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        }
    };

    private ViewDigest() {}

    /** The digest of {@code view}: equal for views that render alike, different (but for a hash collision) otherwise. */
    public static String of(Object view) {
        if (view instanceof press.digest.Keyed k) return "k" + k.inputs(); // a key is its digest already: marked, never a view's
        // spelt into one buffer (unsynchronized: ByteArrayOutputStream locks on every byte), hashed once
        UnsynchronizedByteArrayOutputStream md = UnsynchronizedByteArrayOutputStream.builder().setBufferSize(1024).get();
        add(md, view);
        return ContentHash.hex(md.toByteArray());
    }

    private static void add(UnsynchronizedByteArrayOutputStream md, Object o) {
        if (o == null) {
            md.write((byte) 'N');
        } else if (o instanceof String s) {
            text(md, 'S', s);
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
            text(md, 'V', o.getClass().getSimpleName() + ":" + o);
        } else if (o instanceof Iterable<?> items) {
            md.write((byte) 'L');
            for (Object item : items) add(md, item);
            md.write((byte) 'E');
        } else if (o instanceof Map<?, ?> map) {
            md.write((byte) 'M');
            map.forEach((k, v) -> {
                add(md, k);
                add(md, v);
            });
            md.write((byte) 'E');
        } else if (o.getClass().isRecord()) {
            text(md, 'R', o.getClass().getName());
            for (Method m : ACCESSORS.get(o.getClass())) {
                try {
                    add(md, m.invoke(o));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + m + " of a view", e);
                }
            }
            md.write((byte) 'E');
        } else {
            text(md, 'O', o.getClass().getName());
            text(md, 'T', o.toString());
        }
    }

    private static void text(UnsynchronizedByteArrayOutputStream md, char tag, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.write((byte) tag);
        md.write((byte) (b.length >>> 24));
        md.write((byte) (b.length >>> 16));
        md.write((byte) (b.length >>> 8));
        md.write((byte) b.length);
        md.write(b, 0, b.length);
    }
}
