package org.verbund.workshop.api;

import org.verbund.core.kernel.RuleCode;

import static org.verbund.core.kernel.RuleViolation.Kind.CONFLICT;
import static org.verbund.core.kernel.RuleViolation.Kind.FORBIDDEN;
import static org.verbund.core.kernel.RuleViolation.Kind.UNPROCESSABLE;

/**
 * Every rule code the workshop context refuses a command with, and its kind (409, 422 or 403; hiding a thing is the
 * kernel's {@code not-found}). The codes are stable: clients rely on them, so an entry's code never changes.
 */
public final class WorkshopRule {

    // working groups
    public static final RuleCode GROUP_COORDINATORS_ONLY = new RuleCode("working-group.coordinators-only", FORBIDDEN);
    public static final RuleCode GROUP_RUN_BY_LEAD = new RuleCode("working-group.run-by-lead", FORBIDDEN);
    public static final RuleCode GROUP_NAME_AND_MANDATE_REQUIRED = new RuleCode("working-group.name-and-mandate-required", UNPROCESSABLE);
    public static final RuleCode GROUP_LEAD_REQUIRED = new RuleCode("working-group.lead-required", UNPROCESSABLE);
    public static final RuleCode GROUP_REPORTS_TO_COORDINATION_BODY = new RuleCode("working-group.reports-to-coordination-body", UNPROCESSABLE);
    public static final RuleCode GROUP_UNKNOWN_ORGANISATION = new RuleCode("working-group.unknown-organisation", UNPROCESSABLE);
    public static final RuleCode GROUP_LEAD_STAYS = new RuleCode("working-group.lead-stays", CONFLICT);
    public static final RuleCode GROUP_NOT_A_MEMBER = new RuleCode("working-group.not-a-member", UNPROCESSABLE);
    public static final RuleCode GROUP_ALREADY_CONSTITUTED = new RuleCode("working-group.already-constituted", CONFLICT);
    public static final RuleCode GROUP_CONSTITUENT_MEETING_REQUIRED = new RuleCode("working-group.constituent-meeting-required", UNPROCESSABLE);
    public static final RuleCode GROUP_UNKNOWN_MEETING = new RuleCode("working-group.unknown-meeting", UNPROCESSABLE);
    public static final RuleCode GROUP_DISSOLVED = new RuleCode("working-group.dissolved", CONFLICT);
    // result transfers
    public static final RuleCode TRANSFER_ONE_SOURCE = new RuleCode("result-transfer.one-source", UNPROCESSABLE);
    public static final RuleCode TRANSFER_UNKNOWN_SOURCE = new RuleCode("result-transfer.unknown-source", UNPROCESSABLE);
    public static final RuleCode TRANSFER_SUMMARY_REQUIRED = new RuleCode("result-transfer.summary-required", UNPROCESSABLE);
    public static final RuleCode RESULTS_DELIVERED_BY_VERBUND = new RuleCode("received-results.delivered-by-verbund", FORBIDDEN);
    // workshop series
    public static final RuleCode SERIES_UNKNOWN_GROUP = new RuleCode("workshop-series.unknown-group", UNPROCESSABLE);
    public static final RuleCode SERIES_TITLE_REQUIRED = new RuleCode("workshop-series.title-required", UNPROCESSABLE);
    public static final RuleCode SERIES_WORKSHOPS_NUMBERED = new RuleCode("workshop-series.workshops-numbered", UNPROCESSABLE);
    // meetings
    public static final RuleCode MEETING_UNKNOWN_GROUP = new RuleCode("meeting.unknown-group", UNPROCESSABLE);
    public static final RuleCode MEETING_UNKNOWN_SERIES = new RuleCode("meeting.unknown-series", UNPROCESSABLE);
    public static final RuleCode MEETING_NOT_IN_SERIES = new RuleCode("meeting.not-in-series", UNPROCESSABLE);
    public static final RuleCode MEETING_TITLE_REQUIRED = new RuleCode("meeting.title-required", UNPROCESSABLE);
    public static final RuleCode MEETING_DATE_REQUIRED = new RuleCode("meeting.date-required", UNPROCESSABLE);
    public static final RuleCode MEETING_NOT_SCHEDULED = new RuleCode("meeting.not-scheduled", CONFLICT);
    public static final RuleCode MEETING_NOT_HELD = new RuleCode("meeting.not-held", CONFLICT);
    public static final RuleCode MEETING_CANCELLED = new RuleCode("meeting.cancelled", CONFLICT);
    // agenda and attendance
    public static final RuleCode AGENDA_TITLE_REQUIRED = new RuleCode("agenda.title-required", UNPROCESSABLE);
    public static final RuleCode AGENDA_ID_TAKEN = new RuleCode("agenda.id-taken", UNPROCESSABLE);
    public static final RuleCode AGENDA_NOT_A_PERMUTATION = new RuleCode("agenda.not-a-permutation", UNPROCESSABLE);
    public static final RuleCode AGENDA_UNKNOWN_ITEM = new RuleCode("agenda.unknown-item", UNPROCESSABLE);
    public static final RuleCode ATTENDANCE_PERSON_AND_ORGANISATION_REQUIRED = new RuleCode("attendance.person-and-organisation-required", UNPROCESSABLE);
    public static final RuleCode ATTENDANCE_UNKNOWN_ORGANISATION = new RuleCode("attendance.unknown-organisation", UNPROCESSABLE);
    public static final RuleCode PERSONAL_DATA_WRONG_SUBJECT = new RuleCode("personal-data.wrong-subject", UNPROCESSABLE);
    // outcomes
    public static final RuleCode OUTCOME_TEXT_REQUIRED = new RuleCode("outcome.text-required", UNPROCESSABLE);
    public static final RuleCode OUTCOME_ID_TAKEN = new RuleCode("outcome.id-taken", UNPROCESSABLE);
    public static final RuleCode STRATEGY_CHALLENGE_REQUIRED = new RuleCode("strategy.challenge-required", UNPROCESSABLE);
    public static final RuleCode STRATEGY_UNKNOWN_CHALLENGE = new RuleCode("strategy.unknown-challenge", UNPROCESSABLE);
    public static final RuleCode ACTOR_ACTOR_REQUIRED = new RuleCode("actor.actor-required", UNPROCESSABLE);
    public static final RuleCode ACTOR_LEVEL_REQUIRED = new RuleCode("actor.level-required", UNPROCESSABLE);
    public static final RuleCode ACTOR_UNKNOWN_STRATEGY = new RuleCode("actor.unknown-strategy", UNPROCESSABLE);
    public static final RuleCode DECISION_TEXT_REQUIRED = new RuleCode("decision.text-required", UNPROCESSABLE);
    public static final RuleCode DECISION_DECIDED_BY_REQUIRED = new RuleCode("decision.decided-by-required", UNPROCESSABLE);
    public static final RuleCode DECISION_DISSENT_OR_UNANIMOUS = new RuleCode("decision.dissent-or-unanimous", UNPROCESSABLE);
    public static final RuleCode DECISION_UNKNOWN_ORGANISATION = new RuleCode("decision.unknown-organisation", UNPROCESSABLE);
    // action items
    public static final RuleCode ACTION_ITEM_TEXT_REQUIRED = new RuleCode("action-item.text-required", UNPROCESSABLE);
    public static final RuleCode ACTION_ITEM_OWNER_AND_DUE_DATE_REQUIRED = new RuleCode("action-item.owner-and-due-date-required", UNPROCESSABLE);
    public static final RuleCode ACTION_ITEM_UNKNOWN_OWNER = new RuleCode("action-item.unknown-owner", UNPROCESSABLE);
    public static final RuleCode ACTION_ITEM_UNKNOWN_DECISION = new RuleCode("action-item.unknown-decision", UNPROCESSABLE);
    public static final RuleCode ACTION_ITEM_UNKNOWN = new RuleCode("action-item.unknown", UNPROCESSABLE);
    public static final RuleCode ACTION_ITEM_CLOSED = new RuleCode("action-item.closed", CONFLICT);
    public static final RuleCode ACTION_ITEM_OWNER_OR_LEAD = new RuleCode("action-item.owner-or-lead", FORBIDDEN);
    // minutes and corrections
    public static final RuleCode MINUTES_TEXT_REQUIRED = new RuleCode("minutes.text-required", UNPROCESSABLE);
    public static final RuleCode MINUTES_ALREADY_DRAFTED = new RuleCode("minutes.already-drafted", CONFLICT);
    public static final RuleCode MINUTES_NOT_DRAFTED = new RuleCode("minutes.not-drafted", CONFLICT);
    public static final RuleCode MINUTES_ONLY_ATTENDEES_AMEND = new RuleCode("minutes.only-attendees-amend", CONFLICT);
    public static final RuleCode MINUTES_FROZEN = new RuleCode("minutes.frozen", CONFLICT);
    public static final RuleCode MINUTES_APPROVAL_REQUIRED = new RuleCode("minutes.approval-required", UNPROCESSABLE);
    public static final RuleCode MINUTES_NEXT_MEETING_REQUIRED = new RuleCode("minutes.next-meeting-required", UNPROCESSABLE);
    public static final RuleCode MINUTES_UNKNOWN_NEXT_MEETING = new RuleCode("minutes.unknown-next-meeting", UNPROCESSABLE);
    public static final RuleCode MINUTES_NOT_APPROVED = new RuleCode("minutes.not-approved", CONFLICT);
    public static final RuleCode CORRECTION_UNKNOWN_TARGET = new RuleCode("correction.unknown-target", UNPROCESSABLE);
    public static final RuleCode CORRECTION_TEXT_REQUIRED = new RuleCode("correction.text-required", UNPROCESSABLE);
    public static final RuleCode CORRECTION_ID_TAKEN = new RuleCode("correction.id-taken", UNPROCESSABLE);
    public static final RuleCode CORRECTION_UNKNOWN = new RuleCode("correction.unknown", UNPROCESSABLE);
    public static final RuleCode CORRECTION_ALREADY_APPROVED = new RuleCode("correction.already-approved", CONFLICT);

    private WorkshopRule() {
    }
}
