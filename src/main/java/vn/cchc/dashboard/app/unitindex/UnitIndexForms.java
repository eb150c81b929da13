package vn.cchc.dashboard.app.unitindex;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.cchc.dashboard.domain.unitindex.Criterion;
import vn.cchc.dashboard.domain.unitindex.CriterionMarks;
import vn.cchc.dashboard.domain.unitindex.IndexGroup;
import vn.cchc.dashboard.domain.unitindex.IndexMembers;
import vn.cchc.dashboard.domain.unitindex.Score;
import vn.cchc.dashboard.excel.ImportFileException;
import vn.cchc.dashboard.excel.UnitIndexForm;
import vn.cchc.dashboard.excel.UnitIndexFormReader;
import vn.cchc.dashboard.excel.UnitIndexFormWriter;
import vn.cchc.dashboard.files.FileBatch;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.store.Store;

/**
 * The self-assessment by file: a form per member unit of a group and year, and the returned forms read back, each
 * recorded whole in one transaction under {@link UnitIndexService}'s rules or refused whole in one sentence naming the
 * file. Blocking: call it off the FX thread.
 */
public final class UnitIndexForms {

    private final Store store;
    private final Clock clock;
    private final AppSettings settings;
    private final UnitIndexService index;
    private final PlanService plans;

