package vn.cchc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The installers are built outside `mvn verify` (installer/build.sh); this keeps what they are built from complete:
 * the icon in every size each system asks for, valid .ico and .icns files, and the per-OS jpackage options.
 */
class InstallerFilesTest {

    private static final Path ICONS = Path.of("assets/icon");
    private static final Path INSTALLER = Path.of("installer");

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512, 1024})
    void theIconIsRenderedAtEverySize(int size) throws IOException {
        ByteBuffer png = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("png/cchc-dashboard-" + size + ".png")));
        assertThat(png.getLong(0)).as("PNG signature").isEqualTo(0x89504E470D0A1A0AL);
        assertThat(new String(png.array(), 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        assertThat(png.getInt(16)).as("width").isEqualTo(size);
        assertThat(png.getInt(20)).as("height").isEqualTo(size);
    }

    @Test
    void theWindowsIconHoldsTheSizesOfTheStartMenuTaskBarAndExplorer() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("cchc-dashboard.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
            int length = ico.getInt(6 + 16 * i + 8);
            int offset = ico.getInt(6 + 16 * i + 12);
            assertThat(offset + length).as("entry inside the file").isLessThanOrEqualTo(ico.capacity());
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 256);
    }

    @Test
    void theMacIconIsAWholeIcnsWithTheRetinaSizes() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("cchc-dashboard.icns")));
        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            types.add(new String(icns.array(), at, 4, StandardCharsets.US_ASCII));
        }
        assertThat(types).contains("ic07", "ic08", "ic09", "ic10", "ic13", "ic14");
    }

    @Test
    void theWindowsInstallerIsPerUserWithAStartMenuEntryAndAFixedUpgradeCode() throws IOException {
        String msi = Files.readString(INSTALLER.resolve("windows/msi.txt"));
        assertThat(msi).contains("--win-per-user-install", "--win-menu", "--win-shortcut", "--win-dir-chooser",
                "--name \"CCHC Dashboard\"");
        Matcher uuid = Pattern.compile("--win-upgrade-uuid (\\S+)").matcher(msi);
        assertThat(uuid.find()).as("a fixed upgrade UUID, so that a new version replaces the old").isTrue();
        assertThat(UUID.fromString(uuid.group(1))).isNotNull();
        assertThat(Files.readString(INSTALLER.resolve("windows/app-image.txt"))).contains("assets/icon/cchc-dashboard.ico");
    }

    @Test
    void everyOptionFileNamesOnlyFilesThatExist() throws IOException {
        Pattern path = Pattern.compile("(?:assets|installer)/[\\w./-]+");
        for (String options : List.of("jpackage-common.txt", "linux/app-image.txt", "linux/deb.txt",
                "windows/app-image.txt", "windows/msi.txt", "macos/app-image.txt")) {
            Matcher named = path.matcher(Files.readString(INSTALLER.resolve(options)));
            while (named.find()) {
                assertThat(Path.of(named.group())).as("named in " + options).exists();
            }
        }
    }

    @Test
    void theScriptsAreExecutableAndTheWorkflowBuildsEverySystemsPackage() throws IOException {
        assertThat(INSTALLER.resolve("build.sh")).isExecutable();
        assertThat(INSTALLER.resolve("smoke-test.sh")).isExecutable();
        String workflow = Files.readString(Path.of(".github/workflows/installers.yml"));
        assertThat(workflow).contains("installer/build.sh", "installer/smoke-test.sh", "type: deb", "type: msi", "type: dmg",
                "windows-", "macos-");
    }
}
