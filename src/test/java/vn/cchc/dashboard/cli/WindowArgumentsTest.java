package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Which command lines open the window, so that the subcommands need not be described ({@link Cli#opensTheWindow}):
 * only the root's own options with their values, in either spelling. Anything else – a command, a typing error, help –
 * gets every subcommand, so that picocli runs it, lists it in the help, or refuses a word that is none.
 */
class WindowArgumentsTest {

    @ParameterizedTest(name = "[{0}] opens the window: {1}")
    @CsvSource(delimiter = '|', value = {
            "                                    | true",
            "--data-dir D:/cchc                  | true",
            "--data-dir=D:/cchc --lang en        | true",
            "--lang=en --key-file k.key          | true",
            "--db jdbc:postgresql://h/c --db-password-file p.txt | true",
            "--data-dir summary                  | true",
            "summary                             | false",
            "--data-dir D:/cchc summary          | false",
            "sumary                              | false",
            "--help                              | false",
            "-h                                  | false",
            "-V                                  | false",
            "--data-dir                          | true",
            "--unknown                           | false"})
    void onlyTheRootsOwnOptions(String line, boolean window) {
        String[] args = line == null ? new String[0] : line.trim().split("\\s+");
        CommandLine root = new CommandLine(new RootCommand(null, null));
        assertThat(Cli.opensTheWindow(root.getCommandSpec(), args)).isEqualTo(window);
    }
}
