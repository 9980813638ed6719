package dev.trustrules.internal.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Verifies the classes a policy's rule files were compiled to, before any of them is loaded: every
 * type and member they use must be on the {@link Allowlist} (or be one of the policy's own generated
 * classes), their code must not loop (no backward jump) nor recurse (no cycle among their methods),
 * must not synchronize, keep no mutable static state, and may use {@code invokedynamic} only for
 * string concatenation and lambdas of its own methods. Together these mean a policy can only compute
 * a decision from its facts, and that each rule firing ends.
 *
 * <p>The check is on bytecode, not on the rule text, so that nothing the compilers do with the text
 * (unicode escapes, text blocks, MVEL, decision-table cells) escapes it.
 */
public final class BytecodeVerifier {
    private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String RULE_DSL = "org/drools/modelcompiler/dsl/pattern/D";

    /** The largest array policy code may create: arrays of a constant size only, as varargs and literals need. */
    static final int MAX_ARRAY = 256;

    private final Allowlist allowlist;

    public BytecodeVerifier(Allowlist allowlist) {
        this.allowlist = allowlist;
    }

    /** One thing a generated class does that a policy may not. */
    public record Violation(String className, String method, Kind kind, String detail, String token) {}

    /** What kind of thing. */
    public enum Kind {
        /** Uses a type or member that is not on the allowlist. */
        NOT_ALLOWED,
        /** Jumps backwards: a loop. */
        LOOP,
        /** Calls itself, directly or through other methods. */
        RECURSION,
        /** Synchronizes on a monitor. */
        SYNCHRONIZED,
        /** Writes a static field outside its class's initializer: state shared by every evaluation. */
        STATIC_STATE,
        /** Uses a dynamic call site, method handle or native method that is not a plain lambda or string concatenation. */
        DYNAMIC,
        /** Declares a class of its own (local, anonymous, a local record or enum) inside a rule or function. */
        LOCAL_CLASS
    }

    /**
     * What verification found, and which rule each generated class and rule-building method belongs to
     * (for reporting violations at the rule that causes them).
     *
     * @param violations every violation, in class and method order
     * @param ruleOfMethod rule name by {@code class.method} for the methods that build a rule
     * @param ruleOfClass rule name by class, for the classes (lambdas) that only one rule's builder refers to first
     * @param enclosingMethod {@code class.method} that declares each local or anonymous generated class
     * @param lambdaCaller the method (name) that creates each lambda body, by {@code class.lambdaMethod}
     */
    public record Report(List<Violation> violations, Map<String, String> ruleOfMethod, Map<String, String> ruleOfClass,
            Map<String, String> enclosingMethod, Map<String, String> lambdaCaller) {}

    private static final class ClassInfo {
        String name;
        String superName;
        String[] interfaces = new String[0];
        final Set<String> methods = new HashSet<>();
    }

    private record MethodId(String owner, String name, String desc) {
        @Override
        public String toString() {
            return owner + "." + name;
        }
    }

    /** Verifies the classes (binary class file by internal name, {@code guarantees/Foo}). */
    public Report verify(Map<String, byte[]> classes) {
        Map<String, ClassInfo> infos = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            ClassInfo info = new ClassInfo();
            new ClassReader(entry.getValue()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    info.name = name;
                    info.superName = superName;
                    info.interfaces = interfaces == null ? new String[0] : interfaces;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    info.methods.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            infos.put(info.name, info);
        }
        Scan scan = new Scan(infos);
        for (byte[] bytes : classes.values()) {
            new ClassReader(bytes).accept(scan.classVisitor(), ClassReader.SKIP_FRAMES);
        }
        scan.findRecursion();
        return new Report(List.copyOf(new LinkedHashSet<>(scan.violations)), Map.copyOf(scan.ruleOfMethod),
                Map.copyOf(scan.ruleOfClass), Map.copyOf(scan.enclosingMethod), Map.copyOf(scan.lambdaCaller));
    }

    private final class Scan {
        private final Map<String, ClassInfo> generated;
        private final List<Violation> violations = new ArrayList<>();
        private final Map<MethodId, Set<MethodId>> calls = new LinkedHashMap<>();
        private final Map<String, String> ruleOfMethod = new LinkedHashMap<>();
        private final Map<String, String> ruleOfClass = new LinkedHashMap<>();
        private final Map<String, String> enclosingMethod = new LinkedHashMap<>();
        private final Map<String, String> lambdaCaller = new LinkedHashMap<>();

