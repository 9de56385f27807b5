package press.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request path split into decoded segments. The raw path is split on {@code /} before
 * percent-decoding, and decoded exactly once, so {@code %2f} can never become a separator and
 * {@code %252f} stays the literal text {@code %2f}. Anything that could mean "elsewhere" on a
 * file system is refused here, before a path is ever built: malformed escapes, invalid or
 * overlong UTF-8 ({@code %c0%ae}), NUL and other control characters, backslashes, decoded
 * slashes (400), and any segment starting with a dot, which covers {@code .}, {@code ..}
 * and dotfiles (404).
 *
 * @param segments      the decoded, non-empty segments; empty ones ({@code //}) are dropped
 * @param trailingSlash whether the raw path ended with {@code /}
 */
record RequestPath(List<String> segments, boolean trailingSlash) {

    static RequestPath decode(String rawPath) throws Refusal {
        if (rawPath == null || !rawPath.startsWith("/")) throw new Refusal(400, "path must start with /");
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            if (raw.isEmpty()) continue;
            String seg = decodeSegment(raw);
            if (seg.startsWith(".")) throw new Refusal(404, "dot segment");
            segments.add(seg);
        }
        return new RequestPath(List.copyOf(segments), rawPath.endsWith("/"));
    }

    private static String decodeSegment(String raw) throws Refusal {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) throw new Refusal(400, "truncated escape");
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw new Refusal(400, "malformed escape");
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                // java.net.URI lets non-ASCII characters through unescaped; take them as UTF-8
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                bytes.put(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        bytes.flip();
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal(400, "invalid UTF-8 in path");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '/') throw new Refusal(400, "forbidden character in path");
        }
        return decoded;
    }

    /** The canonical, re-encoded path: used for redirects so a {@code //host} path can never become a foreign URL. */
    String encoded() {
        StringBuilder sb = new StringBuilder();
        for (String seg : segments) {
            sb.append('/');
            for (byte b : seg.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                    sb.append((char) c);
                } else {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                }
            }
        }
        return sb.toString();
    }
}
