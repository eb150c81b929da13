package vn.cchc.dashboard.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure function, remembered by question: an import asks the same few dozen unit names and deadline
 * wordings on each of thousands of rows. Emptied when it holds more questions than any real plan asks, so that it
 * never grows without bound. Safe from several threads.
 */
public final class Remembered<Q, A> {

    /** More than the distinct names or wordings of any real plan. */
    private static final int LIMIT = 20_000;

    private final Function<Q, A> answer;
    private final Map<Q, A> answers = new ConcurrentHashMap<>();

    public Remembered(Function<Q, A> answer) {
        this.answer = answer;
    }

    public A get(Q question) {
        if (answers.size() > LIMIT) {
            answers.clear();
        }
        return answers.computeIfAbsent(question, answer);
    }
}
