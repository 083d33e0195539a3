package org.rbm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rbm.core.milestones.MilestoneState.IN_PROGRESS;
import static org.rbm.core.milestones.MilestoneState.PLANNED;
import static org.rbm.core.milestones.MilestoneState.SUBMITTED_FOR_APPROVAL;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbm.core.milestones.Due;
import org.rbm.core.milestones.Milestone;
import org.rbm.core.milestones.MilestoneEvent;
import org.rbm.core.milestones.MilestoneId;
import org.rbm.core.milestones.MilestoneState;
import org.rbm.core.milestones.Roadmap;
import org.rbm.text.internal.RoadmapTableLayout;

/** The ILO's roadmap tables (GB.300/PFA/9/1), in each format and language. */
class RoadmapTablesTest {
  private static final String IMS = "Integrated management strategy";
  private static final String PA = "Performance and accountability";
  private static final LocalDate PAPER = LocalDate.of(2007, 10, 12);

  private static Milestone milestone(
      String id, String area, String statement, int year, MilestoneState state, LocalDate on) {
    return Milestone.builder()
        .id(MilestoneId.of(id))
        .area(area)
        .owner("ILO")
        .initialStatement(statement)
        .initialDue(Due.ofYear(year))
        .initialState(state)
        .recordedOn(on)
        .recordedBy("GB.300/PFA/9/1")
        .build();
  }

  /** Four milestones of the ILO roadmap; the first recorded in March 2007 and adopted later. */
  private static Roadmap sample() {
    Milestone it =
        milestone(
                "1", IMS, "Results-based IT strategy for 2007-09 adopted", 2007,
                SUBMITTED_FOR_APPROVAL, LocalDate.of(2007, 3, 1))
            .apply(
                MilestoneEvent.achieveWithConditions(
                    "updated strategy submitted in November 2007"),
                LocalDate.of(2007, 3, 20),
                "Governing Body");
    return Roadmap.builder()
        .title("RBM roadmap")
        .addMilestones(
            it,
            milestone(
                "3", IMS, "Common approach and terminology for all ILO strategies adopted", 2008,
                IN_PROGRESS, PAPER),
            milestone("7", PA, "Standards for workplanning introduced", 2007, IN_PROGRESS, PAPER),
            milestone(
                "10", PA,
                "RBM performance appraisal piloted in technical programmes, regions and management"
                    + " and administrative services",
                2008, PLANNED, PAPER))
        .build();
  }

  @Test
  void rendersThePapersTablesAsPlainText() {
    assertEquals(
        """
        RBM roadmap
        ===========

        Integrated management strategy
        #   Milestone                                                     Year  Status
        --  ------------------------------------------------------------  ----  \
        ---------------------------------------------------------------------
        1   Results-based IT strategy for 2007-09 adopted                 2007  \
        achieved with conditions: updated strategy submitted in November 2007
        3   Common approach and terminology for all ILO strategies        2008  in progress
            adopted

        Performance and accountability
        #   Milestone                                                     Year  Status
        --  ------------------------------------------------------------  ----  -----------
        7   Standards for workplanning introduced                         2007  in progress
        10  RBM performance appraisal piloted in technical programmes,    2008  planned
            regions and management and administrative services
        """,
        RoadmapTables.render(sample(), TableFormat.PLAIN_TEXT));
  }

  @Test
  void rendersThePapersTablesAsMarkdown() {
    assertEquals(
        """
        ## RBM roadmap

        ### Integrated management strategy

        | # | Milestone | Year | Status |
        |---|---|---|---|
        | 1 | Results-based IT strategy for 2007-09 adopted | 2007 | \
        achieved with conditions: updated strategy submitted in November 2007 |
        | 3 | Common approach and terminology for all ILO strategies adopted | 2008 | in progress |

        ### Performance and accountability

        | # | Milestone | Year | Status |
        |---|---|---|---|
        | 7 | Standards for workplanning introduced | 2007 | in progress |
        | 10 | RBM performance appraisal piloted in technical programmes, regions and management \
        and administrative services | 2008 | planned |
        """,
        RoadmapTables.render(sample(), TableFormat.MARKDOWN));
  }

  @Test
  void rendersTheCountsByState() {
    assertEquals(
        """
        Area                            planned  in progress  achieved with conditions  Total
        ------------------------------  -------  -----------  ------------------------  -----
        Integrated management strategy        0            1                         1      2
        Performance and accountability        1            1                         0      2
        Total                                 1            2                         1      4
        """,
        RoadmapTables.renderCounts(sample(), TableFormat.PLAIN_TEXT));
    assertEquals(
        """
        | Area | planned | in progress | achieved with conditions | Total |
        |---|---:|---:|---:|---:|
        | Integrated management strategy | 0 | 1 | 1 | 2 |
        | Performance and accountability | 1 | 1 | 0 | 2 |
        | Total | 1 | 2 | 1 | 4 |
        """,
        RoadmapTables.renderCounts(sample(), TableFormat.MARKDOWN));
  }

