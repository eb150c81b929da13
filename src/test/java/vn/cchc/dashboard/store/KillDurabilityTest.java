package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;

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
        Random random = new Random(42);
        int acknowledged = 0;
        int failedOpens = 0;
        long partial = 0;
        List<Long> lost = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            List<Long> acks = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(DurabilityChild.class, folder.toString())) {
                assertThat(child.readLine()).isEqualTo("READY");
                int killAfter = 10 + random.nextInt(120);
                String line;
                for (int saves = 0; saves < killAfter && (line = child.readLine()) != null; saves++) {
                    for (String id : line.substring("ACK ".length()).split(" ")) {
                        acks.add(Long.parseLong(id));
                    }
                }
                child.kill();
            }
            assertThat(acks).as("the child acknowledged saves before it was killed").isNotEmpty();
            acknowledged += acks.size();
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
                // A bulk update writes the same note for its three tasks in one transaction: all three or none.
                partial += count(reopened, "SELECT COUNT(*) FROM (SELECT note FROM progress_update"
                        + " WHERE note LIKE 'Cập nhật số %' GROUP BY note, entered_at HAVING COUNT(*) NOT IN (1, 3)) t");
            }
        }
        System.out.printf("kill -9 durability: %d kills, %d acknowledged updates, %d lost, %d partial, %d failed opens%n",
                KILLS, acknowledged, lost.size(), partial, failedOpens);
        assertThat(acknowledged).isGreaterThan(KILLS * 10);
        assertThat(failedOpens).as("failed opens after %d kills", KILLS).isZero();
        assertThat(partial).as("partial transactions after %d kills", KILLS).isZero();
        assertThat(lost).as("acknowledged updates lost over %d kills", KILLS).isEmpty();
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(c -> Jdbc.queryLong(c, sql));
    }
}
