package vn.cchc.dashboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.dashboard.files.DiskFull;
import vn.cchc.dashboard.store.Database;

/**
 * Where the application keeps its database, settings and logs: the per-OS default
 * ({@code ~/.local/share/cchc-dashboard}, {@code %APPDATA%\CCHC Dashboard},
 * {@code ~/Library/Application Support/CCHC Dashboard}) unless {@code --data-dir} or {@code CCHC_DATA_DIR} says otherwise.
 */
public final class DataFolder {

    public static final String ENV_OVERRIDE = "CCHC_DATA_DIR";

    private DataFolder() {
    }

    /** The folder to use; {@code option} (from --data-dir) wins over the environment, which wins over the default. */
    public static Path resolve(Path option, Map<String, String> env, String osName, Path home) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_OVERRIDE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return defaultFor(osName, env, home);
    }

    static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("CCHC Dashboard");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("CCHC Dashboard");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("cchc-dashboard");
    }

    /** The embedded database's file in {@code folder} (H2 adds ".mv.db" to the name it is given). */
    public static Path embeddedDatabase(Path folder) {
        return folder.resolve(Database.EMBEDDED_NAME + ".mv.db");
    }

    /** File system types (as {@code FileStore.type()} names them) that live on another machine. */
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3",
            "9p", "afpfs", "ncpfs", "webdav", "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.smbnetfs");

    /**
     * The kind of network share {@code folder} is on ("cifs", "nfs", "UNC"), or empty on a local disk. An
     * embedded database on a share corrupts when two machines open it, or when the network drops mid-write:
     * such a folder deserves the shared server mode instead. A drive letter mapped to a share on Windows
     * reports its remote file system's name and is not recognised.
     */
    public static Optional<String> networkFileSystem(Path folder) {
        String type;
        try {
            type = Files.getFileStore(folder).type();
        } catch (IOException | RuntimeException e) {
            type = "";
        }
        return networkKind(folder.toAbsolutePath().toString(), type);
    }

    static Optional<String> networkKind(String absolutePath, String fileStoreType) {
        if (absolutePath.startsWith("\\\\") || absolutePath.startsWith("//")) {
            return Optional.of("UNC");
        }
        String type = fileStoreType == null ? "" : fileStoreType.toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** Creates the folder if needed and checks that it can be written; one clear message otherwise. */
    public static Path prepare(Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw AppException.failure("error.dataFolder.notFolder", null, folder);
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            String key = DiskFull.causes(e) ? "error.store.DISK_FULL" : "error.dataFolder.cannotCreate";
            throw AppException.failure(key, e, folder);
        }
        if (!Files.isReadable(folder) || !Files.isWritable(folder)) {
            throw AppException.failure("error.dataFolder.notWritable", null, folder);
        }
        return folder;
    }
}
