package press.digest;

import net.jpountz.xxhash.StreamingXXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * A fast 128-bit content hash as 32 hex digits, for telling files apart by their bytes: the hashes
 * of input and output files in {@code build.json} and the cache keys of post bodies. It is xxHash64
 * (lz4-java, native code where it loads, Java otherwise) with two seeds. Not for secrets or for
 * anything an attacker picks the bytes of: {@link Sha256} is for that.
 *
 * <p>Why not SHA-256 everywhere: press runs with C1 only (see {@code bin/press}), and C1 has no
 * SHA intrinsic; hashing a 10,000-post build's 300 MB of output took a fifth of the build's CPU.
 */
public final class ContentHash {
    private static final XXHashFactory XX = XXHashFactory.fastestInstance();
    private static final long SEED_A = 0;
    private static final long SEED_B = 0x9E3779B97F4A7C15L;

    private ContentHash() {}

    /** The hash of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }

    /** The hash of {@code length} bytes of {@code bytes} from {@code offset}. */
    public static String hex(byte[] bytes, int offset, int length) {
        return hex(XX.hash64().hash(bytes, offset, length, SEED_A), XX.hash64().hash(bytes, offset, length, SEED_B));
    }

    /** A hash fed piece by piece; the pieces' boundaries do not count, only their bytes in order. */
    public static Stream start() {
        return new Stream();
    }

    public static final class Stream {
        private final StreamingXXHash64 a = XX.newStreamingHash64(SEED_A);
        private final StreamingXXHash64 b = XX.newStreamingHash64(SEED_B);
        private final byte[] one = new byte[1];

        private Stream() {}

        public Stream update(byte[] bytes) {
            return update(bytes, 0, bytes.length);
        }

        /** Feeds {@code length} bytes of {@code bytes} from {@code offset}. */
        public Stream update(byte[] bytes, int offset, int length) {
            a.update(bytes, offset, length);
            b.update(bytes, offset, length);
            return this;
        }

        public Stream update(byte x) {
            one[0] = x;
            return update(one);
        }

        /** The hash of everything fed so far (the stream is done with: native streams are freed). */
        public String hex() {
            String h = ContentHash.hex(a.getValue(), b.getValue());
            a.close();
            b.close();
            return h;
        }
    }

    private static String hex(long a, long b) {
        return java.util.HexFormat.of().toHexDigits(a) + java.util.HexFormat.of().toHexDigits(b);
    }
}
