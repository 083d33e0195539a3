package org.rbm.text;

import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.testkit.RbmGen;

/** The CSV form reads back into the matrix it was written from, over generated matrices. */
class LinkageMatricesPropertiesTest {
  private static final List<Locale> LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

  @Test
  void readingTheCsvBackGivesTheSameMatrixInEachLanguage() {
    qt().forAll(RbmGen.linkageMatrices())
        .check(m -> LANGUAGES.stream().allMatch(locale -> {
          String csv = LinkageMatrices.render(
              m, TableFormat.CSV, RenderOptions.defaults().withLocale(locale));
          return LinkageMatrices.parseCsv(csv).equals(m)
              && LinkageMatrices.parseCsv(new StringReader(csv)).equals(m);
        }));
  }
}
