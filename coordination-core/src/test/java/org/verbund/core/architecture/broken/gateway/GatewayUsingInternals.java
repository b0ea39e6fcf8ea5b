package org.verbund.core.architecture.broken.gateway;

import org.verbund.core.architecture.broken.funding.command.PublicInternal;

/** Breaks "the gateway uses only the contexts' api". */
class GatewayUsingInternals {
    PublicInternal internal = new PublicInternal();
}
