package dev.trustrules.examples.spring;

import dev.trustrules.TrustPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The claim desk. Run it with {@code java -jar examples/spring-boot-service/target/spring-boot-service.jar}
 * (see the README); {@code --trust-rules.source=directory --trust-rules.directory=/etc/trust/policy
 * --trust-rules.watch=true} serves and watches a policy directory instead of the bundled one.
 */
@SpringBootApplication
public class ClaimDeskApplication {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimDeskApplication.class);

    private final TrustPolicy policy;

    public ClaimDeskApplication(TrustPolicy policy) {
        this.policy = policy;
    }

    public static void main(String[] args) {
        SpringApplication.run(ClaimDeskApplication.class, args);
    }

    /** Says which policy answers once the desk takes requests. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        LOG.info("claim desk ready: POST /decisions is decided by {} ({} rules)", policy.id(), policy.ruleNames().size());
    }
}
