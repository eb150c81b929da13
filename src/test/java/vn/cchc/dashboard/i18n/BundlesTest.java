package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.DeadlineCategory;
import vn.cchc.dashboard.store.StoreException;
import vn.cchc.dashboard.ui.ScreenId;

/** Every text in every language: no key missing, none that MessageFormat cannot read, none used but undefined. */
class BundlesTest {

    static final Pattern KEY_IN_CODE = Pattern.compile("(?:get|format|failure|invalidInput)\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z-]+)+)\"");

    static ResourceBundle bundle(String base, Language language) {
        return ResourceBundle.getBundle(base, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @ParameterizedTest
    @ValueSource(strings = {Messages.BUNDLE, "vn.cchc.dashboard.i18n.cli"})
    void everyLanguageHasEveryKey(String base) {
        Set<String> vi = new TreeSet<>(bundle(base, Language.VI).keySet());
        Set<String> en = new TreeSet<>(bundle(base, Language.EN).keySet());
        assertThat(en).isEqualTo(vi);
        assertThat(bundle(base, Language.VI).getLocale()).isEqualTo(Locale.forLanguageTag("vi"));
    }

    /** A key written twice is silent in a .properties file: the later text wins, and another screen shows it. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vn/cchc/dashboard/i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new TreeSet<>();
                List<String> twice = new ArrayList<>();
                for (String line : Files.readAllLines(file)) {
                    int equals = line.indexOf('=');
                    if (equals > 0 && !line.startsWith("#") && !line.startsWith(" ") && !seen.add(line.substring(0, equals))) {
                        twice.add(line.substring(0, equals));
                    }
                }
                assertThat(twice).as(file.getFileName().toString()).isEmpty();
            }
        }
    }

    @Test
    void apostrophesPrintOnce() {
        assertThat(Messages.of(Language.EN).get("overview.empty")).contains("plan's").doesNotContain("''");
    }

    @Test
    void everyMessageIsAValidPatternAndNoneIsBlank() {
        for (Language language : Language.values()) {
            ResourceBundle messages = bundle(Messages.BUNDLE, language);
            for (String key : messages.keySet()) {
                String text = messages.getString(key);
                assertThat(text).as(key).isNotBlank();
                new MessageFormat(text, language.locale()); // throws on a broken pattern
                assertThat(text.replace("''", "")).as(key + ": a lone apostrophe would vanish; write ''").doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (DeadlineCategory c : DeadlineCategory.values()) {
            used.add("category." + c.name());
        }
        for (StoreException.Reason r : StoreException.Reason.values()) {
            used.add("error.store." + r.name());
            used.add("error.server." + r.name());
        }
        for (String session : List.of("UNREACHABLE", "ACCESS_DENIED", "CONFLICT", "NOT_WRITABLE")) {
            used.add("error.session." + session);
        }
        for (ScreenId s : ScreenId.values()) {
            used.add(s.titleKey());
        }
        for (Language l : Language.values()) {
            used.add("language." + l.code());
        }
        for (vn.cchc.dashboard.ui.Shortcut s : vn.cchc.dashboard.ui.Shortcut.values()) {
            used.add(s.descriptionKey());
        }
        for (vn.cchc.dashboard.ui.firststart.FirstStartViewModel.Step s
                : vn.cchc.dashboard.ui.firststart.FirstStartViewModel.Step.values()) {
            used.add("firstStart.step." + s.name().toLowerCase(Locale.ROOT));
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (Language language : Language.values()) {
            Set<String> defined = bundle(Messages.BUNDLE, language).keySet();
            assertThat(defined).as(language.name()).containsAll(used);
        }
    }
}
