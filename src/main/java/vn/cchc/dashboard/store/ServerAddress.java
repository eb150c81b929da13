package vn.cchc.dashboard.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a shared PostgreSQL database is: its JDBC URL with any password taken out, so that the address can be
 * saved in the settings, shown in the title bar and written to the log without ever carrying a secret. The
 * password travels separately (a prompt, a file, {@code CCHC_DB_PASSWORD} or PostgreSQL's own ~/.pgpass).
 *
 * @param url              {@code jdbc:postgresql://host[:port]/database[?user=…&…]}, never with a password
 * @param passwordInUrl    the password the URL carried, or null; kept only in memory
 */
public record ServerAddress(String url, String passwordInUrl) {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&])password=([^&]*)");
    /** Anything that looks like a password in free text (an error message, a log line). */
    private static final Pattern PASSWORD_ANYWHERE = Pattern.compile("(?i)(password=)[^&\\s;]*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)(jdbc:postgresql://[^/:@\\s]+):[^@/\\s]+@");

    public ServerAddress {
        if (PASSWORD_PARAM.matcher(url).find()) {
            throw new IllegalArgumentException("the address must not carry a password");
        }
    }

    /**
     * Reads an address as a person typed it: a {@code jdbc:postgresql://} URL (a password in it is taken out
     * and kept apart).
     *
     * @throws IllegalArgumentException when it is not a PostgreSQL JDBC URL
     */
    public static ServerAddress parse(String text) {
        String url = text == null ? "" : text.strip();
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql://") || url.length() <= "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("not a jdbc:postgresql:// address: " + mask(url));
        }
        Matcher password = PASSWORD_PARAM.matcher(url);
        String found = null;
        List<String> kept = new ArrayList<>();
        int query = url.indexOf('?');
        if (password.find()) {
            found = java.net.URLDecoder.decode(password.group(2), java.nio.charset.StandardCharsets.UTF_8);
            for (String param : url.substring(query + 1).split("&")) {
                if (!param.toLowerCase(Locale.ROOT).startsWith("password=") && !param.isEmpty()) {
                    kept.add(param);
                }
            }
            url = url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        }
        return new ServerAddress(url, found);
    }

    /** True when {@code text} names a shared server rather than a data folder. */
    public static boolean isServerUrl(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:");
    }

    /** The same address with {@code password} to use instead of any taken from the URL. */
    public ServerAddress withPassword(String password) {
        return new ServerAddress(url, password);
    }

    /** The password to log in with: the one given, else none (the driver then reads ~/.pgpass). */
    String password() {
        return passwordInUrl;
    }

    /** Replaces every password in {@code text} (a URL, an error message) by "***". */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = PASSWORD_ANYWHERE.matcher(text).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1:***@");
    }

    /** The address without its secret; the same as {@link #url()}, named for what it is used for. */
    @Override
    public String toString() {
        return url;
    }
}
