package vn.cchc.dashboard.ui.settings;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import vn.cchc.dashboard.domain.LaggingPolicy;

/** The lagging criteria as the settings form edits them: thresholds and weights, field by field. */
public final class PolicyFields {

    final IntegerProperty overdueThreshold = new SimpleIntegerProperty(this, "overdueThreshold");
    final DoubleProperty rateGapThreshold = new SimpleDoubleProperty(this, "rateGapThreshold");
    final IntegerProperty staleThreshold = new SimpleIntegerProperty(this, "staleThreshold");
    final DoubleProperty indicatorGapThreshold = new SimpleDoubleProperty(this, "indicatorGapThreshold");
    final DoubleProperty overdueWeight = new SimpleDoubleProperty(this, "overdueWeight");
    final DoubleProperty lateWeight = new SimpleDoubleProperty(this, "lateWeight");
    final DoubleProperty staleWeight = new SimpleDoubleProperty(this, "staleWeight");
    final DoubleProperty rateGapWeight = new SimpleDoubleProperty(this, "rateGapWeight");
    final DoubleProperty indicatorWeight = new SimpleDoubleProperty(this, "indicatorWeight");

    PolicyFields(LaggingPolicy policy) {
        show(policy);
    }

    void show(LaggingPolicy p) {
        overdueThreshold.set(p.overdueThreshold());
        rateGapThreshold.set(p.rateGapThreshold());
        staleThreshold.set(p.staleThreshold());
        indicatorGapThreshold.set(p.indicatorGapThreshold());
        overdueWeight.set(p.overdueWeight());
        lateWeight.set(p.lateWeight());
        staleWeight.set(p.staleWeight());
        rateGapWeight.set(p.rateGapWeight());
        indicatorWeight.set(p.indicatorWeight());
    }

    /** The policy typed; {@link IllegalArgumentException} when a threshold is not positive or a weight negative. */
    LaggingPolicy policy() {
        return new LaggingPolicy(overdueThreshold.get(), rateGapThreshold.get(), staleThreshold.get(),
                indicatorGapThreshold.get(), overdueWeight.get(), lateWeight.get(), staleWeight.get(),
                rateGapWeight.get(), indicatorWeight.get());
    }

    /** The threshold of overdue tasks that makes a unit lagging. */
    public IntegerProperty overdueThreshold() {
        return overdueThreshold;
    }
}
