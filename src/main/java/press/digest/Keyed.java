package press.digest;

/**
 * A value that stands for something by a digest of its inputs (a page's key stands for its view):
 * {@code output.ViewDigest} takes that digest as it is instead of walking and hashing the value.
 */
public interface Keyed {
    /** The digest of everything the value stands for. */
    String inputs();
}
