package press.digest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Different sequences of values spell different bytes; feeding in pieces hashes as one piece would. */
class SpellingTest {
    private static String of(Object... values) {
        Spelling s = new Spelling();
        for (Object v : values) {
            if (v instanceof Long n) s.add(n);
            else if (v instanceof Boolean b) s.add(b);
            else s.add((String) v);
        }
        return s.hex();
    }

    @Test
    void sequencesThatReadAlikeSpellApart() {
        assertNotEquals(of("ab", "c"), of("a", "bc"), "lengths first");
        assertNotEquals(of((String) null), of(""), "null is not empty");
        assertNotEquals(of("1"), of(1L), "a text is not a number");
        assertNotEquals(of(true), of("T"));
        assertNotEquals(of("\u0100"), of("\u0001"), "a char past ASCII is not its low byte");
        assertNotEquals(of("\u0080a"), of("\u0081a"));
        assertEquals(of("same", 3L, false), of("same", 3L, false));
    }

    @Test
    void feedingInPiecesIsTheSameHashAsOnePiece() {
        Spelling whole = new Spelling();
        ContentHash.Stream pieces = ContentHash.start();
        Spelling piece = new Spelling();
        for (int i = 0; i < 5000; i++) {
            String text = "post " + i + (i % 7 == 0 ? " caf\u00e9 \u2014 \ud83d\ude00" : "");
            whole.add(text).add(i);
            piece.add(text).add(i);
            if (piece.size() > 4096) piece.feed(pieces);
        }
        piece.feed(pieces);
        ContentHash.Stream one = ContentHash.start();
        whole.feed(one);
        assertEquals(one.hex(), pieces.hex());
        assertEquals(0, whole.size(), "fed and empty again");
    }

    @Test
    void aResetSpellingSpellsAsAFreshOne() {
        Spelling used = new Spelling().add("x".repeat(5000)).add(7L);
        assertEquals(of("same", 3L, false), used.reset().add("same").add(3L).add(false).hex());
        assertEquals(0, new Spelling().add("a").reset().size());
    }

    @Test
    void longTextsGrowTheBuffer() {
        String big = "\u00e9".repeat(100_000);
        assertNotEquals(of(big), of(big + "\u00e9"));
        assertEquals(of(big), of(big));
    }

    /** The rule the class documents, char by char: the bulk path for ASCII texts must spell the very same bytes. */
    private static byte[] reference(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long n = s.length();
        out.write('#');
        for (int shift = 56; shift >= 0; shift -= 8) out.write((int) (n >>> shift) & 0xFF);
        for (char c : s.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else {
                out.write(0x80);
                out.write(c >>> 8);
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    @Test
    void asciiTextsAndOthersSpellAsTheCharRuleSays() {
        java.util.Random random = new java.util.Random(5);
        char[] alphabet = {'a', 'Z', '0', ' ', '?', '/', '\u00e9', '\u00ff', '\u0100', '\u2014', '\ud800', '\udc00', '\ud83d', '\ude00', '\u007f', '\u0080'};
        for (int run = 0; run < 5000; run++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            boolean ascii = random.nextBoolean();
            for (int i = 0; i < length; i++) b.append(ascii ? (char) (' ' + random.nextInt(95)) : alphabet[random.nextInt(alphabet.length)]);
            String text = b.toString();
            assertEquals(ContentHash.hex(reference(text)), new Spelling().add(text).hex(), text);
        }
        // an unpaired surrogate is not a '?', whatever the encoder makes of it
        assertNotEquals(of("a long text with a \ud800 in it"), of("a long text with a ? in it"));
    }
}
