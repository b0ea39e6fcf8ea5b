package org.verbund.gateway.security;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.verbund.core.eventstore.StoreReachability;
import org.verbund.core.kernel.Role;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API clients the embedded token issuer knows, in the {@code api_clients} collection keyed by client id. Secrets
 * are stored only as password hashes; a new secret is shown once, to whoever created the client.
 */
public class ApiClients {

    /** A client as stored (never with its secret in clear). */
    public record ApiClient(String clientId, String secretHash, String organisationId, Set<Role> roles,
                            boolean revoked, Instant createdAt) {
    }

    /** A client just created, with its secret in clear: the only time the secret is known. */
    public record IssuedClient(ApiClient client, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a client read from the store is believed when checking tokens (a change on this gateway: at once). */
    static final Duration CACHED_FOR = Duration.ofSeconds(1);

    private final MongoCollection<Document> clients;
    private final PasswordEncoder passwords;
    private final StoreReachability store;
    private final LoadingCache<String, Optional<ApiClient>> recent;

    public ApiClients(MongoDatabase database, PasswordEncoder passwords, StoreReachability store) {
        this.clients = database.getCollection("api_clients");
        this.passwords = passwords;
        this.store = store;
        this.recent = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(CACHED_FOR).build(this::find);
    }

    public Optional<ApiClient> find(String clientId) {
        return Optional.ofNullable(clients.find(Filters.eq("_id", clientId)).first()).map(ApiClients::toClient);
    }

    /**
     * The client as read at most {@link #CACHED_FOR} ago: for the check of every request's token, so that a change or
     * revocation made on another gateway takes effect within that time (and at once on the gateway that made it).
     */
    public Optional<ApiClient> findRecent(String clientId) {
        Optional<ApiClient> cached = recent.getIfPresent(clientId);
        if (cached != null) {
            return cached;
        }
        // a client's concurrent checks share one load, each after the other: while the store is gone, each would
        // wait out the server selection timeout in turn, the last one of many for minutes
        store.requireReachable();
        return recent.get(clientId);
    }

    public List<ApiClient> all() {
        List<ApiClient> all = new ArrayList<>();
        clients.find().forEach(document -> all.add(toClient(document)));
        return all;
    }

    /** Creates a client with a new generated id and secret. */
    public IssuedClient create(String organisationId, Set<Role> roles) {
        return store("client-" + randomToken(9), newSecret(), organisationId, roles);
    }

    /** Creates or replaces a client with the given id and secret (the admin client, from configuration). */
    public IssuedClient store(String clientId, String secret, String organisationId, Set<Role> roles) {
        ApiClient client = new ApiClient(clientId, passwords.encode(secret), organisationId,
                                         new TreeSet<>(roles), false, Instant.now());
        clients.replaceOne(Filters.eq("_id", clientId), toDocument(client), new ReplaceOptions().upsert(true));
        recent.invalidate(clientId);
        return new IssuedClient(client, secret);
    }

    /** @return whether a client of that id existed */
    public boolean revoke(String clientId) {
        boolean existed = clients.updateOne(Filters.eq("_id", clientId), Updates.set("revoked", true))
                                 .getMatchedCount() > 0;
        recent.invalidate(clientId);
        return existed;
    }

    /** A new random secret (192 bits). */
    public static String newSecret() {
        return randomToken(24);
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Document toDocument(ApiClient client) {
        return new Document("_id", client.clientId())
                .append("secretHash", client.secretHash())
                .append("organisationId", client.organisationId())
                .append("roles", client.roles().stream().map(Role::name).toList())
                .append("revoked", client.revoked())
                .append("createdAt", client.createdAt().toString());
    }

    private static ApiClient toClient(Document document) {
        Set<Role> roles = new TreeSet<>();
        document.getList("roles", String.class).forEach(role -> roles.add(Role.valueOf(role)));
        return new ApiClient(document.getString("_id"), document.getString("secretHash"),
                             document.getString("organisationId"), roles, document.getBoolean("revoked"),
                             Instant.parse(document.getString("createdAt")));
    }
}
