package org.rbm.iati;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A {@code document-link} of a result, indicator, baseline, target or actual: a web page or
 * document that expands on it. Values are kept as the file writes them. Immutable and thread-safe.
 *
 * @param url the {@code url}
 * @param format the {@code format}, an IANA media type such as {@code application/pdf}
 * @param title the title
 * @param description the description, if given
 * @param categories the {@code category/@code}s (IATI's DocumentCategory codelist), in order
 * @param languages the {@code language/@code}s, in order
 * @param documentDate the {@code document-date/@iso-date}, if given
 */
public record DocumentLink(
    String url,
    String format,
    IatiText title,
    Optional<IatiText> description,
    ImmutableList<String> categories,
    ImmutableList<String> languages,
    Optional<String> documentDate) {
  /**
   * Checks and copies the components.
   *
   * @param url the url
   * @param format the format
   * @param title the title
   * @param description the description
   * @param categories the category codes
   * @param languages the language codes
   * @param documentDate the document date
   */
  public DocumentLink {
    requireNonNull(url, "url");
    requireNonNull(format, "format");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    categories = ImmutableList.copyOf(categories);
    languages = ImmutableList.copyOf(languages);
    requireNonNull(documentDate, "documentDate");
  }
}
