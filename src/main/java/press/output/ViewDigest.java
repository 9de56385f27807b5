package press.output;

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
final class ViewDigest {
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

    static String of(Object view) {
        Bytes md = new Bytes();
        add(md, view);
        return ContentHash.hex(md.array(), 0, md.size()); // hashed once: a view is a few KB of small pieces
    }

    private static void add(Bytes md, Object o) {
        if (o == null) {
            md.update((byte) 'N');
        } else if (o instanceof String s) {
            text(md, 'S', s);
        } else if (o instanceof Number || o instanceof Boolean || o instanceof Character) {
            text(md, 'V', o.getClass().getSimpleName() + ":" + o);
        } else if (o instanceof Iterable<?> items) {
            md.update((byte) 'L');
            for (Object item : items) add(md, item);
            md.update((byte) 'E');
        } else if (o instanceof Map<?, ?> map) {
            md.update((byte) 'M');
            map.forEach((k, v) -> {
                add(md, k);
                add(md, v);
            });
            md.update((byte) 'E');
        } else if (o.getClass().isRecord()) {
            text(md, 'R', o.getClass().getName());
            for (Method m : ACCESSORS.get(o.getClass())) {
                try {
                    add(md, m.invoke(o));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + m + " of a view", e);
                }
            }
            md.update((byte) 'E');
        } else {
            text(md, 'O', o.getClass().getName());
            text(md, 'T', o.toString());
        }
    }

    private static void text(Bytes md, char tag, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) tag);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }

    /** The bytes a view is spelt as, before they are hashed (not a ByteArrayOutputStream: its writes lock). */
    private static final class Bytes {
        private byte[] buf = new byte[1024];
        private int size;

        void update(byte b) {
            if (size == buf.length) buf = java.util.Arrays.copyOf(buf, size * 2);
            buf[size++] = b;
        }

        void update(byte[] b) {
            if (size + b.length > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(size * 2, size + b.length));
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        byte[] array() {
            return buf;
        }

        int size() {
            return size;
        }
    }
}
