package vn.cchc.dashboard.domain;

import java.util.List;

/**
 * What is wrong with one field of something a person typed: the field, and a message key with its arguments
 * for the sentence shown at that field.
 */
public record FieldProblem(String field, String messageKey, List<String> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, String... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
