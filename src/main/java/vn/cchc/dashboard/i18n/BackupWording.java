package vn.cchc.dashboard.i18n;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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

    /**
     * What turning encryption on did to the older backups: how many were encrypted (always said, so that the user
     * knows no plain copy is left), and the names of those that could not be opened and stay unencrypted.
     */
    public static String backupsEncrypted(int encrypted, List<Path> leftPlain, Messages messages) {
        String done = messages.format("encryption.backupsEncrypted", messages.formats().count(encrypted));
        if (leftPlain.isEmpty()) {
            return done;
        }
        String names = leftPlain.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
        return done + " " + messages.format("encryption.backupsLeftPlain", messages.formats().count(leftPlain.size()),
                names);
    }
}
