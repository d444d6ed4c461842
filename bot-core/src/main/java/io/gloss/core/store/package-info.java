/** JDBC implementations of the store ports (SQLite by default, PostgreSQL to scale out). */
@NullMarked
package io.gloss.core.store;

import org.jspecify.annotations.NullMarked;
