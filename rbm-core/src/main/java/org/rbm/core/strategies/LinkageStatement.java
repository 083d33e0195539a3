package org.rbm.core.strategies;

import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value.Check;
import org.immutables.value.Value.Immutable;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.milestones.MilestoneId;

/**
 * One statement in a cell of a {@link LinkageMatrix}, saying how two strategies link, such as
 * {@code Update IT skills among staff} in the cell of the human resources strategy and the
 * information technology strategy. A statement may refer to the result it serves and to a milestone.
 *
 * <pre>{@code
 * LinkageStatement s = LinkageStatement.builder()
 *     .text("Support management information systems")
 *     .result(ResultReference.of(FrameworkId.of("PB-2008-09"), ResultId.of("IO2a.1")))
 *     .milestone(MilestoneId.of("PA-9"))
 *     .build();
 * s.toString();   // Support management information systems [result PB-2008-09/IO2a.1] [milestone PA-9]
 * }</pre>
 *
 * <p>The text is one line, not blank, without spaces at either end, and does not end with {@code
 * ]}: {@link #toString()} appends the references in brackets, and {@link #parse} reads them back
 * from the end of the line, so the two are exact inverses. Statements are ordered by text, then by
 * result, then by milestone. Immutable and thread-safe.
 */
@Immutable
public abstract class LinkageStatement implements WithLinkageStatement, Comparable<LinkageStatement> {
  private static final String RESULT = "result ";
  private static final String MILESTONE = "milestone ";
  private static final Comparator<LinkageStatement> ORDER =
      Comparator.comparing(LinkageStatement::text)
          .thenComparing(
              LinkageStatement::result, Comparator.comparing(r -> r.orElse(null),
                  Comparator.nullsFirst(Comparator.<ResultReference>naturalOrder())))
          .thenComparing(
              LinkageStatement::milestone, Comparator.comparing(m -> m.orElse(null),
                  Comparator.nullsFirst(Comparator.<MilestoneId>naturalOrder())));

  LinkageStatement() {}

  /**
   * Returns what the link consists of, such as {@code Update IT skills among staff}.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the result the link serves.
   *
   * @return the reference, if any
   */
  public abstract Optional<ResultReference> result();

  /**
   * Returns the milestone the link serves.
   *
   * @return the milestone's id, if any
   */
  public abstract Optional<MilestoneId> milestone();

  @Check
  final void check() {
    SingleLine.check("text", text());
    if (text().endsWith("]")) {
      throw new InvalidValueException(
          "text", text(), "a text that does not end with ']', which starts references");
    }
  }

  /**
   * Returns a statement with the given text and no references.
   *
   * @param text the text: one line, not blank, no spaces at either end, not ending with {@code ]}
   * @return the statement
   * @throws InvalidValueException if the text does not have that form
   */
  public static LinkageStatement of(String text) {
    return builder().text(text).build();
  }

  /**
   * Reads a statement from its {@link #toString()} form: the text, then optionally {@code [result
   * F/R]} and {@code [milestone M]}, each preceded by one space, in either order.
   *
   * @param line the line to parse
   * @return the statement
   * @throws RbmParseException if a bracket at the end is not a reference, a reference is given
   *     twice, or the text or an identifier is not valid
   */
  public static LinkageStatement parse(CharSequence line) {
    String rest = line.toString();
    Builder b = builder();
    boolean hasResult = false;
    boolean hasMilestone = false;
    try {
      // References sit at the end; the text itself never ends with ']'.
      while (rest.endsWith("]")) {
        int open = rest.lastIndexOf(" [");
        if (open < 0) {
          throw new RbmParseException("linkage statement", line, expectedForm());
        }
        String reference = rest.substring(open + 2, rest.length() - 1);
        if (reference.startsWith(RESULT) && !hasResult) {
          b.result(ResultReference.parse(reference.substring(RESULT.length())));
          hasResult = true;
        } else if (reference.startsWith(MILESTONE) && !hasMilestone) {
          b.milestone(MilestoneId.parse(reference.substring(MILESTONE.length())));
          hasMilestone = true;
        } else {
          throw new RbmParseException("linkage statement", line, expectedForm());
        }
        rest = rest.substring(0, open);
      }
      return b.text(rest).build();
    } catch (InvalidValueException e) {
      throw new RbmParseException("linkage statement", line, e);
    }
  }

  private static String expectedForm() {
    return "a text followed by at most one [result F/R] and one [milestone M]";
  }

  /** Orders statements by text, then by result (none first), then by milestone (none first). */
  @Override
  public final int compareTo(LinkageStatement other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the text followed by the references, such as {@code Support knowledge sharing [result
   * PB-2008-09/IO2a.1]}; {@link #parse} reads it back.
   */
  @Override
  public final String toString() {
    StringBuilder line = new StringBuilder(text());
    result().ifPresent(r -> line.append(" [").append(RESULT).append(r).append(']'));
    milestone().ifPresent(m -> line.append(" [").append(MILESTONE).append(m).append(']'));
    return line.toString();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; {@link Builder#build()} throws {@link InvalidValueException} if the text is
   *     missing or does not have the form described above
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LinkageStatement}. */
  public static final class Builder extends ImmutableLinkageStatement.Builder {
    Builder() {}
  }
}
