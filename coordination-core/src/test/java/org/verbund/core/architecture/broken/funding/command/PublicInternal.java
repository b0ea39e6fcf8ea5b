package org.verbund.core.architecture.broken.funding.command;

/** Breaks "internals are package-private": a public top-level class in a command package. */
public class PublicInternal {
}
