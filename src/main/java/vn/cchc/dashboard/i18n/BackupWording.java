package vn.cchc.dashboard.i18n;

import vn.cchc.dashboard.domain.BackupContents;

/** What a backup holds, in a reader's words: "2 kế hoạch, 194 nhiệm vụ, 1.203 lần cập nhật, 38 đơn vị". */
public final class BackupWording {

    private BackupWording() {
    }

    public static String contents(BackupContents c, Messages messages) {
        Formats f = messages.formats();
        return messages.format("backup.contents", f.count(c.plans()), f.count(c.tasks()), f.count(c.updates()),
                f.count(c.units()));
    }
}
