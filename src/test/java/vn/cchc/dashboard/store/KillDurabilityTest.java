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
 * window does and
 * acknowledges each commit; it is killed with SIGKILL at a random moment, and every acknowledged update
 * must be in the database when it is opened again. (H2's default write delay loses some of them.)
 */
class KillDurabilityTest {

    private static final int KILLS = 5;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedUpdateSurvivesKillNine() throws Exception {
        Random random = new Random(42);
        int acknowledged = 0;
        List<Long> lost = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            List<Long> acks = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(DurabilityChild.class, folder.toString())) {
                assertThat(child.readLine()).isEqualTo("READY");
                int killAfter = 20 + random.nextInt(200);
                String line;
                while (acks.size() < killAfter && (line = child.readLine()) != null) {
                    acks.add(Long.parseLong(line.substring("ACK ".length())));
                }
                child.kill();
            }
            assertThat(acks).as("the child acknowledged saves before it was killed").isNotEmpty();
            acknowledged += acks.size();
            try (Database reopened = Database.openEmbedded(folder)) {
                ProgressRepository progress = new ProgressRepository();
                for (long id : acks) {
                    if (!reopened.inTransaction(c -> progress.exists(c, id))) {
                        lost.add(id);
                    }
                }
                // No half-saved update: every update has the audit entry saved in the same transaction.
                long withoutAudit = reopened.inTransaction(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM progress_update u"
                        + " WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.update_id = u.id)"));
                assertThat(withoutAudit).as("updates without their audit entry").isZero();
            }
        }
        System.out.printf("kill -9 durability: %d kills, %d acknowledged updates, %d lost%n", KILLS, acknowledged, lost.size());
        assertThat(acknowledged).isGreaterThan(KILLS * 20);
        assertThat(lost).as("acknowledged updates lost over %d kills", KILLS).isEmpty();
    }
}
