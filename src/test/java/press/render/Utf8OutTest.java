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
}
