package dev.trustrules.internal.json;

import dev.trustrules.internal.Require;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The checks a record's canonical constructor makes, read from its bytecode: every call of a
 * {@link Require} method with the component it checks and its constant arguments, as in
 * {@code Require.between("buyer.creditScore", creditScore, 0, 1000)}. The JSON Schema takes its ranges
 * and patterns from here, so they are the constructors' own and cannot drift from them. A call whose
 * arguments are not the component and constants is refused: a check the schema cannot read must not
 * be left out of it silently.
 */
final class ConstructorChecks {
    private static final String REQUIRE = Type.getInternalName(Require.class);
    private static final Map<Class<?>, List<Check>> CACHE = new ConcurrentHashMap<>();

    /**
     * One check: the {@link Require} method, the component it checks, and the call's other arguments in
     * order (constants, and {@link Component}s for other components), without the field's name.
     *
     * @param method the method of {@link Require}, such as {@code between}
     * @param component the record component checked
     * @param arguments the arguments after the checked value
     */
    record Check(String method, String component, List<Object> arguments) {}

    /** A record component passed as an argument (the other field of {@code notBefore}). */
    record Component(String name) {}

    private ConstructorChecks() {}

    /** The checks of the record's canonical constructor, in the order it makes them. */
    static List<Check> of(Class<?> record) {
        return CACHE.computeIfAbsent(record, ConstructorChecks::read);
    }

    private static List<Check> read(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        String descriptor = Type.getMethodDescriptor(Type.VOID_TYPE,
                Arrays.stream(components).map(c -> Type.getType(c.getType())).toArray(Type[]::new));
        String[] slots = new String[1 + 2 * components.length];
        int slot = 1;
        for (RecordComponent c : components) {
            slots[slot] = c.getName();
            slot += Type.getType(c.getType()).getSize();
        }
        List<Check> checks = new ArrayList<>();
        String resource = record.getName().replace('.', '/') + ".class";
        ClassLoader loader = record.getClassLoader() != null ? record.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("cannot read the class file of " + record.getName());
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                    return name.equals("<init>") && desc.equals(descriptor) ? new Calls(record, slots, checks) : null;
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + record.getName(), e);
        }
        return List.copyOf(checks);
    }

    /** Follows the constants and components pushed before each call; anything else forgets them. */
    private static final class Calls extends MethodVisitor {
        private static final Object UNKNOWN = new Object();

        private final Class<?> record;
        private final String[] slots;
        private final List<Check> checks;
        private final List<Object> stack = new ArrayList<>();

        Calls(Class<?> record, String[] slots, List<Check> checks) {
            super(Opcodes.ASM9);
            this.record = record;
            this.slots = slots;
            this.checks = checks;
        }

        @Override
        public void visitLdcInsn(Object value) {
            stack.add(value);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
                stack.add(operand);
            } else {
                stack.clear();
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
                stack.add(opcode - Opcodes.ICONST_0);
            } else if (opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1) {
                stack.add((long) (opcode - Opcodes.LCONST_0));
            } else if (opcode == Opcodes.DCONST_0 || opcode == Opcodes.DCONST_1) {
                stack.add((double) (opcode - Opcodes.DCONST_0));
            } else {
                stack.clear();
            }
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            boolean load = opcode >= Opcodes.ILOAD && opcode <= Opcodes.ALOAD;
            if (load && var < slots.length && slots[var] != null) {
                stack.add(new Component(slots[var]));
            } else if (load) {
                stack.add(UNKNOWN);
            } else {
                stack.clear();
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            Type method = Type.getMethodType(descriptor);
            int arity = method.getArgumentTypes().length;
            if (opcode != Opcodes.INVOKESTATIC || !owner.equals(REQUIRE)) {
                stack.clear();
                return;
            }
            if (stack.size() < arity || arity < 2) {
                throw unreadable(name, "its arguments are not constants and components");
            }
            List<Object> arguments = new ArrayList<>(stack.subList(stack.size() - arity, stack.size()));
            stack.subList(stack.size() - arity, stack.size()).clear();
            if (!(arguments.get(0) instanceof String) || !(arguments.get(1) instanceof Component checked)
                    || arguments.contains(UNKNOWN)) {
                throw unreadable(name, "it does not name a field and pass the component");
            }
            checks.add(new Check(name, checked.name(), List.copyOf(arguments.subList(2, arguments.size()))));
            if (method.getReturnType() != Type.VOID_TYPE) {
                stack.add(UNKNOWN);
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            stack.clear();
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            stack.clear();
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            stack.clear();
        }

        private IllegalStateException unreadable(String method, String why) {
            return new IllegalStateException("the constructor of " + record.getName() + " calls Require." + method
                    + " in a way the JSON Schema cannot read: " + why);
        }
    }
}
