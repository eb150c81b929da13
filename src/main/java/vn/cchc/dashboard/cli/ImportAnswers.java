package vn.cchc.dashboard.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.imports.DeadlineAnswer;
import vn.cchc.dashboard.domain.imports.UnitChoice;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The answers an import takes on the command line – {@code --unit "Sở KH&ĐT=Sở Tài chính"},
 * {@code --deadline "Trong năm=31/12"}, each repeatable – or from a small UTF-8 answers file, one answer a line, for a
 * file that comes back every quarter:
 * <pre>
 * # Kế hoạch CCHC 2025 của Sở Y tế
 * unit: Sở LĐ-TB&amp;XH = Sở Nội vụ
 * deadline: Trong năm = 31/12
 * deadline: Theo KH của tỉnh = Không có thời hạn cố định
 * </pre>
 * A line or option that says no answer is a usage error naming it, before anything is read.
 */
final class ImportAnswers {

    private final List<UnitChoice> units = new ArrayList<>();
    private final List<DeadlineAnswer> deadlines = new ArrayList<>();

    private ImportAnswers() {
    }

    static ImportAnswers of(List<String> unitOptions, List<String> deadlineOptions, Path answersFile, Messages messages) {
        ImportAnswers answers = new ImportAnswers();
        unitOptions.forEach(option -> answers.units.add(UnitAnswer.parse(option, messages)));
        for (String option : deadlineOptions) {
            answers.deadlines.add(deadline(option, "--deadline \"" + option + "\"", messages));
        }
        if (answersFile != null) {
            answers.readFile(answersFile, messages);
        }
        return answers;
    }

    List<UnitChoice> units() {
        return List.copyOf(units);
    }

    List<DeadlineAnswer> deadlines() {
        return List.copyOf(deadlines);
    }

    private void readFile(Path file, Messages messages) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new UsageException(messages.format("import.answers.encoding", file.getFileName()));
        } catch (IOException e) {
            throw new UsageException(messages.format("import.answers.unreadable", file.toString()));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = Text.clean(lines.get(i).replace("\uFEFF", ""));
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String kind = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String where = messages.format("import.answers.line", file.getFileName(), String.valueOf(i + 1));
            switch (kind) {
                case "unit" -> units.add(UnitAnswer.parse(line.substring(colon + 1), messages));
                case "deadline" -> deadlines.add(deadline(line.substring(colon + 1), where, messages));
                default -> throw new UsageException(messages.format("import.answers.unknown", where, line));
            }
        }
    }

    private static DeadlineAnswer deadline(String answer, String where, Messages messages) {
        try {
            return DeadlineAnswer.parse(answer);
        } catch (IllegalArgumentException e) {
            throw new UsageException(messages.format("import.answers.deadline", where));
        }
    }
}
