package org.verbund.workshop.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation.Kind;

import static org.verbund.core.kernel.RuleViolation.Kind.CONFLICT;
import static org.verbund.core.kernel.RuleViolation.Kind.FORBIDDEN;
import static org.verbund.core.kernel.RuleViolation.Kind.UNPROCESSABLE;

/**
 * Every rule code the workshop context refuses a command with, and its kind (409, 422 or 403; hiding a thing is the
 * kernel's {@code not-found}). The codes are stable: clients rely on them, so an entry's code never changes.
 */
public enum WorkshopRule implements RuleCode {

    // working groups
    GROUP_COORDINATORS_ONLY("working-group.coordinators-only", FORBIDDEN),
    GROUP_RUN_BY_LEAD("working-group.run-by-lead", FORBIDDEN),
    GROUP_NAME_AND_MANDATE_REQUIRED("working-group.name-and-mandate-required", UNPROCESSABLE),
    GROUP_LEAD_REQUIRED("working-group.lead-required", UNPROCESSABLE),
    GROUP_REPORTS_TO_COORDINATION_BODY("working-group.reports-to-coordination-body", UNPROCESSABLE),
    GROUP_UNKNOWN_ORGANISATION("working-group.unknown-organisation", UNPROCESSABLE),
    GROUP_LEAD_STAYS("working-group.lead-stays", CONFLICT),
    GROUP_NOT_A_MEMBER("working-group.not-a-member", UNPROCESSABLE),
    GROUP_ALREADY_CONSTITUTED("working-group.already-constituted", CONFLICT),
    GROUP_CONSTITUENT_MEETING_REQUIRED("working-group.constituent-meeting-required", UNPROCESSABLE),
    GROUP_UNKNOWN_MEETING("working-group.unknown-meeting", UNPROCESSABLE),
    GROUP_DISSOLVED("working-group.dissolved", CONFLICT),
    // result transfers
    TRANSFER_ONE_SOURCE("result-transfer.one-source", UNPROCESSABLE),
    TRANSFER_UNKNOWN_SOURCE("result-transfer.unknown-source", UNPROCESSABLE),
    TRANSFER_SUMMARY_REQUIRED("result-transfer.summary-required", UNPROCESSABLE),
    RESULTS_DELIVERED_BY_VERBUND("received-results.delivered-by-verbund", FORBIDDEN),
    // workshop series
    SERIES_UNKNOWN_GROUP("workshop-series.unknown-group", UNPROCESSABLE),
    SERIES_TITLE_REQUIRED("workshop-series.title-required", UNPROCESSABLE),
    SERIES_WORKSHOPS_NUMBERED("workshop-series.workshops-numbered", UNPROCESSABLE),
    // meetings
    MEETING_UNKNOWN_GROUP("meeting.unknown-group", UNPROCESSABLE),
    MEETING_UNKNOWN_SERIES("meeting.unknown-series", UNPROCESSABLE),
    MEETING_NOT_IN_SERIES("meeting.not-in-series", UNPROCESSABLE),
    MEETING_TITLE_REQUIRED("meeting.title-required", UNPROCESSABLE),
    MEETING_DATE_REQUIRED("meeting.date-required", UNPROCESSABLE),
    MEETING_NOT_SCHEDULED("meeting.not-scheduled", CONFLICT),
    MEETING_NOT_HELD("meeting.not-held", CONFLICT),
    MEETING_CANCELLED("meeting.cancelled", CONFLICT),
    // agenda and attendance
    AGENDA_TITLE_REQUIRED("agenda.title-required", UNPROCESSABLE),
    AGENDA_ID_TAKEN("agenda.id-taken", UNPROCESSABLE),
    AGENDA_NOT_A_PERMUTATION("agenda.not-a-permutation", UNPROCESSABLE),
    AGENDA_UNKNOWN_ITEM("agenda.unknown-item", UNPROCESSABLE),
    ATTENDANCE_PERSON_AND_ORGANISATION_REQUIRED("attendance.person-and-organisation-required", UNPROCESSABLE),
    ATTENDANCE_UNKNOWN_ORGANISATION("attendance.unknown-organisation", UNPROCESSABLE),
    PERSONAL_DATA_WRONG_SUBJECT("personal-data.wrong-subject", UNPROCESSABLE),
    // outcomes
    OUTCOME_TEXT_REQUIRED("outcome.text-required", UNPROCESSABLE),
    OUTCOME_ID_TAKEN("outcome.id-taken", UNPROCESSABLE),
    STRATEGY_CHALLENGE_REQUIRED("strategy.challenge-required", UNPROCESSABLE),
    STRATEGY_UNKNOWN_CHALLENGE("strategy.unknown-challenge", UNPROCESSABLE),
    ACTOR_ACTOR_REQUIRED("actor.actor-required", UNPROCESSABLE),
    ACTOR_LEVEL_REQUIRED("actor.level-required", UNPROCESSABLE),
    ACTOR_UNKNOWN_STRATEGY("actor.unknown-strategy", UNPROCESSABLE),
    DECISION_TEXT_REQUIRED("decision.text-required", UNPROCESSABLE),
    DECISION_DECIDED_BY_REQUIRED("decision.decided-by-required", UNPROCESSABLE),
    DECISION_DISSENT_OR_UNANIMOUS("decision.dissent-or-unanimous", UNPROCESSABLE),
    DECISION_UNKNOWN_ORGANISATION("decision.unknown-organisation", UNPROCESSABLE),
    // action items
    ACTION_ITEM_TEXT_REQUIRED("action-item.text-required", UNPROCESSABLE),
    ACTION_ITEM_OWNER_AND_DUE_DATE_REQUIRED("action-item.owner-and-due-date-required", UNPROCESSABLE),
    ACTION_ITEM_UNKNOWN_OWNER("action-item.unknown-owner", UNPROCESSABLE),
    ACTION_ITEM_UNKNOWN_DECISION("action-item.unknown-decision", UNPROCESSABLE),
    ACTION_ITEM_UNKNOWN("action-item.unknown", UNPROCESSABLE),
    ACTION_ITEM_CLOSED("action-item.closed", CONFLICT),
    ACTION_ITEM_OWNER_OR_LEAD("action-item.owner-or-lead", FORBIDDEN),
    // minutes and corrections
    MINUTES_TEXT_REQUIRED("minutes.text-required", UNPROCESSABLE),
    MINUTES_ALREADY_DRAFTED("minutes.already-drafted", CONFLICT),
    MINUTES_NOT_DRAFTED("minutes.not-drafted", CONFLICT),
    MINUTES_ONLY_ATTENDEES_AMEND("minutes.only-attendees-amend", CONFLICT),
    MINUTES_FROZEN("minutes.frozen", CONFLICT),
    MINUTES_APPROVAL_REQUIRED("minutes.approval-required", UNPROCESSABLE),
    MINUTES_NEXT_MEETING_REQUIRED("minutes.next-meeting-required", UNPROCESSABLE),
    MINUTES_UNKNOWN_NEXT_MEETING("minutes.unknown-next-meeting", UNPROCESSABLE),
    MINUTES_NOT_APPROVED("minutes.not-approved", CONFLICT),
    CORRECTION_UNKNOWN_TARGET("correction.unknown-target", UNPROCESSABLE),
    CORRECTION_TEXT_REQUIRED("correction.text-required", UNPROCESSABLE),
    CORRECTION_ID_TAKEN("correction.id-taken", UNPROCESSABLE),
    CORRECTION_UNKNOWN("correction.unknown", UNPROCESSABLE),
    CORRECTION_ALREADY_APPROVED("correction.already-approved", CONFLICT);

    private final String code;
    private final Kind kind;

    WorkshopRule(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
