package org.verbund.core.architecture.broken.core;

import org.verbund.core.architecture.broken.funding.command.PublicInternal;

/** Breaks "core depends on no context". */
class KernelUsingAContext {
    PublicInternal internal = new PublicInternal();
}
