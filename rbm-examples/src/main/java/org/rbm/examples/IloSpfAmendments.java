package org.rbm.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rbm.core.cycle.AmendmentEvent;
import org.rbm.core.cycle.DecidingBody;
import org.rbm.core.cycle.SpfAmendments;
import org.rbm.core.cycle.SpfChange;
import org.rbm.core.indicators.DataPoint;
import org.rbm.core.indicators.IndicatorId;
import org.rbm.core.indicators.Value;
import org.rbm.core.period.DateRange;

/**
 * The amendment record of the SPF 2006-09 of section 7, with illustrative decisions (the
 * references follow the ILO's numbering; the changes are examples, not the bodies' real
 * decisions): the Governing Body adopts, on the day of its decisions on the paper, the evaluation
 * lesson the paper draws (paragraph 64); a proposal of March 2008 to raise the 2009 target of
 * IND-2a.1-1 from 60 to 70 Member States is withdrawn; the Conference of June 2008 revises the
 * vision.
 */
final class IloSpfAmendments {
  /** The indicator whose 2009 target the withdrawn proposal would have raised. */
  static final IndicatorId DWCP_INDICATOR = IndicatorId.of("IND-2a.1-1");

  /** The evaluation lesson the Governing Body adds. */
  static final String LESSON =
      "Results and indicators must be specific enough for evaluations to conclude on them";

  /** The vision the Conference sets. */
  static final String VISION = "Decent work for all, through social justice for a fair globalization";

  private IloSpfAmendments() {}

  /**
   * Returns the record: five events, from the paper of 12 October 2007 to the Conference's
   * decision of 10 June 2008.
   *
   * @return the record, in state ADOPTED with two amendments adopted
   */
  static SpfAmendments record() {
    return SpfAmendments.recorded(ImplementationReportSection.spf2006())
        .apply(
            new AmendmentEvent.Propose(
                DecidingBody.GOVERNING_BODY,
                IloRoadmap.PAPER,
                Optional.of("Evaluation lessons from the review of the programme cycle"),
                com.google.common.collect.ImmutableList.of(SpfChange.addEvaluationLesson(LESSON))),
            IloRoadmap.PAPER_DATE,
            "PROGRAM")
        .apply(
            new AmendmentEvent.Adopt(),
            IloRoadmap.DECISION_DAY,
            "Governing Body",
            Optional.of("300th Session"))
        .apply(
            AmendmentEvent.propose(
                DecidingBody.GOVERNING_BODY,
                "GB.301/PFA/2",
                List.of(
                    SpfChange.changeTarget(
                        DWCP_INDICATOR, DateRange.ofYear(2009), DataPoint.of(Value.of(70))))),
            LocalDate.of(2008, 3, 1),
            "PROGRAM")
        .apply(
            new AmendmentEvent.Withdraw("Left to the Programme and Budget proposals for 2010-11"),
            LocalDate.of(2008, 3, 20),
            "PROGRAM")
        .apply(
            new AmendmentEvent.Amend(
                DecidingBody.INTERNATIONAL_LABOUR_CONFERENCE,
                "ILC.97/Declaration",
                Optional.of("ILO Declaration on Social Justice for a Fair Globalization"),
                com.google.common.collect.ImmutableList.of(SpfChange.reviseVision(VISION))),
            LocalDate.of(2008, 6, 10),
            "International Labour Conference");
  }
}
