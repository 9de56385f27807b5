package press.content;

import press.config.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sorts every file under {@code content/} into posts, pages, bundle files and skipped files, so
 * no file is dropped without a word. Dotfiles ({@code .git}, {@code .DS_Store}) are not content
 * and are passed over; {@code content/site.yaml} is the config.
 */
public final class ContentScanner {
    public static final String CONTENT = "content";
    /** Jekyll keeps posts in {@code _posts/}; copied into {@code content/} it is read as {@code posts/}. */
    public static final String JEKYLL_POSTS = "_posts";

    private ContentScanner() {}

    /** Every file of {@code source}'s content folder, sorted by path text so every run sees the same order. */
    public static ContentFiles scan(Path source, SiteConfig.ContentConfig config) {
        return scan(source, config, null);
    }

    /**
     * As above, from {@code walked}: the content files a {@link Listing} of this folder found, when
     * the build walked it already (its inputs check); null to walk it here.
     */
    public static ContentFiles scan(Path source, SiteConfig.ContentConfig config, List<Path> walked) {
        Path root = source.resolve(CONTENT);
        if (!Files.isDirectory(root)) return new ContentFiles(List.of(), List.of(), Map.of(), Map.of());
        List<Path> files = walked != null ? walked : walk(root);
        // each folder's index file looked up once, among the files walked (not one stat per name, language and extension for each file)
        Sorter sorter = new Sorter(config, new Indexes(files, config), hugoShaped(files, config));
        for (Path rel : files) sorter.add(rel);
        return sorter.files();
    }

    /**
     * The content files sorted into posts, pages, bundle files and skipped files, one at a time: a
     * method called once per file is compiled after a few hundred, where the loop's body in
     * {@link #scan}, which runs once per build, ran in the interpreter for every file.
     */
    private static final class Sorter {
        private final SiteConfig.ContentConfig config;
        private final Indexes indexes;
        private final boolean hugo;
        private final List<Path> posts = new ArrayList<>();
        private final List<Path> pages = new ArrayList<>();
        private final Map<Path, Path> bundles = new TreeMap<>(ContentScanner::compare);
        private final Map<Path, String> skipped = new TreeMap<>(ContentScanner::compare);

        Sorter(SiteConfig.ContentConfig config, Indexes indexes, boolean hugo) {
            this.config = config;
            this.indexes = indexes;
            this.hugo = hugo;
        }

        void add(Path rel) {
            Path file = Path.of(CONTENT).resolve(rel);
            if (rel.toString().equals("site.yaml")) return;
            String name = rel.getFileName().toString();
            String top = rel.getName(0).toString();
            boolean markdown = isMarkdown(name, config);
            FileLanguage language = markdown ? FileLanguage.of(name, config) : new FileLanguage(stem(name), "", null);
            String base = language.stem();
            String underscore = underscored(rel, base, config, hugo && markdown);
            if (language.undeclared() != null) {
                skipped.put(file, FileLanguage.undeclaredReason(name, language.undeclared(), config));
            } else if (underscore != null && rel.getNameCount() > 1 && underscore.equals(top) && config.collections().containsKey(top.substring(1))) {
                skipped.put(file, "the collection " + top.substring(1) + " is not published (Jekyll's default), expected output: true under collections."
                        + top.substring(1) + " in site.yaml to publish it");
            } else if (underscore != null) {
                skipped.put(file, "names starting with _ are not published (" + underscore + "), as Jekyll leaves them out, expected content files; "
                        + "only _index, _posts/, the collections and the include: list of site.yaml are read (include: [" + upTo(rel, underscore) + "] publishes it)");
            } else if (markdown && !base.equals("index") && !base.equals("_index") && indexes.leafOwner(rel) != null) {
                bundles.put(file, Path.of(CONTENT).resolve(indexes.leafOwner(rel))); // Hugo: a leaf bundle's other Markdown files are its resources
            } else if (markdown && !base.equals("_index") && language.language().isEmpty()
                    && (config.datedSections().contains(top) || top.equals(JEKYLL_POSTS)) && rel.getNameCount() > 1) {
                posts.add(file);
            } else if (markdown) {
                pages.add(file);
            } else {
                Path owner = indexes.bundleOwner(rel);
                if (owner != null) bundles.put(file, Path.of(CONTENT).resolve(owner));
                else skipped.put(file, "not a content file, expected Markdown (" + String.join(", ", config.extensions().stream().map(e -> "." + e).toList())
                        + ") or a file beside an index.md in its bundle folder (files published as they are, such as images and CSS, go in static/)");
            }
        }

        ContentFiles files() {
            return new ContentFiles(List.copyOf(posts), List.copyOf(pages), bundles, skipped, hugo);
        }
    }

    /**
     * {@code rel} (relative to {@code content/}) as it is published: a published Jekyll collection's folder
     * loses its {@code _} ({@code _docs/install.md} is {@code docs/install.md}); any other path as it is.
     */
    public static Path published(Path rel, SiteConfig.ContentConfig config) {
        if (rel.getNameCount() < 2 || !config.publishes(rel.getName(0).toString())) return rel;
        return Path.of(rel.getName(0).toString().substring(1)).resolve(rel.subpath(1, rel.getNameCount()));
    }

