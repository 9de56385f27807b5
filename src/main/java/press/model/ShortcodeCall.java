package press.model;

import java.util.Map;

/**
 * A shortcode press has no built-in for ({@code {{< note kind="tip" >}}inner{{< /note >}}}), left
 * in a body as {@code token} until the build renders it with {@code templates/shortcodes/<name>.mustache}
 * or, when there is no such template, shows its tags escaped around its inner HTML, with a warning at {@code at}.
 * Calls inside another's inner text come before it in a body's list.
 *
 * @param args      named arguments, and positional ones under "0", "1", ...
 * @param innerHtml the inner Markdown of the paired form, rendered; null when it is not paired
 * @param at        {@code path:line:col} of the shortcode
 * @param text      the opening tag as written
 * @param closing   the closing tag as written, or null when it is not paired
 */
public record ShortcodeCall(String token, String name, Map<String, String> args, String innerHtml, String at, String text, String closing) {
    /** The name of Jekyll's {@code {% include file %}}: the build puts in {@code templates/includes/<file>} (args "0"). */
    public static final String INCLUDE = "{% include %}";
}