    public UnitIndexForms(Store store, Clock clock, AppSettings settings, UnitIndexService index, PlanService plans) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.index = index;
        this.plans = plans;
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
                .collect(java.util.stream.Collectors.toMap(u -> u.unit().id(), UnitProgress::count))).orElse(Map.of());
        String province = province(plan, messages);
        List<Sent> sent = new ArrayList<>();
        AppException.writing(folder, () -> java.nio.file.Files.createDirectories(folder));
        try (FileBatch batch = new FileBatch()) {
            for (Snapshot.Member member : snapshot.members()) {
                Path file = folder.resolve(fileName(member.unit(), year));
                UnitIndexForm form = form(snapshot.set(), member, province, plan.isPresent(),
                        tasks.getOrDefault(member.unit().id(), ProgressCount.of(List.of())), today, messages);
                AppException.writing(file, () -> UnitIndexFormWriter.write(batch.stage(file), form));
                sent.add(new Sent(member.unit(), file, (int) form.rows().stream()
                        .filter(r -> r.kind() == UnitIndexForm.Kind.INPUT).count()));
            }
            AppException.writing(folder, batch::moveAllIntoPlace);
        }
        return sent;
    }

    /** The year's set, and each member with its exemptions and scores: one read for all the forms. */
    private record Snapshot(CriteriaSet set, List<Member> members) {
        record Member(Unit unit, Map<String, String> exempt, Map<String, Score> scores) {
        }
    }

    private Snapshot snapshot(Connection c, int year, IndexGroup group) throws SQLException {
        CriteriaSet set = store.unitIndex().criteria(c, year, group);
        if (set.isEmpty()) {
            throw AppException.invalidInput("unitIndex.error.noSet", String.valueOf(year));
        }
        List<Snapshot.Member> members = new ArrayList<>();
        for (Unit unit : members(c, year, group)) {
            members.add(new Snapshot.Member(unit, store.unitIndex().exemptionReasons(c, year, unit.id()),
                    store.unitIndex().scores(c, year, unit.id())));
        }
        return new Snapshot(set, members);
    }

    private List<Unit> members(Connection c, int year, IndexGroup group) throws SQLException {
        return IndexMembers.of(store.units().findAll(c), group, year).stream()
                .sorted(Comparator.comparing(Unit::name, Text.vietnameseOrder())).toList();
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

    private UnitIndexForm form(CriteriaSet set, Snapshot.Member member, String province, boolean hasPlan,
                               ProgressCount tasks, LocalDate today, Messages messages) {
        String day = messages.formats().date(today);
        String year = String.valueOf(set.year());
        String figures = hasPlan ? messages.format("unitIndex.forms.planFigures", year, day,
                messages.formats().count(tasks.planned()), messages.formats().count(tasks.count(
                        vn.cchc.dashboard.domain.DeadlineCategory.COMPLETED_ON_TIME)),
                messages.formats().count(tasks.count(vn.cchc.dashboard.domain.DeadlineCategory.COMPLETED_LATE)),
                messages.formats().count(tasks.count(vn.cchc.dashboard.domain.DeadlineCategory.OVERDUE)))
                : messages.format("unitIndex.forms.noPlan", year);
        List<String> heading = List.of(province, messages.format("unitIndex.forms.title", year),
                messages.format("unitIndex.forms.unit", member.unit().name()),
                messages.format("unitIndex.forms.group", messages.get("unitIndex.group." + set.group().name())),
                figures, messages.format("unitIndex.forms.help", day));
        List<String> columns = new ArrayList<>();
        for (String c : List.of("code", "title", "max", "guidance", "reference", "score", "evidence", "explanation")) {
            columns.add(messages.get("unitIndex.forms.column." + c));
        }
        List<UnitIndexForm.Row> rows = new ArrayList<>();
        for (Criterion line : set.criteria()) {
            String reference = CriterionMarks.onPlanTasks(line) ? figures : null;
            Score score = member.scores().get(line.code());
            UnitIndexForm.Kind kind;
            String note = null;
            if (!set.children(line.code()).isEmpty()) {
                kind = UnitIndexForm.Kind.SECTION;
            } else if (!set.applies(line, member.exempt().keySet())) {
                kind = UnitIndexForm.Kind.EXEMPT;
                note = messages.format("unitIndex.forms.exempt", reason(set, line, member.exempt()));
            } else if (CriterionMarks.bySurvey(set, line)) {
                kind = UnitIndexForm.Kind.SURVEY;
                note = messages.get("unitIndex.forms.survey");
            } else {
                kind = UnitIndexForm.Kind.INPUT;
            }
            boolean input = kind == UnitIndexForm.Kind.INPUT && score != null;
            rows.add(new UnitIndexForm.Row(kind, line.code(), line.title(), line.maxPoints(), line.guidance(), reference,
                    note, input ? score.selfScore() : null, input ? score.evidence() : null,
                    input ? score.explanation() : null));
        }
        return new UnitIndexForm(set.year(), set.group(), member.unit().id(), member.unit().name(), clock.instant(),
                heading, columns, rows);
    }

    /** Why the line does not apply: its own exemption's reason, else that of the line it belongs to. */
    private static String reason(CriteriaSet set, Criterion line, Map<String, String> exempt) {
        for (Criterion c = line; c != null; c = c.parentCode() == null ? null : set.criterion(c.parentCode()).orElse(null)) {
            if (exempt.containsKey(c.code())) {
                return exempt.get(c.code());
            }
        }
        return "";
    }

    /** What each file would record, or the sentence refusing it. Writes nothing. */
    public List<Checked> check(int year, IndexGroup group, List<Path> files) {
        return takeAll(year, group, files, false);
    }

    /**
     * Records each acceptable file in one transaction of its own, as the self-assessment of the unit it was made for,
     * with the file's name as the scores' source; a refused file writes nothing, the others are recorded all the same.
     */
    public List<Checked> record(int year, IndexGroup group, List<Path> files) {
        return takeAll(year, group, files, true);
    }

    /**
     * Each file in turn; a second form of a unit already taken in the same batch is refused, not recorded over the
     * first: which of the two the unit meant is for the office to ask, not for the order of the files to decide.
     */
    private List<Checked> takeAll(int year, IndexGroup group, List<Path> files, boolean record) {
        Map<Long, Path> taken = new HashMap<>();
        List<Checked> all = new ArrayList<>();
        for (Path file : files) {
            Checked checked = take(year, group, file, record, taken);
            if (checked.accepted()) {
                taken.put(checked.unit().id(), file);
            }
            all.add(checked);
        }
        return all;
    }

    private Checked take(int year, IndexGroup group, Path file, boolean record, Map<Long, Path> taken) {
        String name = String.valueOf(file.getFileName());
        UnitIndexFormReader.Returned form;
        try {
            form = read(file, year, group);
        } catch (AppException refused) {
            return new Checked(file, null, List.of(), 0, refused);
        }
        Unit unit = index.members(year, group).stream().filter(u -> u.id() == form.unitId()).findFirst().orElse(null);
        if (unit == null) {
            return new Checked(file, null, List.of(), 0, AppException.invalidInput("unitIndex.forms.unknownUnit", name,
                    form.unitName(), String.valueOf(year)));
        }
        if (taken.containsKey(unit.id())) {
            return new Checked(file, unit, List.of(), 0, AppException.invalidInput("unitIndex.forms.twice", name,
                    unit.name(), String.valueOf(taken.get(unit.id()).getFileName())));
        }
        List<UnitIndexService.SelfScore> lines = form.lines().stream().map(l -> new UnitIndexService.SelfScore(l.code(),
                l.score(), l.evidence(), l.explanation())).toList();
        int applicable = selfScored(index.criteria(year, group), index.exemptions(year, unit)).size();
        if (lines.isEmpty()) {
            return new Checked(file, unit, lines, applicable, AppException.invalidInput("unitIndex.forms.empty", name,
                    unit.name()));
        }
        try {
            if (record) {
                index.selfAssessAll(year, group, unit, lines, name);
            } else {
                index.checkSelfAssessAll(year, group, unit, lines, name);
            }
        } catch (AppException refused) {
            if (!refused.isInvalidInput()) {
                throw refused; // the database or the disk failed: not the file's fault, and not to be listed as its
            }
            return new Checked(file, unit, lines, applicable, AppException.invalidInput("unitIndex.forms.refused", name,
                    unit.name(), refused.asPhrase()));
        }
        return new Checked(file, unit, lines, applicable, null);
    }

    private static UnitIndexFormReader.Returned read(Path file, int year, IndexGroup group) {
        String name = String.valueOf(file.getFileName());
        try {
            return UnitIndexFormReader.read(file, year, group);
        } catch (UnitIndexFormReader.Refused refused) {
            Object[] args = refused.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof IndexGroup g) {
                    args[i] = new AppException.Phrase("unitIndex.group." + g.name());
                }
            }
            throw AppException.invalidInput(refused.key(), args);
        } catch (ImportFileException e) {
            boolean notAForm = Set.of(ImportFileException.Reason.NOT_A_FORM, ImportFileException.Reason.WRONG_TYPE,
                    ImportFileException.Reason.NO_TABLE, ImportFileException.Reason.EMPTY,
                    ImportFileException.Reason.TOO_BIG).contains(e.reason());
            throw notAForm ? AppException.invalidInput("unitIndex.forms.notAForm", name)
                    : AppException.invalidInput("import.file." + e.reason().name(), name, file.toString());
        }
    }

    /** The lines a unit scores itself: the applicable scored lines, less those the survey scores. */
    private static List<Criterion> selfScored(CriteriaSet set, Set<String> exempt) {
        return set.leaves().stream().filter(l -> set.applies(l, exempt) && !CriterionMarks.bySurvey(set, l)).toList();
    }

    /** Each member unit of the group in {@code year}: whether and from which files it returned its form, and how far. */
    public List<Return> returns(int year, IndexGroup group) {
        return store.database().inTransaction(c -> {
            CriteriaSet set = store.unitIndex().criteria(c, year, group);
            if (set.isEmpty()) {
                throw AppException.invalidInput("unitIndex.error.noSet", String.valueOf(year));
            }
            List<Return> returns = new ArrayList<>();
            for (Unit unit : members(c, year, group)) {
                List<Criterion> lines = selfScored(set, store.unitIndex().exemptions(c, year, unit.id()));
                Map<String, Score> scores = store.unitIndex().scores(c, year, unit.id());
                Map<String, String> sources = store.unitIndex().sourceFiles(c, year, unit.id());
                List<Criterion> scored = lines.stream().filter(l -> scores.containsKey(l.code())
                        && scores.get(l.code()).selfScore() != null).toList();
                List<String> files = scored.stream().map(l -> sources.get(l.code())).filter(java.util.Objects::nonNull)
                        .distinct().toList();
                returns.add(new Return(unit, files, scored.size(), lines.size()));
            }
            return returns;
        });
    }
}
