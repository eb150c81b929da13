package vn.cchc.dashboard.app.national;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.domain.national.IndexKind;
import vn.cchc.dashboard.domain.national.NationalResults;
import vn.cchc.dashboard.domain.national.ProvinceStandings;
import vn.cchc.dashboard.domain.national.ResultSheetReader;
import vn.cchc.dashboard.domain.national.ResultsRefused;
import vn.cchc.dashboard.domain.national.Standing;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.SheetRows;
import vn.cchc.dashboard.excel.NationalResultsFile;
import vn.cchc.dashboard.store.Store;

/**
 * The PAR Index and SIPAS results of every province: importing a year's published file, and where the province
 * (named in the report settings) stands in them. Blocking: call it off the FX thread.
 */
public final class NationalResultsService {

    /** The first year of the provincial PAR Index; nothing earlier was published in this form. */
    public static final int FIRST_YEAR = 2012;

    /**
     * What an import did.
     *
     * @param replaced the set of the same index and year it replaced, or null
     * @param standing the province in the new results, or null when it is not among them (or none is set)
     */
    public record Imported(NationalResults results, NationalResults replaced, String province, Standing standing) {
    }

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;

    public NationalResultsService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Imports {@code file} as the results of {@code kind} in {@code year}, replacing the ones imported before for
     * that index and year, all in one transaction.
     *
     * @throws AppException in one sentence when the year is impossible or the file cannot be read or is refused;
     *                      nothing is recorded then
     */
    public Imported importFile(Path file, IndexKind kind, int year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw AppException.invalidInput("national.error.year", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(thisYear));
        }
        String name = String.valueOf(file.getFileName());
        ResultSheetReader.Parsed parsed = parse(file, name);
        NationalResults results = new NationalResults(kind, year, parsed.components(), parsed.provinces(), name,
                clock.instant(), settings.userLabel());
        NationalResults replaced = store.database().inTransaction(c -> store.nationalResults().replace(c, results))
                .orElse(null);
        return new Imported(results, replaced, province(), standing(results).orElse(null));
    }

    private static ResultSheetReader.Parsed parse(Path file, String name) {
        SheetRows rows;
        try {
            rows = NationalResultsFile.read(file);
        } catch (ImportFileException e) {
            // The plans' sentences where they fit; their own where the plans' name a plan.
            boolean own = e.reason() == ImportFileException.Reason.WRONG_TYPE || e.reason() == ImportFileException.Reason.TOO_BIG;
            throw AppException.invalidInput((own ? "national.file." : "import.file.") + e.reason().name(), name,
                    file.toString());
        }
        if (rows.tooLong()) {
            throw AppException.invalidInput("national.refused.tooLong", name, rows.sheet(),
                    String.valueOf(NationalResultsFile.MAX_ROWS));
        }
        try {
            return ResultSheetReader.read(rows.rows());
        } catch (ResultsRefused refused) {
            List<Object> args = new ArrayList<>();
            args.add(name);
            args.addAll(List.of(refused.args()));
            throw AppException.invalidInput(refused.messageKey(), args.toArray());
        }
    }

    /** The years imported, per index, oldest first; an index without any is absent. */
    public Map<IndexKind, List<Integer>> years() {
        return store.database().inTransaction(c -> {
            Map<IndexKind, List<Integer>> years = new EnumMap<>(IndexKind.class);
            for (IndexKind kind : IndexKind.values()) {
                List<Integer> imported = store.nationalResults().years(c, kind);
                if (!imported.isEmpty()) {
                    years.put(kind, imported);
                }
            }
            return years;
        });
    }

    public Optional<NationalResults> results(IndexKind kind, int year) {
        return store.database().inTransaction(c -> store.nationalResults().find(c, kind, year));
    }

    /** The province's name as the report settings hold it ("Hưng Yên"); empty when none is set. */
    public String province() {
        return settings.reportSettings().provinceName();
    }

    /** The province of the settings in {@code results}, compared with the year before when that was imported. */
    public Optional<Standing> standing(NationalResults results) {
        return standing(results, province());
    }

    /** {@code province} in {@code results}, compared with the year before when that was imported. */
    public Optional<Standing> standing(NationalResults results, String province) {
        if (province.isBlank()) {
            return Optional.empty();
        }
        NationalResults previous = results(results.kind(), results.year() - 1).orElse(null);
        return Standing.of(results, previous, province);
    }

    /** Every index's results of {@code year} and the province in them, as far as they were imported. */
    public ProvinceStandings standings(int year) {
        List<ProvinceStandings.Entry> entries = new ArrayList<>();
        for (IndexKind kind : IndexKind.values()) {
            NationalResults results = results(kind, year).orElse(null);
            entries.add(new ProvinceStandings.Entry(kind, results, results == null ? null : standing(results).orElse(null)));
        }
        return new ProvinceStandings(year, province(), entries);
    }
}
