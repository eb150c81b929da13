package vn.cchc.dashboard.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("development" when run from the build folder). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"CCHC Dashboard " + (version != null ? version : "(development)")};
    }
}
