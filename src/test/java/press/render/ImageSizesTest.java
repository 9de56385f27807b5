package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ImageSizesTest {
    @TempDir
    Path dir;

    private Path raster(String name, String format, int w, int h) throws IOException {
        Path f = dir.resolve(name);
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, f.toFile());
        return f;
    }

    private static Optional<ImageSizes.Size> size(int w, int h) {
        return Optional.of(new ImageSizes.Size(w, h));
    }

    @Test
    void rasterImagesAreReadFromTheirHeaders() throws IOException {
        ImageSizes s = new ImageSizes();
        assertEquals(size(640, 480), s.of(raster("a.png", "png", 640, 480)));
        assertEquals(size(300, 200), s.of(raster("b.jpg", "jpeg", 300, 200)));
        assertEquals(size(17, 9), s.of(raster("c.gif", "gif", 17, 9)));
    }

    @Test
    void aJpegTurnedAQuarterByItsExifOrientationSwapsWidthAndHeight() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        for (int orientation : new int[] {1, 3, 6, 8}) {
            for (boolean little : new boolean[] {true, false}) {
                byte[] tiff = little
                        ? new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0}
                        : new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(plain, 0, 2); // SOI, then APP1 before the encoder's segments
                int length = 2 + 6 + tiff.length;
                out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
                out.write("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                out.write(tiff);
                out.write(plain, 2, plain.length - 2);
                Path f = dir.resolve("o" + orientation + little + ".jpg");
                Files.write(f, out.toByteArray());
                assertEquals(orientation >= 5 ? size(200, 300) : size(300, 200), new ImageSizes().of(f), "orientation " + orientation);
            }
        }
    }

    @Test
    void svgSizesComeFromWidthHeightOrTheViewBox() throws IOException {
        assertEquals(size(120, 40), svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40px\"/>"));
        assertEquals(size(64, 32), svg("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<svg viewBox=\"0 0 64 32\"/>"));
        assertEquals(size(200, 100), svg("<svg width=\"200\" viewBox=\"0,0,64,32\"/>"));
        assertEquals(Optional.empty(), svg("<svg width=\"100%\" height=\"50%\"/>"));
        assertEquals(Optional.empty(), svg("<svg width=\"10em\" height=\"2em\"/>"));
        assertEquals(Optional.empty(), svg("<svg/>"));
        assertEquals(Optional.empty(), svg("<html width=\"10\" height=\"10\"/>"));
        assertEquals(Optional.empty(), svg("<svg width=\"10\""));
        assertEquals(Optional.empty(), svg("<!DOCTYPE svg [<!ENTITY w SYSTEM \"file:///etc/passwd\">]><svg width=\"&w;\" height=\"1\"/>"));
    }

    @Test
    void whatIsNotAnImageHasNoSizeAndEachFileIsReadOnce() throws IOException {
        ImageSizes s = new ImageSizes();
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a png");
        assertEquals(Optional.empty(), s.of(broken));
        assertEquals(Optional.empty(), s.of(dir.resolve("missing.png")));
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "x");
        assertEquals(Optional.empty(), s.of(text));
        Path png = raster("p.png", "png", 5, 6);
        Optional<ImageSizes.Size> first = s.of(png);
        raster("p.png", "png", 50, 60);
        assertSame(first, s.of(png), "cached for the build");
    }

    private Optional<ImageSizes.Size> svg(String text) throws IOException {
        Path f = Files.createTempFile(dir, "i", ".svg");
        Files.writeString(f, text);
        return new ImageSizes().of(f);
    }
}
