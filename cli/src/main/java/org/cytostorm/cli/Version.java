package org.cytostorm.cli;

import org.cytostorm.common.build.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code cytostorm 0.1.0-SNAPSHOT (commit 1a2b3c4)}: the version and the commit the build was made from. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"cytostorm " + BuildInfo.current().describe()};
    }
}
