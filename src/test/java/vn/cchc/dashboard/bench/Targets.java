package vn.cchc.dashboard.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.cchc.dashboard.bench.Results.Outcome;
import vn.cchc.dashboard.bench.Results.Verdict;

/**
 * The targets, judged on the medians of this run; ratios compare figures measured side by side in the
 * same run. A target whose figure was not measured says so, and why.
 */
final class Targets {

    static final double STARTUP_RATIO = 1.3;
    static final double NATIONAL_QUERY_MS = 100;
    static final double STRESS_QUERY_MS = 1_000;
    static final double RECOMPUTE_MS = 50;
    static final double IMPORT_RATIO = 1.5;
    static final double REPORT_MS = 2_000;
    static final double SAVE_P99_MS = 20;
    static final double MEMORY_RATIO = 1.5;

    private Targets() {
    }

    static void judge(Results r, String province, String national, String stress, List<Integer> importRows) {
        ratio(r, "start-up ≤ 1,3× the minimal JavaFX window, each with its class-data sharing archive (as installed)",
                province, "startup-app-cds", "startup-minimal-cds", STARTUP_RATIO);
        ratio(r, "start-up ≤ 1,3× the minimal JavaFX window, both without an archive", province, "startup-app",
                "startup-minimal", STARTUP_RATIO);
        for (String query : List.of("summary", "lagging")) {
            String name = query.equals("summary") ? "summary" : "lagging ranking";
            limit(r, name + " ≤ 100 ms on the national store", national, query, NATIONAL_QUERY_MS);
            if (query.equals("summary")) {
                limit(r, "summary ≤ 100 ms on the national store, first read after a change (nothing cached)", national,
                        "summary-cold", NATIONAL_QUERY_MS);
            }
            if (stress == null) {
                r.verdicts.add(new Verdict(name + " ≤ 1 s on the stress store", "stress", "quick mode: the stress store is"
                        + " measured in full mode only", Outcome.NOT_MEASURED));
            } else {
                limit(r, name + " ≤ 1 s on the stress store", stress, query, STRESS_QUERY_MS);
            }
        }
        limit(r, "as-of recompute ≤ 50 ms on the province store", province, "recompute", RECOMPUTE_MS);
        if (stress == null) {
            r.verdicts.add(new Verdict("as-of recompute ≤ 1 s on the stress store", "stress", "quick mode: the stress"
                    + " store is measured in full mode only", Outcome.NOT_MEASURED));
        } else {
            limit(r, "as-of recompute ≤ 1 s on the stress store", stress, "recompute", STRESS_QUERY_MS);
        }
        for (int rows : importRows) {
            String file = String.format(Report.VI, "%,d-row xlsx", rows);
            ratio(r, "import ≤ 1,5× the bare streaming read (" + file + ")", file, "import-" + rows, "poi-read-" + rows,
                    IMPORT_RATIO);
            ratio(r, "import faster than LibreOffice's conversion (" + file + ")", file, "import-" + rows,
                    "libreoffice-" + rows, 1.0);
        }
        for (String format : List.of("docx", "pdf", "pptx")) {
            limit(r, "report " + format.toUpperCase(Locale.ROOT) + " ≤ 2 s on the province store", province,
                    "report-" + format, REPORT_MS);
        }
        Optional<Sample> save = r.find("save", province);
        r.verdicts.add(save.map(s -> new Verdict("update save p99 ≤ 20 ms", province,
                        String.format(Report.VI, "p99 %.1f ms (p50 %.1f, p90 %.1f, max %.1f; %d saves)", s.percentile(99),
                                s.percentile(50), s.percentile(90), s.max(), s.runs()),
                        s.percentile(99) <= SAVE_P99_MS ? Outcome.MET : Outcome.MISSED))
                .orElse(new Verdict("update save p99 ≤ 20 ms", province, "not measured", Outcome.NOT_MEASURED)));
        ratio(r, "peak memory ≤ 1,5× the minimal window's (as installed)", province, "memory-app-cds",
                "memory-minimal-cds", MEMORY_RATIO);
        ratio(r, "peak memory ≤ 1,5× the minimal window's, both without an archive", province, "memory-app",
                "memory-minimal", MEMORY_RATIO);
    }

    private static void limit(Results r, String target, String store, String id, double limit) {
        r.verdicts.add(r.find(id, store)
                .map(s -> new Verdict(target, store, String.format(Report.VI, "median %s %s (min %s, max %s)",
                        Report.num(s.median()), s.unit(), Report.num(s.min()), Report.num(s.max())),
                        s.median() <= limit ? Outcome.MET : Outcome.MISSED))
                .orElse(new Verdict(target, store, "not measured", Outcome.NOT_MEASURED)));
    }

    private static void ratio(Results r, String target, String store, String id, String baselineId, double limit) {
        Optional<Sample> a = r.find(id, store);
        Optional<Sample> b = r.find(baselineId, store);
        if (a.isEmpty() || b.isEmpty()) {
            String why = a.isEmpty() ? id : baselineId;
            r.verdicts.add(new Verdict(target, store, "not measured (" + why + " has no figure: see the notes)",
                    Outcome.NOT_MEASURED));
            return;
        }
        double ratio = a.get().median() / b.get().median();
        r.verdicts.add(new Verdict(target, store, String.format(Report.VI, "%.2f× (median %s against %s %s)", ratio,
                Report.num(a.get().median()), Report.num(b.get().median()), a.get().unit()),
                ratio <= limit ? Outcome.MET : Outcome.MISSED));
    }
}
