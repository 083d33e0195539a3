package org.rbm.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rbm.core.rules.Fixtures.IND_1;
import static org.rbm.core.rules.Fixtures.indicator;
import static org.rbm.core.rules.Fixtures.withIndicator;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbm.core.indicators.Measure;
import org.rbm.core.strategies.FundingSource;
import org.rbm.core.strategies.StrategyCriteria;
import org.rbm.core.dwcp.DwcpRules;

/**
 * The message bundles are complete and agree with the keys the rules declare: every key in every
 * language, each text using exactly the key's arguments, every word a format looks up.
 */
class MessageBundlesTest {
  /** Entries that are words used inside messages, not messages. */
  private static final Pattern WORD = Pattern.compile(
      "(list|period|measure|relation|fundingSource|partnerRole|qaOutcome)\\..+");
  private static final Pattern FORMAT = Pattern.compile("\\{[a-zA-Z0-9]+,([a-zA-Z]+)\\}");
  private static final Set<String> BUILT_IN_FORMATS = Set.of("capitalized", "list", "period");

  /** Every message key declared by the standard rules, the engine and the strategies' criteria. */
  static List<MessageKey> declaredKeys() throws IllegalAccessException {
    List<MessageKey> keys = new ArrayList<>();
    for (Class<?> type : List.of(ResultsChainRules.class, IndicatorRules.class,
        PeriodRules.class, ValueRules.class, Validator.class, StrategyCriteria.class,
        org.rbm.core.cycle.CycleRules.class,
        org.rbm.core.evaluation.EvaluationRules.class,
        DwcpRules.class)) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == MessageKey.class) {
          field.setAccessible(true);
          keys.add((MessageKey) field.get(null));
        }
      }
    }
    keys.add(MessageKey.TEXT);
    return keys;
  }

  private static String text(String language, String key) {
    String template = Messages.bundle(language).get(key);
    if (template == null) {
      throw new AssertionError(key + " missing in " + language);
    }
    return template;
  }

  private static Set<String> messageKeys(ImmutableMap<String, String> bundle) {
    Set<String> keys = new TreeSet<>();
    for (String key : bundle.keySet()) {
      if (!WORD.matcher(key).matches()) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Test
  void everyLanguageHasEveryKeyAndNoOther() {
    Set<String> english = Messages.bundle("en").keySet();
    for (String language : List.of("fr", "es")) {
      assertEquals(english, Messages.bundle(language).keySet(), language);
    }
  }

  @Test
  void everyTextUsesExactlyTheArgumentsItsKeyDeclares() throws IllegalAccessException {
    List<MessageKey> declared = declaredKeys();
    Set<String> declaredNames = new HashSet<>();
    for (MessageKey key : declared) {
      declaredNames.add(key.key());
      for (String language : Messages.LANGUAGES) {
        String template = text(language, key.key());
        assertEquals(ImmutableSet.copyOf(key.argumentNames()), Messages.argumentsOf(template),
            key + " in " + language + ": " + template);
      }
    }
    assertEquals(declared.size(), declaredNames.size(), "a key declared twice: " + declared);
    assertEquals(messageKeys(Messages.bundle("en")), new TreeSet<>(declaredNames),
        "keys in the bundle that no rule declares, or the other way round");
  }

  @Test
  void everyWordAFormatLooksUpIsInEveryLanguage() {
    for (String language : Messages.LANGUAGES) {
      ImmutableMap<String, String> bundle = Messages.bundle(language);
      for (String template : bundle.values()) {
        Matcher m = FORMAT.matcher(template);
        while (m.find()) {
          String format = m.group(1);
          assertTrue(BUILT_IN_FORMATS.contains(format)
              || bundle.keySet().stream().anyMatch(k -> k.startsWith(format + ".")),
              format + " in " + template);
        }
      }
      for (Measure m : Measure.values()) {
        assertTrue(bundle.containsKey("measure." + m.name()), language + " measure." + m);
      }
      for (FundingSource s : FundingSource.values()) {
        assertTrue(bundle.containsKey("fundingSource." + s.name()), language + " " + s);
      }
      for (String r : List.of("MORE", "LESS", "NOT_EQUAL")) {
        assertTrue(bundle.containsKey("relation." + r), language + " relation." + r);
      }
      assertTrue(bundle.containsKey("list.and") && bundle.containsKey("period.range"), language);
    }
  }

  @Test
  void theFrenchAndSpanishTextsAreTranslations() {
    for (String key : messageKeys(Messages.bundle("en"))) {
      if (!key.equals("text")) {
        assertFalse(text("en", key).equals(text("fr", key)), key);
        assertFalse(text("en", key).equals(text("es", key)), key);
      }
    }
  }

  @Test
  void findingsSpeakTheCallersLanguage() {
    ValidationReport report =
        StandardRules.validator().validate(withIndicator(indicator("IND-1").build()
            .withPeriods(indicator("X").build().periods().get(0).withTargets())));
    Finding noTarget = report.findings(StandardRules.TARGET_GIVEN).get(0);
    assertEquals(IND_1, noTarget.location().toString());
    assertEquals("RBM-IND-003.noTarget", noTarget.messageKey());
    assertEquals(ImmutableMap.of("indicator", "IND-1"), noTarget.arguments());
    String english = "Indicator IND-1 has no target: set a target for at least one period.";
    assertEquals(english, noTarget.message());
    assertEquals(english, noTarget.message(Locale.ENGLISH));
    assertEquals(english, noTarget.message(Locale.GERMAN));
    assertEquals("L'indicateur IND-1 n'a aucune cible : fixez une cible pour au moins une période.",
        noTarget.message(Locale.FRENCH));
    assertEquals("L'indicateur IND-1 n'a aucune cible : fixez une cible pour au moins une période.",
        noTarget.message(Locale.CANADA_FRENCH));
    assertEquals("El indicador IND-1 no tiene ninguna meta: fije una meta para al menos un período.",
        noTarget.message(Locale.forLanguageTag("es-419")));
  }

  @Test
  void periodsListsAndWordsAreRenderedInTheLanguage() {
    ImmutableMap<String, String> arguments = ImmutableMap.of("period", "2008-07-01/2009-06-30",
        "dimensions", "sex;age", "sum", "45", "relation", "MORE", "total", "40");
    String template = text("en", "RBM-VAL-002.targetsSum");
    assertEquals("The targets for 2008-07-01 to 2009-06-30 broken down by sex and age add up to 45,"
        + " more than the total 40.",
        Messages.render(template, arguments, Messages.bundle("en"), true));
    assertEquals("Les cibles pour 2008-07-01 – 2009-06-30 ventilées par sex et age totalisent 45,"
        + " supérieur au total 40.", Messages.render(text("fr", "RBM-VAL-002.targetsSum"),
            arguments, Messages.bundle("fr"), true));
    assertEquals("Las metas para 2008-07-01 – 2009-06-30 desglosadas por sex y age suman 45,"
        + " más que el total 40.", Messages.render(text("es", "RBM-VAL-002.targetsSum"),
            arguments, Messages.bundle("es"), true));
  }

  @Test
  void argumentsAreLocaleIndependentWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("ar-SA", "fa-IR", "hi-IN", "th-TH-u-nu-thai")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("1234.5", Messages.text(new java.math.BigDecimal("1234.50")));
        assertEquals("2009-06-30", Messages.text(java.time.LocalDate.of(2009, 6, 30)));
        assertEquals("2008-07-01/2009-06-30", Messages.text(org.rbm.core.period.DateRange.of(
            java.time.LocalDate.of(2008, 7, 1), java.time.LocalDate.of(2009, 6, 30))));
        // Whole years ("2008-09") are PlanningPeriod.toString(), made locale-proof by issue 9.1.
        assertEquals("12", Messages.text(12));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
