package dev.timelineexplorer.io;

import dev.timelineexplorer.model.HistoricalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reader says, before it is put into words: a {@link ProblemKind} and its arguments. {@link ProblemMessages}
 * words it in a language; {@link #toString()} is the English.
 *
 * @param kind the kind of sentence
 * @param arguments as many as the kind takes: strings and whole numbers (kept as written in every language), {@link
 *     HistoricalDate}s and nested messages (written as each language writes them)
 */
public record Message(ProblemKind kind, List<Object> arguments) {
    public Message {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
        if (arguments.size() != kind.arity()) {
            throw new IllegalArgumentException(
                    kind + " takes " + kind.arity() + " arguments, not " + arguments.size() + ": " + arguments);
        }
        for (Object argument : arguments) {
            if (!(argument instanceof String
                    || argument instanceof Integer
                    || argument instanceof Long
                    || argument instanceof HistoricalDate
                    || argument instanceof Message)) {
                throw new IllegalArgumentException(kind + ": an argument of type " + argument.getClass());
            }
        }
    }

    /** The message in English, as the command line writes it by default. */
    @Override
    public String toString() {
        return ProblemMessages.text(this, Locale.ENGLISH);
    }
}
