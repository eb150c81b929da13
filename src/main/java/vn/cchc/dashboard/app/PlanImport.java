package vn.cchc.dashboard.app;

import java.util.List;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.imports.ImportPreview;
import vn.cchc.dashboard.domain.imports.TableLayout;
import vn.cchc.dashboard.excel.TableFile;

/**
 * A dry run of a plan import: which plan it goes into (an existing one, or one it creates), how the file was read,
 * and the preview of what it would write.
 *
 * @param plan    the plan of the year that receives the tasks; null when the import would create it
 * @param sheets  the file's sheets, to choose another in the wizard
 * @param areas   the reform areas of the plan's programme, in order
 * @param units   the units that exist in the plan's year: what a name in the file can be matched to
 */
public record PlanImport(int year, Plan plan, String planTitle, TableLayout layout, List<TableFile.Sheet> sheets,
                         List<ReformArea> areas, List<Unit> units, ImportPreview preview) {

    public PlanImport {
        sheets = List.copyOf(sheets);
        areas = List.copyOf(areas);
        units = List.copyOf(units);
    }

    public boolean createsPlan() {
        return plan == null;
    }
}
