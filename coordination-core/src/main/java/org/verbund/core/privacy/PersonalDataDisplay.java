package org.verbund.core.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.verbund.core.kernel.PersonalText;

import java.io.IOException;

/**
 * Jackson for reading (histories, API answers): a {@link PersonalText} becomes
 * {@code {"personalData": true, "subject": ..., "erased": ..., "value": ...}}. Who may see which part is decided where
 * it leaves the system (the gateway), by that marker.
 */
public class PersonalDataDisplay extends SimpleModule {

    /** Marks a personal field in JSON, so that it can be redacted wherever it appears. */
    public static final String MARKER = "personalData";

    public PersonalDataDisplay() {
        super("verbund-personal-data-display");
        addSerializer(PersonalText.class, new JsonSerializer<>() {
            @Override
            public void serialize(PersonalText text, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeStartObject();
                out.writeBooleanField(MARKER, true);
                out.writeStringField("subject", text.subject().value());
                out.writeBooleanField("erased", text.erased());
                out.writeStringField("value", text.value().orElse(null));
                out.writeEndObject();
            }
        });
    }
}
