package org.leadqualification.funnel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.leadqualification.model.RecordedStage;
import org.leadqualification.sla.SlaRequirement;

/**
 * What {@link FunnelAnalyzer} found in a set of leads, as of an instant. An immutable value; render it with
 * {@link FunnelText}, {@link FunnelJson} or {@link FunnelHtml}.
 *
 * <p>The <em>cohort</em> is the leads created in the period ({@code periodStart} inclusive, {@code periodEnd}
 * exclusive; a lead without {@code createdAt} is dated by its first stage change). Every section is about the cohort,
 * except {@link #periodConversion()} (every lead's steps reached in the period) and {@link #sla()} (every deadline
 * whose clock started in the period). History after {@code asOf} is ignored.
 *
 * @param periodStart      first instant of the period
 * @param periodEnd        end of the period, exclusive
 * @param asOf             the instant the data is judged at (by default the period's end)
 * @param window           the conversion window: a step counts as converted when reached within it
 * @param leads            what was read
 * @param funnel           the cohort's leads that reached each step by {@code asOf}
 * @param cohortConversion cohort conversion between consecutive steps, then end to end (lead to won)
 * @param periodConversion period conversion between consecutive steps
 * @param velocity         time spent in each recorded stage
 * @param salesCycle       time from reaching SQL to won
 * @param sources          performance per lead source, most leads first
 * @param activity         engagement and demo requests per recorded stage
 * @param interactionLift  interaction types among won and lost leads
 * @param ruleLift         rules (reasons) among won and lost leads, when a qualifier judged them
 * @param calibration      the current rules' score against outcomes, when a qualifier judged the leads
 * @param agreement        the rules' stage against the recorded stage at each milestone, when re-judged
 * @param sla              the marketing-sales SLA
 */
