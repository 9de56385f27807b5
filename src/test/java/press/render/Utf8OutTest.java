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
}
