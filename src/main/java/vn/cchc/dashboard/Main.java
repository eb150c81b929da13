package vn.cchc.dashboard;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import vn.cchc.dashboard.app.Logs;
import vn.cchc.dashboard.cli.Cli;
import vn.cchc.dashboard.cli.CliEnvironment;
import vn.cchc.dashboard.ui.DashboardApp;

/**
 * The launcher: with no subcommand the window opens, with one the command line answers. It does not
 * extend {@code Application}, so a plain {@code java -jar} starts JavaFX from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logs.silenceConsole();
        String os = System.getProperty("os.name");
        Charset charset = consoleCharset(os);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        CliEnvironment environment = new CliEnvironment(Clock.systemDefaultZone(), System.getenv(), os,
                Path.of(System.getProperty("user.home")), out, err, DashboardApp::launch);
        System.exit(Cli.run(args, environment));
    }

    /**
     * UTF-8, so that Vietnamese survives pipes and files whatever the locale; a Windows console gets its
     * own code page instead, since it would show UTF-8 bytes as garbage.
     */
    private static Charset consoleCharset(String os) {
        Console console = System.console();
        if (console != null && os.toLowerCase(Locale.ROOT).contains("win")) {
            return console.charset();
        }
        return StandardCharsets.UTF_8;
    }
}
