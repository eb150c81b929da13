package vn.cchc.dashboard.domain.national;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The province in each index's results of one year, as far as they are known: what a report states, or marks for
 * the specialist to complete.
 *
 * @param province the province's name as the settings hold it; empty when none is set
 */
public record ProvinceStandings(int year, String province, List<Entry> entries) {

    /**
     * One index.
     *
     * @param results  the year's results, or null when they were not imported
     * @param standing the province in them, or null when not imported or the province is not among them
     */
    public record Entry(IndexKind kind, NationalResults results, Standing standing) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public ProvinceStandings {
        Objects.requireNonNull(province, "province");
        entries = List.copyOf(entries);
    }

    /** Nothing known for {@code year}: what a report gets when it has no national results at hand. */
    public static ProvinceStandings none(int year) {
        return new ProvinceStandings(year, "", List.of());
    }

    public Optional<Entry> entry(IndexKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).findFirst();
    }
}
