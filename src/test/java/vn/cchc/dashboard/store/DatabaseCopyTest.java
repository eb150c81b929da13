package vn.cchc.dashboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanScope;
import vn.cchc.dashboard.domain.PlanSnapshot;
import vn.cchc.dashboard.domain.Task;
import vn.cchc.dashboard.domain.TaskStatus;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceScore;
import vn.cchc.dashboard.testing.TestDatabase;

/** Copying a local database into another one (a PostgreSQL server in the PostgreSQL run, another H2 file otherwise). */
@Tag(TestDatabase.TAG)
class DatabaseCopyTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();
    @TempDir
    Path folder;

    /** A local database with self-references (a merged unit, a correction), decimals, dates and instants. */
    static long fill(Database local) {
        Store store = new Store(local);
        return local.inTransaction(c -> {
            long merged = store.units().insert(c, new Unit(0, "Sở Giao thông vận tải", "Sở GTVT", UnitKind.DEPARTMENT,
                    null, LocalDate.of(2025, 2, 28), null));
            long successor = store.units().insert(c, new Unit(0, "Sở Xây dựng", null, UnitKind.DEPARTMENT, null, null, null));
            store.units().setSuccessor(c, merged, successor);
            long planId = store.plans().insert(c, new Plan(0, 2026, "Kế hoạch CCHC năm 2026", "138/KH-UBND",
                    LocalDate.of(2025, 12, 19), PlanScope.PROVINCE, "NQ76", false, false));
            long taskId = store.tasks().insert(c, new Task(0, planId, "I.1", "CDDH", "Ban hành kế hoạch kiểm tra CCHC",
                    successor, List.of(merged), "Sở GTVT", "Kế hoạch", "Quý I", LocalDate.of(2026, 3, 31), false, 1));
            long first = store.progress().insert(c, StoreTest.update(taskId, "2026-02-10", TaskStatus.IN_PROGRESS, 40, null));
            store.progress().insert(c, StoreTest.update(taskId, "2026-03-20", TaskStatus.COMPLETED, 100, first));
            Jdbc.update(c, "INSERT INTO indicator_value (indicator_code, unit_id, period, numerator, denominator, figure,"
                            + " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "HS_TRUC_TUYEN", successor, "2026-Q1",
                    new BigDecimal("412"), new BigDecimal("1000.00"), new BigDecimal("41.20"), "Nguyễn Thị Hạnh",
                    Instant.parse("2026-04-02T03:00:00Z"));
            Jdbc.update(c, "INSERT INTO indicator_target (indicator_code, target_year, target_value, document, sample)"
                    + " VALUES ('HS_TRUC_TUYEN', 2026, 85, 'Kế hoạch số 138/KH-UBND', FALSE)");
            store.nationalResults().replace(c, new NationalResults(IndexKind.PAR_INDEX, 2024, List.of("Cải cách thể chế"),
                    List.of(new ProvinceScore("Hải Phòng", new BigDecimal("92.98"), List.of(new BigDecimal("95.50"))),
                            new ProvinceScore("Hưng Yên", new BigDecimal("89.46"), java.util.Arrays.asList((BigDecimal) null))),
                    "par-index-2024.xlsx", Instant.parse("2025-05-12T02:00:00Z"), "Nguyễn Thị Hạnh"));
            return planId;
        });
    }

    @Test
    void everyTableArrivesWithTheSameRowsIdsAndChecksumsAndNewRowsGetNewIds() {
        try (Database local = Database.openEmbedded(folder.resolve("local")); Database target = db.open(folder.resolve("target"))) {
            long planId = fill(local);
            PlanSnapshot before = new Store(local).snapshot(planId).orElseThrow();

            List<DatabaseCopy.TableCheck> checks = DatabaseCopy.copy(local, target, false);

            assertThat(checks).hasSize(25).allMatch(DatabaseCopy.TableCheck::matches);
            assertThat(checks).filteredOn(c -> c.table().equals("national_result_score")).singleElement()
                    .satisfies(c -> assertThat(c.targetRows()).isEqualTo(1));
            assertThat(checks).filteredOn(c -> c.table().equals("progress_update")).singleElement()
                    .satisfies(c -> assertThat(c.targetRows()).isEqualTo(2));
            Store copied = new Store(target);
            assertThat(copied.snapshot(planId)).contains(before);
            var book = new Store(local).indicatorBook();
            var copiedBook = copied.indicatorBook();
            assertThat(copiedBook.indicators()).isEqualTo(book.indicators());
            assertThat(copiedBook.targets()).isEqualTo(book.targets());
            assertThat(copiedBook.values()).isEqualTo(book.values()).hasSize(1);
            java.util.Optional<NationalResults> national = target.inTransaction(
                    c -> copied.nationalResults().find(c, IndexKind.PAR_INDEX, 2024));
            assertThat(national).isEqualTo(local.inTransaction(
                    c -> new Store(local).nationalResults().find(c, IndexKind.PAR_INDEX, 2024)));
            long maxUnit = before.units().stream().mapToLong(Unit::id).max().orElseThrow();
            long next = target.inTransaction(c -> copied.units().insert(c, new Unit(0, "UBND xã Mới", null, UnitKind.COMMUNE,
                    null, null, null)));
            assertThat(next).isGreaterThan(maxUnit);
        }
    }

    @Test
    void aTargetThatAlreadyHoldsDataIsRefusedAndLeftAsItWasUnlessReplacing() {
        try (Database local = Database.openEmbedded(folder.resolve("local")); Database target = db.open(folder.resolve("target"))) {
            fill(local);
            target.inTransaction(c -> new Store(target).units().insert(c, new Unit(0, "Sở Nội vụ", null,
                    UnitKind.DEPARTMENT, null, null, null)));

            assertThatThrownBy(() -> DatabaseCopy.copy(local, target, false)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NOT_OURS));
            assertThat(target.inTransaction(new Store(target).units()::findAll)).extracting(Unit::name).containsExactly("Sở Nội vụ");

            assertThat(DatabaseCopy.copy(local, target, true)).allMatch(DatabaseCopy.TableCheck::matches);
            assertThat(target.inTransaction(new Store(target).units()::findAll)).extracting(Unit::name)
                    .containsExactly("Sở Giao thông vận tải", "Sở Xây dựng");
        }
    }
}
