/** Helpers for read models kept in MongoDB. */
package org.verbund.core.readmodel;
