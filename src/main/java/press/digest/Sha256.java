package press.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex, for cache keys, manifests, fingerprinted file names and change
 * checks. Every JDK must provide SHA-256, so its absence is an error of the platform, not of input.
 */
public final class Sha256 {
    private Sha256() {}

    /** A fresh digest to feed piece by piece; finish it with {@link #hex(MessageDigest)}. */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The digest of {@code bytes}, 64 hex digits. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(start().digest(bytes));
    }

    /** Finishes {@code md} and returns its digest as hex. */
    public static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }
}
