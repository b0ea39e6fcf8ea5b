package org.verbund.core.secrets;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.verbund.core.eventstore.MongoStoreConfiguration;
import org.verbund.core.eventstore.StoreProperties;

/** The store's secrets, sealed under the master key; the gateway does not start without the right key. */
@AutoConfiguration(after = MongoStoreConfiguration.class)
@EnableConfigurationProperties(SecretsProperties.class)
public class SecretsConfiguration {

    @Bean
    public SealedSecrets sealedSecrets(MongoDatabase verbundDatabase, SecretsProperties secrets,
                                       StoreProperties store) {
        return SealedSecrets.open(verbundDatabase, MasterKeySource.of(secrets, store));
    }
}
