package vn.cchc.dashboard.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which plan a question means: the plan a reference names (its id, its kind's code or its title), or the plan of a
 * year and kind; with nothing said, this year's, else the newest. A national store follows the provinces' and the
 * ministries' plans of the same year side by side: where the plan found has a current rival of another kind in its
 * year and nothing said which kind, the question is {@link Ambiguous} and the choices go back to whoever asked,
 * rather than one being guessed. Pure.
 *
 * @param year      the plan's year; null for any
 * @param kind      the plan's kind; null for any
 * @param reference an id ("12"), a kind's code ("bo-nganh") or a title, whole or a phrase of it; null for none
 */
public record PlanChoice(Integer year, PlanKind kind, String reference) {

    /** What the question found. */
    public sealed interface Outcome permits Chosen, Ambiguous, NoMatch {
    }

    /** Exactly one plan answers it. */
    public record Chosen(Plan plan) implements Outcome {
    }

    /** Plans of several kinds answer it, in {@code year}: the preferred one of each kind, in the order of the kinds. */
    public record Ambiguous(int year, List<Plan> choices) implements Outcome {
        public Ambiguous {
            choices = List.copyOf(choices);
        }
    }

    /** No plan answers it. */
    public record NoMatch() implements Outcome {
    }

    public PlanChoice {
        reference = Text.blankToNull(reference);
    }

    /** This year's plan, else the newest: what a question without year, kind or reference means. */
    public static PlanChoice any() {
        return new PlanChoice(null, null, null);
    }

    /**
     * The order plans are offered in: unarchived before archived, this year's first, then the newest year, then the
     * newest plan.
     */
    public static Comparator<Plan> preference(int currentYear) {
        return Comparator.comparing(Plan::archived)
                .thenComparing(p -> p.year() != currentYear)
                .thenComparing(Comparator.comparingInt(Plan::year).reversed())
                .thenComparing(Comparator.comparingLong(Plan::id).reversed());
    }

    /** The plan to show first among {@code plans}, by {@link #preference(int)}. */
    public static Optional<Plan> preferred(List<Plan> plans, int currentYear) {
        return plans.stream().min(preference(currentYear));
    }

    public Outcome among(List<Plan> plans, int currentYear) {
        List<Plan> candidates = plans.stream().filter(p -> year == null || p.year() == year)
                .filter(p -> kind == null || p.kind() == kind).toList();
        candidates = matchingReference(candidates);
        Optional<Plan> first = preferred(candidates, year != null ? year : currentYear);
        if (first.isEmpty()) {
            return new NoMatch();
        }
        Plan plan = first.get();
        if (kindSaid() || plan.archived()) {
            return new Chosen(plan);
        }
        List<Plan> current = candidates.stream().filter(p -> p.year() == plan.year() && !p.archived()).toList();
        List<Plan> choices = Arrays.stream(PlanKind.values())
                .flatMap(k -> preferred(current.stream().filter(p -> p.kind() == k).toList(), plan.year()).stream())
                .toList();
        return choices.size() > 1 ? new Ambiguous(plan.year(), choices) : new Chosen(plan);
    }

    /** True when the question fixes one kind, or one plan: then a rival of another kind is no question. */
    private boolean kindSaid() {
        return kind != null || reference != null && (id().isPresent() || PlanKind.parse(reference).isPresent());
    }

    private List<Plan> matchingReference(List<Plan> plans) {
        if (reference == null) {
            return plans;
        }
        Optional<Long> id = id();
        if (id.isPresent()) {
            return plans.stream().filter(p -> p.id() == id.get()).toList();
        }
        Optional<PlanKind> named = PlanKind.parse(reference);
        if (named.isPresent()) {
            return plans.stream().filter(p -> p.kind() == named.get()).toList();
        }
        String key = Text.fold(reference);
        List<Plan> whole = plans.stream().filter(p -> Text.fold(p.title()).equals(key)).toList();
        if (!whole.isEmpty()) {
            return whole;
        }
        Predicate<String> phrase = Text.phraseSearch(reference);
        return plans.stream().filter(p -> phrase.test(Text.fold(p.title()))).toList();
    }

    private Optional<Long> id() {
        return reference != null && reference.matches("\\d{1,18}") ? Optional.of(Long.parseLong(reference))
                : Optional.empty();
    }
}
