package vn.cchc.dashboard.app.unitindex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.app.AppSettings;
import vn.cchc.dashboard.app.PlanService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.domain.PlanKind;
import vn.cchc.dashboard.domain.ProgressCount;
import vn.cchc.dashboard.domain.Text;
import vn.cchc.dashboard.domain.Unit;
import vn.cchc.dashboard.domain.UnitProgress;
import vn.cchc.dashboard.domain.unitindex.CriteriaSet;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.excel.UnitIndexForm;
import vn.cchc.dashboard.excel.UnitIndexFormWriter;
import vn.cchc.dashboard.files.FileBatch;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Store;

/**
 * The self-assessment by file: a form per member unit of a group and year, and the returned forms read back, each
 * recorded whole in one transaction under {@link UnitIndexService}'s rules or refused whole in one sentence naming the
 * file. Blocking: call it off the FX thread. What a form says is {@link FormContent}'s; what a returned one may
 * record, {@link ReturnedForms}'.
 */
public final class UnitIndexForms {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final PlanService plans;
    private final IndexReadings readings;
    private final ReturnedForms returned;

    public UnitIndexForms(Store store, Clock clock, AppSettings settings, UnitIndexService index, PlanService plans) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.plans = plans;
        this.readings = new IndexReadings(store);
        this.returned = new ReturnedForms(store, readings, index);
    }

    /** A form written: for which unit, where, and how many lines it asks the unit to score. */
    public record Sent(Unit unit, Path file, int lines) {
    }

    /**
     * What a returned file would record or has recorded: the unit, its scored lines of the lines it scores itself
     * ({@code applicable}); or the one sentence refusing it ({@code unit} null when the file did not say whose it is).
     */
    public record Checked(Path file, Unit unit, List<UnitIndexService.SelfScore> lines, int applicable,
                          AppException refusal) {
        public Checked {
            lines = List.copyOf(lines);
        }

        public boolean accepted() {
            return refusal == null;
        }
    }

    /**
     * Where a member unit stands: the files its self-scores came from (none: not returned yet), and how many of the
     * lines it scores itself have a score.
     */
    public record Return(Unit unit, List<String> files, int scored, int applicable) {
        public Return {
            files = List.copyOf(files);
        }

        public boolean returned() {
            return !files.isEmpty();
        }
    }

    /** "phieu-tu-danh-gia-so-tu-phap-2026.xlsx": without diacritics, so that every mail system and USB stick keeps it. */
    public static String fileName(Unit unit, int year) {
        String name = Text.fold(unit.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "phieu-tu-danh-gia-" + name + "-" + year + ".xlsx";
    }

    /**
     * Writes one form per member unit of {@code group} in {@code year} into {@code folder} (made if need be), each with the unit's
     * scores so far. The forms appear together once all are written; a failure leaves none, and forms of the same names
     * already in the folder stay as they were.
     */
    public List<Sent> send(int year, IndexGroup group, Path folder, Messages messages) {
        Snapshot snapshot = store.database().inTransaction(c -> snapshot(c, year, group));
        Optional<Plan> plan = plan(year);
        LocalDate today = LocalDate.now(clock);
        Map<Long, ProgressCount> tasks = plan.map(p -> plans.snapshot(p).summarize(today).byUnit().stream()
                .collect(Collectors.toMap(u -> u.unit().id(), UnitProgress::count))).orElse(Map.of());
        FormContent content = new FormContent(messages, province(plan, messages), plan.isPresent(), today, clock);
        List<Sent> sent = new ArrayList<>();
        AppException.writing(folder, () -> Files.createDirectories(folder));
        try (FileBatch batch = new FileBatch()) {
            for (FormContent.Member member : snapshot.members()) {
                Path file = folder.resolve(fileName(member.unit(), year));
                UnitIndexForm form = content.of(snapshot.set(), member,
                        tasks.getOrDefault(member.unit().id(), ProgressCount.of(List.of())));
                AppException.writing(file, () -> UnitIndexFormWriter.write(batch.stage(file), form));
                sent.add(new Sent(member.unit(), file, (int) form.rows().stream()
                        .filter(r -> r.kind() == UnitIndexForm.Kind.INPUT).count()));
            }
            AppException.writing(folder, batch::moveAllIntoPlace);
        }
        return sent;
    }

    /** The year's set, and each member with its exemptions and scores: one read for all the forms. */
    private record Snapshot(CriteriaSet set, List<FormContent.Member> members) {
    }

    private Snapshot snapshot(Connection c, int year, IndexGroup group) throws SQLException {
        CriteriaSet set = readings.set(c, year, group);
        List<FormContent.Member> members = new ArrayList<>();
        for (Unit unit : readings.members(c, year, group)) {
            members.add(new FormContent.Member(unit, store.unitIndex().exemptionReasons(c, year, unit.id()),
                    store.unitIndex().scores(c, year, unit.id())));
        }
        return new Snapshot(set, members);
    }

    /** The province's own plan of the year, whose tasks the forms show beside the lines they bear on. */
    private Optional<Plan> plan(int year) {
        return PlanService.preferred(plans.plans().stream().filter(p -> p.year() == year && p.kind() == PlanKind.LOCAL)
                .toList(), year);
    }

    /** "UBND TỈNH MINH GIANG" from the report settings (the sample's province for the sample's plan); "" if none. */
    private String province(Optional<Plan> plan, Messages messages) {
        String name = settings.reportSettings().provinceName();
        if (name.isBlank() && plan.isPresent() && plan.get().sample()) {
            name = vn.cchc.dashboard.sample.SampleProvince.PROVINCE.replaceFirst("^tỉnh ", "");
        }
        return name.isBlank() ? "" : messages.format("unitIndex.forms.province", name)
                .toUpperCase(messages.language().locale());
    }

    /** What each file would record, or the sentence refusing it. Writes nothing. */
    public List<Checked> check(int year, IndexGroup group, List<Path> files) {
        return returned.takeAll(year, group, files, false);
    }

    /**
     * Records each acceptable file in one transaction of its own, as the self-assessment of the unit it was made for,
     * with the file's name as the scores' source; a refused file writes nothing, the others are recorded all the same.
     */
    public List<Checked> record(int year, IndexGroup group, List<Path> files) {
        return returned.takeAll(year, group, files, true);
    }

    /** Each member unit of the group in {@code year}: whether and from which files it returned its form, and how far. */
    public List<Return> returns(int year, IndexGroup group) {
        return returned.returns(year, group);
    }
}
