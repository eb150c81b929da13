package vn.cchc.dashboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.imports.ImportField;
import vn.cchc.dashboard.domain.imports.ReturnRow;
import vn.cchc.dashboard.excel.ImportFileException;

/**
 * The import's messages are named in the domain (problems carry keys, not sentences) and built from enum names, so
 * {@link BundlesTest}'s search for get/format calls does not see them: every one is checked here.
 */
class ImportBundlesTest {

    static final Pattern KEY = Pattern.compile("\"((?:import|progressReturn|form|export)\\.[A-Za-z]+(?:\\.[A-Za-z]+)*)\"");

    @Test
    void everyImportMessageExistsInEveryLanguage() throws IOException {
        List<String> used = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (ImportFileException.Reason reason : ImportFileException.Reason.values()) {
            used.add("import.file." + reason.name());
        }
        for (ImportField field : ImportField.values()) {
            used.add("import.field." + field.name());
        }
        for (TaskStatus status : TaskStatus.values()) {
            used.add("import.status." + status.name());
        }
        for (ReturnRow.Kind kind : ReturnRow.Kind.values()) {
            used.add("progressReturn.kind." + kind.name());
        }
        assertThat(used).hasSizeGreaterThan(80);
        for (Language language : Language.values()) {
            Set<String> defined = BundlesTest.bundle(Messages.BUNDLE, language).keySet();
            assertThat(defined).as(language.name()).containsAll(used);
        }
    }
}
