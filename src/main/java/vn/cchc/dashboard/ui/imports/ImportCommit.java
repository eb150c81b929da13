package vn.cchc.dashboard.ui.imports;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import vn.cchc.dashboard.app.ImportRejectedException;
import vn.cchc.dashboard.app.ImportRequest;
import vn.cchc.dashboard.app.PlanImportService;
import vn.cchc.dashboard.domain.Plan;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.ui.LongWork;

/**
 * The import wizard's last step: the file imported, in one transaction, as the user last saw it checked. The import
 * checks the file once more; what it refuses shows as the preview, with why, and a cancel rolls back and leaves the
 * preview standing, to be imported again. Only a success ends the wizard's work with the file.
 */
final class ImportCommit {

    private final PlanImportService service;
    private final Messages messages;
    private final WizardStatus status;
    private final PreviewLines preview;
    private final BiConsumer<Plan, String> onImported;

    /** @param onImported called with the plan and the sentence saying what was imported, once the import is done */
    ImportCommit(PlanImportService service, Messages messages, WizardStatus status, PreviewLines preview,
                 BiConsumer<Plan, String> onImported) {
        this.service = service;
        this.messages = messages;
        this.status = status;
        this.preview = preview;
        this.onImported = onImported;
    }

    /** Imports {@code path} as {@code request} asks (read from the wizard's fields on the FX thread). */
    void start(Path path, ImportRequest request) {
        status.busy(true);
        status.work().start(progress -> service.commit(path, request, progress), done -> {
            status.busy(false);
            status.say(messages.format("import.imported", messages.formats().count(done.preview().tasks().size()),
                    done.plan().title()));
            preview.blockImport();
            onImported.accept(done.plan(), status.message().get());
        }, failure -> {
            if (failure instanceof ImportRejectedException rejected) {
                status.busy(false);
                preview.show(rejected.preview(), null);
                status.say(preview.blockedMessage(rejected.preview()));
            } else {
                status.fail(failure);
                // A cancel rolled back: the preview still stands and can be imported again.
                if (!LongWork.cancelled(failure)) {
                    preview.blockImport();
                }
            }
        });
    }
}
