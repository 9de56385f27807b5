package press.publish;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a release must pass before it goes live: a sitemap and a feed, and every internal link
 * ({@code href}/{@code src} under the base path or base URL) of every page naming a file the
 * release holds.
 */
final class ReleaseCheck {
    private static final List<String> REQUIRED = List.of("sitemap.xml", "feed.xml");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** The target of a link that names no file of the release (another site, a fragment only): compared by identity. */
    private static final String NOT_A_FILE = new String("not a file");
    /** Per thread that checks pages, what its pages link to; merged when the check is asked. */
    private final Map<Thread, Seen> seen = new ConcurrentHashMap<>();
    private final String baseUrl;
    private final String basePath;

    ReleaseCheck(String baseUrl, String basePath) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /** Notes the internal links of {@code page} as it is written (from its bytes: nothing is read back). Thread-safe. */
    void page(String page, byte[] bytes) {
        if (!page.endsWith(".html")) return;
        Seen mine = seen.computeIfAbsent(Thread.currentThread(), t -> new Seen());
        mine.start(page);
        int ordinal = 0;
        // each ' href="..."' and ' src="..."': a scan of the bytes, the page is never decoded whole
        for (int i = indexOfQuote(bytes, 0); i >= 0; i = indexOfQuote(bytes, i + 1)) {
            if (i < 5 || bytes[i - 1] != '=' || !(attribute(bytes, i - 1, "href") || attribute(bytes, i - 1, "src"))) continue;
            int end = indexOfQuote(bytes, i + 1);
            if (end < 0) return;
            mine.link(page, bytes, i + 1, end, ordinal++);
            i = end;
        }
    }

    /** Where a link was first seen: the page (first in path order), the link as written there, its place among the page's links. */
    private record First(String page, String url, int ordinal) {
        boolean before(First o) {
            int c = page.compareTo(o.page);
            return c != 0 ? c < 0 : ordinal < o.ordinal;
        }
    }

    /**
     * One thread's links. Pages share most of their links (menus, terms, similar posts), so a link
     * that names the same file from any page is looked up by its bytes in a table of the links met
     * before, with no String made for it ({@code String} keys in a shared map were 8-10 % of a
     * build's CPU at 100,000 posts).
     */
    private final class Seen {
        private byte[][] keys = new byte[4096][];
        private int[] hashes = new int[4096];
        private String[] urls = new String[4096];
        private String[] targets = new String[4096];
        /** Per link: the first page (in path order) that has it, and its place there; kept in the table, as most links repeat. */
        private String[] firstPages = new String[4096];
        private int[] firstOrdinals = new int[4096];
        private int size;
        /** Links relative to their page, by target. */
        private final Map<String, First> first = new java.util.HashMap<>();
        /** The page before this one, and whether every page so far came after the one before it in path order. */
        private String lastPage;
        private boolean inOrder = true;

        /**
         * Notes that {@code page}'s links come next. A build's threads take the pages in path order,
         * each its own run of them: while that holds, a link's first page is the first that had it,
         * and a page's links need not be compared with it (a compare per link was 1.6 % of a
         * 10,000-post build's samples); once a page comes out of order, every link is compared.
         */
        void start(String page) {
            if (inOrder && lastPage != null && lastPage.compareTo(page) >= 0) inOrder = false;
            lastPage = page;
        }

        void link(String page, byte[] b, int from, int to, int ordinal) {
            int h = 1;
            for (int k = from; k < to; k++) h = 31 * h + b[k];
            int mask = keys.length - 1;
            int slot = (h ^ (h >>> 16)) & mask;
            for (; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && java.util.Arrays.equals(keys[slot], 0, keys[slot].length, b, from, to)) {
                    note(slot, page, ordinal);
                    return;
                }
            }
            String url = new String(b, from, to - from, StandardCharsets.UTF_8).replace("&amp;", "&");
            String target = target(url, page);
            if (relativeToPage(url)) { // names another file from another page: not kept
                if (target == null) return;
                First f = first.get(target);
                // an earlier page names it already (the common case), or this page did, earlier
                if (f == null || f.page != page && f.page.compareTo(page) > 0) first.put(target, new First(page, url, ordinal));
                return;
            }
            keys[slot] = java.util.Arrays.copyOfRange(b, from, to);
            hashes[slot] = h;
            urls[slot] = url;
            targets[slot] = target == null ? NOT_A_FILE : target;
            note(slot, page, ordinal);
            if (2 * ++size > keys.length) grow();
        }

        private void note(int slot, String page, int ordinal) {
            String f = firstPages[slot];
            if (f != null && (inOrder || f == page || f.compareTo(page) <= 0)) return;
            firstPages[slot] = page;
            firstOrdinals[slot] = ordinal;
        }

        /** Each target this thread saw, with where it was first linked. */
        void firsts(java.util.function.BiConsumer<String, First> to) {
            first.forEach(to);
            for (int i = 0; i < keys.length; i++) {
                if (firstPages[i] != null && targets[i] != NOT_A_FILE) to.accept(targets[i], new First(firstPages[i], urls[i], firstOrdinals[i]));
            }
        }

