package vn.cchc.dashboard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dashboard.testing.TestClock;

/** Runs the command line on a data folder with the test clock, capturing what it prints. */
final class CliRunner {

    record Run(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    static Run run(Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> withFolder = new ArrayList<>(List.of(args));
        withFolder.addAll(List.of("--data-dir", folder.toString()));
        int code = Cli.run(withFolder.toArray(String[]::new), new CliEnvironment(TestClock.today(), Map.of(), "Linux",
                folder, new PrintWriter(out), new PrintWriter(err), (dir, lang, db, passwordFile) -> {
                    throw new AssertionError("no window in this test");
                }));
        return new Run(code, out.toString(), err.toString());
    }
}