        Scan(Map<String, ClassInfo> generated) {
            this.generated = generated;
        }

        void violation(String owner, String method, Kind kind, String detail, String token) {
            violations.add(new Violation(owner, method, kind, detail, token));
        }

        ClassVisitor classVisitor() {
            return new ClassVisitor(Opcodes.ASM9) {
                private String name;

                @Override
                public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                    this.name = name;
                    if (superName != null && !generated.containsKey(superName) && !superName.equals("java/lang/Object")
                            && !superName.equals("java/lang/Enum") && !superName.equals("java/lang/Record")) {
                        violation(name, null, Kind.NOT_ALLOWED, "extends " + readable(superName), simpleName(superName));
                    }
                    for (String implemented : interfaces == null ? new String[0] : interfaces) {
                        if (!generated.containsKey(implemented) && !allowlist.allowsType(implemented)) {
                            violation(name, null, Kind.NOT_ALLOWED, "implements " + readable(implemented), simpleName(implemented));
                        }
                    }
                }

                @Override
                public void visitOuterClass(String owner, String method, String descriptor) {
                    // only a local or anonymous class has an enclosing method: the generator writes none
                    enclosingMethod.put(name, owner + "." + (method == null ? "" : method));
                    violation(name, null, Kind.LOCAL_CLASS, "declares a class of its own", "class");
                }

                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    checkAnnotation(name, null, descriptor);
                    return null;
                }