public record FunnelReport(Instant periodStart, Instant periodEnd, Instant asOf, Duration window, LeadCounts leads,
                           List<StepCount> funnel, List<StepConversion> cohortConversion,
                           List<PeriodConversion> periodConversion, List<StageVelocity> velocity,
                           DurationStats salesCycle, List<SourcePerformance> sources, List<StageActivity> activity,
                           List<SignalLift> interactionLift, List<SignalLift> ruleLift,
                           Optional<Calibration> calibration, List<StageAgreement> agreement, SlaSummary sla) {

    /** @throws NullPointerException if a part is null */
    public FunnelReport {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(leads, "leads");
        funnel = List.copyOf(funnel);
        cohortConversion = List.copyOf(cohortConversion);
        periodConversion = List.copyOf(periodConversion);
        velocity = List.copyOf(velocity);
        Objects.requireNonNull(salesCycle, "salesCycle");
        sources = List.copyOf(sources);
        activity = List.copyOf(activity);
        interactionLift = List.copyOf(interactionLift);
        ruleLift = List.copyOf(ruleLift);
        calibration = calibration == null ? Optional.empty() : calibration;
        agreement = List.copyOf(agreement);
        Objects.requireNonNull(sla, "sla");
    }

    /**
     * How many leads were read and what became of them; every lead read is in exactly one of cohort, outside the
     * period, undated; errors are leads that could not be read at all.
     *
     * @param read          leads analysed
     * @param cohort        created in the period
     * @param outsidePeriod created before or after the period
     * @param undated       without {@code createdAt} and stage history: in no cohort
     * @param errors        inputs that were not valid leads (reported by the caller), not analysed
     * @param judged        cohort leads the qualifier judged
     * @param judgeFailures cohort leads on which the qualifier failed
     */
    public record LeadCounts(long read, long cohort, long outsidePeriod, long undated, long errors, long judged,
                             long judgeFailures) {
    }

    /**
     * @param step  the funnel step
     * @param leads cohort leads that reached it by {@code asOf}
     * @param share of the cohort
     */
    public record StepCount(FunnelStep step, long leads, Rate share) {
    }

    /**
     * Cohort conversion from one step to another: of the cohort's leads that reached {@code from} at least the window
     * before {@code asOf} ({@code mature}), how many reached {@code to} within the window. Leads that reached
     * {@code from} later have not had the full window: they are counted as {@code immature} and left out of the rate.
     *
     * @param from      the step converted from
     * @param to        the step converted to
     * @param entered   cohort leads that reached {@code from}
     * @param immature  of them, those that reached it less than the window before {@code asOf}
     * @param converted mature leads that reached {@code to} within the window
     * @param rate      {@code converted} of {@code mature}
     */
    public record StepConversion(FunnelStep from, FunnelStep to, long entered, long immature, long converted,
                                 Rate rate) {
        /** @return {@code entered - immature} */
        public long mature() {
            return entered - immature;
        }

        /** @return true if some leads have not had the full window yet */
        public boolean hasImmature() {
            return immature > 0;
        }
    }

    /**
     * Period conversion: how many leads (of any cohort) reached {@code to} in the period, against how many reached
     * {@code from} in it. Not a share of the same leads, so it may exceed 1.
     *
     * @param from         the step converted from
     * @param to           the step converted to
     * @param enteredFrom  leads that reached {@code from} in the period
     * @param reachedTo    leads that reached {@code to} in the period
     * @param ratio        {@code reachedTo / enteredFrom}, empty when none entered
     */
    public record PeriodConversion(FunnelStep from, FunnelStep to, long enteredFrom, long reachedTo,
                                   OptionalDouble ratio) {
    }

    /**
     * @param stage     the recorded stage
     * @param completed stays that ended (a later stage change, or the deal closing) by {@code asOf}
     * @param ongoing   stays still going on at {@code asOf}, not in the statistics
     * @param time      the completed stays' length
     */
    public record StageVelocity(RecordedStage stage, long completed, long ongoing, DurationStats time) {
    }

    /**
     * @param source        the lead source ({@code (none)} when absent)
     * @param leads         cohort leads from it
     * @param mql           of them, reached MQL by {@code asOf}
     * @param sql           reached SQL
     * @param won           won
     * @param revenue       the won deals' amounts
     * @param revenuePerLead {@code revenue / leads}, rounded to cents
     */
    public record SourcePerformance(String source, long leads, Rate mql, Rate sql, Rate won, BigDecimal revenue,
                                    BigDecimal revenuePerLead) {
    }

    /**
     * While in a stage (from entering it to the next stage change, the deal closing, or {@code asOf}): did the lead
     * engage (any interaction but the negative ones: bounce, unsubscribe, spam complaint, not interested, careers
     * page) and did it request a demo?
     *
     * @param stage   the recorded stage
     * @param leads   cohort leads recorded in it
     * @param engaged share that engaged while in it
     * @param demo    share that requested a demo while in it
     */
    public record StageActivity(RecordedStage stage, long leads, Rate engaged, Rate demo) {
    }

    /**
     * A signal (an interaction type, or a rule that gave a reason) among won and among lost leads.
     *
     * @param signal    the interaction type or rule name
     * @param amongWon  won leads with it, of the won
     * @param amongLost lost leads with it, of the lost
     * @param lift      {@code amongWon / amongLost}, empty when no lost lead has it (or none was won or lost)
     */
    public record SignalLift(String signal, Rate amongWon, Rate amongLost, OptionalDouble lift) {
    }

    /**
     * The current rules' score and stage against outcomes.
     *
     * @param judgedAt how the judging instant was chosen, e.g. {@code as of the report}
     * @param bands    conversion by score band of ten points (0-9, ..., 80-89, 90-100)
     * @param stages   conversion by the rules' stage
     * @param won      judged leads that were won
     * @param lost     judged leads that were lost
     * @param auc      ROC AUC of the score, won against lost (ties count one half); empty without both
     */
    public record Calibration(String judgedAt, List<CalibrationRow> bands, List<CalibrationRow> stages, long won,
                              long lost, OptionalDouble auc) {
        /** Copies the lists. */
        public Calibration {
            bands = List.copyOf(bands);
            stages = List.copyOf(stages);
        }
    }

    /**
     * @param label      the band ({@code 40-49}) or stage ({@code SQL})
     * @param leads      judged leads in it
     * @param won        of them, won
     * @param lost       of them, lost
     * @param conversion {@code won} of {@code leads}
     * @param lift       conversion against that of all judged leads, empty when either is undefined
     */
    public record CalibrationRow(String label, long leads, long won, long lost, Rate conversion,
                                 OptionalDouble lift) {
    }

    /**
     * The rules re-judging a lead as of each of its recorded stage changes.
     *
     * @param stage  the recorded stage
     * @param judged stage changes re-judged
     * @param agreed of them, the rules' stage was the recorded one
     */
    public record StageAgreement(RecordedStage stage, long judged, Rate agreed) {
    }

    /**
     * The SLA between marketing and sales over the deadlines whose clock started in the period.
     *
     * @param byOwner       compliance per sales owner ({@code (unassigned)} when absent)
     * @param byStage       compliance per stage and requirement
     * @param openBreaches  open breaches, most late first, at most the analyser's limit
     * @param openBreachCount every open breach, listed or not
     */
    public record SlaSummary(List<SlaCompliance> byOwner, List<SlaCompliance> byStage, List<OpenBreach> openBreaches,
                             long openBreachCount) {
        /** Copies the lists. */
        public SlaSummary {
            byOwner = List.copyOf(byOwner);
            byStage = List.copyOf(byStage);
            openBreaches = List.copyOf(openBreaches);
        }
    }

    /**
     * @param key        the owner, or the stage and requirement ({@code SQL FIRST_TOUCH})
     * @param due        deadlines that count: met, met late, missed or breached (pending and void ones do not)
     * @param met        met on time
     * @param metLate    met after the deadline
     * @param missed     closed unmet after the deadline
     * @param breached   open breaches
     * @param compliance {@code met} of {@code due}
     */
    public record SlaCompliance(String key, long due, long met, long metLate, long missed, long breached,
                                Rate compliance) {
    }

    /**
     * @param leadId      the lead
     * @param owner       its sales owner, if known
     * @param stage       the stage that started the clock
     * @param requirement what sales has not done
     * @param dueAt       when it was due
     * @param lateBy      how late as of {@code asOf}
     */
    public record OpenBreach(String leadId, Optional<String> owner, RecordedStage stage, SlaRequirement requirement,
                             Instant dueAt, Duration lateBy) {
    }
}
