package vn.cchc.dashboard.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cchc.dashboard.domain.FieldProblem;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorDraft;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.Plan;
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
     * Records a unit's figure for a period of {@code plan}'s year, replacing the one it had, all or nothing.
     *
     * @throws InvalidDraftException when the figure cannot be saved, with the problem at each field
     */
    public IndicatorValue save(Plan plan, IndicatorDraft draft) {
        List<FieldProblem> problems = draft.problems(plan.year(), LocalDate.now(clock));
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
