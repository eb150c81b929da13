package vn.cchc.dashboard.domain.imports;

/** One line of a returned progress form, every cell as the unit left it. */
public record ReturnedLine(String file, int row, String taskId, String code, String title, String deadline,
                           String status, String percent, String completedOn, String note, String evidence) {

    /** How the user names this line when accepting it: "phieu-so-tu-phap.xlsx:7". */
    public String ref() {
        return file + ":" + row;
    }
}
