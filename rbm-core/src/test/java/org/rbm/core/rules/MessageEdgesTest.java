package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbm.core.InvalidValueException;
import org.rbm.core.RbmParseException;
import org.rbm.core.results.ResultId;

/**
 * The edges of message keys, of rendering a template and of locations: each refusal with its
 * message in full, each shortcut tried on the value it exists for.
 */
class MessageEdgesTest {
  private static final String KEY_FORM =
      "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";
  private static final String NAME_FORM = "a lower-case letter, then up to 39 letters and digits";
  private static final ImmutableMap<String, String> NO_WORDS = ImmutableMap.of();

  private static String refusal(Supplier<?> attempt) {
    return assertThrows(InvalidValueException.class, attempt::get).getMessage();
  }

  // ---- MessageKey ------------------------------------------------------------------------------

  @Test
  void aKeyOfAnotherFormIsRefusedByBothFactories() {
    assertEquals("key: got \"bad key\", expected " + KEY_FORM,
        refusal(() -> MessageKey.of("bad key", "Text.")));
    assertEquals("key: got \"-k\", expected " + KEY_FORM,
        refusal(() -> MessageKey.standard("-k", "a")));
    String hundred = "k".repeat(100);
    assertEquals(hundred, MessageKey.of(hundred, "Text.").key());
    assertEquals("key: got \"" + hundred + "k\", expected " + KEY_FORM,
        refusal(() -> MessageKey.of(hundred + "k", "Text.")));
  }

  @Test
  void aTemplateIsRefusedWhenBlankWithABadNameOrAStrayBrace() {
    assertEquals("englishTemplate: got \" \", expected a text that is not blank",
        refusal(() -> MessageKey.of("k", " ")));
    assertEquals("englishTemplate {Step}: got \"Step\", expected " + NAME_FORM,
        refusal(() -> MessageKey.of("k", "Step {Step} is empty.")));
    // A stray brace at the very start or end of what is left once the names are taken out.
    assertEquals(
        "englishTemplate: got \"{step is empty.\", expected braces only around argument names",
        refusal(() -> MessageKey.of("k", "{step is empty.")));
    assertEquals(
        "englishTemplate: got \"}{a}\", expected braces only around argument names",
        refusal(() -> MessageKey.of("k", "}{a}")));
    assertEquals(
        "englishTemplate: got \"{a} {\", expected braces only around argument names",
        refusal(() -> MessageKey.of("k", "{a} {")));
  }

  @Test
  void aTemplatesNamesAreListedOnceInTheirOrderOfFirstUse() {
    assertEquals(ImmutableList.of("b", "a"),
        MessageKey.of("k", "{b} then {a}, then {b} again").argumentNames());
    assertEquals(Optional.of("{b} then {a}"), MessageKey.of("k", "{b} then {a}").englishTemplate());
  }

  @Test
  void aStandardKeysNamesAreCheckedOneByOneAndMustBeDistinct() {
    assertEquals("argumentNames[1]: got \"Bad\", expected " + NAME_FORM,
        refusal(() -> MessageKey.standard("k", "good", "Bad")));
    assertEquals("argumentNames: got [a, b, a], expected distinct names",
        refusal(() -> MessageKey.standard("k", "a", "b", "a")));
    MessageKey key = MessageKey.standard("k", "b", "a");
    assertEquals(ImmutableList.of("b", "a"), key.argumentNames());
    assertEquals(Optional.empty(), key.englishTemplate());
    assertEquals("k(b, a)", key.toString());
  }

  @Test
  void keysAreEqualByKeyNamesAndTemplate() {
    new EqualsTester()
        .addEqualityGroup(MessageKey.of("k", "{a}"), MessageKey.of("k", "{a}"))
        .addEqualityGroup(MessageKey.of("k", "{a}."))
        .addEqualityGroup(MessageKey.of("k2", "{a}"))
        .addEqualityGroup(MessageKey.standard("k", "a"), MessageKey.standard("k", "a"))
        .addEqualityGroup(MessageKey.standard("k", "b"))
        .addEqualityGroup("k(a)")
        .testEquals();
  }

  // ---- Messages --------------------------------------------------------------------------------

  @Test
  void aLanguageWithoutABundleIsRefusedByNameAndFallsBackToEnglishByLocale() {
    assertEquals("no bundle for de",
        assertThrows(IllegalArgumentException.class, () -> Messages.bundle("de")).getMessage());
    assertSame(Messages.bundle("en"), Messages.bundle(Locale.GERMAN));
    assertSame(Messages.bundle("fr"), Messages.bundle(Locale.CANADA_FRENCH));
  }

  @Test
  void theStandardKeysAreThoseOfTheEnglishBundle() {
    assertTrue(Messages.isStandard("list.and"));
    assertTrue(Messages.isStandard("measure.COUNT"));
    assertFalse(Messages.isStandard("ACME-S1.blank"));
  }

