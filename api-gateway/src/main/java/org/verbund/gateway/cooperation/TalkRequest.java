package org.verbund.gateway.cooperation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.verbund.cooperation.api.InstitutionLevel;
import org.verbund.cooperation.api.RecordVisitTalkCommand;
import org.verbund.cooperation.api.VisitId;

import java.time.LocalDate;

import static org.verbund.gateway.web.CommandWrites.orToday;

/** A talk during a visit with an institution of the partner country. */
public record TalkRequest(@NotBlank @Size(max = 200) String institution, @NotNull InstitutionLevel level,
                          @Size(max = 1000) String topic, LocalDate effectiveOn) {

    RecordVisitTalkCommand toCommand(String visitId, String talkId) {
        return new RecordVisitTalkCommand(new VisitId(visitId), talkId, institution, level, topic, orToday(effectiveOn));
    }
}
