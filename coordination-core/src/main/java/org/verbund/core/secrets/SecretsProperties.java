package org.verbund.core.secrets;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the master key comes from.
 *
 * @param masterKey     the key itself, 32 bytes as Base64 ({@code VERBUND_MASTER_KEY}); empty: the key file
 * @param masterKeyFile the key file (owner-only permissions); empty: {@code master.key} in the data directory
 * @param newMasterKey  the key to rotate to when the current one is given as {@code masterKey}
 *                      ({@code VERBUND_NEW_MASTER_KEY}); with a key file, rotation makes the new key itself
 */
@ConfigurationProperties("verbund.secrets")
public record SecretsProperties(String masterKey, Path masterKeyFile, String newMasterKey) {

    public SecretsProperties {
        masterKey = masterKey == null || masterKey.isBlank() ? null : masterKey;
        masterKeyFile = masterKeyFile == null || masterKeyFile.toString().isBlank() ? null : masterKeyFile;
        newMasterKey = newMasterKey == null || newMasterKey.isBlank() ? null : newMasterKey;
    }
}
