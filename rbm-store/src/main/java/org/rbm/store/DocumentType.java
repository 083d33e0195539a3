package org.rbm.store;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.dwcp.DwcpPortfolio;
import org.rbm.core.evaluation.Evaluation;
import org.rbm.core.cycle.Expenditure;
import org.rbm.core.cycle.ProgrammeAndBudget;
import org.rbm.core.cycle.StrategicPolicyFramework;
import org.rbm.core.milestones.Roadmap;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.Strategy;

/**
 * A kind of document the store keeps as versions: a name (the value of the {@code type} column)
 * and the model type whose JSON ({@link org.rbm.json.RbmJson}) is stored. The kinds of the SDK are
 * declared here; an application declares more with {@link #of}, for any type {@code RbmJson}
 * reads and writes.
 *
 * <pre>{@code
 * store.documents().save(DocumentType.FRAMEWORK, "P&B-2008-09", framework, "PROGRAM");
 * }</pre>
 *
 * <p>Two kinds are equal when their names and types are. Immutable and thread-safe.
 *
 * @param <T> the model type
 */
public final class DocumentType<T> {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** Results frameworks ({@code rbm-framework/1} documents). */
  public static final DocumentType<ResultsFramework> FRAMEWORK =
      of("framework", ResultsFramework.class);

  /** Roadmaps of milestones ({@code rbm-roadmap/1} documents). */
  public static final DocumentType<Roadmap> ROADMAP = of("roadmap", Roadmap.class);

  /** Strategies. */
  public static final DocumentType<Strategy> STRATEGY = of("strategy", Strategy.class);

  /** Linkage matrices of strategies. */
  public static final DocumentType<LinkageMatrix> LINKAGE_MATRIX =
      of("linkage-matrix", LinkageMatrix.class);

  /** Strategic Policy Frameworks ({@code rbm-spf/1} documents). */
  public static final DocumentType<StrategicPolicyFramework> SPF =
      of("spf", StrategicPolicyFramework.class);

  /** Programmes and Budgets ({@code rbm-programme-budget/1} documents). */
  public static final DocumentType<ProgrammeAndBudget> PROGRAMME_BUDGET =
      of("programme-budget", ProgrammeAndBudget.class);

  /** Expenditure reports ({@code rbm-expenditure/1} documents). */
  public static final DocumentType<Expenditure> EXPENDITURE = of("expenditure", Expenditure.class);

  /** Portfolios of Decent Work Country Programmes ({@code rbm-dwcp/1} documents). */
  public static final DocumentType<DwcpPortfolio> DWCP_PORTFOLIO =
      of("dwcp-portfolio", DwcpPortfolio.class);

  /** Evaluations with their follow-up ({@code rbm-evaluation/1} documents). */
  public static final DocumentType<Evaluation> EVALUATION = of("evaluation", Evaluation.class);

  private final String name;
  private final Class<T> type;

  private DocumentType(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Declares a kind of document.
   *
   * @param name the name: a lower-case letter, then up to 39 lower-case letters, digits or
   *     hyphens
   * @param type the model type, one {@link org.rbm.json.RbmJson} reads and writes (checked when
   *     a document is saved)
   * @param <T> the model type
   * @return the kind
   * @throws InvalidValueException if the name is not of that form
   */
  public static <T> DocumentType<T> of(String name, Class<T> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    if (!NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "name", name, "a lower-case letter, then up to 39 lower-case letters, digits or hyphens");
    }
    return new DocumentType<>(name, type);
  }

  /**
   * Returns the name.
   *
   * @return the name, such as {@code framework}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the model type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DocumentType<?> that && name.equals(that.name) && type == that.type;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.getName().hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
