/**
 * Files: model readers registered by format, and writing outputs whole or not at all.
 */
package org.cytostorm.engine.io;
