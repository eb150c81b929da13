package vn.cchc.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    static final Path HOME = Path.of("/home/lan");

    @Test
    void eachOperatingSystemHasItsUsualPlace() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/lan/.local/share/cchc-dashboard"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg/cchc-dashboard"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/lan/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/lan/AppData/Roaming/CCHC Dashboard"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/lan/Library/Application Support/CCHC Dashboard"));
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of(DataFolder.ENV_OVERRIDE, "/srv/cchc");
        assertThat(DataFolder.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/srv/cchc"));
        assertThat(DataFolder.resolve(Path.of("/mnt/usb/cchc"), env, "Linux", HOME)).isEqualTo(Path.of("/mnt/usb/cchc"));
    }

    @org.junit.jupiter.api.Test
    void aFolderOnANetworkShareIsRecognisedAndALocalDiskIsNot() {
        assertThat(DataFolder.networkKind("/mnt/so-noi-vu/cchc", "cifs")).contains("cifs");
        assertThat(DataFolder.networkKind("/home/hanh/.local/share/cchc-dashboard", "NFS4")).contains("nfs4");
        assertThat(DataFolder.networkKind("\\\\may-chu\\chung\\cchc", "NTFS")).contains("UNC");
        assertThat(DataFolder.networkKind("/home/hanh/.local/share/cchc-dashboard", "ext4")).isEmpty();
        assertThat(DataFolder.networkKind("C:\\Users\\hanh\\AppData\\Roaming\\CCHC Dashboard", "NTFS")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theTemporaryFolderOfTheTestsIsLocal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        assertThat(DataFolder.networkFileSystem(folder)).isEmpty();
    }
}
