package org.cytostorm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A command line as a cluster executor must read it: every relative name of an existing input
 * file made absolute, since an executor's working directory is not the user's. (The files must
 * still be reachable at that path on the executors: a shared filesystem, or one machine.)
 */
final class ClusterArguments {

    private ClusterArguments() {
    }

    /**
     * @param args        the command line as given
     * @param subject     the positional input (a file or a built-in name)
     * @param fileOptions the options whose value may be a file ({@code --doses})
     */
    static List<String> absolute(List<String> args, String subject, Set<String> fileOptions) {
        List<String> out = new ArrayList<>(args.size());
        boolean valueOfFileOption = false;
        for (String a : args) {
            int eq = a.indexOf('=');
            if (valueOfFileOption || a.equals(subject)) {
                out.add(absolute(a));
            } else if (a.startsWith("--") && eq > 0 && fileOptions.contains(a.substring(0, eq))) {
                out.add(a.substring(0, eq + 1) + absolute(a.substring(eq + 1)));
            } else {
                out.add(a);
            }
            valueOfFileOption = fileOptions.contains(a);
        }
        return out;
    }

    private static String absolute(String name) {
        try {
            Path p = Path.of(name);
            return !p.isAbsolute() && Files.isRegularFile(p) ? p.toAbsolutePath().normalize().toString() : name;
        } catch (java.nio.file.InvalidPathException e) {
            return name;
        }
    }
}