                @Override
                public FieldVisitor visitField(int access, String field, String descriptor, String signature, Object value) {
                    if ((access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) == 0) {
                        violation(name, null, Kind.STATIC_STATE, "has the static field " + field + " that can change", field);
                    }
                    return new FieldVisitor(Opcodes.ASM9) {
                        @Override
                        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                            checkAnnotation(name, null, annotation);
                            return null;
                        }
                    };
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                    if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                        violation(name, method, Kind.SYNCHRONIZED, "takes a lock (synchronized)", "synchronized");
                    }
                    if ((access & Opcodes.ACC_NATIVE) != 0) {
                        violation(name, method, Kind.DYNAMIC, "is native", method);
                    }
                    return new CodeScan(name, method, descriptor);
                }
            };
        }

        private void checkAnnotation(String owner, String method, String descriptor) {
            String type = Type.getType(descriptor).getInternalName();
            if (!type.startsWith("org/drools/") && !type.startsWith("org/kie/") && !type.startsWith("java/lang/")) {
                violation(owner, method, Kind.NOT_ALLOWED, "is annotated with " + readable(type), simpleName(type));
            }
        }

        /** The generated method a call to {@code owner.name desc} reaches, or {@code null} if it leaves the generated classes. */
        private MethodId generatedTarget(String owner, String name, String desc) {
            Deque<String> pending = new ArrayDeque<>();
            pending.add(owner);
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                String type = pending.poll();
                ClassInfo info = generated.get(type);
                if (info == null || !seen.add(type)) {
                    continue;
                }
                if (info.methods.contains(name + desc)) {
                    return new MethodId(type, name, desc);
                }
                if (info.superName != null) {
                    pending.add(info.superName);
                }
                pending.addAll(List.of(info.interfaces));
            }
            return null;
        }

        /** The first supertypes of a generated {@code owner} that are not generated, where an inherited member is looked up. */
        private Set<String> libraryAncestors(String owner) {
            Set<String> found = new LinkedHashSet<>();
            Deque<String> pending = new ArrayDeque<>(List.of(owner));
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                String type = pending.poll();
                if (!seen.add(type)) {
                    continue;
                }
                ClassInfo info = generated.get(type);
                if (info == null) {
                    found.add(type);
                    continue;
                }
                if (info.superName != null) {
                    pending.add(info.superName);
                }
                pending.addAll(List.of(info.interfaces));
            }
            return found;
        }

        private boolean isGenerated(String type) {
            return generated.containsKey(type);
        }

        /** Whether a member of a library (not generated) type may be used, looking through a generated owner to its ancestors. */
        private boolean memberAllowed(String owner, String name) {
            if (owner.startsWith("[")) {
                return name.equals("clone") || name.equals("length");
            }
            if (!isGenerated(owner)) {
                return allowlist.allowsMember(owner, name);
            }
            for (String ancestor : libraryAncestors(owner)) {
                if (allowlist.allowsMember(ancestor, name)) {
                    return true;
                }
            }
            return false;
        }

        private boolean typeAllowed(Type type) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            if (element.getSort() != Type.OBJECT) {
                return true;
            }
            String name = element.getInternalName();
            return isGenerated(name) || allowlist.allowsType(name);
        }

        private final class CodeScan extends MethodVisitor {
            private final String owner;
            private final String method;
            private final MethodId self;
            private final Set<Label> seenLabels = new HashSet<>();
            private final List<Label[]> handlers = new ArrayList<>();
            private final Deque<String> recentStrings = new ArrayDeque<>();
            private boolean loopReported;

            CodeScan(String owner, String method, String descriptor) {
                super(Opcodes.ASM9);
                this.owner = owner;
                this.method = method;
                this.self = new MethodId(owner, method, descriptor);
                calls.computeIfAbsent(self, k -> new LinkedHashSet<>());
            }

            private void report(Kind kind, String detail, String token) {
                violation(owner, method, kind, detail, token);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                checkAnnotation(owner, method, descriptor);
                return null;
            }

            @Override
            public void visitLabel(Label label) {
                constant = null;
                seenLabels.add(label);
                for (Label[] range : handlers) {
                    if (range[1] == label && !seenLabels.contains(range[0])) {
                        loop(); // a handler that starts before its range ends runs into the range again
                    }
                }
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                handlers.add(new Label[] {end, handler});
                if (type != null && !typeAllowed(Type.getObjectType(type))) {
                    report(Kind.NOT_ALLOWED, "catches " + readable(type), simpleName(type));
                }
            }

            private void jump(Label target) {
                if (seenLabels.contains(target)) {
                    loop();
                }
            }

            private void loop() {
                if (!loopReported) {
                    loopReported = true;
                    report(Kind.LOOP, "loops", null);
                }
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                constant = null;
                jump(label);
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                jump(dflt);
                for (Label label : labels) {
                    jump(label);
                }
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                jump(dflt);
                for (Label label : labels) {
                    jump(label);
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
                    constant = opcode - Opcodes.ICONST_0;
                } else if (opcode == Opcodes.ARRAYLENGTH) {
                    constant = 0; // a copy of an existing array (an enum's values()): no larger than what exists
                } else if (opcode != Opcodes.DUP) {
                    constant = null;
                }
                if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                    if (opcode == Opcodes.MONITORENTER) {
                        report(Kind.SYNCHRONIZED, "takes a lock (synchronized)", "synchronized");
                    }
                }
            }

            /** The last constant an instruction pushed, or {@code null} when the last instruction was something else. */
            private Integer constant;

            @Override
            public void visitIntInsn(int opcode, int operand) {
                if (opcode == Opcodes.NEWARRAY) {
                    arraySize();
                }
                constant = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH ? operand : null;
            }

            private void arraySize() {
                if (constant == null || constant > MAX_ARRAY) {
                    report(Kind.NOT_ALLOWED, constant == null ? "creates an array of a size computed at evaluation"
                            : "creates an array of " + constant + " elements", "new");
                }
            }

            @Override
            public void visitVarInsn(int opcode, int varIndex) {
                if (opcode != Opcodes.ISTORE) { // "arraylength; dup; istore" keeps the length on the stack
                    constant = null;
                }
            }

            @Override
            public void visitIincInsn(int varIndex, int increment) {
                constant = null;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.ANEWARRAY) {
                    arraySize();
                }
                constant = null;
                Type t = type.startsWith("[") ? Type.getType(type) : Type.getObjectType(type);
                if (opcode == Opcodes.NEW) {
                    if (!isGenerated(type) && !allowlist.allowsConstruction(type)) {
                        report(Kind.NOT_ALLOWED, "creates a " + readable(type), simpleName(type));
                    }
                } else if (!typeAllowed(t)) {
                    report(Kind.NOT_ALLOWED, "uses the type " + readable(t.getSort() == Type.ARRAY
                            ? t.getElementType().getInternalName() : type), simpleName(type));
                }
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                report(Kind.NOT_ALLOWED, "creates a multi-dimensional array", "new");
                if (!typeAllowed(Type.getType(descriptor))) {
                    report(Kind.NOT_ALLOWED, "uses the type " + readable(Type.getType(descriptor).getElementType().getInternalName()),
                            null);
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
                constant = null;
                boolean own = isGenerated(fieldOwner);
                switch (opcode) {
                    case Opcodes.GETSTATIC -> {
                        if (own) {
                            noteReference(fieldOwner);
                        } else if (!memberAllowed(fieldOwner, name)) {
                            report(Kind.NOT_ALLOWED, "reads " + readable(fieldOwner) + "." + name, name);
                        }
                    }
                    case Opcodes.PUTSTATIC -> {
                        if (!own) {
                            report(Kind.NOT_ALLOWED, "writes " + readable(fieldOwner) + "." + name, name);
                        } else if (!method.equals("<clinit>") || !fieldOwner.equals(owner)) {
                            report(Kind.STATIC_STATE, "writes the static field " + readable(fieldOwner) + "." + name, name);
                        }
                    }
                    default -> {
                        if (!own) {
                            report(Kind.NOT_ALLOWED, (opcode == Opcodes.GETFIELD ? "reads " : "writes ")
                                    + readable(fieldOwner) + "." + name, name);
                        }
                    }
                }
            }

            private void noteReference(String type) {
                String rule = ruleOfMethod.get(owner + "." + method);
                if (rule != null) {
                    ruleOfClass.putIfAbsent(type, rule);
                }
            }

            @Override
            public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor, boolean isInterface) {
                constant = null;
                if (methodOwner.equals(RULE_DSL) && name.equals("rule") && recentStrings.size() >= 1) {
                    ruleOfMethod.put(owner + "." + method, recentStrings.peekLast());
                }
                MethodId target = isGenerated(methodOwner) ? generatedTarget(methodOwner, name, descriptor) : null;
                if (target != null) {
                    calls.get(self).add(target);
                    if (opcode != Opcodes.INVOKESTATIC && opcode != Opcodes.INVOKESPECIAL) {
                        overridesOf(target).forEach(calls.get(self)::add);
                    }
                } else if (!memberAllowed(methodOwner, name)) {
                    String what = name.equals("<init>") ? "creates a " + readable(methodOwner)
                            : "calls " + readable(methodOwner) + "." + name + "()";
                    report(Kind.NOT_ALLOWED, what, name.equals("<init>") ? simpleName(methodOwner) : name);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                constant = null;
                if (bootstrap.getOwner().equals(CONCAT_FACTORY)) {
                    return;
                }
                if (bootstrap.getOwner().equals(LAMBDA_FACTORY) && arguments.length >= 2 && arguments[1] instanceof Handle impl
                        && isGenerated(impl.getOwner())) {
                    Type lambdaType = Type.getReturnType(descriptor);
                    if (!typeAllowed(lambdaType)) {
                        report(Kind.NOT_ALLOWED, "makes a lambda of " + readable(lambdaType.getInternalName()),
                                simpleName(lambdaType.getInternalName()));
                    }
                    MethodId target = generatedTarget(impl.getOwner(), impl.getName(), impl.getDesc());
                    if (target != null) {
                        calls.get(self).add(target);
                    }
                    lambdaCaller.putIfAbsent(impl.getOwner() + "." + impl.getName(), method);
                    return;
                }
                if (bootstrap.getOwner().equals(LAMBDA_FACTORY) && arguments.length >= 2 && arguments[1] instanceof Handle impl) {
                    // a method reference to a library member: allowed as a call to that member would be
                    boolean construct = impl.getName().equals("<init>");
                    Type lambdaType = Type.getReturnType(descriptor);
                    if (!typeAllowed(lambdaType)) {
                        report(Kind.NOT_ALLOWED, "makes a lambda of " + readable(lambdaType.getInternalName()),
                                simpleName(lambdaType.getInternalName()));
                    } else if (construct ? !allowlist.allowsConstruction(impl.getOwner()) : !memberAllowed(impl.getOwner(), impl.getName())) {
                        report(Kind.NOT_ALLOWED, "refers to " + readable(impl.getOwner()) + "." + (construct ? "new" : impl.getName())
                                + " as a method reference", construct ? simpleName(impl.getOwner()) : impl.getName());
                    }
                    return;
                }
                boolean record = bootstrap.getOwner().equals("java/lang/runtime/ObjectMethods");
                report(Kind.DYNAMIC, record ? "declares a record" : "makes a dynamic call (" + readable(bootstrap.getOwner()) + "."
                        + bootstrap.getName() + ")", record ? "record" : name);
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant = value instanceof Integer number ? number : null;
                if (value instanceof String text) {
                    recentStrings.addLast(text);
                    if (recentStrings.size() > 2) {
                        recentStrings.removeFirst();
                    }
                } else if (value instanceof Type type) {
                    if (type.getSort() == Type.METHOD) {
                        report(Kind.DYNAMIC, "uses a method type constant", null);
                    } else if (!typeAllowed(type)) {
                        report(Kind.NOT_ALLOWED, "uses the class " + readable(type.getSort() == Type.ARRAY
                                ? type.getElementType().getInternalName() : type.getInternalName()),
                                simpleName(type.getInternalName()));
                    }
                } else if (value instanceof Handle || value instanceof ConstantDynamic) {
                    report(Kind.DYNAMIC, "uses a method handle or dynamic constant", null);
                }
            }
        }

        /** Methods of generated subclasses that override {@code target}, which a virtual call may also reach. */
        private List<MethodId> overridesOf(MethodId target) {
            List<MethodId> found = new ArrayList<>();
            for (ClassInfo info : generated.values()) {
                if (!info.name.equals(target.owner()) && info.methods.contains(target.name() + target.desc())
                        && isSubtype(info.name, target.owner())) {
                    found.add(new MethodId(info.name, target.name(), target.desc()));
                }
            }
            return found;
        }

        private boolean isSubtype(String type, String ancestor) {
            Deque<String> pending = new ArrayDeque<>(List.of(type));
            Set<String> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                String current = pending.poll();
                if (current.equals(ancestor)) {
                    return true;
                }
                ClassInfo info = generated.get(current);
                if (info != null && seen.add(current)) {
                    if (info.superName != null) {
                        pending.add(info.superName);
                    }
                    pending.addAll(List.of(info.interfaces));
                }
            }
            return false;
        }

        /**
         * Reports each cycle in the call graph of generated methods, once, at the method where the walk
         * first closed it. Iterative, so that a long call chain in generated code cannot overflow the stack.
         */
        void findRecursion() {
            Set<MethodId> done = new HashSet<>();
            Set<Set<MethodId>> reported = new HashSet<>();
            for (MethodId start : calls.keySet()) {
                if (done.contains(start)) {
                    continue;
                }
                List<MethodId> path = new ArrayList<>();
                Set<MethodId> onPath = new HashSet<>();
                Deque<java.util.Iterator<MethodId>> pending = new ArrayDeque<>();
                path.add(start);
                onPath.add(start);
                pending.push(calls.getOrDefault(start, Set.of()).iterator());
                while (!pending.isEmpty()) {
                    java.util.Iterator<MethodId> next = pending.peek();
                    if (!next.hasNext()) {
                        pending.pop();
                        MethodId finished = path.remove(path.size() - 1);
                        onPath.remove(finished);
                        done.add(finished);
                        continue;
                    }
                    MethodId callee = next.next();
                    if (onPath.contains(callee)) {
                        List<MethodId> cycle = new ArrayList<>(path.subList(path.indexOf(callee), path.size()));
                        if (reported.add(Set.copyOf(cycle))) {
                            StringBuilder chain = new StringBuilder();
                            for (MethodId m : cycle) {
                                chain.append(m.name()).append(" -> ");
                            }
                            chain.append(callee.name());
                            String second = cycle.size() > 1 ? cycle.get(1).name() : callee.name();
                            violation(callee.owner(), callee.name(), Kind.RECURSION, "calls itself (" + chain + ")", second);
                        }
                    } else if (!done.contains(callee)) {
                        path.add(callee);
                        onPath.add(callee);
                        pending.push(calls.getOrDefault(callee, Set.of()).iterator());
                    }
                }
            }
        }
    }

    private static String readable(String internalName) {
        return internalName.replace('/', '.');
    }

    private static String simpleName(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        int dollar = name.lastIndexOf('$');
        return dollar >= 0 && dollar < name.length() - 1 ? name.substring(dollar + 1) : name;
    }
}
