/**
 * Results frameworks: {@link org.rbm.core.results.ResultsFramework} holds {@link
 * org.rbm.core.results.Result results} on the levels of a {@link org.rbm.core.results.LevelScheme}
 * (the ILO's strategic objective → outcome → immediate outcome, the OECD-DAC chain, the logframe, or
 * the user's own), arranged as a tree, each measured by indicators, with {@link
 * org.rbm.core.results.ContributionLink contribution links} to results of other frameworks.
 */
@NullMarked
@CheckReturnValue
@RbmStyle
package org.rbm.core.results;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.rbm.core.internal.RbmStyle;
