package org.rbm.examples;

import java.time.LocalDate;
import java.util.Optional;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;

/**
 * The ILO's RBM roadmap as its Governing Body paper GB.300/PFA/9/1 (Geneva, 12 October 2007)
 * reports it: three areas, sixteen milestones, each with its due year and the paper's status line,
 * mapped onto the SDK's {@link MilestoneState states}; then the two revisions of paragraph 31 and the
 * new milestone of paragraph 32.
 *
 * <p>Every milestone is recorded on the paper's date, by the paper, in the state its status line
 * describes, with the status line as the record note. The mapping:
 *
 * <table>
 *   <caption>Status lines of November 2007 and the states they map onto</caption>
 *   <tr><th>#</th><th>Status in the paper</th><th>State</th></tr>
 *   <tr><td>1</td><td>Adopted, on condition that an updated strategy is submitted in November
 *       2007</td><td>achieved with conditions, the condition being that an updated strategy is
 *       submitted in November 2007</td></tr>
 *   <tr><td>2</td><td>Knowledge-sharing strategy submitted to this session for adoption</td>
 *       <td>submitted for approval</td></tr>
 *   <tr><td>3</td><td>Work started; a set of criteria being developed</td><td>in progress</td></tr>
 *   <tr><td>4</td><td>Initial ideas in this paper; existing strategies show some RBM features</td>
 *       <td>in progress (work has begun with the paper's ideas)</td></tr>
 *   <tr><td>5</td><td>DWCPs in 30 countries, 49 more being developed; 26 assessed or being assessed
 *       by QA</td><td>in progress</td></tr>
 *   <tr><td>6</td><td>New system designed; being piloted; IRIS support being prepared</td>
 *       <td>in progress</td></tr>
 *   <tr><td>7</td><td>Being prepared with IRIS support</td><td>in progress</td></tr>
 *   <tr><td>8</td><td>A target to be proposed in the Technical Cooperation Committee</td>
 *       <td>planned (agreed, not started: its target is still to be set)</td></tr>
 *   <tr><td>9</td><td>Under development</td><td>in progress</td></tr>
 *   <tr><td>10</td><td>Not yet started</td><td>planned</td></tr>
 *   <tr><td>11</td><td>New system designed, IT support completed; conversion of documents
 *       started</td><td>in progress</td></tr>
 *   <tr><td>12, 13</td><td>(to be reported in future reports)</td><td>planned</td></tr>
 *   <tr><td>14</td><td>This paper sets out the proposals</td><td>submitted for approval</td></tr>
 *   <tr><td>15</td><td>If approved, the next SPF covers 2010-15, discussed in November 2008</td>
 *       <td>planned (it follows the decision on 14)</td></tr>
 *   <tr><td>16</td><td>To be submitted as part of the SPF in November 2008</td><td>planned</td></tr>
 *   <tr><td>17</td><td>Proposed by paragraph 32; some work done, including the database design</td>
 *       <td>proposed, then approved and started by the Governing Body's decision</td></tr>
 * </table>
 *
 * <p>Only the proposals of paragraphs 31 and 32 are applied as the Governing Body's decisions.
 * Milestones 2 (the knowledge-sharing strategy, "submitted to this session for adoption") and 14
 * (the changes to the programme cycle, "this paper sets out the proposals") await that session's
 * decision too, but the paper does not record the decision, so the example does not invent one:
 * after the decisions they are still submitted for approval, due 2007, and therefore overdue in
 * 2008.
 *
 * <p>The paper names no owners: every milestone is owned by the International Labour Office. It
 * gives no day for the Governing Body's decisions either, only the session of November 2007; the
 * example dates them {@link #DECISION_DAY}, a day of that session.
 */
public final class IloRoadmap {
  /** The date of the paper, GB.300/PFA/9/1. */
  public static final LocalDate PAPER_DATE = LocalDate.of(2007, 10, 12);

  /** The day the example gives the Governing Body's decisions of November 2007. */
  public static final LocalDate DECISION_DAY = LocalDate.of(2007, 11, 16);

