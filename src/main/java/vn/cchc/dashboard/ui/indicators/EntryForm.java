package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.cchc.dashboard.app.InvalidDraftException;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorBook;
import vn.cchc.dashboard.domain.IndicatorDraft;
import vn.cchc.dashboard.domain.IndicatorValue;
import vn.cchc.dashboard.domain.ReportPeriod;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.i18n.IndicatorWording;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.FieldProblems;

/**
 * The form for one figure: which indicator, unit and period, then the numerator and denominator of a rate
 * (with the rate they make shown as typed) or the figure itself. Numbers are read the user's way ("1.384").
 */
public final class EntryForm {

    final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(this, "indicator");
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(this, "period");
    final StringProperty numerator = new SimpleStringProperty(this, "numerator", "");
    final StringProperty denominator = new SimpleStringProperty(this, "denominator", "");
    final StringProperty value = new SimpleStringProperty(this, "value", "");
    final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    final List<Indicator> indicators;
    final List<Unit> units;
    final List<ReportPeriod> periods;
    private final Messages messages;
    private final IndicatorBook book;
    private IndicatorDraft parsed;

    EntryForm(IndicatorBook book, List<Unit> units, List<ReportPeriod> periods, Messages messages) {
        this.book = book;
        this.indicators = book.inUse();
        this.units = units;
        this.periods = periods;
        this.messages = messages;
        indicator.addListener((obs, old, now) -> fillExisting());
        unit.addListener((obs, old, now) -> fillExisting());
        period.addListener((obs, old, now) -> fillExisting());
    }

    /** Shows what is already recorded for the chosen indicator, unit and period: saving replaces it. */
    private void fillExisting() {
        if (indicator.get() == null || unit.get() == null || period.get() == null) {
            return;
        }
        Optional<IndicatorValue> existing = book.value(indicator.get().code(), unit.get().id(), period.get());
        numerator.set(existing.map(IndicatorValue::numerator).map(this::typed).orElse(""));
        denominator.set(existing.map(IndicatorValue::denominator).map(this::typed).orElse(""));
        value.set(existing.filter(v -> v.denominator() == null).map(IndicatorValue::value).map(this::typed).orElse(""));
    }

    private String typed(BigDecimal number) {
        return messages.formats().compact(number);
    }

    /** "= 41,20%" as the numerator and denominator are typed; what a zero denominator means, in words. */
    public StringBinding preview() {
        return Bindings.createStringBinding(() -> {
            Indicator chosen = indicator.get();
            if (chosen == null || !chosen.isRatio()) {
                return "";
            }
            Optional<BigDecimal> top = messages.formats().parseNumber(numerator.get());
            Optional<BigDecimal> bottom = messages.formats().parseNumber(denominator.get());
            if (top.isEmpty() || bottom.isEmpty() || top.get().signum() < 0 || bottom.get().signum() < 0) {
                return "";
            }
            BigDecimal rate = IndicatorValue.ratio(top.get(), bottom.get());
            return rate == null ? messages.get("indicator.verdict.NOTHING_COUNTED")
                    : "= " + IndicatorWording.figure(chosen, rate, messages);
        }, indicator, numerator, denominator);
    }

    /** Reads the typed numbers; false (with the problem at its field) when one is not a number. */
    boolean parse() {
        problems.clear();
        BigDecimal top = number("numerator", numerator.get());
        BigDecimal bottom = number("denominator", denominator.get());
        BigDecimal figure = number("value", value.get());
        parsed = new IndicatorDraft(indicator.get(), unit.get(), period.get(), top, bottom, figure);
        return problems.isEmpty();
    }

    private BigDecimal number(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<BigDecimal> number = messages.formats().parseNumber(typed);
        if (number.isEmpty()) {
            problems.put(field, messages.format("indicator.problem.number", typed.strip()));
        }
        return number.orElse(null);
    }

    IndicatorDraft draft() {
        return parsed;
    }

    /** Shows a refusal's problems at their fields; false when the failure was not about the fields. */
    boolean showProblems(Throwable failure) {
        if (failure instanceof InvalidDraftException invalid) {
            FieldProblems.show(problems, invalid.problems(), messages);
            return true;
        }
        return false;
    }
}
