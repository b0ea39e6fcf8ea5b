package org.verbund.core.readmodel;

import org.springframework.beans.factory.annotation.Qualifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the database a projection keeps its read models in: the store's database, seen through the read-model
 * aliases, so that a read model rebuilt beside the live one can take its place without a restart (see
 * {@code org.verbund.core.rebuild}). Every projection takes its {@code MongoDatabase} with this qualifier.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Qualifier(ReadModels.BEAN)
public @interface ReadModels {

    String BEAN = "readModelDatabase";
}
