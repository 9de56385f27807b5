/** SHA-256 digests as lower-case hex: the one way press names content by its bytes (every package may use it). */
package press.digest;
