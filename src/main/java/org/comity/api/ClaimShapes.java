package org.comity.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.claims.ClaimAnswer;
import org.comity.domain.Claim;
import org.comity.domain.ClaimCheck;

/** The public shape of the claims answer (docs/contract.md), shared by {@code comity claims} and /api/claims. */
public final class ClaimShapes {

    private ClaimShapes() {}

    public static List<Map<String, Object>> claims(List<ClaimAnswer> answers) {
        return answers.stream().map(ClaimShapes::claim).toList();
    }

    public static Map<String, Object> claim(ClaimAnswer a) {
        Claim c = a.claim();
        ClaimCheck k = a.check();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("document", c.document());
        m.put("quote", c.quote());
        m.put("text", c.textEn());
        m.put("expected", c.expected());
        m.put("unit", c.unit().code());
        m.put("computed", a.result().computed());
        m.put("verdict", a.result().verdict().code());
        m.put("compare", k == null ? null : k.compare().code());
        m.put("tolerance", k == null ? null : k.tolerance());
        m.put("tolerance_zh", k == null ? null : k.toleranceZh());
        m.put("definition", k == null ? null : k.definition());
        m.put("definition_zh", k == null ? null : k.definitionZh());
        m.put("computation", a.result().computation());
        m.put("sources", c.sources());
        return m;
    }
}
