package vn.cchc.dashboard.domain.national;

import java.util.Arrays;

/**
 * A results file refused as a whole, and why, in one sentence: the message key of the bundles and its arguments
 * after the file's name (which the caller puts first, as {@code {0}}). Nothing of the file is recorded.
 */
public final class ResultsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    ResultsRefused(String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args), null, false, false);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The sentence's arguments after the file's name. */
    public Object[] args() {
        return args.clone();
    }
}
