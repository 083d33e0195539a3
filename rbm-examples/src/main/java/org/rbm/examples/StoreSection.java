package org.rbm.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.rbm.core.dwcp.IloRegion;
import org.rbm.core.evaluation.ActionEvent;
import org.rbm.core.evaluation.ActionId;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.EvaluationId;
import org.rbm.core.evaluation.EvaluationType;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.ManagementResponse;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.core.evaluation.RecommendationId;
import org.rbm.core.evaluation.ResponseDecision;
import org.rbm.core.evaluation.SubjectRef;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.store.DocumentType;
import org.rbm.store.FollowUpRate;
import org.rbm.store.LateAction;
import org.rbm.store.RbmStore;
import org.rbm.store.StoredDocument;
import org.rbm.store.StoredStream;
import org.rbm.store.StreamEvent;
import org.rbm.store.StreamKind;

/**
 * The report's section on the store: the ILO framework, the roadmap, milestone 17's history and an
 * evaluation saved in an embedded H2 database under the target folder, which is then reopened and
 * read: the versions, the milestone replayed from its events, and the follow-up figures computed
 * in SQL.
 */
public final class StoreSection {
  /** The day the follow-up figures are computed for. */
  static final LocalDate AS_OF = LocalDate.of(2008, 6, 30);

  /** A day between the paper and the Governing Body's decisions. */
  static final LocalDate BEFORE_DECISIONS = LocalDate.of(2007, 11, 1);

  private StoreSection() {}

  private static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /**
   * Prints the section, writing the database {@code rbm-store.mv.db} in {@code targetDir}.
   *
   * @param out where to print
   * @param targetDir where the database file goes (an older one is replaced)
   * @throws java.io.IOException if an older database file cannot be deleted
   */
  public static void print(PrintStream out, Path targetDir) throws java.io.IOException {
    Path file = targetDir.resolve("rbm-store");
    Files.deleteIfExists(targetDir.resolve("rbm-store.mv.db"));
    Files.deleteIfExists(targetDir.resolve("rbm-store.trace.db"));
    Clock saved = Clock.fixed(Instant.parse("2008-01-07T09:00:00Z"), ZoneOffset.UTC);
    try (RbmStore store = RbmStore.open(file)) {
      RbmStore clocked = store.withClock(saved);
      StoredDocument<?> unused =
          clocked.documents().save(DocumentType.FRAMEWORK, "P&B-2008-09",
              IloFramework.programmeAndBudget2008(), "PROGRAM");
      unused = store.withClock(on(IloRoadmap.PAPER_DATE)).documents().save(
          DocumentType.ROADMAP, "RBM roadmap", IloRoadmap.november2007(), "PROGRAM");
      unused = store.withClock(on(IloRoadmap.DECISION_DAY)).documents().save(
          DocumentType.ROADMAP, "RBM roadmap", IloRoadmap.afterDecisions(), "PROGRAM");
      StoredStream<Milestone> m17 = clocked.streams().create(
          StreamKind.MILESTONES, "17", IloRoadmap.milestone17(), "PROGRAM");
      StoredStream<Milestone> started =
          clocked.streams().append(StreamKind.MILESTONES, "17", m17.version(), List.of(
          StreamEvent.of(new MilestoneEvent.Approve(), IloRoadmap.DECISION_DAY, IloRoadmap.PAPER),
          StreamEvent.of(new MilestoneEvent.Start(), IloRoadmap.DECISION_DAY, IloRoadmap.PAPER)));
      if (started.version() != 2) {
        throw new IllegalStateException("milestone 17 has " + started.version() + " events");
      }
      clocked.followUp().save(cambodia());
    }
    try (RbmStore store = RbmStore.open(file)) {
      out.println("Saved in the embedded database " + file.getFileName() + ".mv.db, then reopened:");
      StoredDocument<?> framework =
          store.documents().latest(DocumentType.FRAMEWORK, "P&B-2008-09").orElseThrow();
      out.println("- framework \"P&B-2008-09\": version " + framework.version() + ", saved "
          + framework.savedAt() + " by " + framework.author());
      out.println("- roadmap \"RBM roadmap\": versions "
          + store.documents().versions(DocumentType.ROADMAP, "RBM roadmap").size()
          + "; the version current on " + BEFORE_DECISIONS + " is version "
          + store.documents().currentOn(DocumentType.ROADMAP, "RBM roadmap",
              BEFORE_DECISIONS).orElseThrow().version());
      StoredStream<Milestone> m17 =
          store.streams().read(StreamKind.MILESTONES, "17").orElseThrow();
      out.println("- milestone 17, replayed from its " + m17.version() + " events: "
          + m17.value().state());
      out.println();
      out.println("Follow-up of evaluation IEE-2007-01 on " + AS_OF + ", computed in SQL:");
      out.println("- recommendations without a response after 60 days: "
          + store.followUp().withoutResponse(AS_OF, 60).size());
      for (LateAction late : store.followUp().overdueActions(AS_OF)) {
        out.println("- overdue: " + late.recommendation() + "/" + late.action() + ", "
            + late.state() + ", " + late.daysOverdue() + " days after " + late.due());
      }
      FollowUpRate rate = store.followUp().total(AS_OF);
      out.printf(Locale.ROOT, "- implementation rate: %d of %d counted actions completed (%s)%n",
          rate.completed(), rate.counted(),
          rate.rate().map(r -> r.toPlainString()).orElse("none"));
      out.println("- by region: " + store.followUp().byRegion(AS_OF).keySet().stream()
          .map(Enum::name).toList());
    }
  }

