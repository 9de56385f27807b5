package press.content;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the shortcodes press knows without a template become, as Markdown: {@code figure} an image
 * with a caption, {@code youtube}/{@code vimeo} a link to the video, {@code x}/{@code tweet}/
 * {@code gist}/{@code instagram} a plain link (no third-party request from the page),
 * {@code highlight} a fenced code block. A call whose arguments do not fit gives null, and
 * {@link Shortcodes} shows it as text with a warning.
 */
final class BuiltInShortcodes {
    /** Hugo's built-in shortcodes press expands itself; any other name is the site's ({@code templates/shortcodes/}). */
    static final Set<String> HUGO = Set.of("ref", "relref", "figure", "highlight", "param", "details", "youtube", "vimeo",
            "vimeo_simple", "x", "tweet", "twitter", "twitter_simple", "gist", "instagram", "comment");
    /** The Liquid tags press reads; any other is shown as text with a warning. */
    static final Set<String> LIQUID = Set.of("link", "post_url", "highlight", "raw", "include");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");

    private BuiltInShortcodes() {}

    /** {@code figure src= alt= title= caption=}: an image paragraph, and its caption in emphasis under it. */
    static String figure(Map<String, String> a) {
        String src = a.getOrDefault("src", "");
        String alt = a.getOrDefault("alt", a.getOrDefault("title", a.getOrDefault("caption", "")));
        StringBuilder sb = new StringBuilder("\n\n![").append(markdownText(alt)).append("](<").append(src.replace(">", "%3E")).append(">)\n");
        String caption = a.getOrDefault("caption", a.getOrDefault("title", ""));
        if (!caption.isBlank()) sb.append("\n*").append(markdownText(caption)).append("*\n");
        return sb.append('\n').toString();
    }

    /** A link to the video {@code id} on YouTube ({@code youtube}) or Vimeo (any other name); null when {@code id} is not a video id. */
    static String video(String name, String id) {
        if (!SAFE_ID.matcher(id).matches()) return null;
        if (name.equals("youtube")) return "[YouTube video " + id + "](https://www.youtube.com/watch?v=" + id + ")";
        return "[Vimeo video " + id + "](https://vimeo.com/" + id + ")";
    }

    /** A post on X, a gist or an Instagram post as a plain link to it; null when its user or id is missing or not a name. */
    static String embed(String name, Map<String, String> a) {
        boolean post = !name.equals("gist") && !name.equals("instagram");
        String user = a.getOrDefault("user", name.equals("instagram") ? "" : a.getOrDefault("0", ""));
        String id = a.getOrDefault("id", a.getOrDefault(name.equals("instagram") ? "0" : "1", ""));
        if (!SAFE_ID.matcher(id).matches() || (!name.equals("instagram") && !SAFE_ID.matcher(user).matches())) return null;
        if (post) return "[Post by @" + user + " on X](https://x.com/" + user + "/status/" + id + ")";
        if (name.equals("gist")) return "[Gist " + user + "/" + id + "](https://gist.github.com/" + user + "/" + id + ")";
        return "[Instagram post " + id + "](https://www.instagram.com/p/" + id + "/)";
    }

    /** {@code code} in a fenced block marked {@code language} (only its name characters kept), fenced with ~~~~ when it holds ```. */
    static String fence(String language, String code) {
        String lang = language.replaceAll("[^A-Za-z0-9_+#-]", "");
        String body = code.startsWith("\n") ? code.substring(1) : code;
        if (!body.endsWith("\n")) body = body + "\n";
        String ticks = body.contains("```") ? "~~~~" : "```";
        return "\n" + ticks + lang + "\n" + body + ticks + "\n";
    }

    private static String markdownText(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1");
    }
}
