package vn.cchc.dashboard.domain.accounts;

/**
 * What an account may do on the shared server. The database enforces it (grants and row-level security); the
 * window only follows, hiding or disabling what the role may not do.
 */
public enum AccountRole {
    /** Lãnh đạo (Phó Chủ tịch, members of the Ban Chỉ đạo): reads everything, changes nothing. */
    LEADER,
    /** Văn phòng CCHC at the Sở Nội vụ: plans, tasks, units, indicators, imports and reports. */
    OFFICE,
    /** Đơn vị: records progress and indicator figures for its own unit only. */
    UNIT,
    /** Quản trị: manages the accounts; reads everything else. */
    ADMIN;

    /** The spelling used on the command line ({@code --role lanh-dao}), in the same order. */
    private static final String[] CLI_NAMES = {"lanh-dao", "van-phong", "don-vi", "quan-tri"};

    public String cliName() {
        return CLI_NAMES[ordinal()];
    }

    /** The role a person typed ("don-vi", "DON_VI", "unit"), or null when none matches. */
    public static AccountRole parse(String text) {
        if (text == null) {
            return null;
        }
        String typed = text.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (AccountRole role : values()) {
            if (role.cliName().equals(typed) || role.name().toLowerCase(java.util.Locale.ROOT).equals(typed)) {
                return role;
            }
        }
        return null;
    }
}
