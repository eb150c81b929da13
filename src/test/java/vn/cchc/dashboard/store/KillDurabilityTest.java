package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.testing.ChildJvm;

/**
 * An acknowledged save survives the process being killed right after it: a child JVM records updates as the
 * window does and acknowledges each commit; it is killed with SIGKILL at a random moment, and then the
 * database must open, hold every acknowledged update, and hold no part of a transaction without the rest
 * (a bulk update of three tasks is all there or not at all; no update without its audit entry). H2's
 * default write delay loses some acknowledged saves; WRITE_DELAY=0 must lose none. CI runs 30 kills;
 * {@code -Dcchc.soak.kills=N} runs a longer soak.
 */
class KillDurabilityTest {

    private static final int KILLS = Integer.getInteger("cchc.soak.kills", 30);

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedUpdateSurvivesKillNine() throws Exception {
        Path planFile = planFile(folder.resolveSibling(folder.getFileName() + "-ke-hoach.csv"));
        Random random = new Random(42);
        int imports = 0;
        int tasksPerImport = -1;
        int acknowledged = 0;
        int failedOpens = 0;
        int lostImports = 0;
        long partial = 0;
        List<Long> lost = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            List<Long> acks = new ArrayList<>();
            List<Integer> importedYears = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(DurabilityChild.class, folder.toString(), planFile.toString())) {
                assertThat(child.readLine()).isEqualTo("READY");
                int killAfter = 10 + random.nextInt(120);
                String line;
                for (int saves = 0; saves < killAfter && (line = child.readLine()) != null; saves++) {
                    if (line.startsWith("PLAN ")) {
                        String[] plan = line.split(" ");
                        importedYears.add(Integer.parseInt(plan[1]));
                        tasksPerImport = Integer.parseInt(plan[2]);
                        continue;
                    }
                    for (String id : line.substring("ACK ".length()).split(" ")) {
                        acks.add(Long.parseLong(id));
                    }
                }
                child.kill();
            }
            assertThat(acks).as("the child acknowledged saves before it was killed").isNotEmpty();
            acknowledged += acks.size();
            imports += importedYears.size();
            Database reopened;
            try {
                reopened = Database.openEmbedded(folder);
            } catch (StoreException e) {
                failedOpens++;
                continue;
            }
            try (reopened) {
                ProgressRepository progress = new ProgressRepository();
                for (long id : acks) {
                    if (!reopened.inTransaction(c -> progress.exists(c, id))) {
                        lost.add(id);
                    }
                }
                partial += count(reopened, "SELECT COUNT(*) FROM progress_update u"
                        + " WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.update_id = u.id)");
                for (int year : importedYears) {
                    if (count(reopened, "SELECT COUNT(*) FROM plan WHERE plan_year = " + year) != 1) {
                        lostImports++;
                    }
                }
                // An import is one transaction: every imported plan has all the file's tasks.
                int expected = tasksPerImport;
                partial += count(reopened, "SELECT COUNT(*) FROM (SELECT p.id FROM plan p LEFT JOIN task t ON t.plan_id = p.id"
                        + " WHERE p.plan_year <= " + DurabilityChild.LAST_IMPORT_YEAR
                        + " GROUP BY p.id HAVING COUNT(t.id) <> " + expected + ") t");
                removeImportedPlans(reopened);
                // A bulk update writes the same note for its three tasks in one transaction: all three or none.
                partial += count(reopened, "SELECT COUNT(*) FROM (SELECT note FROM progress_update"
                        + " WHERE note LIKE 'Cập nhật số %' GROUP BY note, entered_at HAVING COUNT(*) NOT IN (1, 3)) t");
            }
        }
        System.out.printf("kill -9 durability: %d kills, %d acknowledged updates and %d acknowledged plan imports,"
                + " %d lost, %d partial, %d failed opens%n", KILLS, acknowledged, imports, lost.size() + lostImports,
                partial, failedOpens);
        assertThat(imports).as("plan imports acknowledged").isGreaterThan(KILLS / 3);
        assertThat(lostImports).as("acknowledged imports lost").isZero();
        assertThat(acknowledged).isGreaterThan(KILLS * 10);
        assertThat(failedOpens).as("failed opens after %d kills", KILLS).isZero();
        assertThat(partial).as("partial transactions after %d kills", KILLS).isZero();
        assertThat(lost).as("acknowledged updates lost over %d kills", KILLS).isEmpty();
    }

    /** A plan appendix of 24 tasks whose deadlines name no year, so that it imports into any year. */
    private static Path planFile(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("STT;Nội dung nhiệm vụ;Cơ quan chủ trì;Thời gian hoàn thành\n");
        csv.append("I;CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH;;\n");
        for (int n = 1; n <= 24; n++) {
            csv.append(n).append(";Nhiệm vụ nhập thử số ").append(n).append(";Sở Nội vụ;")
                    .append(n % 3 == 0 ? "Thường xuyên" : n % 3 == 1 ? "Quý II" : "Trước 30/11").append("\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Each round imports into the same few years again: the imported plans go once they are checked. */
    private static void removeImportedPlans(Database database) {
        String imported = "SELECT id FROM plan WHERE plan_year <= " + DurabilityChild.LAST_IMPORT_YEAR;
        String tasks = "SELECT id FROM task WHERE plan_id IN (" + imported + ")";
        database.inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM audit_entry WHERE plan_id IN (" + imported + ") OR task_id IN (" + tasks + ")");
            Jdbc.update(c, "DELETE FROM progress_update WHERE task_id IN (" + tasks + ")");
            Jdbc.update(c, "DELETE FROM task_cooperator WHERE task_id IN (" + tasks + ")");
            Jdbc.update(c, "DELETE FROM task WHERE plan_id IN (" + imported + ")");
            Jdbc.update(c, "DELETE FROM plan WHERE plan_year <= " + DurabilityChild.LAST_IMPORT_YEAR);
            return null;
        });
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(c -> Jdbc.queryLong(c, sql));
    }
}
