/**
 * Files: written whole or not at all ({@link org.cytostorm.common.io.AtomicFiles}, with the
 * process's default permissions), and CSV read and written through Jackson's CSV module
 * ({@link org.cytostorm.common.io.Csv}).
 */
package org.cytostorm.common.io;
