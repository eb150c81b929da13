package vn.cchc.dashboard.ui.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Answers the start's prompts from a script, as a user typing them would, and keeps what was asked. */
final class ScriptedAnswers implements DataOpener.Asker {

    final List<SecretPromptViewModel> asked = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();

    /** The next prompt is answered with {@code secret}; a prompt with no answer left is cancelled. */
    ScriptedAnswers then(String secret) {
        answers.add(secret);
        return this;
    }

    @Override
    public boolean ask(SecretPromptViewModel model) {
        asked.add(model);
        if (answers.isEmpty()) {
            return false;
        }
        model.secret().set(answers.poll());
        return true;
    }
}
