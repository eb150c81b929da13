package vn.cchc.dashboard.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorDraft;
import vn.cchc.dashboard.domain.IndicatorReading;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.excel.XlsxTable;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.i18n.PeriodWording;
import vn.cchc.dashboard.store.Store;

/** The indicators and the figures units report. Blocking: call it off the FX thread. */
public final class IndicatorService {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;

    public IndicatorService(Store store, Clock clock, AppSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    public IndicatorBook book() {
        return store.indicatorBook();
    }

    /**
     * Every reported figure with its numerator, denominator, the year's target and the verdict, to .xlsx or .csv,
     * in the user's language; figures that are missing or not computable say so in words.
     */
    public void export(Path file, Messages messages) {
        IndicatorBook book = book();
        Map<Long, Unit> units = store.database().inTransaction(store.units()::findAll).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        List<XlsxTable.Column> columns = TableExport.columns(messages, "indicator.field.indicator:40",
                "indicator.field.unit:34", "indicator.period:22", "export.column.numerator:14",
                "export.column.denominator:14", "indicator.field.value:12", "export.column.target:14",
                "export.column.verdict:30", "export.column.targetDocument:40", "export.column.enteredBy:24");
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorValue v : book.values().stream().sorted(Comparator.comparing(IndicatorValue::period)
                .thenComparing(IndicatorValue::indicatorCode).thenComparingLong(IndicatorValue::unitId)).toList()) {
            Indicator indicator = book.indicator(v.indicatorCode()).orElse(null);
            if (indicator == null) {
                continue;
            }
            IndicatorReading reading = book.reading(indicator, v.unitId(), v.period());
            Unit unit = units.get(v.unitId());
            rows.add(Arrays.asList(IndicatorWording.name(indicator, messages), unit == null ? null : unit.name(),
                    PeriodWording.name(v.period(), messages), v.numerator(), v.denominator(), v.value(),
                    reading.target() == null ? null : reading.target().value(),
                    IndicatorWording.verdict(reading, messages),
                    reading.target() == null ? null : reading.target().document(), v.enteredBy()));
        }
        TableExport.write(file, messages.get("export.sheet.indicators"), columns, rows);
    }

    /**
     * Records a unit's figure for a period of {@code plan}'s year, replacing the one it had, all or nothing.
     *
     * @throws InvalidDraftException when the figure cannot be saved, with the problem at each field
     */
    public IndicatorValue save(Plan plan, IndicatorDraft draft) {
        List<FieldProblem> problems = new java.util.ArrayList<>(draft.problems(plan.year(), LocalDate.now(clock)));
        if (draft.indicator() != null && draft.indicator().retired()) {
            problems.add(FieldProblem.of("indicator", "library.problem.retired", draft.indicator().name()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        return store.database().inTransaction(c -> {
            Optional<IndicatorValue> existing = store.indicators().findValue(c, draft.indicator().code(),
                    draft.unit().id(), draft.period());
            IndicatorValue value = draft.toValue(existing.map(IndicatorValue::id).orElse(0L), settings.userLabel(),
                    clock.instant());
            if (existing.isPresent()) {
                store.indicators().updateValue(c, value);
                return value;
            }
            long id = store.indicators().insertValue(c, value);
            return draft.toValue(id, value.enteredBy(), value.enteredAt());
        });
    }
}
