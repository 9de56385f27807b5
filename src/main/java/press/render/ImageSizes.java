package press.render;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width and height of an image file, as a browser lays it out: PNG, JPEG, GIF and BMP read
 * from their headers with {@code javax.imageio} (a JPEG whose EXIF orientation turns it a quarter
 * swaps them), SVG from the root element's {@code width}/{@code height} in px or unitless, or its
 * {@code viewBox}. Each file is read once per build (cached by path) and only its header is read;
 * a file that is not an image, or an SVG sized in %, em or not at all, has no size.
 */
final class ImageSizes {
    record Size(int width, int height) {}

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");
    private final ConcurrentHashMap<Path, Optional<Size>> read = new ConcurrentHashMap<>();

    Optional<Size> of(Path file) {
        return read.computeIfAbsent(file, ImageSizes::read);
    }

    static boolean isImage(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".png") || p.endsWith(".jpg") || p.endsWith(".jpeg") || p.endsWith(".gif") || p.endsWith(".bmp")
                || p.endsWith(".svg");
    }

    private static Optional<Size> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!isImage(name)) return Optional.empty();
        try {
            return name.endsWith(".svg") ? svg(file) : raster(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a broken image is left for the browser to show as broken, not a build failure
        }
    }

    private static Optional<Size> raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) return Optional.empty();
                boolean turned = reader.getFormatName().equalsIgnoreCase("jpeg") && ExifOrientation.turnsQuarter(file);
                return Optional.of(turned ? new Size(h, w) : new Size(w, h));
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<Size> svg(Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities, no fetching: the file is untrusted input
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                while (x.hasNext() && x.next() != XMLStreamReader.START_ELEMENT) { /* to the root element */ }
                if (!x.isStartElement() || !x.getLocalName().equals("svg")) return Optional.empty();
                return svgSize(x.getAttributeValue(null, "width"), x.getAttributeValue(null, "height"),
                        x.getAttributeValue(null, "viewBox"));
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** Width and height in px (or unitless), the missing one from the viewBox's ratio; else the viewBox's own. */
    static Optional<Size> svgSize(String width, String height, String viewBox) {
        Double w = length(width);
        Double h = length(height);
        double[] box = viewBox(viewBox);
        if (w == null && h == null && box == null) return Optional.empty();
        if (w == null && h == null) {
            w = box[0];
            h = box[1];
        } else if (w == null || h == null) {
            if (box == null) return Optional.empty();
            if (w == null) w = h * box[0] / box[1];
            else h = w * box[1] / box[0];
        }
        long rw = Math.round(w);
        long rh = Math.round(h);
        return rw > 0 && rh > 0 && rw < 100_000 && rh < 100_000 ? Optional.of(new Size((int) rw, (int) rh)) : Optional.empty();
    }

    private static Double length(String s) {
        if (s == null) return null;
        Matcher m = LENGTH.matcher(s);
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    private static double[] viewBox(String s) {
        if (s == null) return null;
        String[] parts = s.trim().split("[\\s,]+");
        if (parts.length != 4) return null;
        try {
            double w = Double.parseDouble(parts[2]);
            double h = Double.parseDouble(parts[3]);
            return w > 0 && h > 0 ? new double[] {w, h} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