  @Test
  void escapesPipesInMarkdownCells() {
    Roadmap r =
        Roadmap.builder()
            .title("T")
            .addMilestone(milestone("1", "A|B", "x | y", 2008, PLANNED, PAPER))
            .build();
    assertEquals(
        """
        ## T

        ### A\\|B

        | # | Milestone | Year | Status |
        |---|---|---|---|
        | 1 | x \\| y | 2008 | planned |
        """,
        RoadmapTables.render(r, TableFormat.MARKDOWN));
  }

  @Test
  void wrapsLongWordsByCuttingThem() {
    assertEquals(List.of("abcd", "efg", "hi"), RoadmapTableLayout.wrap("abcdefg hi", 4));
    assertEquals(List.of("a", "abcd", "ef"), RoadmapTableLayout.wrap("a abcdef", 4));
    assertEquals(List.of("one two", "three"), RoadmapTableLayout.wrap("one two three", 7));
  }

  @Test
  void rendersCsvWithCrlfAndQuotes() {
    // RFC 4180: the statement with commas is quoted; CRLF ends every record.
    assertEquals(
        """
        Area,#,Milestone,Year,Status
        Integrated management strategy,1,Results-based IT strategy for 2007-09 adopted,2007,\
        achieved with conditions: updated strategy submitted in November 2007
        Integrated management strategy,3,Common approach and terminology for all ILO strategies \
        adopted,2008,in progress
        Performance and accountability,7,Standards for workplanning introduced,2007,in progress
        Performance and accountability,10,"RBM performance appraisal piloted in technical \
        programmes, regions and management and administrative services",2008,planned
        """.replace("\n", "\r\n"),
        RoadmapTables.render(sample(), TableFormat.CSV));
    assertEquals(
        """
        Area,planned,in progress,achieved with conditions,Total
        Integrated management strategy,0,1,1,2
        Performance and accountability,1,1,0,2
        Total,1,2,1,4
        """.replace("\n", "\r\n"),
        RoadmapTables.renderCounts(sample(), TableFormat.CSV));
  }

  @Test
  void speaksFrenchAndSpanish() {
    // The words from roadmap-labels_fr and _es; the roadmap's own texts stay as they are.
    RenderOptions fr = RenderOptions.defaults().withLocale(Locale.FRENCH);
    RenderOptions es = RenderOptions.defaults().withLocale(Locale.forLanguageTag("es-CO"));
    assertEquals(
        """
        | Domaine | prévu | en cours | atteint sous conditions | Total |
        |---|---:|---:|---:|---:|
        | Integrated management strategy | 0 | 1 | 1 | 2 |
        | Performance and accountability | 1 | 1 | 0 | 2 |
        | Total | 1 | 2 | 1 | 4 |
        """,
        RoadmapTables.renderCounts(sample(), TableFormat.MARKDOWN, fr));
    String markdown = RoadmapTables.render(sample(), TableFormat.MARKDOWN, fr);
    assertEquals(true, markdown.contains("| N° | Jalon | Année | État |\n"), markdown);
    assertEquals(true, markdown.contains("| 2007 | atteint sous conditions : updated strategy"
        + " submitted in November 2007 |\n"), markdown);
    assertEquals("Ámbito,N.º,Hito,Año,Estado",
        RoadmapTables.render(sample(), TableFormat.CSV, es).lines().findFirst().orElseThrow());
    String text = RoadmapTables.render(sample(), TableFormat.PLAIN_TEXT, es);
    assertEquals(true, text.contains("\nN.º  Hito"), text);
    assertEquals(true, text.contains("2008  en curso\n"), text);
    // Any other language gets English.
    assertEquals(RoadmapTables.render(sample(), TableFormat.PLAIN_TEXT),
        RoadmapTables.render(sample(), TableFormat.PLAIN_TEXT,
            RenderOptions.defaults().withLocale(Locale.GERMAN)));
  }

  @Test
  void everyLanguageNamesEveryState() {
    for (String language : org.rbm.text.internal.RoadmapLabels.LANGUAGES) {
      org.rbm.text.internal.RoadmapLabels labels =
          org.rbm.text.internal.RoadmapLabels.of(Locale.forLanguageTag(language));
      assertEquals(language, labels.language());
      assertEquals(org.rbm.text.internal.RoadmapLabels.of(Locale.ENGLISH).asMap().keySet(),
          labels.asMap().keySet(), language);
      for (MilestoneState state : MilestoneState.values()) {
        assertEquals(false, labels.state(state).isBlank(), language + " " + state);
      }
    }
    // English words are the states' own labels, as before the move.
    for (MilestoneState state : MilestoneState.values()) {
      assertEquals(state.label(),
          org.rbm.text.internal.RoadmapLabels.of(Locale.ENGLISH).state(state));
    }
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(Roadmap.class, sample())
        .setDefault(RenderOptions.class, RenderOptions.defaults())
        .testAllPublicStaticMethods(RoadmapTables.class);
  }
}
