/**
 * Strategies and how they link: a {@link org.rbm.core.strategies.LinkageMatrix} of strategies
 * (rows) against the core management strategies (columns: human resources, information
 * technology, knowledge, evaluation, results-based management), as in the ILO's 2007 paper on
 * results-based management (GB.300/PFA/9/1, paragraph 22), with the cell texts' references to
 * results and milestones, and its gaps; and the seven common criteria as rules. The model only:
 * its renderings (plain text, Markdown, CSV) and the CSV reader are in {@code
 * org.rbm.text.LinkageMatrices}.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.strategies;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
