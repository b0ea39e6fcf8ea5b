/**
 * Read models rebuilt beside the live ones: a processing group's projections made a second time by Spring, with
 * their collections under other names ({@code ShadowProjection}), fed the store's events ({@code ShadowRun});
 * compared with the live read models and swapped in by pointing the read models' aliases at them
 * ({@code ProjectionRebuilds}, {@code CollectionAliases}), with the live processor held between two events for that
 * moment ({@code ProjectionGates}); and a group's read models as they stood at a point in time
 * ({@code PointInTimeSnapshots}).
 */
package org.verbund.core.rebuild;
