package press.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code version:} of {@code site.yaml}: the schema the file is written for. Missing means the
 * current one, so sites written before the key existed build as they did, without a warning.
 * A file for a newer schema than this press reads is refused: its keys may mean other things.
 */
public final class ConfigVersion {
    /** The schema this press reads and {@code press config migrate} writes. */
    public static final int CURRENT = 1;

    private ConfigVersion() {}

    /** False when the file is for a newer press (a problem is added and nothing else should be read). */
    static boolean check(NodeReader r) {
        JsonNode v = r.node("/version");
        if (v.isMissingNode() || v.isNull()) return true;
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            r.wrong("/version", "a whole number from 1 to " + CURRENT + " (the config version)", v);
            return true;
        }
        if (v.intValue() > CURRENT) {
            r.problem("/version", "version: this file is config version " + v.intValue() + ", this press reads config version "
                    + CURRENT + " and older, expected version " + CURRENT + " or a newer press");
            return false;
        }
        return true;
    }
}
