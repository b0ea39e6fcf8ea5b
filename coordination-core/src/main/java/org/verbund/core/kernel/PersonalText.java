package org.verbund.core.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * A piece of personal data (a name, an e-mail address, a phone number) about one person, the data subject. Stored
 * only encrypted with that person's key (see {@code org.verbund.core.privacy}); once the key is erased it reads as
 * erased, everywhere, while the event that holds it stays as it was.
 * <p>
 * Deliberately not a bean and not a record: a JSON mapper without the personal-data module cannot write it, so it
 * can never reach a store in clear by accident.
 */
public final class PersonalText {

    private final PersonRef subject;
    private final String value;

    private PersonalText(PersonRef subject, String value) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.value = value;
    }

    public static PersonalText of(PersonRef subject, String value) {
        Objects.requireNonNull(value, "value");
        return new PersonalText(subject, value);
    }

    /** The field of a person whose key was erased: it existed, its content is gone. */
    public static PersonalText erased(PersonRef subject) {
        return new PersonalText(subject, null);
    }

    public PersonRef subject() {
        return subject;
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    public boolean erased() {
        return value == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalText text && subject.equals(text.subject) && Objects.equals(value, text.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, value);
    }

    /** Never the content: logs and exception messages must not carry personal data. */
    @Override
    public String toString() {
        return "PersonalText[" + subject + (erased() ? ", erased]" : "]");
    }
}
