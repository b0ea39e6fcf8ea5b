package org.verbund.core.architecture.broken.demo;

import org.verbund.core.architecture.broken.funding.command.PublicInternal;

/** Breaks "the demo data uses only the contexts' api". */
class DemoUsingInternals {
    PublicInternal internal = new PublicInternal();
}
