package org.rbm.core.dwcp;

import static org.rbm.core.dwcp.DwcpStage.CONCEPT;
import static org.rbm.core.dwcp.DwcpStage.DRAFT;
import static org.rbm.core.dwcp.DwcpStage.FINAL;

import org.rbm.core.dwcp.DwcpEvent.Finalize;
import org.rbm.core.dwcp.DwcpEvent.ReviewQuality;
import org.rbm.core.dwcp.DwcpEvent.SubmitDraft;
import org.rbm.core.workflow.Guard;
import org.rbm.core.workflow.Workflow;

/**
 * The DWCP document workflow every {@link Dwcp} follows unless it is given another ({@link
 * Dwcp.Builder#workflow}), and its guard, for organisations that declare their own:
 *
 * <pre>{@code
 * Workflow<DwcpStage, DwcpEvent, Dwcp> noQa = DwcpWorkflows.builder()
 *     .initial(DwcpStage.CONCEPT)
 *     .permit(DwcpStage.CONCEPT, DwcpEvent.SubmitDraft.class, DwcpStage.DRAFT)
 *     .permit(DwcpStage.DRAFT, DwcpEvent.Finalize.class, DwcpStage.FINAL)
 *     .build();
 * }</pre>
 */
public final class DwcpWorkflows {
  /** The move to the final document requires that the latest QA review passed. */
  public static final Guard<Dwcp, Finalize> QA_PASSED =
      Guard.of(
          "QA passed",
          d -> "the latest regional QA review passed (now "
              + d.latestQaReview().map(r -> r.outcome().name()).orElse("no review") + ")",
          (d, e) -> d.latestQaReview().filter(r -> r.outcome().passed()).isPresent());

  private static final Workflow<DwcpStage, DwcpEvent, Dwcp> STANDARD =
      builder()
          .permit(CONCEPT, SubmitDraft.class, DRAFT)
          .permit(DRAFT, ReviewQuality.class, DRAFT)
          .permitIf(DRAFT, Finalize.class, FINAL, QA_PASSED)
          .ignore(FINAL, Finalize.class)
          .build();

  private DwcpWorkflows() {}

  /**
   * Returns the standard DWCP workflow. A DWCP may be recorded in any stage (a portfolio taken over
   * from a paper starts with its documents where the paper left them, including final documents
   * that predate regional QA, which rule RBM-DWCP-001 then reports). Its rules:
   *
   * <table>
   *   <caption>The standard transitions</caption>
   *   <tr><th>From</th><th>Event</th><th>To</th></tr>
   *   <tr><td>concept</td><td>submit draft</td><td>draft</td></tr>
   *   <tr><td>draft</td><td>review quality</td><td>draft</td></tr>
   *   <tr><td>draft</td><td>finalize [QA passed]</td><td>final</td></tr>
   *   <tr><td>final</td><td>finalize</td><td>(ignored)</td></tr>
   * </table>
   *
   * @return the standard workflow
   */
  public static Workflow<DwcpStage, DwcpEvent, Dwcp> standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder for a DWCP workflow of an organisation's own.
   *
   * @return the builder
   */
  public static Workflow.Builder<DwcpStage, DwcpEvent, Dwcp> builder() {
    return Workflow.builder(DwcpStage.class, DwcpEvent.class, Dwcp.class);
  }
}
