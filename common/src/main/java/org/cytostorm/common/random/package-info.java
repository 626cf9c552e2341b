/**
 * Counter-based random streams keyed by (seed, entity, counter, purpose)
 * ({@link org.cytostorm.common.random.KeyedRandom}): results do not depend on threads, shards or
 * resumption.
 */
package org.cytostorm.common.random;
