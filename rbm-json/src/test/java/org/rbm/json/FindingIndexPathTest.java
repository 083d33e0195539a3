package org.rbm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbm.core.results.ResultsFramework;
import org.rbm.core.rules.Finding;
import org.rbm.core.rules.RuleId;
import org.rbm.core.rules.StandardRules;
import org.rbm.testkit.BrokenFramework;
import org.rbm.testkit.BrokenFrameworks;

/**
 * A finding's index path leads, in the framework's JSON document, to the place its path by ids
 * names: the same result, indicator or contribution link.
 */
class FindingIndexPathTest {
  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)\\])?");
  private final RbmJson json = RbmJson.strict();

  @Test
  void everyStandardFindingsIndexPathLeadsToTheNodeItsIdsName() {
    for (RuleId rule : BrokenFrameworks.rules()) {
      for (long seed = 0; seed < 10; seed++) {
        BrokenFramework broken = BrokenFrameworks.breaking(rule).sample(seed);
        ResultsFramework f = broken.framework();
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(json.write(f)))) {
          document = reader.readObject();
        }
        for (Finding finding : StandardRules.validator().validate(f).findings()) {
          check(document, finding);
        }
      }
    }
  }

  private static void check(JsonObject document, Finding finding) {
    String path = finding.location().indexPath().orElseThrow(() -> new AssertionError(finding));
    List<String> ids = finding.location().segments();
    JsonValue node = document;
    for (String step : com.google.common.base.Splitter.on('.').split(path)) {
      Matcher m = STEP.matcher(step);
      assertTrue(m.matches(), path);
      JsonValue next = ((JsonObject) node).get(m.group(1));
      if (next == null) {
        throw new AssertionError(step + " of " + path + " for " + finding);
      }
      if (m.group(2) == null) {
        node = next;
        continue;
      }
      JsonValue element = ((JsonArray) next).get(Integer.parseInt(m.group(2)));
      JsonObject object = (JsonObject) element;
      switch (m.group(1)) {
        case "results" -> {
          // The last id before "indicators" or "contributions" is the result's.
          int end = ids.indexOf("indicators") >= 0 ? ids.indexOf("indicators")
              : ids.indexOf("contributions") >= 0 ? ids.indexOf("contributions") : ids.size();
          assertEquals(ids.get(end - 1), object.getString("id"), path + " for " + finding);
        }
        case "indicators" -> assertEquals(ids.get(ids.indexOf("indicators") + 1),
            object.getString("id"), path + " for " + finding);
        case "contributions" -> {
          int at = ids.indexOf("contributions");
          assertEquals(List.of(ids.get(at + 1), ids.get(at + 2)),
              List.of(object.getString("targetFramework"), object.getString("targetResult")),
              path + " for " + finding);
        }
        default -> { }
      }
      node = element;
    }
  }
}
