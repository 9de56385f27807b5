package press.problem;

import java.nio.file.Path;

/**
 * A place in an input file. Line and column are 1-based; 0 means "not known" and is left out
 * when printed, so a problem about a whole file prints as just its path.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos of(Path file, int line, int column) {
        return new SourcePos(display(file), line, column);
    }

    public static SourcePos file(Path file) {
        return of(file, 0, 0);
    }

    /** Paths print with forward slashes whatever the platform, so messages and tests agree. */
    public static String display(Path file) {
        return file.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        if (column <= 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
