package vn.cchc.dashboard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImport;
import vn.cchc.dashboard.app.PlanImportService;
import vn.cchc.dashboard.excel.fixtures.LargePlan;
import vn.cchc.dashboard.store.Database;
import vn.cchc.dashboard.store.Store;

/**
 * Plan import of an xlsx appendix of n rows into an empty store, against Apache POI's streaming reader only
 * reading the same file (what validation and storage add on top of reading), and against LibreOffice
 * converting the file to csv headless (what a user would otherwise do).
 */
final class ImportBench {

    private final Path work;

    ImportBench(Path work) {
        this.work = work;
    }

    List<Sample> run(int rows, Effort effort, List<String> notes) throws IOException {
        Path file = work.resolve("plan-" + rows + ".xlsx");
        if (!Files.exists(file)) {
            Files.createDirectories(work);
            LargePlan.write(file, rows);
        }
        String label = String.format("%,d-row xlsx", rows).replace(',', '.');
        // The smaller file has warmed the same code up; a large file's runs take seconds each.
        Effort e = rows >= 100_000 || rows >= 10_000 && effort.quick() ? new Effort(effort.quick(), 0, effort.quick() ? 3 : 2, 0, 0)
                : rows >= 10_000 ? effort.slow() : effort;
        List<Sample> samples = new ArrayList<>();
        samples.add(Timer.time("import-" + rows, "plan import (read, check, store in one transaction)", label,
                e.warmups(), e.runs(), run -> importInto(file, work.resolve("import-db"))));
        closeOpen();
        StoreGenerator.deleteTree(work.resolve("import-db"));
        samples.add(Timer.time("poi-read-" + rows, "Apache POI streaming reader only reading the file", label,
                e.warmups(), e.runs(), () -> bareRead(file)));
        LibreOffice.find().ifPresentOrElse(
                soffice -> samples.add(Timer.time("libreoffice-" + rows, "LibreOffice converting the file to csv, headless",
                        label, 1, Math.min(effort.quick() ? 2 : 3, e.runs()), run -> () -> soffice.toCsv(file, work.resolve("csv-" + rows)))),
                () -> notes.add("LibreOffice: not measured for the " + label + " (soffice is not installed)."));
        return samples;
    }

    /** The method the import's figure times: its profile counts the samples within it (not the store's set-up). */
    static final String TIMED = PlanImportService.class.getName() + ".commit";

    private Database open;

    /** Opens a fresh empty store outside the timing; the timed work is the import alone. */
    private Timer.Work importInto(Path file, Path folder) {
        closeOpen();
        StoreGenerator.deleteTree(folder);
        open = Database.openEmbedded(folder);
        PlanImportService service = new PlanImportService(new Store(open), Clock.fixed(
                StoreGenerator.DATA_DATE.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()),
                AppSettings.load(folder));
        return () -> {
            PlanImport done = service.commit(file, new ImportRequest(null, null, null, y -> "Kế hoạch " + y));
            return done.plan().id();
        };
    }

    private void closeOpen() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    /** One more import of the n-row file into a fresh store, to run under the profiler. */
    Timer.Work profileWork(int rows) {
        Path file = work.resolve("plan-" + rows + ".xlsx");
        return () -> {
            try {
                return importInto(file, work.resolve("import-db")).run();
            } finally {
                closeOpen();
            }
        };
    }

    /**
     * Process CPU time (every thread: H2's writer, the garbage collector) of {@code runs} imports and as many bare reads,
     * each list in ms: on a machine shared with another build, wall times stretch with its load and CPU times much less.
     */
    List<List<Double>> cpuTimes(int rows, int runs) throws Exception {
        Path file = work.resolve("plan-" + rows + ".xlsx");
        List<Double> imports = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Timer.Work timed = importInto(file, work.resolve("import-db"));
            long start = cpuNanos();
            timed.run();
            imports.add((cpuNanos() - start) / 1e6);
            closeOpen();
            start = cpuNanos();
            bareRead(file);
            reads.add((cpuNanos() - start) / 1e6);
        }
        StoreGenerator.deleteTree(work.resolve("import-db"));
        return List.of(imports, reads);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Every cell's text through POI's SAX sheet handler, nothing kept: the floor any xlsx import stands on. */
    static long bareRead(Path file) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFSheetXMLHandler.SheetContentsHandler counter = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    cells[0] += value == null ? 0 : 1;
                }
            };
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, counter,
                            new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        }
        return cells[0];
    }

    /** The soffice program, run with its own profile folder so that the user's is never touched. */
    record LibreOffice(Path program, Path profile) {

        static java.util.Optional<LibreOffice> find() {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, "soffice");
                if (Files.isExecutable(candidate)) {
                    return java.util.Optional.of(new LibreOffice(candidate, Path.of("target", "bench-work", "lo-profile")
                            .toAbsolutePath()));
                }
            }
            return java.util.Optional.empty();
        }

        Object toCsv(Path file, Path outDir) throws IOException, InterruptedException {
            Files.createDirectories(outDir);
            Process p = new ProcessBuilder(program.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "csv", "--outdir", outDir.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("LibreOffice failed to convert " + file);
            }
            Path csv = outDir.resolve(file.getFileName().toString().replace(".xlsx", ".csv"));
            if (!Files.exists(csv)) {
                throw new IOException("LibreOffice wrote no csv for " + file);
            }
            return Files.size(csv);
        }
    }

    /** Milliseconds without decimals, for the log. */
    static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(java.util.Locale.ROOT, "%.0f", v)).toList();
    }
}
