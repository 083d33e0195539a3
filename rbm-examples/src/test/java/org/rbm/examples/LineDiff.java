package org.rbm.examples;

import java.util.ArrayList;
import java.util.List;

/** A line diff for test failures: changed lines as {@code - } and {@code + }, with some context. */
final class LineDiff {
  /** Beyond this many cells the middle part is shown whole instead of matched line by line. */
  private static final long MAX_CELLS = 4_000_000;

  private LineDiff() {}

  static String of(String before, String after) {
    List<String> a = List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    if (a.equals(b)) {
      return "";
    }
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    List<String> out = new ArrayList<>();
    if (start > 0) {
      out.add("  " + a.get(start - 1));
    }
    List<String> middleA = a.subList(start, endA);
    List<String> middleB = b.subList(start, endB);
    if ((long) middleA.size() * middleB.size() > MAX_CELLS) {
      middleA.forEach(l -> out.add("- " + l));
      middleB.forEach(l -> out.add("+ " + l));
    } else {
      out.addAll(matched(middleA, middleB));
    }
    if (endA < a.size() && !(endA == a.size() - 1 && a.get(endA).isEmpty())) {
      out.add("  " + a.get(endA));
    }
    return String.join("\n", out) + "\n";
  }

  /** A longest-common-subsequence alignment of the two parts. */
  private static List<String> matched(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        out.add("  " + a.get(i));
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.add("- " + a.get(i));
        i++;
      } else {
        out.add("+ " + b.get(j));
        j++;
      }
    }
    return out;
  }
}
