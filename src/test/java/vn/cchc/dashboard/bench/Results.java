package vn.cchc.dashboard.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Everything one run of the suite found: the samples, the stores they ran on, the notes and the verdicts. */
final class Results {

    enum Outcome { MET, MISSED, NOT_MEASURED }

    /** One target of the issue, with what was measured against it. */
    record Verdict(String target, String measuredOn, String measured, Outcome outcome) {
    }

    final String mode;
    final List<Sample> samples = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Map<StoreSize, Properties> stores = new LinkedHashMap<>();
    final List<Verdict> verdicts = new ArrayList<>();
    String display = "not measured";
    List<String> profiles = List.of();

    Results(String mode) {
        this.mode = mode;
    }

    void add(List<Sample> more) {
        samples.addAll(more);
    }

    Optional<Sample> find(String id, String store) {
        return samples.stream().filter(s -> s.id().equals(id) && s.store().equals(store)).findFirst();
    }
}
