/**
 * The version and commit a build of cytostorm was made from
 * ({@link org.cytostorm.common.build.BuildInfo}), for {@code --version} and every run's provenance.
 */
package org.cytostorm.common.build;
