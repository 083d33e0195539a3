/**
 * Decent Work Country Programmes (DWCPs): a country's tripartite priorities built on results
 * ({@link org.rbm.core.dwcp.Dwcp}), whose document moves from concept to draft to final through a
 * {@link org.rbm.core.workflow.Workflow workflow} ({@link org.rbm.core.dwcp.DwcpWorkflows#standard()
 * the standard one} requires a passed regional quality-assurance review before the final
 * document), the rules a DWCP should meet ({@link org.rbm.core.dwcp.DwcpRules}) and the portfolio
 * of many DWCPs queried as of a date ({@link org.rbm.core.dwcp.DwcpPortfolio}).
 */
@NullMarked
@CheckReturnValue
package org.rbm.core.dwcp;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
