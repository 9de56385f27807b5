/**
 * How press names content by its bytes (every package may use it): {@link press.digest.ContentHash}
 * (fast, for files: manifests and cache keys) and {@link press.digest.Sha256} (for the rest).
 */
package press.digest;
