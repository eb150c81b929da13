package vn.cchc.dashboard.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.UnitKind;
import vn.cchc.dashboard.domain.unitindex.Criterion;

/**
 * The hand-written material the sample province is made from: {@code assets/sample/units.tsv} (a
 * fictional province's units before and after the 2025 mergers) and {@code assets/sample/tasks.tsv}
 * (a catalog of realistic plan tasks), {@code assets/sample/unit-index-departments.tsv} and
 * {@code unit-index-communes.tsv} (the province's criteria sets for scoring its departments and its communes). Read strictly: a malformed line is a build error, not a surprise.
 */
record SampleCatalog(List<UnitRow> units, List<TaskRow> tasks, List<Criterion> departmentCriteria,
                     List<Criterion> communeCriteria) {

    /** A unit of the sample province; {@code key} is how tasks.tsv refers to it. */
    record UnitRow(String key, String name, String shortName, UnitKind kind, LocalDate validFrom,
                   LocalDate validTo, String successorKey) {

        boolean existsOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /**
     * A task template. {@code {Y}} in the texts is the plan year, {@code {Y-1}} the year before.
     * The lead is {@code leadBefore} while that unit exists, otherwise {@code leadAfter};
     * {@value #LOCAL} stands for a district (before 1/7/2025) or commune (after).
     */
    record TaskRow(String area, String title, String output, String leadBefore, String leadAfter,
                   String cooperation, String deadline) {
    }

    static final String LOCAL = "@local";

    static SampleCatalog load() {
        return new SampleCatalog(
                read("units.tsv", 7, f -> new UnitRow(f[0], f[1], f[2], UnitKind.valueOf(f[3]), date(f[4]),
                        date(f[5]), Text.blankToNull(f[6]))),
                read("tasks.tsv", 7, f -> new TaskRow(f[0], f[1], f[2], f[3], f[4], Text.blankToNull(f[5]), f[6])),
                criteria(read("unit-index-departments.tsv", 4, f -> f)),
                criteria(read("unit-index-communes.tsv", 4, f -> f)));
    }

    private static <T> List<T> read(String name, int columns, Function<String[], T> parser) {
        InputStream in = SampleCatalog.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("sample catalog missing from the build: " + name);
        }
        List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(name + " line " + number + ": " + fields.length
                            + " columns instead of " + columns);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = Text.clean(fields[i]);
                }
                rows.add(parser.apply(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The lines in file order; a line's parent is its code without the last number. */
    private static List<Criterion> criteria(List<String[]> rows) {
        List<Criterion> lines = new ArrayList<>();
        for (String[] f : rows) {
            int dot = f[0].lastIndexOf('.');
            lines.add(new Criterion(f[0], dot < 0 ? null : f[0].substring(0, dot), f[1],
                    new BigDecimal(f[2].replace(',', '.')), f[3], lines.size() + 1));
        }
        return lines;
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }
}
