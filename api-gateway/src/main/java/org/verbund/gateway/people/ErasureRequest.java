package org.verbund.gateway.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a person's data is erased (required: it goes into the erasure's metadata). */
public record ErasureRequest(@NotBlank @Size(max = 1000) String reason) {
}
