// Writes a stub copy of a platform jar for FlowDroid: every class, field and method signature of
// the input (Robolectric's android-all, the complete Android framework) with each concrete
// method's code replaced by `throw null`, as the SDK's own android.jar stubs are. FlowDroid
// never analyzes framework code (it summarizes it), but Soot parses the code of every class it
// resolves: the full framework made each FlowDroid run several seconds slower. Resources and
// other non-class entries are left out. analyzers/flowdroid.py runs this once per input jar.
//
// Usage: DexlegoPlatformStubs IN_JAR OUT_JAR
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

public final class DexlegoPlatformStubs {
    private DexlegoPlatformStubs() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DexlegoPlatformStubs IN_JAR OUT_JAR");
            System.exit(2);
        }
        int classes = 0;
        try (JarFile in = new JarFile(args[0]);
             JarOutputStream out = new JarOutputStream(
                     new BufferedOutputStream(new FileOutputStream(args[1])))) {
            for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !entry.getName().endsWith(".class")) {
                    continue;
                }
                byte[] data;
                try (InputStream s = in.getInputStream(entry)) {
                    data = s.readAllBytes();
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                out.write(stub(data));
                out.closeEntry();
                classes++;
            }
        }
        System.err.println("stubbed " + classes + " classes");
    }

    static byte[] stub(byte[] data) {
        ClassWriter writer = new ClassWriter(0);
        ClassVisitor stubber = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor,
                                             String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    return mv;
                }
                int locals = Type.getArgumentsAndReturnSizes(descriptor) >> 2;
                int maxLocals = (access & Opcodes.ACC_STATIC) != 0 ? locals - 1 : locals;
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitEnd() {
                        super.visitCode();
                        super.visitInsn(Opcodes.ACONST_NULL);
                        super.visitInsn(Opcodes.ATHROW);
                        super.visitMaxs(1, maxLocals);
                        super.visitEnd();
                    }
                };
            }
        };
        new ClassReader(data).accept(stubber,
                ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
