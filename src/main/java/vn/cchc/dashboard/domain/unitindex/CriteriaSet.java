package vn.cchc.dashboard.domain.unitindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The criteria set a province issued for one group and year, in the decision's order. */
public record CriteriaSet(int year, IndexGroup group, List<Criterion> criteria) {

    public CriteriaSet {
        Objects.requireNonNull(group, "group");
        criteria = List.copyOf(criteria);
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Criterion> children(String code) {
        return criteria.stream().filter(c -> code.equals(c.parentCode())).toList();
    }

    /** The lines that are scored: those without children. */
    public List<Criterion> leaves() {
        return criteria.stream().filter(c -> children(c.code()).isEmpty()).toList();
    }

    /** True unless {@code line}, or a line it belongs to, is among {@code exempt}: exempting a line exempts all under it. */
    public boolean applies(Criterion line, Set<String> exempt) {
        for (Criterion c = line; c != null; c = c.parentCode() == null ? null : criterion(c.parentCode()).orElse(null)) {
            if (exempt.contains(c.code())) {
                return false;
            }
        }
        return true;
    }

    /** The most a unit can score when every criterion applies to it: the sum of the leaves' maxima. */
    public BigDecimal maxPoints() {
        return leaves().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isEmpty() {
        return criteria.isEmpty();
    }
}
