package org.rbm.iati;

import static java.util.Objects.requireNonNull;

/**
 * What a lenient import had to guess or could not carry into the results framework, such as a
 * 1.x measure word read as a code: where (line, column and a path in the document), what was
 * found and what was assumed. The IATI form of the activity ({@link IatiImport#activity()}) still
 * holds what was found. Immutable and thread-safe.
 *
 * @param code a stable code of the kind of guess, such as {@code IATI-IMPORT-MEASURE}
 * @param line the line in the input, from 1
 * @param column the column in the input, from 1
 * @param path the element's path, such as {@code
 *     /iati-activities[1]/iati-activity[1]/result[2]/indicator[1]/@measure}
 * @param found what the file says, shortened to 200 characters
 * @param assumed what the framework holds instead
 */
public record ImportFinding(
    String code, long line, long column, String path, String found, String assumed) {
  /**
   * Checks that no component is null.
   *
   * @param code the code
   * @param line the line
   * @param column the column
   * @param path the path
   * @param found what was found
   * @param assumed what was assumed
   */
  public ImportFinding {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    requireNonNull(found, "found");
    requireNonNull(assumed, "assumed");
  }

  /**
   * Returns the finding in one line, such as {@code IATI-IMPORT-MEASURE at line 21, column 7,
   * /iati-activities/...: found "Unit", assumed 1 (unit)}.
   */
  @Override
  public String toString() {
    return code + " at line " + line + ", column " + column + ", " + path + ": found " + found
        + ", assumed " + assumed;
  }
}
