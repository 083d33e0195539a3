package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbm.core.dwcp.Dwcp;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.evaluation.FollowUpAction;
import org.rbm.core.evaluation.Recommendation;
import org.rbm.testkit.RbmGen;

/**
 * DWCP portfolios and evaluations read back equal to what was written (their histories replayed),
 * over the testkit's generators, and conform to their schemas.
 */
class FollowUpRoundTripPropertiesTest {
  private static final RbmJson JSON = RbmJson.strict();
  private static final RbmJson PRETTY = RbmJson.strict().prettyPrinting();

  @Test
  void portfoliosRoundTripAndConform() {
    qt().withExamples(150)
        .forAll(RbmGen.dwcpPortfolios())
        .checkAssert(
            p -> {
              String written = JSON.write(p);
              assertEquals(p, JSON.read(written, DwcpPortfolio.class));
              assertEquals(p, PRETTY.read(PRETTY.write(p), DwcpPortfolio.class));
              assertEquals(Set.of(), FollowUpJsonTest.dwcpViolations(written));
              for (Dwcp d : p.programmes()) {
                assertEquals(d, JSON.read(JSON.write(d), Dwcp.class));
                assertEquals(d.stage(), JSON.read(JSON.write(d), Dwcp.class).stage());
              }
            });
  }

  @Test
  void evaluationsRoundTripAndConform() {
    qt().withExamples(200)
        .forAll(RbmGen.evaluations())
        .checkAssert(
            e -> {
              String written = JSON.write(e);
              assertEquals(e, JSON.read(written, Evaluation.class));
              assertEquals(e, PRETTY.read(PRETTY.write(e), Evaluation.class));
              assertEquals(Set.of(), FollowUpJsonTest.evaluationViolations(written));
              for (Recommendation r : e.recommendations()) {
                for (FollowUpAction a : r.actions()) {
                  assertEquals(a.history(), JSON.read(JSON.write(a), FollowUpAction.class).history());
                }
              }
            });
  }
}
