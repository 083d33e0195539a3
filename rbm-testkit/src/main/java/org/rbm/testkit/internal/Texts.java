package org.rbm.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The realistic words generated values are made of: titles, units, assumptions and narratives in
 * the style of the ILO's Programme and Budget and of peers' logframes.
 */
public final class Texts {
  private Texts() {}

  /** Titles of results, in the style of ILO strategic objectives and outcomes. */
  public static final ImmutableList<String> RESULT_TITLES =
      ImmutableList.of(
          "Standards and fundamental principles and rights at work are realized",
          "Greater opportunities for women and men to secure decent employment and income",
          "Coverage and effectiveness of social protection enhanced for all",
          "Tripartism and social dialogue strengthened",
          "Member States adopt policies that promote youth employment",
          "Child labour is progressively eliminated in targeted sectors",
          "Labour inspection systems are strengthened",
          "Employers' and workers' organizations have a stronger capacity to serve their members",
          "Enterprises adopt sustainable and responsible workplace practices",
          "Skills development systems respond to labour market needs",
          "National statistics on decent work are produced and published",
          "Occupational safety and health policies are implemented");

  /** Titles of indicators, one list per kind of value. */
  public static final ImmutableList<String> COUNT_TITLES =
      ImmutableList.of(
          "Member States with a Decent Work Country Programme",
          "Member States that ratified a fundamental Convention",
          "Workers reached by the training programme",
          "Enterprises applying the workplace guidelines",
          "National policies adopted with ILO support");

  /** Titles of indicators measured in percent or as a ratio. */
  public static final ImmutableList<String> SHARE_TITLES =
      ImmutableList.of(
          "Share of children aged 5-17 in child labour",
          "Share of the labour force covered by social security",
          "Share of trained staff applying the new procedures",
          "Ratio of women's to men's average wages",
          "Share of young people not in employment, education or training");

  /** Titles of indicators measured as an amount of money. */
  public static final ImmutableList<String> AMOUNT_TITLES =
      ImmutableList.of(
          "Extra-budgetary resources mobilized for the outcome",
          "Expenditure on the immediate outcome",
          "Regular Budget Supplementary Account allocations");

  /** Titles of indicators on a nominal or ordinal scale, or of a qualitative one. */
  public static final ImmutableList<String> SCALE_TITLES =
      ImmutableList.of(
          "Stage of the national employment policy",
          "Quality-assurance rating of the country programme",
          "Status of the social dialogue institution",
          "Assessment of the labour inspection reform");

  /** Units of count indicators. */
  public static final ImmutableList<String> COUNT_UNITS =
      ImmutableList.of("countries", "workers", "enterprises", "policies", "institutions");

  /** Narratives of qualitative values: a baseline state, then stages reached. */
  public static final ImmutableList<String> NARRATIVES =
      ImmutableList.of(
          "No national policy in place",
          "Policy drafted with the social partners",
          "Policy adopted by the Council of Ministers",
          "Policy implemented and monitored",
          "Policy evaluated and revised");

  /** Assumptions and risks of results. */
  public static final ImmutableList<String> ASSUMPTIONS =
      ImmutableList.of(
          "Political commitment of the government is sustained",
          "Social partners take part in the national dialogue",
          "Extra-budgetary funding is secured on time",
          "Reliable labour force survey data are available",
          "No major economic crisis in the period");

  /** SDG targets results refer to. */
  public static final ImmutableList<String> SDG_TARGETS =
      ImmutableList.of("8.5", "8.7", "8.8", "8.6", "1.3", "4.4", "5.5", "10.4", "16.10");

  /** Means of verification. */
  public static final ImmutableList<String> MEANS_OF_VERIFICATION =
      ImmutableList.of(
          "Official records of the Governing Body",
          "National labour force survey",
          "Programme implementation report",
          "Independent evaluation report");

  /** Data sources. */
  public static final ImmutableList<String> DATA_SOURCES =
      ImmutableList.of("IRIS", "ILOSTAT", "National statistical office", "Project monitoring");

