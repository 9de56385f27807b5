package press.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Who may talk to the server. A page on another site can make a browser send requests here
 * (DNS rebinding: {@code evil.example} re-resolving to 127.0.0.1), so the {@code Host} header
 * must name a loopback address, {@code localhost}, or the host the server was asked to listen
 * on, with the server's port or none. IP literals are parsed without any DNS lookup. The reload
 * stream additionally refuses a foreign {@code Origin}.
 */
final class HostCheck {
    private final String configuredHost;
    private final InetAddress configuredAddress;
    private final int port;

    HostCheck(String configuredHost, int port) {
        this.configuredHost = stripBrackets(configuredHost).toLowerCase(Locale.ROOT);
        this.configuredAddress = literal(this.configuredHost);
        this.port = port;
    }

    boolean allowsHost(String header) {
        if (header == null) return false;
        String h = header.trim();
        String name;
        String portText = null;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return false;
            name = h.substring(1, close);
            String rest = h.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) return false;
                portText = rest.substring(1);
            }
            if (literal(name) == null) return false;
        } else {
            int colon = h.indexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            if (colon >= 0) portText = h.substring(colon + 1);
        }
        if (portText != null && !portText.equals(Integer.toString(port))) return false;
        return allowsName(name);
    }

    /** Absent is fine (same-origin requests and non-browser clients send none); otherwise it must be this server. */
    boolean allowsOrigin(String origin) {
        if (origin == null) return true;
        try {
            URI uri = new URI(origin.trim());
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null) return false;
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) return false;
            int originPort = uri.getPort() == -1 ? 80 : uri.getPort();
            return originPort == port && allowsName(stripBrackets(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean allowsName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("localhost") || n.equals(configuredHost)) return true;
        InetAddress addr = literal(n);
        if (addr == null) return false;
        if (addr.isLoopbackAddress() || addr.equals(configuredAddress)) return true;
        if (configuredAddress != null && configuredAddress.isAnyLocalAddress()) {
            try {
                return NetworkInterface.getByInetAddress(addr) != null; // one of this machine's own addresses
            } catch (SocketException e) {
                return false;
            }
        }
        return false;
    }

    /** An IP literal as an address, or null; never a DNS lookup. */
    static InetAddress literal(String text) {
        if (text.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}")) {
            String[] parts = text.split("\\.");
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) b[i] = (byte) Integer.parseInt(parts[i]);
            try {
                return InetAddress.getByAddress(b);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        if (text.indexOf(':') >= 0 && text.matches("[0-9a-fA-F:.]+")) {
            try {
                return InetAddress.getByName(text); // a literal with ':' is parsed, never looked up
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    private static String stripBrackets(String h) {
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
