package press.pipeline;

import press.output.OutputWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The writer of {@code press check}: renders go nowhere; it keeps each file's path and each page's element ids. */
final class PageIndex implements OutputWriter {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    final Set<String> files = ConcurrentHashMap.newKeySet();
    final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

    @Override
    public boolean needsRender(String path, Object view) {
        return true;
    }

    @Override
    public void write(String path, byte[] bytes) {
        files.add(path);
        if (!path.endsWith(".html")) return;
        Set<String> mine = new java.util.HashSet<>();
        Matcher m = ID.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (m.find()) mine.add(m.group(1).replace("&amp;", "&"));
        ids.put(path, mine);
    }

    @Override
    public void copy(String path, Path from) {
        files.add(path);
    }

    @Override
    public void commit() {
        // nothing is written
    }

    @Override
    public void close() {
        // nothing to throw away
    }
}
