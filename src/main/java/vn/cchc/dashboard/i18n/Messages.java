package vn.cchc.dashboard.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Every text a person reads, from the bundles of one language, and that language's number formats. */
public final class Messages {

    public static final String BUNDLE = "vn.cchc.dashboard.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final Formats formats;

    private Messages(Language language) {
        this.language = language;
        // No fallback to the machine's locale: a key missing in one language is a bug the i18n test catches.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.formats = new Formats(language);
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public Formats formats() {
        return formats;
    }

    /** The text {@code key}; like every text it is a MessageFormat pattern, so '' reads as one apostrophe. */
    public String get(String key) {
        return format(key);
    }

    /** The message {@code key} with its {0}, {1} … filled; pass numbers already formatted with {@link #formats()}. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }
}
