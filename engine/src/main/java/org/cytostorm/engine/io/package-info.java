/**
 * Files: model readers registered by format, and the shared reference data beside the repository.
 * (Atomic writes and CSV are in {@code org.cytostorm.common.io}.)
 */
package org.cytostorm.engine.io;
