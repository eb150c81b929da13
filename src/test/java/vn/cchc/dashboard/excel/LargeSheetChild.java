package vn.cchc.dashboard.excel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.imports.PlanRowReader;

/** Run in a JVM with a small heap: streams every row of a large sheet, then reads it as a plan. */
public final class LargeSheetChild {

    private LargeSheetChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long[] rows = {0};
        try (TableFile table = TableFiles.open(file)) {
            table.read(table.sheets().get(0).name(), row -> {
                rows[0]++;
                return true;
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        List<ReformArea> areas = List.of(new ReformArea("NQ76", "TTHC", "Cải cách thủ tục hành chính", "Procedures", 3));
        try (PlanFileReader reader = PlanFileReader.open(file)) {
            PlanFileReader.Inspection inspection = reader.inspect(null);
            LocalDate day = LocalDate.of(2023, 12, 1);
            PlanRowReader plan = reader.read(inspection.layout(), new PlanRowReader(inspection.layout(), areas, 2023, day, day));
            System.out.println("rows=" + rows[0] + " tasks=" + plan.rows().size() + " full=" + plan.isFull());
        }
    }
}