    /** The file name without its Markdown extension ({@code install.markdown} to {@code install}). */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    static boolean isMarkdown(String name, SiteConfig.ContentConfig config) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && config.extensions().contains(name.substring(dot + 1));
    }

    /** {@code rel} up to and with its part {@code part}, with forward slashes ({@code posts/_draft.md}). */
    private static String upTo(Path rel, String part) {
        for (int i = 0; i < rel.getNameCount(); i++) {
            if (rel.getName(i).toString().equals(part)) return rel.subpath(0, i + 1).toString().replace('\\', '/');
        }
        return part;
    }

    /**
     * Whether the content folder is a Hugo site's: it has an {@code _index} file (Hugo's section text) and nothing
     * of Jekyll's ({@code _posts/}, {@code collections:}). Hugo publishes Markdown files whose names start with
     * {@code _} like any other (its own docs hide their {@code _common/} snippets with {@code build} options);
     * Jekyll leaves such names out unless its {@code include:} lists them.
     */
    static boolean hugoShaped(List<Path> files, SiteConfig.ContentConfig config) {
        if (!config.collections().isEmpty()) return false;
        boolean index = false;
        for (Path rel : files) {
            if (rel.getName(0).toString().equals(JEKYLL_POSTS)) return false;
            String name = rel.getFileName().toString();
            index |= name.startsWith("_index.") && isMarkdown(name, config) && FileLanguage.of(name, config).stem().equals("_index");
        }
        return index;
    }

    /**
     * The first part of the path starting with {@code _} that press does not read, or null: none in a Hugo
     * site's Markdown file ({@code hugo}), nor in a path that site.yaml's {@code include:} lists.
     */
    private static String underscored(Path rel, String stem, SiteConfig.ContentConfig config, boolean hugo) {
        if (hugo || config.includes(rel.toString().replace('\\', '/'))) return null;
        for (int i = 0; i < rel.getNameCount(); i++) {
            String n = rel.getName(i).toString();
            boolean last = i == rel.getNameCount() - 1;
            if (!n.startsWith("_")) continue;
            if (i == 0 && (n.equals(JEKYLL_POSTS) || config.publishes(n)) && !last) continue;
            if (last && stem.equals("_index")) continue;
            return n;
        }
        return null;
    }

    /**
     * Every regular file under {@code root} (a link counts when it names one), relative to it, dotfiles
     * and dot folders left out, sorted by path text. One walk: its attributes say what each entry is.
     */
    private static List<Path> walk(Path root) {
        Listing listing = new Listing(root);
        FileTree.walk(root, dir -> dir.getFileName().toString().startsWith("."), listing::entry);
        return listing.files();
    }

    /**
     * The content files among the entries of a walk of the content folder {@code root}, as
     * {@link #scan} reads them: regular files and links to one, relative to {@code root}, without
     * dotfiles or anything in a dot folder, sorted by path text. A walk that entered every folder
     * (the build's inputs check) gives the same files as the scan's own.
     */
    public static final class Listing {
        private final Path root;
        private final List<Map.Entry<String, Path>> found = new ArrayList<>();

        public Listing(Path root) {
            this.root = root;
        }

        /** Told one entry of the walk, with the attributes the walk read (links not followed). */
        public void entry(Path file, java.nio.file.attribute.BasicFileAttributes a) {
            if (a.isDirectory()) return;
            Path rel = root.relativize(file);
            for (Path name : rel) if (name.toString().startsWith(".")) return; // a dotfile, or in a dot folder
            if (a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(file)) {
                found.add(Map.entry(key(rel), rel)); // each path's text made once, not per comparison
            }
        }

        /** The files found, sorted by path text. */
        public List<Path> files() {
            found.sort(Map.Entry.comparingByKey());
            return found.stream().map(Map.Entry::getValue).toList();
        }
    }

    /** The index files among the walked files, each folder's looked up once. */
    private static final class Indexes {
        private final java.util.Set<Path> files;
        private final SiteConfig.ContentConfig config;
        private final Map<String, Path> found = new java.util.HashMap<>();
        private static final Path NONE = Path.of("");

        Indexes(List<Path> files, SiteConfig.ContentConfig config) {
            this.files = new java.util.HashSet<>(files);
            this.config = config;
        }

        /**
         * The {@code index} file whose bundle {@code rel} (not Markdown) belongs to: the nearest folder
         * above it holding an {@code index.md} (a leaf bundle owns everything below it), else its own
         * folder's {@code _index.md} (a section owns the files beside it). Null when neither.
         */
        Path bundleOwner(Path rel) {
            Path leaf = leafOwner(rel);
            return leaf != null ? leaf : indexIn(rel.getParent(), "_index");
        }

        /** The {@code index} file of the nearest folder above {@code rel} holding one (a leaf bundle), or null. */
        Path leafOwner(Path rel) {
            if (!published(rel, config).equals(rel)) return null; // a Jekyll collection has no bundles: each of its Markdown files is a page
            for (Path dir = rel.getParent(); dir != null; dir = dir.getParent()) {
                Path index = indexIn(dir, "index");
                if (index != null) return index;
            }
            return null;
        }

        /** {@code dir}'s {@code stem} file: {@code index.md}, else a translation of it ({@code index.de.md}) in the order of {@code languages:}. */
        private Path indexIn(Path dir, String stem) {
            // the root's key is the stem alone: a folder named "null" must not share it
            Path index = found.computeIfAbsent(dir == null ? stem : stem + "/" + dir, k -> {
                List<String> names = new ArrayList<>();
                names.add(stem);
                names.add(stem + "." + config.defaultLanguage());
                for (String code : config.translations()) names.add(stem + "." + code);
                for (String name : names) {
                    for (String ext : config.extensions()) {
                        Path p = dir == null ? Path.of(name + "." + ext) : dir.resolve(name + "." + ext);
                        if (files.contains(p)) return p;
                    }
                }
                return NONE;
            });
            return index == NONE ? null : index;
        }
    }

    private static int compare(Path a, Path b) {
        return key(a).compareTo(key(b));
    }

    /** The path's text with / between names, which files sort by. */
    private static String key(Path p) {
        return p.toString().replace('\\', '/');
    }
}
