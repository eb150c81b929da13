package vn.cchc.dashboard.ui;

import vn.cchc.dashboard.app.AppException;
import vn.cchc.dashboard.i18n.Messages;
import vn.cchc.dashboard.work.CancelledException;

/** The one sentence a person reads for a failure; the details went to the log where it happened. */
public final class ErrorText {

    private ErrorText() {
    }

    public static String of(Throwable failure, Messages messages) {
        if (failure instanceof CancelledException) {
            return messages.get("work.cancelled");
        }
        AppException explained = AppException.explain(failure);
        if (explained != null) {
            return explained.localized(messages);
        }
        String what = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
        return messages.format("error.unexpected", what);
    }
}
