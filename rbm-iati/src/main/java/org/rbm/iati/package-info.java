/**
 * The results part of IATI 2.03 activity files. {@link org.rbm.iati.IatiReader} streams an
 * {@code iati-activities} document one {@code iati-activity} at a time and gives, for each, an
 * {@link org.rbm.iati.IatiImport}: the activity's results as IATI states them ({@link
 * org.rbm.iati.IatiActivity}, lossless), the {@link org.rbm.core.results.ResultsFramework} they map
 * to, and the {@link org.rbm.iati.ImportFinding findings} of the import. {@link
 * org.rbm.iati.IatiWriter} writes IATI 2.03 XML; {@link org.rbm.iati.IatiRules} holds IATI's eleven
 * results rules; {@link org.rbm.iati.IatiException} is the one exception for bad input.
 */
@NullMarked
@CheckReturnValue
package org.rbm.iati;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
