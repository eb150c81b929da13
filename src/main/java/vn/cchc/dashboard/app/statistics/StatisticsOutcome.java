package vn.cchc.dashboard.app.statistics;

/** What became of one unit's figures: recorded (first time or replacing earlier ones) or already there; late or not. */
public record StatisticsOutcome(String file, String unitName, String period, Kind kind, boolean late) {

    public enum Kind {
        RECORDED,
        REPLACED,
        UNCHANGED
    }

    /** The notice key: "statistics.outcome.RECORDED" and its late variant. */
    public String messageKey() {
        return "statistics.outcome." + kind.name() + (late && kind != Kind.UNCHANGED ? ".late" : "");
    }
}
