package dev.trustrules.flink;

import dev.trustrules.DecisionRecord;
import dev.trustrules.PolicyId;
import dev.trustrules.TrustRequest;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.json.TrustJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.util.InstantiationUtil;

/**
 * Flink type information for trust-rules' values, with serializers of their own: decision records and
 * requests as their JSON form ({@link TrustJson}), policy releases as their name, version and files. Use
 * them where Flink cannot infer a type, e.g. {@code env.fromData(TrustTypes.policyRelease(), releases)}.
 */
public final class TrustTypes {
    private TrustTypes() {}

    /** A {@link PolicyRelease}: the stream of policy updates, and the active release in broadcast state. */
    public static TypeInformation<PolicyRelease> policyRelease() {
        return new BytesTypeInfo<>(PolicyRelease.class, ReleaseSerializer.INSTANCE);
    }

    /** A {@link DecisionRecord} (the facts and the decision), as its JSON form. */
    public static TypeInformation<DecisionRecord> decisionRecord() {
        return new BytesTypeInfo<>(DecisionRecord.class, RecordSerializer.INSTANCE);
    }

    /** A {@link TrustRequest}, as its JSON form. */
    public static TypeInformation<TrustRequest> request() {
        return new BytesTypeInfo<>(TrustRequest.class, RequestSerializer.INSTANCE);
    }

    static TypeInformation<CorpusLine> corpusLine() {
        return new BytesTypeInfo<>(CorpusLine.class, LineSerializer.INSTANCE);
    }

    static TypeInformation<WhatIfPart> whatIfPart() {
        return new BytesTypeInfo<>(WhatIfPart.class, PartSerializer.INSTANCE);
    }

    /** Serializes a {@link PolicyRelease}: name, version, then each file's path and content. */
    public static final class ReleaseSerializer extends BytesSerializer<PolicyRelease> {
        private static final long serialVersionUID = 1L;
        static final ReleaseSerializer INSTANCE = new ReleaseSerializer();

