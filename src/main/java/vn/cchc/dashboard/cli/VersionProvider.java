package vn.cchc.dashboard.cli;

import picocli.CommandLine;
import vn.cchc.dashboard.app.AppVersion;

/** The version from the jar's manifest ("development" when run from the build folder). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"CCHC Dashboard " + AppVersion.current()};
    }
}
