package vn.cchc.dashboard.domain.national;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The two indices the Bộ Nội vụ publishes for every province each year. Only their names are fixed here: their
 * components change between editions and are read from each year's file.
 */
public enum IndexKind {
    /** Chỉ số cải cách hành chính: the provincial edition's eight areas (QĐ 876/QĐ-BNV, 2022). */
    PAR_INDEX("par"),
    /** Chỉ số hài lòng về sự phục vụ hành chính. */
    SIPAS("sipas");

    private final String cliName;

    IndexKind(String cliName) {
        this.cliName = cliName;
    }

    /** What the command line calls it: "par", "sipas". */
    public String cliName() {
        return cliName;
    }

    /** The kind named "par", "sipas", "PAR_INDEX" or "par-index", case and blanks forgiven. */
    public static Optional<IndexKind> parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(k -> k.cliName.equals(wanted) || k.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted))
                .findFirst();
    }
}
