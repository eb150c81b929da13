package vn.cchc.dashboard.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages the application speaks; Vietnamese first. */
public enum Language {
    VI("vi", Locale.forLanguageTag("vi-VN")),
    EN("en", Locale.forLanguageTag("en-GB"));

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
