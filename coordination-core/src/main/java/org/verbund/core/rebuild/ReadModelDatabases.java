package org.verbund.core.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The store's database as projections see it. Live projections get collections that look up their alias at every
 * call, so a swap moves them to the rebuilt collection between two calls; a shadow projection gets collections under
 * other names, and the names it asked for are noted (they are the read models of its processing group).
 */
final class ReadModelDatabases {

    private ReadModelDatabases() {
    }

    /** The live view: every collection follows its alias. */
    static MongoDatabase aliased(MongoDatabase database, CollectionAliases aliases) {
        return view(database, name -> following(database, name, aliases), null);
    }

    /** A shadow's view: the read model {@code name} is the collection {@code rename(name)}; names asked go to noted. */
    static MongoDatabase renamed(MongoDatabase database, UnaryOperator<String> rename, Set<String> noted) {
        return view(database, name -> database.getCollection(rename.apply(name)), noted);
    }

    private static MongoDatabase view(MongoDatabase database,
                                      java.util.function.Function<String, MongoCollection<Document>> collections,
                                      Set<String> noted) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().equals("getCollection") && arguments.length == 1) {
                if (noted != null) {
                    noted.add((String) arguments[0]);
                }
                return collections.apply((String) arguments[0]);
            }
            if (method.getName().equals("getCollection")) {
                throw new UnsupportedOperationException("Read models are collections of Document");
            }
            return call(method, database, arguments);
        };
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                                                      new Class<?>[]{MongoDatabase.class}, handler);
    }

    @SuppressWarnings("unchecked")
    private static MongoCollection<Document> following(MongoDatabase database, String name, CollectionAliases aliases) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "read model " + name : call(method, name, arguments);
            }
            return call(method, database.getCollection(aliases.physical(name)), arguments);
        };
        return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                                                                  new Class<?>[]{MongoCollection.class}, handler);
    }

    private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