  /** The paper's symbol, which records every milestone. */
  public static final String PAPER = "GB.300/PFA/9/1";

  /** The first area: paragraph 23 leaves its milestones unchanged. */
  public static final String INTEGRATED_MANAGEMENT = "Integrated management strategy";

  /** The second area: paragraphs 31 and 32 revise two milestones and add one. */
  public static final String PERFORMANCE = "Performance and accountability";

  /** The third area: paragraph 74 leaves its milestones unchanged. */
  public static final String PROGRAMME_CYCLE = "Reform of the programme cycle";

  private static final String OFFICE = "International Labour Office";
  private static final String GOVERNING_BODY = "Governing Body";

  private IloRoadmap() {}

  /**
   * Returns the roadmap as the paper reports it: sixteen milestones in three areas.
   *
   * @return the roadmap of November 2007
   */
  public static Roadmap november2007() {
    return Roadmap.builder()
        .title("RBM roadmap, November 2007 (" + PAPER + ")")
        .addMilestones(
            builder("1", INTEGRATED_MANAGEMENT, "Results-based IT strategy for 2007-09 adopted",
                    2007, MilestoneState.ACHIEVED_WITH_CONDITIONS,
                    "Adopted, on condition that an updated strategy is submitted in November 2007")
                .initialCondition("an updated strategy is submitted in November 2007")
                .build(),
            m("2", INTEGRATED_MANAGEMENT,
                "Results-based knowledge-sharing and research strategy adopted", 2007,
                MilestoneState.SUBMITTED_FOR_APPROVAL,
                "Knowledge-sharing strategy submitted to this session for adoption"),
            m("3", INTEGRATED_MANAGEMENT,
                "Common approach and terminology for all ILO strategies adopted", 2008,
                MilestoneState.IN_PROGRESS, "Work started; a set of criteria being developed"),
            m("4", INTEGRATED_MANAGEMENT,
                "All strategies revised to the common approach and terminology, in a clear results"
                    + " framework, with explicit links among all Office strategies", 2009,
                MilestoneState.IN_PROGRESS,
                "Initial ideas in this paper; existing strategies show some RBM features"),
            m("5", PERFORMANCE,
                "DWCPs implemented in a growing number of member States; DWCPs subject to quality"
                    + " assurance and regular evaluation", 2007,
                MilestoneState.IN_PROGRESS,
                "DWCPs in 30 countries, 49 more being developed; 26 assessed or being assessed by"
                    + " QA"),
            m("6", PERFORMANCE, "New staff performance management system introduced", 2007,
                MilestoneState.IN_PROGRESS,
                "New system designed, incl. standards for work-level planning; being piloted at HQ"
                    + " and in the regions; IRIS support being prepared"),
            m("7", PERFORMANCE, "Standards for workplanning introduced", 2007,
                MilestoneState.IN_PROGRESS,
                "Being prepared with IRIS support; to be used for the 2008-09 workplans"),
            m("8", PERFORMANCE, "DWCPs implemented in a [set] number of member States", 2008,
                MilestoneState.PLANNED,
                "A target to be proposed in the Technical Cooperation Committee"),
            m("9", PERFORMANCE,
                "Implementing units prepare workplans in a common computerized format", 2008,
                MilestoneState.IN_PROGRESS, "Under development"),
            m("10", PERFORMANCE,
                "RBM performance appraisal piloted in technical programmes, regions and management"
                    + " and administrative services", 2008,
                MilestoneState.PLANNED, "Not yet started"),
            m("11", PERFORMANCE, "Fully revised internal governance documents system in place",
                2008, MilestoneState.IN_PROGRESS,
                "New system designed, IT support completed; conversion of documents started"),
            m("12", PERFORMANCE,
                "Workplanning standards and formats used by most implementing units", 2009,
                MilestoneState.PLANNED, "To be reported in future reports"),
            m("13", PERFORMANCE,
                "Efficiency and substantive targets set in a growing number of technical"
                    + " programmes, regions and management and administrative services", 2009,
                MilestoneState.PLANNED, "To be reported in future reports"),
            m("14", PROGRAMME_CYCLE,
                "Decision approving changes to the programme cycle, incl. the intent, duration and"
                    + " timing of the medium-term plan", 2007,
                MilestoneState.SUBMITTED_FOR_APPROVAL, "This paper sets out the proposals"),
            m("15", PROGRAMME_CYCLE,
                "Strategic Policy Framework redesigned, its duration adjusted to the revised cycle",
                2008, MilestoneState.PLANNED,
                "If approved, the next SPF covers 2010-15, discussed in November 2008"),
            m("16", PROGRAMME_CYCLE,
                "Governing Body endorses a comprehensive plan for programme implementation and"
                    + " performance reporting, incl. its own review and independent evaluation",
                2008, MilestoneState.PLANNED,
                "To be submitted as part of the SPF in November 2008"))
        .build();
  }

