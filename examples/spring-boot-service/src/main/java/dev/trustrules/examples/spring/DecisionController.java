package dev.trustrules.examples.spring;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /decisions}: a fact document (the JSON form of {@code TrustJson.readRequest}) in, the decision
 * JSON out. A document the JSON form refuses answers 400 naming the field, line and column; a rule that
 * fails answers 422 naming the rule; never a partial decision.
 */
@RestController
public class DecisionController {
    private final TrustPolicy policy;

    public DecisionController(TrustPolicy policy) {
        this.policy = policy;
    }

    @PostMapping(path = "/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    public String decide(@RequestBody byte[] document) {
        TrustRequest request = TrustJson.readRequest(new ByteArrayInputStream(document));
        Decision decision = policy.evaluate(request);
        return TrustJson.writeDecision(decision);
    }

    @ExceptionHandler(TrustJsonException.class)
    public ResponseEntity<Map<String, String>> badDocument(TrustJsonException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(EvaluationException.class)
    public ResponseEntity<Map<String, String>> failed(EvaluationException e) {
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage(), "rule", e.rule() == null ? "" : e.rule()));
    }
}
