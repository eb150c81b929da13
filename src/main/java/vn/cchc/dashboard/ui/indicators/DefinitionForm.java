package vn.cchc.dashboard.ui.indicators;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.dashboard.domain.Indicator;
import vn.cchc.dashboard.domain.IndicatorType;
import vn.cchc.dashboard.domain.ReformArea;
import vn.cchc.dashboard.domain.indicators.IndicatorSpec;
import vn.cchc.dashboard.i18n.Messages;

/**
 * The definition part of the library's form – name, area, type, what a ratio counts, direction, unit, source and
 * the highest value – filled from an indicator and read back into the {@link IndicatorSpec} the library saves.
 * It keeps what the indicator is that the form does not show (province-wide, yearly) as it was.
 */
final class DefinitionForm {

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<ReformArea> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<IndicatorType> type = new SimpleObjectProperty<>(this, "type", IndicatorType.PERCENT);
    private final StringProperty numerator = new SimpleStringProperty(this, "numerator", "");
    private final StringProperty denominator = new SimpleStringProperty(this, "denominator", "");
    private final ObjectProperty<Boolean> higherIsBetter = new SimpleObjectProperty<>(this, "higherIsBetter", true);
    private final StringProperty measureUnit = new SimpleStringProperty(this, "measureUnit", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final StringProperty maxValue = new SimpleStringProperty(this, "maxValue", "");

    DefinitionForm(Messages messages) {
        this.messages = messages;
    }

    /** Shows {@code indicator} as saved, its area among {@code areas}; a blank form for null. */
    void fill(Indicator indicator, List<ReformArea> areas) {
        IndicatorSpec spec = indicator == null ? null : IndicatorSpec.of(indicator);
        name.set(spec == null ? "" : spec.name());
        area.set(spec == null ? null : areas.stream().filter(a -> a.code().equals(spec.areaCode())).findFirst().orElse(null));
        type.set(spec == null ? IndicatorType.PERCENT : spec.type());
        numerator.set(spec == null || spec.numeratorLabel() == null ? "" : spec.numeratorLabel());
        denominator.set(spec == null || spec.denominatorLabel() == null ? "" : spec.denominatorLabel());
        higherIsBetter.set(spec == null || spec.higherIsBetter());
        measureUnit.set(spec == null || spec.measureUnit() == null ? "" : spec.measureUnit());
        source.set(spec == null || spec.source() == null ? "" : spec.source());
        maxValue.set(spec == null || spec.maxValue() == null ? "" : messages.formats().compact(spec.maxValue()));
    }

    /** The definition as typed, for {@code before} (null: a new indicator); a number that does not read is a problem. */
    IndicatorSpec read(Indicator before, FormReading reading) {
        BigDecimal max = reading.number("maxValue", maxValue.get());
        return new IndicatorSpec(name.get(), area.get() == null ? null : area.get().code(), type.get(),
                type.get() == IndicatorType.PERCENT ? numerator.get() : null,
                type.get() == IndicatorType.PERCENT ? denominator.get() : null, !Boolean.FALSE.equals(higherIsBetter.get()),
                measureUnit.get(),
                source.get(), max, before != null && before.provinceWide(),
                before != null && before.yearly());
    }

    StringProperty name() {
        return name;
    }

    ObjectProperty<ReformArea> area() {
        return area;
    }

    ObjectProperty<IndicatorType> type() {
        return type;
    }

    StringProperty numerator() {
        return numerator;
    }

    StringProperty denominator() {
        return denominator;
    }

    ObjectProperty<Boolean> higherIsBetter() {
        return higherIsBetter;
    }

    StringProperty measureUnit() {
        return measureUnit;
    }

    StringProperty source() {
        return source;
    }

    StringProperty maxValue() {
        return maxValue;
    }
}
