package vn.cchc.dashboard.domain;

/** A national master programme of administrative reform, e.g. Nghị quyết 76/NQ-CP for 2021–2030. */
public record ReformProgramme(String code, String name, String legalBasis, int startYear, int endYear) {

    public ReformProgramme {
        Text.requireNonBlank(code, "code");
        name = Text.requireNonBlank(name, "name");
    }
}
