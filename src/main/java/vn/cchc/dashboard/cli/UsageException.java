package vn.cchc.dashboard.cli;

/**
 * A command that parsed but does not make sense ("chart" without a name, an unknown format), found while
 * running it: the same one sentence and exit code 2 as a parse error.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String localizedSentence) {
        super(localizedSentence);
    }
}