  /**
   * Returns milestone 17 as paragraph 32 proposes it, before the Governing Body's decision.
   *
   * @return the proposed milestone
   */
  public static Milestone milestone17() {
    return m("17", PERFORMANCE,
        "A policy for follow-up to all types of independent evaluation consistently applied, and a"
            + " database for tracking management follow-up fully established", 2009,
        MilestoneState.PROPOSED, "Proposed in paragraph 32");
  }

  /**
   * Returns the roadmap after the Governing Body's decisions of November 2007: milestone 6 due in
   * 2008 instead of 2007 (full roll-out after the pilot), milestone 8 to have a specific target
   * number of DWCPs (paragraph 31), and milestone 17 added, approved and started, since some work,
   * including the database design, is done (paragraph 32).
   *
   * <p>These are the only decisions applied. Milestones 2 and 14, submitted to the same session
   * for its decision, stay submitted for approval: the paper does not say how the session decided,
   * so they remain due in 2007 and are overdue from 2008 on.
   *
   * @return the revised roadmap, seventeen milestones
   */
  public static Roadmap afterDecisions() {
    Optional<String> paragraph31 = Optional.of(PAPER + ", paragraph 31");
    Optional<String> paragraph32 = Optional.of(PAPER + ", paragraph 32");
    return november2007()
        .withTitle("RBM roadmap after the Governing Body's decisions of November 2007")
        .apply(
            MilestoneId.of("6"),
            MilestoneEvent.reviseDue(
                Due.ofYear(2008),
                "Full roll-out of the performance management framework in the second half of"
                    + " 2008, after the pilot"),
            DECISION_DAY, GOVERNING_BODY, paragraph31)
        .apply(
            MilestoneId.of("8"),
            MilestoneEvent.reviseStatement(
                "DWCPs implemented in a specific target number of member States, set after the"
                    + " Technical Cooperation Committee's discussion",
                "Set a specific target number of DWCPs, following the Technical Cooperation"
                    + " Committee's discussion"),
            DECISION_DAY, GOVERNING_BODY, paragraph31)
        .add(milestone17())
        .apply(MilestoneId.of("17"), MilestoneEvent.approve(), DECISION_DAY, GOVERNING_BODY,
            paragraph32)
        .apply(MilestoneId.of("17"), MilestoneEvent.start(), DECISION_DAY, OFFICE,
            Optional.of("Some work done, including the database design"));
  }

  private static Milestone m(
      String id, String area, String statement, int year, MilestoneState state, String status) {
    return builder(id, area, statement, year, state, status).build();
  }

  private static Milestone.Builder builder(
      String id, String area, String statement, int year, MilestoneState state, String status) {
    return Milestone.builder()
        .id(MilestoneId.of(id))
        .area(area)
        .owner(OFFICE)
        .initialStatement(statement)
        .initialDue(Due.ofYear(year))
        .initialState(state)
        .recordedOn(PAPER_DATE)
        .recordedBy(PAPER)
        .recordNote(status);
  }
}