        @Override
        byte[] encode(PolicyRelease release) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 64, release.size() + 256));
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(release.name());
                out.writeUTF(release.version());
                Map<String, byte[]> files = release.files();
                out.writeInt(files.size());
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    out.writeUTF(file.getKey());
                    out.writeInt(file.getValue().length);
                    out.write(file.getValue());
                }
            }
            return bytes.toByteArray();
        }

        @Override
        PolicyRelease decode(byte[] bytes) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                String name = in.readUTF();
                String version = in.readUTF();
                int count = in.readInt();
                Map<String, byte[]> files = new TreeMap<>();
                for (int i = 0; i < count; i++) {
                    String path = in.readUTF();
                    byte[] content = new byte[in.readInt()];
                    in.readFully(content);
                    files.put(path, content);
                }
                return PolicyRelease.of(name, version, files);
            }
        }

        @Override
        public TypeSerializerSnapshot<PolicyRelease> snapshotConfiguration() {
            return new ReleaseSnapshot();
        }
    }

    /** The snapshot of {@link ReleaseSerializer}: the format has one version. */
    public static final class ReleaseSnapshot extends SimpleTypeSerializerSnapshot<PolicyRelease> {
        public ReleaseSnapshot() {
            super(() -> ReleaseSerializer.INSTANCE);
        }
    }

    /** Serializes a {@link DecisionRecord} as the JSON of {@link TrustJson#writeRecord(DecisionRecord)}. */
    public static final class RecordSerializer extends BytesSerializer<DecisionRecord> {
        private static final long serialVersionUID = 1L;
        static final RecordSerializer INSTANCE = new RecordSerializer();

        @Override
        byte[] encode(DecisionRecord record) {
            return TrustJson.writeRecord(record).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        DecisionRecord decode(byte[] bytes) {
            return TrustJson.readRecord(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public TypeSerializerSnapshot<DecisionRecord> snapshotConfiguration() {
            return new RecordSnapshot();
        }
    }

    /** The snapshot of {@link RecordSerializer}. */
    public static final class RecordSnapshot extends SimpleTypeSerializerSnapshot<DecisionRecord> {
        public RecordSnapshot() {
            super(() -> RecordSerializer.INSTANCE);
        }
    }

    /** Serializes a {@link TrustRequest} as the JSON of {@link TrustJson#writeRequest(TrustRequest)}. */
    public static final class RequestSerializer extends BytesSerializer<TrustRequest> {
        private static final long serialVersionUID = 1L;
        static final RequestSerializer INSTANCE = new RequestSerializer();

        @Override
        byte[] encode(TrustRequest request) {
            return TrustJson.writeRequest(request).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        TrustRequest decode(byte[] bytes) {
            return TrustJson.readRequest(new ByteArrayInputStream(bytes));
        }

        @Override
        public TypeSerializerSnapshot<TrustRequest> snapshotConfiguration() {
            return new RequestSnapshot();
        }
    }

    /** The snapshot of {@link RequestSerializer}. */
    public static final class RequestSnapshot extends SimpleTypeSerializerSnapshot<TrustRequest> {
        public RequestSnapshot() {
            super(() -> RequestSerializer.INSTANCE);
        }
    }

    /** Serializes a {@link WhatIfPart}: the two policies' identities, then the report (Java serialization). */
    public static final class PartSerializer extends BytesSerializer<WhatIfPart> {
        private static final long serialVersionUID = 1L;
        static final PartSerializer INSTANCE = new PartSerializer();

        @Override
        byte[] encode(WhatIfPart part) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                write(out, part.baseline());
                write(out, part.candidate());
                out.writeObject(part.report());
            }
            return bytes.toByteArray();
        }

        private static void write(ObjectOutputStream out, PolicyId id) throws IOException {
            out.writeUTF(id.name());
            out.writeUTF(id.version());
            out.writeUTF(id.sha256());
        }

        @Override
        WhatIfPart decode(byte[] bytes) throws IOException {
            try (ObjectInputStream in = new InstantiationUtil.ClassLoaderObjectInputStream(new ByteArrayInputStream(bytes),
                    DiffReport.class.getClassLoader())) {
                PolicyId baseline = new PolicyId(in.readUTF(), in.readUTF(), in.readUTF());
                PolicyId candidate = new PolicyId(in.readUTF(), in.readUTF(), in.readUTF());
                return new WhatIfPart(baseline, candidate, (DiffReport) in.readObject());
            } catch (ClassNotFoundException e) {
                InvalidObjectException failure = new InvalidObjectException("not a what-if report: " + e.getMessage());
                failure.initCause(e);
                throw failure;
            }
        }

        @Override
        public TypeSerializerSnapshot<WhatIfPart> snapshotConfiguration() {
            return new PartSnapshot();
        }
    }

    /** The snapshot of {@link PartSerializer}. */
    public static final class PartSnapshot extends SimpleTypeSerializerSnapshot<WhatIfPart> {
        public PartSnapshot() {
            super(() -> PartSerializer.INSTANCE);
        }
    }

    /** Serializes a {@link CorpusLine}: file, line number, bytes. */
    public static final class LineSerializer extends BytesSerializer<CorpusLine> {
        private static final long serialVersionUID = 1L;
        static final LineSerializer INSTANCE = new LineSerializer();

        @Override
        byte[] encode(CorpusLine line) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(line.bytes().length + 64);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(line.file());
                out.writeLong(line.line());
                out.write(line.bytes());
            }
            return bytes.toByteArray();
        }

        @Override
        CorpusLine decode(byte[] bytes) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                String file = in.readUTF();
                long line = in.readLong();
                return new CorpusLine(file, line, in.readAllBytes());
            }
        }

        @Override
        public TypeSerializerSnapshot<CorpusLine> snapshotConfiguration() {
            return new LineSnapshot();
        }
    }

    /** The snapshot of {@link LineSerializer}. */
    public static final class LineSnapshot extends SimpleTypeSerializerSnapshot<CorpusLine> {
        public LineSnapshot() {
            super(() -> LineSerializer.INSTANCE);
        }
    }
}