  @Test
  void aMissingArgumentIsLeftAsWrittenUnlessStrict() {
    String template = "Indicator {indicator} in {period,period}.";
    assertEquals("Indicator IND-1 in {period,period}.",
        Messages.render(template, Map.of("indicator", "IND-1"), Messages.bundle("en"), false));
    assertEquals("no argument period for " + template,
        assertThrows(IllegalArgumentException.class,
            () -> Messages.render(template, Map.of("indicator", "IND-1"), Messages.bundle("en"),
                true)).getMessage());
  }

  @Test
  void aMissingWordFallsBackUnlessStrict() {
    Map<String, String> args = Map.of("m", "COUNT", "d", "sex;age", "p", "2008-01-01/2009-12-31");
    assertEquals("COUNT / sex and age / 2008-01-01 to 2009-12-31",
        Messages.render("{m,measure} / {d,list} / {p,period}", args, NO_WORDS, false));
    assertEquals("count / sex and age / 2008-01-01 to 2009-12-31",
        Messages.render("{m,measure} / {d,list} / {p,period}", args, Messages.bundle("en"), true));
    assertEquals("de dénombrement / sex et age / 2008-01-01 – 2009-12-31",
        Messages.render("{m,measure} / {d,list} / {p,period}", args, Messages.bundle("fr"), true));
    assertEquals("no word measure.COUNT in the bundle",
        assertThrows(IllegalArgumentException.class,
            () -> Messages.render("{m,measure}", args, NO_WORDS, true)).getMessage());
    assertEquals("no word list.and in the bundle",
        assertThrows(IllegalArgumentException.class,
            () -> Messages.render("{d,list}", args, NO_WORDS, true)).getMessage());
    // A period that is not a range of dates is written as it is.
    assertEquals("2009", Messages.render("{p,period}", Map.of("p", "2009"), NO_WORDS, true));
  }

  @Test
  void capitalizedTakesTheFirstLetterAndLeavesAnEmptyValueEmpty() {
    assertEquals("Outcome here",
        Messages.render("{l,capitalized} here", Map.of("l", "outcome"), NO_WORDS, true));
    assertEquals(" here", Messages.render("{l,capitalized} here", Map.of("l", ""), NO_WORDS, true));
  }

  private enum Shouting {
    LOUD;

    @Override
    public String toString() {
      return "loud!";
    }
  }

  @Test
  void argumentTextsDoNotDependOnToStringWhereAFormIsDefined() {
    assertEquals("LOUD", Messages.text(Shouting.LOUD));
    assertEquals("OC1.2", Messages.text(ResultId.of("OC1.2")));
    assertEquals("12", Messages.text(12));
    assertEquals("-3", Messages.text(-3L));
    assertEquals("2008-02-29", Messages.text(LocalDate.of(2008, 2, 29)));
    assertEquals("LOUD;7;OC1", Messages.text(List.of(Shouting.LOUD, 7, ResultId.of("OC1"))));
  }

  @Test
  void argumentsAreRefusedWhenTheirCountIsNotTheKeys() {
    MessageKey key = MessageKey.of("ACME.k", "{a} and {b}");
    assertEquals("arguments of ACME.k: got 1, expected 2 values, for [a, b]",
        refusal(() -> Messages.arguments(key, "x")));
    assertEquals("arguments of ACME.k: got 3, expected 2 values, for [a, b]",
        refusal(() -> Messages.arguments(key, "x", "y", "z")));
    assertEquals(ImmutableMap.of("a", "x", "b", "7"), Messages.arguments(key, "x", 7));
  }

  // ---- Location --------------------------------------------------------------------------------

  @Test
  void noSegmentIsTheRootItself() {
    assertSame(Location.ROOT, Location.of(List.of()));
    assertSame(Location.ROOT, Location.parse("/"));
  }

  @Test
  void aTrailingSlashIsAnEmptyLastSegment() {
    assertEquals(
        "location: cannot parse \"/results/\", expected '/' or '/'-separated non-empty segments,"
            + " such as /results/SO1",
        assertThrows(RbmParseException.class, () -> Location.parse("/results/")).getMessage());
    assertEquals(List.of("results", "a"), Location.parse("/results/a").segments());
  }

  @Test
  void anIndexPathOfAnotherFormIsRefused() {
    assertEquals(
        "indexPath: got \"results[x]\", expected property names joined by '.', array indices in"
            + " brackets, such as results[4].indicators[0]",
        refusal(() -> Location.parse("/results/SO1").withIndexPath("results[x]")));
  }

  @Test
  void withoutIndexPathDropsItAndKeepsTheSegments() {
    Location byIds = Location.parse("/results/SO1");
    Location indexed = byIds.withIndexPath("results[0]");
    assertEquals(Optional.of("results[0]"), indexed.indexPath());
    assertEquals(byIds, indexed.withoutIndexPath());
    assertEquals(Optional.empty(), indexed.withoutIndexPath().indexPath());
    assertSame(byIds, byIds.withoutIndexPath());
    assertSame(Location.ROOT, Location.ROOT.withIndexPath("").withoutIndexPath());
  }

  @Test
  void aLocationStartsWithItself() {
    Location l = Location.parse("/results/SO1/OC1");
    assertTrue(l.startsWith(l));
    assertTrue(l.startsWith(Location.ROOT));
    assertFalse(Location.parse("/results/SO1").startsWith(l));
  }
}
