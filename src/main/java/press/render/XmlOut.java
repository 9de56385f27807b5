package press.render;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * A small wrapper over the JDK's XML writer, which escapes text and attributes; characters XML
 * cannot carry at all (most control characters) are dropped rather than written invalid.
 */
final class XmlOut {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    // characters, encoded once at the end: the JDK writer encodes a byte stream character by character, which a feed of full posts feels
    private final StringWriter chars;
    private final XMLStreamWriter w;

    XmlOut() {
        this(1 << 14);
    }

    /** A document of about {@code capacity} characters (a feed of full posts knows its size: grown from 16 KB, each Atom feed was copied five times). */
    XmlOut(int capacity) {
        chars = new StringWriter(capacity);
        try {
            w = FACTORY.createXMLStreamWriter(chars);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut open(String name, String... attributes) {
        try {
            w.writeStartElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) w.writeAttribute(attributes[i], clean(attributes[i + 1]));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut empty(String name, String... attributes) {
        try {
            w.writeEmptyElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) w.writeAttribute(attributes[i], clean(attributes[i + 1]));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut close() {
        try {
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>}. */
    XmlOut element(String name, String text) {
        return open(name).text(text).close();
    }

    XmlOut text(String text) {
        try {
            w.writeCharacters(clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Text escaped as {@link #text} would write it, for text written into many documents (a post's
     * body in each feed it is in): escape it once here, write it with {@link #escaped}.
     */
    static String escape(String text) {
        try {
            StringWriter out = new StringWriter(text.length() + text.length() / 8);
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            x.writeCharacters(clean(text));
            x.flush();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text made by {@link #escape}, written as it is. */
    XmlOut escaped(String escapedText) {
        try {
            w.writeCharacters(""); // ends an open start tag
            w.flush();
            chars.write(escapedText);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut newline() {
        return text("\n");
    }

    byte[] finish() {
        try {
            w.writeEndDocument();
            w.close();
            chars.write('\n');
            return chars.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
            else if (ok && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
