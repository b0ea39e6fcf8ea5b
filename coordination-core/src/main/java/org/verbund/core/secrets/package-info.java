/**
 * Envelope encryption of the secrets Verbund stores: the token-signing key and every person's key are kept only
 * sealed under a master key that is not in the database ({@code VERBUND_MASTER_KEY}, or an owner-only key file), and
 * {@link org.verbund.core.secrets.MasterKeyRotation} re-seals them under a new one.
 */
package org.verbund.core.secrets;
