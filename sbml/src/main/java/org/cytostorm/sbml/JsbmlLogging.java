package org.cytostorm.sbml;

/**
 * JSBML logs through log4j 2's API; its log4j-core binding is excluded from the build, so without
 * this log4j would print a warning about a missing implementation to standard error on first use.
 * Selecting log4j's own simple logger at warn level keeps JSBML's real warnings and drops its
 * debug chatter.
 */
final class JsbmlLogging {

    private JsbmlLogging() {
    }

    /** Call before JSBML's first use; later calls do nothing. */
    static void configure() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.StatusLogger.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "ERROR");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        }
    }
}
