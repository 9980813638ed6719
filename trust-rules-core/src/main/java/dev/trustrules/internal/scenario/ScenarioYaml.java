package dev.trustrules.internal.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.Standing;
import dev.trustrules.Traffic;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.Require;
import dev.trustrules.internal.json.TrustMappers;
import dev.trustrules.json.TrustJson;
import dev.trustrules.rules.Amounts;

/**
 * A scenario file written from a decision: {@code given} is the request in its JSON form, {@code expect}
 * every outcome the decision holds (buyer tier, guarantees, entitlements with their amounts, payer and
 * return, denials and sanctions with their reasons, trust standings and traffic weights), each section
 * given even when empty, so that the
 * scenario pins the decision and passes on the policy that made it. Rule names and denial details are
 * left out: they are prose, and a rewording is not a change of outcome.
 */
public final class ScenarioYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES, YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
                    YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build().writer();

    private ScenarioYaml() {}

    public static String write(String name, TrustRequest given, Decision decision) {
        Require.text("scenario.name", name);
        ObjectNode scenario = NODES.objectNode();
        scenario.put("name", name);
        try {
            scenario.set("given", TrustMappers.JSON.readTree(TrustJson.writeRequest(given)));
            scenario.set("expect", expect(decision));
            return YAML.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario " + name, e);
        }
    }

    private static ObjectNode expect(Decision decision) {
        ObjectNode expect = NODES.objectNode();
        if (decision.buyerTier() != null) {
            expect.put("buyerTier", decision.buyerTier().name());
        }
        ArrayNode guarantees = expect.putArray("guarantees");
        for (Guarantee g : decision.guarantees()) {
            guarantees.addObject().put("type", g.type().name()).put("reason", g.reason());
        }
        ArrayNode entitlements = expect.putArray("entitlements");
        for (Entitlement e : decision.entitlements()) {
            ObjectNode item = entitlements.addObject().put("type", e.type().name()).put("refundFen", e.refundFen())
                    .put("payoutFen", e.payoutFen());
            if (!Amounts.DEFAULT_CURRENCY.equals(e.currency())) {
                item.put("currency", e.currency());
            }
            item.put("payer", e.payer().name()).put("returnRequired", e.returnRequired()).put("reason", e.reason());
        }
        ArrayNode denials = expect.putArray("denials");
        for (Denial d : decision.denials()) {
            denials.addObject().put("type", d.type().name()).put("reason", d.reason());
        }
        ArrayNode sanctions = expect.putArray("sanctions");
        for (Sanction s : decision.sanctions()) {
            sanctions.addObject().put("type", s.type().name()).put("days", s.days()).put("points", s.points())
                    .put("reason", s.reason());
        }
        ArrayNode standings = expect.putArray("standings");
        for (Standing s : decision.standings()) {
            standings.addObject().put("actor", s.actor().name()).put("tier", s.tier().name()).put("reason", s.reason());
        }
        ArrayNode traffic = expect.putArray("traffic");
        for (Traffic t : decision.traffic()) {
            traffic.addObject().put("actor", t.actor().name()).put("weight", t.weight().name()).put("reason", t.reason());
        }
        return expect;
    }
}
