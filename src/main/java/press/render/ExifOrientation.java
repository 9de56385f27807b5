package press.render;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a JPEG's EXIF orientation (tag 0x0112 of IFD0 in its APP1 segment) turns it a quarter
 * (values 5 to 8), so browsers, which honour it, show it with width and height swapped.
 * {@code javax.imageio} reports the stored size and does not read EXIF.
 */
final class ExifOrientation {
    private ExifOrientation() {}

    static boolean turnsQuarter(Path jpeg) throws IOException {
        try (InputStream raw = Files.newInputStream(jpeg); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readUnsignedShort() != 0xFFD8) return false;
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) return false; // image data: no EXIF before it
                int length = in.readUnsignedShort() - 2;
                if (length < 0) return false;
                if (marker != 0xFFE1) {
                    in.skipNBytes(length);
                    continue;
                }
                byte[] segment = in.readNBytes(length);
                int orientation = orientation(segment);
                if (orientation >= 0) return orientation >= 5 && orientation <= 8;
            }
        } catch (java.io.EOFException e) {
            return false;
        }
    }

    /** The orientation in an APP1 segment, or -1 when it is not EXIF or has none. */
    static int orientation(byte[] app1) {
        if (app1.length < 14 || !new String(app1, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) return -1;
        ByteBuffer b = ByteBuffer.wrap(app1, 6, app1.length - 6).slice();
        char order = (char) b.get(0);
        if (order == 'I') b.order(ByteOrder.LITTLE_ENDIAN);
        else if (order != 'M') return -1;
        try {
            int ifd = b.getInt(4);
            int entries = b.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < entries; i++) {
                int at = ifd + 2 + 12 * i;
                if ((b.getShort(at) & 0xFFFF) == 0x0112) return b.getShort(at + 8) & 0xFFFF;
            }
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
        return -1;
    }
}
