package org.cytostorm.engine.eval;

import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.cytostorm.engine.system.OdeSystem;

/**
 * Compiles a system's programs to JVM bytecode at load time.
 *
 * <p>Why Janino: it compiles Java source in memory in milliseconds, needs no JDK at run time (a
 * JRE suffices), and the source it compiles can be printed and read when a model misbehaves, which
 * matters more to a modeller than the last few percent that hand-emitted bytecode (ASM) could give.
 * The JIT then optimizes the generated class like hand-written code. The JDK compiler API was the
 * other candidate; it is about ten times slower to start and absent from JREs.
 */
public final class KernelCompiler {

    private KernelCompiler() {
    }

    /** Compiles with the default split threshold. */
    public static Kernels compile(OdeSystem system) {
        return compileSource(KernelSource.of(system));
    }

    /** Compiles splitting every program above {@code singleMethodLimit} nodes (tests use a small limit). */
    static Kernels compile(OdeSystem system, int singleMethodLimit) {
        return compileSource(new KernelSource(singleMethodLimit).write(system));
    }

    /**
     * Generated code that one JVM class cannot hold: more than 65535 constants (array indices
     * above 32767 each take one) or a method above 64 KiB. The model is then interpreted.
     */
    public static final class ClassTooLargeException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ClassTooLargeException(Throwable cause) {
            super("the model's generated code exceeds the limits of one JVM class", cause);
        }
    }

    private static boolean beyondClassFileLimits(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.codehaus.janino.util.ClassFile.ClassFileException
                    || String.valueOf(t.getMessage()).contains("too large")) {
                return true;
            }
        }
        return false;
    }

    private static Kernels compileSource(String source) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(Kernels.class.getClassLoader());
        try {
            compiler.cook(source);
            Class<?> cls = compiler.getClassLoader().loadClass(KernelSource.CLASS_NAME);
            return (Kernels) cls.getDeclaredConstructor().newInstance();
        } catch (CompileException | RuntimeException e) {
            if (beyondClassFileLimits(e)) {
                throw new ClassTooLargeException(e);
            }
            throw new IllegalStateException("generated code does not compile (a cytostorm bug): " + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load generated code: " + e.getMessage(), e);
        }
    }
}
