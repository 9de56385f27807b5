package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading the EXIF orientation of a JPEG from its markers: values 5 to 8 turn it a quarter; anything odd is "not turned". */
class ExifOrientationTest {
    @TempDir
    Path tmp;

    /** An APP1 payload: "Exif\0\0", a TIFF header in {@code order} and IFD0 with the orientation tag (and one other before it). */
    static byte[] exif(ByteOrder order, int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 24 + 4).order(order);
        b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        b.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M').put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
        b.putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x010F).putShort((short) 2).putInt(4).putInt(0); // Make, before Orientation
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }

    static byte[] segment(int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(marker >> 8);
        out.write(marker & 0xFF);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private Path jpeg(byte[]... segments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        for (byte[] s : segments) out.writeBytes(s);
        Path f = Files.createTempFile(tmp, "img", ".jpg");
        Files.write(f, out.toByteArray());
        return f;
    }

    private static final byte[] SCAN = segment(0xFFDA, new byte[] {0, 1, 2});
    private static final byte[] JFIF = segment(0xFFE0, "JFIF\0\1\1\0\0\1\0\1\0\0".getBytes(StandardCharsets.ISO_8859_1));

    @Test
    void orientationsFiveToEightTurnAQuarterInEitherByteOrder() throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            for (int o = 0; o <= 9; o++) {
                boolean turned = ExifOrientation.turnsQuarter(jpeg(JFIF, segment(0xFFE1, exif(order, o)), SCAN));
                assertEquals(o >= 5 && o <= 8, turned, order + " orientation " + o);
            }
        }
    }

    @Test
    void anApp1ThatIsNotExifIsSkippedForTheNextOne() throws IOException {
        byte[] xmp = segment(0xFFE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(ExifOrientation.turnsQuarter(jpeg(xmp, segment(0xFFE1, exif(ByteOrder.BIG_ENDIAN, 6)), SCAN)));
    }

    @Test
    void exifAfterTheImageDataIsNotRead() throws IOException {
        assertFalse(ExifOrientation.turnsQuarter(jpeg(JFIF, SCAN, segment(0xFFE1, exif(ByteOrder.BIG_ENDIAN, 6)))));
    }

    @Test
    void notAJpegOrACutShortOneIsNotTurned() throws IOException {
        Path png = tmp.resolve("x.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertFalse(ExifOrientation.turnsQuarter(png));
        byte[] app1 = segment(0xFFE1, exif(ByteOrder.BIG_ENDIAN, 6));
        assertFalse(ExifOrientation.turnsQuarter(jpeg(java.util.Arrays.copyOf(app1, 20))), "the segment is cut short");
        assertFalse(ExifOrientation.turnsQuarter(jpeg()), "markers end at once");
        assertFalse(ExifOrientation.turnsQuarter(jpeg(new byte[] {0x12, 0x34, 0, 4, 0, 0})), "not a marker");
        assertFalse(ExifOrientation.turnsQuarter(jpeg(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 1})), "a length under two");
    }

    @Test
    void orientationReadsOnlyWellFormedExif() {
        assertEquals(6, ExifOrientation.orientation(exif(ByteOrder.BIG_ENDIAN, 6)));
        assertEquals(8, ExifOrientation.orientation(exif(ByteOrder.LITTLE_ENDIAN, 8)));
        assertEquals(-1, ExifOrientation.orientation("Exif\0\0MM".getBytes(StandardCharsets.ISO_8859_1)), "too short");
        byte[] notExif = exif(ByteOrder.BIG_ENDIAN, 6);
        notExif[0] = 'e';
        assertEquals(-1, ExifOrientation.orientation(notExif));
        byte[] badOrder = exif(ByteOrder.BIG_ENDIAN, 6);
        badOrder[6] = 'X';
        assertEquals(-1, ExifOrientation.orientation(badOrder));
        byte[] farIfd = exif(ByteOrder.BIG_ENDIAN, 6);
        ByteBuffer.wrap(farIfd).putInt(10, 100_000);
        assertEquals(-1, ExifOrientation.orientation(farIfd), "an IFD offset past the end");
        byte[] negativeIfd = exif(ByteOrder.BIG_ENDIAN, 6);
        ByteBuffer.wrap(negativeIfd).putInt(10, -8);
        assertEquals(-1, ExifOrientation.orientation(negativeIfd));
        byte[] manyEntries = exif(ByteOrder.BIG_ENDIAN, 6);
        ByteBuffer.wrap(manyEntries).putShort(14, (short) 0xFFFF);
        assertEquals(6, ExifOrientation.orientation(manyEntries), "found before the count runs past the end");
        byte[] noTag = exif(ByteOrder.BIG_ENDIAN, 6);
        ByteBuffer.wrap(noTag).putShort(14, (short) 1);
        assertEquals(-1, ExifOrientation.orientation(noTag), "IFD0 without the orientation");
    }
}
