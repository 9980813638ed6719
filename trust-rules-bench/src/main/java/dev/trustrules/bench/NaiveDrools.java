package dev.trustrules.bench;

import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.rules.AddNote;
import dev.trustrules.rules.AssignStanding;
import dev.trustrules.rules.AssignTier;
import dev.trustrules.rules.AssignTraffic;
import dev.trustrules.rules.CarryGuarantee;
import dev.trustrules.rules.ClaimedEntitlement;
import dev.trustrules.rules.DenyEntitlement;
import dev.trustrules.rules.EvaluationTime;
import dev.trustrules.rules.GrantEntitlement;
import dev.trustrules.rules.ImposeSanction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;

/**
 * The baseline: the same DRL files of the default policy, used the way a user of plain Drools would
 * write it — compile them with {@code KieServices}, then for every request a new {@link KieSession},
 * insert the facts, {@code fireAllRules()}, read the outcome facts with {@code getObjects(filter)},
 * dispose. No pooling, no listener, no rule names.
 */
public final class NaiveDrools {
    private static final ObjectFilter OUTCOMES = o -> o instanceof GrantEntitlement || o instanceof DenyEntitlement
            || o instanceof ImposeSanction || o instanceof CarryGuarantee || o instanceof AssignTier || o instanceof AddNote
            || o instanceof AssignStanding || o instanceof AssignTraffic;

    private final KieBase base;

    private NaiveDrools(KieBase base) {
        this.base = base;
    }

    /** Compiles the DRL files of the bundled default policy, read from the classpath. */
    public static NaiveDrools defaultPolicy() {
        // the base version's files, as a plain Drools user compiles one set of files: the workload's orders paid
        // from 2026-12-01 are decided under the base version's terms here, at the same cost
        Map<String, byte[]> ruleFiles = ClasspathPolicyFiles.baseVersion(TrustPolicy.DEFAULT_POLICY_ROOT,
                NaiveDrools.class.getClassLoader());
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        for (Map.Entry<String, byte[]> file : ruleFiles.entrySet()) {
            files.write("src/main/resources/" + file.getKey(), file.getValue());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return new NaiveDrools(services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase());
    }

    /** The policy's limits globals, each a new instance of its declared type with the default values. */
    private void setLimits(KieSession session) {
        for (var pkg : base.getKiePackages()) {
            for (var global : pkg.getGlobalVariables()) {
                String type = global.getType();
                int dot = type.lastIndexOf('.');
                try {
                    session.setGlobal(global.getName(),
                            base.getFactType(type.substring(0, dot), type.substring(dot + 1)).newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The outcome facts (grants, denials, sanctions, guarantees, tier, standings, traffic) for one request. */
    public List<Object> decide(TrustRequest request, Instant now) {
        KieSession session = base.newKieSession();
        try {
            setLimits(session);
            session.insert(new EvaluationTime(request.evaluatedAt() != null ? request.evaluatedAt() : now));
            insert(session, request.order());
            insert(session, request.buyer());
            insert(session, request.shop());
            insert(session, request.claim());
            insert(session, request.violation());
            insert(session, request.listing());
            insert(session, request.application());
            insert(session, request.brand());
            insert(session, request.creator());
            insert(session, request.shopScores());
            insert(session, request.reports());
            for (var type : request.entitlementsAsked()) {
                session.insert(new ClaimedEntitlement(type));
            }
            session.fireAllRules();
            return new ArrayList<>(session.getObjects(OUTCOMES));
        } finally {
            session.dispose();
        }
    }

    private static void insert(KieSession session, Object fact) {
        if (fact != null) {
            session.insert(fact);
        }
    }
}
