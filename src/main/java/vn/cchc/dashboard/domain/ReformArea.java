package vn.cchc.dashboard.domain;

/**
 * One content area of a reform programme (e.g. "TTHC" – Cải cách thủ tục hành chính). Areas belong to a
 * programme and are stored as data: the 2011–2020 and 2021–2030 programmes name some areas differently.
 */
public record ReformArea(String programmeCode, String code, String name, String nameEn, int order) {

    public ReformArea {
        Text.requireNonBlank(programmeCode, "programmeCode");
        Text.requireNonBlank(code, "code");
        name = Text.requireNonBlank(name, "name");
    }

    public String name(boolean english) {
        return english && nameEn != null ? nameEn : name;
    }
}
