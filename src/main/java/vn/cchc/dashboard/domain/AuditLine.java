package vn.cchc.dashboard.domain;

/**
 * An audit entry with what it concerns as people know it: the task's code and title, and for progress
 * actions the update recorded (or the withdrawal) and the update it corrected, so that the log can word them.
 *
 * @param update     the progress update the entry records, or null for task actions
 * @param superseded the update that {@code update} corrects or withdraws, or null
 * @param login      the login that made the change (the server's authenticated login, or the operating-system
 *                   account on the embedded database); null for entries older than schema version 6
 * @param account    the name on that login's account on the shared server, or null when it has none
 */
public record AuditLine(AuditEntry entry, String taskCode, String taskTitle, ProgressUpdate update,
                        ProgressUpdate superseded, String login, String account) {

    /**
     * Who made the change, as the log shows it: the account's name, else the name recorded with the change, and
     * the login beside it ("Nguyễn Thị Hạnh (hanh.snv)"); the recorded name alone for older entries.
     */
    public String who() {
        String person = account != null ? account : entry.user();
        return login == null || login.equals(person) ? person : person + " (" + login + ")";
    }
}
