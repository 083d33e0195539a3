package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.strategies.LinkageMatrix;
import org.rbm.core.strategies.StrategyId;

/** The renderings of a small matrix, word for word, in each format and language. */
class LinkageMatricesTest {
  static final StrategyId A = StrategyId.of("A");
  static final StrategyId B = StrategyId.of("B");
  static final StrategyId X = StrategyId.of("X");

  /** Two core strategies, Alpha and Beta, and one other, Xeno: 1 + 2 = 3 allowed cells. */
  static LinkageMatrix.Builder small() {
    return LinkageMatrix.builder()
        .addCoreStrategy(A, "Alpha")
        .addCoreStrategy(B, "Beta")
        .addOtherStrategy(X, "Xeno");
  }

  private static LinkageMatrix smallFilled() {
    return small().link(B, A, "Ab link").link(X, A, "Two").link(A, X, "One").build();
  }

  private static RenderOptions width10() {
    return RenderOptions.defaults().withColumnWidth(10);
  }

  @Test
  void printsTheSmallMatrixAsText() {
    String expected = ""
        + "+------------+------------+------------+\n"
        + "| Strategy   | Alpha      | Beta       |\n"
        + "+============+============+============+\n"
        + "| Alpha      |            | - Ab link  |\n"
        + "+------------+------------+------------+\n"
        + "| Xeno       | - One      |            |\n"
        + "|            | - Two      |            |\n"
        + "+------------+------------+------------+\n";
    assertEquals(expected, LinkageMatrices.render(smallFilled(), TableFormat.PLAIN_TEXT, width10()));
  }

  @Test
  void printsTwentyFourCharacterColumnsByDefault() {
    String firstLine = LinkageMatrices.render(smallFilled(), TableFormat.PLAIN_TEXT).lines()
        .findFirst().orElseThrow();
    // Three columns of 24 characters, each with a space either side and a '+' before it.
    assertEquals(("+" + "-".repeat(26)).repeat(3) + "+", firstLine);
  }

  @Test
  void printsTheWidestColumnsAllowed() {
    String text = LinkageMatrices.render(smallFilled(), TableFormat.PLAIN_TEXT,
        RenderOptions.defaults().withColumnWidth(RenderOptions.MAX_COLUMN_WIDTH));
    assertEquals(("+" + "-".repeat(1002)).repeat(3) + "+", text.substring(0, text.indexOf('\n')));
  }

  @Test
  void printsTheSmallMatrixAsMarkdownEscapingPipes() {
    assertEquals(""
        + "| Strategy | Alpha | Beta |\n"
        + "|---|---|---|\n"
        + "| Alpha | | Ab link |\n"
        + "| Xeno | One; Two | |\n", LinkageMatrices.render(smallFilled(), TableFormat.MARKDOWN));
    LinkageMatrix piped = small().link(A, B, "Either | or").build();
    assertEquals("| Alpha | | Either \\| or |",
        LinkageMatrices.render(piped, TableFormat.MARKDOWN).lines().toList().get(2));
  }

  @Test
  void printsTheSmallMatrixAsCsv() {
    assertEquals(""
        + "Strategy,Alpha [A],Beta [B]\r\n"
        + "Alpha [A],,Ab link\r\n"
        + "Xeno [X],\"One\nTwo\",\r\n", LinkageMatrices.render(smallFilled(), TableFormat.CSV));
  }

  @Test
  void theLocaleChoosesTheHeadingOfTheRowsAndLeavesNamesAsGiven() {
    RenderOptions french = width10().withLocale(Locale.FRENCH);
    assertEquals("| Stratégie  | Alpha      | Beta       |",
        LinkageMatrices.render(smallFilled(), TableFormat.PLAIN_TEXT, french).lines().toList()
            .get(1));
    assertEquals("| Stratégie | Alpha | Beta |",
        LinkageMatrices.render(smallFilled(), TableFormat.MARKDOWN, french).lines().toList()
            .get(0));
    RenderOptions spanish = RenderOptions.defaults().withLocale(Locale.forLanguageTag("es-CL"));
    assertEquals("Estrategia,Alpha [A],Beta [B]",
        LinkageMatrices.render(smallFilled(), TableFormat.CSV, spanish).lines().toList().get(0));
    // A language without a translation falls back to English.
    assertEquals("| Strategy | Alpha | Beta |",
        LinkageMatrices.render(smallFilled(), TableFormat.MARKDOWN,
            RenderOptions.defaults().withLocale(Locale.forLanguageTag("ar-SA"))).lines().toList()
            .get(0));
  }

  @Test
  void readsBackTheCsvWrittenInEachLanguage() {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es")}) {
      String csv = LinkageMatrices.render(smallFilled(), TableFormat.CSV,
          RenderOptions.defaults().withLocale(locale));
      assertEquals(smallFilled(), LinkageMatrices.parseCsv(csv), locale.toLanguageTag());
      assertEquals(smallFilled(), LinkageMatrices.parseCsv(new StringReader(csv)), locale.toLanguageTag());
    }
  }

  @Test
  void rejectsNullArguments() {
    new NullPointerTester()
        .setDefault(LinkageMatrix.class, smallFilled())
        .setDefault(CharSequence.class, "Strategy,Alpha [A]\r\n")
        .setDefault(CsvLimits.class, CsvLimits.defaults())
        .setDefault(RenderOptions.class, RenderOptions.defaults())
        .testAllPublicStaticMethods(LinkageMatrices.class);
  }
}
