package press.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The page writer's bytes are exactly what {@code String.getBytes(UTF_8)} gives, for every kind of character. */
class Utf8OutTest {
    @Test
    void encodesLikeTheJdk() {
        String text = "plain <a> & · → é 😀 \uD83D lone high, lone low \uDE00, end\uD83D";
        Utf8Out out = new Utf8Out(4);
        out.write(text, 0, 10);
        out.write(text.toCharArray(), 10, 5);
        for (int i = 15; i < 20; i++) out.write(text.charAt(i));
        out.append(text.substring(20));
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void aSurrogatePairSplitAcrossWritesIsOneCharacter() {
        String emoji = "😀";
        Utf8Out out = new Utf8Out(1);
        out.write(emoji.charAt(0));
        out.write(emoji.charAt(1));
        assertArrayEquals(emoji.getBytes(StandardCharsets.UTF_8), out.bytes());
    }

    @Test
    void longWritesCutAnywhereEncodeLikeOneString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) b.append("body text <p>é · → 😀 </p> ").append(i % 7 == 0 ? "\uD83D" : "").append(i % 11 == 0 ? "\uDE00" : "");
        String text = b.toString();
        for (int cut = 60; cut < 140; cut++) { // every cut, including through a surrogate pair, with long pieces on both sides
            Utf8Out out = new Utf8Out(16);
            out.write(text, 0, cut);
            out.write(text, cut, 70);
            out.write(text, cut + 70, text.length() - cut - 70);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.bytes(), "cut at " + cut);
        }
    }

    @Test
    void shortWritesOfAnyCharactersEncodeLikeOneString() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "ab <>&\t\n\u0000\u007f\u0080é·→\uD83D\uDE00\uFFFF_";
        for (int round = 0; round < 2000; round++) {
            StringBuilder whole = new StringBuilder();
            Utf8Out out = new Utf8Out(4);
            for (int piece = random.nextInt(6); piece >= 0; piece--) { // pieces below the bulk length, so surrogate pairs split between them
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String text = b.toString();
                whole.append(text);
                out.write(text, 0, text.length());
            }
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), out.bytes(), "round " + round);
        }
    }

    @Test
    void escapesByteForByteAsMustachesHtmlEscaper() throws Exception {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab <>&\"'`=\t\n\r\u0000\u0001\u000e\u001f\u007f é·→\uD83D\uDE00_";
        Utf8Out out = new Utf8Out(8);
        for (int round = 0; round < 3000; round++) {
            String[] values = new String[1 + random.nextInt(4)];
            StringBuilder whole = new StringBuilder();
            java.io.StringWriter expected = new java.io.StringWriter();
            out.reset();
            for (int v = 0; v < values.length; v++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(random.nextBoolean() ? 8 : 200);
                for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                values[v] = b.toString();
                com.github.mustachejava.util.HtmlEscaper.escape(values[v], expected);
                out.writeEscaped(values[v]);
                if (random.nextBoolean()) { // template text between values
                    expected.write("</p>");
                    out.write("</p>", 0, 4);
                }
            }
            String shown = java.util.Arrays.stream(values).map(v -> v.chars().mapToObj(c -> c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c))
                    .collect(java.util.stream.Collectors.joining())).collect(java.util.stream.Collectors.joining("|"));
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.bytes(), shown);
        }
    }
}