  /** Owners of frameworks. */
  public static final ImmutableList<String> OWNERS =
      ImmutableList.of(
          "ILO",
          "ILO Country Office for Kenya",
          "ILO Decent Work Team for South Asia",
          "Ministry of Labour",
          "Mercy Corps");

  /** Kinds of framework: id prefix and title. */
  public static final ImmutableList<String> FRAMEWORK_PREFIXES =
      ImmutableList.of("PB", "SPF", "DWCP-KEN", "DWCP-IDN", "LF");

  /** Titles of the kinds of framework of {@link #FRAMEWORK_PREFIXES}, by prefix. */
  public static final ImmutableMap<String, String> FRAMEWORK_TITLES =
      ImmutableMap.of(
          "PB", "Programme and Budget",
          "SPF", "Strategic Policy Framework",
          "DWCP-KEN", "Decent Work Country Programme for Kenya",
          "DWCP-IDN", "Decent Work Country Programme for Indonesia",
          "LF", "Project logframe");

  /** Dimensions of breakdowns and their categories. */
  public static final ImmutableMap<String, ImmutableList<String>> DIMENSIONS =
      ImmutableMap.of(
          "sex", ImmutableList.of("female", "male"),
          "area", ImmutableList.of("urban", "rural"),
          "age", ImmutableList.of("15-24", "25-54", "55+"),
          "disability", ImmutableList.of("with disability", "without disability"));

  /**
   * Less common dimensions, with categories of every kind of character a breakdown may hold:
   * inner spaces and tabs, punctuation, quotes, back-slashes, accents, other scripts.
   */
  public static final ImmutableMap<String, ImmutableList<String>> OTHER_DIMENSIONS =
      ImmutableMap.of(
          "income quintile", ImmutableList.of("Q1", "Q2", "Q3", "Q4", "Q5"),
          "région", ImmutableList.of("Île-de-France", "Provence-Alpes-Côte d'Azur", "Outre-mer"),
          "migrant status", ImmutableList.of("migrant", "non-migrant", "refugee/asylum seeker"),
          "sector (ISIC)", ImmutableList.of("A: agriculture", "C: manufacturing", "G-U: services"),
          "年龄组", ImmutableList.of("15–24岁", "25–54岁"),
          "\"quoted\" dimension", ImmutableList.of("back\\slash", "tab\tinside", "50% or more"));

  /** Qualifiers appended to narratives, so that text values are more than a handful of strings. */
  public static final ImmutableList<String> QUALIFIERS =
      ImmutableList.of(
          " in %d provinces",
          " (draft %d)",
          "; %d%% of the target",
          " — see annex %d",
          ", with \"partners\" in %d regions",
          " \\ revision %d",
          " à %d endroits",
          " 😀 ×%d",
          "\tline %d of the report");

  /**
   * Returns the categories of one of the {@link #DIMENSIONS} or {@link #OTHER_DIMENSIONS}.
   *
   * @param dimension a key of either
   * @return its categories
   */
  public static ImmutableList<String> categories(String dimension) {
    ImmutableList<String> categories = DIMENSIONS.get(dimension);
    return java.util.Objects.requireNonNull(
        categories != null ? categories : OTHER_DIMENSIONS.get(dimension), dimension);
  }

  /** Locations of data points. */
  public static final ImmutableList<String> LOCATIONS =
      ImmutableList.of("Africa", "Americas", "Arab States", "Asia and the Pacific", "Europe");

  /** Comments on values. */
  public static final ImmutableList<String> COMMENTS =
      ImmutableList.of(
          "Provisional figure",
          "Source: implementation report",
          "Estimated from a sample survey",
          "Revised after the mid-term review");

  /** Reasons why no baseline is available. */
  public static final ImmutableList<String> NO_BASELINE_REASONS =
      ImmutableList.of(
          "No survey before 2009",
          "Indicator introduced in this biennium",
          "Data not collected by the national statistical office");

  /** Notes on contribution links. */
  public static final ImmutableList<String> CONTRIBUTION_NOTES =
      ImmutableList.of(
          "Country programme outcome linked in IRIS",
          "Joint programme with the UN country team");
}
