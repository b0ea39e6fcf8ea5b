package org.verbund.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes the OpenAPI document names: each means one thing, wherever it is listed. */
class ProblemCataloguesTest {

    @Test
    void aRuleCodeHasOneKindInEveryCatalogueItIsListedIn() {
        Map<String, Object> kinds = new HashMap<>();
        ProblemCatalogues.all().forEach(rule -> assertThat(kinds.putIfAbsent(rule.code(), rule.kind()))
                .as(rule.code()).isIn(null, rule.kind()));
    }

    @Test
    void aRuleCodeThatIsAlsoOneOfTheGatewaysOwnProblemsHasItsStatus() {
        Map<String, Integer> statuses = new HashMap<>();
        Arrays.stream(GatewayProblem.values()).forEach(problem -> statuses.put(problem.code, problem.status));
        ProblemCatalogues.all().filter(rule -> statuses.containsKey(rule.code())).forEach(
                rule -> assertThat(ProblemDocumentation.status(rule.kind())).as(rule.code())
                                                                            .isEqualTo(statuses.get(rule.code())));
    }

    @Test
    void theGatewaysOwnProblemsHaveCodesOfTheirOwn() {
        assertThat(Arrays.stream(GatewayProblem.values()).map(problem -> problem.code)).doesNotHaveDuplicates();
    }
}