        private void grow() {
            byte[][] k = keys;
            int[] hs = hashes;
            String[] us = urls;
            String[] ts = targets;
            String[] fp = firstPages;
            int[] fo = firstOrdinals;
            keys = new byte[2 * k.length][];
            hashes = new int[keys.length];
            urls = new String[keys.length];
            targets = new String[keys.length];
            firstPages = new String[keys.length];
            firstOrdinals = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == null) continue;
                int slot = (hs[i] ^ (hs[i] >>> 16)) & mask;
                while (keys[slot] != null) slot = (slot + 1) & mask;
                keys[slot] = k[i];
                hashes[slot] = hs[i];
                urls[slot] = us[i];
                targets[slot] = ts[i];
                firstPages[slot] = fp[i];
                firstOrdinals[slot] = fo[i];
            }
        }
    }

    /** The file of the release {@code url} names from {@code page}, or null when it names none (another site, a fragment only). */
    private String target(String url, String page) {
        String path = url.startsWith(baseUrl) ? basePath + url.substring(baseUrl.length()) : relative(url, basePath, page);
        if (path == null || !path.startsWith(basePath) || path.startsWith("//")) return null;
        return file(path.substring(basePath.length()));
    }

    /** Whether {@link #target} of {@code url} depends on the page it is on. */
    private boolean relativeToPage(String url) {
        return !url.startsWith(baseUrl) && !(url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?") || SCHEME.matcher(url).find());
    }

    /** Whether {@code name} ends just before {@code equals} and white space comes before it. */
    private static boolean attribute(byte[] b, int equals, String name) {
        int start = equals - name.length();
        if (start < 1 || !Character.isWhitespace(b[start - 1])) return false;
        for (int k = 0; k < name.length(); k++) if (b[start + k] != name.charAt(k)) return false;
        return true;
    }

    /**
     * The first {@code "} in {@code b} from {@code from}, or -1. Eight bytes at a time: a page is
     * mostly text between quotes, and a byte at a time was about 1.5 s of CPU over the 2.4 GB of a
     * 100,000-post site. A byte of {@code x} is zero where {@code b} has a quote; {@code (x - 0x01..)
     * & ~x & 0x80..} marks each such byte's top bit, and only bytes after a true match (higher, in
     * little-endian order) can be marked falsely, so the lowest mark is the first quote.
     */
    static int indexOfQuote(byte[] b, int from) {
        int i = Math.max(from, 0);
        for (int end = b.length - 7; i < end; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x2222_2222_2222_2222L;
            long marks = (x - 0x0101_0101_0101_0101L) & ~x & 0x8080_8080_8080_8080L;
            if (marks != 0) return i + (Long.numberOfTrailingZeros(marks) >>> 3);
        }
        for (; i < b.length; i++) if (b[i] == '"') return i;
        return -1;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** A link to a file the release does not hold: the first page (in path order) naming it, the link as written there, the file meant. */
    record Broken(String page, String url, String target) {}

    /**
     * The problems of a release holding {@code files}; empty when it may go live. A link to a
     * missing file is named once, at the first page that has it.
     */
    List<String> problems(Set<String> files) {
        List<String> problems = new ArrayList<>(missing(files));
        for (Broken b : broken(files)) {
            if (problems.size() >= 50) break;
            problems.add(b.page() + ": link " + b.url() + " names no file of the release (expected " + b.target() + ")");
        }
        return problems;
    }

    /** The files every release must have that {@code files} lacks, each as {@code file: why}. */
    List<String> missing(Set<String> files) {
        List<String> out = new ArrayList<>();
        for (String f : REQUIRED) if (!files.contains(f)) out.add(f + ": missing, expected every release to have it");
        return out;
    }

    /** Every link to a file {@code files} lacks, once per file, by page and then file. */
    List<Broken> broken(Set<String> files) {
        Map<String, First> firsts = new java.util.HashMap<>();
        for (Seen s : seen.values()) s.firsts((target, f) -> firsts.merge(target, f, (a, b) -> b.before(a) ? b : a));
        TreeMap<String, Broken> missing = new TreeMap<>();
        firsts.forEach((target, at) -> {
            // a folder named without its last / (docs/history) is served: every static server redirects it to docs/history/
            if (!files.contains(target) && !files.contains(target + "/index.html")) missing.put(at.page() + "\u0000" + target, new Broken(at.page(), at.url(), target));
        });
        return List.copyOf(missing.values());
    }

    /**
     * A link without scheme or leading slash ({@code map.png}, {@code ../x/}) as a site path, resolved
     * against the page {@code file} it is on; other links as they are; null for fragments and queries only.
     */
    private static String relative(String url, String basePath, String file) {
        if (url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?") || SCHEME.matcher(url).find()) {
            return url.isEmpty() || url.startsWith("#") || url.startsWith("?") ? null : url;
        }
        try {
            return new java.net.URI(null, null, basePath + file, null).resolve(new java.net.URI(url.replace(" ", "%20"))).getRawPath();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return basePath + file.substring(0, file.lastIndexOf('/') + 1) + url; // not a valid URI: it names no file
        }
    }

    /** {@code posts/x/?q#f} to {@code posts/x/index.html}. */
    static String file(String rel) {
        int cut = rel.length();
        for (char c : new char[] {'?', '#'}) {
            int i = rel.indexOf(c);
            if (i >= 0 && i < cut) cut = i;
        }
        String path = URLDecoder.decode(rel.substring(0, cut).replace("+", "%2B"), StandardCharsets.UTF_8);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }
}
