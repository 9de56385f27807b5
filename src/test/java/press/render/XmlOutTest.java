package press.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlOutTest {
    @Test
    void textEscapedOnceIsWrittenAsTextIsEvenRightAfterAnOpenTag() {
        Random random = new Random(11);
        String alphabet = "a<>&\"'\n\r\t\u0000\u0001\u001f é€😀\uFFFE]]>";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = s.toString();
            byte[] direct = new XmlOut().open("content", "type", "html").text(text).close().finish();
            byte[] once = new XmlOut().open("content", "type", "html").escaped(XmlOut.escape(text)).close().finish();
            assertEquals(new String(direct, StandardCharsets.UTF_8), new String(once, StandardCharsets.UTF_8), "for " + text);
        }
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p>a &lt;b&gt; &amp; c</p>\n",
                new String(new XmlOut().open("p").escaped(XmlOut.escape("a <b> & c")).close().finish(), StandardCharsets.UTF_8));
    }
}
