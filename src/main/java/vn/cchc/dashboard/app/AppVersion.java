package vn.cchc.dashboard.app;

/** The application's version, from the jar's manifest; "(development)" when run from the build folder. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : "(development)";
    }
}
