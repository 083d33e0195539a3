package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A title, description or comment of IATI: one {@link Narrative} per language, in the order given,
 * such as an English and a French title. Immutable and thread-safe.
 *
 * @param narratives the narratives, in the order given; the schema asks for at least one, a lenient
 *     import may give none
 */
public record IatiText(ImmutableList<Narrative> narratives) {
  /**
   * Copies the narratives.
   *
   * @param narratives the narratives
   */
  public IatiText {
    narratives = ImmutableList.copyOf(requireNonNull(narratives, "narratives"));
  }

  /**
   * Returns the text of one narrative in the default language.
   *
   * @param text the text
   * @return the IATI text
   */
  public static IatiText of(String text) {
    return new IatiText(ImmutableList.of(Narrative.of(text)));
  }

  /**
   * Returns the text that stands for the whole: the first narrative in the default language, else
   * the first narrative.
   *
   * @return the text; empty when there is no narrative
   */
  public Optional<String> main() {
    for (Narrative n : narratives) {
      if (n.language().isEmpty()) {
        return Optional.of(n.text());
      }
    }
    return narratives.isEmpty() ? Optional.empty() : Optional.of(narratives.get(0).text());
  }
}
