/**
 * The funding context's read models: programmes, applications and the portfolio.
 */
package org.verbund.funding.query;
