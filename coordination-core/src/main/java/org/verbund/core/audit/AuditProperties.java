package org.verbund.core.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The audit tree's settings.
 *
 * @param treeHeadKey     the tree-head signing key, an Ed25519 private key as Base64 PKCS#8
 *                        ({@code VERBUND_TREE_HEAD_KEY}); give every gateway of a store the same one
 * @param treeHeadKeyFile where the key is kept otherwise (owner-only; made on first start): by default
 *                        {@code tree-head.key} in the data directory, beside the store but not in it
 * @param appendInterval  how often the tree takes in newly settled positions
 */
@ConfigurationProperties("verbund.audit")
public record AuditProperties(String treeHeadKey, Path treeHeadKeyFile, Duration appendInterval) {

    public AuditProperties {
        treeHeadKey = treeHeadKey == null || treeHeadKey.isBlank() ? null : treeHeadKey.strip();
        treeHeadKeyFile = treeHeadKeyFile == null || treeHeadKeyFile.toString().isBlank() ? null : treeHeadKeyFile;
        appendInterval = appendInterval == null ? Duration.ofMillis(200) : appendInterval;
    }
}
