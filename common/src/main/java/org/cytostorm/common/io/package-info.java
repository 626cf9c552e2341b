/**
 * Files: written whole or not at all ({@link org.cytostorm.common.io.AtomicFiles}, with the
 * process's default permissions), output directories replaced as one set, whole or not at all,
 * and recovered after a kill ({@link org.cytostorm.common.io.OutputSet}), directory trees deleted
 * and flushed to the disk ({@link org.cytostorm.common.io.Directories}), and CSV read and written
 * through Jackson's CSV module ({@link org.cytostorm.common.io.Csv}).
 */
package org.cytostorm.common.io;