  /**
   * An evaluation of a country programme with three recommendations, as of mid-2008: one action
   * completed, one started and overdue, one not yet due, and one recommendation not accepted.
   */
  static Evaluation cambodia() {
    FollowUpAction r11 = action("R1.1", LocalDate.of(2008, 3, 31))
        .apply(new ActionEvent.Start(), LocalDate.of(2008, 1, 10), "RO-Bangkok")
        .apply(ActionEvent.complete("Steering committee minutes, 20 March 2008"),
            LocalDate.of(2008, 3, 20), "RO-Bangkok");
    FollowUpAction r12 = action("R1.2", LocalDate.of(2008, 5, 31))
        .apply(new ActionEvent.Start(), LocalDate.of(2008, 2, 1), "CO-Bangkok");
    FollowUpAction r21 = action("R2.1", LocalDate.of(2008, 12, 31));
    ManagementResponse accepted = ManagementResponse.builder()
        .decision(ResponseDecision.ACCEPTED).date(LocalDate.of(2007, 11, 15)).build();
    return Evaluation.builder()
        .id(EvaluationId.of("IEE-2007-01"))
        .title("Independent evaluation of the DWCP for Cambodia")
        .type(EvaluationType.COUNTRY_PROGRAMME)
        .addSubjects(SubjectRef.dwcp("KHM"))
        .region(IloRegion.ASIA_AND_THE_PACIFIC)
        .startDate(LocalDate.of(2007, 3, 1))
        .reportDate(LocalDate.of(2007, 9, 30))
        .evaluator("Independent evaluation team")
        .addRecommendations(
            Recommendation.builder().id(RecommendationId.of("R1"))
                .text("Set up a tripartite steering committee").addressee("RO-Bangkok")
                .response(accepted).addActions(r11, r12).build(),
            Recommendation.builder().id(RecommendationId.of("R2"))
                .text("Train constituents in results-based management").addressee("CO-Bangkok")
                .response(accepted).addActions(r21).build(),
            Recommendation.builder().id(RecommendationId.of("R3"))
                .text("Open a project office in Siem Reap").addressee("RO-Bangkok")
                .response(ManagementResponse.builder()
                    .decision(ResponseDecision.NOT_ACCEPTED)
                    .reasons("No resources in the 2008-09 biennium")
                    .date(LocalDate.of(2007, 12, 10)).build())
                .build())
        .build();
  }

  private static FollowUpAction action(String id, LocalDate due) {
    return FollowUpAction.builder()
        .id(ActionId.of(id))
        .description("Action " + id)
        .owner("RO-Bangkok")
        .due(due)
        .recordedOn(LocalDate.of(2007, 11, 20))
        .build();
  }
}
