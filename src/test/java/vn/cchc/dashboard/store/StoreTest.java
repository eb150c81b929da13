package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.ProgressUpdate;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.testing.TestDatabase;

/** Runs on H2 and, in the build's "postgresql" run, on a PostgreSQL server ({@link TestDatabase}). */
@Tag(TestDatabase.TAG)
class StoreTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;
    Database database;
    Store store;

    @BeforeEach
    void open() {
        database = db.open(folder);
        store = new Store(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void freshDatabaseCarriesBothProgrammesAndTheirAreasInOrder() {
        List<String> codes = database.inTransaction(c -> store.referenceData().areas(c, "NQ76")).stream()
                .map(a -> a.code()).toList();
        assertThat(codes).containsExactly("CDDH", "TC", "TTHC", "TCBM", "CV", "TCC", "CPS");
        List<vn.cchc.dashboard.domain.ReformArea> older = database.inTransaction(c -> store.referenceData().areas(c, "NQ30C"));
        assertThat(older).extracting(a -> a.code()).contains("CBCCVC", "HDH");
        assertThat(database.inTransaction(store.referenceData()::programmes)).hasSize(2);
    }

    @Test
    void aPlanWithTasksAndHistoryReadsBackAsWritten() {
        long[] ids = database.inTransaction(c -> {
            long merged = store.units().insert(c, new Unit(0, "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", UnitKind.DEPARTMENT,
                    null, LocalDate.of(2025, 2, 28), null));
            long successor = store.units().insert(c, new Unit(0, "Sở Tài chính", null, UnitKind.DEPARTMENT, null, null, null));
            store.units().setSuccessor(c, merged, successor);
            long planId = store.plans().insert(c, new Plan(0, 2025, "Kế hoạch CCHC năm 2025", "138/KH-UBND",
                    LocalDate.of(2024, 12, 19), PlanScope.PROVINCE, "NQ76", false, false));
            long taskId = store.tasks().insert(c, new Task(0, planId, "VI.2", "TCC", "Rà soát cơ chế tự chủ tài chính",
                    merged, List.of(successor), "Sở Tài chính; các sở, ban, ngành", "Báo cáo", "Quý II/2025",
                    LocalDate.of(2025, 6, 30), false, 1));
            long first = store.progress().insert(c, update(taskId, "2025-03-10", TaskStatus.IN_PROGRESS, 40, null));
            store.progress().insert(c, update(taskId, "2025-06-20", TaskStatus.COMPLETED, 100, first));
            return new long[] {planId, taskId, merged, successor};
        });

        PlanSnapshot snapshot = store.snapshot(ids[0]).orElseThrow();
        assertThat(snapshot.plan().documentNumber()).isEqualTo("138/KH-UBND");
        Task task = snapshot.tasks().get(0);
        assertThat(task.code()).isEqualTo("VI.2");
        assertThat(task.cooperatingUnitIds()).containsExactly(ids[3]);
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(snapshot.units()).extracting(Unit::name).containsExactlyInAnyOrder("Sở Kế hoạch và Đầu tư", "Sở Tài chính");
        Unit merged = snapshot.units().stream().filter(u -> u.id() == ids[2]).findFirst().orElseThrow();
        assertThat(merged.successorId()).isEqualTo(ids[3]);
        assertThat(merged.existsOn(LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(snapshot.updates()).hasSize(2);
        assertThat(snapshot.updates().get(1).supersedesId()).isEqualTo(snapshot.updates().get(0).id());
        assertThat(snapshot.updates().get(0).enteredAt()).isEqualTo(Instant.parse("2025-03-10T02:00:00Z"));
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String nfd = Normalizer.normalize("UBND xã Ứng Hòa", Normalizer.Form.NFD);
        database.inTransaction(c -> store.units().insert(c, new Unit(0, nfd, null, UnitKind.COMMUNE, null, null, null)));
        String stored = database.inTransaction(store.units()::findAll).get(0).name();
        assertThat(stored).isEqualTo("UBND xã Ứng Hòa");
        assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aFailingTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            store.plans().insert(c, new Plan(0, 2026, "Kế hoạch dở dang", null, null, PlanScope.PROVINCE, "NQ76", false, false));
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(database.inTransaction(store.plans()::count)).isZero();
    }

    @Test
    void theSchemaRefusesWhatTheDomainWouldNeverWrite() {
        assertThatThrownBy(() -> database.inTransaction(c -> Jdbc.update(c,
                "INSERT INTO org_unit (name, kind) VALUES ('Sở lạ', 'ALIEN')")))
                .isInstanceOf(StoreException.class);
        assertThat(database.inTransaction(store.units()::findAll)).isEmpty();
    }

    @Test
    void reopeningKeepsEverythingAndMigratesNothingTwice() throws Exception {
        database.inTransaction(c -> store.units().insert(c, new Unit(0, "Sở Tư pháp", null, UnitKind.DEPARTMENT, null, null, null)));
        database.close();
        database = db.open(folder);
        store = new Store(database);
        assertThat(database.inTransaction(store.units()::findAll)).extracting(Unit::name).containsExactly("Sở Tư pháp");
        long migrations = database.inTransaction(c -> Jdbc.queryLong(c,
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'"));
        assertThat(migrations).isEqualTo(migrationScripts());
    }

    /** The V…sql scripts this build carries. */
    static long migrationScripts() throws java.io.IOException {
        try (java.util.stream.Stream<Path> scripts = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return scripts.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    static ProgressUpdate update(long taskId, String day, TaskStatus status, int percent, Long supersedes) {
        return new ProgressUpdate(0, taskId, LocalDate.parse(day), status, percent, "ghi chú", null, "Nguyễn Thị Hạnh",
                Instant.parse(day + "T02:00:00Z"), supersedes);
    }
}
