package vn.cchc.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.store.ServerAddress;
import vn.cchc.dashboard.testing.TestDatabase;

/** {@code users add|list|disable|reset-password}: accounts made on the shared server, each a login that works. */
@Tag(TestDatabase.TAG)
class UsersCommandTest {

    private static final Pattern PASSWORD = Pattern.compile("(?:Mật khẩu ban đầu|Mật khẩu mới): (\\S+)");

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    /** The test's server schema as its owner would type it, password included. */
    private String ownerUrl() {
        ServerAddress server = db.server().orElseThrow();
        return server.url() + "&password=" + server.passwordInUrl();
    }

    private static String password(CliRunner.Run run) {
        Matcher m = PASSWORD.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        return m.group(1);
    }

    /** The same schema logged in as {@code login}: what that person types, with the password in a file. */
    private String[] as(String login, String password) throws Exception {
        Path file = Files.writeString(folder.resolve(login + ".pass"), password + "\n");
        return new String[] {"--db", db.as(login, null).url(), "--db-password-file", file.toString()};
    }

    @Test
    void onThisComputerThereAreNoAccountsAndItSaysSo() {
        CliRunner.Run run = CliRunner.run(folder, "users", "list");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("Tài khoản người dùng chỉ có khi dữ liệu nằm trên máy chủ dùng chung")
                .doesNotContain("Exception");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    @EnabledIfSystemProperty(named = "cchc.test.db", matches = "pg")
    void theOwnerAddsTheAdministratorWhoManagesTheOthers() throws Exception {
        assertThat(CliRunner.run(folder, "--db", ownerUrl(), "demo").exitCode()).isZero();
        String admin = db.login("quantri");
        CliRunner.Run added = CliRunner.run(folder, "--db", ownerUrl(), "users", "add", admin,
                "--name", "Phạm Quốc Dũng", "--role", "quan-tri");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Đã tạo tài khoản " + admin + " (Phạm Quốc Dũng, Quản trị).")
                .contains("ứng dụng không lưu mật khẩu này");
        String[] asAdmin = as(admin, password(added));

        String unit = db.login("tuphap");
        CliRunner.Run unitAdded = CliRunner.run(folder.resolve("qt"), concat(asAdmin, "users", "add", unit,
                "--name", "Lê Minh Châu", "--role", "don-vi", "--unit", "Sở Tư pháp"));
        assertThat(unitAdded.exitCode()).as(unitAdded.err()).isZero();
        assertThat(unitAdded.out()).contains("(Lê Minh Châu, Đơn vị – Sở Tư pháp)");
        String[] asUnit = as(unit, password(unitAdded));
        assertThat(CliRunner.run(folder.resolve("tp"), concat(asUnit, "summary")).exitCode()).isZero();

        CliRunner.Run list = CliRunner.run(folder.resolve("qt"), concat(asAdmin, "users", "list"));
        assertThat(list.out()).contains(admin + "\tPhạm Quốc Dũng\tQuản trị\tđang hoạt động",
                unit + "\tLê Minh Châu\tĐơn vị – Sở Tư pháp\tđang hoạt động");

        CliRunner.Run reset = CliRunner.run(folder.resolve("qt"), concat(asAdmin, "users", "reset-password", unit));
        assertThat(reset.exitCode()).isZero();
        CliRunner.Run oldPassword = CliRunner.run(folder.resolve("tp"), concat(asUnit, "summary"));
        assertThat(oldPassword.exitCode()).isNotZero();
        assertThat(oldPassword.err()).contains("từ chối tên đăng nhập hoặc mật khẩu").doesNotContain("Exception");
        assertThat(CliRunner.run(folder.resolve("tp2"), concat(as(unit, password(reset)), "summary")).exitCode()).isZero();

        CliRunner.Run disabled = CliRunner.run(folder.resolve("qt"), concat(asAdmin, "users", "disable", unit));
        assertThat(disabled.out()).startsWith("Đã khóa tài khoản " + unit);
        assertThat(CliRunner.run(folder.resolve("tp3"), concat(as(unit, password(reset)), "summary")).exitCode()).isNotZero();

        CliRunner.Run write = CliRunner.run(folder.resolve("qt"), concat(asAdmin, "demo", "--reset"));
        assertThat(write.exitCode()).as("an administrator changes no plan data").isEqualTo(ExitCode.NOT_PERMITTED);
        assertThat(write.err().strip()).startsWith("Máy chủ từ chối thay đổi này").doesNotContain("ERROR:");

        CliRunner.Run self = CliRunner.run(folder.resolve("qt"), concat(asAdmin, "users", "disable", admin));
        assertThat(self.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(self.err()).startsWith("Không thể tự khóa tài khoản đang dùng");
    }

    @Test
    @EnabledIfSystemProperty(named = "cchc.test.db", matches = "pg")
    void aWrongRoleOrAMissingUnitIsOneSentence() {
        assertThat(CliRunner.run(folder, "--db", ownerUrl(), "demo").exitCode()).isZero();
        CliRunner.Run role = CliRunner.run(folder, "--db", ownerUrl(), "users", "add", db.login("a"), "--name", "A",
                "--role", "giam-doc");
        assertThat(role.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(role.err().strip()).isEqualTo("Không có vai trò \"giam-doc\". Các vai trò: lanh-dao, van-phong, don-vi,"
                + " quan-tri.");
        CliRunner.Run unit = CliRunner.run(folder, "--db", ownerUrl(), "users", "add", db.login("b"), "--name", "B",
                "--role", "don-vi");
        assertThat(unit.err()).startsWith("Tài khoản vai trò Đơn vị cần có đơn vị của mình");
        CliRunner.Run login = CliRunner.run(folder, "--db", ownerUrl(), "users", "add", "Hạnh", "--name", "B",
                "--role", "lanh-dao");
        assertThat(login.err()).startsWith("Tên đăng nhập \"Hạnh\" không dùng được");
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
